import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import { ACTIONS, ForbiddenActionError, grants } from '../shared/index.js';

/**
 * Refuses (FORBIDDEN_ACTION) acting on a person who holds a role where the viewer may not manage people: whoever
 * controls a person's sign-on or activation controls that role too, so linking an identity, deactivating and
 * reactivating are for the admins over every organisation the person holds a role on (not only their home).
 */
export async function assertManagesEveryRole(
  db: Pick<Transaction, 'roleAssignment'>,
  context: Context,
  userId: string,
): Promise<void> {
  const roles = await db.roleAssignment.findMany({ where: { userId }, select: { orgPath: true } });
  const outside = roles.some(
    ({ orgPath }) => !grants(context.viewer, 'people:manage', { paths: [orgPath], ownerId: null }),
  );
  if (outside) throw new ForbiddenActionError('people:manage', ACTIONS['people:manage'].roles);
}
