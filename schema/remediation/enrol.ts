/**
 * A school or district admin enrols a teacher who failed in a remedial round (补学, “与项目单位协商采取相应措施进行补学”):
 * in the same programme (a round on the failed enrolment; the entries already there count as earned before it) or in a
 * later programme of the district (a new enrolment at the same school, and copies of the entries earned and confirmed
 * by the district, net of reversals, marked with `carriedFromId`). One transaction; the ledger only gets INSERTs.
 * A live excellent-trainee nomination of the failed enrolment is withdrawn: remedial teachers are not eligible (此类教师
 * 不参加评优).
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { loadQualifications } from '../completion/index.js';
import { Enrolment } from '../enrolments/index.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules, selectionWindowClosesAt } from '../programmes/index.js';
import { loadScores, studyEndedAt } from '../scoring/index.js';
import {
  actingUserId,
  ClosedError,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import {
  AlreadyInRemedialRoundError,
  enrolInRemedialRoundErrors,
  NotFailedError,
  RemedialTargetNotEligibleError,
} from './errors.js';
import { loadLedger, RemedialRound, ROUND_INCLUDE } from './round.js';
import {
  carriedBasis,
  carriedEntries,
  carriedNote,
  enrolRefusal,
  excludedNote,
  MAX_REASON_LENGTH,
  nextRoundNumber,
  type ProgrammeFacts,
  standing,
  targetProblem,
} from './rules.js';

const EnrolInRemedialRoundInput = builder.inputType('EnrolInRemedialRoundInput', {
  description: 'A teacher who failed, and where they make up the study (补学).',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description:
        'The enrolment the teacher failed: score FAILED, or not qualified once the programme’s study has ended.',
    }),
    targetProgrammeId: t.globalID({
      required: false,
      for: Programme,
      description:
        'Where the round is studied: absent (or the failed programme itself) for a round in the same programme; else a later programme ' +
        'of the same district, PUBLISHED or RUNNING, with a batch that admits the teacher’s school.',
    }),
    classId: t.globalID({
      required: false,
      for: Organisation,
      description:
        'Next programme only: a class of the school for the new enrolment. Absent: the school’s first class when the programme forms ' +
        'one class per school, else none.',
    }),
    reason: t.string({
      required: true,
      description: `Why, and the measures agreed with the programme unit: 1 to ${MAX_REASON_LENGTH} characters (trimmed).`,
    }),
  }),
});

const enrolSchema = z.object({
  enrolmentId: globalIdSchema,
  targetProgrammeId: globalIdSchema.nullish(),
  classId: globalIdSchema.nullish(),
  reason: z.string().transform((reason) => reason.trim()),
});

/** A unique constraint refused a row (P2002, or the driver adapter's UniqueConstraintViolation). */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)?.driverAdapterError
    ?.cause;
  return error.code === 'P2002' || cause?.kind === 'UniqueConstraintViolation';
}

/** Waits for the failed enrolment's lock (two admins at once) and the carried copies behind it. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

const PROGRAMME_SELECT = {
  id: true,
  districtId: true,
  orgPath: true,
  status: true,
  createdAt: true,
  rules: true,
  phases: { select: { kind: true, endsOn: true } },
  batches: {
    select: { id: true, startsOn: true, position: true, selectionOpensAt: true, selectionClosesAt: true },
    orderBy: [{ position: 'asc' }, { id: 'asc' }],
  },
} satisfies Prisma.ProgrammeSelect;

type ProgrammeRow = Prisma.ProgrammeGetPayload<{ select: typeof PROGRAMME_SELECT }>;

const programmeFacts = (programme: ProgrammeRow): ProgrammeFacts => ({
  id: programme.id,
  districtId: programme.districtId,
  status: programme.status,
  startsOn: programme.batches.reduce<Date | null>(
    (first, batch) => (first === null || batch.startsOn < first ? batch.startsOn : first),
    null,
  ),
  createdAt: programme.createdAt,
});

interface Failed {
  id: string;
  teacherId: string;
  schoolId: string;
  classId: string | null;
  orgPath: string;
  programme: ProgrammeRow;
  school: { path: string; deactivatedAt: Date | null };
}

/** Whether the teacher failed the enrolment, read inside the transaction (score verdict and qualification). */
async function standingOf(tx: Transaction, failed: Failed, now: Date) {
  const [scores, qualifications] = await Promise.all([
    loadScores(tx, [failed.id], now),
    loadQualifications({ db: { prisma: tx } }, [failed.id]),
  ]);
  return standing({
    verdict: scores.get(failed.id)?.verdict ?? null,
    qualified: qualifications.get(failed.id)?.qualified ?? null,
    studyEnded: studyEndedAt(failed.programme, now),
  });
}

/** The new enrolment's class: the one asked for (a class of the school), or the school's first when the programme forms one. */
async function classFor(
  tx: Transaction,
  schoolId: string,
  asked: string | null,
  classPerSchool: boolean,
): Promise<{ id: string; path: string } | null> {
  if (asked) {
    const klass = await tx.organisation.findFirst({
      where: { id: asked, parentId: schoolId, kind: 'CLASS', deactivatedAt: null },
      select: { id: true, path: true },
    });
    if (!klass) throw new NotFoundError('Class');
    return klass;
  }
  if (!classPerSchool) return null;
  return tx.organisation.findFirst({
    where: { parentId: schoolId, kind: 'CLASS', deactivatedAt: null },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, path: true },
  });
}

/**
 * Withdraws a live (NOMINATED or CONFIRMED) excellent-trainee nomination of the enrolment, with a history entry:
 * remedial teachers are not eligible for excellent awards, and their place of the class's quota is freed.
 */
async function withdrawNomination(tx: Transaction, enrolmentId: string, actorId: string, round: number) {
  const nomination = await tx.excellentNomination.findUnique({
    where: { enrolmentId },
    select: { id: true, status: true, orgPath: true },
  });
  if (!nomination || nomination.status === 'WITHDRAWN') return;
  await tx.excellentNomination.update({
    where: { id: nomination.id },
    data: { status: 'WITHDRAWN', decidedById: actorId, decidedAt: new Date() },
  });
  await recordDecision(tx, {
    subjectType: 'ExcellentNomination',
    subjectId: nomination.id,
    actorId,
    action: 'REMEDIAL_WITHDRAW',
    fromState: nomination.status,
    toState: 'WITHDRAWN',
    comment: excludedNote(round),
    orgPath: nomination.orgPath,
  });
}

/**
 * The carried copies, INSERTed (the ledger is append-only): one per entry kept by the carry rule (same source, category, hours and evidence;
 * `carriedFromId` the original; the basis naming the round and the original), and the original's confirmation levels.
 */
async function carryOver(
  tx: Transaction,
  context: { failed: Failed; roundId: string; round: number; actorId: string; now: Date },
  target: { programmeId: string; enrolmentId: string },
): Promise<void> {
  const { failed, now } = context;
  const ledger = await loadLedger(tx, failed.id);
  const kept = carriedEntries(ledger, now);
  if (kept.length === 0) return;
  const origin = {
    remedialRoundId: context.roundId,
    round: context.round,
    programmeId: failed.programme.id,
    enrolmentId: failed.id,
  };
  const copies = kept.map((entry) => ({ entry, id: uuidv7({ msecs: now.getTime() }) }));
  await tx.creditEntry.createMany({
    data: copies.map(({ entry, id }) => ({
      id,
      programmeId: target.programmeId,
      enrolmentId: target.enrolmentId,
      teacherId: failed.teacherId,
      orgPath: failed.orgPath,
      source: entry.source,
      category: entry.category,
      hours: new Prisma.Decimal(entry.hours.toFixed(2)),
      basis: carriedBasis(entry, origin) as Prisma.InputJsonObject,
      evidenceId: entry.evidenceId,
      enteredById: context.actorId,
      note: carriedNote(context.round),
      carriedFromId: entry.id,
      createdAt: now,
    })),
  });
  const confirmations = copies.flatMap(({ entry, id }) =>
    entry.confirmations.map((confirmation) => ({
      entryId: id,
      level: confirmation.level,
      confirmedById: confirmation.confirmedById,
      orgPath: failed.orgPath,
      confirmedAt: now,
    })),
  );
  if (confirmations.length) await tx.creditConfirmation.createMany({ data: confirmations });
}

/** Checks and writes the round, in one transaction; returns its id. */
async function enrol(
  context: Context,
  input: { enrolmentId: string; targetProgrammeId: string | null; classId: string | null; reason: string },
): Promise<string> {
  const prisma = context.db.prisma;
  const actorId = actingUserId(context);
  const found = await prisma.enrolment.findUnique({
    where: { id: input.enrolmentId },
    select: {
      id: true,
      teacherId: true,
      schoolId: true,
      classId: true,
      orgPath: true,
      programme: { select: PROGRAMME_SELECT },
      school: { select: { path: true, deactivatedAt: true } },
    },
  });
  if (!found) throw new NotFoundError('Enrolment');
  const failed: Failed = found;
  const sameProgramme = !input.targetProgrammeId || input.targetProgrammeId === failed.programme.id;
  let target: ProgrammeRow = failed.programme;
  if (!sameProgramme && input.targetProgrammeId) {
    const row = await prisma.programme.findUnique({ where: { id: input.targetProgrammeId }, select: PROGRAMME_SELECT });
    // A programme the viewer cannot see is reported exactly like a missing one.
    if (!row || !context.viewer.isOnLine(row.orgPath)) throw new NotFoundError('Programme');
    target = row;
  }
  if (sameProgramme && input.classId) throw inputIssue(['classId'], 'VALIDATION.remedialClassNextOnly');

  return prisma
    .$transaction(async (tx) => {
      // One round at a time per failed enrolment (two admins at once: the second sees the first's round); the class
      // too, as nominations take it, so a nomination and a round cannot pass each other.
      await tx.$queryRaw`SELECT id FROM "Enrolment" WHERE id = ${failed.id} FOR NO KEY UPDATE`;
      if (failed.classId)
        await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${failed.classId} FOR NO KEY UPDATE`;
      const now = new Date();
      const rounds = await tx.remedialRound.findMany({
        where: { failedEnrolmentId: failed.id },
        select: { round: true, enrolmentId: true },
      });
      const admitting = sameProgramme
        ? []
        : await tx.batchSchool.findMany({
            where: { schoolId: failed.schoolId, batch: { programmeId: target.id } },
            select: { batchId: true },
          });
      const [completion, existing, teacherStanding] = await Promise.all([
        tx.schoolCompletion.findUnique({
          where: { programmeId_schoolId: { programmeId: target.id, schoolId: failed.schoolId } },
          select: { closedAt: true },
        }),
        sameProgramme
          ? Promise.resolve(null)
          : tx.enrolment.findUnique({
              where: { programmeId_teacherId: { programmeId: target.id, teacherId: failed.teacherId } },
              select: { id: true },
            }),
        standingOf(tx, failed, now),
      ]);
      const refusal = enrolRefusal({
        standing: teacherStanding,
        failedEnrolmentId: failed.id,
        rounds,
        sameProgramme,
        target: targetProblem(programmeFacts(failed.programme), programmeFacts(target), admitting.length > 0),
        schoolDeactivated: failed.school.deactivatedAt !== null,
        schoolClosed: completion?.closedAt != null,
        alreadyEnrolled: existing !== null,
      });
      switch (refusal?.code) {
        case 'NOT_FAILED':
          throw new NotFailedError(refusal.because);
        case 'ALREADY_IN_ROUND':
          throw new AlreadyInRemedialRoundError(refusal.round.round, refusal.round.enrolmentId === failed.id);
        case 'TARGET_NOT_ELIGIBLE':
          throw new RemedialTargetNotEligibleError(refusal.problem);
        case 'SCHOOL_DEACTIVATED':
          throw new InvalidStateError('remedialSchoolDeactivated');
        case 'CLOSED':
          throw new ClosedError();
        case 'ALREADY_ENROLLED':
          throw new ConflictError('remedialAlreadyEnrolled');
      }
      const round = nextRoundNumber(rounds);
      const roundId = uuidv7({ msecs: now.getTime() });

      let enrolmentId = failed.id;
      if (!sameProgramme) {
        const rules = parseProgrammeRules(target.rules);
        const batch = target.batches.find((candidate) => admitting.some((a) => a.batchId === candidate.id));
        if (!batch) throw new RemedialTargetNotEligibleError('SCHOOL_NOT_ADMITTED');
        const klass = await classFor(tx, failed.schoolId, input.classId, rules.enrolment.classPerSchool);
        const created = await tx.enrolment.create({
          data: {
            programmeId: target.id,
            batchId: batch.id,
            schoolId: failed.schoolId,
            classId: klass?.id ?? null,
            teacherId: failed.teacherId,
            orgPath: failed.orgPath,
            enrolledAt: now,
            selectionDueAt: selectionWindowClosesAt(now, rules.selection, batch),
          },
          select: { id: true },
        });
        enrolmentId = created.id;
        if (klass)
          await tx.roleAssignment.createMany({
            data: [{ userId: failed.teacherId, role: 'TEACHER', organisationId: klass.id, orgPath: klass.path }],
            skipDuplicates: true,
          });
        await recordDecision(tx, {
          subjectType: 'Enrolment',
          subjectId: enrolmentId,
          actorId,
          action: 'ENROL_REMEDIAL',
          toState: 'ENROLLED',
          comment: input.reason,
          orgPath: failed.orgPath,
        });
      }
      await tx.remedialRound.create({
        data: {
          id: roundId,
          failedEnrolmentId: failed.id,
          enrolmentId,
          round,
          reason: input.reason,
          orgPath: failed.orgPath,
          createdById: actorId,
          startedAt: now,
        },
        select: { id: true },
      });
      if (!sameProgramme)
        await carryOver(tx, { failed, roundId, round, actorId, now }, { programmeId: target.id, enrolmentId });
      await withdrawNomination(tx, failed.id, actorId, round);
      await recordDecision(tx, {
        subjectType: 'RemedialRound',
        subjectId: roundId,
        actorId,
        action: 'ENROL',
        toState: sameProgramme ? 'SAME_PROGRAMME' : 'NEXT_PROGRAMME',
        comment: input.reason,
        orgPath: failed.orgPath,
      });
      return roundId;
    }, TRANSACTION_OPTIONS)
    .catch((error: unknown) => {
      // The locks make these rare: another round, or an enrolment of the teacher in the target, written meanwhile.
      if (isUniqueViolation(error))
        throw sameProgramme
          ? new ConflictError('remedialRoundMeanwhile')
          : new ConflictError('remedialAlreadyEnrolled');
      throw error;
    });
}

builder.mutationField('enrolInRemedialRound', (t) =>
  t.prismaField({
    type: RemedialRound,
    description:
      'A school or district admin over the teacher’s school enrols a teacher who failed in a remedial round (补学; action ' +
      'remediation:enrol over the failed enrolment). Without `targetProgrammeId` the round is studied in the same programme: a round on the ' +
      'failed enrolment, nothing copied (the entries appended before `startedAt` are the ones earned before it). With a later programme of ' +
      'the district (PUBLISHED or RUNNING, a batch admitting the school) the teacher is enrolled there at the same school and the ledger ' +
      'entries confirmed by the district, net of reversals, are copied into the new enrolment marked as carried over (`carriedFrom`), ' +
      'confirmed at the levels the originals were. A live excellent-trainee nomination of the failed enrolment is withdrawn: remedial ' +
      'teachers are not eligible for excellent awards. Refused with NOT_FAILED, ALREADY_IN_REMEDIAL_ROUND, REMEDIAL_TARGET_NOT_ELIGIBLE, ' +
      'CLOSED (the school closed in the target programme), INVALID_STATE (the school is deactivated) or CONFLICT (the teacher is already ' +
      'enrolled in the target); nothing changes then. One transaction; two admins at once make one round.',
    authorize: {
      action: 'remediation:enrol',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
      afterClosing: 'allowed',
      afterClosingReason:
        'A round is a record of the programme it is studied in, which may be later than the failed one: the mutation refuses with CLOSED ' +
        'itself when the school closed in that programme (a same-programme round in a closed school included).',
    },
    errors: {
      types: enrolInRemedialRoundErrors,
      result: { description: 'The teacher is enrolled in the remedial round.' },
      dataField: { name: 'round', description: 'The new round.' },
    },
    args: {
      input: t.arg({ type: EnrolInRemedialRoundInput, required: true, description: 'The teacher and the round.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(enrolSchema, args.input);
      if (!input.reason) throw inputIssue(['reason'], 'VALIDATION.remedialReasonRequired');
      if (input.reason.length > MAX_REASON_LENGTH)
        throw inputIssue(['reason'], 'VALIDATION.remedialReasonLength', { max: MAX_REASON_LENGTH });
      const roundId = await enrol(context, {
        enrolmentId: input.enrolmentId.id,
        targetProgrammeId: input.targetProgrammeId?.id ?? null,
        classId: input.classId?.id ?? null,
        reason: input.reason,
      });
      return context.db.prisma.remedialRound.findUniqueOrThrow({
        ...payloadQuery(query, ROUND_INCLUDE),
        where: { id: roundId },
      });
    },
  }),
);
