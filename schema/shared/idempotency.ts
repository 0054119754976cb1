/**
 * Idempotency keys for writes (sync clients' acknowledgements, webhook and export requests): the same key with the
 * same body returns the stored result of the first call, without running again; the same key with another body (or
 * another operation) is refused with IDEMPOTENCY_KEY_REUSED. Keys belong to the principal (a key of one client never
 * meets another's) and are kept for IDEMPOTENCY_TTL_HOURS; an expired key is free again.
 *
 * The check, the write and the stored result share one transaction under a per-key advisory lock, so two concurrent
 * calls with one key (two instances, a client's retry racing its first try) run the write once.
 */
import { createHash } from 'node:crypto';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { defineJob } from '../../api/jobs/queue.js';
import { AppError, defineErrorCodes } from './error-classes.js';

defineErrorCodes({
  IDEMPOTENCY_KEY_REUSED: {
    description:
      'The idempotency key was used before with another request body or operation: use a new key for a new request.',
    message: {
      en: 'This idempotency key was already used for a different request ({operation}); use a new key for a new request.',
      'zh-CN': '该幂等键已用于另一个不同的请求（{operation}）；新的请求请使用新的幂等键。',
    },
  },
});

/** The key was used before with another body or operation. */
export class IdempotencyKeyReusedError extends AppError {
  constructor(readonly operation: string) {
    super('IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_KEY_REUSED', { operation });
    this.name = 'IdempotencyKeyReusedError';
  }
}

/** JSON with object keys sorted at every level: two bodies that differ only in key order hash alike. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const requestHash = (operation: string, body: unknown) =>
  createHash('sha256')
    .update(`${operation}\n${canonicalJson(body)}`)
    .digest('hex');

export interface IdempotentCall {
  /** The client's key (null: not idempotent, the write just runs). */
  key: string | null | undefined;
  /** The operation (the GraphQL field name). */
  operation: string;
  /** The request body the key is bound to (the input without the key itself). */
  body: unknown;
}

/**
 * Runs `write` once per key: in one transaction holding the key's advisory lock, returns the stored result when the
 * key was used with this body, refuses another body, or runs `write(tx)` and stores what it returns (JSON-serialisable:
 * ids, counts, cursors). `write` must use only `tx` (on the embedded database another connection would wait forever).
 */
export async function idempotent<Result>(
  context: Pick<Context, 'db' | 'viewer' | 'integration'>,
  call: IdempotentCall,
  write: (tx: Transaction) => Promise<Result>,
): Promise<Result> {
  const principalId = context.viewer.user?.id;
  if (!call.key || !principalId) return context.db.prisma.$transaction((tx) => write(tx));
  const key = call.key;
  const hash = requestHash(call.operation, call.body);
  return context.db.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`idempotency:${principalId}:${key}`}::text))`;
    const stored = await tx.idempotencyRecord.findUnique({ where: { principalId_key: { principalId, key } } });
    if (stored && stored.expiresAt > new Date()) {
      if (stored.requestHash !== hash || stored.operation !== call.operation)
        throw new IdempotencyKeyReusedError(stored.operation);
      return stored.response as Result;
    }
    const result = await write(tx);
    const expiresAt = new Date(Date.now() + context.integration.idempotencyTtlHours * 3_600_000);
    const response = (result ?? null) as Prisma.InputJsonValue;
    await tx.idempotencyRecord.upsert({
      where: { principalId_key: { principalId, key } },
      create: { principalId, key, operation: call.operation, requestHash: hash, response, expiresAt },
      update: { operation: call.operation, requestHash: hash, response, expiresAt, createdAt: new Date() },
    });
    return result;
  });
}

/** Expired keys are deleted every hour (a key past its time is free again even before). */
defineJob({
  name: 'idempotency-purge',
  schedule: '17 * * * *',
  async handle(_jobs, { db }) {
    await db.prisma.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: new Date() } } });
  },
});
