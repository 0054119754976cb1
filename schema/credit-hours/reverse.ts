/**
 * Correcting an entry (冲销): a REVERSAL entry with the negated hours, the same category and the reason, confirmed at
 * the reverser's level in the same transaction (a school admin: SCHOOL; a district admin: SCHOOL and DISTRICT). The
 * entry itself never changes. An entry is reversed at most once (a unique index, so two reversals at once give one
 * entry and one CONFLICT); a reversal is never reversed.
 */
import { z } from 'zod';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import {
  actingUserId,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
  scopeOf,
} from '../shared/index.js';
import { unsettleCreditCheck } from './checks.js';
import { CreditEntry } from './credit-entry.js';
import { MAX_REVERSAL_REASON_LENGTH, reverseCreditEntryErrors } from './errors.js';

const ReverseCreditEntryInput = builder.inputType('ReverseCreditEntryInput', {
  description: 'The entry to correct and why.',
  fields: (t) => ({
    entryId: t.globalID({ required: true, for: CreditEntry, description: 'The entry to reverse (not a reversal).' }),
    reason: t.string({
      required: true,
      description: `Why it is reversed (kept on the reversal), 1 to ${MAX_REVERSAL_REASON_LENGTH} characters.`,
    }),
  }),
});

const reverseSchema = z.object({
  entryId: globalIdSchema,
  reason: z.string().transform((reason) => reason.trim()),
});

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

builder.mutationField('reverseCreditEntry', (t) =>
  t.prismaField({
    type: CreditEntry,
    description:
      'Corrects a credit-hour entry with a reversal (冲销; action credit:reverse over the school): appends a REVERSAL entry with the ' +
      'negated hours, the same category and the reason, confirmed at the reverser’s level at once (a school admin: SCHOOL_CONFIRMED; a ' +
      'district admin: DISTRICT_CONFIRMED). The entry is never edited or deleted; both stay on the ledger and the totals net them out. ' +
      'INVALID_STATE for a reversal; CONFLICT for an entry already reversed (also when two reversals race); INVALID_INPUT for an empty ' +
      `or too long reason (at most ${MAX_REVERSAL_REASON_LENGTH} characters).`,
    authorize: {
      action: 'credit:reverse',
      resource: (_root, args) => ({ kind: 'CreditEntry', id: args.input.entryId.id }),
    },
    errors: {
      types: reverseCreditEntryErrors,
      result: { description: 'The entry is reversed.' },
      dataField: { name: 'reversal', description: 'The reversal entry (its `reverses` is the corrected entry).' },
    },
    args: { input: t.arg({ type: ReverseCreditEntryInput, required: true, description: 'The entry and the reason.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(reverseSchema, args.input);
      if (input.reason.length === 0) throw inputIssue(['reason'], 'VALIDATION.creditReversalReasonRequired');
      if (input.reason.length > MAX_REVERSAL_REASON_LENGTH)
        throw inputIssue(['reason'], 'VALIDATION.creditReversalReasonLength', { max: MAX_REVERSAL_REASON_LENGTH });
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const entryId = input.entryId.id;
      const reversalId = await prisma
        .$transaction(async (tx) => {
          const entry = await tx.creditEntry.findUnique({
            where: { id: entryId },
            select: {
              programmeId: true,
              enrolmentId: true,
              teacherId: true,
              orgPath: true,
              source: true,
              category: true,
              hours: true,
              reversedBy: { select: { id: true } },
            },
          });
          if (!entry) throw new NotFoundError('CreditEntry');
          if (entry.source === 'REVERSAL') throw new InvalidStateError('creditEntryIsReversal');
          if (entry.reversedBy) throw new ConflictError('creditEntryAlreadyReversed');
          const reversal = await tx.creditEntry.create({
            data: {
              programmeId: entry.programmeId,
              enrolmentId: entry.enrolmentId,
              teacherId: entry.teacherId,
              orgPath: entry.orgPath,
              source: 'REVERSAL',
              category: entry.category,
              hours: entry.hours.negated(),
              basis: { reason: input.reason },
              enteredById: actorId,
              reversesId: entryId,
            },
            select: { id: true },
          });
          const district = scopeOf(context.viewer, 'credit:confirmDistrict').some((root) =>
            entry.orgPath.startsWith(root),
          );
          await tx.creditConfirmation.createMany({
            data: (district ? (['SCHOOL', 'DISTRICT'] as const) : (['SCHOOL'] as const)).map((level) => ({
              entryId: reversal.id,
              level,
              confirmedById: actorId,
              orgPath: entry.orgPath,
            })),
          });
          return { id: reversal.id, enrolmentId: entry.enrolmentId };
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) throw new ConflictError('creditEntryAlreadyReversed');
          throw error;
        });
      unsettleCreditCheck(prisma, [reversalId.enrolmentId]);
      return prisma.creditEntry.findUniqueOrThrow({ ...payloadQuery(query, {}), where: { id: reversalId.id } });
    },
  }),
);
