/**
 * The viewing rules, pure: which events of a player's batch are valid, which stretches of a course they really
 * played, and how much of that the server's clock allows to credit. No GraphQL, no database (see ingest.ts).
 *
 * Seconds of a course are integers; a played stretch from position a to b (floats) is the half-open range
 * [floor(a), floor(b)), so consecutive stretches (…, 10.4) and (10.4, …) meet exactly at 10 and nothing is lost or
 * counted twice.
 */

/** What a player reports. */
export type ViewingEventKind = 'PLAY' | 'PAUSE' | 'SEEK' | 'HEARTBEAT' | 'END';

export interface ViewingEvent {
  clientEventId: string;
  kind: ViewingEventKind;
  /** Seconds into the course; null when the player sent none (JSON writes NaN and Infinity as null). */
  position: number | null;
  /** The player's clock: kept for audit, never used for crediting. */
  at?: Date | null;
}

/** Why one event of a batch was rejected (it changes nothing). */
export type ViewingRejectionCode = 'POSITION_MISSING' | 'POSITION_OUT_OF_RANGE' | 'CLIENT_TIME_IN_FUTURE';

export interface RejectedEvent {
  clientEventId: string;
  code: ViewingRejectionCode;
}

/** How far ahead of the server's clock a player's clock may be before its event is refused. */
export const CLIENT_CLOCK_SKEW_MS = 5 * 60_000;

/** A half-open range of course seconds [start, end). */
export type Segment = readonly [start: number, end: number];

/** Splits a batch into valid events (in order, each clientEventId once) and rejected ones, with their codes. */
export function checkEvents(
  events: readonly ViewingEvent[],
  durationSeconds: number,
  now: Date,
): { valid: ViewingEvent[]; rejected: RejectedEvent[] } {
  const valid: ViewingEvent[] = [];
  const rejected: RejectedEvent[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const code = rejectionOf(event, durationSeconds, now);
    if (code) {
      rejected.push({ clientEventId: event.clientEventId, code });
    } else if (!seen.has(event.clientEventId)) {
      // The same id twice in one batch is a replay of itself: the first counts.
      seen.add(event.clientEventId);
      valid.push(event);
    }
  }
  return { valid, rejected };
}

function rejectionOf(event: ViewingEvent, durationSeconds: number, now: Date): ViewingRejectionCode | null {
  const p = event.position;
  if (p === null || !Number.isFinite(p)) return 'POSITION_MISSING';
  if (p < 0 || p > durationSeconds) return 'POSITION_OUT_OF_RANGE';
  if (event.at && event.at.getTime() > now.getTime() + CLIENT_CLOCK_SKEW_MS) return 'CLIENT_TIME_IN_FUTURE';
  return null;
}

/** Where a session's player was after its last accepted event (stored on ViewingSession). */
export interface PlayerState {
  /** Position where the current stretch of playing began; null when paused, ended or never played. */
  playingFrom: number | null;
  /** Position of the last accepted event; null before the first. */
  lastPosition: number | null;
}

export const INITIAL_PLAYER_STATE: PlayerState = { playingFrom: null, lastPosition: null };

/**
 * Replays a session's new events from its stored state. A video earns the stretches it played: from a PLAY (or the
 * running position) to the next HEARTBEAT, PAUSE or END at a later position. A SEEK moves the playhead without
 * playing; a HEARTBEAT, PAUSE or END while not playing earns nothing; a position that goes backwards earns nothing.
 * A document is open from a PLAY until PAUSE or END: `documentOpen` tells whether a HEARTBEAT arrived while it had
 * been open since before the batch (a document opened within the batch cannot show how long it was read).
 */
export function replay(
  state: PlayerState,
  events: readonly ViewingEvent[],
): { state: PlayerState; played: Segment[]; documentOpen: boolean; ended: boolean } {
  let playing = state.playingFrom !== null;
  let from = state.playingFrom;
  let at = state.lastPosition;
  const played: Segment[] = [];
  let documentOpen = false;
  let openSinceBefore = playing;
  let ended = false;
  for (const event of events) {
    const p = event.position as number;
    const advancing = playing && at !== null && p > at && event.kind !== 'SEEK' && event.kind !== 'PLAY';
    if (advancing) {
      const segment: Segment = [Math.floor(at as number), Math.floor(p)];
      if (segment[1] > segment[0]) played.push(segment);
    }
    if (event.kind === 'HEARTBEAT' && openSinceBefore) documentOpen = true;
    switch (event.kind) {
      case 'PLAY':
        // A PLAY while playing restarts the stretch here (the player lost track); it earns nothing by itself.
        playing = true;
        from = p;
        ended = false;
        break;
      case 'SEEK':
        if (playing) from = p;
        break;
      case 'PAUSE':
      case 'END':
        playing = false;
        openSinceBefore = false;
        from = null;
        ended = event.kind === 'END';
        break;
      case 'HEARTBEAT':
        break;
    }
    at = p;
  }
  return { state: { playingFrom: playing ? from : null, lastPosition: at }, played, documentOpen, ended };
}

/** The first `budget` seconds of what was played, in the order it was played (what the server's clock allows). */
export function trimToBudget(played: readonly Segment[], budget: number): Segment[] {
  const kept: Segment[] = [];
  let left = Math.max(0, Math.floor(budget));
  for (const [start, end] of played) {
    if (left <= 0) break;
    const length = Math.min(end - start, left);
    kept.push([start, start + length]);
    left -= length;
  }
  return kept;
}

/** The union of segments, sorted and merged (touching ranges join), as PostgreSQL's int4multirange keeps it. */
export function union(...lists: ReadonlyArray<readonly Segment[]>): Segment[] {
  const all = lists
    .flat()
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of all) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/** Seconds covered by a union of segments. */
export function covered(segments: readonly Segment[]): number {
  return union(segments).reduce((sum, [start, end]) => sum + end - start, 0);
}

/**
 * Seconds of course the server's clock allows for one batch: the wall-clock time since the session's previous batch
 * times the programme's maxPlaybackRate, and only for a session that already held the lease (a session that just
 * took it, or took it over from another tab, earns from its next batch on).
 */
export function budgetSeconds(input: {
  renewed: boolean;
  previousBatchAt: Date;
  now: Date;
  maxPlaybackRate: number;
}): number {
  if (!input.renewed) return 0;
  const elapsed = Math.max(0, input.now.getTime() - input.previousBatchAt.getTime()) / 1000;
  return Math.floor(elapsed * input.maxPlaybackRate + 1e-9);
}

/**
 * What a batch adds to a course: for a video, the played stretches trimmed to the budget; for a document, the
 * budget's seconds of reading time when a HEARTBEAT came while it was open (appended after what was credited,
 * never past its reading time).
 */
export function creditFor(input: {
  media: 'VIDEO' | 'DOCUMENT';
  played: readonly Segment[];
  documentOpen: boolean;
  budget: number;
}): { segments: Segment[]; documentSeconds: number } {
  if (input.media === 'DOCUMENT') return { segments: [], documentSeconds: input.documentOpen ? input.budget : 0 };
  return { segments: trimToBudget(input.played, input.budget), documentSeconds: 0 };
}
