/**
 * Spreadsheet safety (OWASP "CSV Injection"): a cell whose text begins with `=`, `+`, `-`, `@`,
 * a tab or a carriage return is read by Excel, WPS and LibreOffice as a formula, which can run
 * commands or leak data when someone opens the file. Imports refuse such values
 * (`startsLikeFormula`); every CSV or XLSX the API writes passes its cells through `safeCell`
 * (for csv-stringify's `cast`) or `safeRow` (for ExcelJS rows). None is written yet.
 */

/** The first characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A spreadsheet cell's value as the API writes it. */
export type CellValue = string | number | boolean | Date | null | undefined;

/**
 * True when a spreadsheet would read the text as a formula: it begins with `=`, `+`, `-`, `@`, a
 * tab or a carriage return, as given or once surrounding spaces are trimmed (as imports store it).
 */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text) || FORMULA_START.test(text.trim());
}

/**
 * The cell with a formula-like string made inert by a leading `'` (shown as text, never run);
 * other strings and non-strings unchanged.
 */
export function safeCell<T extends CellValue>(value: T): T | string {
  return typeof value === 'string' && startsLikeFormula(value) ? `'${value}` : value;
}

/** A row of cells made safe, e.g. for ExcelJS `worksheet.addRow(safeRow(cells))`. */
export function safeRow(cells: readonly CellValue[]): CellValue[] {
  return cells.map(safeCell);
}
