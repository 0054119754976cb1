/**
 * Webhooks against a local receiver (node:http on 127.0.0.1): events written by real writes (a district confirmation of a
 * credit entry: the trigger writes the feed event) reach the receiver signed; a receiver failing twice gets the event
 * once it recovers; one always failing ends in the dead-letter list; a replay delivers again with the same webhook-id;
 * the job queue restarted mid-retry loses nothing and doubles nothing. Also: idempotent creation, the secret shown
 * once, URL refusals (SSRF), another client's subscription missing, and the pages' statement counts.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentIssuerKey } from '../../api/certificates/keys.js';
import { DEVELOPMENT_CERTIFICATE_SETTINGS } from '../../api/certificates/settings.js';
import { DEVELOPMENT_INTEGRATION_SETTINGS } from '../../api/integration/settings.js';
import { type JobQueue, startJobQueue } from '../../api/jobs/queue.js';
import { attemptDelivery, postWebhook } from '../../api/webhooks/delivery.js';
import { verifyWebhook } from '../../api/webhooks/signing.js';
import {
  WebhooksCreateSubscriptionDocument,
  WebhooksDeadLettersDocument,
  WebhooksDeleteSubscriptionDocument,
  WebhooksReplayDeliveryDocument,
  WebhooksRotateSecretDocument,
  WebhooksSubscriptionsDocument,
  WebhooksUpdateSubscriptionDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

const INTEGRATION = { ...DEVELOPMENT_INTEGRATION_SETTINGS, webhookBackoffSeconds: 1, webhookMaxAttempts: 3 };

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A receiver answering each request with `answer(n)` (n from 1), recording every request. */
async function receiver(answer: (n: number) => number) {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.statusCode = answer(received.length);
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 40_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;
let client: UserRef;
let otherClient: UserRef;
let key = 0;
const nextKey = () => `key-${++key}`;
const receivers: Array<{ close(): Promise<void> }> = [];

beforeAll(async () => {
  t = await testApp({ jobs: true, integration: INTEGRATION });
  d = await t.world.district();
  s = await d.school();
  p = await d.programme({ status: 'RUNNING', schools: [s] });
  client = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
  otherClient = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
}, 60_000);

afterAll(async () => {
  for (const r of receivers) await r.close();
  await t?.close();
});

/** A credit entry confirmed by the district: its trigger writes a CREDIT_CONFIRMED feed event. Returns the entry id. */
async function confirmCredit(): Promise<{ entryId: string; eventId: string }> {
  const enrolment = await p.teacher(s);
  const entry = await t.db.prisma.creditEntry.create({
    data: {
      programmeId: p.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      orgPath: enrolment.orgPath,
      source: 'MANUAL_ENTRY',
      category: 'OFFLINE',
      hours: 2.5,
      basis: {},
      confirmations: {
        create: [
          { level: 'SCHOOL', orgPath: enrolment.orgPath },
          { level: 'DISTRICT', orgPath: enrolment.orgPath, confirmedById: d.admin.id },
        ],
      },
    },
    select: { id: true },
  });
  const event = await t.db.prisma.feedEvent.findFirstOrThrow({
    where: { subjectId: entry.id, kind: 'CREDIT_CONFIRMED' },
    select: { id: true },
  });
  return { entryId: entry.id, eventId: event.id };
}

async function subscribe(url: string, as = client) {
  const result = await t.mutate(
    WebhooksCreateSubscriptionDocument,
    { url, events: ['CREDIT_CONFIRMED', 'CERTIFICATE_REVOKED'], idempotencyKey: nextKey() },
    { as },
  );
  if (result.__typename !== 'CreateWebhookSubscriptionPayload') throw new Error(JSON.stringify(result));
  return result;
}

const deliveryOf = (subscriptionGid: string, eventId: string) =>
  t.db.prisma.webhookDelivery.findMany({
    where: { subscriptionId: Buffer.from(subscriptionGid, 'base64').toString().split(':')[1]!, eventId },
    include: { log: { orderBy: { attempt: 'asc' } } },
    orderBy: { createdAt: 'asc' },
  });

const rawId = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!;

describe('webhooks', () => {
  it('retries a receiver that fails twice and delivers the signed event once it recovers', async () => {
    const r = await receiver((n) => (n <= 2 ? 500 : 204));
    receivers.push(r);
    const { subscription, secret } = await subscribe(r.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const { entryId, eventId } = await confirmCredit();

    const [delivery] = await until('delivery', async () => {
      const rows = await deliveryOf(subscription.id, eventId);
      return rows[0]?.state === 'DELIVERED' ? rows : null;
    });
    expect(r.received).toHaveLength(3);
    expect(delivery!.log.map((a) => [a.attempt, a.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 204],
    ]);
    expect(delivery!.attempts).toBe(3);
    expect(delivery!.deliveredAt).not.toBeNull();
    // Every attempt: the same webhook-id (the event id) and body, each signed validly with the secret.
    for (const request of r.received) {
      expect(request.headers['webhook-id']).toBe(eventId);
      expect(
        verifyWebhook(
          secret,
          {
            id: request.headers['webhook-id'] as string,
            timestamp: request.headers['webhook-timestamp'] as string,
            signature: request.headers['webhook-signature'] as string,
          },
          request.body,
        ),
      ).toBeNull();
    }
    expect(new Set(r.received.map((request) => request.body)).size).toBe(1);
    const body = JSON.parse(r.received[2]!.body);
    expect(body).toMatchObject({
      type: 'credit.confirmed',
      data: { entryId, eventId, hours: '2.50', programmeId: p.id, teacherId: expect.any(String) },
    });
    expect(body.timestamp).toMatch(/Z$/);
    expect(body.data.confirmedAt).toMatch(/Z$/);
    expect(body.data.sequence).toMatch(/^\d+$/);

    // The log through the API.
    const page = await t.data(WebhooksSubscriptionsDocument, { first: 10, deliveries: 10 }, { as: client });
    const mine = page.webhookSubscriptions!.nodes.find((node) => node.id === subscription.id)!;
    const logged = mine.deliveries.nodes.find((node) => node.eventId === eventId)!;
    expect(logged).toMatchObject({
      state: 'DELIVERED',
      attemptCount: 3,
      eventType: 'credit.confirmed',
      lastStatus: 204,
    });
    expect(logged.attempts.map((a) => a.status)).toEqual([500, 500, 204]);
    expect(logged.attempts[0]!.error).toBe('HTTP 500');
  }, 60_000);

  it('ends a delivery that always fails in the dead-letter list, and a replay delivers it again with the same id', async () => {
    let failing = true;
    const r = await receiver(() => (failing ? 503 : 200));
    receivers.push(r);
    const { subscription, secret } = await subscribe(r.url);
    const { eventId } = await confirmCredit();

    const dead = await until('dead letter', async () => {
      const { webhookDeadLetters } = await t.data(WebhooksDeadLettersDocument, { first: 20 }, { as: client });
      return webhookDeadLetters!.nodes.find((node) => node.eventId === eventId);
    });
    expect(dead).toMatchObject({ state: 'DEAD', attemptCount: INTEGRATION.webhookMaxAttempts, nextAttemptAt: null });
    expect(dead.attempts.map((a) => a.status)).toEqual([503, 503, 503]);
    expect(dead.subscription.id).toBe(subscription.id);
    expect(r.received).toHaveLength(3);

    failing = false;
    const replayKey = nextKey();
    const replay = await t.mutate(
      WebhooksReplayDeliveryDocument,
      { deliveryId: dead.id, idempotencyKey: replayKey },
      { as: client },
    );
    if (replay.__typename !== 'ReplayWebhookDeliveryPayload') throw new Error(JSON.stringify(replay));
    expect(replay.delivery).toMatchObject({ state: 'PENDING', replayOfId: dead.id, eventId });
    // The same key again: the same replay, not another one.
    const again = await t.mutate(
      WebhooksReplayDeliveryDocument,
      { deliveryId: dead.id, idempotencyKey: replayKey },
      { as: client },
    );
    expect(again.__typename === 'ReplayWebhookDeliveryPayload' && again.delivery.id).toBe(replay.delivery.id);

    await until('replayed', async () => {
      const rows = await deliveryOf(subscription.id, eventId);
      return rows.find((row) => row.id === rawId(replay.delivery.id))?.state === 'DELIVERED';
    });
    expect(r.received).toHaveLength(4);
    const last = r.received[3]!;
    expect(last.headers['webhook-id']).toBe(eventId);
    expect(last.body).toBe(r.received[0]!.body);
    expect(
      verifyWebhook(
        secret,
        {
          id: last.headers['webhook-id'] as string,
          timestamp: last.headers['webhook-timestamp'] as string,
          signature: last.headers['webhook-signature'] as string,
        },
        last.body,
      ),
    ).toBeNull();
    const rows = await deliveryOf(subscription.id, eventId);
    expect(rows.map((row) => row.state)).toEqual(['DEAD', 'DELIVERED']);

    // A pending delivery is not replayed; another client's delivery is missing.
    const other = await t.mutate(
      WebhooksReplayDeliveryDocument,
      { deliveryId: dead.id, idempotencyKey: nextKey() },
      { as: otherClient },
    );
    expect(other.__typename).toBe('NotFoundError');
  }, 90_000);
});

describe('webhook subscriptions', () => {
  it('delivers only the subscribed kinds of the client’s own scope (a revoked certificate: yes; its issuing, another district: no)', async () => {
    const r = await receiver(() => 200);
    receivers.push(r);
    const { subscription } = await subscribe(r.url); // CREDIT_CONFIRMED and CERTIFICATE_REVOKED
    const enrolment = await p.teacher(s);
    const key = await currentIssuerKey(t.db.prisma, DEVELOPMENT_CERTIFICATE_SETTINGS.keySecret);
    const certificate = await t.db.prisma.certificate.create({
      data: {
        kind: 'COMPLETION',
        programmeId: p.id,
        enrolmentId: enrolment.id,
        teacherId: enrolment.teacher.id,
        orgPath: enrolment.orgPath,
        keyId: key.kid,
        credential: 'unsigned-in-this-test',
        issuedAt: new Date(),
      },
      select: { id: true },
    });
    await t.db.prisma.certificate.update({
      where: { id: certificate.id },
      data: { revokedAt: new Date(), revokedById: d.admin.id, revocationReason: 'issued in error' },
    });
    // Another district's confirmed credit: outside the client's scope.
    const elsewhere = await t.world.district();
    const otherSchool = await elsewhere.school();
    const otherProgramme = await elsewhere.programme({ status: 'RUNNING', schools: [otherSchool] });
    const stranger = await otherProgramme.teacher(otherSchool);
    await t.db.prisma.creditEntry.create({
      data: {
        programmeId: otherProgramme.id,
        enrolmentId: stranger.id,
        teacherId: stranger.teacher.id,
        orgPath: stranger.orgPath,
        source: 'MANUAL_ENTRY',
        category: 'OFFLINE',
        hours: 1,
        basis: {},
        confirmations: { create: [{ level: 'DISTRICT', orgPath: stranger.orgPath }] },
      },
    });
    const { eventId } = await confirmCredit();
    await until('the credit event', async () =>
      r.received.some((request) => request.headers['webhook-id'] === eventId),
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // Deliveries run as independent jobs: their arrival order is not promised, only that each event arrives.
    const events = r.received.map((request) => JSON.parse(request.body));
    expect(events.map((event) => event.type).sort()).toEqual(['certificate.revoked', 'credit.confirmed']);
    const revoked = events.find((event) => event.type === 'certificate.revoked');
    expect(revoked.data).toMatchObject({ certificateId: certificate.id, revocationReason: 'issued in error' });
    expect(revoked.data.revokedAt).toMatch(/Z$/);
    expect(await t.db.prisma.webhookDelivery.count({ where: { subscriptionId: rawId(subscription.id) } })).toBe(2);
  }, 60_000);

  it('creates idempotently, shows the secret only when created or rotated, and refuses a reused key with another body', async () => {
    const r = await receiver(() => 200);
    receivers.push(r);
    const idempotencyKey = nextKey();
    const input = { url: r.url, events: ['CREDIT_CONFIRMED' as const], idempotencyKey };
    const before = await t.db.prisma.webhookSubscription.count();
    const first = await t.mutate(WebhooksCreateSubscriptionDocument, input, { as: client });
    const second = await t.mutate(WebhooksCreateSubscriptionDocument, input, { as: client });
    if (first.__typename !== 'CreateWebhookSubscriptionPayload') throw new Error(JSON.stringify(first));
    expect(second).toEqual(first);
    expect(await t.db.prisma.webhookSubscription.count()).toBe(before + 1);
    const reused = await t.mutate(
      WebhooksCreateSubscriptionDocument,
      { ...input, events: ['CERTIFICATE_ISSUED'] },
      { as: client },
    );
    expect(reused.__typename).toBe('IdempotencyKeyReusedError');
    expect(await t.db.prisma.webhookSubscription.count()).toBe(before + 1);
    // Stored sealed: neither the row nor the idempotency record holds the secret in clear.
    const id = rawId(first.subscription.id);
    const row = await t.db.prisma.webhookSubscription.findUniqueOrThrow({ where: { id } });
    const record = await t.db.prisma.idempotencyRecord.findFirstOrThrow({
      where: { principalId: client.id, key: idempotencyKey },
    });
    const secretBody = first.secret.slice('whsec_'.length);
    expect(row.secretSealed).not.toContain(secretBody);
    expect(JSON.stringify(record.response)).not.toContain(secretBody);
    expect(first.subscription).toMatchObject({ url: r.url, events: ['CREDIT_CONFIRMED'], active: true });
    // A new subscription starts at the newest event.
    const newest = await t.db.prisma.feedEvent.aggregate({ _max: { seq: true } });
    expect(BigInt(first.subscription.position)).toBe(newest._max.seq ?? 0n);

    const rotated = await t.mutate(
      WebhooksRotateSecretDocument,
      { subscriptionId: first.subscription.id },
      { as: client },
    );
    if (rotated.__typename !== 'RotateWebhookSecretPayload') throw new Error(JSON.stringify(rotated));
    expect(rotated.secret).not.toBe(first.secret);
    const { eventId } = await confirmCredit();
    await until('delivered', async () => r.received.find((request) => request.headers['webhook-id'] === eventId));
    const request = r.received.find((request) => request.headers['webhook-id'] === eventId)!;
    const headers = {
      id: eventId,
      timestamp: request.headers['webhook-timestamp'] as string,
      signature: request.headers['webhook-signature'] as string,
    };
    expect(verifyWebhook(rotated.secret, headers, request.body)).toBeNull();
    expect(verifyWebhook(first.secret, headers, request.body)).toBe('BAD_SIGNATURE');
  }, 60_000);

  it('refuses bad URLs and empty events with a typed error and creates nothing', async () => {
    const strict = t.variant({ integration: { ...INTEGRATION, webhookAllowPrivateUrls: false } });
    const before = await t.db.prisma.webhookSubscription.count();
    const cases: Array<[string, string]> = [
      ['http://hooks.example.com/x', 'must use https'],
      ['https://127.0.0.1:8443/x', 'private network'],
      ['https://[::1]/x', 'private network'],
      ['https://169.254.169.254/latest/meta-data', 'private network'],
      ['https://localhost/x', 'private network'],
      ['https://user:secret@hooks.example.com/x', 'user name or password'],
      ['https://tisheng-test.invalid/x', 'does not resolve'],
      [`https://hooks.example.com/${'a'.repeat(2100)}`, 'at most 2048'],
      ['not a url', 'not an absolute https URL'],
    ];
    for (const [url, message] of cases) {
      const result = await strict.mutate(
        WebhooksCreateSubscriptionDocument,
        { url, events: ['CREDIT_CONFIRMED'], idempotencyKey: nextKey() },
        { as: client },
      );
      expect(result.__typename, url).toBe('ValidationError');
      if (result.__typename === 'ValidationError') {
        expect(result.code).toBe('INVALID_INPUT');
        expect(result.issues[0]!.path).toEqual(['input', 'url']);
        expect(result.issues[0]!.message, url).toContain(message);
      }
    }
    const zh = await strict.mutate(
      WebhooksCreateSubscriptionDocument,
      { url: 'https://10.0.0.1/x', events: ['CREDIT_CONFIRMED'], idempotencyKey: nextKey() },
      { as: client, locale: 'zh-CN' },
    );
    expect(zh.__typename === 'ValidationError' && zh.issues[0]!.message).toContain('内网地址');
    const none = await t.mutate(
      WebhooksCreateSubscriptionDocument,
      { url: 'https://hooks.example.com/x', events: [], idempotencyKey: nextKey() },
      { as: client },
    );
    expect(none.__typename === 'ValidationError' && none.issues[0]!.path).toEqual(['input', 'events']);
    expect(await t.db.prisma.webhookSubscription.count()).toBe(before);
  });

  it('checks the address again at delivery time, after DNS resolution', async () => {
    const r = await receiver(() => 200);
    receivers.push(r);
    // A name that resolves to loopback: refused when connecting, the receiver never hears of it.
    const outcome = await postWebhook(new URL(`http://localhost:${r.port}/hook`), {}, '{}', {
      timeoutMs: 5000,
      allowPrivate: false,
    });
    expect(outcome).toMatchObject({ status: null, error: expect.stringMatching(/^PRIVATE_HOST/) });
    // A delivery to a private address made while private URLs were allowed: dead at its next attempt once they are not.
    const { subscription } = await t
      .mutate(
        WebhooksCreateSubscriptionDocument,
        { url: r.url, events: ['SCHOOL_CLOSED'], idempotencyKey: nextKey() },
        { as: client },
      )
      .then((result) => result as Extract<typeof result, { __typename: 'CreateWebhookSubscriptionPayload' }>);
    const { eventId } = await confirmCredit();
    const delivery = await t.db.prisma.webhookDelivery.create({
      data: { subscriptionId: rawId(subscription.id), eventId },
    });
    const strictDeps = {
      db: t.db,
      files: t.files,
      integration: { ...INTEGRATION, webhookAllowPrivateUrls: false },
      baseUrl: 'http://yoga',
    };
    await expect(attemptDelivery(strictDeps, delivery.id, true)).rejects.toThrow(/NOT_HTTPS|PRIVATE_HOST/);
    const after = await t.db.prisma.webhookDelivery.findUniqueOrThrow({
      where: { id: delivery.id },
      include: { log: true },
    });
    expect(after).toMatchObject({ state: 'DEAD', attempts: 1, lastStatus: null });
    expect(after.log[0]!.error).toMatch(/^NOT_HTTPS|^PRIVATE_HOST/);
    expect(r.received).toHaveLength(0);
  });

  it('keeps each client’s subscriptions to itself, and closes them to people', async () => {
    const r = await receiver(() => 200);
    receivers.push(r);
    const { subscription } = await subscribe(r.url);
    const ref = { subscriptionId: subscription.id };
    expect((await t.mutate(WebhooksRotateSecretDocument, ref, { as: otherClient })).__typename).toBe('NotFoundError');
    expect((await t.mutate(WebhooksDeleteSubscriptionDocument, ref, { as: otherClient })).__typename).toBe(
      'NotFoundError',
    );
    expect(
      (await t.mutate(WebhooksUpdateSubscriptionDocument, { ...ref, active: false }, { as: otherClient })).__typename,
    ).toBe('NotFoundError');
    const theirs = await t.data(WebhooksSubscriptionsDocument, { first: 50, deliveries: 1 }, { as: otherClient });
    expect(theirs.webhookSubscriptions!.nodes.map((node) => node.id)).not.toContain(subscription.id);
    const people = await t.data(WebhooksSubscriptionsDocument, { first: 10, deliveries: 1 }, { as: d.admin });
    expect(people.webhookSubscriptions).toBeNull();
    expect((await t.mutate(WebhooksRotateSecretDocument, ref, { as: d.admin })).__typename).toBe('NotFoundError');
    const node = await t.gql('query($id: ID!) { node(id: $id) { id } }', { id: subscription.id }, { as: d.admin });
    expect(node.data?.node ?? null).toBeNull();

    // Its own client pauses, changes and deletes it.
    const paused = await t.mutate(
      WebhooksUpdateSubscriptionDocument,
      { ...ref, active: false, events: ['CERTIFICATE_ISSUED', 'CREDIT_REVERSED'] },
      { as: client },
    );
    expect(paused.__typename === 'UpdateWebhookSubscriptionPayload' && paused.subscription).toMatchObject({
      active: false,
      events: ['CREDIT_REVERSED', 'CERTIFICATE_ISSUED'],
      disabledAt: expect.any(String),
    });
    const nothing = await t.mutate(WebhooksUpdateSubscriptionDocument, ref, { as: client });
    expect(nothing.__typename).toBe('ValidationError');
    const deleted = await t.mutate(WebhooksDeleteSubscriptionDocument, ref, { as: client });
    expect(deleted).toMatchObject({ deletedSubscriptionId: subscription.id });
    expect(await t.db.prisma.webhookSubscription.count({ where: { id: rawId(subscription.id) } })).toBe(0);
  }, 30_000);

  it('reads the subscriptions, their deliveries and the dead letters in the same number of statements for any page size', async () => {
    const count = async (first: number) =>
      (
        await t.statementsFor(
          `query($first: Int) {
            webhookSubscriptions(first: $first) { totalCount nodes { id url events deliveries(first: $first) {
              totalCount nodes { id eventType sequence state attempts { attempt status error } } } } }
            webhookDeadLetters(first: $first) { totalCount nodes { id eventId attempts { attempt } subscription { id } } }
          }`,
          { first },
          { as: client },
        )
      ).count;
    // The queue's workers share the database client: let them go idle (a first request stamps the client's sign-in, a
    // roster event fanned out in the background), then take the least of three runs (a scheduled fan-out may still add
    // its statements to one).
    await count(1);
    await until(
      'idle workers',
      async () => (await t.db.prisma.webhookDelivery.count({ where: { state: 'PENDING' } })) === 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const least = async (first: number) => Math.min(await count(first), await count(first), await count(first));
    expect(await least(20)).toBe(await least(1));
  });
});

// Last: it stops the test app's queue (the queue it starts runs until the end).
describe('webhooks across a restart', () => {
  it('loses nothing and doubles nothing when the job queue restarts while a delivery waits for its retry', async () => {
    const r = await receiver((n) => (n === 1 ? 500 : 200));
    receivers.push(r);
    const { subscription } = await subscribe(r.url);
    const { eventId } = await confirmCredit();

    await until('first attempt', async () => (await deliveryOf(subscription.id, eventId))[0]?.attempts === 1);
    // The API stops while the delivery waits for its retry (1–2 s away)…
    await t.jobs!.stop(10_000);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(r.received).toHaveLength(1);
    expect((await deliveryOf(subscription.id, eventId))[0]!.state).toBe('PENDING');
    // …and a new one starts over the same database: the retry is there and runs.
    let restarted: JobQueue | null = null;
    try {
      restarted = await startJobQueue(
        { db: t.db, files: t.files, integration: INTEGRATION, baseUrl: 'http://yoga' },
        { workers: true },
      );
      const [delivery] = await until('delivered after restart', async () => {
        const rows = await deliveryOf(subscription.id, eventId);
        return rows[0]?.state === 'DELIVERED' ? rows : null;
      });
      expect(delivery!.log.map((a) => [a.attempt, a.status])).toEqual([
        [1, 500],
        [2, 200],
      ]);
      // The new queue also fans out new events.
      const second = await confirmCredit();
      await until('a new event after restart', async () => {
        const rows = await deliveryOf(subscription.id, second.eventId);
        return rows[0]?.state === 'DELIVERED';
      });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(r.received.map((request) => request.headers['webhook-id'])).toEqual([eventId, eventId, second.eventId]);
      expect(await deliveryOf(subscription.id, eventId)).toHaveLength(1);
    } finally {
      await restarted?.stop(10_000);
    }
  }, 90_000);
});
