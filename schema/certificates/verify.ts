/**
 * Public verification of a certificate's VC-JWT: the same check as POST /credentials/verify and as any verifier with
 * the published key set (api/certificates/verify.ts). It reports only what the credential itself carries.
 */

import { verifyWithDatabase } from '../../api/certificates/service.js';
import { certificateSettings } from '../../api/certificates/settings.js';
import { VERIFICATION_STATUSES, type VerificationResult } from '../../api/certificates/verify.js';
import { builder } from '../builder.js';
import { CertificateKind } from './certificate.js';

export const CredentialStatus = builder.enumType('CredentialStatus', {
  description: 'The outcome of verifying a credential.',
  values: Object.fromEntries(
    VERIFICATION_STATUSES.map((status) => [
      status,
      {
        description: {
          VALID: 'Signed by this issuer with a published key, not revoked, within its validity period.',
          REVOKED: 'Signed by this issuer, but revoked (its bit in the status list is set).',
          EXPIRED: 'Signed by this issuer, but its validUntil has passed.',
          NOT_YET_VALID: 'Signed by this issuer, but its validFrom is still to come.',
          INVALID_SIGNATURE: 'The signature does not verify: it was changed or forged.',
          UNKNOWN_ISSUER: 'It names another issuer, or a key this issuer never published.',
          MALFORMED: 'Not a VC-JWT of an OpenBadgeCredential.',
        }[status],
      },
    ]),
  ) as Record<(typeof VERIFICATION_STATUSES)[number], { description: string }>,
});

const CredentialIssuer = builder.objectRef<{ id: string; name: string | null }>('CredentialIssuer').implement({
  description: 'The issuer the credential names.',
  fields: (t) => ({
    id: t.exposeString('id', { description: 'The issuer’s id (a URL).' }),
    name: t.exposeString('name', { nullable: true, description: 'The issuer’s name.' }),
  }),
});

const CredentialVerification = builder.objectRef<VerificationResult>('CredentialVerification').implement({
  description:
    'The verification of a credential: the outcome and what the credential itself says (nothing else is looked up about the teacher).',
  fields: (t) => ({
    valid: t.exposeBoolean('valid', { description: 'True only for VALID.' }),
    status: t.field({ type: CredentialStatus, description: 'The outcome.', resolve: (r) => r.status }),
    kind: t.field({
      type: CertificateKind,
      nullable: true,
      description: 'The certificate’s kind.',
      resolve: (r) => r.kind,
    }),
    subjectName: t.exposeString('subjectName', {
      nullable: true,
      description: 'The teacher’s name in the credential.',
    }),
    achievementName: t.exposeString('achievementName', { nullable: true, description: 'The achievement’s name.' }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime', nullable: true, description: 'Its validFrom.' }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Its validUntil; null: no expiry.',
    }),
    issuer: t.field({
      type: CredentialIssuer,
      nullable: true,
      description: 'The issuer named.',
      resolve: (r) => r.issuer,
    }),
    credentialId: t.exposeString('credentialId', {
      nullable: true,
      description: 'The credential’s id: its verification page URL.',
    }),
    errors: t.exposeStringList('errors', { description: 'Why it is not valid (English).' }),
  }),
});

builder.queryField('verifyCredential', (t) =>
  t.field({
    type: CredentialVerification,
    description:
      'Verifies a certificate’s VC-JWT (public: no sign-in): the JOSE header, the issuer, the signature against the published key set ' +
      '(retired keys included), the revocation status and the validity period. Reports only what the credential carries.',
    args: { credential: t.arg.string({ required: true, description: 'The VC-JWT (compact JWS).' }) },
    resolve: (_root, args, context) =>
      verifyWithDatabase(context.db.prisma, certificateSettings(context.db), args.credential),
  }),
);
