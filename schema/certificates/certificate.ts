/**
 * An issued certificate (结业证书 / 优秀学员证书): an Open Badges 3.0 credential signed as a VC-JWT. Visible to the
 * teacher and to the readers of credits over the school (credit:read: the school, district and province admins);
 * everyone else finds it missing. Verifying a credential is public (verifyCredential, POST /credentials/verify).
 */

import { certificateSettings, certificateUrls } from '../../api/certificates/settings.js';
import type { Context } from '../../api/context.js';
import { CertificateKind as CertificateKindValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { registerResource, scopeOf } from '../shared/index.js';

export const CertificateKind = builder.enumType(CertificateKindValues, {
  name: 'CertificateKind',
  description:
    'COMPLETION: 结业证书, for a teacher who qualified (完成全部研修任务，网络研修合格); EXCELLENT_TRAINEE: 优秀学员证书, for a confirmed ' +
    'excellent trainee (within the class’s 15% quota), never for a teacher in remedial study (补学).',
});

/** Who sees a certificate: the teacher, and the readers of credits over the school (credit:read). */
export function canSeeCertificate(context: Context, certificate: { teacherId: string; orgPath: string }): boolean {
  const viewer = context.viewer;
  return (
    certificate.teacherId === viewer.user?.id ||
    scopeOf(viewer, 'credit:read').some((root) => certificate.orgPath.startsWith(root))
  );
}

/** The same rule as a Prisma filter on Certificate. */
export function certificateVisibleWhere(context: Context) {
  const viewer = context.viewer;
  return {
    OR: [
      ...(viewer.user ? [{ teacherId: viewer.user.id }] : []),
      ...viewer.within('orgPath', scopeOf(viewer, 'credit:read')).OR,
    ],
  };
}

const urlsOf = (context: Context) => certificateUrls(certificateSettings(context.db).baseUrl);

export const Certificate = builder.prismaNode('Certificate', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A certificate issued to a teacher: an Open Badges 3.0 OpenBadgeCredential signed as a VC-JWT (`credential`). Anyone can verify ' +
    'it with the issuer’s published key set (/.well-known/jwks.json) and its status list; `verificationUrl` is its printable page ' +
    '(with a QR code of itself). Visible to the teacher and the school, district and province admins over the school (action ' +
    'credit:read); missing for anyone else.',
  findUnique: (id, context) => ({ id, ...certificateVisibleWhere(context) }),
  authScopes: (certificate, context) => canSeeCertificate(context, certificate),
  fields: (t) => ({
    kind: t.expose('kind', { type: CertificateKind, description: 'COMPLETION or EXCELLENT_TRAINEE.' }),
    programme: t.relation('programme', { description: 'The programme it was earned in.' }),
    enrolment: t.relation('enrolment', { description: 'The teacher’s enrolment in the programme.' }),
    issuedAt: t.expose('issuedAt', {
      type: 'DateTime',
      description: 'When it was issued (the credential’s validFrom).',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When it stops being valid (validUntil: `rules.certificates.validYears` after issuing); null when it does not expire.',
    }),
    revoked: t.boolean({
      description: 'Whether it was revoked (it then verifies as REVOKED).',
      resolve: (c) => c.revokedAt !== null,
    }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: 'When it was revoked.' }),
    revocationReason: t.exposeString('revocationReason', {
      nullable: true,
      description: 'Why it was revoked (not part of the credential: verifiers only learn that it is revoked).',
    }),
    verificationUrl: t.string({
      description: 'Its public printable page (HTML, with a QR code of this URL), also the credential’s id.',
      resolve: (c, _args, context) => urlsOf(context).credential(c.id),
    }),
    pdfUrl: t.string({
      description: 'The same page as a PDF (A4 landscape).',
      resolve: (c, _args, context) => urlsOf(context).pdf(c.id),
    }),
    credential: t.exposeString('credential', {
      description:
        'The signed credential (VC-JWT, compact JWS: header typ "vc+jwt"); its payload is the OpenBadgeCredential JSON. Verify it with ' +
        'verifyCredential, POST /credentials/verify, or offline with the JWKS.',
    }),
  }),
});

/** A certificate as actions see it: it belongs to the school; the teacher owns it. */
registerResource('Certificate', async (ids, context) => {
  const rows = await context.db.prisma.certificate.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, teacherId: true, programmeId: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.orgPath],
        ownerId: row.teacherId,
        visible: canSeeCertificate(context, row),
        programmeId: row.programmeId,
      },
    ]),
  );
});
