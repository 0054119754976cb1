/**
 * Reads a roster file (CSV or XLSX) into rows (api/spreadsheet/table-file.ts): columns by their header, in
 * English or Chinese; other columns ignored; blank rows skipped.
 */
import { readTableFile } from '../../api/spreadsheet/table-file.js';
import { FileTooLargeError, ImportFileError } from '../files/index.js';
import type { RosterRow } from './rules.js';

/** Largest roster file, in bytes (5 MB). */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
/** Most teacher rows in one roster file (blank rows and the header not counted). */
export const MAX_ROSTER_ROWS = 5000;

/** Accepted header names per column, compared without case, spaces, "_", "-" or "/". */
export const ROSTER_HEADERS: Readonly<Record<Exclude<keyof RosterRow, 'row'>, readonly string[]>> = {
  login: ['login', '登录名', '用户名', '账号'],
  name: ['name', 'displayname', '姓名'],
  email: ['email', '邮箱', '电子邮箱'],
  nationalId: ['nationalid', '身份证号', '身份证号码'],
  class: ['class', '班级'],
  enrolledAt: ['enrolledat', 'enrolmentdate', 'enrollmentdate', 'enrolledon', '报名日期', '报名时间', '参训日期'],
};

/**
 * Reads a roster upload: XLSX (its first worksheet) or CSV (UTF-8, with or without a byte-order mark), told
 * apart by content. Throws ImportFileError (or FileTooLargeError) when the file cannot be used as a whole.
 */
export async function readRosterFile(file: File): Promise<RosterRow[]> {
  if (file.size > MAX_ROSTER_BYTES) throw new FileTooLargeError(MAX_ROSTER_BYTES, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_ROSTER_BYTES) throw new FileTooLargeError(MAX_ROSTER_BYTES, bytes.length);
  const rows = await readTableFile(file, bytes, {
    headers: ROSTER_HEADERS,
    required: ['login', 'name'],
    maxRows: MAX_ROSTER_ROWS,
    problem: (problem, params) => new ImportFileError(problem, params),
  });
  return rows.map(({ row, cells }) => ({ row, ...cells }));
}
