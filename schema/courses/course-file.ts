/**
 * Reads a course list (CSV or XLSX) into rows (api/spreadsheet/table-file.ts): columns by their header, in English
 * or Chinese; other columns ignored; blank rows skipped.
 */
import { readTableFile } from '../../api/spreadsheet/table-file.js';
import { FileTooLargeError, ImportFileError } from '../files/index.js';
import type { CourseRow } from './rules.js';

/** Largest course file, in bytes (5 MB). */
export const MAX_COURSE_FILE_BYTES = 5 * 1024 * 1024;
/** Most course rows in one file (blank rows and the header not counted). */
export const MAX_COURSE_ROWS = 2000;

/** Accepted header names per column, compared without case, spaces, "_", "-" or "/". */
export const COURSE_HEADERS: Readonly<Record<Exclude<keyof CourseRow, 'row'>, readonly string[]>> = {
  code: ['code', '编码', '课程编码', '课程代码'],
  title: ['title', '标题', '课程名称', '课程标题', '名称'],
  kind: ['kind', '类型', '课程类型'],
  media: ['media', '形式', '课程形式', '媒体'],
  durationSeconds: ['durationseconds', 'seconds', '时长秒', '时长(秒)', '时长（秒）'],
  durationMinutes: [
    'durationminutes',
    'minutes',
    '时长分钟',
    '时长(分钟)',
    '时长（分钟）',
    '学时(分钟)',
    '学时（分钟）',
  ],
  requirement: ['requirement', '必修选修', '必修/选修', '修习要求', '课程性质'],
  competency: ['competency', '能力点', '微能力点'],
  module: ['module', '模块'],
  stage: ['stage', '学段'],
  subject: ['subject', '学科'],
  position: ['position', '排序', '序号'],
};

/**
 * Reads a course-list upload: XLSX (its first worksheet) or CSV (UTF-8, with or without a byte-order mark), told
 * apart by content. Throws ImportFileError (or FileTooLargeError) when the file cannot be used as a whole.
 */
export async function readCourseFile(file: File): Promise<CourseRow[]> {
  if (file.size > MAX_COURSE_FILE_BYTES) throw new FileTooLargeError(MAX_COURSE_FILE_BYTES, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_COURSE_FILE_BYTES) throw new FileTooLargeError(MAX_COURSE_FILE_BYTES, bytes.length);
  const rows = await readTableFile(file, bytes, {
    headers: COURSE_HEADERS,
    required: ['code', 'title', 'kind', 'media', 'requirement'],
    maxRows: MAX_COURSE_ROWS,
    problem: (problem, params) => new ImportFileError(problem, params),
  });
  return rows.map(({ row, cells }) => ({ row, ...cells }));
}
