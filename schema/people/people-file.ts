/**
 * Reads a people file (CSV or XLSX) into rows (api/spreadsheet/table-file.ts), as the enrolment roster is read:
 * columns by their header, in English or Chinese; other columns ignored; blank rows skipped.
 */
import { readTableFile } from '../../api/spreadsheet/table-file.js';
import { FileTooLargeError, ImportFileError } from '../files/index.js';
import type { PersonRow } from './import-plan.js';

/** Largest people file, in bytes (5 MB). */
export const MAX_PEOPLE_FILE_BYTES = 5 * 1024 * 1024;
/** Most people in one file (blank rows and the header not counted). */
export const MAX_PEOPLE_ROWS = 5000;

/** The file's columns: a row's cells, with the class and group columns kept apart until they are joined. */
type Column = Exclude<keyof PersonRow, 'row' | 'units'> | 'class' | 'group';

/** Accepted header names per column, compared without case, spaces, "_", "-" or "/". */
export const PEOPLE_HEADERS: Readonly<Record<Column, readonly string[]>> = {
  login: ['login', '登录名', '用户名', '账号'],
  name: ['name', 'displayname', '姓名'],
  phone: ['phone', 'mobile', '电话', '手机', '手机号', '联系电话'],
  email: ['email', '邮箱', '电子邮箱'],
  subject: ['subject', 'teachingsubject', '学科', '任教学科'],
  stage: ['stage', '学段'],
  employeeNumber: ['employeenumber', 'employeeno', '工号', '职工号'],
  nationalId: ['nationalid', '身份证号', '身份证号码'],
  roles: ['roles', 'role', '角色'],
  class: ['class', 'classcode', '班级', '班级编码'],
  group: ['group', 'groupcode', '教研组', '教研组编码'],
  identityIssuer: ['identityissuer', 'issuer', '身份来源', '认证来源'],
  identitySubject: ['identitysubject', '身份标识', '认证标识'],
};

/**
 * Reads a people upload: XLSX (its first worksheet) or CSV (UTF-8, with or without a byte-order mark), told apart
 * by content. Throws ImportFileError (or FileTooLargeError) when the file cannot be used as a whole.
 */
export async function readPeopleFile(file: File): Promise<PersonRow[]> {
  if (file.size > MAX_PEOPLE_FILE_BYTES) throw new FileTooLargeError(MAX_PEOPLE_FILE_BYTES, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_PEOPLE_FILE_BYTES) throw new FileTooLargeError(MAX_PEOPLE_FILE_BYTES, bytes.length);
  const rows = await readTableFile(file, bytes, {
    headers: PEOPLE_HEADERS,
    required: ['login', 'name'],
    maxRows: MAX_PEOPLE_ROWS,
    problem: (problem, params) => new ImportFileError(problem, params),
  });
  return rows.map(({ row, cells: { class: klass, group, ...cells } }) => ({
    row,
    ...cells,
    units: [klass, group].filter((cell) => cell.trim() !== '').join(';'),
  }));
}
