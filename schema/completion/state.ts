/**
 * A school's completion in a programme as every reader and write sees it: the school, the programme's rules, the
 * stored SchoolCompletion row (none until the first write), every enrolled teacher with their qualification verdict,
 * and the qualified rate. Loaded for any number of (programme, school) pairs in a fixed number of statements: the
 * pairs (1), their rows (1), their enrolments (1), and the qualification facts (≤ 5).
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { Prisma, type SchoolCompletion as SchoolCompletionRow } from '../../api/db/generated/prisma/client.js';
import type { EnrolmentRules } from '../credit-hours/index.js';
import { type ProgrammeRules, parseProgrammeRules } from '../programmes/index.js';
import { ConflictError, NotFoundError } from '../shared/index.js';
import { qualificationVerdicts } from './qualification.js';
import { type CompletionRate, completionRate, type QualificationVerdict } from './rules.js';

type Db = PrismaClient | Transaction;

export interface CompletionKey {
  programmeId: string;
  schoolId: string;
}

/** The key of a pair in loaders and in the SchoolCompletion resource: "programmeId:schoolId". */
export const completionKey = ({ programmeId, schoolId }: CompletionKey) => `${programmeId}:${schoolId}`;

export function parseCompletionKey(key: string): CompletionKey | null {
  const [programmeId, schoolId, extra] = key.split(':');
  return programmeId && schoolId && extra === undefined ? { programmeId, schoolId } : null;
}

export interface EnrolledTeacher {
  enrolmentId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  verdict: QualificationVerdict;
}

export interface CompletionState extends CompletionKey {
  /** Path of the school. */
  orgPath: string;
  schoolName: string;
  schoolCode: string;
  fullTimeTeachers: number | null;
  districtPath: string;
  rules: ProgrammeRules;
  row: SchoolCompletionRow | null;
  /** Enrolled teachers by enrolment id (the order of the at-risk list). */
  teachers: EnrolledTeacher[];
  qualifiedCount: number;
  rate: CompletionRate;
}

interface PairRow {
  programmeId: string;
  schoolId: string;
  path: string;
  name: string;
  code: string;
  fullTimeTeachers: number | null;
  districtPath: string;
  rules: unknown;
}

interface TeacherRow {
  enrolmentId: string;
  programmeId: string;
  schoolId: string;
  teacherId: string;
  teacherName: string;
  login: string;
  orgPath: string;
}

/**
 * The states of the pairs whose school is in one of the programme's batches (absent otherwise). Pass a transaction to
 * read inside it.
 */
export async function loadCompletionStates(
  db: Db,
  keys: readonly CompletionKey[],
  { now = new Date(), teachers: withTeachers = true }: { now?: Date; teachers?: boolean } = {},
): Promise<Map<string, CompletionState>> {
  if (keys.length === 0) return new Map();
  const programmeIds = keys.map((key) => key.programmeId);
  const schoolIds = keys.map((key) => key.schoolId);
  const pairs = await db.$queryRaw<PairRow[]>`
    SELECT DISTINCT p.id AS "programmeId", o.id AS "schoolId", o.path, o.name, o.code,
           o."fullTimeTeachers", p."orgPath" AS "districtPath", p.rules
      FROM unnest(${programmeIds}::text[], ${schoolIds}::text[]) AS k(programme_id, school_id)
      JOIN "Programme" p ON p.id = k.programme_id
      JOIN "Organisation" o ON o.id = k.school_id AND o.kind = 'SCHOOL'
     WHERE EXISTS (SELECT 1 FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
                    WHERE bs."schoolId" = o.id AND b."programmeId" = p.id)`;
  if (pairs.length === 0) return new Map();
  const found = pairs.map(({ programmeId, schoolId }) => ({ programmeId, schoolId }));
  const [rows, teachers] = await Promise.all([
    db.schoolCompletion.findMany({ where: { OR: found } }),
    withTeachers
      ? db.$queryRaw<TeacherRow[]>`
      SELECT e.id AS "enrolmentId", e."programmeId", e."schoolId", e."teacherId", u."displayName" AS "teacherName",
             u.login, e."orgPath"
        FROM unnest(${found.map((k) => k.programmeId)}::text[], ${found.map((k) => k.schoolId)}::text[])
             AS k(programme_id, school_id)
        JOIN "Enrolment" e ON e."programmeId" = k.programme_id AND e."schoolId" = k.school_id
        JOIN "User" u ON u.id = e."teacherId"
       ORDER BY e.id`
      : Promise.resolve([] as TeacherRow[]),
  ]);
  const rules = new Map<string, ProgrammeRules>();
  for (const pair of pairs)
    if (!rules.has(pair.programmeId)) rules.set(pair.programmeId, parseProgrammeRules(pair.rules));
  const enrolments = new Map<string, EnrolmentRules>(
    teachers.map((teacher) => [
      teacher.enrolmentId,
      {
        id: teacher.enrolmentId,
        programmeId: teacher.programmeId,
        teacherId: teacher.teacherId,
        schoolId: teacher.schoolId,
        orgPath: teacher.orgPath,
        rules: rules.get(teacher.programmeId) as ProgrammeRules,
      },
    ]),
  );
  const verdicts = await qualificationVerdicts(db, enrolments, now);
  const rowByKey = new Map(rows.map((row) => [completionKey(row), row]));
  const teachersByKey = new Map<string, EnrolledTeacher[]>();
  for (const teacher of teachers) {
    const key = completionKey(teacher);
    const list = teachersByKey.get(key) ?? [];
    list.push({
      enrolmentId: teacher.enrolmentId,
      teacherId: teacher.teacherId,
      teacherName: teacher.teacherName,
      login: teacher.login,
      verdict: verdicts.get(teacher.enrolmentId) ?? { qualified: false, reasons: [] },
    });
    teachersByKey.set(key, list);
  }
  const states = new Map<string, CompletionState>();
  for (const pair of pairs) {
    const key = completionKey(pair);
    const programmeRules = rules.get(pair.programmeId) as ProgrammeRules;
    const list = teachersByKey.get(key) ?? [];
    const qualifiedCount = list.filter((teacher) => teacher.verdict.qualified).length;
    states.set(key, {
      programmeId: pair.programmeId,
      schoolId: pair.schoolId,
      orgPath: pair.path,
      schoolName: pair.name,
      schoolCode: pair.code,
      fullTimeTeachers: pair.fullTimeTeachers,
      districtPath: pair.districtPath,
      rules: programmeRules,
      row: rowByKey.get(key) ?? null,
      teachers: list,
      qualifiedCount,
      rate: completionRate(
        { qualified: qualifiedCount, enrolled: list.length, fullTime: pair.fullTimeTeachers },
        programmeRules.completion,
      ),
    });
  }
  return states;
}

/** Per request: states batched by pair (a page of the district console costs the statements of one school). */
export const completionStateLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, CompletionState | null>(async (keys) => {
      const parsed = keys.map(parseCompletionKey).filter((key): key is CompletionKey => key !== null);
      const states = await loadCompletionStates(context.db.prisma, parsed);
      return keys.map((key) => states.get(key) ?? null);
    }),
);

/**
 * One pair's state for a write, read inside the transaction: without its teachers (`teachers: false`) when the write
 * does not need the rate. Throws NOT_FOUND (School) for a school in none of the programme's batches.
 */
export async function pairState(db: Db, key: CompletionKey, options: { teachers?: boolean } = {}) {
  const state = (await loadCompletionStates(db, [key], options)).get(completionKey(key));
  if (!state) throw new NotFoundError('School');
  return state;
}

/** A duplicate row written by a concurrent first write (two first writes of one pair): CONFLICT, nothing changed. */
export function conflictOnDuplicate(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
    throw new ConflictError('completionChangedMeanwhile');
  throw error;
}

/** The stored row of a pair, created (OPEN) when missing, inside the transaction. */
export async function ensureCompletionRow(tx: Transaction, state: CompletionState): Promise<SchoolCompletionRow> {
  if (state.row) return state.row;
  return tx.schoolCompletion.upsert({
    where: { programmeId_schoolId: { programmeId: state.programmeId, schoolId: state.schoolId } },
    create: { programmeId: state.programmeId, schoolId: state.schoolId, orgPath: state.orgPath },
    update: {},
  });
}
