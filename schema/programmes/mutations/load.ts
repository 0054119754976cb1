import type { Context } from '../../../api/context.js';
import { InvalidStateError, NotFoundError } from '../../shared/index.js';

/**
 * Loads a programme a mutation changes (the `authorize` option has already checked the viewer may):
 * CLOSED → INVALID_STATE, since a closed programme never changes; state transitions pass
 * `allowClosed` and report the move they refuse.
 */
export async function loadProgrammeForChange(context: Context, id: string, { allowClosed = false } = {}) {
  const programme = await context.db.prisma.programme.findUnique({
    where: { id },
    select: { id: true, orgPath: true, districtId: true, status: true, catalogueId: true },
  });
  if (!programme) throw new NotFoundError('Programme');
  if (programme.status === 'CLOSED' && !allowClosed) throw new InvalidStateError('programmeClosed');
  return programme;
}
