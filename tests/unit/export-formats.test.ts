// The export formats' pure parts (RFC 4180 quoting, formula injection, NDJSON lines, XLSX cell types), the subtree
// pattern, the download file name, the export link tokens, and the download roles kept equal to export:run's.
import { PassThrough } from 'node:stream';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DATASETS, type ExportColumn, subtreePattern } from '../../api/exports/datasets.js';
import { EXPORT_ROLES, signExportToken, verifyExportToken } from '../../api/exports/download-link.js';
import { exportFileKey } from '../../api/exports/job.js';
import { exportFilename } from '../../api/exports/routes.js';
import {
  csvCell,
  csvField,
  csvHeader,
  csvLine,
  exportWriter,
  ndjsonLine,
  xlsxCell,
} from '../../api/exports/writers.js';
import { ACTIONS } from '../../schema/shared/authz/actions.js';

const text: ExportColumn = { key: 'name', type: 'text', description: '' };
const hours: ExportColumn = { key: 'hours', type: 'decimal', description: '' };
const when: ExportColumn = { key: 'at', type: 'timestamp', description: '' };
const columns = [text, hours, when];

describe('CSV', () => {
  it('quotes fields with quotes, commas or line breaks and doubles the quotes (RFC 4180)', () => {
    expect(csvField('plain 文本')).toBe('plain 文本');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('makes formula-like text inert, keeps numbers (a reversal’s negative hours) as they are', () => {
    for (const hostile of ['=1+1', '+1', '-cmd', '@SUM(A1)', '\tx', '\rx', '  =x'])
      expect(csvCell(text, hostile)).toMatch(/^"?'/);
    expect(csvCell(hours, '-12.50')).toBe('-12.50');
    expect(csvCell(hours, '=1')).toBe("'=1");
    expect(csvCell(text, null)).toBe('');
  });

  it('writes a BOM header and CRLF records that parse back', () => {
    const file =
      csvHeader(columns) +
      csvLine(columns, { name: 'Wang, "Li"\n王丽', hours: '-2.50', at: null }) +
      csvLine(columns, {});
    expect(file.startsWith('\uFEFFname,hours,at\r\n')).toBe(true);
    expect(parse(file, { bom: true, columns: true })).toEqual([
      { name: 'Wang, "Li"\n王丽', hours: '-2.50', at: '' },
      { name: '', hours: '', at: '' },
    ]);
  });
});

describe('NDJSON and XLSX cells', () => {
  it('writes one object per line in column order, nulls kept, nothing altered', () => {
    const line = ndjsonLine(columns, { at: '2026-12-02T11:48:23.123Z', name: '=x', extra: 'dropped' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual({ name: '=x', hours: null, at: '2026-12-02T11:48:23.123Z' });
    expect(Object.keys(JSON.parse(line))).toEqual(['name', 'hours', 'at']);
  });

  it('types XLSX cells: numbers, dates, inert text', () => {
    expect(xlsxCell(hours, '-2.50')).toBe(-2.5);
    expect(xlsxCell(when, '2026-12-02T11:48:23.123Z')).toEqual(new Date('2026-12-02T11:48:23.123Z'));
    expect(xlsxCell(text, '=cmd')).toBe("'=cmd");
    expect(xlsxCell(text, null)).toBeNull();
  });

  it('streams an XLSX that ExcelJS reads back', async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (chunk: Buffer) => chunks.push(chunk));
    const writer = exportWriter('XLSX', out, columns, 'CREDIT_RECORDS');
    await writer.writeRows([{ name: '@x', hours: '1.25', at: '2026-01-02T03:04:05.006Z' }]);
    await writer.end();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.concat(chunks) as never);
    const sheet = workbook.getWorksheet('CREDIT_RECORDS')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'name', 'hours', 'at']);
    expect(sheet.getRow(2).values).toEqual([undefined, "'@x", 1.25, new Date('2026-01-02T03:04:05.006Z')]);
  });
});

describe('datasets', () => {
  it('have unique column names, the cursor first', () => {
    for (const dataset of Object.values(DATASETS)) {
      const keys = dataset.columns.map((column) => column.key);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keys[0]).toBe(dataset.cursor);
      for (const column of dataset.columns) expect(column.description.length).toBeGreaterThan(5);
    }
    const people = DATASETS.PEOPLE.columns.map((column) => column.key.toLowerCase());
    for (const secret of ['phone', 'email', 'nationalid', 'nationalidmasked']) expect(people).not.toContain(secret);
  });

  it('match a subtree with LIKE, wildcards escaped', () => {
    expect(subtreePattern('/a/b/')).toBe('/a/b/%');
    expect(subtreePattern('/a_%\\/')).toBe('/a\\_\\%\\\\/%');
  });
});

describe('download', () => {
  it('names the file after the scope, the dataset and the day, path characters replaced', () => {
    expect(exportFilename('新北区', 'CREDIT_RECORDS', 'csv', new Date('2026-12-02T23:00:00Z'))).toBe(
      '新北区-credit-records-20261202.csv',
    );
    expect(exportFilename('a/b:c\u0001', 'PEOPLE', 'xlsx', new Date('2026-01-05T00:00:00Z'))).toBe(
      'a_b_c_-people-20260105.xlsx',
    );
  });

  it('derives a storage key from the job id', () => {
    expect(exportFileKey('019ae0b4-5c1e-7d2a-9f00-0123456789ab')).toBe('019ae0b45c1e7d2a9f000123456789ab');
    expect(() => exportFileKey('../../etc/passwd')).toThrow();
  });

  it('signs links for one job and person; refuses tampering, expiry and another secret', async () => {
    const secret = new Uint8Array(32).fill(7);
    const grant = { jobId: 'job-1', userId: 'user-1' };
    const token = await signExportToken(secret, grant, 300, new Date('2026-12-02T00:00:00Z'));
    expect(await verifyExportToken(secret, token, new Date('2026-12-02T00:04:59Z'))).toEqual({ ok: true, grant });
    expect(await verifyExportToken(secret, token, new Date('2026-12-02T00:05:00Z'))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(await verifyExportToken(new Uint8Array(32).fill(8), token, new Date('2026-12-02T00:00:01Z'))).toEqual({
      ok: false,
      reason: 'invalid',
    });
    const [h, , sig] = token.split('.');
    const forged = `${h}.${Buffer.from(JSON.stringify({ jid: 'job-2', sub: 'user-1', aud: 'tisheng-export-download', exp: 2e9 })).toString('base64url')}.${sig}`;
    expect((await verifyExportToken(secret, forged)).ok).toBe(false);
  });

  it('re-checks the roles of export:run', () => {
    expect([...EXPORT_ROLES].sort()).toEqual([...ACTIONS['export:run'].roles].sort());
  });
});
