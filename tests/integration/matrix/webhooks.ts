/**
 * Rows of webhooks (sync clients only, action sync:manageWebhooks): a subscription and a dead delivery belong to the
 * tenant's sync client, so the other district's client (and every person) finds them missing. Allowed mutations change
 * nothing that matters: creating and updating are refused with INVALID_INPUT after the check (no events; nothing to
 * change), replaying with INVALID_STATE (the matrix app runs without the job queue), rotating replaces a secret nobody
 * verifies, and deleting removes a subscription of its own that the row makes again before each run.
 */
import { v7 as uuidv7 } from 'uuid';
import { gid } from '../../kit/ids.js';
import { ask, lists, matrix, mutate, type Outcome, type Row, type Tenant, type Viewer } from './kit.js';

interface Objects {
  subscription: { id: string; gid: string };
  doomed: { id: string; gid: string };
  delivery: { id: string; gid: string };
}

const objects = (x: Tenant) => x.extra.webhooks as Objects;

const subscriptionRow = (id: string, principalId: string) => ({
  id,
  principalId,
  url: 'https://hooks.example.com/tisheng',
  events: ['CREDIT_CONFIRMED' as const],
  secretSealed: 'v1.unused.unused.unused',
});

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const principalId = target.syncClient.id;
  const id = uuidv7();
  const doomed = uuidv7();
  await prisma.webhookSubscription.createMany({
    data: [subscriptionRow(id, principalId), subscriptionRow(doomed, principalId)],
  });
  const event = await prisma.feedEvent.findFirstOrThrow({ select: { id: true } });
  const delivery = await prisma.webhookDelivery.create({
    data: { subscriptionId: id, eventId: event.id, state: 'DEAD', attempts: 3, lastStatus: 500 },
    select: { id: true },
  });
  target.extra.webhooks = {
    subscription: { id, gid: gid('WebhookSubscription', id) },
    doomed: { id: doomed, gid: gid('WebhookSubscription', doomed) },
    delivery: { id: delivery.id, gid: gid('WebhookDelivery', delivery.id) },
  } satisfies Objects;
}

/** Only the tenant's own sync client. */
const OWN_CLIENT: Partial<Record<Viewer, Outcome>> = { syncClient: 'allowed' };

export const rows: Record<string, Row> = {
  'Query.webhookSubscriptions': {
    clients: true,
    run: async (x, as) =>
      lists(
        (await ask('{ webhookSubscriptions(first: 50) { nodes { id } } }', {}, as))?.nodes,
        objects(x).subscription.gid,
      ),
    own: OWN_CLIENT,
  },
  'Query.webhookDeadLetters': {
    clients: true,
    run: async (x, as) =>
      lists((await ask('{ webhookDeadLetters(first: 50) { nodes { id } } }', {}, as))?.nodes, objects(x).delivery.gid),
    own: OWN_CLIENT,
  },
  'Mutation.createWebhookSubscription': {
    clients: true,
    // No events: refused with INVALID_INPUT after the check. A client subscribes in its own scope, whatever the tenant.
    run: (_x, as) =>
      mutate(
        'createWebhookSubscription',
        'CreateWebhookSubscriptionInput',
        { url: 'https://hooks.example.com/x', events: [], idempotencyKey: `matrix-${uuidv7()}` },
        as,
      ),
    own: OWN_CLIENT,
    other: OWN_CLIENT,
  },
  'Mutation.updateWebhookSubscription': {
    clients: true,
    // Nothing to change: refused with INVALID_INPUT after the check.
    run: (x, as) =>
      mutate(
        'updateWebhookSubscription',
        'UpdateWebhookSubscriptionInput',
        { subscriptionId: objects(x).subscription.gid },
        as,
      ),
    own: OWN_CLIENT,
  },
  'Mutation.rotateWebhookSecret': {
    clients: true,
    run: (x, as) =>
      mutate('rotateWebhookSecret', 'RotateWebhookSecretInput', { subscriptionId: objects(x).subscription.gid }, as),
    own: OWN_CLIENT,
  },
  'Mutation.deleteWebhookSubscription': {
    clients: true,
    run: async (x, as) => {
      const { doomed } = objects(x);
      await matrix.t.db.prisma.webhookSubscription.upsert({
        where: { id: doomed.id },
        create: subscriptionRow(doomed.id, x.syncClient.id),
        update: {},
      });
      return mutate('deleteWebhookSubscription', 'DeleteWebhookSubscriptionInput', { subscriptionId: doomed.gid }, as);
    },
    own: OWN_CLIENT,
  },
  'Mutation.replayWebhookDelivery': {
    clients: true,
    // The matrix app runs without the job queue: refused with INVALID_STATE after the check, nothing made.
    run: (x, as) =>
      mutate(
        'replayWebhookDelivery',
        'ReplayWebhookDeliveryInput',
        { deliveryId: objects(x).delivery.gid, idempotencyKey: `matrix-${uuidv7()}` },
        as,
      ),
    own: OWN_CLIENT,
  },
};
