/**
 * The real app (`createApp`, the only place tests create it) over a fresh migrated database, called in-process through
 * `yoga.fetch`: typed requests from the SDK's documents, ad-hoc queries, multipart uploads, and the world factories.
 *
 *   const t = await testApp();
 *   const s = await (await t.world.district()).school();
 *   const { classRoster } = await t.data(ClassRosterDocument, { classId: s.class.gid }, { as: s.tutor });
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import { createLocalJWKSet } from 'jose';
import { type DevKey, generateDevKey, signDevToken } from '../../api/auth/dev-keys.js';
import { DEVELOPMENT_INTEGRATION_SETTINGS } from '../../api/integration/settings.js';
import { type JobQueue, startJobQueue } from '../../api/jobs/queue.js';
import { setRootLogger } from '../../api/observability/logger.js';
import { type App, type AppOptions, createApp } from '../../api/server/yoga.js';
import type { FileServices } from '../../api/storage/file-storage.js';
import { LocalDiskStorage } from '../../api/storage/local-disk.js';
import { flushCreditChecks } from '../../schema/credit-hours/index.js';
import { createTestDatabase, type TestDatabase } from './database.js';
import { auditLogger } from './log-audit.js';
import { createRows, type Rows } from './rows.js';
import { createWorld, type UserRef, type World } from './world.js';

export const TEST_POLICY = { issuer: 'tisheng-test', audience: 'tisheng-api', algorithms: ['ES256'] };

/** Who sends a request: a user the world made, or a login (development-key tokens name the login as `sub`). */
export type Actor = Pick<UserRef, 'login'> | string;

export type Locale = 'en' | 'zh-CN';

export interface RequestOptions {
  /** Signed in as this user; anonymous when absent or null. */
  as?: Actor | null;
  /** Accept-Language: `en` unless a test asks for another; null sends none (the app's default applies). */
  locale?: Locale | null;
  /** Extra headers (they win over the ones the kit sets). */
  headers?: Record<string, string>;
}

export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  locations?: Array<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Cost {
  requested: number;
  limit: number;
  depth: number;
  breadth: number;
}

export interface GraphQLResponse<Data> {
  status: number;
  data?: Data | null;
  errors?: GraphQLErrorBody[];
  extensions?: { cost?: Cost; [key: string]: unknown };
}

/**
 * Data of an ad-hoc query: whatever the query text selects. Typed requests (`request`, `data`, `mutate`) are typed
 * by their SDK document; this is for hostile queries and fields no SDK document selects.
 */
// biome-ignore lint/suspicious/noExplicitAny: an ad-hoc query's shape is its text; SDK documents give typed results.
export type AdHoc = any;

/** A file for a multipart request. */
export interface UploadPart {
  bytes: Uint8Array | string;
  filename: string;
  contentType?: string;
}

/** Variables with `null` where the files go (GraphQL multipart request spec). */
export type WithoutFiles<T> = T extends Blob
  ? null
  : T extends Array<infer U>
    ? Array<WithoutFiles<U>>
    : T extends object
      ? { [K in keyof T]: WithoutFiles<T[K]> }
      : T;

/** The single root field of a mutation's result (`submitSelection`: the payload or a typed error). */
type RootField<Result> = Result[keyof Result];

export interface TestApp {
  db: TestDatabase;
  app: App;
  key: DevKey;
  /** File storage in a temporary folder of its own (removed on close) and a random link secret. */
  files: FileServices & { storage: LocalDiskStorage };
  world: World;
  rows: Rows;
  /** The job queue when started (`testApp({ jobs: true })`), else null. */
  jobs: JobQueue | null;
  /** A valid token for a user (or JWT subject). */
  tokenFor(actor: Actor): Promise<string>;
  /** Any HTTP request to the app (`/healthz`, `/files/…`, a raw body), with `accept-language: en` unless given. */
  fetch(path: string, init?: RequestInit & { locale?: Locale | null }): Promise<Response>;
  /** Sends an SDK document: `{ status, data, errors, extensions }`, typed by the document. */
  request<D extends TypedDocumentNode<AdHoc, AdHoc>>(
    document: D,
    variables: VariablesOf<D>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<ResultOf<D>>>;
  /** The data of an SDK document; a GraphQL error fails the test (with the errors). */
  data<D extends TypedDocumentNode<AdHoc, AdHoc>>(
    document: D,
    variables: VariablesOf<D>,
    options?: RequestOptions,
  ): Promise<ResultOf<D>>;
  /** Runs an SDK mutation with `{ input }` and gives its result (the payload or a typed error); GraphQL errors fail. */
  mutate<D extends TypedDocumentNode<AdHoc, { input: AdHoc }>>(
    document: D,
    input: VariablesOf<D>['input'],
    options?: RequestOptions,
  ): Promise<RootField<ResultOf<D>>>;
  /** An ad-hoc query text, for hostile queries and fields no SDK document selects. */
  gql<Data = AdHoc>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<Data>>;
  /**
   * Sends an SDK document as a multipart request: `files` maps variable paths (`'input.file'`) to the files, the
   * variables hold null there. The body is encoded to bytes first, so Yoga parses it as it would from the network.
   */
  upload<D extends TypedDocumentNode<AdHoc, AdHoc>>(
    document: D | string,
    variables: WithoutFiles<VariablesOf<D>>,
    files: Record<string, UploadPart>,
    options?: RequestOptions,
  ): Promise<GraphQLResponse<ResultOf<D>>>;
  /** Runs `run` and counts the SQL statements it sent. */
  measure<T>(run: () => Promise<T>): Promise<{ result: T; statements: number; log: string[] }>;
  /** Runs an ad-hoc query (a GraphQL error fails the test) and counts the SQL statements it sent. */
  statementsFor<Data = AdHoc>(
    query: string,
    variables?: Record<string, unknown>,
    options?: RequestOptions,
  ): Promise<{ count: number; data: Data }>;
  /** The app created with other options over the same database, key, files and world (closing it is a no-op). */
  variant(options: TestAppOptions): TestApp;
  close(): Promise<void>;
}

/** Options of the app under test besides its database, keys and files (limits, body size, security, locale…). */
/** Options of the app under test; `db` only for a second API instance on the same database. */
export type TestAppOptions = Partial<Omit<AppOptions, 'keys' | 'policy' | 'files' | 'jobs'>> & {
  /** Start the durable job queue (pg-boss) over the test database, with workers unless `'send-only'`. */
  jobs?: boolean | 'send-only';
};

const printed = new WeakMap<DocumentNode, string>();
function textOf(document: DocumentNode | string): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** The data of a response; GraphQL errors (or no data) fail the test with the errors. */
function dataOf<Data>(response: GraphQLResponse<Data>): Data {
  if (response.errors || !response.data) {
    throw new Error(`GraphQL errors (HTTP ${response.status}): ${JSON.stringify(response.errors, null, 1)}`);
  }
  return response.data;
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown) {
  const keys = dotted.split('.');
  let at: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1)!] = value;
}

/**
 * The real server over a fresh migrated database, with a signing key and file storage of its own. The kit's requests
 * ask for English (`accept-language: en`) unless a test passes `locale`; the app's own default language is kept.
 */
export async function testApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const key = await generateDevKey();
  const filesDir = await mkdtemp(path.join(tmpdir(), 'tisheng-files-'));
  const files = { storage: new LocalDiskStorage(filesDir), linkSecret: randomBytes(32) };
  const world = createWorld(db.prisma);
  const rows = createRows(db.prisma);
  const keys = createLocalJWKSet({ keys: [key.publicJwk] });

  const tokenFor = (actor: Actor) =>
    signDevToken(key, {
      subject: typeof actor === 'string' ? actor : actor.login,
      issuer: TEST_POLICY.issuer,
      audience: TEST_POLICY.audience,
    });

  function around(app: App, close: () => Promise<void>): TestApp {
    async function headersFor(options: RequestOptions, base: Record<string, string>) {
      const headers: Record<string, string> = { ...base };
      const locale = options.locale === undefined ? 'en' : options.locale;
      if (locale) headers['accept-language'] = locale;
      if (options.as) headers.authorization = `Bearer ${await tokenFor(options.as)}`;
      return { ...headers, ...options.headers };
    }

    async function post<Data>(body: BodyInit, headers: Record<string, string>): Promise<GraphQLResponse<Data>> {
      const response = await app.fetch('http://yoga/graphql', { method: 'POST', headers, body });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
    }

    async function send<Data>(query: string, variables: unknown, options: RequestOptions = {}) {
      const headers = await headersFor(options, { 'content-type': 'application/json' });
      return post<Data>(JSON.stringify({ query, variables }), headers);
    }

    const self: TestApp = {
      db,
      app,
      key,
      files,
      world,
      rows,
      jobs,
      tokenFor,
      fetch(target, init = {}) {
        const { locale, ...rest } = init;
        const headers = new Headers(rest.headers);
        const language = locale === undefined ? 'en' : locale;
        if (language && !headers.has('accept-language')) headers.set('accept-language', language);
        return Promise.resolve(app.fetch(`http://yoga${target}`, { ...rest, headers }));
      },
      request: (document, variables, options) => send(textOf(document), variables, options),
      data: async (document, variables, options) =>
        dataOf(await send<ResultOf<typeof document>>(textOf(document), variables, options)),
      async mutate(document, input, options) {
        const data = (await self.data(document, { input } as VariablesOf<typeof document>, options)) as Record<
          string,
          unknown
        >;
        return Object.values(data)[0] as never;
      },
      gql: (query, variables, options) => send(query, variables, options),
      async upload(document, variables, parts, options = {}) {
        const vars = structuredClone(variables) as Record<string, unknown>;
        const entries = Object.entries(parts).map(([at, part]) => [at.replace(/^variables\./, ''), part] as const);
        for (const [at] of entries) setPath(vars, at, null);
        const form = new FormData();
        form.set('operations', JSON.stringify({ query: textOf(document), variables: vars }));
        form.set('map', JSON.stringify(Object.fromEntries(entries.map(([at], i) => [String(i), [`variables.${at}`]]))));
        for (const [i, [, part]] of entries.entries()) {
          const blob = new Blob([part.bytes as BlobPart], { type: part.contentType ?? 'application/octet-stream' });
          form.set(String(i), blob, part.filename);
        }
        const encoded = new Request('http://encode/', { method: 'POST', body: form });
        const headers = await headersFor(options, {
          'content-type': encoded.headers.get('content-type')!,
          'x-graphql-yoga-csrf': '1',
        });
        return post(new Uint8Array(await encoded.arrayBuffer()), headers);
      },
      async measure(run) {
        // Credit checks the setup's writes scheduled (schema/credit-hours) run first, not inside the measured window.
        await flushCreditChecks(db.prisma);
        db.statements.reset();
        const result = await run();
        return { result, statements: db.statements.count, log: [...db.statements.log] };
      },
      async statementsFor(query, variables, options) {
        const { result, statements } = await self.measure(() => send(query, variables, options));
        return { count: statements, data: dataOf(result) as never };
      },
      variant: (variantOptions) => around(make({ ...options, ...variantOptions }), async () => {}),
      close,
    };
    return self;
  }

  const integration = options.integration ?? DEVELOPMENT_INTEGRATION_SETTINGS;
  const jobs = options.jobs
    ? await startJobQueue({ db, files, integration, baseUrl: 'http://yoga' }, { workers: options.jobs === true })
    : null;
  // Every app logs at debug level to the run's audited log files (tests/kit/log-audit.ts), and so does the process.
  const logger = auditLogger();
  if (logger) setRootLogger(logger);
  const make = ({ jobs: _ignored, ...appOptions }: TestAppOptions) =>
    createApp({
      db,
      keys,
      policy: TEST_POLICY,
      graphiql: false,
      files,
      defaultLocale: 'en',
      jobs,
      logger,
      ...appOptions,
    });

  return around(make(options), async () => {
    await jobs?.stop(5000);
    await db.destroy();
    await rm(filesDir, { recursive: true, force: true });
  });
}
