/**
 * Who may earn a group's hours: members of the group (a TEACHER role on it) enrolled in the programme through
 * the group's school. The reads the mutations share.
 */
import type { Transaction } from '../../api/db/client.js';
import { InvalidStateError, NotFoundError } from '../shared/index.js';

type Reader = Pick<Transaction, 'organisation' | 'programme' | 'enrolment' | 'groupActivity'>;

export interface GroupInProgramme {
  group: { id: string; path: string; schoolId: string; active: boolean };
  programme: { id: string; rules: unknown };
}

/**
 * The group and a programme its school takes part in, RUNNING (else INVALID_STATE). A programme without the school
 * in one of its batches is NOT_FOUND, exactly like a missing one.
 */
export async function loadGroupInProgramme(
  db: Reader,
  groupId: string,
  programmeId: string,
): Promise<GroupInProgramme> {
  const group = await db.organisation.findFirst({
    where: { id: groupId, kind: 'GROUP' },
    select: { id: true, path: true, parentId: true, deactivatedAt: true },
  });
  if (!group?.parentId) throw new NotFoundError('Group');
  const programme = await db.programme.findFirst({
    where: { id: programmeId, batches: { some: { schools: { some: { schoolId: group.parentId } } } } },
    select: { id: true, status: true, rules: true },
  });
  if (!programme) throw new NotFoundError('Programme');
  if (programme.status !== 'RUNNING')
    throw new InvalidStateError('groupActivityProgrammeNotRunning', { status: programme.status });
  return {
    group: { id: group.id, path: group.path, schoolId: group.parentId, active: group.deactivatedAt === null },
    programme: { id: programme.id, rules: programme.rules },
  };
}

/** A member's enrolment: what a participant row needs. */
export interface MemberEnrolment {
  enrolmentId: string;
  teacherId: string;
}

/**
 * The enrolments of `userIds` (all members of the group when null) who are members of the group enrolled in the
 * programme through its school, and the user ids asked for that are not.
 */
export async function memberEnrolments(
  db: Reader,
  scope: { groupId: string; schoolId: string; programmeId: string },
  userIds: readonly string[] | null,
): Promise<{ found: MemberEnrolment[]; refused: string[] }> {
  const rows = await db.enrolment.findMany({
    where: {
      programmeId: scope.programmeId,
      schoolId: scope.schoolId,
      ...(userIds ? { teacherId: { in: [...userIds] } } : {}),
      teacher: { roleAssignments: { some: { organisationId: scope.groupId, role: 'TEACHER' } } },
    },
    select: { id: true, teacherId: true },
    orderBy: { id: 'asc' },
  });
  const found = rows.map((row) => ({ enrolmentId: row.id, teacherId: row.teacherId }));
  const enrolled = new Set(found.map((row) => row.teacherId));
  return { found, refused: (userIds ?? []).filter((id) => !enrolled.has(id)) };
}
