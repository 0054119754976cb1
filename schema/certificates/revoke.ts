/**
 * Revoking a certificate (action certificate:revoke: the district admin over the school): its bit in the issuer's
 * status list is set, so every verifier sees it REVOKED from the next status list fetch on. Permanent (statusPurpose
 * revocation); the reason stays with the record, never in the public status.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { Certificate } from './certificate.js';
import { revokeCertificateErrors } from './errors.js';

export const MAX_REVOCATION_REASON_LENGTH = 500;

const RevokeCertificateInput = builder.inputType('RevokeCertificateInput', {
  description: 'The certificate to revoke and why.',
  fields: (t) => ({
    certificateId: t.globalID({ required: true, for: Certificate, description: 'The certificate.' }),
    reason: t.string({
      required: true,
      description: `Why (kept with the record, not published), 1 to ${MAX_REVOCATION_REASON_LENGTH} characters.`,
    }),
  }),
});

const inputSchema = z.object({
  certificateId: globalIdSchema,
  reason: z.string().transform((reason) => reason.trim()),
});

builder.mutationField('revokeCertificate', (t) =>
  t.prismaField({
    type: Certificate,
    description:
      'Revokes a certificate (撤销证书, action certificate:revoke over the school: the district admin). From then on it verifies as ' +
      'REVOKED (its bit in the Bitstring Status List is set); revocation is permanent. INVALID_INPUT without a reason; INVALID_STATE ' +
      'when already revoked.',
    authorize: {
      action: 'certificate:revoke',
      resource: (_root, args) => ({ kind: 'Certificate', id: args.input.certificateId.id }),
      afterClosing: 'allowed',
      afterClosingReason:
        'A certificate’s status is the issuer’s record, not the school’s: a certificate found wrongly issued must be revocable after ' +
        'the school closed, or it would verify forever.',
    },
    errors: {
      types: revokeCertificateErrors,
      result: { description: 'The certificate is revoked.' },
      dataField: { name: 'certificate', description: 'The revoked certificate.' },
    },
    args: { input: t.arg({ type: RevokeCertificateInput, required: true, description: 'What and why.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(inputSchema, args.input);
      if (!input.reason || input.reason.length > MAX_REVOCATION_REASON_LENGTH)
        throw inputIssue(['reason'], 'VALIDATION.certificateRevocationReason', { max: MAX_REVOCATION_REASON_LENGTH });
      const prisma = context.db.prisma;
      const id = input.certificateId.id;
      const { count } = await prisma.certificate.updateMany({
        where: { id, revokedAt: null },
        data: { revokedAt: new Date(), revokedById: actingUserId(context), revocationReason: input.reason },
      });
      if (count !== 1) {
        const exists = await prisma.certificate.findUnique({ where: { id }, select: { id: true } });
        if (!exists) throw new NotFoundError('Certificate');
        throw new InvalidStateError('certificateAlreadyRevoked');
      }
      return prisma.certificate.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);
