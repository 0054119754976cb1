/**
 * The school admin imports offline hours from a CSV or XLSX file (api/spreadsheet/table-file.ts): the teacher by login or
 * employee number (工号, as the people import accepts them), then hours, category, source and note, with English or
 * Chinese headers. The rows then go through the same checks and the same all-or-nothing write as the grid (entries.ts);
 * a dry run reports every row without writing.
 */
import { z } from 'zod';
import { startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';
import { readTableFile } from '../../api/spreadsheet/table-file.js';
import { builder } from '../builder.js';
import { FileTooLargeError, ImportFileError, Upload } from '../files/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { actingUserId, globalIdSchema, parseInput } from '../shared/index.js';
import { ENTRY_TRANSACTION_OPTIONS, entryPayload } from './enter.js';
import type { EntryRowInput } from './entries.js';
import { applyEntries } from './entries.js';
import { importCreditErrors } from './errors.js';
import {
  type EnrolledTeacher,
  MAX_HOURS_PER_ROW,
  MAX_NOTE_LENGTH,
  matchTeacher,
  parseCategory,
  parseHours,
  parseSource,
  type RowProblem,
} from './rules.js';
import { assertHoursOpen, loadSchoolTarget } from './target.js';

/** Largest hours file, in bytes (2 MB). */
export const MAX_CREDIT_FILE_BYTES = 2 * 1024 * 1024;
/** Most rows of one hours file (blank rows and the header not counted). */
export const MAX_CREDIT_FILE_ROWS = 2000;

type Column = 'login' | 'employeeNumber' | 'hours' | 'category' | 'source' | 'note';

/** Accepted header names per column, compared without case, spaces, "_", "-" or "/". */
export const CREDIT_FILE_HEADERS: Readonly<Record<Column, readonly string[]>> = {
  login: ['login', '登录名', '用户名', '账号'],
  employeeNumber: ['employeenumber', 'employeeno', '工号', '职工号'],
  hours: ['hours', '学时', '学时数', '线下学时', '实践学时'],
  category: ['category', '类别', '学时类别'],
  source: ['source', '来源', '学时来源'],
  note: ['note', 'notes', '备注', '说明'],
};

const FILE_DESCRIPTION =
  `A CSV (UTF-8, with or without a byte-order mark) or XLSX (first worksheet) file of at most ${MAX_CREDIT_FILE_BYTES / 1024 / 1024} MB ` +
  `and ${MAX_CREDIT_FILE_ROWS} rows. The first non-blank row is the header; columns by header, in any order, English or Chinese: ` +
  'login (登录名 / 用户名 / 账号) and/or employeeNumber (工号 / 职工号) — at least one per row; when both are given they must name the same ' +
  `teacher —, hours (学时 / 学时数, required: a plain number > 0 with at most two decimals, at most ${MAX_HOURS_PER_ROW}), ` +
  'category (类别: OFFLINE / 线下 (default when blank) or ONLINE / 线上), source (来源: SCHOOL_PRACTICE / 校本实践 (default when blank) ' +
  `or MANUAL_ENTRY / 手工录入), note (备注, at most ${MAX_NOTE_LENGTH} characters). Other columns (姓名…) are ignored. A login, ` +
  'employee number or note beginning with =, +, -, @, a tab or a carriage return fails its row (FORMULA_LIKE_VALUE). Template:\n' +
  '登录名,工号,姓名,学时,类别,来源,备注\nzhangwei,T001,张伟,25,线下,校本实践,\n';

const ImportCreditHoursPayload = entryPayload(
  'ImportCreditHoursPayload',
  'Every non-blank row of the file with its result (`row` is its row number in the file). All or nothing: when any row is refused ' +
    'nothing was written.',
);

const ImportCreditHoursInput = builder.inputType('ImportCreditHoursInput', {
  description: 'A file of a school’s teachers’ hours in one programme.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme (with rules.hours).' }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school (in one of the programme’s batches); the viewer must be its school admin.',
    }),
    file: t.field({ type: Upload, required: true, description: FILE_DESCRIPTION }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Only check the file and report each row’s result; write nothing. Default false.',
    }),
  }),
});

const importSchema = z.object({
  programmeId: globalIdSchema,
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

/** Reads the file as a whole (ImportFileError, FileTooLargeError when it cannot be used). */
async function readCreditFile(file: File) {
  if (file.size > MAX_CREDIT_FILE_BYTES) throw new FileTooLargeError(MAX_CREDIT_FILE_BYTES, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_CREDIT_FILE_BYTES) throw new FileTooLargeError(MAX_CREDIT_FILE_BYTES, bytes.length);
  return readTableFile(file, bytes, {
    headers: CREDIT_FILE_HEADERS,
    required: ['hours'],
    maxRows: MAX_CREDIT_FILE_ROWS,
    problem: (problem, params) => new ImportFileError(problem, params),
  });
}

/** A file row as an entry row: the teacher matched, the cells read; the first problem found kept for the report. */
function entryRowOf(row: number, cells: Record<Column, string>, teachers: readonly EnrolledTeacher[]): EntryRowInput {
  const note = cells.note.trim() || null;
  const base = {
    row,
    enrolmentId: null,
    teacher: cells.login.trim() || cells.employeeNumber.trim() || null,
    hours: 0,
    category: parseCategory(cells.category),
    source: parseSource(cells.source),
    evidenceIds: [],
    note,
  };
  const fail = (problem: RowProblem): EntryRowInput => ({ ...base, problem });
  for (const field of ['login', 'employeeNumber', 'note'] as const)
    if (startsLikeFormula(cells[field]))
      return fail({ code: 'FORMULA_LIKE_VALUE', variant: 'formulaLike', params: { field } });
  const matched = matchTeacher({ login: cells.login, employeeNumber: cells.employeeNumber }, teachers);
  if ('code' in matched) return fail(matched);
  if (!cells.hours.trim())
    return { ...fail({ code: 'MISSING_FIELD', variant: 'missingHours' }), enrolmentId: matched.enrolmentId };
  const hours = parseHours(cells.hours);
  if (hours === null)
    return {
      ...fail({ code: 'INVALID_HOURS', variant: 'hoursFormat', params: { value: cells.hours.trim().slice(0, 40) } }),
      enrolmentId: matched.enrolmentId,
    };
  return { ...base, enrolmentId: matched.enrolmentId, hours };
}

builder.mutationField('importCreditHours', (t) =>
  t.field({
    type: ImportCreditHoursPayload,
    description:
      'The school admin imports teachers’ hours from a CSV or XLSX file (a multipart request; action credit:enter over the school): ' +
      'the same checks and the same all-or-nothing transaction as enterCreditHours, each file row reporting its own result; a dry run ' +
      'checks and reports without writing. See ImportCreditHoursInput.file for the columns and a template. The file as a whole can be ' +
      'refused (INVALID_FILE: not CSV or XLSX, not UTF-8, no hours column, too many rows; FILE_TOO_LARGE).',
    authorize: {
      action: 'credit:enter',
      resource: (_root, args) => ({
        kind: 'School',
        id: args.input.schoolId.id,
        programmeId: args.input.programmeId.id,
      }),
    },
    errors: { types: importCreditErrors, directResult: true },
    args: {
      input: t.arg({ type: ImportCreditHoursInput, required: true, description: 'The school and the file.' }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(importSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const target = await loadSchoolTarget(prisma, input.programmeId.id, input.schoolId.id);
      assertHoursOpen(target);
      const table = await readCreditFile(input.file);
      return prisma.$transaction(async (tx) => {
        const enrolments = await tx.enrolment.findMany({
          where: { programmeId: target.programmeId, schoolId: target.schoolId },
          select: { id: true, teacher: { select: { login: true, employeeNumber: true } } },
        });
        const teachers = enrolments.map((enrolment) => ({
          enrolmentId: enrolment.id,
          login: enrolment.teacher.login,
          employeeNumber: enrolment.teacher.employeeNumber,
        }));
        const rows = table.map(({ row, cells }) => entryRowOf(row, cells, teachers));
        return applyEntries(tx, target, rows, { dryRun: input.dryRun, actorId });
      }, ENTRY_TRANSACTION_OPTIONS);
    },
  }),
);
