/**
 * A school in a programme, as entering and confirming hours see it: the programme's state and hour rules, the school's
 * path, and its completion record (when it finished its training, whether it closed).
 */
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { type ProgrammeRules, parseProgrammeRules } from '../programmes/index.js';
import { InvalidStateError, NotFoundError } from '../shared/index.js';
import { ENTRY_PROGRAMME_STATUSES, type EntryWindow, entryWindow } from './rules.js';

type Db = PrismaClient | Transaction;

export interface SchoolTarget {
  programmeId: string;
  programmeStatus: string;
  programmePath: string;
  hours: ProgrammeRules['hours'] | null;
  schoolId: string;
  schoolPath: string;
  /** The school is enrolled in one of the programme's batches. */
  taking: boolean;
  finishedAt: Date | null;
  closedAt: Date | null;
}

/**
 * The programme and school (two statements). NOT_FOUND when either is missing or the school is not in the programme's
 * district; `taking` false when the school is in no batch of the programme.
 */
export async function loadSchoolTarget(db: Db, programmeId: string, schoolId: string): Promise<SchoolTarget> {
  const [programme, school] = await Promise.all([
    db.programme.findUnique({
      where: { id: programmeId },
      select: {
        status: true,
        orgPath: true,
        rules: true,
        batches: { where: { schools: { some: { schoolId } } }, select: { id: true }, take: 1 },
        completions: { where: { schoolId }, select: { finishedAt: true, closedAt: true } },
      },
    }),
    db.organisation.findFirst({ where: { id: schoolId, kind: 'SCHOOL' }, select: { path: true } }),
  ]);
  if (!programme) throw new NotFoundError('Programme');
  if (!school?.path.startsWith(programme.orgPath)) throw new NotFoundError('School');
  const completion = programme.completions[0] ?? null;
  return {
    programmeId,
    programmeStatus: programme.status,
    programmePath: programme.orgPath,
    hours: parseProgrammeRules(programme.rules).hours ?? null,
    schoolId,
    schoolPath: school.path,
    taking: programme.batches.length > 0,
    finishedAt: completion?.finishedAt ?? null,
    closedAt: completion?.closedAt ?? null,
  };
}

/** The target's entry window at `now`. */
export const windowOf = (target: SchoolTarget, now = new Date()): EntryWindow =>
  entryWindow(
    {
      hours: target.hours ?? null,
      programmeStatus: target.programmeStatus,
      finishedAt: target.finishedAt,
      closedAt: target.closedAt,
    },
    now,
  );

/**
 * Refuses, as a whole, a school that is in no batch of the programme, a programme without hour rules, and a programme
 * that is not PUBLISHED or RUNNING (a closed school is refused by the closing guard, and per row inside the write).
 */
export function assertHoursOpen(target: SchoolTarget): void {
  if (!target.taking) throw new InvalidStateError('creditSchoolNotInProgramme');
  if (!target.hours) throw new InvalidStateError('creditNoHours');
  if (!ENTRY_PROGRAMME_STATUSES.includes(target.programmeStatus))
    throw new InvalidStateError('creditProgrammeNotOpen', { status: target.programmeStatus });
}
