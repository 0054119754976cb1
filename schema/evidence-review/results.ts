/**
 * The school's result sheet (教师应用能力点测评结果登记表): one row per enrolled teacher × selected competency with the
 * evidence's state and outcome, its totals, and its XLSX export. A page is read in a fixed number of statements
 * (the selection items, then their evidence, review counts and groups), whatever its size.
 */
import { PassThrough } from 'node:stream';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import ExcelJS from 'exceljs';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { PrismaClient } from '../../api/db/client.js';
import { type CellValue, safeRow } from '../../api/spreadsheet/safe-cell.js';
import { builder } from '../builder.js';
import { Evidence, EvidenceOutcome, EvidenceStatus, evidenceAccess, type VisibleEvidence } from '../evidence/index.js';
import { storeGenerated } from '../files/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { actingUserId, globalIdSchema, NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { exportResultsErrors } from './errors.js';
import { type EvidenceOutcomeValue, type EvidenceStatusValue, type ResultTotals, resultTotals } from './rules.js';

type Db = Pick<
  PrismaClient,
  'selectionItem' | 'evidence' | 'evidenceReview' | 'roleAssignment' | 'organisation' | 'enrolment'
>;

interface EvidenceRowData {
  id: string;
  status: EvidenceStatusValue;
  version: number;
  outcome: EvidenceOutcomeValue | null;
  points: number | null;
  assessedAt: Date | null;
  groupRecommended: boolean;
  groupPath: string | null;
  [column: string]: unknown;
}

export interface ResultRow {
  teacherId: string;
  teacherName: string;
  employeeNumber: string | null;
  groupName: string | null;
  competencyCode: string;
  competencyNameZh: string;
  competencyNameEn: string;
  evidence: EvidenceRowData | null;
  raters: number;
}

/** The competencies the school's teachers selected: items of SUBMITTED or APPROVED selections (a RETURNED one is redone). */
const itemsWhere = (programmeId: string, schoolId: string) => ({
  selection: { status: { in: ['SUBMITTED' as const, 'APPROVED' as const] }, enrolment: { programmeId, schoolId } },
});

/** The rows of one page (offset, limit), or of the whole sheet without them. */
export async function loadResultRows(
  db: Db,
  programmeId: string,
  schoolId: string,
  page?: { offset: number; limit: number },
): Promise<ResultRow[]> {
  const items = await db.selectionItem.findMany({
    where: itemsWhere(programmeId, schoolId),
    orderBy: [
      { selection: { enrolment: { teacher: { displayName: 'asc' } } } },
      { selectionId: 'asc' },
      { position: 'asc' },
    ],
    ...(page ? { skip: page.offset, take: page.limit } : {}),
    select: {
      competencyId: true,
      competency: { select: { code: true, nameZh: true, nameEn: true } },
      selection: {
        select: {
          enrolmentId: true,
          enrolment: { select: { teacher: { select: { id: true, displayName: true, employeeNumber: true } } } },
        },
      },
    },
  });
  if (items.length === 0) return [];
  const enrolmentIds = [...new Set(items.map((item) => item.selection.enrolmentId))];
  const evidence = await db.evidence.findMany({ where: { enrolmentId: { in: enrolmentIds } } });
  const byKey = new Map(evidence.map((row) => [`${row.enrolmentId}:${row.competencyId}`, row]));
  const counts = evidence.length
    ? await db.evidenceReview.findMany({
        where: { evidenceId: { in: evidence.map((row) => row.id) }, kind: 'ASSESSMENT' },
        select: { evidenceId: true, version: true },
      })
    : [];
  const teacherIds = [...new Set(items.map((item) => item.selection.enrolment.teacher.id))];
  const groupPaths = [...new Set(evidence.flatMap((row) => (row.groupPath ? [row.groupPath] : [])))];
  // The group the evidence was submitted from, else the group the teacher is a member of now.
  const groups = await db.organisation.findMany({
    where: {
      kind: 'GROUP',
      OR: [
        ...(groupPaths.length ? [{ path: { in: groupPaths } }] : []),
        { roleAssignments: { some: { role: 'TEACHER', userId: { in: teacherIds } } } },
      ],
    },
    select: {
      name: true,
      path: true,
      roleAssignments: { where: { role: 'TEACHER', userId: { in: teacherIds } }, select: { userId: true } },
    },
  });
  const groupByPath = new Map(groups.map((group) => [group.path, group.name]));
  const groupOfTeacher = new Map<string, string>();
  for (const group of [...groups].sort((a, b) => a.path.localeCompare(b.path)))
    for (const member of group.roleAssignments)
      if (!groupOfTeacher.has(member.userId)) groupOfTeacher.set(member.userId, group.name);
  return items.map((item) => {
    const teacher = item.selection.enrolment.teacher;
    const row = byKey.get(`${item.selection.enrolmentId}:${item.competencyId}`) ?? null;
    return {
      teacherId: teacher.id,
      teacherName: teacher.displayName,
      employeeNumber: teacher.employeeNumber,
      groupName:
        (row?.groupPath ? groupByPath.get(row.groupPath) : undefined) ?? groupOfTeacher.get(teacher.id) ?? null,
      competencyCode: item.competency.code,
      competencyNameZh: item.competency.nameZh,
      competencyNameEn: item.competency.nameEn,
      evidence: row as EvidenceRowData | null,
      raters: row
        ? counts.filter((review) => review.evidenceId === row.id && review.version === row.version).length
        : 0,
    };
  });
}

/** The sheet's totals, in three statements. */
export async function loadResultTotals(db: Db, programmeId: string, schoolId: string): Promise<ResultTotals> {
  const items = await db.selectionItem.findMany({
    where: itemsWhere(programmeId, schoolId),
    select: {
      competencyId: true,
      selection: { select: { enrolmentId: true, enrolment: { select: { teacherId: true } } } },
    },
  });
  const evidence = await db.evidence.findMany({
    where: { programmeId, enrolment: { schoolId } },
    select: { enrolmentId: true, competencyId: true, outcome: true, status: true },
  });
  const enrolled = await db.enrolment.count({ where: { programmeId, schoolId } });
  const outcome = new Map(
    evidence.map((row) => [`${row.enrolmentId}:${row.competencyId}`, row.status === 'ASSESSED' ? row.outcome : null]),
  );
  return resultTotals(
    items.map((item) => ({
      teacherId: item.selection.enrolment.teacherId,
      outcome: outcome.get(`${item.selection.enrolmentId}:${item.competencyId}`) ?? null,
    })),
    enrolled,
  );
}

/** Whether the school takes part in the programme (one of its batches). */
async function schoolInProgramme(context: Context, programmeId: string, schoolId: string) {
  const taking = await context.db.prisma.batchSchool.findFirst({
    where: { schoolId, batch: { programmeId } },
    select: { batchId: true },
  });
  return taking !== null;
}

const ResultRowRef = builder.objectRef<ResultRow>('AssessmentResultRow').implement({
  description: 'One row of the result sheet: a teacher’s selected competency and how its evidence stands.',
  fields: (t) => ({
    teacherName: t.exposeString('teacherName', { description: 'The teacher’s name.' }),
    employeeNumber: t.exposeString('employeeNumber', {
      nullable: true,
      description: 'The teacher’s employee number (工号).',
    }),
    groupName: t.exposeString('groupName', {
      nullable: true,
      description:
        'The teaching-research group: the one the evidence was submitted from, else the teacher’s group now.',
    }),
    competencyCode: t.exposeString('competencyCode', { description: 'The competency’s code (A1, B2, …).' }),
    competencyName: t.exposeString('competencyNameZh', { description: 'The competency’s name in Chinese.' }),
    competencyNameEn: t.exposeString('competencyNameEn', { description: 'The competency’s name in English.' }),
    status: t.field({
      type: EvidenceStatus,
      nullable: true,
      description: 'Where the evidence is; null when the teacher has none for this competency yet.',
      resolve: (row) => row.evidence?.status ?? null,
    }),
    outcome: t.field({
      type: EvidenceOutcome,
      nullable: true,
      description: 'The settled outcome: PASS (合格), EXCELLENT (优秀) or FAIL (不合格); null until assessed.',
      resolve: (row) => (row.evidence?.status === 'ASSESSED' ? row.evidence.outcome : null),
    }),
    points: t.float({
      nullable: true,
      description: 'The aggregated rubric points; null until assessed.',
      resolve: (row) => (row.evidence?.status === 'ASSESSED' ? row.evidence.points : null),
    }),
    raters: t.exposeInt('raters', { description: 'Raters who assessed the current version so far.' }),
    assessedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the outcome was settled.',
      resolve: (row) => row.evidence?.assessedAt ?? null,
    }),
    groupRecommended: t.boolean({
      description: 'True when the group leader recommended the current version as excellent.',
      resolve: (row) => row.evidence?.groupRecommended ?? false,
    }),
    evidence: t.field({
      type: Evidence,
      nullable: true,
      description:
        'The evidence itself; null when there is none yet, or while it is a draft never submitted (only its author sees it).',
      resolve: async (row, _args, context) => {
        const evidence = row.evidence as (EvidenceRowData & VisibleEvidence) | null;
        return evidence && (await evidenceAccess(context, evidence)) !== null ? (evidence as never) : null;
      },
    }),
  }),
});

const ResultTotalsRef = builder.objectRef<ResultTotals>('AssessmentResultTotals').implement({
  description: 'Totals of a school’s result sheet.',
  fields: (t) => ({
    teachers: t.exposeInt('teachers', { description: 'Teachers enrolled from the school.' }),
    teachersPassed: t.exposeInt('teachersPassed', {
      description: 'Teachers with every selected competency PASS or EXCELLENT.',
    }),
    teacherPassRate: t.exposeFloat('teacherPassRate', { description: 'teachersPassed ÷ teachers, 0..1.' }),
    pieces: t.exposeInt('pieces', { description: 'Rows: selected competencies of the enrolled teachers.' }),
    assessed: t.exposeInt('assessed', { description: 'Rows with a settled outcome.' }),
    passed: t.exposeInt('passed', { description: 'Rows PASS or EXCELLENT.' }),
    excellent: t.exposeInt('excellent', { description: 'Rows EXCELLENT.' }),
    failed: t.exposeInt('failed', { description: 'Rows FAIL.' }),
    passRate: t.exposeFloat('passRate', { description: 'passed ÷ pieces, 0..1.' }),
  }),
});

builder.queryField('schoolAssessmentResults', (t) =>
  t.connection(
    {
      type: ResultRowRef,
      nullable: true,
      description:
        'The school’s result sheet (教师应用能力点测评结果登记表): one row per enrolled teacher × selected competency, by teacher name, with ' +
        'the evidence’s status, outcome, points, raters and group recommendation, and `totals`. For the school, district and province ' +
        'admins over the school (action evidence:readResults); null for anyone else and for a school not in the programme. A page costs ' +
        'the same few statements whatever its size. At most 100 a page.',
      args: {
        programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
        schoolId: t.arg.globalID({ required: true, for: Organisation, description: 'A school in the programme.' }),
      },
      authorize: {
        action: 'evidence:readResults',
        resource: (_root, args) => ({ kind: 'School', id: args.schoolId.id }),
      },
      resolve: async (_root, args, context) => {
        const programmeId = args.programmeId.id;
        const schoolId = args.schoolId.id;
        if (!(await schoolInProgramme(context, programmeId, schoolId))) return null;
        const prisma = context.db.prisma;
        const connection = await resolveOffsetConnection({ args }, ({ offset, limit }) =>
          loadResultRows(prisma, programmeId, schoolId, { offset, limit }),
        );
        return { ...connection, totals: () => loadResultTotals(prisma, programmeId, schoolId) };
      },
    },
    {
      name: 'AssessmentResultConnection',
      description: 'A page of a school’s result sheet, with its totals.',
      fields: (connection) => ({
        totals: connection.field({
          type: ResultTotalsRef,
          description: 'Totals of the whole sheet (not only this page).',
          resolve: (parent) => (parent as unknown as { totals: () => Promise<ResultTotals> }).totals(),
        }),
      }),
    },
  ),
);

const HEADER = [
  '教师 Teacher',
  '工号 Employee number',
  '教研组 Group',
  '能力点 Competency',
  '能力点名称 Competency name',
  '状态 Status',
  '测评结果 Outcome',
  '得分 Points',
  '评分人数 Raters',
  '测评时间 Assessed at',
  '教研组推荐优秀 Recommended',
];

const OUTCOME_CELL: Record<EvidenceOutcomeValue, string> = {
  PASS: '合格 PASS',
  EXCELLENT: '优秀 EXCELLENT',
  FAIL: '不合格 FAIL',
};

/** A row as spreadsheet cells: every text that comes from people is passed through `safeRow`. */
export function resultCells(row: ResultRow): CellValue[] {
  const assessed = row.evidence?.status === 'ASSESSED';
  return safeRow([
    row.teacherName,
    row.employeeNumber ?? '',
    row.groupName ?? '',
    row.competencyCode,
    row.competencyNameZh,
    row.evidence?.status ?? '',
    assessed && row.evidence?.outcome ? OUTCOME_CELL[row.evidence.outcome] : '',
    assessed ? (row.evidence?.points ?? '') : '',
    row.raters,
    assessed && row.evidence?.assessedAt ? row.evidence.assessedAt.toISOString() : '',
    row.evidence?.groupRecommended ? '是 yes' : '',
  ]);
}

function xlsxStream(rows: readonly ResultRow[], totals: ResultTotals): AsyncIterable<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Results');
  void (async () => {
    try {
      sheet.addRow(HEADER).commit();
      for (const row of rows) sheet.addRow(resultCells(row)).commit();
      sheet.addRow([]).commit();
      sheet.addRow(['参训教师 Teachers', totals.teachers]).commit();
      sheet.addRow(['合格教师 Teachers passed', totals.teachersPassed]).commit();
      sheet.addRow(['测评项 Pieces', totals.pieces]).commit();
      sheet.addRow(['已测评 Assessed', totals.assessed]).commit();
      sheet.addRow(['合格 Passed', totals.passed]).commit();
      sheet.addRow(['优秀 Excellent', totals.excellent]).commit();
      sheet.addRow(['不合格 Failed', totals.failed]).commit();
      sheet.addRow(['合格率 Pass rate', totals.passRate]).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return out;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const ExportInput = builder.inputType('ExportSchoolAssessmentResultsInput', {
  description: 'The programme and the school.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({ required: true, for: Organisation, description: 'A school in the programme.' }),
  }),
});

const exportSchema = z.object({ programmeId: globalIdSchema, schoolId: globalIdSchema });

builder.mutationField('exportSchoolAssessmentResults', (t) =>
  t.prismaField({
    type: 'StoredFile',
    description:
      'The school’s result sheet (教师应用能力点测评结果登记表) as an XLSX workbook, every row and the totals, streamed into the file ' +
      'storage; download it through `downloadUrl`. Text that a spreadsheet would run as a formula (names beginning with =, +, -, @) is ' +
      'written with a leading apostrophe. For the school, district and province admins over the school (action evidence:readResults); ' +
      'NOT_FOUND for a school not in the programme.',
    authorize: {
      action: 'evidence:readResults',
      resource: (_root, args) => ({ kind: 'School', id: args.input.schoolId.id }),
    },
    errors: {
      types: exportResultsErrors,
      result: { description: 'The file is stored.' },
      dataField: { name: 'file', description: 'The exported workbook.' },
    },
    args: { input: t.arg({ type: ExportInput, required: true, description: 'The programme and school.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(exportSchema, args.input);
      const programmeId = input.programmeId.id;
      const schoolId = input.schoolId.id;
      const prisma = context.db.prisma;
      if (!(await schoolInProgramme(context, programmeId, schoolId))) throw new NotFoundError('Programme');
      const [programme, school] = await Promise.all([
        prisma.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { code: true } }),
        prisma.organisation.findUniqueOrThrow({ where: { id: schoolId }, select: { code: true, path: true } }),
      ]);
      const rows = await loadResultRows(prisma, programmeId, schoolId);
      const totals = await loadResultTotals(prisma, programmeId, schoolId);
      const fileId = await storeGenerated(prisma, context.files.storage, xlsxStream(rows, totals), {
        filename: `assessment-results-${programme.code}-${school.code}.xlsx`,
        contentType: XLSX_TYPE,
        orgPath: school.path,
        uploadedById: actingUserId(context),
      });
      return prisma.storedFile.findUniqueOrThrow({ ...payloadQuery(query, {}), where: { id: fileId } });
    },
  }),
);
