/**
 * Reads a roster file (CSV or XLSX) into rows. Columns are found by their header (the first
 * non-blank row), in English or Chinese; other columns are ignored; blank rows are skipped.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { detectContent } from '../../api/storage/file-types.js';
import { FileTooLargeError } from '../files/index.js';
import { ImportFileError } from './errors.js';
import type { RosterRow } from './rules.js';

/** Largest roster file, in bytes (5 MB). */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
/** Most teacher rows in one roster file (blank rows and the header not counted). */
export const MAX_ROSTER_ROWS = 5000;

type Column = Exclude<keyof RosterRow, 'row'>;

/** Accepted header names per column, compared without case, spaces, "_" or "-". */
export const ROSTER_HEADERS: Readonly<Record<Column, readonly string[]>> = {
  login: ['login', '登录名', '用户名', '账号'],
  name: ['name', 'displayname', '姓名'],
  email: ['email', '邮箱', '电子邮箱'],
  nationalId: ['nationalid', '身份证号', '身份证号码'],
  class: ['class', '班级'],
};
const REQUIRED: readonly Column[] = ['login', 'name'];

const normalizeHeader = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
const headerColumn = new Map(
  Object.entries(ROSTER_HEADERS).flatMap(([column, names]) => names.map((name) => [name, column as Column])),
);

/** The column of each known header in the header row; refuses a file whose header is ambiguous or incomplete. */
function headerColumns(row: number, cells: readonly string[]): Map<Column, number> {
  const columns = new Map<Column, number>();
  for (const [index, cell] of cells.entries()) {
    const column = headerColumn.get(normalizeHeader(cell));
    if (!column) continue;
    if (columns.has(column))
      throw new ImportFileError('duplicateColumn', { row, header: ROSTER_HEADERS[column].join(' / ') });
    columns.set(column, index);
  }
  const missing = REQUIRED.filter((column) => !columns.has(column));
  if (missing.length) {
    const names = missing.map((c) => `"${ROSTER_HEADERS[c].join('" / "')}"`).join(' & ');
    throw new ImportFileError('missingColumns', { row, count: missing.length, columns: names });
  }
  return columns;
}

/** Turns a table of cells (row number, cell texts) into roster rows. */
function rosterRows(table: Iterable<{ row: number; cells: string[] }>): RosterRow[] {
  let columns: Map<Column, number> | null = null;
  const rows: RosterRow[] = [];
  for (const { row, cells } of table) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (!columns) {
      columns = headerColumns(row, cells);
      continue;
    }
    // Cells as written, untrimmed: planRoster refuses a value beginning with a tab or carriage return.
    const header = columns;
    const get = (column: Column) => {
      const index = header.get(column);
      return index === undefined ? '' : (cells[index] ?? '');
    };
    const values = {
      login: get('login'),
      name: get('name'),
      email: get('email'),
      nationalId: get('nationalId'),
      class: get('class'),
    };
    if (Object.values(values).every((value) => value.trim() === '')) continue;
    if (rows.length === MAX_ROSTER_ROWS) throw new ImportFileError('tooManyRows', { max: MAX_ROSTER_ROWS });
    rows.push({ row, ...values });
  }
  if (!columns) throw new ImportFileError('empty');
  return rows;
}

function* csvTable(bytes: Uint8Array) {
  let text: string;
  try {
    // TextDecoder drops a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('notUtf8');
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new ImportFileError('csvUnreadable', { reason: (error as Error).message });
  }
  for (const [index, cells] of records.entries()) yield { row: index + 1, cells };
}

async function xlsxTable(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new ImportFileError('xlsxUnreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('noWorksheet');
  const table: Array<{ row: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.text ?? '';
    });
    table.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return table;
}

/**
 * Reads a roster upload: XLSX (its first worksheet) or CSV (UTF-8, with or without a byte-order
 * mark), told apart by content. Throws ImportFileError when the file cannot be used as a whole.
 */
export async function readRosterFile(file: File): Promise<RosterRow[]> {
  if (file.size > MAX_ROSTER_BYTES) throw new FileTooLargeError(MAX_ROSTER_BYTES, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length > MAX_ROSTER_BYTES) throw new FileTooLargeError(MAX_ROSTER_BYTES, bytes.length);
  const content = await detectContent(file);
  if (content.kind === 'xlsx') return rosterRows(await xlsxTable(bytes));
  const name = file.name.toLowerCase();
  if (content.detected !== null || name.endsWith('.xlsx') || name.endsWith('.xls')) {
    throw new ImportFileError('notRoster');
  }
  return rosterRows(csvTable(bytes));
}
