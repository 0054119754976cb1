/**
 * The webhook jobs' wiring: the fan-out job (`webhook-fanout`, debounced: at most one waiting per second), sent when the database announces new feed events (NOTIFY tisheng_feed) and every minute as
 * a safety net; the delivery and dead-letter jobs are api/webhooks/delivery.ts. The principal's scope comes from its
 * role assignments (no request viewer in a job), through the same action table as requests (sync:readCredit,
 * sync:readRoster, both within sync:manageWebhooks).
 */
import type { PgBoss } from 'pg-boss';
import { Viewer } from '../../api/auth/viewer.js';
import type { Transaction } from '../../api/db/client.js';
import { defineJob, type JobDeps, onWorkersStart } from '../../api/jobs/queue.js';
import '../../api/webhooks/delivery.js';
import { FANOUT_JOB, fanOut, type PrincipalScope } from '../../api/webhooks/fanout.js';
import { scopeOf } from '../shared/index.js';

/** A principal's scope now: none when its sync client is revoked or its user deactivated. */
export async function principalScope(tx: Transaction, principalId: string): Promise<PrincipalScope | null> {
  const user = await tx.user.findUnique({
    where: { id: principalId },
    select: {
      id: true,
      login: true,
      displayName: true,
      deactivatedAt: true,
      roleAssignments: {
        select: { role: true, organisationId: true, orgPath: true, organisation: { select: { kind: true } } },
      },
    },
  });
  if (!user || user.deactivatedAt) return null;
  const client = await tx.syncClient.findUnique({ where: { userId: principalId }, select: { revokedAt: true } });
  if (client?.revokedAt) return null;
  const viewer = new Viewer(
    { id: user.id, login: user.login, displayName: user.displayName },
    user.roleAssignments.map((assignment) => ({
      role: assignment.role,
      organisationId: assignment.organisationId,
      organisationKind: assignment.organisation.kind,
      orgPath: assignment.orgPath,
    })),
  );
  const webhooks = scopeOf(viewer, 'sync:manageWebhooks');
  const within = (roots: string[]) => roots.filter((root) => webhooks.some((outer) => root.startsWith(outer)));
  return {
    CREDIT: within(scopeOf(viewer, 'sync:readCredit')),
    ROSTER: within(scopeOf(viewer, 'sync:readRoster')),
  };
}

/** The queue each running set of workers sends delivery jobs through (the fan-out creates them in its transaction). */
const queues = new WeakMap<JobDeps, PgBoss>();

defineJob({
  name: FANOUT_JOB,
  // No queue policy (pg-boss refuses `policy` when startJobQueue updates an existing queue): sends are debounced to one a
  // second instead, and runs that overlap are harmless (each subscription is fanned out under its row lock).
  queue: { retryLimit: 3, retryDelay: 5, expireInSeconds: 300 },
  work: { pollingIntervalSeconds: 0.5 },
  schedule: '* * * * *',
  async handle(_jobs, deps) {
    const boss = queues.get(deps);
    if (!boss) throw new Error('webhook fan-out: the queue is still starting');
    await fanOut(deps, boss, principalScope);
  },
});

/** Feed notifications arriving within this time send one fan-out job. */
const COALESCE_MS = 100;
/** At most one fan-out job waits per second; one sent while another waits goes to the next second (pg-boss debounce). */
const FANOUT_DEBOUNCE = { singletonKey: 'webhook-fanout', singletonSeconds: 1, singletonNextSlot: true };

onWorkersStart(async (queue, deps) => {
  queues.set(deps, queue.boss);
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  const wake = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = null;
      if (stopped) return;
      queue.send(FANOUT_JOB, {}, FANOUT_DEBOUNCE).catch((error: Error) => {
        if (!stopped) console.warn(`tisheng: webhook fan-out not sent: ${error.message}`);
      });
    }, COALESCE_MS);
  };
  const unlisten = await deps.db.listen('tisheng_feed', {
    notified: wake,
    // (Re)listening: events may have been missed meanwhile, so fan out once.
    listening: (on) => {
      if (on) wake();
    },
  });
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    if (queues.get(deps) === queue.boss) queues.delete(deps);
    await unlisten();
  };
});
