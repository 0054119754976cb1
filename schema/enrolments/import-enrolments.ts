import { z } from 'zod';
import { builder } from '../builder.js';
import { Upload } from '../files/index.js';
import { Organisation } from '../organisations/index.js';
import { Batch } from '../programmes/index.js';
import { globalIdSchema, parseInput } from '../shared/index.js';
import { ENROLMENT_TRANSACTION_TIMEOUT_MS, loadEnrolmentTarget } from './enrolment-target.js';
import { importEnrolmentsErrors } from './errors.js';
import { describeRow } from './messages.js';
import { MAX_ROSTER_BYTES, MAX_ROSTER_ROWS, readRosterFile } from './roster-file.js';
import { applyRoster, type RosterResult } from './roster-import.js';
import type { ImportRowErrorCode, PlannedRow, RowOutcome } from './rules.js';

export const ImportRowOutcome = builder.enumType('ImportRowOutcome', {
  description: 'What importing one row did (or, in a dry run or a failed import, would do).',
  values: {
    CREATED: {
      description: 'The teacher is enrolled by this import (`accountCreated` tells whether their account is new).',
    },
    UPDATED: {
      description:
        'The teacher was already enrolled in this batch; their name, e-mail, national ID, class or enrolment date changed.',
    },
    UNCHANGED: { description: 'The teacher was already enrolled in this batch with these details.' },
    ERROR: { description: 'The row cannot be imported; see `code` and `message`. Nothing of the file was written.' },
  } satisfies Record<RowOutcome, { description: string }>,
});

export const ImportRowErrorCodeEnum = builder.enumType('ImportRowErrorCode', {
  description: 'Why a row of an import cannot be imported.',
  values: {
    MISSING_FIELD: { description: 'The login or the name is blank.' },
    INVALID_VALUE: {
      description:
        'A value is malformed: a login with spaces or over 64 characters, a name over 100 characters, an e-mail that is not one.',
    },
    FORMULA_LIKE_VALUE: {
      description:
        'The login, name or e-mail begins with =, +, -, @, a tab or a carriage return, which a spreadsheet would run as a formula (CSV injection); ' +
        'such values are refused rather than stored.',
    },
    INVALID_NATIONAL_ID: {
      description:
        'The national ID number is not a possible one (18 characters, a real birth date, the GB 11643 check character).',
    },
    DUPLICATE_ROW: { description: 'An earlier row of the file has the same login or national ID number.' },
    LOGIN_TAKEN: { description: 'The login belongs to a user of another organisation.' },
    NATIONAL_ID_TAKEN: { description: 'The national ID number belongs to another user.' },
    ALREADY_ENROLLED: { description: 'The teacher is enrolled in this programme in another batch.' },
    UNKNOWN_CLASS: { description: 'The school has no class with this code or name.' },
    QUOTA_EXCEEDED: {
      description: 'The row would enrol a teacher beyond the school’s quota for the batch (rows count in file order).',
    },
    INVALID_ENROLMENT_DATE: {
      description:
        'The enrolment date is not a day (2021-05-10) or an ISO-8601 time with its zone, or it is in the future.',
    },
  } satisfies Record<ImportRowErrorCode, { description: string }>,
});

const ImportEnrolmentRow = builder.objectRef<PlannedRow>('ImportEnrolmentRow').implement({
  description: 'The outcome of one row of an imported file.',
  fields: (t) => ({
    row: t.exposeInt('row', {
      description: 'Row number in the spreadsheet (1-based; the header is a row, usually row 1).',
    }),
    login: t.exposeString('login', { description: 'The login on the row (blank when missing).' }),
    outcome: t.field({
      type: ImportRowOutcome,
      description: 'What the row did (or would do).',
      resolve: (row) => row.outcome,
    }),
    code: t.field({
      type: ImportRowErrorCodeEnum,
      nullable: true,
      description: 'Why the row failed; null unless outcome is ERROR.',
      resolve: (row) => row.code,
    }),
    message: t.string({
      nullable: true,
      description: 'What failed (ERROR) or what changed (UPDATED), for people, in the request’s language.',
      resolve: (row, _args, context) => describeRow(row, context.locale),
    }),
    accountCreated: t.exposeBoolean('accountCreated', {
      description: 'The row creates the teacher’s account (a new login).',
    }),
  }),
});

const ImportEnrolmentsPayload = builder
  .objectRef<RosterResult & { dryRun: boolean }>('ImportEnrolmentsPayload')
  .implement({
    description:
      'Every non-blank row of the file with its outcome, and the totals. All or nothing: when any row is an ERROR, nothing was written ' +
      '(the other rows show what they would have done).',
    fields: (t) => ({
      dryRun: t.exposeBoolean('dryRun', { description: 'True when the file was only checked.' }),
      written: t.exposeBoolean('written', {
        description:
          'True when the import changed something: not a dry run, no row failed, and some row CREATED or UPDATED. ' +
          'Importing the same file again reports false (every row UNCHANGED).',
      }),
      rows: t.field({
        type: [ImportEnrolmentRow],
        description: `Every teacher row in file order (at most ${MAX_ROSTER_ROWS}).`,
        resolve: (result) => result.rows,
      }),
      created: t.exposeInt('created', { description: 'Rows that enrol a teacher.' }),
      updated: t.exposeInt('updated', { description: 'Rows that change an enrolled teacher.' }),
      unchanged: t.exposeInt('unchanged', { description: 'Rows that change nothing.' }),
      errors: t.exposeInt('errors', { description: 'Rows that cannot be imported.' }),
    }),
  });

const ImportEnrolmentsInput = builder.inputType('ImportEnrolmentsInput', {
  description: 'A roster file of teachers to enrol in a batch through their school.',
  fields: (t) => ({
    batchId: t.globalID({
      required: true,
      for: Batch,
      description: 'The batch; the school must be enrolled in it (have a quota).',
    }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school; the viewer must be its school admin.',
    }),
    file: t.field({
      type: Upload,
      required: true,
      description:
        `A CSV (UTF-8, with or without a byte-order mark) or XLSX (first worksheet) file of at most ${MAX_ROSTER_BYTES / 1024 / 1024} MB and ${MAX_ROSTER_ROWS} teacher rows. ` +
        'The first non-blank row is the header; columns by header, in any order: login (登录名 / 用户名), name (姓名), ' +
        'and optionally email (邮箱), nationalId (身份证号), class (班级: a class code or name), and enrolledAt (报名日期: for a past roster, ' +
        'a day such as 2021-05-10, taken as 00:00 UTC, an XLSX date cell, or an ISO-8601 time with its zone; not in the future; each teacher’s ' +
        'selection window is computed from it, so a long-past date gives a window that has closed). Other columns are ignored. ' +
        'A login, name or e-mail beginning with =, +, -, @, a tab or a carriage return fails its row (FORMULA_LIKE_VALUE).',
    }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Only check the file and report each row’s outcome; write nothing. Default false.',
    }),
  }),
});

const importEnrolmentsSchema = z.object({
  batchId: globalIdSchema,
  schoolId: globalIdSchema,
  // Yoga hands a WHATWG File (its ponyfill under Node), so no instanceof check.
  file: z.custom<File>(
    (value) => typeof value === 'object' && value !== null && typeof (value as File).arrayBuffer === 'function',
    'VALIDATION.notAFile',
  ),
  dryRun: z
    .boolean()
    .nullish()
    .transform((dryRun) => dryRun ?? false),
});

/** Longest file name kept in the enrolments' history, in characters. */
const MAX_FILENAME_IN_HISTORY = 200;

builder.mutationField('importEnrolments', (t) =>
  t.field({
    type: ImportEnrolmentsPayload,
    description:
      'Enrols a school’s teachers in a batch from a CSV or XLSX file (a multipart request: the GraphQL multipart request spec). ' +
      'Each row creates the teacher’s account when the login is new (home: the school), updates the name, e-mail and national ID of the ' +
      'school’s existing user, and enrols them within the school’s quota, in the school’s programme class or the class given. ' +
      'All or nothing, in one transaction: any row in error and nothing is written, yet every row is reported. Importing the same file ' +
      'again changes nothing (every row UNCHANGED, `written` false). Only the school’s admins may; the programme must not be CLOSED.',
    authorize: {
      action: 'school:enrolTeachers',
      resource: (_root, args) => ({ kind: 'School', id: args.input.schoolId.id }),
    },
    errors: {
      types: importEnrolmentsErrors,
      directResult: true,
    },
    args: {
      input: t.arg({ type: ImportEnrolmentsInput, required: true, description: 'The batch, the school and the file.' }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(importEnrolmentsSchema, args.input);
      const prisma = context.db.prisma;
      const rows = await readRosterFile(input.file);
      const result = await prisma.$transaction(
        async (tx) => {
          const target = await loadEnrolmentTarget(tx, input.batchId.id, input.schoolId.id);
          return applyRoster(tx, target, rows, {
            dryRun: input.dryRun,
            actorId: context.viewer.user?.id ?? null,
            comment: `Imported from ${input.file.name}`.slice(0, MAX_FILENAME_IN_HISTORY),
            nationalIdKey: context.keys.nationalId,
          });
        },
        { timeout: ENROLMENT_TRANSACTION_TIMEOUT_MS },
      );
      return { ...result, dryRun: input.dryRun };
    },
  }),
);
