/**
 * The three servers the bench compares, each built or installed as needed and started as a child process on
 * 127.0.0.1:
 *   - tisheng: the production build (tsc -p tsconfig.build.json, as npm run build) run with NODE_ENV=production;
 *   - floor:   tests/bench/floor.ts (node:http + pg, one statement), transpiled to plain JavaScript;
 *   - peer:    PostGraphile 5 (tests/bench/peer, its own package.json and lock, installed on demand).
 * All of them run on the same Node (the bench's own, or --node), verify tokens against the bench's JWKS and use a
 * pool of 10 connections to the bench database.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AUDIENCE, ISSUER } from './auth.js';
import { freePort, runCommand, type Started, startServer } from './processes.js';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const projectDir = path.resolve(benchDir, '..', '..');
export const peerDir = path.join(benchDir, 'peer');
/** Build output and transpiled files: under node_modules/.cache, out of the shared dist/ and of every linter's way. */
export const cacheDir = path.join(projectDir, 'node_modules', '.cache', 'tisheng-bench');

/** The Node flags production starts Tisheng with (`npm run start:prod`), so the bench measures the same runtime. */
export function productionNodeFlags(): string[] {
  const scripts = (
    JSON.parse(readFileSync(path.join(projectDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const words = (scripts['start:prod'] ?? '').split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

export type ServerName = 'tisheng' | 'floor' | 'peer';

export interface ServerEnvironment {
  /** The Node binary the servers run on. */
  node: string;
  databaseUrl: string;
  jwksUrl: string;
  poolSize: number;
}

const baseEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: process.env.LANG ?? 'C.UTF-8',
  TZ: 'UTC',
});

/**
 * Installs a folder's own dependencies (npm ci) unless node_modules already matches its package-lock.json.
 */
export async function ensureInstalled(dir: string, log: (line: string) => void): Promise<void> {
  const lock = readFileSync(path.join(dir, 'package-lock.json'));
  const digest = createHash('sha256').update(lock).digest('hex');
  const stamp = path.join(dir, 'node_modules', '.bench-lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  log(`installing ${path.relative(projectDir, dir)} (npm ci)`);
  await runCommand('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, timeoutMs: 5 * 60_000 });
  writeFileSync(stamp, digest);
}

/** Compiles the API as `npm run build` does (tsconfig.build.json), into the bench's own folder. */
export async function buildTisheng(outDir: string): Promise<void> {
  const tsc = createRequire(path.join(projectDir, 'package.json')).resolve('typescript/bin/tsc');
  await runCommand(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], {
    cwd: projectDir,
    timeoutMs: 5 * 60_000,
  });
}

/** Transpiles floor.ts (a self-contained file) to JavaScript next to the build; returns its path. */
export async function transpileFloor(): Promise<string> {
  const ts = (await import('typescript')).default;
  const source = readFileSync(path.join(benchDir, 'floor.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, verbatimModuleSyntax: true },
    fileName: 'floor.ts',
  });
  mkdirSync(cacheDir, { recursive: true });
  const out = path.join(cacheDir, 'floor.mjs');
  writeFileSync(out, outputText);
  return out;
}

export interface ServerOptions extends ServerEnvironment {
  /** Tisheng only: the build folder (holding api/server/main.js). */
  dist?: string;
  /** Floor only: the transpiled floor. */
  floorJs?: string;
  /** Floor only: sha256 of the only query text it answers. */
  floorQuerySha256?: string;
  /** Extra Node options (the heap probe). */
  nodeArgs?: string[];
  /** Label in messages. */
  label?: string;
}

export async function startNamedServer(name: ServerName, options: ServerOptions): Promise<Started> {
  const port = await freePort();
  const common = {
    HOST: '127.0.0.1',
    PORT: String(port),
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: String(options.poolSize),
    AUTH_JWKS_URL: options.jwksUrl,
    AUTH_ISSUER: ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
  };
  const label = options.label ?? name;
  const nodeArgs = options.nodeArgs ?? [];
  if (name === 'tisheng') {
    if (!options.dist) throw new Error('tisheng: no build folder');
    const dataDir = path.join(cacheDir, 'data');
    mkdirSync(dataDir, { recursive: true });
    return startServer({
      name: label,
      command: options.node,
      args: [...productionNodeFlags(), ...nodeArgs, path.join(options.dist, 'api', 'server', 'main.js')],
      cwd: projectDir,
      env: {
        ...baseEnv(),
        ...common,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        // The baselines have no rate limits and no job queue: measure the read path alone. Rate limits would refuse the
        // load (a class dashboard costs about 18,000 of a user's 200,000 points a minute), and pg-boss's polling would
        // count among the page's SQL statements (a production deployment may run the jobs in `npm run worker`).
        RATE_LIMIT_USER_POINTS: '0',
        RATE_LIMIT_CLIENT_POINTS: '0',
        RATE_LIMIT_ANONYMOUS_POINTS: '0',
        JOB_WORKERS: 'false',
        DATA_DIR: dataDir,
        FILE_STORAGE_DIR: path.join(dataDir, 'files'),
        NATIONAL_ID_KEY: randomBytes(32).toString('hex'),
        FILE_LINK_SECRET: randomBytes(32).toString('hex'),
        CREDENTIAL_KEY_SECRET: randomBytes(32).toString('hex'),
        PUBLIC_BASE_URL: 'http://127.0.0.1',
      },
      port,
      probePath: '/healthz',
      timeoutMs: 60_000,
    });
  }
  if (name === 'floor') {
    if (!options.floorJs || !options.floorQuerySha256) throw new Error('floor: not prepared');
    return startServer({
      name: label,
      command: options.node,
      args: [...nodeArgs, options.floorJs],
      cwd: projectDir,
      env: { ...baseEnv(), ...common, NODE_ENV: 'production', FLOOR_QUERY_SHA256: options.floorQuerySha256 },
      port,
      probePath: '/',
      timeoutMs: 30_000,
    });
  }
  return startServer({
    name: label,
    command: options.node,
    args: [
      ...nodeArgs,
      '--import',
      pathToFileURL(path.join(peerDir, 'with-resolvers.mjs')).href,
      path.join(peerDir, 'server.mjs'),
    ],
    cwd: peerDir,
    env: { ...baseEnv(), ...common, NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
    port,
    probePath: '/graphql',
    timeoutMs: 60_000,
  });
}
