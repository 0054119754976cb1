/**
 * Reading webhook subscriptions, their deliveries with the delivery log, and the dead-letter list: a sync client's own
 * only. Relay connections of at most 100 a page, newest first, in the same number of SQL statements for any page size.
 */
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { OPEN_TO_CLIENTS, scopeOf } from '../shared/index.js';
import { ownScope } from './manage.js';
import { WebhookDelivery, WebhookDeliveryState, WebhookSubscription } from './subscription.js';

const principalOf = (context: Context) => context.viewer.user?.id ?? '';

builder.prismaObjectField(WebhookSubscription, 'deliveries', (t) =>
  t.relatedConnection('deliveries', {
    cursor: 'id',
    description:
      'The subscription’s deliveries, newest first, optionally of one state (PENDING, DELIVERED, DEAD), each with its attempts. ' +
      'At most 100 a page.',
    args: {
      state: t.arg({ type: WebhookDeliveryState, required: false, description: 'Only deliveries in this state.' }),
    },
    totalCount: true,
    query: (args) => ({
      where: args.state ? { state: args.state } : {},
      orderBy: { id: 'desc' as const },
    }),
  }),
);

const readScope = {
  action: ownScope.action,
  resource: (_root: unknown, _args: unknown, context: Context) => ({
    paths: scopeOf(context.viewer, ownScope.action),
    ownerId: null,
  }),
};

builder.queryFields((t) => ({
  webhookSubscriptions: t.prismaConnection({
    type: WebhookSubscription,
    cursor: 'id',
    nullable: true,
    extensions: OPEN_TO_CLIENTS,
    description:
      'The sync client’s webhook subscriptions, oldest first (action sync:manageWebhooks; null for anyone else). At most 100 a page.',
    authorize: readScope,
    totalCount: (_root, _args, context) =>
      context.db.prisma.webhookSubscription.count({ where: { principalId: principalOf(context) } }),
    resolve: (query, _root, _args, context) =>
      context.db.prisma.webhookSubscription.findMany({
        ...query,
        where: { principalId: principalOf(context) },
        orderBy: { id: 'asc' },
      }),
  }),
  webhookDeadLetters: t.prismaConnection({
    type: WebhookDelivery,
    cursor: 'id',
    nullable: true,
    extensions: OPEN_TO_CLIENTS,
    description:
      'The dead-letter list: the sync client’s deliveries that failed every attempt (WEBHOOK_MAX_ATTEMPTS) or whose subscription ' +
      'was deactivated, newest first, each with its attempts. Replay one with replayWebhookDelivery. Action ' +
      'sync:manageWebhooks; null for anyone else. At most 100 a page.',
    authorize: readScope,
    totalCount: (_root, _args, context) =>
      context.db.prisma.webhookDelivery.count({
        where: { state: 'DEAD', subscription: { principalId: principalOf(context) } },
      }),
    resolve: (query, _root, _args, context) =>
      context.db.prisma.webhookDelivery.findMany({
        ...query,
        where: { state: 'DEAD', subscription: { principalId: principalOf(context) } },
        orderBy: { id: 'desc' },
      }),
  }),
}));
