/**
 * Managing webhook subscriptions (sync clients only, action sync:manageWebhooks): create one (its signing secret is
 * shown once), change its URL, events or whether it is active, rotate its secret (the new one shown once), delete it.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { currentFeedPosition } from '../../api/webhooks/fanout.js';
import { generateWebhookSecret, openWebhookSecret, sealWebhookSecret } from '../../api/webhooks/signing.js';
import { checkWebhookUrlResolved, MAX_WEBHOOK_URL_LENGTH } from '../../api/webhooks/url-safety.js';
import { builder } from '../builder.js';
import {
  globalIdSchema,
  InvalidStateError,
  idempotent,
  inputIssue,
  OPEN_TO_CLIENTS,
  parseInput,
  payloadQuery,
  scopeOf,
} from '../shared/index.js';
import { FeedEventKind } from '../sync-feed/index.js';
import { createErrors, subscriptionErrors, updateErrors } from './errors.js';
import { idempotencyKeyOf, MAX_IDEMPOTENCY_KEY, MAX_SUBSCRIPTIONS, normaliseEvents } from './rules.js';
import { WebhookSubscription } from './subscription.js';

const ACTION = 'sync:manageWebhooks' as const;
const NOT_A_SCHOOL_RECORD =
  'A webhook subscription is the sync client’s own configuration, not a record of a closed school.';

/** Allowed to a sync client over its scope (a person finds these operations missing). */
export const ownScope = {
  action: ACTION,
  resource: (_root: unknown, _args: unknown, context: Context) => ({
    paths: scopeOf(context.viewer, ACTION),
    ownerId: null,
  }),
  afterClosing: 'allowed' as const,
  afterClosingReason: NOT_A_SCHOOL_RECORD,
};

/** A subscription the viewer's principal owns (another principal's looks missing). */
const subscriptionResource = {
  action: ACTION,
  resource: (_root: unknown, args: { input: { subscriptionId: { id: string } } }) => ({
    kind: 'WebhookSubscription' as const,
    id: args.input.subscriptionId.id,
  }),
  afterClosing: 'allowed' as const,
  afterClosingReason: NOT_A_SCHOOL_RECORD,
};

/** The URL checked for the request's settings, or a typed input problem. */
async function checkedUrl(context: Context, url: string): Promise<string> {
  const trimmed = url.trim();
  const problem = await checkWebhookUrlResolved(trimmed, {
    allowPrivate: context.integration.webhookAllowPrivateUrls,
  });
  if (problem) throw inputIssue(['url'], 'VALIDATION.webhookUrl', { problem, max: MAX_WEBHOOK_URL_LENGTH });
  return trimmed;
}

const checkedEvents = (events: readonly string[]) => {
  const chosen = normaliseEvents(events);
  if (!chosen) throw inputIssue(['events'], 'VALIDATION.webhookEvents');
  return chosen;
};

interface SecretPayloadShape {
  id: string;
  secret: string;
}

const secretPayload = (name: string, description: string) =>
  builder.objectRef<SecretPayloadShape>(name).implement({
    description,
    fields: (t) => ({
      subscription: t.prismaField({
        type: WebhookSubscription,
        description: 'The subscription.',
        resolve: (query, payload, _args, context) =>
          context.db.prisma.webhookSubscription.findUniqueOrThrow({
            ...payloadQuery(query),
            where: { id: payload.id },
          }),
      }),
      secret: t.exposeString('secret', {
        description:
          'The signing secret (`whsec_` and base64): shown only in this answer (and to a retry with the same idempotency key), ' +
          'never again. Verify each delivery’s `webhook-signature` with it.',
      }),
    }),
  });

const CreateWebhookSubscriptionPayload = secretPayload(
  'CreateWebhookSubscriptionPayload',
  'The subscription is made; keep its secret now: it is not shown again.',
);
const RotateWebhookSecretPayload = secretPayload(
  'RotateWebhookSecretPayload',
  'The secret is replaced: every attempt from now on is signed with the new one (retries of earlier events too).',
);

const CreateWebhookSubscriptionInput = builder.inputType('CreateWebhookSubscriptionInput', {
  description: 'Where to send which events.',
  fields: (t) => ({
    url: t.string({
      required: true,
      description:
        `The receiver (https, at most ${MAX_WEBHOOK_URL_LENGTH} characters, no user name or password). Outside development it may ` +
        'not be, or resolve to, a loopback, private, link-local or unique-local address; it is checked again at every delivery.',
    }),
    events: t.field({
      type: [FeedEventKind],
      required: true,
      description: 'The event kinds to receive (at least one), in the client’s scope.',
    }),
    idempotencyKey: t.string({
      required: true,
      description:
        `Your key for this request (1 to ${MAX_IDEMPOTENCY_KEY} characters): the same key with the same body returns the first ` +
        'result (the same subscription and secret); with another body, IDEMPOTENCY_KEY_REUSED.',
    }),
  }),
});

const createSchema = z.object({
  url: z.string(),
  events: z.array(z.string()),
  idempotencyKey: z.string(),
});

/** What an idempotency record keeps of a creation: the id and the secret sealed (never the secret in clear). */
interface CreatedRecord {
  id: string;
  sealed: string;
}

const createdSealId = (id: string) => `${id}#created`;

builder.mutationField('createWebhookSubscription', (t) =>
  t.field({
    type: CreateWebhookSubscriptionPayload,
    extensions: OPEN_TO_CLIENTS,
    description:
      'Subscribes a webhook (sync clients only, action sync:manageWebhooks): from now on, every event of the chosen kinds in the ' +
      `client’s scope is POSTed to the URL, signed with the secret returned here (shown once). At most ${MAX_SUBSCRIPTIONS} per ` +
      'client. It starts at the newest event (no backlog: pull the feeds for what came before). Idempotent by key.',
    authorize: ownScope,
    errors: { types: createErrors, directResult: true },
    args: { input: t.arg({ type: CreateWebhookSubscriptionInput, required: true, description: 'URL, events, key.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(createSchema, args.input);
      const key = idempotencyKeyOf(input.idempotencyKey);
      if (!key) throw inputIssue(['idempotencyKey'], 'VALIDATION.webhookIdempotencyKey', { max: MAX_IDEMPOTENCY_KEY });
      const events = checkedEvents(input.events);
      const url = await checkedUrl(context, input.url);
      // The action was granted over the viewer's scope, so there is a signed-in principal.
      const principalId = context.viewer.user?.id ?? '';
      const serverSecret = context.integration.secretKey;
      const created = await idempotent<CreatedRecord>(
        context,
        { key, operation: 'createWebhookSubscription', body: { url, events } },
        async (tx) => {
          await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`webhooks:${principalId}`}::text))`;
          const count = await tx.webhookSubscription.count({ where: { principalId } });
          if (count >= MAX_SUBSCRIPTIONS)
            throw new InvalidStateError('webhookSubscriptionLimit', { max: MAX_SUBSCRIPTIONS });
          const id = uuidv7();
          const secret = generateWebhookSecret();
          await tx.webhookSubscription.create({
            data: {
              id,
              principalId,
              url,
              events,
              secretSealed: sealWebhookSecret(secret, serverSecret, id),
              lastSeq: await currentFeedPosition(tx),
            },
          });
          return { id, sealed: sealWebhookSecret(secret, serverSecret, createdSealId(id)) };
        },
      );
      return { id: created.id, secret: openWebhookSecret(created.sealed, serverSecret, createdSealId(created.id)) };
    },
  }),
);

const UpdateWebhookSubscriptionInput = builder.inputType('UpdateWebhookSubscriptionInput', {
  description: 'What to change (at least one of url, events, active).',
  fields: (t) => ({
    subscriptionId: t.globalID({ required: true, for: WebhookSubscription, description: 'The subscription.' }),
    url: t.string({ required: false, description: 'A new receiver (checked like when creating).' }),
    events: t.field({ type: [FeedEventKind], required: false, description: 'The new event kinds (at least one).' }),
    active: t.boolean({
      required: false,
      description:
        'false pauses it (pending deliveries go to the dead-letter list at their next attempt); true resumes it: the events that ' +
        'happened while it was paused are then delivered.',
    }),
  }),
});

const updateSchema = z.object({
  subscriptionId: globalIdSchema,
  url: z.string().nullish(),
  events: z.array(z.string()).nullish(),
  active: z.boolean().nullish(),
});

builder.mutationField('updateWebhookSubscription', (t) =>
  t.prismaField({
    type: WebhookSubscription,
    extensions: OPEN_TO_CLIENTS,
    description:
      'Changes a subscription’s URL, events or whether it is active (its client only; another client’s subscription is ' +
      'NOT_FOUND).',
    authorize: subscriptionResource,
    errors: {
      types: updateErrors,
      result: { description: 'The subscription is changed.' },
      dataField: { name: 'subscription', description: 'The subscription as it is now.' },
    },
    args: { input: t.arg({ type: UpdateWebhookSubscriptionInput, required: true, description: 'What to change.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateSchema, args.input);
      if (input.url == null && input.events == null && input.active == null)
        throw inputIssue([], 'VALIDATION.webhookNothingToChange');
      const events = input.events == null ? undefined : checkedEvents(input.events);
      const url = input.url == null ? undefined : await checkedUrl(context, input.url);
      const active = input.active ?? undefined;
      const id = input.subscriptionId.id;
      const current = await context.db.prisma.webhookSubscription.findUniqueOrThrow({
        where: { id },
        select: { active: true },
      });
      const disabledAt = active === undefined || active === current.active ? undefined : active ? null : new Date();
      return context.db.prisma.webhookSubscription.update({
        ...payloadQuery(query),
        where: { id },
        data: { url, events, active, disabledAt },
      });
    },
  }),
);

const SubscriptionRefInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      subscriptionId: t.globalID({ required: true, for: WebhookSubscription, description: 'The subscription.' }),
    }),
  });

builder.mutationField('rotateWebhookSecret', (t) =>
  t.field({
    type: RotateWebhookSecretPayload,
    extensions: OPEN_TO_CLIENTS,
    description:
      'Replaces a subscription’s signing secret; the new one is returned once. Attempts from now on (retries included) are signed ' +
      'with it only: switch the receiver to it at once.',
    authorize: subscriptionResource,
    errors: { types: subscriptionErrors, directResult: true },
    args: {
      input: t.arg({
        type: SubscriptionRefInput('RotateWebhookSecretInput', 'The subscription whose secret to replace.'),
        required: true,
        description: 'The subscription.',
      }),
    },
    resolve: async (_root, args, context) => {
      const id = args.input.subscriptionId.id;
      const secret = generateWebhookSecret();
      await context.db.prisma.webhookSubscription.update({
        where: { id },
        data: { secretSealed: sealWebhookSecret(secret, context.integration.secretKey, id) },
      });
      return { id, secret };
    },
  }),
);

const DeleteWebhookSubscriptionPayload = builder
  .objectRef<{ deletedSubscriptionId: string }>('DeleteWebhookSubscriptionPayload')
  .implement({
    description: 'The subscription is deleted, with its deliveries and their log.',
    fields: (t) => ({
      deletedSubscriptionId: t.exposeID('deletedSubscriptionId', {
        description: 'Global ID of the deleted subscription.',
      }),
    }),
  });

builder.mutationField('deleteWebhookSubscription', (t) =>
  t.field({
    type: DeleteWebhookSubscriptionPayload,
    extensions: OPEN_TO_CLIENTS,
    description:
      'Deletes a subscription with its deliveries and their log; nothing more is sent to it (an attempt already running ends).',
    authorize: subscriptionResource,
    errors: { types: subscriptionErrors, directResult: true },
    args: {
      input: t.arg({
        type: SubscriptionRefInput('DeleteWebhookSubscriptionInput', 'The subscription to delete.'),
        required: true,
        description: 'The subscription.',
      }),
    },
    resolve: async (_root, args, context) => {
      const id = args.input.subscriptionId.id;
      await context.db.prisma.webhookSubscription.delete({ where: { id } });
      return { deletedSubscriptionId: encodeGlobalID('WebhookSubscription', id) };
    },
  }),
);
