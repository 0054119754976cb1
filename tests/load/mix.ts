/**
 * The load's request mix: what a province's evening looks like to the API, built on the bench's data and scenarios.
 *
 *   - portal reads: a tutor's class roster, a school's and a district's selection progress, teachers' home pages
 *     (the bench's SDK documents, tests/bench/scenarios.ts; the home page rotates over many teachers' tokens);
 *   - viewing ingest: players posting 10-event batches to `recordViewing` (as tests/bench/viewing-ingest.ts does),
 *     each player one session, never two batches of one player in flight;
 *   - selections: teachers re-submitting their selection (`SubmitSelection`), the competencies' order changed each
 *     time, never two submissions of one teacher in flight;
 *   - sync pulls: the provincial system's roster and credit feeds with its sync client's token.
 *
 * Every response is checked: a non-2xx status, a body that is not JSON, any GraphQL error or an answer of the wrong
 * kind is a failure, counted per kind.
 */
import { print } from 'graphql';
import pg from 'pg';
import { SubmitSelectionDocument } from '../../sdk/src/generated/graphql.js';
import type { IdentityProvider } from '../bench/auth.js';
import type { BenchWorld } from '../bench/data.js';
import { gid, requestFor, SCENARIOS } from '../bench/scenarios.js';

export type Kind =
  | 'class-roster'
  | 'school-progress'
  | 'district-progress'
  | 'teacher-home'
  | 'viewing-ingest'
  | 'selection-submit'
  | 'sync-pull';

/** How often each kind comes in one cycle of a connection's requests (an evening: mostly players and teachers). */
export const WEIGHTS: Record<Kind, number> = {
  'viewing-ingest': 5,
  'teacher-home': 2,
  'selection-submit': 2,
  'class-roster': 1,
  'school-progress': 1,
  'district-progress': 1,
  'sync-pull': 1,
};

export interface MixSettings {
  /** The kinds in a cycle and how often each comes (default WEIGHTS). */
  weights: Partial<Record<Kind, number>>;
  players: number;
  selectors: number;
  eventsPerBatch: number;
}

/** One autocannon request (see autocannon's `requests` option). */
export interface LoadRequest {
  method: 'POST' | 'GET';
  path: string;
  headers: Record<string, string>;
  body?: string;
  setupRequest?: (request: LoadRequest, context: Record<string, unknown>) => LoadRequest;
  onResponse: (status: number, body: string, context: Record<string, unknown>) => void;
}

/**
 * Responses, failures and latencies per kind, with the first few failure messages. autocannon checks a body
 * (`onResponse`, which calls `record`) and then reports the response's latency (its `response` event, `latency`) in
 * the same turn, so `latency` belongs to the kind recorded last.
 */
export class Tally {
  readonly failures = new Map<Kind, number>();
  readonly responses = new Map<Kind, number>();
  readonly latencies = new Map<Kind, number[]>();
  readonly samples: string[] = [];
  serverErrors = 0;
  private last: Kind | null = null;
  record(kind: Kind, status: number, problem: string | null) {
    this.last = kind;
    this.responses.set(kind, (this.responses.get(kind) ?? 0) + 1);
    if (status >= 500) this.serverErrors += 1;
    if (!problem) return;
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
    if ((this.failures.get(kind) ?? 0) <= 3) this.samples.push(`${kind}: ${problem}`);
  }
  latency(ms: number) {
    if (!this.last) return;
    const list = this.latencies.get(this.last) ?? [];
    list.push(ms);
    this.latencies.set(this.last, list);
    this.last = null;
  }
  reset() {
    this.failures.clear();
    this.responses.clear();
    this.latencies.clear();
    this.last = null;
    this.samples.length = 0;
    this.serverErrors = 0;
  }
}

const RECORD_VIEWING = `mutation RecordViewing($input: RecordViewingInput!) { recordViewing(input: $input) { __typename
  ... on RecordViewingPayload { accepted } ... on Error { code message } } }`;
const SUBMIT_SELECTION = print(SubmitSelectionDocument);

/** A GraphQL body's problem (not JSON, errors, no data), or its data. */
function graphqlData(status: number, body: string): { problem: string } | { data: Record<string, unknown> } {
  if (status < 200 || status >= 300) return { problem: `HTTP ${status}: ${body.slice(0, 200)}` };
  try {
    const parsed = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown };
    if (parsed.errors) return { problem: `errors: ${JSON.stringify(parsed.errors).slice(0, 200)}` };
    return parsed.data ? { data: parsed.data } : { problem: 'no data' };
  } catch {
    return { problem: `not JSON: ${body.slice(0, 200)}` };
  }
}

/** Items handed out one at a time and given back: no two requests of one player or teacher in flight. */
class Pool<T> {
  private readonly free: T[];
  private readonly inFlight = new Set<T>();
  constructor(items: T[]) {
    this.free = [...items];
  }
  take(): T {
    const item = this.free.shift();
    if (item === undefined) throw new Error('load: more requests in flight than players or teachers');
    this.inFlight.add(item);
    return item;
  }
  give(item: T) {
    if (this.inFlight.delete(item)) this.free.push(item);
  }
  /**
   * After a run: a request cut off at its end never answers here, but the server may still be working on it. Its
   * item comes back only after `afterMs`, so that no two requests of one player or teacher overlap on the server.
   */
  reclaim(afterMs: number) {
    for (const item of this.inFlight) {
      setTimeout(() => this.give(item), afterMs).unref();
    }
  }
}

interface Player {
  token: string;
  sessionId: string;
  position: number;
  seq: number;
}

interface Selector {
  token: string;
  enrolmentId: string;
  competencyIds: string[];
}

const json = (token: string) => ({
  accept: 'application/graphql-response+json, application/json',
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
});

/**
 * Prepares the mix on `world`'s database (a copy the load may change): the players' course and tokens, the teachers
 * whose selection can be re-submitted (each tried once through the API at `origin`), and returns one cycle of requests.
 */
export async function buildMix(
  world: BenchWorld,
  idp: IdentityProvider,
  origin: string,
  settings: MixSettings,
  tally: Tally,
) {
  const db = new pg.Client({ connectionString: world.databaseUrl });
  await db.connect();
  let course: { id: string; durationSeconds: number } | undefined;
  let teachers: Array<{ subject: string }>;
  let candidates: Array<{ subject: string; enrolmentId: string; competencyIds: string[] }>;
  try {
    // The players' course: a 1-hour required video added to the running programme (on every enrolled teacher's study
    // list), as the bench's viewing-ingest scenario adds one; the run's database is a copy, dropped afterwards.
    [course] = (
      await db.query<{ id: string; durationSeconds: number }>(
        `INSERT INTO "Course" (id, "programmeId", "orgPath", code, title, kind, media, "durationSeconds", requirement, "updatedAt")
         SELECT gen_random_uuid()::text, p.id, p."orgPath", 'load-viewing', 'Load: viewing', 'THEORY', 'VIDEO', 3600, 'REQUIRED', now()
           FROM "Programme" p WHERE p.id = $1
         RETURNING id, "durationSeconds"`,
        [world.programmeId],
      )
    ).rows;
    teachers = (
      await db.query<{ subject: string }>(
        `SELECT i.subject FROM "Enrolment" e JOIN "User" u ON u.id = e."teacherId" JOIN "UserIdentity" i ON i."userId" = u.id
          WHERE e."programmeId" = $1 ORDER BY u.login LIMIT $2`,
        [world.programmeId, settings.players],
      )
    ).rows;
    candidates = (
      await db.query<{ subject: string; enrolmentId: string; competencyIds: string[] }>(
        `SELECT i.subject, e.id AS "enrolmentId", array_agg(si."competencyId" ORDER BY si.position) AS "competencyIds"
           FROM "Enrolment" e JOIN "Selection" s ON s."enrolmentId" = e.id JOIN "SelectionItem" si ON si."selectionId" = s.id
           JOIN "User" u ON u.id = e."teacherId" JOIN "UserIdentity" i ON i."userId" = u.id
          WHERE e."programmeId" = $1 AND s.status IN ('SUBMITTED', 'RETURNED')
          GROUP BY i.subject, e.id, u.login ORDER BY u.login DESC LIMIT $2`,
        [world.programmeId, settings.selectors * 3],
      )
    ).rows;
  } finally {
    await db.end();
  }
  if (!course) throw new Error('load: the bench programme is missing');
  if (teachers.length < settings.players) throw new Error(`load: only ${teachers.length} teachers to play videos`);

  // Selections that the API takes now (window open, rules met): each candidate submits once; the first that do, stay.
  const selectors: Selector[] = [];
  for (const candidate of candidates) {
    if (selectors.length >= settings.selectors) break;
    const token = await idp.token(candidate.subject);
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: json(token),
      body: JSON.stringify({
        query: SUBMIT_SELECTION,
        variables: {
          input: {
            enrolmentId: gid('Enrolment', candidate.enrolmentId),
            competencyIds: candidate.competencyIds.map((id) => gid('Competency', id)),
          },
        },
      }),
    });
    const result = graphqlData(response.status, await response.text());
    if (
      'data' in result &&
      (result.data.submitSelection as { __typename?: string })?.__typename === 'SubmitSelectionPayload'
    )
      selectors.push({ token, enrolmentId: candidate.enrolmentId, competencyIds: candidate.competencyIds });
  }
  if (selectors.length < settings.selectors)
    throw new Error(`load: only ${selectors.length} of ${candidates.length} selections could be re-submitted`);

  const runId = Date.now().toString(36);
  const playerList: Player[] = await Promise.all(
    teachers.map(async (teacher, i) => ({
      token: await idp.token(teacher.subject),
      sessionId: `load-${runId}-${i}`,
      position: 0,
      seq: 0,
    })),
  );
  const players = new Pool(playerList);
  const selectorPool = new Pool(selectors);
  const homeTokens = await Promise.all(teachers.slice(0, 50).map((teacher) => idp.token(teacher.subject)));
  let homeNext = 0;
  const courseId = gid('Course', course.id);
  const duration = course.durationSeconds;

  const scenario = (id: string) => {
    const found = SCENARIOS.find((s) => s.id === id);
    if (!found) throw new Error(`load: no bench scenario ${id}`);
    return found;
  };
  /** A portal read from a bench scenario at page size `first`: any error fails it. */
  const read = async (kind: Kind, id: string, first: number | undefined): Promise<LoadRequest> => {
    const s = scenario(id);
    const base = requestFor(s, world, await idp.token(world.subjects[s.viewer]), first);
    return {
      ...base,
      onResponse: (status, body) => {
        const result = graphqlData(status, body);
        tally.record(kind, status, 'problem' in result ? result.problem : null);
      },
    };
  };

  const viewing: LoadRequest = {
    method: 'POST',
    path: '/graphql',
    headers: json(''),
    setupRequest: (request, context) => {
      const player = players.take();
      context.player = player;
      const events = [];
      for (let i = 0; i < settings.eventsPerBatch; i += 1) {
        if (player.position + 1 > duration) player.position = 0;
        const kind = player.seq === 0 ? 'PLAY' : player.position === 0 ? 'SEEK' : 'HEARTBEAT';
        events.push({ clientEventId: `${player.sessionId}-${player.seq}`, kind, position: player.position });
        player.seq += 1;
        player.position += 1;
      }
      context.events = events.length;
      return {
        ...request,
        headers: json(player.token),
        body: JSON.stringify({
          query: RECORD_VIEWING,
          variables: { input: { courseId, sessionId: player.sessionId, events } },
        }),
      };
    },
    onResponse: (status, body, context) => {
      players.give(context.player as Player);
      const result = graphqlData(status, body);
      const answer =
        'data' in result ? (result.data.recordViewing as { __typename?: string; accepted?: number }) : null;
      tally.record(
        'viewing-ingest',
        status,
        'problem' in result
          ? result.problem
          : answer?.__typename !== 'RecordViewingPayload' || answer.accepted !== context.events
            ? `unexpected answer ${body.slice(0, 200)}`
            : null,
      );
    },
  };

  const selection: LoadRequest = {
    method: 'POST',
    path: '/graphql',
    headers: json(''),
    setupRequest: (request, context) => {
      const selector = selectorPool.take();
      context.selector = selector;
      // A change of mind: the same competencies in another order.
      selector.competencyIds = [...selector.competencyIds.slice(1), ...selector.competencyIds.slice(0, 1)];
      return {
        ...request,
        headers: json(selector.token),
        body: JSON.stringify({
          query: SUBMIT_SELECTION,
          operationName: 'SubmitSelection',
          variables: {
            input: {
              enrolmentId: gid('Enrolment', selector.enrolmentId),
              competencyIds: selector.competencyIds.map((id) => gid('Competency', id)),
            },
          },
        }),
      };
    },
    onResponse: (status, body, context) => {
      selectorPool.give(context.selector as Selector);
      const result = graphqlData(status, body);
      const typename = 'data' in result ? (result.data.submitSelection as { __typename?: string })?.__typename : null;
      tally.record(
        'selection-submit',
        status,
        'problem' in result
          ? result.problem
          : typename !== 'SubmitSelectionPayload'
            ? `answer ${body.slice(0, 200)}`
            : null,
      );
    },
  };

  const home = await read('teacher-home', 'teacher-home', 20);
  const teacherHome: LoadRequest = {
    ...home,
    setupRequest: (request) => {
      homeNext = (homeNext + 1) % homeTokens.length;
      return { ...request, headers: { ...request.headers, authorization: `Bearer ${homeTokens[homeNext]}` } };
    },
  };

  const kinds: Record<Kind, LoadRequest[]> = {
    'viewing-ingest': [viewing],
    'teacher-home': [teacherHome],
    'selection-submit': [selection],
    'class-roster': [await read('class-roster', 'class-dashboard', 50)],
    'school-progress': [await read('school-progress', 'school-progress', undefined)],
    'district-progress': [await read('district-progress', 'district-progress', 20)],
    'sync-pull': [await read('sync-pull', 'sync-roster-page', 100), await read('sync-pull', 'sync-credit-page', 100)],
  };
  // One cycle: the kinds interleaved by weight (not in blocks), the same on every connection.
  const cycle: LoadRequest[] = [];
  const left: Partial<Record<Kind, number>> = { ...settings.weights };
  const used = new Map<Kind, number>();
  while (Object.values(left).some((n) => n > 0)) {
    for (const kind of Object.keys(left) as Kind[]) {
      const n = left[kind] ?? 0;
      if (n <= 0) continue;
      left[kind] = n - 1;
      const variants = kinds[kind];
      const u = used.get(kind) ?? 0;
      used.set(kind, u + 1);
      cycle.push({ ...(variants[u % variants.length] as LoadRequest) });
    }
  }
  // autocannon builds a cycle's first request once per connection before sending any, on the shared request object:
  // the first one must not hand out a player or a teacher, so the cycle starts at a plain read.
  // A cycle of dynamic requests only (e.g. viewing alone) starts with one plain read of the same user's kind.
  const first = cycle.findIndex((request) => !request.setupRequest);
  const requests =
    first >= 0
      ? [...cycle.slice(first), ...cycle.slice(0, first)]
      : [kinds['class-roster'][0] as LoadRequest, ...cycle];
  return {
    requests,
    /** After a run: the players and teachers of requests cut off come back after `afterMs`. */
    reclaim(afterMs: number) {
      players.reclaim(afterMs);
      selectorPool.reclaim(afterMs);
    },
    selectors: selectors.length,
    players: playerList.length,
  };
}

export type Mix = Awaited<ReturnType<typeof buildMix>>;
