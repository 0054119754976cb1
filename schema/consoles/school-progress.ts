/**
 * The school and district consoles: a school's rates, verdict counts, excellent nominees and per-class rows
 * (`schoolLearningProgress`), and every school's rates in a programme, sortable (`programmeLearningProgress`).
 *
 * Decision: verdicts need the scoring engine, so the facts of every enrolment concerned are read in ONE statement
 * (schema/consoles/progress.ts `enrolmentRows`), the scores in two more (`loadScores`), the engine runs in TS and
 * the rates are grouped per class or school in TS. The statement count does not depend on the number of teachers,
 * classes or schools; sorting by a rate happens after grouping (it cannot be done in SQL without the engine).
 */
import { createContextCache } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { loadScores } from '../scoring/index.js';
import { type ClassTotalsData, enrolmentRows, type TeacherProgressData, totalsOf } from './progress.js';
import { ClassProgressTotals } from './types.js';

/** Counts and rates of one organisation (a class of a school, or a school of a programme). */
export interface UnitProgressData {
  organisationId: string;
  name: string;
  totals: ClassTotalsData;
}

export interface SchoolProgressData {
  totals: ClassTotalsData;
  classes: UnitProgressData[];
  nominated: number;
  confirmed: number;
}

const organisationsById = createContextCache(
  (context: Context) =>
    new DataLoader(async (ids: readonly string[]) => {
      const rows = await context.db.prisma.organisation.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** Rows of every enrolment matching `filter` with their verdicts: three statements. */
async function rowsWithVerdicts(db: PrismaClient, programmeId: string, filter: Prisma.Sql, now = new Date()) {
  const rows = await enrolmentRows(db, programmeId, filter);
  const scores = await loadScores(
    db,
    rows.map((row) => row.enrolmentId),
    now,
  );
  return rows.map((row) => ({
    ...row,
    verdict: scores.get(row.enrolmentId)?.verdict ?? null,
  }));
}

/** Groups rows by a key into counts and rates, with every named unit present (zero when it has no teacher). */
function groupTotals<R extends Pick<TeacherProgressData, 'registered' | 'started' | 'verdict'>>(
  rows: R[],
  keyOf: (row: R) => string | null,
  units: ReadonlyArray<{ id: string; name: string }>,
): UnitProgressData[] {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    if (key === null) continue;
    const list = groups.get(key) ?? [];
    list.push(row);
    groups.set(key, list);
  }
  return units.map((unit) => ({
    organisationId: unit.id,
    name: unit.name,
    totals: totalsOf(groups.get(unit.id) ?? []),
  }));
}

export async function loadSchoolProgress(
  db: PrismaClient,
  school: { id: string; path: string },
  programmeId: string,
): Promise<SchoolProgressData | null> {
  const programme = await db.programme.findUnique({ where: { id: programmeId }, select: { orgPath: true } });
  if (!programme || !school.path.startsWith(programme.orgPath)) return null;
  const rows = await rowsWithVerdicts(db, programmeId, Prisma.sql`e."schoolId" = ${school.id}`);
  const classes = await db.organisation.findMany({
    where: { parentId: school.id, kind: 'CLASS' },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
  const [nominations] = await db.$queryRaw<Array<{ nominated: number; confirmed: number }>>`
    SELECT count(*) FILTER (WHERE status IN ('NOMINATED', 'CONFIRMED'))::int AS nominated,
           count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed
      FROM "ExcellentNomination"
     WHERE "programmeId" = ${programmeId} AND "orgPath" LIKE ${`${school.path}%`}`;
  return {
    totals: totalsOf(rows),
    classes: groupTotals(rows, (row) => row.classId, classes),
    nominated: nominations?.nominated ?? 0,
    confirmed: nominations?.confirmed ?? 0,
  };
}

export const ProgrammeLearningOrder = builder.enumType('ProgrammeLearningOrder', {
  description: 'How the district console sorts schools (ties: by name, then id).',
  values: {
    PASS_RATE_ASC: { description: 'Lowest pass rate first.' },
    PASS_RATE_DESC: { description: 'Highest pass rate first.' },
    STUDY_RATE_ASC: { description: 'Lowest study rate first.' },
    STUDY_RATE_DESC: { description: 'Highest study rate first.' },
    REGISTRATION_RATE_ASC: { description: 'Lowest registration rate first.' },
    REGISTRATION_RATE_DESC: { description: 'Highest registration rate first.' },
    NAME_ASC: { description: 'By school name.' },
    NAME_DESC: { description: 'By school name, descending.' },
  } as const,
});
export type ProgrammeLearningOrderValue =
  | 'PASS_RATE_ASC'
  | 'PASS_RATE_DESC'
  | 'STUDY_RATE_ASC'
  | 'STUDY_RATE_DESC'
  | 'REGISTRATION_RATE_ASC'
  | 'REGISTRATION_RATE_DESC'
  | 'NAME_ASC'
  | 'NAME_DESC';

/** Sorts units by the order (pure; ties by name, then id). */
export function sortUnits(units: UnitProgressData[], order: ProgrammeLearningOrderValue): UnitProgressData[] {
  const descending = order.endsWith('_DESC');
  const metric = order.replace(/_(ASC|DESC)$/, '');
  const value = (unit: UnitProgressData) =>
    metric === 'PASS_RATE'
      ? unit.totals.passRate
      : metric === 'STUDY_RATE'
        ? unit.totals.studyRate
        : metric === 'REGISTRATION_RATE'
          ? unit.totals.registrationRate
          : 0;
  const byName = (a: UnitProgressData, b: UnitProgressData) =>
    a.name.localeCompare(b.name, 'zh-CN') || (a.organisationId < b.organisationId ? -1 : 1);
  return [...units].sort((a, b) => {
    const primary = metric === 'NAME' ? byName(a, b) : value(a) - value(b);
    if (primary !== 0) return descending ? -primary : primary;
    return byName(a, b);
  });
}

/** Every school of the programme's batches with its counts and rates: four statements whatever the size. */
export async function loadProgrammeProgress(db: PrismaClient, programmeId: string): Promise<UnitProgressData[]> {
  const schools = await db.organisation.findMany({
    where: { batchSchools: { some: { batch: { programmeId } } } },
    select: { id: true, name: true },
  });
  const rows = await rowsWithVerdicts(db, programmeId, Prisma.sql`TRUE`);
  return groupTotals(rows, (row) => row.schoolId, schools);
}

export const UnitProgress = builder.objectRef<UnitProgressData>('UnitProgress').implement({
  description: 'Counts and rates of one class (school console) or school (district console) in a programme.',
  fields: (t) => ({
    organisation: t.field({
      type: Organisation,
      nullable: true,
      description: 'The class or school.',
      resolve: (unit, _args, context) => organisationsById(context).load(unit.organisationId),
    }),
    name: t.exposeString('name', { description: 'Its name.' }),
    totals: t.field({ type: ClassProgressTotals, description: 'Counts and rates.', resolve: (unit) => unit.totals }),
  }),
});

const SchoolLearningProgress = builder.objectRef<SchoolProgressData>('SchoolLearningProgress').implement({
  description:
    'A school’s learning console in a programme: rates, verdict counts, excellent nominees, one row per class.',
  fields: (t) => ({
    totals: t.field({
      type: ClassProgressTotals,
      description: 'Counts (by verdict too) and rates of the school’s enrolled teachers.',
      resolve: (data) => data.totals,
    }),
    classes: t.field({
      type: [UnitProgress],
      description: 'Every class of the school, by name (teachers without a class count in the totals only).',
      resolve: (data) => data.classes,
    }),
    excellentNominated: t.int({
      description:
        'Excellent-trainee nominees of the school taking a place (NOMINATED or CONFIRMED); the list is Organisation.excellentNominations.',
      resolve: (data) => data.nominated,
    }),
    excellentConfirmed: t.int({
      description: 'Of those, the ones the district CONFIRMED.',
      resolve: (data) => data.confirmed,
    }),
  }),
});

builder.queryField('schoolLearningProgress', (t) =>
  t.field({
    type: SchoolLearningProgress,
    nullable: true,
    description:
      'A school’s learning console in a programme: registration, study and pass rates, counts by verdict, excellent nominees and one row ' +
      'per class. For the school, district and province admins over the school (action school:readProgress); null for anyone else and for ' +
      'a programme of another district. The same number of SQL statements for any school size.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({ required: true, for: Organisation, description: 'The school.' }),
    },
    authorize: { action: 'school:readProgress', resource: (_root, args) => ({ kind: 'School', id: args.schoolId.id }) },
    resolve: async (_root, args, context) => {
      const school = await context.db.prisma.organisation.findUnique({
        where: { id: args.schoolId.id },
        select: { id: true, path: true, kind: true },
      });
      if (school?.kind !== 'SCHOOL') return null;
      return loadSchoolProgress(context.db.prisma, school, args.programmeId.id);
    },
  }),
);

builder.queryField('programmeLearningProgress', (t) =>
  t.connection(
    {
      type: UnitProgress,
      nullable: true,
      description:
        'The district console: every school of the programme’s batches with its registration, study and pass rates, sorted (default ' +
        'PASS_RATE_ASC: schools needing attention first). For the district and province admins over the programme (action ' +
        'programme:readProgress); null for anyone else. The facts of every enrolment are read in one statement and the verdicts computed ' +
        'by the scoring engine, so the statement count does not grow with the schools. At most 100 a page.',
      args: {
        programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
        orderBy: t.arg({
          type: ProgrammeLearningOrder,
          required: false,
          defaultValue: 'PASS_RATE_ASC',
          description: 'Sort order (default PASS_RATE_ASC).',
        }),
      },
      authorize: {
        action: 'programme:readProgress',
        resource: (_root, args) => ({ kind: 'Programme', id: args.programmeId.id }),
      },
      resolve: async (_root, args, context) => {
        const units = sortUnits(
          await loadProgrammeProgress(context.db.prisma, args.programmeId.id),
          (args.orderBy ?? 'PASS_RATE_ASC') as ProgrammeLearningOrderValue,
        );
        const connection = await resolveOffsetConnection({ args }, ({ offset, limit }) =>
          units.slice(offset, offset + limit),
        );
        return { ...connection, totalCount: units.length };
      },
    },
    {
      name: 'UnitProgressConnection',
      description: 'A page of schools’ progress.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Schools in the programme’s batches.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
);
