/**
 * `exportProgrammeLearningProgress`: the district console as a CSV or XLSX file, written through the file storage as
 * a stream (the CSV line by line, the XLSX with exceljs's streaming WorkbookWriter) and returned as a StoredFile
 * with its `downloadUrl`.
 *
 * Cells a spreadsheet would run as a formula (text beginning with =, +, -, @, a tab or a carriage return: school
 * names are user data) are written with a leading apostrophe, so they show as text.
 */
import { PassThrough } from 'node:stream';
import { InputValidationError } from '@pothos/plugin-validation';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { builder } from '../builder.js';
import { storeGenerated } from '../files/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  ForbiddenActionError,
  globalIdSchema,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { loadProgrammeProgress, sortUnits, type UnitProgressData } from './school-progress.js';

/** Text a spreadsheet would take for a formula, made inert with a leading apostrophe. */
export function inertCell(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const HEADER = [
  '学校 School',
  '参训 Enrolled',
  '登录 Registered',
  '学习 Started',
  '合格 Passed',
  '不合格 Failed',
  '进行中 In progress',
  '登录率 Registration rate',
  '学习率 Study rate',
  '合格率 Pass rate',
];

const cellsOf = (unit: UnitProgressData): Array<string | number> => [
  inertCell(unit.name),
  unit.totals.enrolled,
  unit.totals.registered,
  unit.totals.started,
  unit.totals.passed,
  unit.totals.failed,
  unit.totals.inProgress,
  unit.totals.registrationRate,
  unit.totals.studyRate,
  unit.totals.passRate,
];

const csvField = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The CSV (UTF-8 with a byte-order mark, for Excel), one line at a time. */
export async function* csvLines(units: Iterable<UnitProgressData>): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`\uFEFF${HEADER.map(csvField).join(',')}\r\n`);
  for (const unit of units) yield encoder.encode(`${cellsOf(unit).map(csvField).join(',')}\r\n`);
}

/** The XLSX, streamed by exceljs's WorkbookWriter. */
export function xlsxStream(units: Iterable<UnitProgressData>): AsyncIterable<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Schools');
  void (async () => {
    try {
      sheet.addRow(HEADER).commit();
      for (const unit of units) sheet.addRow(cellsOf(unit)).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

const FORMATS = {
  CSV: { extension: 'csv', contentType: 'text/csv' },
  XLSX: { extension: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

export const ExportFormat = builder.enumType('LearningExportFormat', {
  description: 'The file format of an export.',
  values: {
    CSV: { description: 'Comma-separated values, UTF-8 with a byte-order mark.' },
    XLSX: { description: 'An Excel workbook.' },
  } as const,
});

const ExportInput = builder.inputType('ExportProgrammeLearningProgressInput', {
  description: 'The programme and the file format.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    format: t.field({ type: ExportFormat, required: true, description: 'CSV or XLSX.' }),
  }),
});

const exportSchema = z.object({ programmeId: globalIdSchema, format: z.enum(['CSV', 'XLSX']) });

builder.mutationField('exportProgrammeLearningProgress', (t) =>
  t.prismaField({
    type: 'StoredFile',
    description:
      'The district console (every school’s counts and rates, by name) as a CSV or XLSX file, streamed into the file storage; download ' +
      'it through `downloadUrl`. Cells that a spreadsheet would run as formulas are written with a leading apostrophe. For the district ' +
      'and province admins over the programme (action programme:readProgress).',
    authorize: {
      action: 'programme:readProgress',
      resource: (_root, args) => ({ kind: 'Programme', id: args.input.programmeId.id }),
    },
    errors: {
      types: [InputValidationError, NotFoundError, ForbiddenActionError],
      result: { description: 'The file is stored.' },
      dataField: { name: 'file', description: 'The exported file.' },
    },
    args: { input: t.arg({ type: ExportInput, required: true, description: 'The programme and format.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(exportSchema, args.input);
      const programmeId = input.programmeId.id;
      const prisma = context.db.prisma;
      const programme = await prisma.programme.findUnique({
        where: { id: programmeId },
        select: { orgPath: true, code: true },
      });
      if (!programme) throw new NotFoundError('Programme');
      const units = sortUnits(await loadProgrammeProgress(prisma, programmeId), 'NAME_ASC');
      const format = FORMATS[input.format];
      const fileId = await storeGenerated(
        prisma,
        context.files.storage,
        input.format === 'CSV' ? csvLines(units) : xlsxStream(units),
        {
          filename: `learning-progress-${programme.code}.${format.extension}`,
          contentType: format.contentType,
          orgPath: programme.orgPath,
          uploadedById: actingUserId(context),
        },
      );
      return prisma.storedFile.findUniqueOrThrow({ ...payloadQuery(query, {}), where: { id: fileId } });
    },
  }),
);
