import { describe, expect, it } from 'vitest';
import {
  budgetSeconds,
  checkEvents,
  covered,
  creditFor,
  INITIAL_PLAYER_STATE,
  replay,
  type Segment,
  trimToBudget,
  union,
  type ViewingEvent,
  type ViewingEventKind,
} from '../../schema/viewing/rules.js';

let n = 0;
const nextId = () => {
  n += 1;
  return `e${n}`;
};
const ev = (kind: ViewingEventKind, position: number | null, at?: Date): ViewingEvent => ({
  clientEventId: nextId(),
  kind,
  position,
  at: at ?? null,
});

describe('union of segments', () => {
  it('merges overlapping and touching ranges, keeps gaps', () => {
    expect(
      union([
        [0, 10],
        [5, 20],
        [20, 25],
        [30, 40],
      ]),
    ).toEqual([
      [0, 25],
      [30, 40],
    ]);
  });

  it('does not depend on order (out-of-order batches give the same union)', () => {
    const a: Segment[] = [
      [100, 130],
      [0, 30],
    ];
    const b: Segment[] = [
      [30, 60],
      [60, 100],
    ];
    expect(union(a, b)).toEqual(union(b, a));
    expect(union(b, a)).toEqual([[0, 130]]);
    expect(covered([...a, ...b])).toBe(130);
  });

  it('counts re-watched seconds once and ignores empty ranges', () => {
    expect(
      covered([
        [0, 60],
        [0, 60],
        [30, 90],
        [50, 50],
      ]),
    ).toBe(90);
    expect(union([[5, 5]])).toEqual([]);
  });
});

describe('replaying a session’s events', () => {
  it('credits the stretches from PLAY to the next HEARTBEAT, PAUSE or END (whole seconds, nothing lost between)', () => {
    const r = replay(INITIAL_PLAYER_STATE, [
      ev('PLAY', 0),
      ev('HEARTBEAT', 10.4),
      ev('HEARTBEAT', 20.6),
      ev('PAUSE', 25),
    ]);
    expect(r.played).toEqual([
      [0, 10],
      [10, 20],
      [20, 25],
    ]);
    expect(covered(r.played)).toBe(25);
    expect(r.state).toEqual({ playingFrom: null, lastPosition: 25 });
  });

  it('continues across batches from the stored state', () => {
    const first = replay(INITIAL_PLAYER_STATE, [ev('PLAY', 0), ev('HEARTBEAT', 10)]);
    expect(first.state).toEqual({ playingFrom: 0, lastPosition: 10 });
    const second = replay(first.state, [ev('HEARTBEAT', 20), ev('HEARTBEAT', 30)]);
    expect(second.played).toEqual([
      [10, 20],
      [20, 30],
    ]);
  });

  it('a SEEK plays nothing, forwards or backwards, and playing resumes from where it landed', () => {
    const r = replay(INITIAL_PLAYER_STATE, [ev('PLAY', 0), ev('HEARTBEAT', 10), ev('SEEK', 500), ev('HEARTBEAT', 510)]);
    expect(r.played).toEqual([
      [0, 10],
      [500, 510],
    ]);
    const back = replay(INITIAL_PLAYER_STATE, [ev('PLAY', 100), ev('SEEK', 0), ev('HEARTBEAT', 10)]);
    expect(back.played).toEqual([[0, 10]]);
  });

  it('heartbeats without a PLAY, after a PAUSE or going backwards earn nothing', () => {
    expect(replay(INITIAL_PLAYER_STATE, [ev('HEARTBEAT', 10), ev('HEARTBEAT', 20)]).played).toEqual([]);
    expect(replay(INITIAL_PLAYER_STATE, [ev('PLAY', 0), ev('PAUSE', 5), ev('HEARTBEAT', 50)]).played).toEqual([[0, 5]]);
    expect(replay(INITIAL_PLAYER_STATE, [ev('PLAY', 50), ev('HEARTBEAT', 40)]).played).toEqual([]);
  });

  it('END stops playing and says so', () => {
    const r = replay(INITIAL_PLAYER_STATE, [ev('PLAY', 0), ev('END', 30)]);
    expect(r).toMatchObject({ played: [[0, 30]], ended: true, state: { playingFrom: null } });
  });

  it('a document counts as open only for HEARTBEATs while it was open since before the batch', () => {
    expect(replay(INITIAL_PLAYER_STATE, [ev('PLAY', 0), ev('HEARTBEAT', 0)]).documentOpen).toBe(false);
    const open = replay(INITIAL_PLAYER_STATE, [ev('PLAY', 0)]).state;
    expect(replay(open, [ev('HEARTBEAT', 0)]).documentOpen).toBe(true);
    expect(replay(open, [ev('PAUSE', 0), ev('HEARTBEAT', 0)]).documentOpen).toBe(false);
  });
});

describe('the server’s clock', () => {
  const t0 = new Date('2026-04-01T08:00:00Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  it('allows the seconds since the previous batch times the rate, only to a session that held the lease', () => {
    expect(budgetSeconds({ renewed: true, previousBatchAt: t0, now: at(30), maxPlaybackRate: 1 })).toBe(30);
    expect(budgetSeconds({ renewed: true, previousBatchAt: t0, now: at(30), maxPlaybackRate: 1.5 })).toBe(45);
    expect(budgetSeconds({ renewed: false, previousBatchAt: t0, now: at(30), maxPlaybackRate: 1 })).toBe(0);
    // A clock going backwards gives nothing, never a negative budget.
    expect(budgetSeconds({ renewed: true, previousBatchAt: at(30), now: t0, maxPlaybackRate: 1 })).toBe(0);
  });

  it('keeps the first seconds played, in order, up to the budget', () => {
    const played: Segment[] = [
      [0, 10],
      [1790, 1800],
      [100, 200],
    ];
    expect(trimToBudget(played, 15)).toEqual([
      [0, 10],
      [1790, 1795],
    ]);
    expect(trimToBudget(played, 0)).toEqual([]);
    expect(covered(trimToBudget(played, 1000))).toBe(120);
  });

  it('credits a video its trimmed stretches and a document its budget while open', () => {
    expect(creditFor({ media: 'VIDEO', played: [[0, 480]], documentOpen: false, budget: 30 })).toEqual({
      segments: [[0, 30]],
      documentSeconds: 0,
    });
    expect(creditFor({ media: 'DOCUMENT', played: [], documentOpen: true, budget: 30 })).toEqual({
      segments: [],
      documentSeconds: 30,
    });
    expect(creditFor({ media: 'DOCUMENT', played: [], documentOpen: false, budget: 30 }).documentSeconds).toBe(0);
  });
});

describe('checking events', () => {
  const now = new Date('2026-04-01T08:00:00Z');

  it('rejects missing, NaN, negative and past-the-end positions and clocks far in the future, with codes', () => {
    const events = [
      ev('PLAY', null),
      ev('PLAY', Number.NaN),
      ev('PLAY', -0.5),
      ev('PLAY', 600.01),
      ev('PLAY', 10, new Date(now.getTime() + 10 * 60_000)),
      ev('PLAY', 600),
      ev('PLAY', 0, new Date(now.getTime() + 60_000)),
    ];
    const { valid, rejected } = checkEvents(events, 600, now);
    expect(rejected.map((r) => r.code)).toEqual([
      'POSITION_MISSING',
      'POSITION_MISSING',
      'POSITION_OUT_OF_RANGE',
      'POSITION_OUT_OF_RANGE',
      'CLIENT_TIME_IN_FUTURE',
    ]);
    expect(valid.map((e) => e.position)).toEqual([600, 0]);
  });

  it('keeps the first of two events with one id', () => {
    const event = ev('HEARTBEAT', 5);
    expect(checkEvents([event, { ...event, position: 9 }], 600, now).valid).toEqual([event]);
  });
});
