/**
 * Confirming entries in bulk: the school (PENDING → SCHOOL_CONFIRMED) and the district (SCHOOL_CONFIRMED →
 * DISTRICT_CONFIRMED, 审核确认). Each call is one transaction that confirms every eligible entry and reports every
 * other one with its code (a confirmation is not all or nothing: an entry a colleague confirmed meanwhile must not
 * block the rest).
 *
 * Concurrency: confirmations are appended with INSERT … ON CONFLICT ("entryId", level) DO NOTHING RETURNING: of two
 * admins confirming the same entries at once, one inserts each confirmation and the other, waiting on the unique index,
 * inserts nothing for it and reports the row ALREADY_CONFIRMED. No duplicate, no failed batch.
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { CreditEntry, CreditLevel } from '../credit-hours/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  scopeOf,
} from '../shared/index.js';
import { rowMessage } from './enter.js';
import { CreditRowErrorCodeEnum, CreditRowOutcome, confirmCreditErrors } from './errors.js';
import {
  type ConfirmLevel,
  confirmationProblem,
  ENTRY_PROGRAMME_STATUSES,
  MAX_CONFIRM_IDS,
  type RowProblem,
  stateOf,
} from './rules.js';
import { loadSchoolTarget } from './target.js';

interface ConfirmRow {
  entryId: string;
  problem: RowProblem | null;
}

interface ConfirmResult {
  level: ConfirmLevel;
  confirmed: number;
  refused: number;
  rows: ConfirmRow[];
}

const CreditConfirmationRowResult = builder.objectRef<ConfirmRow>('CreditConfirmationRowResult').implement({
  description: 'The result of confirming one entry.',
  fields: (t) => ({
    entryId: t.globalID({
      description: 'The entry (a CreditEntry global ID).',
      resolve: (row) => ({ type: 'CreditEntry', id: row.entryId }),
    }),
    outcome: t.field({
      type: CreditRowOutcome,
      description: 'OK: confirmed now; ERROR: not confirmed by this call, see code and message.',
      resolve: (row) => (row.problem ? 'ERROR' : 'OK'),
    }),
    code: t.field({
      type: CreditRowErrorCodeEnum,
      nullable: true,
      description:
        'Why it was not confirmed: ALREADY_CONFIRMED (also when a colleague confirmed it at the same moment), NOT_SCHOOL_CONFIRMED, ' +
        'CLOSED, ENTRY_NOT_FOUND, OTHER_PROGRAMME, OTHER_SCHOOL; null when OK.',
      resolve: (row) => row.problem?.code ?? null,
    }),
    message: t.string({
      nullable: true,
      description: 'Why, for people, in the request’s language; null when OK.',
      resolve: (row, _args, context) => rowMessage(row.problem, context.locale),
    }),
  }),
});

const ConfirmCreditEntriesPayload = builder.objectRef<ConfirmResult>('ConfirmCreditEntriesPayload').implement({
  description:
    'Every entry asked about (or, without entryIds, every one awaiting the level) with its result. The eligible entries are confirmed; ' +
    'the others are reported and left as they are.',
  fields: (t) => ({
    level: t.field({ type: CreditLevel, description: 'SCHOOL or DISTRICT.', resolve: (result) => result.level }),
    confirmed: t.exposeInt('confirmed', { description: 'Entries confirmed by this call.' }),
    refused: t.exposeInt('refused', { description: 'Entries not confirmed by this call (see their rows).' }),
    rows: t.field({
      type: [CreditConfirmationRowResult],
      description: 'Every entry, in the order asked (without entryIds: oldest first).',
      resolve: (result) => result.rows,
    }),
  }),
});

interface Candidate {
  id: string;
  programmeId: string;
  schoolId: string;
  orgPath: string;
  levels: string[];
  closed: boolean;
}

/** The entries asked about (or awaiting the level in the programme and school), with their state: one statement. */
async function candidates(
  tx: Transaction,
  level: ConfirmLevel,
  scope: { programmeId: string; schoolId: string | null; entryIds: string[] | null },
): Promise<Candidate[]> {
  const where = scope.entryIds
    ? Prisma.sql`e.id = ANY(${scope.entryIds}::text[])`
    : scope.schoolId
      ? Prisma.sql`e."programmeId" = ${scope.programmeId} AND en."schoolId" = ${scope.schoolId}`
      : Prisma.sql`e."programmeId" = ${scope.programmeId}`;
  const awaiting = scope.entryIds
    ? Prisma.empty
    : level === 'SCHOOL'
      ? Prisma.sql`HAVING count(c.id) = 0`
      : Prisma.sql`HAVING bool_or(c.level = 'SCHOOL') AND NOT bool_or(c.level = 'DISTRICT')`;
  return tx.$queryRaw<Candidate[]>`
    SELECT e.id, e."programmeId", en."schoolId", e."orgPath",
      coalesce(array_agg(c.level::text) FILTER (WHERE c.id IS NOT NULL), '{}') AS levels,
      (sc."closedAt" IS NOT NULL) AS closed
    FROM "CreditEntry" e
    JOIN "Enrolment" en ON en.id = e."enrolmentId"
    LEFT JOIN "CreditConfirmation" c ON c."entryId" = e.id
    LEFT JOIN "SchoolCompletion" sc ON sc."programmeId" = e."programmeId" AND sc."schoolId" = en."schoolId"
    WHERE ${where}
    GROUP BY e.id, en."schoolId", sc."closedAt"
    ${awaiting}
    ORDER BY e."createdAt", e.id`;
}

/**
 * Confirms at `level` every eligible entry (one INSERT … ON CONFLICT DO NOTHING for all of them) and reports the others:
 * two statements whatever the number of entries.
 */
async function confirmEntries(
  tx: Transaction,
  context: Context,
  level: ConfirmLevel,
  scope: { programmeId: string; schoolId: string | null; entryIds: string[] | null },
): Promise<ConfirmResult> {
  const actorId = actingUserId(context);
  const roots = scopeOf(context.viewer, level === 'SCHOOL' ? 'credit:confirmSchool' : 'credit:confirmDistrict');
  const found = await candidates(tx, level, scope);
  const byId = new Map(found.map((entry) => [entry.id, entry]));
  const order = scope.entryIds ?? found.map((entry) => entry.id);
  const rows: ConfirmRow[] = order.map((entryId) => {
    const entry = byId.get(entryId);
    if (!entry || !roots.some((root) => entry.orgPath.startsWith(root)))
      return { entryId, problem: { code: 'ENTRY_NOT_FOUND', variant: 'entryNotFound' } };
    if (entry.programmeId !== scope.programmeId)
      return { entryId, problem: { code: 'OTHER_PROGRAMME', variant: 'otherProgramme' } };
    if (scope.schoolId && entry.schoolId !== scope.schoolId)
      return { entryId, problem: { code: 'OTHER_SCHOOL', variant: 'otherSchool' } };
    return {
      entryId,
      problem: confirmationProblem(level, { state: stateOf(entry.levels), schoolClosed: entry.closed }),
    };
  });
  const eligible = rows.filter((row) => row.problem === null).map((row) => byId.get(row.entryId) as Candidate);
  if (eligible.length) {
    const inserted = await tx.$queryRaw<Array<{ entryId: string }>>`
      INSERT INTO "CreditConfirmation" (id, "entryId", level, "confirmedById", "orgPath", "confirmedAt")
      SELECT v.id, v.entry_id, ${level}::"CreditLevel", ${actorId}, v.org_path, (now() AT TIME ZONE 'UTC')
      FROM unnest(${eligible.map(() => uuidv7())}::text[], ${eligible.map((e) => e.id)}::text[],
                  ${eligible.map((e) => e.orgPath)}::text[]) AS v(id, entry_id, org_path)
      ON CONFLICT ("entryId", level) DO NOTHING
      RETURNING "entryId"`;
    const done = new Set(inserted.map((row) => row.entryId));
    for (const row of rows)
      if (row.problem === null && !done.has(row.entryId))
        row.problem = { code: 'ALREADY_CONFIRMED', variant: level === 'SCHOOL' ? 'alreadySchool' : 'alreadyDistrict' };
  }
  const confirmed = rows.filter((row) => row.problem === null).length;
  return { level, confirmed, refused: rows.length - confirmed, rows };
}

const ConfirmSchoolCreditEntriesInput = builder.inputType('ConfirmSchoolCreditEntriesInput', {
  description: 'The school’s entries to confirm.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school; the viewer must be its school admin.',
    }),
    entryIds: t.globalIDList({
      required: false,
      for: CreditEntry,
      description: `The entries (at most ${MAX_CONFIRM_IDS}); absent: every PENDING entry of the school in the programme.`,
    }),
  }),
});

const ConfirmDistrictCreditEntriesInput = builder.inputType('ConfirmDistrictCreditEntriesInput', {
  description: 'The entries the district confirms (审核确认).',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({
      required: false,
      for: Organisation,
      description: 'One school of the programme; absent: every school of the programme.',
    }),
    entryIds: t.globalIDList({
      required: false,
      for: CreditEntry,
      description: `The entries (at most ${MAX_CONFIRM_IDS}); absent: every SCHOOL_CONFIRMED entry of the school (or programme).`,
    }),
  }),
});

const idsSchema = z
  .array(globalIdSchema)
  .max(MAX_CONFIRM_IDS)
  .nullish()
  .transform((ids) => (ids ? [...new Set(ids.map((id) => id.id))] : null));
const confirmSchoolSchema = z.object({ programmeId: globalIdSchema, schoolId: globalIdSchema, entryIds: idsSchema });
const confirmDistrictSchema = z.object({
  programmeId: globalIdSchema,
  schoolId: globalIdSchema.nullish(),
  entryIds: idsSchema,
});

/** Confirms only while the programme is PUBLISHED or RUNNING. */
function assertOpen(status: string) {
  if (!ENTRY_PROGRAMME_STATUSES.includes(status)) throw new InvalidStateError('creditProgrammeNotOpen', { status });
}

builder.mutationField('confirmSchoolCreditEntries', (t) =>
  t.field({
    type: ConfirmCreditEntriesPayload,
    description:
      'The school admin confirms the school’s PENDING entries (→ SCHOOL_CONFIRMED; action credit:confirmSchool over the school): the ' +
      `entries named (at most ${MAX_CONFIRM_IDS}) or, without entryIds, every PENDING entry of the school in the programme (online ` +
      'hours credited automatically, reversals…; entries the school admin entered are already SCHOOL_CONFIRMED). One transaction; each ' +
      'entry reports its result: eligible ones are confirmed, others are reported (ALREADY_CONFIRMED, CLOSED, ENTRY_NOT_FOUND, ' +
      'OTHER_PROGRAMME, OTHER_SCHOOL) and left alone. Safe when two admins confirm the same entries at once: each entry is confirmed ' +
      'once, the later call reports it ALREADY_CONFIRMED.',
    authorize: {
      action: 'credit:confirmSchool',
      resource: (_root, args) => ({
        kind: 'School',
        id: args.input.schoolId.id,
        programmeId: args.input.programmeId.id,
      }),
    },
    errors: { types: confirmCreditErrors, directResult: true },
    args: {
      input: t.arg({ type: ConfirmSchoolCreditEntriesInput, required: true, description: 'The entries to confirm.' }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(confirmSchoolSchema, args.input);
      const prisma = context.db.prisma;
      const target = await loadSchoolTarget(prisma, input.programmeId.id, input.schoolId.id);
      if (!target.taking) throw new InvalidStateError('creditSchoolNotInProgramme');
      assertOpen(target.programmeStatus);
      return prisma.$transaction((tx) =>
        confirmEntries(tx, context, 'SCHOOL', {
          programmeId: target.programmeId,
          schoolId: target.schoolId,
          entryIds: input.entryIds,
        }),
      );
    },
  }),
);

builder.mutationField('confirmDistrictCreditEntries', (t) =>
  t.field({
    type: ConfirmCreditEntriesPayload,
    description:
      'The district admin confirms school-confirmed entries (审核确认 → DISTRICT_CONFIRMED; action credit:confirmDistrict over the ' +
      `programme, or over the school when schoolId is given): the entries named (at most ${MAX_CONFIRM_IDS}) or, without entryIds, ` +
      'every SCHOOL_CONFIRMED entry of the school (or of the whole programme). One transaction; each entry reports its result: eligible ' +
      'ones are confirmed, others are reported (NOT_SCHOOL_CONFIRMED, ALREADY_CONFIRMED, CLOSED for a school that closed (结项), ' +
      'ENTRY_NOT_FOUND, OTHER_PROGRAMME, OTHER_SCHOOL) and left alone. Safe when two admins confirm the same entries at once.',
    authorize: {
      action: 'credit:confirmDistrict',
      resource: (_root, args) =>
        args.input.schoolId
          ? { kind: 'School', id: args.input.schoolId.id, programmeId: args.input.programmeId.id }
          : { kind: 'Programme', id: args.input.programmeId.id },
    },
    errors: { types: confirmCreditErrors, directResult: true },
    args: {
      input: t.arg({ type: ConfirmDistrictCreditEntriesInput, required: true, description: 'The entries to confirm.' }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(confirmDistrictSchema, args.input);
      const prisma = context.db.prisma;
      let schoolId: string | null = null;
      if (input.schoolId) {
        const target = await loadSchoolTarget(prisma, input.programmeId.id, input.schoolId.id);
        if (!target.taking) throw new InvalidStateError('creditSchoolNotInProgramme');
        assertOpen(target.programmeStatus);
        schoolId = target.schoolId;
      } else {
        const programme = await prisma.programme.findUnique({
          where: { id: input.programmeId.id },
          select: { status: true },
        });
        if (!programme) throw new NotFoundError('Programme');
        assertOpen(programme.status);
      }
      return prisma.$transaction((tx) =>
        confirmEntries(tx, context, 'DISTRICT', {
          programmeId: input.programmeId.id,
          schoolId,
          entryIds: input.entryIds,
        }),
      );
    },
  }),
);
