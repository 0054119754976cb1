import type { Context } from '../../api/context.js';
import { recordDecision } from '../history/index.js';
import { InvalidStateError, NotFoundError } from '../shared/index.js';
import { isPending, type NominationStatusValue } from './rules.js';

/** Waits for the class's lock and the work behind it: a burst of nominations in one class queues for the lock. */
export const NOMINATION_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/**
 * Moves a NOMINATED nomination to `toState` with a history entry, in one transaction; INVALID_STATE when it is no
 * longer NOMINATED (also when another decision won the race: the update is conditional on the status).
 */
export async function closeNomination(
  context: Context,
  change: {
    nominationId: string;
    actorId: string;
    toState: NominationStatusValue;
    action: string;
    comment: string | null;
  },
): Promise<void> {
  await context.db.prisma.$transaction(async (tx) => {
    const nomination = await tx.excellentNomination.findUnique({
      where: { id: change.nominationId },
      select: { status: true, orgPath: true },
    });
    if (!nomination) throw new NotFoundError('ExcellentNomination');
    if (!isPending(nomination.status))
      throw new InvalidStateError('nominationNotPending', { status: nomination.status });
    const { count } = await tx.excellentNomination.updateMany({
      where: { id: change.nominationId, status: 'NOMINATED' },
      data: { status: change.toState, decidedById: change.actorId, decidedAt: new Date() },
    });
    if (count !== 1) throw new InvalidStateError('nominationNotPending', { status: 'CHANGED' });
    await recordDecision(tx, {
      subjectType: 'ExcellentNomination',
      subjectId: change.nominationId,
      actorId: change.actorId,
      action: change.action,
      fromState: 'NOMINATED',
      toState: change.toState,
      comment: change.comment,
      orgPath: nomination.orgPath,
    });
  }, NOMINATION_TRANSACTION_OPTIONS);
}
