import { errors, jwtVerify, SignJWT } from 'jose';

/** Where download links point: `GET /files/<token>`. */
export const DOWNLOAD_PATH_PREFIX = '/files/';
/** Lifetime of a download link when none is asked for, in seconds. */
export const DEFAULT_LINK_TTL_SECONDS = 300;
/** Longest lifetime a download link may have, in seconds (one hour). */
export const MAX_LINK_TTL_SECONDS = 3600;

const AUDIENCE = 'tisheng-file-download';
const ALGORITHM = 'HS256';

export interface DownloadGrant {
  fileId: string;
  /** The viewer the link was minted for; the route re-checks that they may still see the file. */
  userId: string;
}

/**
 * Signs a download link token: a compact JWS (HS256) binding the file, the viewer and an expiry.
 * `now` is for tests.
 */
export async function signDownloadToken(
  secret: Uint8Array,
  grant: DownloadGrant,
  ttlSeconds: number,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ fid: grant.fileId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(grant.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secret);
}

export type TokenCheck = { ok: true; grant: DownloadGrant } | { ok: false; reason: 'expired' | 'invalid' };

/** Verifies a token's signature first, then its expiry (no clock tolerance). */
export async function verifyDownloadToken(secret: Uint8Array, token: string, now = new Date()): Promise<TokenCheck> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: [ALGORITHM],
      audience: AUDIENCE,
      currentDate: now,
    });
    if (typeof payload.fid !== 'string' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number')
      return { ok: false, reason: 'invalid' };
    return { ok: true, grant: { fileId: payload.fid, userId: payload.sub } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
    throw error;
  }
}
