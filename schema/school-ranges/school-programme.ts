import type { Context } from '../../api/context.js';
import { loadSchool } from '../organisations/index.js';
import { InvalidStateError, NotFoundError } from '../shared/index.js';

/**
 * Loads a school and a programme it takes part in, for a change by the school's admins (the
 * mutation's `authorize` has checked the viewer may act on the school): the programme must have
 * the school in one of its batches (else NOT_FOUND) and must not be CLOSED (else INVALID_STATE).
 */
export async function loadSchoolProgramme(context: Context, programmeId: string, schoolId: string) {
  const prisma = context.db.prisma;
  const school = await loadSchool(prisma, schoolId);
  const programme = await prisma.programme.findFirst({
    where: { id: programmeId, batches: { some: { schools: { some: { schoolId } } } } },
    select: { id: true, status: true, catalogueId: true, rules: true },
  });
  if (!programme) throw new NotFoundError('Programme');
  if (programme.status === 'CLOSED') throw new InvalidStateError('schoolProgrammeClosed');
  return { school, programme };
}
