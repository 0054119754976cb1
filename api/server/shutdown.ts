/**
 * The graceful stop of a process (the API, the worker): on SIGTERM or SIGINT, runs its steps once, in order, each to
 * its end, then exits 0. The order matters: whatever can still use the database (in-flight requests, running jobs,
 * credit checks those scheduled) stops before the pool closes, or it fails with "Cannot use a pool after calling end
 * on the pool". A step that fails is reported and the next one runs.
 */
import { rootLogger } from '../observability/logger.js';

export interface ShutdownStep {
  /** What the step stops, for the log line when it fails. */
  name: string;
  run(): Promise<unknown>;
}

export function stopGracefullyOn(signals: NodeJS.Signals[], steps: (signal: NodeJS.Signals) => ShutdownStep[]): void {
  let stopping = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const step of steps(signal)) {
      await step.run().catch((error: Error) => rootLogger().warn(`tisheng: stopping ${step.name}: ${error.message}`));
    }
    rootLogger().info(`tisheng: ${signal}: stopped`);
    process.exit(0);
  };
  for (const signal of signals) process.on(signal, () => void shutdown(signal));
}
