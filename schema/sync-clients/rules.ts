/**
 * The rules of sync clients' keys and registrations, as pure functions: which JWKs may be registered (public keys
 * only: EC P-256, RSA of 2048 bits or more, OKP Ed25519; a `kid`), how many active keys a client keeps, and which key
 * set URLs are accepted.
 */

/** Most active (not revoked) keys a client may have at once: enough to rotate, few enough to review. */
export const MAX_ACTIVE_KEYS = 10;
/** Longest client name. */
export const MAX_CLIENT_NAME_LENGTH = 100;
/** Longest `kid`. */
export const MAX_KID_LENGTH = 100;
/** Longest JWK text accepted (an RSA 4096 public key is about 800 characters). */
export const MAX_JWK_TEXT_LENGTH = 4000;
/** Smallest RSA modulus. */
export const MIN_RSA_BITS = 2048;
/** Longest key set URL. */
export const MAX_JWKS_URL_LENGTH = 2000;

/** Members of a private or symmetric JWK: a registration carrying any of them is refused (the key must stay secret). */
export const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'] as const;

/** Why a JWK is refused (message VALIDATION.syncClientKey.<problem>). */
export type KeyProblem =
  | 'notJson'
  | 'notObject'
  | 'privateKey'
  | 'unsupportedKeyType'
  | 'badMember'
  | 'rsaTooShort'
  | 'kidMissing'
  | 'algMismatch'
  | 'useNotSig';

/** A validated public key as stored (SyncClientKey.publicJwk): only the public members, its kid and alg. */
export interface PublicJwk {
  kty: 'EC' | 'RSA' | 'OKP';
  kid: string;
  alg?: string;
  use?: 'sig';
  crv?: string;
  x?: string;
  y?: string;
  n?: string;
  e?: string;
}

export type KeyCheck =
  | { ok: true; jwk: PublicJwk }
  | { ok: false; problem: KeyProblem; params?: Record<string, string | number> };

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Bytes a base64url string (no padding) decodes to; -1 when it is not base64url. */
export function base64urlBytes(value: unknown): number {
  if (typeof value !== 'string' || !BASE64URL.test(value) || value.length % 4 === 1) return -1;
  return Math.floor((value.length * 6) / 8);
}

/** Size in bits of an RSA modulus given as base64url (leading zero bits not counted). */
export function rsaModulusBits(n: string): number {
  const bytes = Buffer.from(n, 'base64url');
  const start = bytes.findIndex((byte) => byte !== 0);
  if (start < 0) return 0;
  return (bytes.length - start - 1) * 8 + (32 - Math.clz32(bytes[start] ?? 0));
}

/** The algorithms each kind of key signs with. */
const ALGORITHMS_OF: Record<PublicJwk['kty'], readonly string[]> = {
  EC: ['ES256'],
  RSA: ['RS256', 'PS256'],
  OKP: ['EdDSA'],
};

/** Checks one JWK (already parsed) for registration. */
export function checkPublicJwk(value: unknown): KeyCheck {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { ok: false, problem: 'notObject' };
  const jwk = value as Record<string, unknown>;
  const secret = PRIVATE_MEMBERS.filter((member) => member in jwk);
  if (secret.length) return { ok: false, problem: 'privateKey', params: { members: secret.join(', ') } };
  const kty = jwk.kty;
  let members: Pick<PublicJwk, 'crv' | 'x' | 'y' | 'n' | 'e'>;
  if (kty === 'EC') {
    if (jwk.crv !== 'P-256') return { ok: false, problem: 'unsupportedKeyType' };
    if (base64urlBytes(jwk.x) !== 32) return { ok: false, problem: 'badMember', params: { member: 'x' } };
    if (base64urlBytes(jwk.y) !== 32) return { ok: false, problem: 'badMember', params: { member: 'y' } };
    members = { crv: 'P-256', x: jwk.x as string, y: jwk.y as string };
  } else if (kty === 'OKP') {
    if (jwk.crv !== 'Ed25519') return { ok: false, problem: 'unsupportedKeyType' };
    if (base64urlBytes(jwk.x) !== 32) return { ok: false, problem: 'badMember', params: { member: 'x' } };
    members = { crv: 'Ed25519', x: jwk.x as string };
  } else if (kty === 'RSA') {
    if (base64urlBytes(jwk.n) <= 0) return { ok: false, problem: 'badMember', params: { member: 'n' } };
    if (base64urlBytes(jwk.e) <= 0 || base64urlBytes(jwk.e) > 8)
      return { ok: false, problem: 'badMember', params: { member: 'e' } };
    const bits = rsaModulusBits(jwk.n as string);
    if (bits < MIN_RSA_BITS) return { ok: false, problem: 'rsaTooShort', params: { bits, min: MIN_RSA_BITS } };
    members = { n: jwk.n as string, e: jwk.e as string };
  } else {
    return { ok: false, problem: 'unsupportedKeyType' };
  }
  const kid = typeof jwk.kid === 'string' ? jwk.kid.trim() : '';
  if (!kid || kid.length > MAX_KID_LENGTH || /\p{C}/u.test(kid))
    return { ok: false, problem: 'kidMissing', params: { max: MAX_KID_LENGTH } };
  if (jwk.alg !== undefined && (typeof jwk.alg !== 'string' || !ALGORITHMS_OF[kty].includes(jwk.alg)))
    return { ok: false, problem: 'algMismatch', params: { algorithms: ALGORITHMS_OF[kty].join(', ') } };
  if (jwk.use !== undefined && jwk.use !== 'sig') return { ok: false, problem: 'useNotSig' };
  return {
    ok: true,
    jwk: {
      kty,
      kid,
      ...(typeof jwk.alg === 'string' ? { alg: jwk.alg } : {}),
      ...(jwk.use === 'sig' ? { use: 'sig' as const } : {}),
      ...members,
    },
  };
}

/** Parses a JWK given as JSON text and checks it. */
export function checkJwkText(text: string): KeyCheck {
  if (text.length > MAX_JWK_TEXT_LENGTH) return { ok: false, problem: 'notJson' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'notJson' };
  }
  return checkPublicJwk(value);
}

/** The kids listed more than once. */
export function duplicateKids(kids: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const kid of kids) (seen.has(kid) ? twice : seen).add(kid);
  return [...twice];
}

/** Why a key set URL is refused (message VALIDATION.syncClientJwksUrl.<problem>), or null when it is accepted. */
export type JwksUrlProblem = 'invalid' | 'notHttps' | 'credentials';

/** https only; http also where private URLs are allowed (outside production: context.integration.webhookAllowPrivateUrls). */
export function checkJwksUrl(text: string, allowHttp: boolean): JwksUrlProblem | null {
  if (text.length > MAX_JWKS_URL_LENGTH) return 'invalid';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && !(allowHttp && url.protocol === 'http:')) return 'notHttps';
  if (url.username || url.password) return 'credentials';
  return null;
}

/** The name as registered: trimmed; null when empty, too long or holding control characters. */
export function clientName(name: string): string | null {
  const trimmed = name.trim();
  return trimmed && trimmed.length <= MAX_CLIENT_NAME_LENGTH && !/\p{Cc}/u.test(trimmed) ? trimmed : null;
}
