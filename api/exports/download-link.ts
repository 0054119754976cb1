/**
 * Signed links downloading a finished export: `GET /exports/<token>`, the token a compact JWS (HS256 with the file
 * link secret, like api/storage/download-link.ts, but its own audience so neither kind of link opens the other)
 * binding the export job, the person it was minted for and an expiry.
 */
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '../db/generated/prisma/enums.js';

/** Where export download links point: `GET /exports/<token>`. */
export const EXPORT_DOWNLOAD_PREFIX = '/exports/';
/** How long an export download link works, in seconds (minted afresh each time `ExportJob.downloadUrl` is read). */
export const EXPORT_LINK_TTL_SECONDS = 300;

/**
 * Roles that may download an export over its scope: the roles of the action export:run (schema/shared/authz/actions.ts;
 * a unit test keeps the two equal). The route re-checks them at download time, as foundations do not read the schema.
 */
export const EXPORT_ROLES: readonly Role[] = ['DISTRICT_ADMIN', 'PROVINCE_ADMIN', 'SYNC_CLIENT'];

const AUDIENCE = 'tisheng-export-download';
const ALGORITHM = 'HS256';

export interface ExportGrant {
  jobId: string;
  /** The requester the link was minted for. */
  userId: string;
}

export async function signExportToken(
  secret: Uint8Array,
  grant: ExportGrant,
  ttlSeconds = EXPORT_LINK_TTL_SECONDS,
  now = new Date(),
): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ jid: grant.jobId })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(grant.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(secret);
}

export type ExportTokenCheck = { ok: true; grant: ExportGrant } | { ok: false; reason: 'expired' | 'invalid' };

/** Verifies the signature and audience first, then the expiry (no clock tolerance). */
export async function verifyExportToken(
  secret: Uint8Array,
  token: string,
  now = new Date(),
): Promise<ExportTokenCheck> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: [ALGORITHM],
      audience: AUDIENCE,
      currentDate: now,
    });
    if (typeof payload.jid !== 'string' || typeof payload.sub !== 'string' || typeof payload.exp !== 'number')
      return { ok: false, reason: 'invalid' };
    return { ok: true, grant: { jobId: payload.jid, userId: payload.sub } };
  } catch (error) {
    if (error instanceof errors.JWTExpired) return { ok: false, reason: 'expired' };
    if (error instanceof errors.JOSEError) return { ok: false, reason: 'invalid' };
    throw error;
  }
}

/** The export download link (a path on this API) for the job's requester. */
export async function exportDownloadPath(secret: Uint8Array, grant: ExportGrant, now = new Date()): Promise<string> {
  return `${EXPORT_DOWNLOAD_PREFIX}${await signExportToken(secret, grant, EXPORT_LINK_TTL_SECONDS, now)}`;
}
