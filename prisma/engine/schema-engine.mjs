#!/usr/bin/env node
// Offline stand-in for Prisma's native `schema-engine` binary, PostgreSQL only.
//
// Why: every Prisma 7 CLI command first downloads a native schema engine from Prisma's binary
// host, which isolated networks cannot reach. The CLI runs $PRISMA_SCHEMA_ENGINE_BINARY instead
// when it is set (prisma.config.ts points it here unless you chose a native engine yourself).
// This script speaks the engine's line-delimited JSON-RPC on stdin/stdout and runs the official
// Wasm build (@prisma/schema-engine-wasm) through the @prisma/adapter-pg driver adapter, working
// around what the Wasm engine and the adapter get wrong on PostgreSQL (each marked "Work-around").
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';

// Resolve packages from this project (where this file lives), whatever the cwd.
const require = createRequire(import.meta.url);
const wasmDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));

// ---------- arguments, as the CLI passes them to the native binary ----------
const argv = process.argv.slice(2);
if (argv.includes('--version') || argv.includes('-V')) {
  // the CLI shows the second word as the engine version
  const { version } = JSON.parse(readFileSync(path.join(wasmDir, 'package.json'), 'utf8'));
  process.stdout.write(`schema-engine-cli wasm-${version}\n`);
  process.exit(0);
}
const datamodelPaths = [];
let datasource = {};
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === '--datamodels') datamodelPaths.push(argv[++i]);
  else if (argv[i] === '--datasource') datasource = JSON.parse(argv[++i]);
  else if (argv[i] === '--enabled-preview-features' || argv[i] === '--extension-types') i++;
}

const pg = require('pg');
const withCode = (message, code) => Object.assign(new Error(message), { code });
const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

// A datasource URL without Prisma's `?schema=` parameter (which pg does not know), plus that schema.
function parseUrl(url) {
  if (!/^postgres(ql)?:\/\//.test(url ?? '')) {
    throw withCode(`This schema engine bridge supports PostgreSQL only (datasource url "${String(url).split(':')[0]}:...")`, 'P1013');
  }
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? undefined;
  u.searchParams.delete('schema');
  return { url: u, database: decodeURIComponent(u.pathname.slice(1)), schema };
}
const serverOf = (u) => `${u.hostname}:${u.port || 5432}`;
const withDatabase = (u, database) => Object.assign(new URL(u), { pathname: `/${encodeURIComponent(database)}` });

// Run one statement on a fresh connection, reporting connection failures with Prisma's error codes.
async function runOnce(u, sql) {
  const client = new pg.Client({ connectionString: u.toString() });
  try {
    await client.connect();
    return await client.query(sql);
  } catch (e) {
    const at = serverOf(u);
    if (e.code === '3D000') throw withCode(`Database \`${decodeURIComponent(u.pathname.slice(1))}\` does not exist on the database server at \`${at}\`.`, 'P1003');
    if (e.code === '28P01' || e.code === '28000') throw withCode(`Authentication failed against database server at \`${at}\`: ${e.message}`, 'P1000');
    if (['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(e.code)) throw withCode(`Can't reach database server at \`${at}\``, 'P1001');
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}
// CREATE/DROP DATABASE run on the maintenance database `postgres`.
async function createDatabase(url) {
  const { url: u, database } = parseUrl(url);
  try {
    await runOnce(withDatabase(u, 'postgres'), `CREATE DATABASE ${quoteIdent(database)}`);
  } catch (e) {
    if (e.code === '42P04') throw withCode(`Database \`${database}\` already exists on the database server at \`${serverOf(u)}\``, 'P1009');
    throw e;
  }
  return { databaseName: database };
}
async function dropDatabase(url) {
  const { url: u, database } = parseUrl(url);
  await runOnce(withDatabase(u, 'postgres'), `DROP DATABASE IF EXISTS ${quoteIdent(database)}`);
}

// ---------- `schema-engine --datasource {...} cli <command>`: one-shot commands ----------
if (argv.includes('cli')) {
  const command = argv.at(-1);
  try {
    if (command === 'can-connect-to-database') await runOnce(parseUrl(datasource.url).url, 'SELECT 1');
    else if (command === 'create-database') await createDatabase(datasource.url);
    else if (command === 'drop-database') await dropDatabase(datasource.url);
    else throw new Error(`Unknown cli command: ${command}`);
    process.exit(0);
  } catch (e) {
    // The CLI skips the first stderr line and parses each further line as a JSON log record
    // (so no trailing newline); it shows `error_code: message`, or the message alone.
    const line = (level, fields) => JSON.stringify({ level, fields, target: 'schema_engine::logger' });
    const errorCode = /^P\d{4}$/.test(e.code) ? e.code : undefined;
    process.stderr.write(`${line('INFO', { message: `cli ${command}` })}\n${line('ERROR', { message: e.message, error_code: errorCode })}`);
    process.exit(1);
  }
}

// ---------- driver adapter ----------
const { PrismaPg } = require('@prisma/adapter-pg');
const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');

// Patch one adapter queryable (connection or transaction); `q.client` is its pg Pool / PoolClient.
function patchQueryable(q) {
  // Work-around: @prisma/adapter-pg cannot map PostgreSQL's `"char"` type (oid 18), which the
  // engine's schema describer reads from pg_catalog (UnsupportedNativeDataType). pg returns such
  // values as strings already, so report the columns as text (oid 25).
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const res = await performIO(query);
    for (const f of res?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return res;
  };
  // Work-around: the engine applies migration scripts (and replays them on the shadow database)
  // with executeScript(), which PrismaPg splits naively at every `;`, breaking `$$` function bodies
  // and strings holding a `;`. Send the whole script as one simple-protocol query instead and let
  // PostgreSQL split it (as the native engine does; the statements share an implicit transaction).
  q.executeScript &&= async (script) => {
    try {
      await q.client.query(script);
    } catch (e) {
      q.onError(e); // rethrows as a DriverAdapterError the engine understands
    }
  };
  if (q.startTransaction) {
    const startTransaction = q.startTransaction.bind(q);
    q.startTransaction = async (...args) => patchQueryable(await startTransaction(...args));
  }
  return q;
}

function adapterFactory() {
  const main = parseUrl(datasource.url);
  // With `?schema=`, the engine's unqualified statements (such as creating `_prisma_migrations`) must
  // land in that schema, as the native engine's search_path makes them.
  const factoryFor = ({ url, schema }) =>
    schema
      ? new PrismaPg({ connectionString: url.toString(), options: `-c search_path=${quoteIdent(schema)}` }, { schema })
      : new PrismaPg({ connectionString: url.toString() });
  const factory = factoryFor(main);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => patchQueryable(await connect());
  if (datasource.shadowDatabaseUrl) {
    // A configured shadow database is emptied first, as the native engine does (the Wasm engine
    // expects a fresh one): its schema is dropped and created again.
    const shadow = parseUrl(datasource.shadowDatabaseUrl);
    factory.connectToShadowDb = async () => {
      const schema = quoteIdent(shadow.schema ?? 'public');
      await runOnce(shadow.url, `DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
      return patchQueryable(await factoryFor(shadow).connect());
    };
  } else {
    // Work-around: PrismaPg's own connectToShadowDb() drops its temporary database while still
    // connected to it, cannot override the database of a connection string, and ignores `?schema=`.
    // Create the shadow database here, and drop it only after its pool has closed.
    factory.connectToShadowDb = async () => {
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      await runOnce(main.url, `CREATE DATABASE ${quoteIdent(name)}`);
      const adapter = patchQueryable(await factoryFor({ ...main, url: withDatabase(main.url, name) }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await runOnce(main.url, `DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
      };
      return adapter;
    };
  }
  return bindMigrationAwareSqlAdapterFactory(factory);
}

// ---------- the Wasm engine ----------
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  message: '',
  set_message(m) {
    this.message = `RuntimeError: ${m}`;
  },
};
let enginePromise;
function engine() {
  enginePromise ??= (async () => {
    const runtime = await import(pathToFileURL(path.join(wasmDir, 'schema_engine_bg.js')).href);
    const wasm = new WebAssembly.Module(readFileSync(path.join(wasmDir, 'schema_engine_bg.wasm')));
    const instance = new WebAssembly.Instance(wasm, { './schema_engine_bg.js': runtime });
    runtime.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    const datamodels = datamodelPaths.map((p) => [p, readFileSync(p, 'utf8')]);
    const logLine = (line) => process.stderr.write(`${String(line).trimEnd()}\n`);
    return runtime.SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, logLine, adapterFactory());
  })();
  return enginePromise;
}

// ---------- JSON-RPC over stdin/stdout ----------
const send = (msg) => process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...msg })}\n`);
function rpcError(e) {
  const panic = globalThis.PRISMA_WASM_PANIC_REGISTRY.message;
  const isPanic = e instanceof WebAssembly.RuntimeError || (e?.name === 'RuntimeError' && !!panic);
  const data = { is_panic: isPanic, message: isPanic && panic ? panic : (e?.message ?? String(e)) };
  if (typeof e?.code === 'string') data.error_code = e.code;
  if (e?.meta) data.meta = e.meta;
  return { code: 4466, message: 'An error happened. Check the data field for details.', data };
}

// Work-around: the Wasm engine's createMigration and evaluateDataLoss cannot open a shadow database
// themselves ("PostgreSQL shadow DB must be provided through an external factory"); they only reuse
// the migrations' schema that devDiagnostic cached. `migrate dev` runs devDiagnostic before it applies
// pending migrations, so after it applied some the cache is stale. Refresh it (devDiagnostic only
// reads the database and replays the history on a shadow database), then retry.
const NEEDS_CACHED_SHADOW = new Set(['createMigration', 'evaluateDataLoss']);
const SHADOW_BUG = /shadow DB must be provided through an external factory/;

async function handle({ id, method, params = {} }) {
  // `migrate dev` / `db push` ask for this when the database does not exist yet
  if (method === 'createDatabase') return createDatabase(datasource.url);
  const eng = await engine();
  const name = method === 'getDatabaseVersion' ? 'version' : method;
  if (typeof eng[name] !== 'function') throw new Error(`Method not found: ${method}`);
  let result;
  try {
    result = await eng[name](params);
  } catch (e) {
    if (!(NEEDS_CACHED_SHADOW.has(name) && SHADOW_BUG.test(e?.message))) throw e;
    await eng.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
    result = await eng[name](params);
  }
  if (name === 'diff' && result?.stdout !== undefined) {
    // Work-around: the native engine prints the diff through a `print` request to the CLI;
    // the Wasm engine returns it, and the CLI would print nothing.
    const { stdout, ...rest } = result;
    if (stdout) send({ id: `print-${id}`, method: 'print', params: { content: stdout.replace(/\n$/, '') } });
    return rest;
  }
  return result ?? (name === 'version' ? '' : {});
}

let queue = Promise.resolve(); // one request at a time, like the native engine
readline
  .createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    let req;
    try {
      req = JSON.parse(line);
    } catch {
      return;
    }
    if (req.method === undefined) return; // the CLI's answer to our `print` request
    queue = queue.then(() =>
      handle(req).then(
        (result) => send({ id: req.id, result }),
        (e) => send({ id: req.id, error: rpcError(e) }),
      ),
    );
  })
  .on('close', () => queue.then(() => process.exit(0)));
