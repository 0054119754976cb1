import { z } from 'zod';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { publishProgress } from '../live/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { rejectShareErrors } from './errors.js';
import { MAX_REJECT_REASON_LENGTH, rejectRefusal } from './rules.js';
import { SHARE_INCLUDE, Share } from './share.js';

const RejectShareInput = builder.inputType('RejectShareInput', {
  description: 'A class tutor rejects a share that breaks the rules.',
  fields: (t) => ({
    shareId: t.globalID({
      required: true,
      for: Share,
      description: 'An ACTIVE share of a teacher of the tutor’s class.',
    }),
    reason: t.string({
      required: true,
      description: `Why it breaks the rules, for the teacher: 1 to ${MAX_REJECT_REASON_LENGTH} characters.`,
    }),
  }),
});

const rejectSchema = z.object({
  shareId: globalIdSchema,
  reason: z.string().trim().min(1).max(MAX_REJECT_REASON_LENGTH),
});

const REFUSALS = { REJECT_DISABLED: 'shareRejectDisabled', ALREADY_REJECTED: 'shareAlreadyRejected' } as const;

builder.mutationField('rejectShare', (t) =>
  t.prismaField({
    type: Share,
    description:
      'A tutor of the teacher’s class rejects an ACTIVE share that breaks the rules, with a reason (action share:reject): it becomes REJECTED ' +
      'and no longer counts. Only where the programme lets tutors reject (`rules.shares.tutorMayReject`). Recorded in the share’s history (REJECT).',
    authorize: {
      action: 'share:reject',
      resource: (_root, args) => ({ kind: 'Share', id: args.input.shareId.id }),
    },
    errors: {
      types: rejectShareErrors,
      result: { description: 'The share is rejected.' },
      dataField: { name: 'share', description: 'The rejected share.' },
    },
    args: { input: t.arg({ type: RejectShareInput, required: true, description: 'The share and the reason.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(rejectSchema, args.input);
      const actorId = actingUserId(context);
      const shareId = input.shareId.id;
      await context.db.prisma.$transaction(async (tx) => {
        const share = await tx.share.findUnique({
          where: { id: shareId },
          select: { status: true, orgPath: true, enrolment: { select: { programme: { select: { rules: true } } } } },
        });
        if (!share) throw new NotFoundError('Share');
        const refusal = rejectRefusal(
          parseProgrammeRules(share.enrolment.programme.rules).shares.tutorMayReject,
          share.status,
        );
        if (refusal) throw new InvalidStateError(REFUSALS[refusal]);
        const { count } = await tx.share.updateMany({
          where: { id: shareId, status: 'ACTIVE' },
          data: { status: 'REJECTED', rejectedReason: input.reason, rejectedById: actorId, rejectedAt: new Date() },
        });
        if (count !== 1) throw new InvalidStateError('shareAlreadyRejected');
        await recordDecision(tx, {
          subjectType: 'Share',
          subjectId: shareId,
          actorId,
          action: 'REJECT',
          fromState: 'ACTIVE',
          toState: 'REJECTED',
          comment: input.reason,
          orgPath: share.orgPath,
        });
      });
      await publishProgress(context, 'SHARE', { shares: { some: { id: shareId } } });
      return context.db.prisma.share.findUniqueOrThrow({
        ...payloadQuery(query, SHARE_INCLUDE),
        where: { id: shareId },
      });
    },
  }),
);
