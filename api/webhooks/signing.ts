/**
 * Webhook signing (Standard Webhooks, https://www.standardwebhooks.com): every delivery carries `webhook-id` (the
 * feed event's id: the same for every retry and replay, so receivers de-duplicate on it), `webhook-timestamp` (unix
 * seconds of the attempt) and `webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`, where the
 * key is the base64-decoded part of the subscription's secret `whsec_<base64>`.
 *
 * Secrets are shown once (when created or rotated) and stored sealed with AES-256-GCM under a key derived from the
 * server's secret (CREDENTIAL_KEY_SECRET), the subscription id bound as additional data: a sealed secret copied onto
 * another subscription does not open.
 */
import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
/** Random bytes of a new secret (the spec asks for 24 to 64). */
export const SECRET_BYTES = 32;
/** How far a receiver should accept a timestamp from its own clock, in seconds (the spec's recommendation). */
export const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

const SEAL_VERSION = 'v1';

/** A new signing secret: `whsec_` and the base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(SECRET_BYTES).toString('base64')}`;
}

/** The HMAC key of a secret: the base64 after `whsec_` (a secret without the prefix is read the same way). */
export function secretKeyOf(secret: string): Buffer {
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  if (key.length === 0) throw new Error('webhook secret is empty');
  return key;
}

/** The base64 HMAC-SHA256 of `<id>.<timestamp>.<body>`. */
export function signatureOf(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac('sha256', secretKeyOf(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
}

/** The three headers of a delivery attempt. */
export function webhookHeaders(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
): { 'webhook-id': string; 'webhook-timestamp': string; 'webhook-signature': string } {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': `v1,${signatureOf(secret, id, timestamp, body)}`,
  };
}

export type VerifyProblem = 'MISSING_HEADERS' | 'BAD_TIMESTAMP' | 'TIMESTAMP_OUT_OF_TOLERANCE' | 'BAD_SIGNATURE';

/**
 * What a receiver does with a delivery (README: "Verifying a signature"): the headers present, the timestamp within
 * `toleranceSeconds` of `now` (unix seconds), and one of the space-separated `v1,` signatures equal, in constant time,
 * to the HMAC of the raw body. Returns null when valid, else why not.
 */
export function verifyWebhook(
  secret: string,
  headers: { id?: string | null; timestamp?: string | null; signature?: string | null },
  body: string,
  { now = Math.floor(Date.now() / 1000), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS } = {},
): VerifyProblem | null {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return 'MISSING_HEADERS';
  if (!/^\d{1,12}$/.test(timestamp)) return 'BAD_TIMESTAMP';
  if (Math.abs(now - Number(timestamp)) > toleranceSeconds) return 'TIMESTAMP_OUT_OF_TOLERANCE';
  const expected = Buffer.from(signatureOf(secret, id, Number(timestamp), body), 'base64');
  for (const entry of signature.split(' ')) {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) continue;
    const given = Buffer.from(value, 'base64');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return null;
  }
  return 'BAD_SIGNATURE';
}

/** Thrown when a sealed secret does not open (another CREDENTIAL_KEY_SECRET, another subscription, or tampered). */
export class WebhookSecretUnreadableError extends Error {
  constructor(readonly subscriptionId: string) {
    super(
      `the signing secret of webhook subscription ${subscriptionId} cannot be decrypted: CREDENTIAL_KEY_SECRET is not the one it was sealed with (rotate the secret)`,
    );
    this.name = 'WebhookSecretUnreadableError';
  }
}

const sealingKey = (serverSecret: string) =>
  createHash('sha256').update(`tisheng/webhook-secrets/${serverSecret}`).digest();

/** `v1.<iv>.<tag>.<ciphertext>` (base64url): the secret encrypted with AES-256-GCM, the subscription id as additional data. */
export function sealWebhookSecret(secret: string, serverSecret: string, subscriptionId: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(serverSecret), iv);
  cipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [SEAL_VERSION, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString('base64url'))].join('.');
}

export function openWebhookSecret(sealed: string, serverSecret: string, subscriptionId: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== SEAL_VERSION || !iv || !tag || !body) throw new WebhookSecretUnreadableError(subscriptionId);
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(serverSecret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(subscriptionId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new WebhookSecretUnreadableError(subscriptionId);
  }
}
