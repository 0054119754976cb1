/**
 * The export formats, written row batch by row batch into a byte stream (never a whole file in memory):
 * NDJSON (one JSON object per line), CSV (RFC 4180, UTF-8 with a BOM so Excel and WPS read the Chinese right) and XLSX
 * (ExcelJS's streaming workbook writer, each row committed as it is written, no shared strings table).
 *
 * Every CSV and XLSX text cell goes through safeCell (api/spreadsheet/safe-cell.ts): a value beginning with =, +, -,
 * @, a tab or a carriage return gets a leading `'` so no spreadsheet runs it as a formula. Decimal and integer columns
 * are numbers the database produced (checked), never user text, so a reversal's "-2.50" stays a number.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { ExportFormat } from '../db/generated/prisma/enums.js';
import { safeCell } from '../spreadsheet/safe-cell.js';
import type { ExportColumn, ExportRow } from './datasets.js';

export const FORMAT_FILES: Record<ExportFormat, { contentType: string; extension: string }> = {
  NDJSON: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'ndjson' },
  CSV: { contentType: 'text/csv; charset=utf-8; header=present', extension: 'csv' },
  XLSX: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
};

const NUMBER = /^-?\d+(\.\d+)?$/;

/** A decimal or integer cell from SQL: its text when it is a plain number, else treated as text (made safe). */
function numericText(value: string): string | null {
  return NUMBER.test(value) ? value : null;
}

/** One NDJSON line: the row's values in column order (null when empty), `\n`-terminated. */
export function ndjsonLine(columns: readonly ExportColumn[], row: ExportRow): string {
  const object: Record<string, string | null> = {};
  for (const column of columns) object[column.key] = row[column.key] ?? null;
  return `${JSON.stringify(object)}\n`;
}

/** A CSV field (RFC 4180): quoted when it holds a quote, a comma or a line break, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** A CSV cell's text: empty for null, numbers as they are, any other text made safe against formula injection. */
export function csvCell(column: ExportColumn, value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  if ((column.type === 'decimal' || column.type === 'integer') && numericText(value) !== null) return value;
  return csvField(String(safeCell(value)));
}

/** One CSV record, CRLF-terminated (RFC 4180). */
export function csvLine(columns: readonly ExportColumn[], row: ExportRow): string {
  return `${columns.map((column) => csvCell(column, row[column.key])).join(',')}\r\n`;
}

/** The CSV header record, after the UTF-8 byte order mark. */
export function csvHeader(columns: readonly ExportColumn[]): string {
  return `\uFEFF${columns.map((column) => csvField(column.key)).join(',')}\r\n`;
}

/** An XLSX cell: numbers as numbers, timestamps as dates (UTC), text made safe; null stays empty. */
export function xlsxCell(column: ExportColumn, value: string | null | undefined): string | number | Date | null {
  if (value === null || value === undefined) return null;
  if (column.type === 'decimal' || column.type === 'integer')
    return numericText(value) !== null ? Number(value) : String(safeCell(value));
  if (column.type === 'timestamp') {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? String(safeCell(value)) : date;
  }
  return String(safeCell(value));
}

/** Writes a formatted file into `out`: the header, then batches of rows, then the end (which ends `out`). */
export interface ExportWriter {
  writeRows(rows: readonly ExportRow[]): Promise<void>;
  end(): Promise<void>;
}

/** Writes `text`, waiting for the stream to drain when its buffer is full (back-pressure from the storage). */
async function write(out: Writable, text: string): Promise<void> {
  if (out.destroyed) throw new Error('the export stream was closed');
  if (!out.write(text)) await once(out, 'drain');
}

/** Waits until `out` drained below its high-water mark (for writers that write without asking). */
async function drained(out: Writable): Promise<void> {
  if (out.destroyed) throw new Error('the export stream was closed');
  if (out.writableNeedDrain) await once(out, 'drain');
}

/**
 * Characters per chunk written: small chunks keep what the storage's reader buffers ahead (16 chunks, Readable.from)
 * small, whatever the batch size.
 */
const CHUNK_CHARS = 32 * 1024;

/** A text format: a header, then one line per row, written in chunks of about CHUNK_CHARS. */
function textWriter(out: Writable, header: string, line: (row: ExportRow) => string): ExportWriter {
  let started = false;
  return {
    async writeRows(rows) {
      let chunk = started ? '' : header;
      started = true;
      for (const row of rows) {
        chunk += line(row);
        if (chunk.length >= CHUNK_CHARS) {
          await write(out, chunk);
          chunk = '';
        }
      }
      if (chunk) await write(out, chunk);
    },
    async end() {
      if (!started && header) await write(out, header);
      out.end();
      // Rejects when the stream was destroyed (the storage failed) instead of waiting forever.
      await finished(out, { readable: false });
    },
  };
}

/** Column widths in XLSX (characters), by type. */
const WIDTH: Record<ExportColumn['type'], number> = { text: 24, decimal: 10, integer: 10, timestamp: 22 };

function xlsxWriter(out: Writable, columns: readonly ExportColumn[], sheetName: string): ExportWriter {
  // No shared strings (a workbook-wide table kept in memory until the end) and only the date style.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = columns.map((column) => ({
    key: column.key,
    width: WIDTH[column.type],
    ...(column.type === 'timestamp' ? { style: { numFmt: 'yyyy-mm-dd hh:mm:ss' } } : {}),
  }));
  sheet.addRow(columns.map((column) => column.key)).commit();
  return {
    async writeRows(rows) {
      for (const row of rows) sheet.addRow(columns.map((column) => xlsxCell(column, row[column.key]))).commit();
      await drained(out);
    },
    async end() {
      sheet.commit();
      await workbook.commit();
      await finished(out, { readable: false });
    },
  };
}

/** The writer of `format` over `out`. */
export function exportWriter(
  format: ExportFormat,
  out: Writable,
  columns: readonly ExportColumn[],
  sheetName: string,
): ExportWriter {
  switch (format) {
    case 'NDJSON':
      return textWriter(out, '', (row) => ndjsonLine(columns, row));
    case 'CSV':
      return textWriter(out, csvHeader(columns), (row) => csvLine(columns, row));
    case 'XLSX':
      return xlsxWriter(out, columns, sheetName);
  }
}
