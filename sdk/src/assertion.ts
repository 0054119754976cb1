/**
 * Client assertions for sync clients (provincial and district systems): a short-lived JWT the system signs with its
 * own private key, sent as the bearer token. `iss` and `sub` are the client id, `aud` the API's audience (both shown
 * when the admin registers the client: `registerSyncClient` → `clientId`, `audience`). Signed with WebCrypto only
 * (`crypto.subtle`: Node 20+, Deno, browsers), no JOSE library needed.
 *
 *   const getToken = clientAssertionTokenSource({ clientId, audience, privateKey, kid: 'key-2026' });
 *   const client = createClient({ url, getToken });
 */

/** The signing algorithms the API accepts for client assertions. */
export type AssertionAlgorithm = 'ES256' | 'RS256' | 'PS256' | 'EdDSA';

export interface ClientAssertionOptions {
  /** The client id (`clientId` of the registration): the assertion's `iss` and `sub`. */
  clientId: string;
  /** The API's audience (`audience` of the registration): the assertion's `aud`. */
  audience: string;
  /**
   * The private key (WebCrypto), the pair of a registered public key: ECDSA P-256 for ES256, RSASSA-PKCS1-v1_5 SHA-256
   * for RS256, RSA-PSS SHA-256 for PS256, Ed25519 for EdDSA. It may be non-extractable.
   */
  privateKey: CryptoKey;
  /** The registered key's id: the assertion's `kid` header. */
  kid: string;
  /** ES256 unless given. */
  alg?: AssertionAlgorithm;
  /** Lifetime in seconds (exp − iat); 300 unless given. The API refuses more than its limit (3600 by default). */
  lifetimeSeconds?: number;
  /** The current time in milliseconds (tests); Date.now unless given. */
  now?: () => number;
}

/** The default lifetime of an assertion, in seconds. */
export const DEFAULT_ASSERTION_LIFETIME_SECONDS = 300;

const encoder = new TextEncoder();

/** base64url without padding (RFC 7515 §2). */
function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const json64 = (value: unknown) => base64url(encoder.encode(JSON.stringify(value)));

/** WebCrypto's signing parameters for each algorithm. */
function signParameters(alg: AssertionAlgorithm): AlgorithmIdentifier | EcdsaParams | RsaPssParams {
  switch (alg) {
    case 'ES256':
      return { name: 'ECDSA', hash: 'SHA-256' };
    case 'RS256':
      return { name: 'RSASSA-PKCS1-v1_5' };
    case 'PS256':
      return { name: 'RSA-PSS', saltLength: 32 };
    case 'EdDSA':
      return { name: 'Ed25519' };
  }
}

/** A random JWT id (`jti`), so no two assertions are the same token. */
function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return base64url(bytes);
}

/**
 * Signs one client assertion: a compact JWS with header `{ alg, typ: 'JWT', kid }` and claims `iss` = `sub` =
 * clientId, `aud`, `iat`, `exp` = iat + lifetime, a random `jti`. ECDSA signatures from WebCrypto are already the raw
 * r‖s pair JWS wants.
 */
export async function createClientAssertion(options: ClientAssertionOptions): Promise<string> {
  const alg = options.alg ?? 'ES256';
  const lifetime = Math.floor(options.lifetimeSeconds ?? DEFAULT_ASSERTION_LIFETIME_SECONDS);
  if (!(lifetime > 0)) throw new RangeError('createClientAssertion: lifetimeSeconds must be positive');
  if (!options.clientId || !options.audience || !options.kid)
    throw new TypeError('createClientAssertion: clientId, audience and kid are required');
  const iat = Math.floor((options.now ?? Date.now)() / 1000);
  const header = json64({ alg, typ: 'JWT', kid: options.kid });
  const payload = json64({
    iss: options.clientId,
    sub: options.clientId,
    aud: options.audience,
    iat,
    exp: iat + lifetime,
    jti: randomId(),
  });
  const input = `${header}.${payload}`;
  const signature = await crypto.subtle.sign(signParameters(alg), options.privateKey, encoder.encode(input));
  return `${input}.${base64url(new Uint8Array(signature))}`;
}

export interface ClientAssertionSourceOptions extends ClientAssertionOptions {
  /** Sign a new assertion when the current one has fewer seconds left than this; 30 unless given (at most half the lifetime). */
  renewBeforeSeconds?: number;
}

/**
 * A token source for the SDK client (`createClient({ getToken })`): it keeps one assertion and signs a new one
 * shortly before it expires; concurrent requests share one signing.
 */
export function clientAssertionTokenSource(options: ClientAssertionSourceOptions): () => Promise<string> {
  const now = options.now ?? Date.now;
  const lifetime = Math.floor(options.lifetimeSeconds ?? DEFAULT_ASSERTION_LIFETIME_SECONDS);
  const renewBefore = Math.min(options.renewBeforeSeconds ?? 30, lifetime / 2);
  let current: { token: Promise<string>; expiresAt: number } | null = null;
  return () => {
    const at = now() / 1000;
    if (!current || current.expiresAt - at < renewBefore) {
      const token = createClientAssertion({ ...options, lifetimeSeconds: lifetime, now });
      const issued = { token, expiresAt: Math.floor(at) + lifetime };
      current = issued;
      // A failed signing is not kept: the next call tries again.
      token.catch(() => {
        if (current === issued) current = null;
      });
    }
    return current.token;
  };
}
