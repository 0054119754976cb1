/**
 * Child processes of the bench (the servers under test) and what /proc says about them and the machine.
 * Every child listens on 127.0.0.1 on a free port, is waited for with a deadline, and is killed when the bench
 * exits, however it exits.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux the bench is meant for (getconf CLK_TCK)

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});
// Interrupted (Ctrl-C, a timeout's SIGTERM): stop the children too, then leave ('exit' runs the kill above).
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`bench: ${signal}: stopping`);
    process.exit(130);
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Started {
  name: string;
  pid: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Lines the process wrote to stderr (the last 200), for error reports. */
  stderr: string[];
  /** Calls `listener` with each line the process writes to stderr. */
  onStderrLine(listener: (line: string) => void): () => void;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  port: number;
  /** A path answered once the server is up (any HTTP status counts). */
  probePath: string;
  timeoutMs: number;
}

/** Starts a server and waits until it answers on 127.0.0.1:`port`. */
export async function startServer(options: StartOptions): Promise<Started> {
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  const stderr: string[] = [];
  const listeners = new Set<(line: string) => void>();
  let exited: string | null = null;
  const lines = (stream: NodeJS.ReadableStream, keep: boolean) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const line of parts) {
        if (keep) {
          stderr.push(line);
          if (stderr.length > 200) stderr.shift();
          for (const listener of listeners) listener(line);
        }
      }
    });
  };
  lines(child.stdout!, false);
  lines(child.stderr!, true);
  const exit = new Promise<void>((resolve) =>
    child.on('exit', (code, signal) => {
      exited = signal ? `signal ${signal}` : `code ${code}`;
      children.delete(child);
      resolve();
    }),
  );
  const origin = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (exited) {
      throw new Error(`${options.name} exited (${exited}) before answering:\n${stderr.slice(-30).join('\n')}`);
    }
    try {
      await fetch(`${origin}${options.probePath}`, { signal: AbortSignal.timeout(1000) });
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(
          `${options.name} did not answer within ${options.timeoutMs / 1000} s:\n${stderr.slice(-30).join('\n')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  return {
    name: options.name,
    pid: child.pid!,
    origin,
    stderr,
    onStderrLine(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Runs a command to completion (inheriting nothing but the environment); rejects with its output on failure. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; timeoutMs: number; env?: NodeJS.ProcessEnv },
) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr!.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (code === 0) resolve(output);
      else
        reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `code ${code}`}):\n${output.slice(-4000)}`));
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// /proc

/** CPU time (user + system, all threads) a process has used, in milliseconds. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** Resident set size (VmRSS) of a process, in bytes. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/** CPU time (ms) of each PostgreSQL backend serving `database` (read from /proc; pids → ms). */
export function databaseBackendsCpu(database: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      // "postgres: 15/main: postgres tisheng_bench 127.0.0.1(40312) idle"
      if (cmdline.startsWith('postgres: ') && cmdline.includes(` ${database} `)) {
        found.set(Number(entry), cpuMs(Number(entry)));
      }
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** CPU time the backends used between two readings (backends that started meanwhile count from zero). */
export function backendsDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Busy and total CPU time of the whole machine (all cores), in milliseconds, from /proc/stat. */
export function machineCpu(): { busyMs: number; totalMs: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal guest guest_nice (guest time is included in user)
  const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = values;
  const busy = user + nice + system + irq + softirq + steal;
  return { busyMs: (busy * 1000) / TICKS_PER_SECOND, totalMs: ((busy + idle + iowait) * 1000) / TICKS_PER_SECOND };
}
