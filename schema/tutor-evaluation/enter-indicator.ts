import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { MAX_COMMENT_LENGTH, Programme } from '../programmes/index.js';
import { actingUserId, InvalidStateError, NotFoundError, parseInput } from '../shared/index.js';
import { User } from '../users/index.js';
import { enterErrors, NotAnEnteredIndicatorError } from './errors.js';
import { evaluationResourceId, loadOneEvaluation, TutorEvaluation } from './evaluation.js';
import { loadProgrammeSetting } from './facts.js';

const EnterTutorIndicatorInput = builder.inputType('EnterTutorIndicatorInput', {
  description: 'The district’s score and comment for one ENTERED indicator of a tutor’s evaluation.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    classId: t.globalID({ required: true, for: Organisation, description: 'The tutor’s class.' }),
    tutorId: t.globalID({ required: true, for: User, description: 'The tutor (CLASS_TUTOR of the class).' }),
    key: t.string({ required: true, description: 'Key of an ENTERED indicator of rules.tutorEvaluation.' }),
    score: t.float({ required: true, description: '0 to 100: the share of the indicator’s weight earned.' }),
    comment: t.string({
      required: false,
      description: `Why, for the tutor and the school: at most ${MAX_COMMENT_LENGTH} characters (trimmed).`,
    }),
  }),
});

const enterSchema = z.object({
  key: z.string().trim().min(1).max(40),
  score: z.number().min(0).max(100),
  comment: z.string().trim().max(MAX_COMMENT_LENGTH).nullish(),
});

/**
 * The id of a tutor's evaluation row, created on first use, in `tx`. One statement that simultaneous first uses agree
 * on (INSERT … ON CONFLICT takes the row's lock, so they serialise instead of failing on the unique key).
 */
export async function evaluationRow(tx: Transaction, programmeId: string, classId: string, tutorId: string) {
  const [row] = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "TutorEvaluation" (id, "programmeId", "tutorId", "classId", "orgPath", "updatedAt")
    SELECT ${uuidv7()}, ${programmeId}, ${tutorId}, c.id, c.path, now() AT TIME ZONE 'UTC'
      FROM "Organisation" c WHERE c.id = ${classId}
    ON CONFLICT ("programmeId", "classId", "tutorId") DO UPDATE SET "updatedAt" = EXCLUDED."updatedAt"
    RETURNING id`;
  if (!row) throw new NotFoundError('Class');
  return row;
}

builder.mutationField('enterTutorIndicator', (t) =>
  t.field({
    type: TutorEvaluation,
    description:
      'The district enters (or replaces) its score 0–100 and comment for an ENTERED indicator of a tutor’s evaluation (action tutor:evaluate); ' +
      'the evaluation is created on first use. Refused with NOT_AN_ENTERED_INDICATOR for a key that is not an ENTERED indicator, and ' +
      'INVALID_STATE when the programme does not evaluate its tutors.',
    authorize: {
      action: 'tutor:evaluate',
      resource: (_root, args) => ({
        kind: 'TutorEvaluation',
        id: evaluationResourceId(args.input.programmeId.id, args.input.classId.id, args.input.tutorId.id),
      }),
    },
    errors: {
      types: enterErrors,
      result: { description: 'The entry is stored.' },
      dataField: { name: 'evaluation', description: 'The tutor’s evaluation with the new entry.' },
    },
    args: { input: t.arg({ type: EnterTutorIndicatorInput, required: true, description: 'The entry.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(enterSchema, args.input);
      const programmeId = args.input.programmeId.id;
      const classId = args.input.classId.id;
      const tutorId = args.input.tutorId.id;
      const prisma = context.db.prisma;
      const setting = await loadProgrammeSetting(prisma, programmeId);
      if (!setting?.tutorEvaluation) throw new InvalidStateError('tutorEvaluationNotSet');
      const indicator = setting.tutorEvaluation.indicators.find((i) => i.key === input.key);
      if (indicator?.source !== 'ENTERED') throw new NotAnEnteredIndicatorError(input.key, indicator?.source ?? null);
      const actorId = actingUserId(context);
      await prisma.$transaction(async (tx) => {
        const evaluation = await evaluationRow(tx, programmeId, classId, tutorId);
        const entry = {
          score: input.score,
          comment: input.comment || null,
          enteredById: actorId,
          enteredAt: new Date(),
        };
        await tx.$executeRaw`
          INSERT INTO "TutorIndicatorEntry" ("evaluationId", key, score, comment, "enteredById", "enteredAt")
          VALUES (${evaluation.id}, ${input.key}, ${entry.score}, ${entry.comment}, ${actorId}, now() AT TIME ZONE 'UTC')
          ON CONFLICT ("evaluationId", key) DO UPDATE
            SET score = EXCLUDED.score, comment = EXCLUDED.comment, "enteredById" = EXCLUDED."enteredById",
                "enteredAt" = EXCLUDED."enteredAt"`;
      });
      const view = await loadOneEvaluation(context, programmeId, classId, tutorId);
      if (!view) throw new InvalidStateError('tutorEvaluationNotSet');
      return view;
    },
  }),
);
