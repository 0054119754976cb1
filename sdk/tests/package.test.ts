/**
 * The SDK as a third party gets it: `npm pack` of sdk/ (its `prepack` builds dist/esm and dist/cjs), installed into an
 * empty project outside the workspace together with graphql and typescript from the registry, type-checked (strict,
 * as an ES module and as CommonJS) and run against the real API: a teacher's selection page in a few lines.
 *
 * Needs the npm registry (or npm's cache: installs are `--prefer-offline`). Takes about a minute: the build, the
 * install and the API's start-up run side by side.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '../../api/server/listen.js';
import { seed } from '../../prisma/seed/seed.js';
import { type TestApp, testApp } from '../../tests/kit/app.js';
import {
  createClient,
  EnrolTeacherDocument,
  isError,
  ProgrammeStatus,
  ProgrammesDocument,
  Role,
  ViewerDocument,
} from '../src/index.js';

const sdkDir = fileURLToPath(new URL('..', import.meta.url));
const rootDir = path.dirname(sdkDir);
/** Checks the package's types in every resolution mode (node10, node16 from CJS and from ESM, bundler). */
const ARETHETYPESWRONG = '@arethetypeswrong/cli@0.18.5';

/** Runs a command; on failure, throws with its output. */
function run(command: string, args: string[], cwd: string, timeout = 180_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, timeout, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} ${args.join(' ')} failed (${error.message})\n${stdout}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The portal's configuration; a real page would take it from its environment and sign-in. */
const config = (url: string, token: string) => `export const API_URL = ${JSON.stringify(url)};
export const TEACHER_TOKEN = ${JSON.stringify(token)};
`;

/** A teacher's selection page: the public catalogue, every competency page by page, then a refused selection. */
const PORTAL = `import {
  CatalogueCompetenciesDocument,
  CataloguesDocument,
  createClient,
  isError,
  matchResult,
  MyEnrolmentsDocument,
  SubmitSelectionDocument,
} from '@tisheng/sdk';
import { API_URL, TEACHER_TOKEN } from './config.js';

const anonymous = createClient({ url: API_URL });
const { catalogues } = await anonymous.request(CataloguesDocument, { first: 1 });
const catalogue = catalogues.nodes[0];
if (!catalogue) throw new Error('No published catalogue');

const codes: string[] = [];
for await (const competency of anonymous.paginate(
  CatalogueCompetenciesDocument,
  { id: catalogue.id },
  (data) => data.catalogue?.competencies,
  { pageSize: 8 },
)) {
  codes.push(competency.code);
}

const teacher = createClient({ url: API_URL, getToken: () => TEACHER_TOKEN });
const { enrolments } = await teacher.request(MyEnrolmentsDocument);
const enrolment = enrolments.nodes.find((mine) => mine.programme.code === 'tianchang-2022');
if (!enrolment) throw new Error('Not enrolled');
const idOf = (code: string): string => {
  const found = catalogue.competencies.nodes.find((competency) => competency.code === code);
  if (!found) throw new Error(\`No competency \${code}\`);
  return found.id;
};

// Two instructional-design points, 8 credits: Tianchang wants 20 credits, not all in one dimension.
const { submitSelection } = await teacher.request(SubmitSelectionDocument, {
  input: { enrolmentId: enrolment.id, competencyIds: [idOf('A2'), idOf('A3')] },
});
const outcome: string = isError(submitSelection) ? submitSelection.code : submitSelection.selection.status;
const lines: string[] = matchResult(submitSelection, {
  SubmitSelectionPayload: ({ selection }) => [\`\${selection.pointCount} points submitted\`],
  SelectionRejectedError: ({ violations }) => violations.map((violation) => violation.code),
  Error: ({ code, message }) => [\`\${code}: \${message}\`],
});

console.log(JSON.stringify({ competencies: catalogue.competencies.totalCount, paged: codes.length, outcome, lines }));
`;

/** CommonJS: \`import … = require\` compiles to require('@tisheng/sdk'), which Node resolves to dist/cjs. */
const COMMONJS = `import sdk = require('@tisheng/sdk');

const error = new sdk.TishengRequestError({
  status: 401,
  errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }],
});
const notFound = { __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'missing' } as const;
const client: sdk.TishengClient = sdk.createClient({ url: 'http://127.0.0.1:1/graphql' });

console.log(
  JSON.stringify({
    request: typeof client.request,
    isError: sdk.isError(notFound),
    unauthenticated: error instanceof Error && error.isUnauthenticated,
    document: sdk.CataloguesDocument.kind,
    role: sdk.Role.SCHOOL_ADMIN,
  }),
);
`;

/** What a portal project sets: strict, the browser's library, the SDK's declarations checked too (no skipLibCheck). */
const TSCONFIG = {
  compilerOptions: {
    strict: true,
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022', 'DOM'],
    types: [],
    skipLibCheck: false,
    rootDir: 'src',
    outDir: 'out',
  },
  include: ['src'],
};

let work: string;
let project: string;
let packed: { filename: string; files: Array<{ path: string }> };
let t: TestApp | undefined;
let server: RunningServer | undefined;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'tisheng-sdk-package-'));
  project = path.join(work, 'portal');
  const rootPackage = JSON.parse(await readFile(path.join(rootDir, 'package.json'), 'utf8'));
  const graphqlVersion: string = rootPackage.dependencies.graphql;
  const typescriptVersion: string = rootPackage.devDependencies.typescript;

  const install = (async () => {
    const [result] = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', work], sdkDir));
    packed = result;
    await mkdir(path.join(project, 'src'), { recursive: true });
    await writeFile(
      path.join(project, 'package.json'),
      `${JSON.stringify({ name: 'portal', private: true, type: 'module' }, null, 2)}\n`,
    );
    await run(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        path.join(work, packed.filename),
        `graphql@${graphqlVersion}`,
        `typescript@${typescriptVersion}`,
        ARETHETYPESWRONG,
      ],
      project,
    );
  })();

  const api = (async () => {
    t = await testApp();
    await seed(t.db.prisma);
    server = await listen(t.app, '127.0.0.1', 0);
    const url = `${server.url}/graphql`;
    // The school admin enrols the demo teacher in tianchang-2022, so that the teacher's page has an enrolment.
    const schoolAdmin = createClient({ url, getToken: () => t?.tokenFor('school.admin') });
    const { viewer } = await schoolAdmin.request(ViewerDocument);
    const school = viewer?.roleAssignments.find((assignment) => assignment.role === Role.SCHOOL_ADMIN)?.organisation;
    const { programmes } = await schoolAdmin.request(ProgrammesDocument, { status: ProgrammeStatus.RUNNING });
    const batch = programmes.nodes.find((programme) => programme.code === 'tianchang-2022')?.batches[0];
    if (!school || !batch) throw new Error('The demo seed has no demo-school-1 or no tianchang-2022 batch');
    const { enrolTeacher } = await schoolAdmin.request(EnrolTeacherDocument, {
      input: { batchId: batch.id, schoolId: school.id, teacher: { login: 'teacher', displayName: '王老师' } },
    });
    if (isError(enrolTeacher)) throw new Error(`EnrolTeacher: ${enrolTeacher.message}`);
    return { url, token: await t.tokenFor('teacher') };
  })();

  // Both finish before the hook does, even when one fails, so that afterAll finds everything to clean up.
  const [installed, started] = await Promise.allSettled([install, api]);
  if (installed.status === 'rejected') throw installed.reason;
  if (started.status === 'rejected') throw started.reason;
  const { url, token } = started.value;
  await writeFile(path.join(project, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  await writeFile(path.join(project, 'src', 'config.ts'), config(url, token));
  await writeFile(path.join(project, 'src', 'portal.ts'), PORTAL);
  await writeFile(path.join(project, 'src', 'commonjs.cts'), COMMONJS);
}, 300_000);

afterAll(async () => {
  await server?.close(1_000);
  await t?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('@tisheng/sdk as a third party installs it (npm pack, then npm install of the tarball)', () => {
  it('packs the ESM and CommonJS builds with their declarations, and no sources, tests or build scripts', () => {
    const files = packed.files.map((file) => file.path).sort();
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'dist/esm/index.js',
        'dist/esm/index.d.ts',
        'dist/esm/client.js',
        'dist/esm/generated/graphql.js',
        'dist/cjs/index.js',
        'dist/cjs/index.d.ts',
        'dist/cjs/client.js',
        'dist/cjs/generated/graphql.js',
        'dist/cjs/package.json',
      ]),
    );
    expect(
      files.filter(
        (file) => !/^(dist\/(esm|cjs)\/|operations\/[\w-]+\.graphql$|package\.json$|README\.md$)/.test(file),
      ),
    ).toEqual([]);
  });

  it('installs with nothing to build or run: no install scripts, only its declared dependencies', async () => {
    const installed = JSON.parse(await readFile(path.join(project, 'node_modules/@tisheng/sdk/package.json'), 'utf8'));
    const lifecycle = Object.keys(installed.scripts ?? {}).filter((name) =>
      /^(preinstall|install|postinstall|prepare)$/.test(name),
    );
    expect(lifecycle).toEqual([]);
    expect(installed.dependencies).toEqual({ '@graphql-typed-document-node/core': '3.2.0' });
    expect(installed.peerDependencies).toEqual({ graphql: '^16.0.0' });
  });

  it('has types for import and for require in every module resolution (arethetypeswrong)', async () => {
    const report = await run('npx', ['--no-install', 'attw', path.join(work, packed.filename)], project, 60_000);
    expect(report).toContain('No problems found');
  }, 60_000);

  it('type-checks a portal script (ES module) and a CommonJS file against the installed package, strictly', async () => {
    await run('npx', ['--no-install', 'tsc', '-p', '.'], project, 60_000);
  }, 60_000);

  it('loads with require() from a .cjs file', async () => {
    const output = await run(process.execPath, ['out/commonjs.cjs'], project, 30_000);
    expect(JSON.parse(output)).toEqual({
      request: 'function',
      isError: true,
      unauthenticated: true,
      document: 'Document',
      role: 'SCHOOL_ADMIN',
    });
  });

  it('runs the portal script against the live API: 30 competencies, paged, and a typed refusal', async () => {
    const output = await run(process.execPath, ['out/portal.js'], project, 30_000);
    const result = JSON.parse(output);
    expect(result).toMatchObject({ competencies: 30, paged: 30, outcome: 'RULE_VIOLATION' });
    expect(result.lines).toEqual(expect.arrayContaining(['CREDITS_BELOW_MIN', 'SINGLE_DIMENSION']));
  });
});
