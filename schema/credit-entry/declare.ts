/**
 * The school declares its training finished in a programme (全校培训完成): the moment is recorded once on its
 * SchoolCompletion and opens the offline-hours entry window (rules.hours.entryWindowDays days, Xinbei 7).
 *
 * Decision: idempotent. A second declaration changes nothing and returns the first moment with `alreadyFinished`
 * true: a retried request (a lost response, a double click) must not fail, and the window must never move.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { actingUserId, ClosedError, globalIdSchema, InvalidStateError, parseInput } from '../shared/index.js';
import { CreditEntryWindow, declareFinishedErrors } from './errors.js';
import { ENTRY_PROGRAMME_STATUSES, type EntryWindow } from './rules.js';
import { loadSchoolTarget, windowOf } from './target.js';

interface DeclaredShape {
  finishedAt: Date;
  alreadyFinished: boolean;
  window: EntryWindow;
}

const DeclareSchoolTrainingFinishedPayload = builder
  .objectRef<DeclaredShape>('DeclareSchoolTrainingFinishedPayload')
  .implement({
    description: 'The school’s training is finished in the programme.',
    fields: (t) => ({
      finishedAt: t.field({
        type: 'DateTime',
        description: 'When the school declared it (the first declaration: it never moves).',
        resolve: (declared) => declared.finishedAt,
      }),
      alreadyFinished: t.exposeBoolean('alreadyFinished', {
        description: 'True when it had been declared before: this call changed nothing.',
      }),
      entryWindow: t.field({
        type: CreditEntryWindow,
        description: 'The offline-hours entry window it opened.',
        resolve: (declared) => declared.window,
      }),
    }),
  });

const DeclareSchoolTrainingFinishedInput = builder.inputType('DeclareSchoolTrainingFinishedInput', {
  description: 'The school whose training is finished in a programme.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme (PUBLISHED or RUNNING).' }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school (in one of the programme’s batches); the viewer must be its school admin.',
    }),
  }),
});

const declareSchema = z.object({ programmeId: globalIdSchema, schoolId: globalIdSchema });

builder.mutationField('declareSchoolTrainingFinished', (t) =>
  t.field({
    type: DeclareSchoolTrainingFinishedPayload,
    description:
      'The school admin declares the school’s training finished in the programme (全校培训完成; action credit:enter over the school). ' +
      'Recorded once: it opens the offline-hours entry window of rules.hours.entryWindowDays days (Xinbei 7: 全校培训完成后一周内). ' +
      'Idempotent: declaring again changes nothing and returns the first moment (`alreadyFinished` true). INVALID_STATE when the school ' +
      'is in no batch of the programme or the programme is not PUBLISHED or RUNNING; CLOSED once the school closed.',
    authorize: {
      action: 'credit:enter',
      resource: (_root, args) => ({
        kind: 'School',
        id: args.input.schoolId.id,
        programmeId: args.input.programmeId.id,
      }),
    },
    errors: { types: declareFinishedErrors, directResult: true },
    args: {
      input: t.arg({
        type: DeclareSchoolTrainingFinishedInput,
        required: true,
        description: 'The programme and school.',
      }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(declareSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const target = await loadSchoolTarget(prisma, input.programmeId.id, input.schoolId.id);
      if (!target.taking) throw new InvalidStateError('creditSchoolNotInProgramme');
      if (!ENTRY_PROGRAMME_STATUSES.includes(target.programmeStatus))
        throw new InvalidStateError('creditProgrammeNotOpen', { status: target.programmeStatus });
      const where = { programmeId: target.programmeId, schoolId: target.schoolId };
      const now = new Date();
      const { completion, set } = await prisma.$transaction(async (tx) => {
        // INSERT … ON CONFLICT DO NOTHING, then set finishedAt only where it is still empty: two declarations at once
        // record one moment, and neither fails.
        const inserted = await tx.schoolCompletion.createMany({
          data: [{ ...where, orgPath: target.schoolPath, finishedAt: now, finishedById: actorId }],
          skipDuplicates: true,
        });
        const updated =
          inserted.count === 1
            ? { count: 0 }
            : await tx.schoolCompletion.updateMany({
                where: { ...where, finishedAt: null, closedAt: null },
                data: { finishedAt: now, finishedById: actorId },
              });
        const completion = await tx.schoolCompletion.findUniqueOrThrow({
          where: { programmeId_schoolId: where },
          select: { finishedAt: true, closedAt: true },
        });
        return { completion, set: inserted.count + updated.count === 1 };
      });
      if (!set && completion.closedAt) throw new ClosedError();
      const finishedAt = completion.finishedAt ?? now;
      return {
        finishedAt,
        alreadyFinished: !set,
        window: windowOf({ ...target, finishedAt, closedAt: completion.closedAt }),
      };
    },
  }),
);
