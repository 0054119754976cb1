import { z } from 'zod';
import { builder } from '../builder.js';
import { Enrolment } from '../enrolments/index.js';
import { recordDecision } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { latestRemedialRounds, RemedialExcludedError } from '../remediation/index.js';
import { loadScores } from '../scoring/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { AlreadyNominatedError, ExcellentQuotaFullError, NotPassedError, nominateErrors } from './errors.js';
import { ExcellentNomination, NOMINATION_INCLUDE } from './nomination.js';
import {
  excellentQuota,
  MAX_NOMINATION_COMMENT_LENGTH,
  type NominationStatusValue,
  nominateRefusal,
  PLACE_TAKING,
  quotaFull,
} from './rules.js';
import { NOMINATION_TRANSACTION_OPTIONS } from './transition.js';

const NominateExcellentInput = builder.inputType('NominateExcellentInput', {
  description: 'A class tutor nominates a teacher of their class as an excellent trainee (优秀学员).',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The enrolment of a teacher of the tutor’s class who has PASSED.',
    }),
    comment: t.string({
      required: false,
      description: `Why the teacher deserves it, for the district: at most ${MAX_NOMINATION_COMMENT_LENGTH} characters (trimmed).`,
    }),
  }),
});

const nominateSchema = z.object({
  enrolmentId: globalIdSchema,
  comment: z.string().trim().max(MAX_NOMINATION_COMMENT_LENGTH).nullish(),
});

builder.mutationField('nominateExcellent', (t) =>
  t.prismaField({
    type: ExcellentNomination,
    description:
      'A tutor of the teacher’s class nominates them an excellent trainee (优秀学员) (action excellent:nominate); the district then confirms or ' +
      'declines. Refused with INVALID_STATE when the programme does not score or the teacher is in no class, ALREADY_NOMINATED when they hold ' +
      'a NOMINATED or CONFIRMED nomination, NOT_PASSED unless their verdict is PASSED, and EXCELLENT_QUOTA_FULL when the class’s places ' +
      '(quota rate × enrolled teachers, rounded down) are taken. Nominations of one class are taken one at a time, so simultaneous ones never ' +
      'exceed the quota. A teacher in a remedial round (补学) is refused with REMEDIAL_EXCLUDED: remedial teachers are not eligible for ' +
      'excellent awards (此类教师不参加评优). A WITHDRAWN nomination of the teacher is renewed. Recorded in the nomination’s history (NOMINATE).',
    authorize: {
      action: 'excellent:nominate',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: [...nominateErrors, RemedialExcludedError],
      result: { description: 'The teacher is nominated.' },
      dataField: { name: 'nomination', description: 'The nomination, NOMINATED.' },
    },
    args: {
      input: t.arg({ type: NominateExcellentInput, required: true, description: 'The teacher and the reasons.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(nominateSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const enrolment = await prisma.enrolment.findUnique({
        where: { id: input.enrolmentId.id },
        select: { id: true, programmeId: true, classId: true, programme: { select: { rules: true } } },
      });
      if (!enrolment) throw new NotFoundError('Enrolment');
      const scoring = parseProgrammeRules(enrolment.programme.rules).scoring;
      const classId = enrolment.classId;
      if (classId === null) throw new InvalidStateError('excellentNoClass');
      if (!scoring) throw new InvalidStateError('excellentNoScoring');
      const verdict = (await loadScores(prisma, [enrolment.id])).get(enrolment.id)?.verdict ?? null;

      const nominationId = await prisma.$transaction(async (tx) => {
        // One nomination at a time per class, so simultaneous ones cannot all see a free place. NO KEY UPDATE does not
        // block the enrolments and other rows that merely refer to the class.
        const [klass] = await tx.$queryRaw<Array<{ path: string }>>`
          SELECT path FROM "Organisation" WHERE id = ${classId} FOR NO KEY UPDATE`;
        if (!klass) throw new NotFoundError('Class');
        // Read under the class's lock, which enrolling in a remedial round takes too: a round and a nomination never pass.
        const remedialRound = (await latestRemedialRounds(tx, [enrolment.id])).get(enrolment.id);
        if (remedialRound !== undefined) throw new RemedialExcludedError(remedialRound);
        const existing = await tx.excellentNomination.findUnique({
          where: { enrolmentId: enrolment.id },
          select: { id: true, status: true },
        });
        const refusal = nominateRefusal({ hasClass: true, scores: true, verdict, existing: existing?.status ?? null });
        if (refusal === 'ALREADY_NOMINATED' && existing) throw new AlreadyNominatedError(existing.status);
        if (refusal === 'NOT_PASSED') throw new NotPassedError(verdict);
        const place = { classId, programmeId: enrolment.programmeId };
        const enrolled = await tx.enrolment.count({ where: place });
        const taken = await tx.excellentNomination.count({ where: { ...place, status: { in: [...PLACE_TAKING] } } });
        const quota = excellentQuota(scoring.excellentQuotaRate, enrolled);
        if (quotaFull(quota, taken)) throw new ExcellentQuotaFullError(quota, taken);
        const fresh = {
          status: 'NOMINATED' as const,
          comment: input.comment || null,
          nominatedById: actorId,
          nominatedAt: new Date(),
          decidedById: null,
          decidedAt: null,
          classId,
          orgPath: klass.path,
        };
        const saved = existing
          ? await tx.excellentNomination.update({ where: { id: existing.id }, data: fresh, select: { id: true } })
          : await tx.excellentNomination.create({
              data: { ...fresh, programmeId: enrolment.programmeId, enrolmentId: enrolment.id },
              select: { id: true },
            });
        await recordDecision(tx, {
          subjectType: 'ExcellentNomination',
          subjectId: saved.id,
          actorId,
          action: 'NOMINATE',
          fromState: (existing?.status ?? null) as NominationStatusValue | null,
          toState: 'NOMINATED',
          comment: fresh.comment,
          orgPath: klass.path,
        });
        return saved.id;
      }, NOMINATION_TRANSACTION_OPTIONS);
      return prisma.excellentNomination.findUniqueOrThrow({
        ...payloadQuery(query, NOMINATION_INCLUDE),
        where: { id: nominationId },
      });
    },
  }),
);
