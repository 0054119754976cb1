/**
 * A district extends the selection window of one teacher, or of every teacher of one school in a
 * programme: the new deadline is kept apart from the batch's (`selectionDueExtended`), so later
 * changes to the batch's window or the programme's days leave it alone, and each extension is an
 * entry of the enrolment's history (from and to: the deadlines, ISO-8601).
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { commentSchema, MAX_COMMENT_LENGTH, Programme } from '../programmes/index.js';
import {
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { ENROLMENT_INCLUDE, Enrolment } from './enrolment.js';
import { ExtensionTooEarlyError, extendSelectionWindowErrors } from './errors.js';

const ExtendSelectionWindowInput = builder.inputType('ExtendSelectionWindowInput', {
  description:
    'Whose selection window to extend, until when, and why: give `enrolmentId` (one teacher), or `programmeId` and `schoolId` (every teacher of the school in the programme).',
  fields: (t) => ({
    enrolmentId: t.globalID({ required: false, for: Enrolment, description: 'One teacher’s enrolment.' }),
    programmeId: t.globalID({ required: false, for: Programme, description: 'With schoolId: the programme.' }),
    schoolId: t.globalID({
      required: false,
      for: Organisation,
      description: 'With programmeId: a school enrolled in one of the programme’s batches.',
    }),
    until: t.field({
      type: 'DateTime',
      required: true,
      description: 'The new deadline: later than now and than the current deadline.',
    }),
    comment: t.string({
      required: false,
      description: `Why; kept in each enrolment’s history. At most ${MAX_COMMENT_LENGTH} characters.`,
    }),
  }),
});

interface ExtendSelectionWindowResult {
  enrolmentId: string | null;
  extended: number;
  until: Date;
}

const ExtendSelectionWindowPayload = builder
  .objectRef<ExtendSelectionWindowResult>('ExtendSelectionWindowPayload')
  .implement({
    description: 'The windows are extended.',
    fields: (t) => ({
      extended: t.exposeInt('extended', {
        description:
          'Enrolments whose deadline moved to `until` (for a school: those whose window closed before it; teachers without a window, or already given a later deadline, keep theirs).',
      }),
      until: t.expose('until', { type: 'DateTime', description: 'The new deadline.' }),
      enrolment: t.prismaField({
        type: 'Enrolment',
        nullable: true,
        description: 'The enrolment, when one teacher’s window was extended; null for a school.',
        resolve: (query, result, _args, context) =>
          result.enrolmentId === null
            ? null
            : context.db.prisma.enrolment.findUnique({
                ...payloadQuery(query, ENROLMENT_INCLUDE),
                where: { id: result.enrolmentId },
              }),
      }),
    }),
  });

const extendSchema = z.object({
  enrolmentId: globalIdSchema.nullish(),
  programmeId: globalIdSchema.nullish(),
  schoolId: globalIdSchema.nullish(),
  until: z.date(),
  comment: commentSchema.nullish(),
});

type Target = { enrolmentId: string } | { programmeId: string; schoolId: string };

/** Which form the input takes: one enrolment, or a programme and school; anything else is refused as invalid input. */
function targetOf(input: {
  enrolmentId?: { id: string } | null;
  programmeId?: { id: string } | null;
  schoolId?: { id: string } | null;
}): Target {
  const { enrolmentId, programmeId, schoolId } = input;
  if (enrolmentId && !programmeId && !schoolId) return { enrolmentId: enrolmentId.id };
  if (!enrolmentId && programmeId && schoolId) return { programmeId: programmeId.id, schoolId: schoolId.id };
  throw inputIssue([], 'VALIDATION.extensionTarget');
}

/** The enrolments an extension is about, as SQL over "Enrolment" AS e. */
const targetSql = (target: Target) =>
  'enrolmentId' in target
    ? Prisma.sql`e.id = ${target.enrolmentId}`
    : Prisma.sql`e."programmeId" = ${target.programmeId} AND e."schoolId" = ${target.schoolId}`;

/**
 * Moves the deadline of every targeted enrolment whose window closes before `until`, and writes one
 * history entry each: two statements, however many teachers. Returns the enrolments extended.
 */
async function extendWindows(
  tx: Transaction,
  target: Target,
  until: Date,
  actorId: string | null,
  comment: string | null,
): Promise<number> {
  const to = until.toISOString();
  const moved = await tx.$queryRaw<Array<{ id: string; orgPath: string; previous: string }>>`
    UPDATE "Enrolment" AS e SET "selectionDueAt" = (${to}::timestamptz AT TIME ZONE 'UTC'), "selectionDueExtended" = true
      FROM (SELECT e.id, e."selectionDueAt" AS due FROM "Enrolment" AS e
             WHERE ${targetSql(target)} AND e."selectionDueAt" IS NOT NULL
               AND e."selectionDueAt" < (${to}::timestamptz AT TIME ZONE 'UTC')
             FOR UPDATE) AS old
     WHERE e.id = old.id
    RETURNING e.id, e."orgPath", to_char(old.due, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS previous`;
  if (moved.length === 0) return 0;
  const at = new Date().toISOString();
  await tx.$executeRaw`
    INSERT INTO "Decision" (id, "subjectType", "subjectId", "actorId", action, "fromState", "toState", comment, "orgPath", "createdAt")
    SELECT v.id, 'Enrolment', v.subject_id, ${actorId}, 'EXTEND_WINDOW', v.from_state, ${to}, ${comment}, v.org_path, (${at}::timestamptz AT TIME ZONE 'UTC')
      FROM unnest(${moved.map(() => uuidv7())}::text[], ${moved.map((m) => m.id)}::text[], ${moved.map((m) => m.previous)}::text[],
                  ${moved.map((m) => m.orgPath)}::text[]) AS v(id, subject_id, from_state, org_path)`;
  return moved.length;
}

builder.mutationField('extendSelectionWindow', (t) =>
  t.field({
    type: ExtendSelectionWindowPayload,
    description:
      'Extends the selection window of one teacher (`enrolmentId`) or of every teacher of a school in a programme (`programmeId`, `schoolId`) ' +
      'to `until`, which must be later than now and than the current deadline (EXTENSION_TOO_EARLY; for a school, than the earliest of its ' +
      'teachers’: those already given a later deadline keep theirs). An extended deadline stays when the batch’s window or the programme’s days ' +
      'change later. Teachers without a window have nothing to extend (INVALID_STATE). Each extension is written to the enrolment’s history ' +
      '(EXTEND_WINDOW, from and to the deadlines). Only the district’s admins may; not once the programme is CLOSED. All or nothing.',
    authorize: {
      action: 'programme:manage',
      resource: (_root, args) => {
        const target = targetOf(args.input);
        return 'enrolmentId' in target
          ? { kind: 'Enrolment', id: target.enrolmentId }
          : { kind: 'Programme', id: target.programmeId };
      },
    },
    errors: { types: extendSelectionWindowErrors, directResult: true },
    args: { input: t.arg({ type: ExtendSelectionWindowInput, required: true }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(extendSchema, args.input);
      const target = targetOf(input);
      const prisma = context.db.prisma;
      if (input.until.getTime() <= Date.now()) throw new ExtensionTooEarlyError('notInFuture', input.until, null);

      const programme = await prisma.programme.findFirst({
        where:
          'enrolmentId' in target
            ? { enrolments: { some: { id: target.enrolmentId } } }
            : { id: target.programmeId, batches: { some: { schools: { some: { schoolId: target.schoolId } } } } },
        select: { status: true },
      });
      if (!programme) throw new NotFoundError('enrolmentId' in target ? 'Enrolment' : 'School');
      if (programme.status === 'CLOSED') throw new InvalidStateError('programmeClosed');

      const extended = await prisma.$transaction(async (tx) => {
        const count = await extendWindows(
          tx,
          target,
          input.until,
          context.viewer.user?.id ?? null,
          input.comment || null,
        );
        if (count > 0) return count;
        // Nothing moved: say why (the transaction changed nothing).
        const where =
          'enrolmentId' in target
            ? { id: target.enrolmentId }
            : { programmeId: target.programmeId, schoolId: target.schoolId };
        const { _min } = await tx.enrolment.aggregate({ where, _min: { selectionDueAt: true } });
        if (_min.selectionDueAt === null) throw new InvalidStateError('noSelectionWindow');
        throw new ExtensionTooEarlyError('notLater', input.until, _min.selectionDueAt);
      });
      return {
        enrolmentId: 'enrolmentId' in target ? target.enrolmentId : null,
        extended,
        until: input.until,
      };
    },
  }),
);
