/**
 * kill -9 of the process delivering webhooks. The API runs without job workers (JOB_WORKERS=false) and a separate
 * worker (`npm run worker`, api/server/worker.ts) delivers to a receiver that answers slowly. The worker is killed while
 * deliveries are in flight and started again: every event reaches the receiver (none lost), each event has exactly
 * one delivery record (never two different deliveries), and an event is received more than once only if it was in
 * flight at the kill — then with the same `webhook-id`, which receivers de-duplicate on (README "Webhooks").
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Api,
  type Child,
  type Cluster,
  cleanUp,
  freePort,
  onCleanUp,
  privateCluster,
  spawnScript,
  startApi,
  tempDir,
  tokenFor,
  uploadTo,
} from './kit.js';

const PEOPLE = 12;
const RECEIVER_DELAY_MS = 1_500;
/** The receiver's timeout: with it the lease of a killed worker's job is this + 30 s (api/webhooks/delivery.ts). */
const WEBHOOK_TIMEOUT_SECONDS = 3;

const SUBSCRIBE = `mutation ($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
  __typename ... on Error { code message } } }`;
const IMPORT = `mutation ($input: ImportPeopleInput!) { importPeople(input: $input) {
  __typename ... on ImportPeoplePayload { created } ... on Error { code } } }`;

let cluster: Cluster;
let api: Api;
let env: Record<string, string>;
let dataDir: string;
/** Every request the receiver got: its webhook-id, and whether it was answered (2xx sent in full). */
const received: Array<{ id: string; answered: boolean }> = [];
let receiverPort: number;

beforeAll(async () => {
  cluster = await privateCluster();
  dataDir = tempDir('tisheng-faults-webhooks-');
  receiverPort = await freePort();
  const receiver = createServer((req: IncomingMessage, res: ServerResponse) => {
    const entry = { id: String(req.headers['webhook-id']), answered: false };
    received.push(entry);
    req.resume();
    setTimeout(() => {
      res.writeHead(204).end(() => {
        entry.answered = true;
      });
    }, RECEIVER_DELAY_MS);
  });
  await new Promise<void>((resolve) => receiver.listen(receiverPort, '127.0.0.1', resolve));
  onCleanUp(() => {
    receiver.closeAllConnections();
    receiver.close();
  });
  env = {
    DATABASE_URL: cluster.url,
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'true',
    NODE_ENV: 'development',
    WEBHOOK_TIMEOUT_SECONDS: String(WEBHOOK_TIMEOUT_SECONDS),
    WEBHOOK_BACKOFF_SECONDS: '1',
  };
  api = await startApi({ ...env, JOB_WORKERS: 'false' });
});
afterAll(cleanUp);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startWorker(): Promise<Child> {
  const worker = spawnScript('api/server/worker.ts', env);
  await worker.waitFor(/running the job workers/);
  return worker;
}

describe('kill -9 of the webhook worker', () => {
  it('delivers every event, each as one delivery, after the worker is killed mid-delivery and restarted', async () => {
    const client = await tokenFor(dataDir, 'sync.client');
    const subscribed = await api.graphql(
      SUBSCRIBE,
      {
        input: {
          url: `http://127.0.0.1:${receiverPort}/hooks`,
          events: ['PERSON_CHANGED'],
          idempotencyKey: 'faults-webhooks',
        },
      },
      { token: client },
    );
    expect(subscribed.body).toMatchObject({
      data: { createWebhookSubscription: { __typename: 'CreateWebhookSubscriptionPayload' } },
    });

    let worker = await startWorker();
    const [school] = await cluster.query<{ id: string }>(`SELECT id FROM "Organisation" WHERE code = 'demo-school-1'`);
    const admin = await tokenFor(dataDir, 'school.admin');
    const rows = Array.from({ length: PEOPLE }, (_, i) => `hooked.${i},推送教师${i}`);
    const imported = await uploadTo(
      api.origin,
      IMPORT,
      { organisationId: encodeGlobalID('Organisation', school!.id) },
      { name: 'people.csv', type: 'text/csv', bytes: ['login,name', ...rows].join('\n') },
      admin,
    );
    expect(imported.body.data?.importPeople).toMatchObject({ created: PEOPLE });

    // Kill the worker while deliveries are in flight (received, not yet answered).
    const inFlight = () => received.filter((entry) => !entry.answered);
    const deadline = Date.now() + 60_000;
    while (inFlight().length < 2) {
      if (Date.now() > deadline) throw new Error(`no delivery in flight:\n${worker.output}`);
      await sleep(20);
    }
    worker.kill('SIGKILL');
    const killedAt = Date.now();
    const receivedAtKill = received.length;
    const inFlightAtKill = new Set(inFlight().map((entry) => entry.id));
    const answeredAtKill = new Set(received.filter((entry) => entry.answered).map((entry) => entry.id));
    expect(await worker.exited).toBeNull();
    // A request the worker sent just before it died can reach the receiver after the kill: it was in flight too.
    // Nothing else can arrive before the restart.
    await sleep(250);
    for (const entry of received.slice(receivedAtKill)) inFlightAtKill.add(entry.id);

    worker = await startWorker();
    const events = await cluster.query<{ id: string }>(
      `SELECT e.id FROM "FeedEvent" e JOIN "User" u ON u.id = e."subjectId"
        WHERE e.kind = 'PERSON_CHANGED' AND u.login LIKE 'hooked.%'`,
    );
    expect(events.length).toBe(PEOPLE);
    const eventIds = new Set(events.map((event) => event.id));
    const answered = () => new Set(received.filter((entry) => entry.answered).map((entry) => entry.id));
    const allBy = Date.now() + 120_000;
    while ([...eventIds].some((id) => !answered().has(id))) {
      if (Date.now() > allBy) throw new Error(`not every event delivered:\n${worker.output}`);
      await sleep(200);
    }
    const allDeliveredAfterMs = Date.now() - killedAt;
    // Let the last records settle, then stop the worker gracefully (it exits 0).
    await sleep(1_000);
    worker.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.output).not.toMatch(/Cannot use a pool/);

    // None lost; nothing but these events.
    expect(new Set(received.map((entry) => entry.id))).toEqual(eventIds);
    // One delivery record per event, all delivered.
    const deliveries = await cluster.query<{ eventId: string; state: string; attempts: number }>(
      `SELECT "eventId", state::text AS state, attempts FROM "WebhookDelivery"`,
    );
    expect(deliveries.length).toBe(PEOPLE);
    expect(new Set(deliveries.map((delivery) => delivery.eventId))).toEqual(eventIds);
    expect(deliveries.every((delivery) => delivery.state === 'DELIVERED')).toBe(true);
    // Received twice only if in flight at the kill (the same webhook-id: receivers de-duplicate on it).
    const times = new Map<string, number>();
    for (const entry of received) times.set(entry.id, (times.get(entry.id) ?? 0) + 1);
    const repeated = [...times].filter(([, n]) => n > 1).map(([id]) => id);
    for (const id of repeated) expect(inFlightAtKill.has(id) && !answeredAtKill.has(id)).toBe(true);
    console.log(
      `[faults] webhooks: ${PEOPLE} events, ${received.length} requests received, ${inFlightAtKill.size} in flight at ` +
        `the kill, ${repeated.length} received again after it (same webhook-id), ${deliveries.length} delivery records ` +
        `(all DELIVERED, attempts ${deliveries.map((d) => d.attempts).join(',')}); all answered ${allDeliveredAfterMs} ms after the kill`,
    );
  });
});
