/**
 * What enrolling a teacher needs, loaded and checked once: the school (the mutation's `authorize`
 * has checked the viewer is its SCHOOL_ADMIN), its place in the batch (its quota), the programme
 * and its rules.
 */
import { randomBytes } from 'node:crypto';
import type { Transaction } from '../../api/db/client.js';
import { loadSchool, type SchoolRef } from '../organisations/index.js';
import { type BatchWindow, type ProgrammeRules, parseProgrammeRules } from '../programmes/index.js';
import { InvalidStateError, NotFoundError } from '../shared/index.js';

export interface EnrolmentTarget {
  school: SchoolRef;
  batchId: string;
  programmeId: string;
  /** Teachers the school may enrol in the batch. */
  quota: number;
  rules: ProgrammeRules;
  /** The batch's selection window, which with the rules gives each teacher's deadline. */
  window: BatchWindow;
}

/** Longest an enrolment transaction may run (bulk imports of 5,000 rows included), in milliseconds. */
export const ENROLMENT_TRANSACTION_TIMEOUT_MS = 120_000;

/**
 * Loads and checks the target of an enrolment: the school must be enrolled in the batch (else the
 * batch is NOT_FOUND), and the programme not CLOSED.
 */
export async function loadEnrolmentTarget(
  db: Transaction,
  batchId: string,
  schoolId: string,
): Promise<EnrolmentTarget> {
  const school = await loadSchool(db, schoolId);
  const programme = await db.programme.findFirst({
    where: { batches: { some: { id: batchId, schools: { some: { schoolId: school.id } } } } },
    select: { id: true, status: true, rules: true },
  });
  if (!programme) throw new NotFoundError('Batch');
  if (programme.status === 'CLOSED') throw new InvalidStateError('programmeClosedForEnrolment');
  const place = await db.batchSchool.findUniqueOrThrow({
    where: { batchId_schoolId: { batchId, schoolId: school.id } },
    select: { quota: true, batch: { select: { selectionOpensAt: true, selectionClosesAt: true } } },
  });
  return {
    school,
    batchId,
    programmeId: programme.id,
    quota: place.quota,
    rules: parseProgrammeRules(programme.rules),
    window: place.batch,
  };
}

/**
 * Serialises enrolments into one school until the transaction ends, so concurrent enrolments
 * cannot together pass the quota or create two programme classes.
 */
export async function lockSchool(db: Transaction, schoolId: string): Promise<void> {
  await db.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${schoolId} FOR NO KEY UPDATE`;
}

/** Enrolments of the school in the batch (what the quota counts). */
export function enrolledInBatch(db: Transaction, target: Pick<EnrolmentTarget, 'batchId' | 'school'>): Promise<number> {
  return db.enrolment.count({ where: { batchId: target.batchId, schoolId: target.school.id } });
}

/** Name of the class created for a school's programme teachers when it has none. */
export const programmeClassName = (schoolName: string) => `${schoolName} 提升工程2.0 班`;

/** Creates the school's programme class (when a programme forms one class per school and the school has none). */
export async function createProgrammeClass(
  db: Transaction,
  school: SchoolRef,
  key: { id: string; path: string },
): Promise<void> {
  await db.organisation.create({
    data: {
      id: key.id,
      path: key.path,
      kind: 'CLASS',
      parentId: school.id,
      code: `${school.code}-class-${randomBytes(3).toString('hex')}`,
      name: programmeClassName(school.name),
    },
    select: { id: true },
  });
}
