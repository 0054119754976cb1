/**
 * Structured logs (pino): one JSON object a line on stdout, at LOG_LEVEL. Messages are English and carry ids and
 * codes only, never personal data (names, logins, national ID numbers, phone numbers, tokens, request variables);
 * `redact` removes the usual carriers of secrets and personal data as a second line of defence.
 *
 * The process has one root logger (`rootLogger()`): main.ts replaces it with the configured one, the test kit with one
 * writing to the run's audited log files (tests/kit/log-audit.ts). Modules without a logger of their own (the database
 * pool, the job queue, live events) log through it.
 */
import { pino } from 'pino';

export type Logger = pino.Logger;
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/**
 * Paths pino replaces with `[redacted]` wherever a line carries them (top level or one or two objects deep): headers
 * with credentials, tokens, request variables and the personal fields of people.
 */
export const REDACTED_PATHS: readonly string[] = [
  'authorization',
  'cookie',
  'token',
  'password',
  'variables',
  'nationalId',
  'phone',
  'email',
  'displayName',
  'login',
  'headers.authorization',
  'headers.cookie',
  'headers["x-api-key"]',
  '*.authorization',
  '*.cookie',
  '*.token',
  '*.password',
  '*.variables',
  '*.nationalId',
  '*.phone',
  '*.email',
  '*.displayName',
  '*.login',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.*.authorization',
  '*.*.variables',
];

/** An error as a log line shows it: its class, code and message, and where it was thrown. */
function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  const { code } = error as { code?: unknown };
  return {
    type: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    message: error.message,
    stack: error.stack,
  };
}

export interface LoggerOptions {
  level: LogLevel;
  /** Where lines go: a pino destination (a file); stdout when absent. */
  destination?: pino.DestinationStream;
}

/** A logger writing JSON lines at `level`, with the redaction and error serializer above. */
export function createLogger({ level, destination }: LoggerOptions): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'tisheng' },
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    serializers: { err: serializeError, error: serializeError },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** LOG_LEVEL when it is one of ours (config.ts checks it at start), else info. */
function levelFromEnvironment(): LogLevel {
  const level = process.env.LOG_LEVEL as LogLevel | undefined;
  return level && LEVELS.includes(level) ? level : 'info';
}

let root: Logger | null = null;

/** The process's logger (stdout at LOG_LEVEL until `setRootLogger` replaces it). */
export function rootLogger(): Logger {
  root ??= createLogger({ level: levelFromEnvironment() });
  return root;
}

/** Makes `logger` the process's logger (main.ts: the configured one; the test kit: the audited file). */
export function setRootLogger(logger: Logger): void {
  root = logger;
}
