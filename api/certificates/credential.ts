/**
 * Certificates as Open Badges 3.0 credentials: an `OpenBadgeCredential` (W3C VC Data Model 2.0 contexts and the OB
 * 3.0.3 context) whose subject is an `AchievementSubject` holding the programme's achievement and the teacher's name
 * (an `IdentityObject` of type "name"), with a `BitstringStatusListEntry` for revocation. It is signed as a VC-JWT
 * (W3C VC-JOSE-COSE): a compact JWS whose payload is the credential itself, header `typ: "vc+jwt"`, `cty: "vc"`,
 * the `alg` and the `kid` of an issuer key in the published key set.
 */
import { CompactSign } from 'jose';
import { certificateUrls } from './settings.js';
import { statusPosition } from './status-list.js';

export const CREDENTIAL_CONTEXTS = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

export const CERTIFICATE_KINDS = ['COMPLETION', 'EXCELLENT_TRAINEE'] as const;
export type CertificateKindValue = (typeof CERTIFICATE_KINDS)[number];

/** The OB 3.0 achievement type of each kind (AchievementType vocabulary). */
export const ACHIEVEMENT_TYPES: Record<CertificateKindValue, string> = {
  COMPLETION: 'CertificateOfCompletion',
  EXCELLENT_TRAINEE: 'Award',
};

/** Names of each kind in the certificate's languages. */
export const KIND_NAMES: Record<CertificateKindValue, { zh: string; en: string }> = {
  COMPLETION: { zh: '结业证书', en: 'Certificate of Completion' },
  EXCELLENT_TRAINEE: { zh: '优秀学员证书', en: 'Excellent Trainee Certificate' },
};

export interface CredentialInput {
  /** The Certificate row's id (its URL is the credential's id). */
  certificateId: string;
  kind: CertificateKindValue;
  teacherName: string;
  programme: { id: string; name: string };
  /** The district running the programme (the achievement's creator). */
  districtName: string;
  statusIndex: number;
  issuedAt: Date;
  expiresAt: Date | null;
}

export interface IssuerSettings {
  baseUrl: string;
  issuerName: string;
}

/** XML Schema dateTime in UTC without fractions: 2026-12-02T09:00:00Z. */
export const dateTime = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/** The credential's JSON (unsigned). */
export function buildCredential(input: CredentialInput, issuer: IssuerSettings) {
  const urls = certificateUrls(issuer.baseUrl);
  const names = KIND_NAMES[input.kind];
  const { list, index } = statusPosition(input.statusIndex);
  const achievementName = `${input.programme.name} ${names.zh}`;
  const criteria =
    input.kind === 'COMPLETION'
      ? '完成全部研修任务，网络研修合格。Completed every training task and passed the online training.'
      : '网络研修合格，经评选为优秀学员（不超过班级人数的 15%）。Qualified and selected as an excellent trainee (at most 15% of the class).';
  return {
    '@context': [...CREDENTIAL_CONTEXTS],
    id: urls.credential(input.certificateId),
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievementName,
    issuer: { id: urls.issuer, type: ['Profile'], name: issuer.issuerName },
    validFrom: dateTime(input.issuedAt),
    ...(input.expiresAt ? { validUntil: dateTime(input.expiresAt) } : {}),
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: input.teacherName, identityType: 'name', hashed: false }],
      achievement: {
        id: urls.achievement(input.programme.id, input.kind),
        type: ['Achievement'],
        achievementType: ACHIEVEMENT_TYPES[input.kind],
        name: achievementName,
        description: `${input.districtName}「${input.programme.name}」${names.zh}（${names.en}）`,
        criteria: { narrative: criteria },
        creator: {
          id: `urn:tisheng:district:${encodeURIComponent(input.districtName)}`,
          type: ['Profile'],
          name: input.districtName,
        },
        inLanguage: 'zh-CN',
      },
    },
    credentialStatus: {
      id: `${urls.statusList(list)}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: urls.statusList(list),
    },
  };
}

export type OpenBadgeCredential = ReturnType<typeof buildCredential>;

/** A key to sign with. */
export interface CredentialSigner {
  kid: string;
  alg: string;
  privateKey: CryptoKey | import('jose').CryptoKey;
}

/** A credential (any VC JSON) as a VC-JWT. */
export function signCredential(credential: object, key: CredentialSigner): Promise<string> {
  return new CompactSign(new TextEncoder().encode(JSON.stringify(credential)))
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'vc+jwt', cty: 'vc' })
    .sign(key.privateKey);
}

/** The kind an achievement type stands for, if it is one of ours. */
export function kindOfAchievementType(type: unknown): CertificateKindValue | null {
  return (CERTIFICATE_KINDS.find((kind) => ACHIEVEMENT_TYPES[kind] === type) ?? null) as CertificateKindValue | null;
}
