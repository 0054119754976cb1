/**
 * The log audit of a test run: every app the kit creates (tests/kit/app.ts) logs at debug level to a file of its
 * worker process in one run directory (made by this global setup), and the process's root logger writes there too.
 * When the run ends, every line is scanned; the run fails if any line holds a JWT, an 18-character national ID number,
 * a mainland mobile number, a CJK character (names are Chinese here; log messages are English and codes), or the name
 * of a person the demo seed creates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createLogger, type Logger } from '../../api/observability/logger.js';
import { DEMO_USERS } from '../../prisma/seed/demo.js';
import { RULES_PREVIEW_TEACHERS } from '../../prisma/seed/rules-preview.js';

/** The environment variable naming the run's log directory (inherited by the worker processes). */
export const LOG_DIR_ENV = 'TISHENG_TEST_LOG_DIR';

/** What a log line must never hold, by name. */
const PATTERNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['JWT', /eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/],
  ['national ID number', /(?<![0-9A-Za-z])\d{17}[0-9Xx](?![0-9A-Za-z])/],
  ['mobile number', /(?<![0-9A-Za-z])1[3-9]\d{9}(?![0-9A-Za-z])/],
  ['CJK character', /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u],
];

/** The demo seed's people by name (the display name before its English note: `王老师 (teacher)` → 王老师). */
export function seededNames(): string[] {
  const names = [
    ...DEMO_USERS.map((user) => user.displayName),
    ...RULES_PREVIEW_TEACHERS.flatMap((school) => school.teachers.map((teacher) => teacher.displayName)),
  ]
    .map((name) => name.replace(/\s*\(.*\)$/, '').trim())
    .filter((name) => /\p{Script=Han}/u.test(name));
  return [...new Set(names)];
}

export interface Finding {
  /** Which rule the line broke. */
  rule: string;
  /** The file and line number. */
  where: string;
  /** What matched. */
  match: string;
}

/** What `line` holds that a log line must not; empty when it is clean. */
export function scanLine(line: string, names: readonly string[], where = ''): Finding[] {
  const findings: Finding[] = [];
  for (const [rule, pattern] of PATTERNS) {
    const match = pattern.exec(line);
    if (match) findings.push({ rule, where, match: match[0] });
  }
  for (const name of names) if (line.includes(name)) findings.push({ rule: 'seeded name', where, match: name });
  return findings;
}

/** Scans every line of every file in `dir`: the findings and the number of lines read. */
export function scanLogDirectory(dir: string, names: readonly string[] = seededNames()) {
  const findings: Finding[] = [];
  let lines = 0;
  for (const file of readdirSync(dir).sort()) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    for (const [index, line] of text.split('\n').entries()) {
      if (!line) continue;
      lines += 1;
      findings.push(...scanLine(line, names, `${file}:${index + 1}`));
    }
  }
  return { findings, lines };
}

let workerLogger: Logger | null = null;

/**
 * The logger of this worker process: debug level, appending to `<run dir>/<pid>.jsonl` (synchronously, so nothing is
 * lost when the worker ends). Null outside a run with the audit (a test file run by another configuration).
 */
export function auditLogger(): Logger | null {
  const dir = process.env[LOG_DIR_ENV];
  if (!dir) return null;
  workerLogger ??= createLogger({
    level: 'debug',
    destination: pino.destination({ dest: path.join(dir, `${process.pid}.jsonl`), sync: true, append: true }),
  });
  return workerLogger;
}

/** Vitest global setup: the run directory; its teardown fails the run on a finding. */
export default async function setup(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tisheng-logs-'));
  process.env[LOG_DIR_ENV] = dir;
  return async () => {
    const { findings, lines } = scanLogDirectory(dir);
    if (findings.length) {
      const shown = findings
        .slice(0, 20)
        .map((finding) => `  ${finding.where}: ${finding.rule} (${finding.match})`)
        .join('\n');
      // The directory is kept for reading. Vitest reports a teardown's error without failing the run: set the code.
      process.exitCode = 1;
      throw new Error(
        `log audit: ${findings.length} finding(s) in ${lines} log lines (${dir}):\n${shown}` +
          (findings.length > 20 ? `\n  … and ${findings.length - 20} more` : ''),
      );
    }
    console.log(`log audit: ${lines} log lines, no token, national ID, phone number or name`);
    await rm(dir, { recursive: true, force: true });
  };
}
