/**
 * The school admin enters offline hours in bulk from a grid (线下应用学时统一录入): up to MAX_ENTRY_ROWS rows, each
 * checked; one transaction, all or nothing; every row reports its own result.
 */
import { z } from 'zod';
import { translate } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { CreditCategory } from '../credit-hours/index.js';
import { Enrolment } from '../enrolments/index.js';
import { Evidence } from '../evidence/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { actingUserId, globalIdSchema, parseInput } from '../shared/index.js';
import { applyEntries, type EntryResult, type EntryRowResult } from './entries.js';
import { CreditRowErrorCodeEnum, CreditRowOutcome, enterCreditErrors } from './errors.js';
import {
  type ENTERABLE_SOURCES,
  MAX_ENTRY_ROWS,
  MAX_EVIDENCE_PER_ROW,
  MAX_HOURS_PER_ROW,
  MAX_NOTE_LENGTH,
  type RowProblem,
} from './rules.js';
import { assertHoursOpen, loadSchoolTarget } from './target.js';

/** A bulk entry of 500 rows writes 1,000 rows: more than the default 5 s on a busy database. */
export const ENTRY_TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;

export const EnterableCreditSource = builder.enumType('EnterableCreditSource', {
  description: 'The sources of hours a school admin enters.',
  values: {
    SCHOOL_PRACTICE: {
      description: 'Offline practice hours (线下应用/实践学时), evidence linked where there is some.',
    },
    MANUAL_ENTRY: { description: 'Hours entered by hand for another reason, said in the note.' },
  } satisfies Record<(typeof ENTERABLE_SOURCES)[number], { description: string }>,
});

/** The per-row message in the request's language. */
export const rowMessage = (problem: RowProblem | null, locale: Parameters<typeof translate>[0]) =>
  problem ? translate(locale, `ROW.credit.${problem.variant}`, problem.params ?? {}) : null;

export const CreditEntryRowResult = builder.objectRef<EntryRowResult>('CreditEntryRowResult').implement({
  description: 'The result of one row of a bulk entry or import of hours.',
  fields: (t) => ({
    row: t.exposeInt('row', {
      description:
        'The row: its position in `rows` (1-based) for a grid, its row number in the file (the header is a row) for an import.',
    }),
    enrolmentId: t.globalID({
      nullable: true,
      description:
        'The enrolment the row credits (an Enrolment global ID); null when a file row named no enrolled teacher.',
      resolve: (row) => (row.enrolmentId ? { type: 'Enrolment', id: row.enrolmentId } : null),
    }),
    teacher: t.exposeString('teacher', {
      nullable: true,
      description: 'The login or employee number a file row named; null for a grid row.',
    }),
    hours: t.exposeFloat('hours', {
      description: 'The hours of the row; 0 when a file’s hours cell could not be read.',
    }),
    outcome: t.field({
      type: CreditRowOutcome,
      description: 'OK: entered (or would be); ERROR: refused, see code and message.',
      resolve: (row) => (row.problem ? 'ERROR' : 'OK'),
    }),
    code: t.field({
      type: CreditRowErrorCodeEnum,
      nullable: true,
      description: 'Why the row is refused; null when OK.',
      resolve: (row) => row.problem?.code ?? null,
    }),
    message: t.string({
      nullable: true,
      description: 'What is wrong with the row, for people, in the request’s language; null when OK.',
      resolve: (row, _args, context) => rowMessage(row.problem, context.locale),
    }),
    entryId: t.globalID({
      nullable: true,
      description: 'The entry written (a CreditEntry global ID); null in a dry run or when nothing was written.',
      resolve: (row) => (row.entryId ? { type: 'CreditEntry', id: row.entryId } : null),
    }),
  }),
});

/** An entry's or import's payload type: every row with its result, and the totals. */
export const entryPayload = (name: string, description: string) =>
  builder.objectRef<EntryResult>(name).implement({
    description,
    fields: (t) => ({
      dryRun: t.exposeBoolean('dryRun', { description: 'True when the rows were only checked.' }),
      written: t.exposeBoolean('written', {
        description:
          'True when the entries were written: not a dry run and no row refused. All or nothing: with any ERROR row nothing is written.',
      }),
      rows: t.field({
        type: [CreditEntryRowResult],
        description: 'Every row, in order, with its result.',
        resolve: (result) => result.rows,
      }),
      entered: t.exposeInt('entered', {
        description: 'Rows that are entered (or would be, in a dry run or a refused batch).',
      }),
      errors: t.exposeInt('errors', { description: 'Rows refused.' }),
      hours: t.exposeFloat('hours', { description: 'Hours of the OK rows, in all (two decimals).' }),
    }),
  });

const EnterCreditHoursPayload = entryPayload(
  'EnterCreditHoursPayload',
  'Every row with its result. All or nothing: when any row is refused nothing was written (the other rows say OK: they would be entered).',
);

const CreditHoursRowInput = builder.inputType('CreditHoursRowInput', {
  description: 'One teacher’s hours to enter.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The teacher’s enrolment in the programme, at the school.',
    }),
    hours: t.float({
      required: true,
      description: `Hours: more than 0, at most two decimals, at most ${MAX_HOURS_PER_ROW} a row.`,
    }),
    category: t.field({
      type: CreditCategory,
      required: false,
      defaultValue: 'OFFLINE',
      description: 'OFFLINE (default: practice, 线下) or ONLINE.',
    }),
    source: t.field({
      type: EnterableCreditSource,
      required: false,
      defaultValue: 'SCHOOL_PRACTICE',
      description: 'SCHOOL_PRACTICE (default) or MANUAL_ENTRY.',
    }),
    evidenceIds: t.globalIDList({
      required: false,
      for: Evidence,
      description: `The teacher’s evidence in the programme the hours are for (at most ${MAX_EVIDENCE_PER_ROW}); recorded in the entry’s basis.`,
    }),
    note: t.string({ required: false, description: `A note (备注), at most ${MAX_NOTE_LENGTH} characters.` }),
  }),
});

const EnterCreditHoursInput = builder.inputType('EnterCreditHoursInput', {
  description: 'A school’s teachers’ hours in one programme, from the hours entry grid.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme (with rules.hours).' }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school (in one of the programme’s batches); the viewer must be its school admin.',
    }),
    rows: t.field({
      type: [CreditHoursRowInput],
      required: true,
      description: `1 to ${MAX_ENTRY_ROWS} rows; one per teacher and category.`,
    }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Only check the rows and report each one’s result; write nothing. Default false.',
    }),
  }),
});

const noteSchema = z
  .string()
  .nullish()
  .transform((note) => note?.trim() || null);

const enterSchema = z.object({
  programmeId: globalIdSchema,
  schoolId: globalIdSchema,
  rows: z
    .array(
      z.object({
        enrolmentId: globalIdSchema,
        hours: z.number(),
        category: z
          .string()
          .nullish()
          .transform((value) => value ?? 'OFFLINE'),
        source: z
          .string()
          .nullish()
          .transform((value) => value ?? 'SCHOOL_PRACTICE'),
        evidenceIds: z
          .array(globalIdSchema)
          .nullish()
          .transform((ids) => [...new Set((ids ?? []).map((id) => id.id))]),
        note: noteSchema,
      }),
    )
    .min(1)
    .max(MAX_ENTRY_ROWS),
  dryRun: z
    .boolean()
    .nullish()
    .transform((dryRun) => dryRun ?? false),
});

builder.mutationField('enterCreditHours', (t) =>
  t.field({
    type: EnterCreditHoursPayload,
    description:
      'The school admin enters teachers’ hours in bulk (线下应用学时统一录入; action credit:enter over the school): at most ' +
      `${MAX_ENTRY_ROWS} rows, within the entry window (rules.hours.entryWindowDays after the school declared its training finished; ` +
      'any time without a window). Every row is checked — hours, category, source, note, the enrolment in this programme and school, ' +
      'the evidence being that teacher’s, one row per teacher and category, the window open, the school not closed — and reports its ' +
      'own result (OK, or a CreditRowErrorCode with a message). One transaction, all or nothing: with any refused row nothing is ' +
      'written. Entries appear SCHOOL_CONFIRMED at once (confirmed by the admin who entered them); the district then confirms them ' +
      '(confirmDistrictCreditEntries). Each call appends: entering the same rows again adds hours again. INVALID_STATE when the school ' +
      'is not in the programme, the programme credits no hours or is not PUBLISHED or RUNNING.',
    authorize: {
      action: 'credit:enter',
      resource: (_root, args) => ({
        kind: 'School',
        id: args.input.schoolId.id,
        programmeId: args.input.programmeId.id,
      }),
    },
    errors: { types: enterCreditErrors, directResult: true },
    args: { input: t.arg({ type: EnterCreditHoursInput, required: true, description: 'The school and the rows.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(enterSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const target = await loadSchoolTarget(prisma, input.programmeId.id, input.schoolId.id);
      assertHoursOpen(target);
      return prisma.$transaction(
        (tx) =>
          applyEntries(
            tx,
            target,
            input.rows.map((row, index) => ({
              row: index + 1,
              enrolmentId: row.enrolmentId.id,
              hours: row.hours,
              category: row.category,
              source: row.source,
              evidenceIds: row.evidenceIds,
              note: row.note,
            })),
            { dryRun: input.dryRun, actorId },
          ),
        ENTRY_TRANSACTION_OPTIONS,
      );
    },
  }),
);
