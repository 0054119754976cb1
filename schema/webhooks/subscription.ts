/**
 * A sync client's webhook subscriptions and their deliveries. Both belong to the principal (the client's service user)
 * that made the subscription: to anyone else, another client of the same district included, they look missing.
 */
import { DeliveryState as DeliveryStateValues } from '../../api/db/generated/prisma/enums.js';
import { eventType } from '../../api/webhooks/body.js';
import { builder } from '../builder.js';
import { registerResource, scopeOf } from '../shared/index.js';
import { FeedEventKind } from '../sync-feed/index.js';

export const WebhookDeliveryState = builder.enumType(DeliveryStateValues, {
  name: 'WebhookDeliveryState',
  description:
    'PENDING: not delivered yet (being attempted, or waiting for its next retry); DELIVERED: the receiver answered 2xx; DEAD: every ' +
    'attempt failed (WEBHOOK_MAX_ATTEMPTS), or the subscription was deactivated: the dead-letter list, replayable.',
});

/** The principal (the sync client's user) of the request, if any. */
const principalOf = (context: { viewer: { user: { id: string } | null } }) => context.viewer.user?.id ?? null;

export const WebhookSubscription = builder.prismaNode('WebhookSubscription', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A webhook subscription of a sync client: the events of the chosen kinds in the client’s scope are POSTed to `url`, signed ' +
    '(Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature). Only its client sees it.',
  findUnique: (id, context) => ({ id, principalId: principalOf(context) ?? '' }),
  authScopes: (subscription, context) => subscription.principalId === principalOf(context),
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where events are POSTed (https).' }),
    events: t.field({
      type: [FeedEventKind],
      description: 'The event kinds delivered.',
      resolve: (subscription) => subscription.events,
    }),
    active: t.exposeBoolean('active', {
      description:
        'Whether events are delivered; an inactive subscription’s pending deliveries go to the dead-letter list.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was made.' }),
    disabledAt: t.expose('disabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was last deactivated; null while active.',
    }),
    position: t.string({
      description:
        'The feed sequence number (a decimal string) of the last event considered for it: events after this one are still to be ' +
        'fanned out. A new subscription starts at the newest event when it is made (no backlog).',
      resolve: (subscription) => subscription.lastSeq.toString(),
    }),
  }),
});

export const WebhookAttempt = builder.prismaObject('WebhookAttempt', {
  description: 'One attempt of a delivery: the delivery log.',
  fields: (t) => ({
    attempt: t.exposeInt('attempt', { description: 'Its number, from 1.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When the request started.' }),
    durationMs: t.exposeInt('durationMs', { description: 'How long it took, in milliseconds.' }),
    status: t.exposeInt('status', {
      nullable: true,
      description: 'The receiver’s HTTP status; null when there was no answer (refused, timed out, unreachable).',
    }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'Why it failed (a code such as PRIVATE_HOST or ECONNREFUSED and a message); null on success.',
    }),
  }),
});

export const WebhookDelivery = builder.prismaNode('WebhookDelivery', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One delivery of an event to a subscription, with its attempts. Every retry and every replay of the event carries the same ' +
    '`webhook-id` header (`eventId`): receivers de-duplicate on it (delivery is at least once).',
  findUnique: (id, context) => ({ id, subscription: { principalId: principalOf(context) ?? '' } }),
  include: { subscription: { select: { principalId: true } } },
  authScopes: (delivery, context) => delivery.subscription.principalId === principalOf(context),
  fields: (t) => ({
    subscription: t.relation('subscription', { description: 'The subscription.' }),
    eventId: t.exposeString('eventId', {
      description: 'The event’s id (raw UUID): the `webhook-id` header and `data.eventId` of the body.',
    }),
    eventType: t.string({
      select: { event: { select: { kind: true } } },
      description: 'The body’s `type`, e.g. credit.confirmed.',
      resolve: (delivery) => eventType(delivery.event.kind),
    }),
    eventKind: t.field({
      type: FeedEventKind,
      select: { event: { select: { kind: true } } },
      description: 'The event’s kind.',
      resolve: (delivery) => delivery.event.kind,
    }),
    sequence: t.string({
      select: { event: { select: { seq: true } } },
      description: 'The event’s feed sequence number (a decimal string; the body’s `data.sequence`).',
      resolve: (delivery) => delivery.event.seq?.toString() ?? '',
    }),
    state: t.field({ type: WebhookDeliveryState, description: 'Where it stands.', resolve: (d) => d.state }),
    attemptCount: t.exposeInt('attempts', { description: 'Attempts made so far.' }),
    attempts: t.relation('log', {
      description: 'The delivery log: every attempt, oldest first (at most WEBHOOK_MAX_ATTEMPTS).',
      query: { orderBy: { attempt: 'asc' } },
    }),
    lastStatus: t.exposeInt('lastStatus', {
      nullable: true,
      description: 'The last attempt’s HTTP status; null before any attempt or without an answer.',
    }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'The last attempt’s error, if it failed.' }),
    nextAttemptAt: t.expose('nextAttemptAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'PENDING after a failed attempt: the earliest time of the next one (the queue adds up to as much again as jitter); null ' +
        'otherwise.',
    }),
    deliveredAt: t.expose('deliveredAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the receiver accepted it (2xx).',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the delivery was created.' }),
    replayOfId: t.globalID({
      nullable: true,
      description:
        'The delivery this one replays (a WebhookDelivery global ID); null for the first delivery of the event.',
      resolve: (delivery) => (delivery.replayOfId ? { type: 'WebhookDelivery', id: delivery.replayOfId } : null),
    }),
  }),
});

/** Subscriptions and deliveries as actions see them: their principal's, over the principal's scope. */
async function loadOwned(
  rows: Array<{ id: string; principalId: string }>,
  context: Parameters<Parameters<typeof registerResource>[1]>[1],
) {
  const principal = principalOf(context);
  const paths = scopeOf(context.viewer, 'sync:manageWebhooks');
  return new Map(
    rows.map((row) => {
      const visible = row.principalId === principal;
      return [row.id, { paths: visible ? paths : [], ownerId: row.principalId, visible }] as const;
    }),
  );
}

registerResource('WebhookSubscription', async (ids, context) =>
  loadOwned(
    await context.db.prisma.webhookSubscription.findMany({
      where: { id: { in: [...ids] } },
      select: { id: true, principalId: true },
    }),
    context,
  ),
);

registerResource('WebhookDelivery', async (ids, context) =>
  loadOwned(
    (
      await context.db.prisma.webhookDelivery.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, subscription: { select: { principalId: true } } },
      })
    ).map((row) => ({ id: row.id, principalId: row.subscription.principalId })),
    context,
  ),
);
