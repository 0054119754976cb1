import { describe, expect, it } from 'vitest';
import {
  generateWebhookSecret,
  openWebhookSecret,
  SECRET_PREFIX,
  sealWebhookSecret,
  secretKeyOf,
  signatureOf,
  verifyWebhook,
  WebhookSecretUnreadableError,
  webhookHeaders,
} from '../../api/webhooks/signing.js';

// The Standard Webhooks reference vector (the spec's libraries test against it).
const VECTOR = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
};

const headersOf = (h: ReturnType<typeof webhookHeaders>) => ({
  id: h['webhook-id'],
  timestamp: h['webhook-timestamp'],
  signature: h['webhook-signature'],
});

describe('webhook signing (Standard Webhooks)', () => {
  it('reproduces the published test vector', () => {
    const headers = webhookHeaders(VECTOR.secret, VECTOR.id, VECTOR.timestamp, VECTOR.body);
    expect(headers).toEqual({
      'webhook-id': VECTOR.id,
      'webhook-timestamp': '1614265330',
      'webhook-signature': VECTOR.signature,
    });
    expect(verifyWebhook(VECTOR.secret, headersOf(headers), VECTOR.body, { now: VECTOR.timestamp })).toBeNull();
  });

  it('makes secrets of 32 random bytes with the whsec_ prefix', () => {
    const a = generateWebhookSecret();
    const b = generateWebhookSecret();
    expect(a.startsWith(SECRET_PREFIX)).toBe(true);
    expect(secretKeyOf(a)).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('refuses a tampered body, id or timestamp, another secret, and a stale or future timestamp', () => {
    const secret = generateWebhookSecret();
    const now = 1_800_000_000;
    const body = '{"type":"credit.confirmed","data":{"hours":"2"}}';
    const good = headersOf(webhookHeaders(secret, 'evt-1', now, body));
    expect(verifyWebhook(secret, good, body, { now })).toBeNull();
    expect(verifyWebhook(secret, good, body.replace('"2"', '"20"'), { now })).toBe('BAD_SIGNATURE');
    expect(verifyWebhook(secret, { ...good, id: 'evt-2' }, body, { now })).toBe('BAD_SIGNATURE');
    expect(verifyWebhook(secret, { ...good, timestamp: String(now + 1) }, body, { now })).toBe('BAD_SIGNATURE');
    expect(verifyWebhook(generateWebhookSecret(), good, body, { now })).toBe('BAD_SIGNATURE');
    expect(verifyWebhook(secret, good, body, { now: now + 301 })).toBe('TIMESTAMP_OUT_OF_TOLERANCE');
    expect(verifyWebhook(secret, good, body, { now: now - 301 })).toBe('TIMESTAMP_OUT_OF_TOLERANCE');
    expect(verifyWebhook(secret, { ...good, timestamp: 'soon' }, body, { now })).toBe('BAD_TIMESTAMP');
    expect(verifyWebhook(secret, { ...good, signature: null }, body, { now })).toBe('MISSING_HEADERS');
  });

  it('accepts any one of several space-separated signatures', () => {
    const secret = generateWebhookSecret();
    const signature = `v1,${signatureOf(secret, 'e', 5, 'x')}`;
    const headers = { id: 'e', timestamp: '5', signature: `v1,AAAA v2,zzz ${signature}` };
    expect(verifyWebhook(secret, headers, 'x', { now: 5 })).toBeNull();
  });

  it('seals a secret so that only the same server secret and subscription open it', () => {
    const secret = generateWebhookSecret();
    const sealed = sealWebhookSecret(secret, 'server-key', 'sub-1');
    expect(sealed).not.toContain(secret.slice(SECRET_PREFIX.length));
    expect(openWebhookSecret(sealed, 'server-key', 'sub-1')).toBe(secret);
    expect(() => openWebhookSecret(sealed, 'other-key', 'sub-1')).toThrow(WebhookSecretUnreadableError);
    expect(() => openWebhookSecret(sealed, 'server-key', 'sub-2')).toThrow(WebhookSecretUnreadableError);
    const [v, iv, tag, body] = sealed.split('.');
    const flipped = `${v}.${iv}.${tag}.${body!.slice(0, -2)}AA`;
    expect(() => openWebhookSecret(flipped, 'server-key', 'sub-1')).toThrow(WebhookSecretUnreadableError);
  });
});
