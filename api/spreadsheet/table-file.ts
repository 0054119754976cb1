/**
 * Reads an uploaded table (CSV or XLSX, told apart by content) into rows of named columns. Columns are found by
 * their header (the first non-blank row), in any of the names a column accepts, compared without case, spaces,
 * "_", "-" or "/"; other columns are ignored; blank rows are skipped. Cells come as written, untrimmed (the imports
 * refuse a value beginning with a tab or a carriage return); an XLSX formula cell reads as its formula ("=…"),
 * which the imports refuse, never as the result it last showed; an XLSX date cell reads as ISO-8601 text.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { detectContent } from '../storage/file-types.js';

/** Why a file cannot be read as a table at all. */
export type TableProblem =
  | 'notSpreadsheet'
  | 'notUtf8'
  | 'csvUnreadable'
  | 'xlsxUnreadable'
  | 'noWorksheet'
  | 'empty'
  | 'duplicateColumn'
  | 'missingColumns'
  | 'tooManyRows';

export interface TableSpec<Column extends string> {
  /** Accepted header names per column. */
  headers: Readonly<Record<Column, readonly string[]>>;
  /** Columns the header must have. */
  required: readonly NoInfer<Column>[];
  /** Most data rows (blank rows and the header not counted). */
  maxRows: number;
  /** The error to throw for a problem with the file as a whole (the caller's typed, localized error). */
  problem: (problem: TableProblem, params?: Record<string, string | number>) => Error;
}

export interface TableRow<Column extends string> {
  /** The row's number in the file (1 is the first line or spreadsheet row). */
  row: number;
  cells: Record<Column, string>;
}

const normalizeHeader = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/]+/g, '');

/** The column of each known header in the header row; refuses a header that is ambiguous or incomplete. */
function headerColumns<Column extends string>(
  spec: TableSpec<Column>,
  row: number,
  cells: readonly string[],
): Map<Column, number> {
  const byName = new Map(
    (Object.entries(spec.headers) as Array<[Column, readonly string[]]>).flatMap(([column, names]) =>
      names.map((name) => [normalizeHeader(name), column] as const),
    ),
  );
  const columns = new Map<Column, number>();
  for (const [index, cell] of cells.entries()) {
    const column = byName.get(normalizeHeader(cell));
    if (!column) continue;
    if (columns.has(column)) throw spec.problem('duplicateColumn', { row, header: spec.headers[column].join(' / ') });
    columns.set(column, index);
  }
  const missing = spec.required.filter((column) => !columns.has(column));
  if (missing.length) {
    const names = missing.map((column) => `"${spec.headers[column].join('" / "')}"`).join(' & ');
    throw spec.problem('missingColumns', { row, count: missing.length, columns: names });
  }
  return columns;
}

function tableRows<Column extends string>(
  spec: TableSpec<Column>,
  table: Iterable<{ row: number; cells: string[] }>,
): Array<TableRow<Column>> {
  let columns: Map<Column, number> | null = null;
  const rows: Array<TableRow<Column>> = [];
  const names = Object.keys(spec.headers) as Column[];
  for (const { row, cells } of table) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (!columns) {
      columns = headerColumns(spec, row, cells);
      continue;
    }
    const header = columns;
    const values = Object.fromEntries(
      names.map((column) => {
        const index = header.get(column);
        return [column, index === undefined ? '' : (cells[index] ?? '')];
      }),
    ) as Record<Column, string>;
    if (Object.values<string>(values).every((value) => value.trim() === '')) continue;
    if (rows.length === spec.maxRows) throw spec.problem('tooManyRows', { max: spec.maxRows });
    rows.push({ row, cells: values });
  }
  if (!columns) throw spec.problem('empty');
  return rows;
}

function* csvTable(bytes: Uint8Array, spec: TableSpec<string>) {
  let text: string;
  try {
    // TextDecoder drops a leading byte-order mark.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw spec.problem('notUtf8');
  }
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw spec.problem('csvUnreadable', { reason: (error as Error).message });
  }
  for (const [index, cells] of records.entries()) yield { row: index + 1, cells };
}

/** A date cell as ISO-8601 text: the day alone when it has no time of day, else the instant (ExcelJS reads UTC). */
function dateCellText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const iso = value.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

async function xlsxTable(bytes: Uint8Array, spec: TableSpec<string>) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw spec.problem('xlsxUnreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw spec.problem('noWorksheet');
  const table: Array<{ row: number; cells: string[] }> = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cell.formula
        ? `=${cell.formula}`
        : cell.value instanceof Date
          ? dateCellText(cell.value)
          : (cell.text ?? '');
    });
    table.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  return table;
}

/**
 * Reads an upload's bytes as XLSX (its first worksheet) or CSV (UTF-8, with or without a byte-order mark), told
 * apart by content; throws `spec.problem(…)` when the file cannot be used as a whole. The caller checks its size.
 */
export async function readTableFile<Column extends string>(
  file: File,
  bytes: Uint8Array,
  spec: TableSpec<Column>,
): Promise<Array<TableRow<Column>>> {
  const content = await detectContent(file);
  if (content.kind === 'xlsx') return tableRows(spec, await xlsxTable(bytes, spec));
  const name = file.name.toLowerCase();
  if (content.detected !== null || name.endsWith('.xlsx') || name.endsWith('.xls'))
    throw spec.problem('notSpreadsheet');
  return tableRows(spec, csvTable(bytes, spec));
}
