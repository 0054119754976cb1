/**
 * Replaying a delivery (a delivered one, or one from the dead-letter list): a new delivery of the same event to the same
 * subscription, sent with the same `webhook-id`, with attempts of its own. Idempotent by key.
 */
import { z } from 'zod';
import { DELIVER_JOB, deliverJobOptions } from '../../api/webhooks/delivery.js';
import { builder } from '../builder.js';
import {
  globalIdSchema,
  InvalidStateError,
  idempotent,
  inputIssue,
  OPEN_TO_CLIENTS,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { replayErrors } from './errors.js';
import { idempotencyKeyOf, MAX_IDEMPOTENCY_KEY, replayable } from './rules.js';
import { WebhookDelivery } from './subscription.js';

const ReplayWebhookDeliveryInput = builder.inputType('ReplayWebhookDeliveryInput', {
  description: 'The delivery to send again.',
  fields: (t) => ({
    deliveryId: t.globalID({
      required: true,
      for: WebhookDelivery,
      description: 'A DELIVERED or DEAD delivery (e.g. from webhookDeadLetters).',
    }),
    idempotencyKey: t.string({
      required: true,
      description:
        `Your key for this request (1 to ${MAX_IDEMPOTENCY_KEY} characters): the same key with the same body returns the first ` +
        'replay instead of making another; with another body, IDEMPOTENCY_KEY_REUSED.',
    }),
  }),
});

const inputSchema = z.object({ deliveryId: globalIdSchema, idempotencyKey: z.string() });

builder.mutationField('replayWebhookDelivery', (t) =>
  t.prismaField({
    type: WebhookDelivery,
    extensions: OPEN_TO_CLIENTS,
    description:
      'Sends an event again (sync clients only, action sync:manageWebhooks): a new delivery of the delivery’s event to its ' +
      'subscription, with the same `webhook-id` (the event id) and retries of its own. For a DELIVERED delivery or one in the ' +
      'dead-letter list (DEAD); INVALID_STATE while the delivery is still PENDING, when the subscription is inactive, or when ' +
      'this server runs without the job queue. Idempotent by key.',
    authorize: {
      action: 'sync:manageWebhooks',
      resource: (_root, args) => ({ kind: 'WebhookDelivery', id: args.input.deliveryId.id }),
      afterClosing: 'allowed',
      afterClosingReason: 'A webhook delivery is the sync client’s own traffic, not a record of a closed school.',
    },
    errors: {
      types: replayErrors,
      result: { description: 'The replay is queued.' },
      dataField: { name: 'delivery', description: 'The new delivery (PENDING; `replayOfId` names the original).' },
    },
    args: { input: t.arg({ type: ReplayWebhookDeliveryInput, required: true, description: 'What to replay.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(inputSchema, args.input);
      const key = idempotencyKeyOf(input.idempotencyKey);
      if (!key) throw inputIssue(['idempotencyKey'], 'VALIDATION.webhookIdempotencyKey', { max: MAX_IDEMPOTENCY_KEY });
      const jobs = context.jobs;
      if (!jobs) throw new InvalidStateError('webhookQueueUnavailable');
      const originalId = input.deliveryId.id;
      const { id } = await idempotent(
        context,
        { key, operation: 'replayWebhookDelivery', body: { deliveryId: originalId } },
        async (tx) => {
          const original = await tx.webhookDelivery.findUniqueOrThrow({
            where: { id: originalId },
            select: { state: true, eventId: true, subscriptionId: true, subscription: { select: { active: true } } },
          });
          if (!replayable(original.state)) throw new InvalidStateError('webhookDeliveryPending');
          if (!original.subscription.active) throw new InvalidStateError('webhookSubscriptionInactive');
          const replay = await tx.webhookDelivery.create({
            data: { subscriptionId: original.subscriptionId, eventId: original.eventId, replayOfId: originalId },
            select: { id: true },
          });
          await jobs.send(DELIVER_JOB, { deliveryId: replay.id }, { tx, ...deliverJobOptions(context.integration) });
          return { id: replay.id };
        },
      );
      return context.db.prisma.webhookDelivery.findUniqueOrThrow({
        ...payloadQuery(query, { subscription: { select: { principalId: true } } }),
        where: { id },
      });
    },
  }),
);
