/**
 * What the server does with the database: sign status list credentials and verify credentials against the published
 * key set and the revocation bits (two statements), exactly as an outside verifier would with the key set alone.
 */
import { createLocalJWKSet } from 'jose';
import type { PrismaClient } from '../db/client.js';
import { dateTime, signCredential } from './credential.js';
import { currentIssuerKey, publishedJwks } from './keys.js';
import { type CertificateSettings, certificateUrls } from './settings.js';
import { bitstringOf, encodeStatusList, STATUS_LIST_SIZE } from './status-list.js';
import { type VerificationResult, verifyCredentialJwt } from './verify.js';

type Db = Pick<PrismaClient, 'issuerKey' | 'certificate' | '$transaction'>;

/** Highest list number served (a million lists of 131,072 entries is far beyond any deployment). */
export const MAX_STATUS_LIST = 1_000_000;

/** The revoked entries of list `list` (indices within it): one statement. */
export async function revokedIndices(db: Pick<PrismaClient, 'certificate'>, list: number): Promise<number[]> {
  const from = list * STATUS_LIST_SIZE;
  const rows = await db.certificate.findMany({
    where: { revokedAt: { not: null }, statusIndex: { gte: from, lt: from + STATUS_LIST_SIZE } },
    select: { statusIndex: true },
  });
  return rows.map((row) => row.statusIndex - from);
}

/** How long a served status list stays valid: verifiers must fetch it again after this. */
export const STATUS_LIST_VALIDITY_MS = 24 * 60 * 60 * 1000;

/** The BitstringStatusListCredential of list `list`, unsigned. */
export function statusListCredential(settings: CertificateSettings, list: number, revoked: number[], now: Date) {
  const urls = certificateUrls(settings.baseUrl);
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: urls.statusList(list),
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: { id: urls.issuer, type: ['Profile'], name: settings.issuerName },
    validFrom: dateTime(now),
    validUntil: dateTime(new Date(now.getTime() + STATUS_LIST_VALIDITY_MS)),
    credentialSubject: {
      id: `${urls.statusList(list)}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: encodeStatusList(bitstringOf(revoked)),
    },
  };
}

/** List `list` as a VC-JWT signed with the current issuer key. */
export async function signedStatusList(db: Db, settings: CertificateSettings, list: number, now = new Date()) {
  const [revoked, key] = await Promise.all([revokedIndices(db, list), currentIssuerKey(db, settings.keySecret)]);
  return signCredential(statusListCredential(settings, list, revoked, now), key);
}

/** Verifies a credential as a verifier would, with the key set and revocation bits read from the database. */
export async function verifyWithDatabase(
  db: Pick<PrismaClient, 'issuerKey' | 'certificate'>,
  settings: CertificateSettings,
  jwt: unknown,
  now = new Date(),
): Promise<VerificationResult> {
  const urls = certificateUrls(settings.baseUrl);
  const prefix = urls.statusList(0).replace(/0$/, '');
  return verifyCredentialJwt(jwt, {
    keys: createLocalJWKSet(await publishedJwks(db)),
    issuerId: urls.issuer,
    now,
    statusList: async (url) => {
      const rest = url.startsWith(prefix) ? url.slice(prefix.length) : '';
      const list = /^(0|[1-9][0-9]{0,6})$/.test(rest) ? Number(rest) : Number.NaN;
      if (!Number.isInteger(list) || list < 0 || list > MAX_STATUS_LIST) return null;
      return bitstringOf(await revokedIndices(db, list));
    },
  });
}
