/**
 * npm run bench:profile [-- --scenario class-dashboard --requests 500]: a CPU profile of Tisheng's production build
 * serving one scenario on the bench database (built by npm run bench), written as a .cpuprofile (open it in Chrome
 * DevTools or speedscope) with a summary of the heaviest functions and packages printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startIdentityProvider } from './auth.js';
import { prepareBenchDatabase } from './data.js';
import { runLoad } from './load.js';
import { checkBody, readTruth, requestFor, SCENARIOS } from './scenarios.js';
import { benchDir, buildTisheng, cacheDir, startNamedServer } from './servers.js';

const { values: args } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'class-dashboard' },
    requests: { type: 'string', default: '500' },
    'admin-url': {
      type: 'string',
      default: process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
    },
    database: { type: 'string', default: 'tisheng_bench' },
    'no-build': { type: 'boolean', default: false },
    'node-arg': { type: 'string', multiple: true, default: [] },
  },
});

const scenario = SCENARIOS.find((s) => s.id === args.scenario);
if (!scenario) throw new Error(`unknown scenario ${args.scenario}`);
const world = await prepareBenchDatabase({ adminUrl: args['admin-url'], database: args.database });
const dist = path.join(cacheDir, 'dist');
if (!args['no-build']) await buildTisheng(dist);
else console.log('using the existing build');
const profiles = path.join(benchDir, 'results', 'profiles');
const idp = await startIdentityProvider();
const server = await startNamedServer('tisheng', {
  node: process.execPath,
  databaseUrl: world.databaseUrl,
  jwksUrl: idp.jwksUrl,
  poolSize: 10,
  dist,
  nodeArgs: [...args['node-arg'], '--cpu-prof', `--cpu-prof-dir=${profiles}`],
});
try {
  const token = await idp.token(world.subjects[scenario.viewer]);
  const first = scenario.page?.measured;
  const request = requestFor(scenario, world, token, first);
  const response = await fetch(`${server.origin}${request.path}`, request);
  const reference = Buffer.from(await response.arrayBuffer());
  const truth = await readTruth(world);
  const problem = checkBody(scenario, truth, first, reference.toString());
  if (problem) throw new Error(`${scenario.id}: ${problem}`);
  const requests = [{ request, reference, check: (body: string) => checkBody(scenario, truth, first, body) }];
  const load = (amount: number) =>
    runLoad({
      origin: server.origin,
      pid: server.pid,
      database: args.database,
      requests,
      connections: 10,
      amount,
      timeoutSeconds: 30,
    });
  const checked = async (amount: number) => {
    const result = await load(amount);
    if (result.failures.length) throw new Error(`${scenario.id}: wrong responses:\n  ${result.failures.join('\n  ')}`);
    return result;
  };
  await checked(100);
  const measured = await checked(Number(args.requests));
  console.log(
    `${scenario.id}: ${measured.requestsPerSecond.toFixed(1)} req/s, server CPU ${measured.cpuMsPerRequest.toFixed(2)} ms/request, database CPU ${measured.dbCpuMsPerRequest.toFixed(2)} ms/request while profiling`,
  );
} finally {
  await server.stop();
  await idp.close();
}

// The newest profile: self time by function and by package.
const newest = readdirSync(profiles)
  .filter((f) => f.endsWith('.cpuprofile'))
  .sort()
  .at(-1)!;
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const profile = JSON.parse(readFileSync(path.join(profiles, newest), 'utf8')) as {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
};
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfTime = new Map<number, number>();
for (const [i, id] of profile.samples.entries())
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
const sum = (key: (n: Node) => string) => {
  const out = new Map<string, number>();
  for (const [id, t] of selfTime) {
    const k = key(byId.get(id)!);
    out.set(k, (out.get(k) ?? 0) + t);
  }
  return [...out].sort((a, b) => b[1] - a[1]).slice(0, 25);
};
const pkg = (n: Node) => {
  const url = n.callFrame.url;
  if (!url) return `(${n.callFrame.functionName || 'native'})`;
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node:internal';
  return url.includes('/dist/') ? `tisheng ${url.split('/dist/')[1]}` : url;
};
console.log(`\n${path.join(profiles, newest)}\nself time by package:`);
for (const [k, t] of sum(pkg)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
console.log('\nself time by function:');
for (const [k, t] of sum((n) => `${n.callFrame.functionName || '(anonymous)'} ${pkg(n)}:${n.callFrame.lineNumber}`))
  console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
