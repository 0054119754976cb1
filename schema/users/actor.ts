import type { Transaction } from '../../api/db/client.js';

/**
 * Names the person a transaction acts for, so the database's history triggers (role grants and revocations:
 * RoleChange) record them. Call it first in every transaction that writes role assignments; it lasts until the
 * transaction ends (set_config(…, true)), so a pooled connection never carries it into another request.
 */
export async function actingAs(tx: Pick<Transaction, '$executeRaw'>, actorId: string | null): Promise<void> {
  await tx.$executeRaw`SELECT set_config('tisheng.actor_id', ${actorId ?? ''}, true)`;
}
