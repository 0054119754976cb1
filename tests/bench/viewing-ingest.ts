/**
 * The viewing-ingest scenario (`npm run bench -- --scenarios viewing-ingest`): how many player events per second
 * Tisheng's `recordViewing` takes on PostgreSQL, with 200 simulated players (each a teacher of the bench programme,
 * one session each) posting 10-event batches back to back for a bounded time, and, in the same run, a baseline:
 * the same batches written as bare INSERTs of the raw batch (pg, a pool of the server's size, the same 200
 * concurrent writers). Server, database and load generator share the machine.
 *
 * Its data lives only for the run: a 1-hour required video added to the bench programme (on every enrolled
 * teacher's study list), removed afterwards with everything written about it, and the enrolments' roll-ups reset.
 */
import http from 'node:http';
import pg from 'pg';
import type { IdentityProvider } from './auth.js';
import type { BenchWorld } from './data.js';
import type { Started } from './processes.js';

export interface ViewingIngestOptions {
  world: BenchWorld;
  idp: IdentityProvider;
  /** Starts the Tisheng server to measure. */
  start: () => Promise<Started>;
  /** Connections of the server's pool (the baseline's pool has as many). */
  poolSize: number;
  players: number;
  eventsPerBatch: number;
  warmupSeconds: number;
  seconds: number;
  log: (line: string) => void;
}

export interface IngestRun {
  batches: number;
  events: number;
  seconds: number;
  eventsPerSecond: number;
  latencyMs: { p50: number; p99: number };
}

export interface ViewingIngestResult {
  players: number;
  eventsPerBatch: number;
  tisheng: IngestRun;
  /** Bare INSERTs of the same batches into ViewingBatch. */
  insert: IngestRun;
  /** Tisheng's events/s over the bare INSERTs'. */
  ratio: number;
  /** Seconds credited in all (a check that crediting ran, not a figure to compare). */
  creditedSeconds: number;
  markdown: string;
}

const COURSE_CODE = 'bench-viewing-ingest';
const DURATION = 3600;

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number) : 0;

/** One simulated player: its session, its next position and event number. */
interface Player {
  teacherId: string;
  token: string;
  sessionId: string;
  position: number;
  seq: number;
}

function nextBatch(player: Player, size: number, runId: string) {
  const events = [];
  for (let i = 0; i < size; i += 1) {
    const first = player.seq === 0;
    if (player.position + 1 > DURATION) player.position = 0;
    const kind = first ? 'PLAY' : player.position === 0 ? 'SEEK' : 'HEARTBEAT';
    events.push({ clientEventId: `${runId}-${player.sessionId}-${player.seq}`, kind, position: player.position });
    player.seq += 1;
    player.position += 1;
  }
  return events;
}

/** Runs `players` loops, each doing `step` back to back, until `seconds` pass; counts what `step` reports. */
async function closedLoop<P>(
  players: P[],
  seconds: number,
  step: (player: P) => Promise<number>,
): Promise<{ batches: number; events: number; seconds: number; latencies: number[] }> {
  const deadline = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  let events = 0;
  const startedAt = performance.now();
  let last = startedAt;
  await Promise.all(
    players.map(async (player) => {
      while (performance.now() < deadline) {
        const t = performance.now();
        const added = await step(player);
        events += added;
        last = performance.now();
        latencies.push(last - t);
      }
    }),
  );
  return { batches: latencies.length, events, seconds: (last - startedAt) / 1000, latencies };
}

const summary = (run: Awaited<ReturnType<typeof closedLoop>>): IngestRun => {
  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    batches: run.batches,
    events: run.events,
    seconds: run.seconds,
    eventsPerSecond: run.events / run.seconds,
    latencyMs: { p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)) },
  };
};

const MUTATION = `mutation RecordViewing($input: RecordViewingInput!) { recordViewing(input: $input) { __typename
  ... on RecordViewingPayload { accepted creditedSeconds rejected { code } } ... on Error { code message } } }`;

function post(agent: http.Agent, origin: URL, token: string, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        path: '/graphql',
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${token}`,
        },
        timeout: 60_000,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}: ${text.slice(0, 300)}`));
          else resolve(text);
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', reject);
    request.end(body);
  });
}

export async function runViewingIngest(options: ViewingIngestOptions): Promise<ViewingIngestResult> {
  const { world, log } = options;
  const db = new pg.Pool({ connectionString: world.databaseUrl, max: options.poolSize });
  const runId = Date.now().toString(36);
  let courseId = '';
  let started: Started | null = null;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.players });
  try {
    await cleanUp(db);
    const { rows: course } = await db.query<{ id: string }>(
      `INSERT INTO "Course" (id, "programmeId", "orgPath", code, title, kind, media, "durationSeconds", requirement, "updatedAt")
       SELECT gen_random_uuid()::text, p.id, p."orgPath", $2, 'Bench: viewing ingest', 'THEORY', 'VIDEO', $3, 'REQUIRED', now()
         FROM "Programme" p WHERE p.id = $1
       RETURNING id`,
      [world.programmeId, COURSE_CODE, DURATION],
    );
    courseId = course[0]!.id;
    const { rows: teachers } = await db.query<{ id: string; subject: string }>(
      `SELECT u.id, i.subject FROM "Enrolment" e JOIN "User" u ON u.id = e."teacherId"
         JOIN "UserIdentity" i ON i."userId" = u.id
        WHERE e."programmeId" = $1 ORDER BY u.login LIMIT $2`,
      [world.programmeId, options.players],
    );
    if (teachers.length < options.players) throw new Error(`viewing-ingest: only ${teachers.length} teachers`);
    const courseGid = Buffer.from(`Course:${courseId}`).toString('base64');
    const players: Player[] = await Promise.all(
      teachers.map(async (teacher, i) => ({
        teacherId: teacher.id,
        token: await options.idp.token(teacher.subject),
        sessionId: `p${i}-${runId}`,
        position: 0,
        seq: 0,
      })),
    );

    started = await options.start();
    const origin = new URL(started.origin);
    let credited = 0;
    const apiStep = async (player: Player) => {
      const events = nextBatch(player, options.eventsPerBatch, runId);
      const body = JSON.stringify({
        query: MUTATION,
        variables: { input: { courseId: courseGid, sessionId: player.sessionId, events } },
      });
      const text = await post(agent, origin, player.token, body);
      const result = JSON.parse(text).data?.recordViewing;
      if (result?.__typename !== 'RecordViewingPayload' || result.accepted !== events.length) {
        const log = started?.stderr.slice(-10).join('\n') ?? '';
        throw new Error(`viewing-ingest: unexpected answer ${text.slice(0, 300)}\n${log}`);
      }
      credited += result.creditedSeconds;
      return result.accepted as number;
    };
    const warm = await closedLoop(players, options.warmupSeconds, apiStep);
    log(`viewing-ingest: warm-up ${warm.events} events`);
    const tisheng = summary(await closedLoop(players, options.seconds, apiStep));
    log(
      `viewing-ingest: tisheng ${tisheng.eventsPerSecond.toFixed(0)} events/s (${tisheng.batches} batches of ${options.eventsPerBatch}, p50 ${tisheng.latencyMs.p50} ms, p99 ${tisheng.latencyMs.p99} ms)`,
    );
    await started.stop();
    started = null;

    // The baseline: the same batches, each one bare INSERT of the raw batch, from as many concurrent writers.
    const insertStep = async (player: Player) => {
      const events = nextBatch(player, options.eventsPerBatch, runId);
      await db.query(
        `INSERT INTO "ViewingBatch" (id, "teacherId", "sessionId", "courseId", "receivedAt", events)
         VALUES ($1, $2, $3, $4, now(), $5::jsonb)`,
        [
          `${runId}-${player.sessionId}-${player.seq}`,
          player.teacherId,
          player.sessionId,
          courseId,
          JSON.stringify(events),
        ],
      );
      return events.length;
    };
    await closedLoop(players, options.warmupSeconds, insertStep);
    const insert = summary(await closedLoop(players, options.seconds, insertStep));
    log(
      `viewing-ingest: bare INSERT ${insert.eventsPerSecond.toFixed(0)} events/s (p50 ${insert.latencyMs.p50} ms, p99 ${insert.latencyMs.p99} ms)`,
    );
    const ratio = tisheng.eventsPerSecond / insert.eventsPerSecond;
    const markdown = [
      `### Viewing ingest (${options.players} players, ${options.eventsPerBatch}-event batches, ${options.seconds} s each)`,
      '',
      '| writer | events/s | batches | p50 ms | p99 ms |',
      '|---|---:|---:|---:|---:|',
      `| Tisheng \`recordViewing\` (HTTP, crediting) | ${tisheng.eventsPerSecond.toFixed(0)} | ${tisheng.batches} | ${tisheng.latencyMs.p50} | ${tisheng.latencyMs.p99} |`,
      `| bare INSERT of the raw batch (pg, pool of ${options.poolSize}) | ${insert.eventsPerSecond.toFixed(0)} | ${insert.batches} | ${insert.latencyMs.p50} | ${insert.latencyMs.p99} |`,
      '',
      `Tisheng / bare INSERT: ${ratio.toFixed(2)}×. Target: ≥ 2,000 events/s (${tisheng.eventsPerSecond >= 2000 ? 'met' : 'missed'}).`,
    ].join('\n');
    return {
      players: options.players,
      eventsPerBatch: options.eventsPerBatch,
      tisheng,
      insert,
      ratio,
      creditedSeconds: credited,
      markdown,
    };
  } finally {
    agent.destroy();
    if (started) await started.stop();
    await cleanUp(db);
    await db.end();
  }
}

/** Removes the scenario's course with everything written about it, and resets the roll-ups it raised. */
async function cleanUp(db: pg.Pool) {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Course" WHERE code = $1`, [COURSE_CODE]);
    const ids = rows.map((row) => row.id);
    if (ids.length) {
      await client.query(
        `UPDATE "Enrolment" e SET "studyRequiredSeconds" = e."studyRequiredSeconds" - cp."creditedSeconds"
           FROM "CourseProgress" cp WHERE cp."enrolmentId" = e.id AND cp."courseId" = ANY($1::text[])`,
        [ids],
      );
      await client.query(
        `DELETE FROM "ViewingEventId" v USING "ViewingSession" s
          WHERE s."courseId" = ANY($1::text[]) AND v."teacherId" = s."teacherId"`,
        [ids],
      );
      await client.query(
        `DELETE FROM "ViewingLease" l USING "ViewingSession" s WHERE s."courseId" = ANY($1::text[]) AND l."teacherId" = s."teacherId"`,
        [ids],
      );
      await client.query(`DELETE FROM "ViewingBatch" WHERE "courseId" = ANY($1::text[])`, [ids]);
      await client.query(`DELETE FROM "Course" WHERE id = ANY($1::text[])`, [ids]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}
