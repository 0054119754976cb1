import type { Context } from '../../../api/context.js';
import { ForbiddenActionError, InvalidStateError, NotFoundError } from '../../shared/index.js';
import { canSeeProgramme, programmeVisibleWhere } from '../visibility.js';

/**
 * Programme visibility reaches below the district (its schools' staff read it), so the generic
 * `authorizeOver` (visibility = the district's subtree) does not fit: a school admin who can read
 * the programme is refused with FORBIDDEN_ACTION, not NOT_FOUND.
 */
export function authorizeProgrammeChange(context: Context, orgPath: string, what: string): void {
  if (!canSeeProgramme(context, orgPath)) throw new NotFoundError(what);
  if (!context.viewer.holdsOver(['DISTRICT_ADMIN'], orgPath)) {
    throw new ForbiddenActionError(`Only admins of the district may do this (to the ${what.toLowerCase()}).`);
  }
}

/**
 * Loads a programme a mutation changes: missing or invisible → NOT_FOUND; visible but the viewer
 * is not a district admin over it → FORBIDDEN_ACTION; CLOSED → INVALID_STATE (a closed programme
 * never changes; state transitions pass `allowClosed` and report the move they refuse).
 */
export async function loadProgrammeForChange(context: Context, id: string, { allowClosed = false } = {}) {
  const programme = await context.db.prisma.programme.findFirst({
    where: { id, ...programmeVisibleWhere(context) },
    select: { id: true, orgPath: true, districtId: true, status: true, catalogueId: true },
  });
  if (!programme) throw new NotFoundError('Programme');
  authorizeProgrammeChange(context, programme.orgPath, 'Programme');
  if (programme.status === 'CLOSED' && !allowClosed)
    throw new InvalidStateError('The programme is CLOSED; it can no longer change.');
  return programme;
}
