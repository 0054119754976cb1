import type { Context } from '../../api/context.js';
import { loadAdministeredSchool } from '../enrolments/index.js';
import { InvalidStateError, NotFoundError } from '../shared/index.js';

/**
 * Loads a school and a programme it takes part in for a school admin's change: the school must be
 * visible (else NOT_FOUND) and the viewer its SCHOOL_ADMIN (else FORBIDDEN_ACTION); the programme
 * must have the school in one of its batches (else NOT_FOUND) and must not be CLOSED.
 */
export async function schoolAdminsProgramme(context: Context, programmeId: string, schoolId: string) {
  const prisma = context.db.prisma;
  const school = await loadAdministeredSchool(prisma, context, schoolId);
  const programme = await prisma.programme.findFirst({
    where: { id: programmeId, batches: { some: { schools: { some: { schoolId } } } } },
    select: { id: true, status: true, catalogueId: true, rules: true },
  });
  if (!programme) throw new NotFoundError('Programme');
  if (programme.status === 'CLOSED')
    throw new InvalidStateError('The programme is CLOSED: its school ranges and plans can no longer change.');
  return { school, programme };
}
