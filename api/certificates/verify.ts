/**
 * Verifying a certificate's VC-JWT with nothing but the issuer's published key set (and, for revocation, its status
 * list): the JOSE header (typ vc+jwt, an allowed alg, a kid), the credential's shape (an OpenBadgeCredential), its
 * issuer (ours), the signature (a key of the set), the status (revoked?) and the validity period. Pure: the keys and the
 * status lists come from the caller, so it works offline (createLocalJWKSet over a JWKS fetched once) or on the server
 * (the key set and revoked bits read from the database). What it reports comes from the credential alone.
 */
import {
  type CryptoKey,
  compactVerify,
  decodeProtectedHeader,
  errors,
  type JWK,
  type JWTVerifyGetKey,
  type KeyObject,
} from 'jose';
import { type CertificateKindValue, kindOfAchievementType } from './credential.js';
import { CREDENTIAL_ALGORITHMS } from './keys.js';
import { bitAt, decodeStatusList } from './status-list.js';

export const VERIFICATION_STATUSES = [
  'VALID',
  'REVOKED',
  'EXPIRED',
  'NOT_YET_VALID',
  'INVALID_SIGNATURE',
  'UNKNOWN_ISSUER',
  'MALFORMED',
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Longest VC-JWT accepted, in characters (ours are about 2 KB). */
export const MAX_CREDENTIAL_LENGTH = 64 * 1024;

export interface VerificationResult {
  valid: boolean;
  status: VerificationStatus;
  /** Only what the credential carries (null when it cannot be read). */
  credentialId: string | null;
  kind: CertificateKindValue | null;
  subjectName: string | null;
  achievementName: string | null;
  issuedAt: Date | null;
  expiresAt: Date | null;
  issuer: { id: string; name: string | null } | null;
  /** Whether the revocation status was checked (false: the status list was not available). */
  statusChecked: boolean;
  /** Why it is not valid, in English (stable wording for logs and clients). */
  errors: string[];
}

/** A key resolver for the JOSE header (jose's createLocalJWKSet or createRemoteJWKSet). */
export type KeyResolver = JWTVerifyGetKey;

export interface VerifyOptions {
  keys: KeyResolver;
  /** The issuer id credentials must name (our Profile URL). */
  issuerId: string;
  now?: Date;
  /** The bitstring of a status list credential URL, or null when unavailable; absent: status is not checked. */
  statusList?: (url: string) => Promise<Uint8Array | null>;
}

const JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const types = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const date = (value: unknown): Date | null => {
  if (typeof value !== 'string') return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
};

/** The payload of a compact JWS, parsed, without checking anything. */
function payloadOf(jwt: string): Json | null {
  try {
    const value = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as unknown;
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

/** What the credential says about itself (for the result), or null when it is not an OpenBadgeCredential. */
export function describeCredential(credential: Json) {
  const context = credential['@context'];
  if (!Array.isArray(context) || context[0] !== 'https://www.w3.org/ns/credentials/v2') return null;
  const kinds = types(credential.type);
  if (!kinds.includes('VerifiableCredential') || !kinds.includes('OpenBadgeCredential')) return null;
  const issuer = credential.issuer;
  const issuerId =
    typeof issuer === 'string' ? issuer : isObject(issuer) && typeof issuer.id === 'string' ? issuer.id : null;
  const subject = credential.credentialSubject;
  if (!issuerId || !isObject(subject) || !isObject(subject.achievement)) return null;
  const achievement = subject.achievement;
  const identifiers = Array.isArray(subject.identifier) ? subject.identifier.filter(isObject) : [];
  const name = identifiers.find((id) => id.identityType === 'name' && id.hashed === false);
  const validFrom = date(credential.validFrom);
  if (!validFrom) return null;
  if (credential.validUntil !== undefined && !date(credential.validUntil)) return null;
  return {
    credentialId: typeof credential.id === 'string' ? credential.id : null,
    kind: kindOfAchievementType(achievement.achievementType),
    subjectName: typeof name?.identityHash === 'string' ? name.identityHash : null,
    achievementName: typeof achievement.name === 'string' ? achievement.name : null,
    issuedAt: validFrom,
    expiresAt: date(credential.validUntil),
    issuer: { id: issuerId, name: isObject(issuer) && typeof issuer.name === 'string' ? issuer.name : null },
    status: isObject(credential.credentialStatus) ? credential.credentialStatus : null,
  };
}

const EMPTY = {
  credentialId: null,
  kind: null,
  subjectName: null,
  achievementName: null,
  issuedAt: null,
  expiresAt: null,
  issuer: null,
  statusChecked: false,
};

const malformed = (why: string): VerificationResult => ({ ...EMPTY, valid: false, status: 'MALFORMED', errors: [why] });

/** Checks a VC-JWT; never throws for bad input (the result says why). */
export async function verifyCredentialJwt(jwt: unknown, options: VerifyOptions): Promise<VerificationResult> {
  if (typeof jwt !== 'string') return malformed('not a string');
  const text = jwt.trim();
  if (text.length > MAX_CREDENTIAL_LENGTH) return malformed('longer than any credential');
  if (!JWS.test(text)) return malformed('not a compact JWS (header.payload.signature)');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(text);
  } catch {
    return malformed('the JOSE header is not JSON');
  }
  if (header.typ !== 'vc+jwt') return malformed('the JOSE header’s typ is not "vc+jwt"');
  if (!CREDENTIAL_ALGORITHMS.includes(header.alg as (typeof CREDENTIAL_ALGORITHMS)[number]))
    return malformed(`algorithm ${String(header.alg)} is not accepted`);
  if (typeof header.kid !== 'string' || !header.kid) return malformed('the JOSE header names no key (kid)');
  const payload = payloadOf(text);
  const described = payload ? describeCredential(payload) : null;
  if (!described) return malformed('the payload is not an OpenBadgeCredential');
  const { status: entry, ...facts } = described;
  const base = { ...facts, statusChecked: false };
  if (facts.issuer.id !== options.issuerId)
    return {
      ...base,
      valid: false,
      status: 'UNKNOWN_ISSUER',
      errors: [`issuer ${facts.issuer.id} is not this issuer`],
    };
  try {
    await compactVerify(text, options.keys as (h: unknown) => Promise<CryptoKey | KeyObject | JWK | Uint8Array>, {
      algorithms: [...CREDENTIAL_ALGORITHMS],
    });
  } catch (error) {
    if (error instanceof errors.JWKSNoMatchingKey)
      return {
        ...base,
        valid: false,
        status: 'UNKNOWN_ISSUER',
        errors: [`key ${header.kid} is not in the issuer’s key set`],
      };
    return { ...base, valid: false, status: 'INVALID_SIGNATURE', errors: ['the signature does not verify'] };
  }
  const errorsFound: string[] = [];
  let revoked = false;
  let statusChecked = false;
  if (options.statusList) {
    const url = entry?.statusListCredential;
    const index = Number(entry?.statusListIndex);
    if (
      entry?.type !== 'BitstringStatusListEntry' ||
      entry.statusPurpose !== 'revocation' ||
      typeof url !== 'string' ||
      typeof entry.statusListIndex !== 'string' ||
      !Number.isInteger(index)
    ) {
      return { ...base, valid: false, status: 'MALFORMED', errors: ['no revocation status entry'] };
    }
    const bits = await options.statusList(url).catch(() => null);
    if (!bits || index < 0 || index >= bits.length * 8) errorsFound.push('the status list is not available');
    else {
      statusChecked = true;
      revoked = bitAt(bits, index);
    }
  }
  const result = { ...base, statusChecked };
  if (revoked) return { ...result, valid: false, status: 'REVOKED', errors: ['the issuer revoked it'] };
  const now = options.now ?? new Date();
  if (facts.expiresAt && facts.expiresAt.getTime() < now.getTime())
    return { ...result, valid: false, status: 'EXPIRED', errors: [...errorsFound, 'its validity ended'] };
  if (facts.issuedAt && facts.issuedAt.getTime() > now.getTime() + 5 * 60_000)
    return { ...result, valid: false, status: 'NOT_YET_VALID', errors: [...errorsFound, 'it is not valid yet'] };
  return { ...result, valid: true, status: 'VALID', errors: errorsFound };
}

/**
 * The bitstring of a status list VC-JWT (a BitstringStatusListCredential), after checking its signature against the
 * same key set and its issuer; null when it is not one of ours or does not verify.
 */
export async function statusListBits(
  jwt: string,
  options: Pick<VerifyOptions, 'keys' | 'issuerId' | 'now'>,
): Promise<Uint8Array | null> {
  try {
    const header = decodeProtectedHeader(jwt);
    if (header.typ !== 'vc+jwt') return null;
    const { payload } = await compactVerify(jwt, options.keys as (h: unknown) => Promise<CryptoKey>, {
      algorithms: [...CREDENTIAL_ALGORITHMS],
    });
    const credential = JSON.parse(new TextDecoder().decode(payload)) as Json;
    const issuer = credential.issuer;
    const issuerId = typeof issuer === 'string' ? issuer : isObject(issuer) ? issuer.id : null;
    if (issuerId !== options.issuerId || !types(credential.type).includes('BitstringStatusListCredential')) return null;
    const validUntil = date(credential.validUntil);
    if (validUntil && validUntil.getTime() < (options.now ?? new Date()).getTime()) return null;
    const subject = credential.credentialSubject;
    if (!isObject(subject) || subject.statusPurpose !== 'revocation' || typeof subject.encodedList !== 'string')
      return null;
    return decodeStatusList(subject.encodedList);
  } catch {
    return null;
  }
}
