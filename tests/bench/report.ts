/** The bench's summary (medians over rounds, issue 8's targets) and its markdown table. */
import type { LoadResult } from './load.js';
import type { Scenario } from './scenarios.js';
import type { ServerName } from './servers.js';

interface Input {
  meta: {
    date: string;
    commit: string;
    command: string;
    machine: { cpus: number; cpuModel: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] };
    node: { bench: string; servers: string };
    postgres: string;
    data: { version: string };
    settings: {
      quick: boolean;
      rounds: number;
      durationSeconds: number;
      warmupSeconds: number;
      connections: number;
      heapRequests: number;
    };
    totalSeconds: number;
  };
  scenarios: Scenario[];
  counts: Array<{ server: ServerName; scenario: string; statements: Record<string, number> }>;
  runs: Array<{ round: number; server: ServerName; scenario: string; pageSize: number | null; result: LoadResult }>;
  checks: { floorBytes: string[]; peerContent: string | null };
  heap: {
    requests: number;
    limitedBy: string;
    before: { heapUsed: number; rss: number };
    after: { heapUsed: number; rss: number };
    ratio: number;
  } | null;
}

export interface Row {
  scenario: string;
  server: ServerName;
  pageSize: number | null;
  rounds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  dbCpuMsPerRequest: number;
  rssMiB: number;
  statements: Record<string, number> | null;
  otherCpuShare: number;
  variants: number;
}

export interface Target {
  target: string;
  figure: string;
  met: boolean | null;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length === 0 ? Number.NaN : sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export function renderReport(input: Input) {
  const rows: Row[] = [];
  const order: ServerName[] = ['tisheng', 'floor', 'peer'];
  for (const scenario of input.scenarios) {
    for (const server of order) {
      const runs = input.runs.filter((r) => r.scenario === scenario.id && r.server === server).map((r) => r.result);
      const count = input.counts.find((c) => c.scenario === scenario.id && c.server === server);
      if (!runs.length && !count) continue;
      rows.push({
        scenario: scenario.id,
        server,
        pageSize: scenario.page?.measured ?? null,
        rounds: runs.length,
        requests: runs.reduce((sum, r) => sum + r.requests, 0),
        requestsPerSecond: median(runs.map((r) => r.requestsPerSecond)),
        p50: median(runs.map((r) => r.latencyMs.p50)),
        p99: median(runs.map((r) => r.latencyMs.p99)),
        cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest)),
        dbCpuMsPerRequest: median(runs.map((r) => r.dbCpuMsPerRequest)),
        rssMiB: Math.max(...runs.map((r) => r.rssBytes), 0) / 2 ** 20,
        statements: count?.statements ?? null,
        otherCpuShare: median(runs.map((r) => r.otherCpuShare)),
        variants: runs.reduce((sum, r) => sum + r.variants, 0),
      });
    }
  }
  const row = (scenario: string, server: ServerName) =>
    rows.find((r) => r.scenario === scenario && r.server === server);

  // Issue 8's targets, as ratios within this run.
  const targets: Target[] = [];
  const ratio = (a: number | undefined, b: number | undefined) =>
    a !== undefined && b !== undefined && b > 0 ? a / b : Number.NaN;
  const dash = {
    t: row('class-dashboard', 'tisheng'),
    f: row('class-dashboard', 'floor'),
    p: row('class-dashboard', 'peer'),
  };
  if (dash.t?.rounds && dash.p?.rounds) {
    const r = ratio(dash.t.requestsPerSecond, dash.p.requestsPerSecond);
    targets.push({
      target: 'Class dashboard ≥ 1.0× PostGraphile’s requests/s',
      figure: `${fixed(r, 2)}× (${fixed(dash.t.requestsPerSecond, 1)} / ${fixed(dash.p.requestsPerSecond, 1)} req/s)`,
      met: r >= 1,
    });
  }
  if (dash.t?.rounds && dash.f?.rounds) {
    const r = ratio(dash.t.requestsPerSecond, dash.f.requestsPerSecond);
    targets.push({
      target: 'Class dashboard ≥ 0.5× the floor’s requests/s',
      figure: `${fixed(r, 2)}× (${fixed(dash.t.requestsPerSecond, 1)} / ${fixed(dash.f.requestsPerSecond, 1)} req/s)`,
      met: r >= 0.5,
    });
  }
  const flat = (statements: Record<string, number>) => {
    const values = ['1', '10', '50'].map((p) => statements[p]).filter((v): v is number => v !== undefined);
    return values.length > 1 && values.every((v) => v === values[0]);
  };
  if (dash.t?.statements) {
    const s = dash.t.statements;
    const worst = Math.max(...['1', '10', '50'].map((p) => s[p] ?? Number.NaN));
    targets.push({
      target: 'Class dashboard ≤ 5 SQL statements per request, the same at page sizes 1, 10, 50',
      figure: `${s['1']} · ${s['10']} · ${s['50']}`,
      met: worst <= 5 && flat(s),
    });
  }
  const lists = rows.filter((r) => r.server === 'tisheng' && r.statements && Object.keys(r.statements).length > 1);
  if (lists.length) {
    const notFlat = lists.filter((r) => !flat(r.statements!)).map((r) => r.scenario);
    targets.push({
      target: 'Every list scenario flat in page size (1, 10, 50)',
      figure: notFlat.length ? `not flat: ${notFlat.join(', ')}` : `flat: ${lists.map((r) => r.scenario).join(', ')}`,
      met: notFlat.length === 0,
    });
  }
  const d100 = row('district-progress', 'tisheng');
  const d1 = row('district-progress-1', 'tisheng');
  if (d100?.rounds && d1?.rounds) {
    const r = ratio(d100.p50, d1.p50);
    targets.push({
      target: 'District progress over 100 schools ≤ 5× the latency of one school’s (p50)',
      figure: `${fixed(r, 2)}× (${d100.p50} / ${d1.p50} ms)`,
      met: r <= 5,
    });
  }
  if (input.heap) {
    const h = input.heap;
    const full = h.requests >= 100_000;
    targets.push({
      target: 'Heap flat: 100,000 requests leave the heap within ±10% of its size after warm-up',
      figure: `×${h.ratio.toFixed(3)} after ${h.requests.toLocaleString('en')} requests (${(h.before.heapUsed / 2 ** 20).toFixed(1)} → ${(h.after.heapUsed / 2 ** 20).toFixed(1)} MiB live heap)${full ? '' : `; fewer than 100,000 (limited by --heap-seconds)`}`,
      met: full ? Math.abs(h.ratio - 1) <= 0.1 : null,
    });
  }

  const m = input.meta;
  const s = m.settings;
  const pages = (r: Row) => {
    if (!r.statements) return '–';
    const entries = Object.entries(r.statements);
    if (entries.length === 1 && entries[0]![0] === '-') return String(entries[0]![1]);
    return `${entries.map(([, n]) => n).join(' · ')} (page ${entries.map(([p]) => p).join(' · ')})`;
  };
  const titles = new Map(input.scenarios.map((sc) => [sc.id, sc.title]));
  const lines: string[] = [];
  lines.push(`## Tisheng benchmark, ${m.date}`);
  lines.push('');
  if (s.quick) lines.push('**--quick run: the figures check the harness; they are not measurements.**', '');
  lines.push(
    `Commit ${m.commit}; servers on Node ${m.node.servers}; PostgreSQL ${m.postgres}; ${m.machine.cpus} CPUs (${m.machine.cpuModel}); ` +
      `data ${m.data.version}. ${s.connections} connections; ${s.rounds} interleaved round(s) of ~${s.durationSeconds} s per scenario and server ` +
      `after ${s.warmupSeconds} s of warm-up; medians over rounds. Command: \`${m.command}\`.`,
  );
  lines.push('');
  lines.push(
    '| scenario | server | req/s | p50 ms | p99 ms | server CPU ms/req | DB CPU ms/req | RSS MiB | SQL statements/request |',
  );
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    lines.push(
      `| ${r.scenario}${r.pageSize ? ` (first: ${r.pageSize})` : ''} | ${r.server} | ${fixed(r.requestsPerSecond, 1)} | ${fixed(r.p50, 0)} | ${fixed(r.p99, 0)} | ` +
        `${fixed(r.cpuMsPerRequest, 2)} | ${fixed(r.dbCpuMsPerRequest, 2)} | ${r.rounds ? fixed(r.rssMiB, 0) : '–'} | ${pages(r)} |`,
    );
  }
  lines.push('');
  lines.push('Scenarios:');
  for (const [id, title] of titles) lines.push(`- \`${id}\`: ${title}`);
  lines.push('');
  lines.push('### Targets (issue 8), as ratios within this run');
  lines.push('');
  lines.push('| target | this run | met |');
  lines.push('|---|---|---|');
  for (const t of targets)
    lines.push(`| ${t.target} | ${t.figure} | ${t.met === null ? 'not assessed' : t.met ? 'yes' : 'no'} |`);
  lines.push('');
  lines.push('### Checks and conditions');
  lines.push('');
  const responses = rows.reduce((sum, r) => sum + r.requests, 0);
  const variants = rows.reduce((sum, r) => sum + r.variants, 0);
  lines.push(
    `- Every response body was checked (${responses.toLocaleString('en')} in the measured rounds; ${variants} differed in bytes from the first checked body of their scenario and passed a full check).`,
  );
  if (input.checks.floorBytes.length)
    lines.push(
      `- The floor's bodies equal Tisheng's byte for byte (without \`extensions\`): ${input.checks.floorBytes.join('; ')}.`,
    );
  if (input.checks.peerContent) lines.push(`- The peer's class dashboard: ${input.checks.peerContent}.`);
  const others = input.runs.map((r) => r.result.otherCpuShare);
  if (others.length) {
    lines.push(
      `- Other processes used a median ${(median(others) * 100).toFixed(0)}% (max ${(Math.max(...others) * 100).toFixed(0)}%) of the machine's CPU during the measured runs ` +
        `(load average ${m.machine.loadAverageAtStart.map((l) => l.toFixed(2)).join(' ')} at the start, ${m.machine.loadAverageAtEnd.map((l) => l.toFixed(2)).join(' ')} at the end); ` +
        'the load generator runs on the same machine.',
    );
  }
  lines.push(`- Run time ${Math.round(m.totalSeconds)} s.`);
  lines.push('');
  return {
    markdown: lines.join('\n'),
    summary: { rows, targets, targetsMissed: targets.filter((t) => t.met === false).map((t) => t.target) },
  };
}
