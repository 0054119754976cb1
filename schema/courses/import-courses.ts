import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { translate } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { Upload } from '../files/index.js';
import { Programme } from '../programmes/index.js';
import { ConflictError, globalIdSchema, NotFoundError, parseInput } from '../shared/index.js';
import { MAX_COURSE_FILE_BYTES, MAX_COURSE_ROWS, readCourseFile } from './course-file.js';
import { importCoursesErrors } from './errors.js';
import {
  type CourseRow,
  type CourseRowErrorCode,
  type CourseRowOutcome,
  type ExistingCourse,
  type PlannedCourseRow,
  planCourseImport,
} from './rules.js';

export const CourseImportRowOutcome = builder.enumType('CourseImportRowOutcome', {
  description: 'What importing one course row did (or, in a dry run or a failed import, would do).',
  values: {
    CREATED: { description: 'A course with a new code is created.' },
    UPDATED: { description: 'The course with this code changed (`message` lists the fields).' },
    UNCHANGED: { description: 'The course with this code already has these details.' },
    ERROR: { description: 'The row cannot be imported; see `code` and `message`. Nothing of the file was written.' },
  } satisfies Record<CourseRowOutcome, { description: string }>,
});

export const CourseImportRowErrorCode = builder.enumType('CourseImportRowErrorCode', {
  description: 'Why a row of a course import cannot be imported.',
  values: {
    MISSING_FIELD: { description: 'The code, title, kind, media, requirement or duration is blank.' },
    INVALID_VALUE: {
      description:
        'A value is malformed: a code that is not 1 to 64 letters, digits, ".", "_" or "-"; a title over 200 or a module or subject over 50 characters; ' +
        'a kind, media, requirement or stage this import does not know; a duration that is not a whole number of seconds from 1 to 86400 (or minutes); ' +
        'a position that is not a whole number.',
    },
    FORMULA_LIKE_VALUE: {
      description:
        'The code, title, module or subject begins with =, +, -, @, a tab or a carriage return (CSV injection): refused rather than stored.',
    },
    DUPLICATE_ROW: { description: 'An earlier row of the file has the same code.' },
    UNKNOWN_COMPETENCY: { description: 'The programme’s catalogue has no competency with this code.' },
    COURSE_IN_PROGRESS: {
      description: 'The row changes the requirement of a course that teachers have credited time on.',
    },
  } satisfies Record<CourseRowErrorCode, { description: string }>,
});

const ImportCourseRow = builder.objectRef<PlannedCourseRow>('ImportCourseRow').implement({
  description: 'The outcome of one row of an imported course list.',
  fields: (t) => ({
    row: t.exposeInt('row', {
      description: 'Row number in the spreadsheet (1-based; the header is a row, usually row 1).',
    }),
    courseCode: t.exposeString('code', { description: 'The course code on the row (blank when missing).' }),
    outcome: t.field({
      type: CourseImportRowOutcome,
      description: 'What the row did (or would do).',
      resolve: (row) => row.outcome,
    }),
    code: t.field({
      type: CourseImportRowErrorCode,
      nullable: true,
      description: 'Why the row failed; null unless outcome is ERROR.',
      resolve: (row) => row.errorCode,
    }),
    message: t.string({
      nullable: true,
      description: 'What failed (ERROR) or what changed (UPDATED), for people, in the request’s language.',
      resolve: (row, _args, context) =>
        row.message ? translate(context.locale, row.message.key, row.message.params) : null,
    }),
  }),
});

interface ImportResult {
  rows: PlannedCourseRow[];
  written: boolean;
  dryRun: boolean;
}

const count = (result: ImportResult, outcome: CourseRowOutcome) =>
  result.rows.filter((row) => row.outcome === outcome).length;

const ImportCoursesPayload = builder.objectRef<ImportResult>('ImportCoursesPayload').implement({
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
      type: [ImportCourseRow],
      description: `Every course row in file order (at most ${MAX_COURSE_ROWS}).`,
      resolve: (result) => result.rows,
    }),
    created: t.int({ description: 'Rows that create a course.', resolve: (r) => count(r, 'CREATED') }),
    updated: t.int({ description: 'Rows that change a course.', resolve: (r) => count(r, 'UPDATED') }),
    unchanged: t.int({ description: 'Rows that change nothing.', resolve: (r) => count(r, 'UNCHANGED') }),
    errors: t.int({ description: 'Rows that cannot be imported.', resolve: (r) => count(r, 'ERROR') }),
  }),
});

const ImportCoursesInput = builder.inputType('ImportCoursesInput', {
  description: 'A course list to add to (or update in) a programme’s catalogue.',
  fields: (t) => ({
    programmeId: t.globalID({
      required: true,
      for: Programme,
      description: 'The programme; the viewer must be its district admin.',
    }),
    file: t.field({
      type: Upload,
      required: true,
      description:
        `A CSV (UTF-8, with or without a byte-order mark) or XLSX (first worksheet) file of at most ${MAX_COURSE_FILE_BYTES / 1024 / 1024} MB and ${MAX_COURSE_ROWS} course rows. ` +
        'The first non-blank row is the header; columns by header, in any order: code (编码 / 课程编码), title (标题 / 课程名称), ' +
        'kind (类型: OVERVIEW 概述, THEORY 理论, PRACTICE 实践, CASE 案例, SPECIFICATION 规范), media (形式: VIDEO 视频, DOCUMENT 文档), ' +
        'requirement (必修/选修: REQUIRED 必修, ELECTIVE 选修), and durationSeconds (时长（秒）) or durationMinutes (时长（分钟）); optionally ' +
        'competency (能力点: a code of the programme’s catalogue, e.g. A1), module (模块), stage (学段: PRIMARY 小学, JUNIOR_SECONDARY 初中 …), ' +
        'subject (学科) and position (排序; default: the row number for a new course, unchanged for an existing one). Other columns are ignored. ' +
        'A row whose code the programme has updates that course (its blank optional cells clear the field).',
    }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Only check the file and report each row’s outcome; write nothing. Default false.',
    }),
  }),
});

const importCoursesSchema = z.object({
  programmeId: globalIdSchema,
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

/** Plans the rows against the programme's courses and catalogue; writes them when none failed. */
export async function applyCourseImport(
  tx: Transaction,
  programmeId: string,
  rows: readonly CourseRow[],
  dryRun: boolean,
): Promise<ImportResult> {
  // Serialises imports of one programme: the plan below must still hold when it is written.
  const [programme] = await tx.$queryRaw<Array<{ orgPath: string; catalogueId: string }>>`
    SELECT "orgPath", "catalogueId" FROM "Programme" WHERE "id" = ${programmeId} FOR NO KEY UPDATE`;
  if (!programme) throw new NotFoundError('Programme');
  const [courses, competencies] = await Promise.all([
    tx.$queryRaw<Array<Omit<ExistingCourse, 'hasProgress'> & { hasProgress: boolean }>>`
      SELECT c."id", c."code", c."title", c."kind"::text AS "kind", c."media"::text AS "media", c."durationSeconds",
             c."requirement"::text AS "requirement", c."competencyId", c."module", c."stage"::text AS "stage", c."subject",
             c."position", EXISTS (SELECT 1 FROM "CourseProgress" cp WHERE cp."courseId" = c."id") AS "hasProgress"
      FROM "Course" c WHERE c."programmeId" = ${programmeId}`,
    tx.competency.findMany({ where: { catalogueId: programme.catalogueId }, select: { id: true, code: true } }),
  ]);
  const planned = planCourseImport(rows, {
    existing: new Map(courses.map((course) => [course.code, course])),
    competencies: new Map(competencies.map((competency) => [competency.code, competency.id])),
  });
  const writes = planned.flatMap((row) => (row.write ? [row.write] : []));
  if (dryRun || planned.some((row) => row.outcome === 'ERROR') || writes.length === 0)
    return { rows: planned, written: false, dryRun };
  const creates = writes.filter((write) => write.id === null);
  try {
    if (creates.length)
      await tx.course.createMany({
        data: creates.map(({ fields }) => ({ ...fields, programmeId, orgPath: programme.orgPath })),
      });
    for (const { id, fields } of writes)
      if (id !== null) await tx.course.update({ where: { id }, data: fields, select: { id: true } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new ConflictError('concurrentCourses');
    throw error;
  }
  return { rows: planned, written: true, dryRun };
}

builder.mutationField('importCourses', (t) =>
  t.field({
    type: ImportCoursesPayload,
    description:
      'Adds and updates a programme’s courses from a CSV or XLSX file (a multipart request: the GraphQL multipart request spec), by code: ' +
      'a new code creates a course, a known one updates it. All or nothing, in one transaction: any row in error and nothing is written, ' +
      'yet every row is reported. Importing the same file again changes nothing (every row UNCHANGED, `written` false). ' +
      'Courses missing from the file stay. Only the district admins over the programme may (course:manage).',
    authorize: {
      action: 'course:manage',
      resource: (_root, args) => ({ kind: 'Programme', id: args.input.programmeId.id }),
    },
    errors: { types: importCoursesErrors, directResult: true },
    args: { input: t.arg({ type: ImportCoursesInput, required: true, description: 'The programme and the file.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(importCoursesSchema, args.input);
      const rows = await readCourseFile(input.file);
      return context.db.prisma.$transaction((tx) => applyCourseImport(tx, input.programmeId.id, rows, input.dryRun), {
        timeout: 60_000,
      });
    },
  }),
);
