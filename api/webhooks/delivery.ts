/**
 * Delivering webhooks: the `webhook-deliver` job POSTs one delivery (a feed event to a subscription), records the
 * attempt in the delivery log and either marks the delivery DELIVERED (a 2xx answer) or throws so the queue retries it
 * with exponential backoff (pg-boss `retryBackoff`: about WEBHOOK_BACKOFF_SECONDS × 2^(n−1) before the n-th retry,
 * with jitter). After WEBHOOK_MAX_ATTEMPTS attempts the delivery is DEAD: the queue moves the job to `webhook-dead`,
 * whose handler marks it so (the dead-letter list; a replay makes a new delivery of the same event).
 *
 * At least once: a process killed between the receiver's answer and the record retries the delivery after the job's
 * lease (expireInSeconds), so receivers de-duplicate on `webhook-id` (the event id).
 */
import http from 'node:http';
import https from 'node:https';
import type { JobWithMetadata } from 'pg-boss';
import type { IntegrationSettings } from '../integration/settings.js';
import { defineJob, type JobDeps } from '../jobs/queue.js';
import { webhookBody } from './body.js';
import { openWebhookSecret, webhookHeaders } from './signing.js';
import { checkWebhookUrl, safeLookup } from './url-safety.js';

export const DELIVER_JOB = 'webhook-deliver';
export const DEAD_LETTER_JOB = 'webhook-dead';

/** Longest error text kept in the log. */
const MAX_ERROR_LENGTH = 500;

export interface DeliverJobData {
  deliveryId: string;
}

/**
 * The retry policy of one delivery job, from the settings of the instance that creates it (so it holds whichever
 * instance works it): WEBHOOK_MAX_ATTEMPTS attempts, backoff from WEBHOOK_BACKOFF_SECONDS, and a lease of the receiver's
 * timeout plus a margin, after which a job a killed process held is retried.
 */
export function deliverJobOptions(integration: IntegrationSettings) {
  return {
    retryLimit: Math.max(0, integration.webhookMaxAttempts - 1),
    retryDelay: integration.webhookBackoffSeconds,
    retryBackoff: true,
    expireInSeconds: integration.webhookTimeoutSeconds + 30,
    deadLetter: DEAD_LETTER_JOB,
  };
}

/**
 * The earliest time of the next attempt after the n-th failed one (1-based): pg-boss waits between
 * backoff × 2^(n−1) and twice that (jitter).
 */
export function nextAttemptEarliest(now: Date, failedAttempt: number, backoffSeconds: number): Date {
  return new Date(now.getTime() + backoffSeconds * 2 ** Math.min(16, failedAttempt - 1) * 1000);
}

export interface AttemptOutcome {
  /** The receiver's HTTP status; null when there was no answer. */
  status: number | null;
  error: string | null;
}

const truncate = (text: string) => (text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text);

/**
 * POSTs `body` to `url` and reports the answer's status (the answer's body is discarded, redirects are not followed).
 * The socket connects only to an address `safeLookup` checked.
 */
export function postWebhook(
  url: URL,
  headers: Record<string, string>,
  body: string,
  { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean },
): Promise<AttemptOutcome> {
  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https : http;
    let settled = false;
    const settle = (outcome: AttemptOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: 'POST',
        agent: false,
        lookup: safeLookup(allowPrivate),
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Tisheng-Webhooks/1',
          ...headers,
        },
      },
      (response) => {
        const status = response.statusCode ?? null;
        response.resume();
        response.on('error', () => {});
        settle({ status, error: status !== null && status >= 200 && status < 300 ? null : `HTTP ${status}` });
      },
    );
    request.on('error', (error: Error & { code?: string }) => {
      const reason =
        error.name === 'AbortError' || error.name === 'TimeoutError'
          ? `no answer within ${timeoutMs / 1000} s`
          : error.message;
      settle({ status: null, error: truncate(error.code ? `${error.code}: ${reason}` : reason) });
    });
    request.end(body);
  });
}

const isSuccess = (status: number | null) => status !== null && status >= 200 && status < 300;

/** Thrown to make the queue retry (or dead-letter) a failed attempt. */
export class DeliveryFailedError extends Error {
  constructor(deliveryId: string, attempt: number, outcome: AttemptOutcome) {
    super(`webhook delivery ${deliveryId} attempt ${attempt} failed: ${outcome.error ?? `HTTP ${outcome.status}`}`);
    this.name = 'DeliveryFailedError';
  }
}

/**
 * One attempt of a delivery: nothing when it is no longer PENDING (delivered, dead, or its subscription deleted);
 * otherwise POST, log the attempt, and mark the delivery. `final`: the queue will not retry a failure (it becomes DEAD).
 */
export async function attemptDelivery(deps: JobDeps, deliveryId: string, final: boolean): Promise<void> {
  const prisma = deps.db.prisma;
  const delivery = await prisma.webhookDelivery.findUnique({
    where: { id: deliveryId },
    select: {
      id: true,
      state: true,
      attempts: true,
      subscription: { select: { id: true, url: true, secretSealed: true, active: true } },
      event: { select: { id: true, seq: true, kind: true, payload: true, occurredAt: true } },
    },
  });
  if (delivery?.state !== 'PENDING') return;
  const { subscription, event } = delivery;
  const integration = deps.integration;
  const startedAt = new Date();
  let outcome: AttemptOutcome;
  if (!subscription.active) {
    outcome = { status: null, error: 'SUBSCRIPTION_INACTIVE: the subscription was deactivated' };
  } else {
    const checked = checkWebhookUrl(subscription.url, { allowPrivate: integration.webhookAllowPrivateUrls });
    if (checked.problem) {
      outcome = { status: null, error: `${checked.problem}: the URL is refused` };
    } else {
      const body = webhookBody(event);
      const secret = openWebhookSecret(subscription.secretSealed, integration.secretKey, subscription.id);
      const headers = webhookHeaders(secret, event.id, Math.floor(Date.now() / 1000), body);
      outcome = await postWebhook(checked.url, headers, body, {
        timeoutMs: integration.webhookTimeoutSeconds * 1000,
        allowPrivate: integration.webhookAllowPrivateUrls,
      });
    }
  }
  const durationMs = Date.now() - startedAt.getTime();
  const ok = isSuccess(outcome.status);
  // An inactive subscription is not retried: its deliveries wait in the dead-letter list for a replay.
  const dead = !ok && (final || !subscription.active);
  const now = new Date();
  const attempt = await prisma.$transaction(async (tx) => {
    const { attempts } = await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: {
        attempts: { increment: 1 },
        lastStatus: outcome.status,
        lastError: outcome.error,
        state: ok ? 'DELIVERED' : dead ? 'DEAD' : 'PENDING',
        deliveredAt: ok ? now : null,
        nextAttemptAt:
          ok || dead ? null : nextAttemptEarliest(now, delivery.attempts + 1, integration.webhookBackoffSeconds),
      },
      select: { attempts: true },
    });
    await tx.webhookAttempt.create({
      data: { deliveryId, attempt: attempts, startedAt, durationMs, status: outcome.status, error: outcome.error },
    });
    return attempts;
  });
  if (!ok && subscription.active) throw new DeliveryFailedError(deliveryId, attempt, outcome);
}

/** A job the queue gave up on: its delivery is DEAD (idempotent: the last attempt usually marked it already). */
export async function markDead(deps: JobDeps, deliveryId: string): Promise<void> {
  await deps.db.prisma.webhookDelivery.updateMany({
    where: { id: deliveryId, state: 'PENDING' },
    data: { state: 'DEAD', nextAttemptAt: null },
  });
}

defineJob<DeliverJobData>({
  name: DELIVER_JOB,
  queue: { retryLimit: 7, retryDelay: 10, retryBackoff: true, expireInSeconds: 60, deadLetter: DEAD_LETTER_JOB },
  // Receivers answer slowly: several deliveries at once per instance, each job its own attempt.
  work: { includeMetadata: true, localConcurrency: 4, pollingIntervalSeconds: 0.5 },
  async handle(jobs, deps) {
    for (const job of jobs as Array<JobWithMetadata<DeliverJobData>>) {
      const retryLimit = job.retryLimit ?? Math.max(0, deps.integration.webhookMaxAttempts - 1);
      await attemptDelivery(deps, job.data.deliveryId, job.retryCount >= retryLimit);
    }
  },
});

defineJob<DeliverJobData>({
  name: DEAD_LETTER_JOB,
  work: { pollingIntervalSeconds: 1 },
  async handle(jobs, deps) {
    for (const job of jobs) await markDead(deps, job.data.deliveryId);
  },
});
