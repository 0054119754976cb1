import { describe, expect, it } from 'vitest';
import { eventType, webhookBody, withUtcTimestamps } from '../../api/webhooks/body.js';
import { nextAttemptEarliest } from '../../api/webhooks/delivery.js';
import { eventsWhere } from '../../api/webhooks/fanout.js';
import { idempotencyKeyOf, normaliseEvents, replayable } from '../../schema/webhooks/rules.js';

describe('webhook bodies', () => {
  it('names event types in dotted lower case', () => {
    expect(eventType('CREDIT_CONFIRMED')).toBe('credit.confirmed');
    expect(eventType('CERTIFICATE_REVOKED')).toBe('certificate.revoked');
    expect(eventType('SCHOOL_CLOSED')).toBe('school.closed');
    expect(eventType('ENROLMENT_REMOVED')).toBe('enrolment.removed');
  });

  it('marks the triggers’ zoneless timestamps UTC and leaves other strings alone', () => {
    expect(
      withUtcTimestamps({
        earnedAt: '2026-12-02T11:48:23.123',
        on: '2026-12-02',
        hours: '2.5',
        n: null,
        deep: [{ at: '2026-12-02T11:48:23' }],
      }),
    ).toEqual({
      earnedAt: '2026-12-02T11:48:23.123Z',
      on: '2026-12-02',
      hours: '2.5',
      n: null,
      deep: [{ at: '2026-12-02T11:48:23Z' }],
    });
  });

  it('builds the same bytes for every attempt of an event', () => {
    const event = {
      id: 'evt-1',
      seq: 42n,
      kind: 'CREDIT_CONFIRMED',
      payload: { entryId: 'e1', hours: '3', confirmedAt: '2026-12-02T11:48:23.123' },
      occurredAt: new Date('2026-12-02T11:48:23.123Z'),
    };
    const body = webhookBody(event);
    expect(webhookBody(event)).toBe(body);
    expect(JSON.parse(body)).toEqual({
      type: 'credit.confirmed',
      timestamp: '2026-12-02T11:48:23.123Z',
      data: { entryId: 'e1', hours: '3', confirmedAt: '2026-12-02T11:48:23.123Z', eventId: 'evt-1', sequence: '42' },
    });
  });
});

describe('webhook rules', () => {
  it('keeps each subscribed kind once, in the feed’s order, and refuses none', () => {
    expect(normaliseEvents(['CERTIFICATE_ISSUED', 'CREDIT_CONFIRMED', 'CERTIFICATE_ISSUED'])).toEqual([
      'CREDIT_CONFIRMED',
      'CERTIFICATE_ISSUED',
    ]);
    expect(normaliseEvents([])).toBeNull();
    expect(normaliseEvents(['NOPE'])).toBeNull();
  });

  it('takes idempotency keys of 1 to 200 characters', () => {
    expect(idempotencyKeyOf('  k1 ')).toBe('k1');
    expect(idempotencyKeyOf('   ')).toBeNull();
    expect(idempotencyKeyOf('k'.repeat(201))).toBeNull();
  });

  it('replays only what the queue is done with', () => {
    expect(replayable('DELIVERED')).toBe(true);
    expect(replayable('DEAD')).toBe(true);
    expect(replayable('PENDING')).toBe(false);
  });

  it('waits backoff × 2^(n−1) at least before the retry after the n-th failed attempt', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    expect(nextAttemptEarliest(now, 1, 10).toISOString()).toBe('2026-12-02T00:00:10.000Z');
    expect(nextAttemptEarliest(now, 2, 10).toISOString()).toBe('2026-12-02T00:00:20.000Z');
    expect(nextAttemptEarliest(now, 4, 10).toISOString()).toBe('2026-12-02T00:01:20.000Z');
  });

  it('filters events by kind within each feed’s scope, and matches nothing out of scope', () => {
    const scope = { CREDIT: ['/p/d/'], ROSTER: [] };
    expect(eventsWhere(['CREDIT_CONFIRMED', 'PERSON_CHANGED'], scope)).toEqual([
      { kind: { in: ['CREDIT_CONFIRMED'] }, OR: [{ orgPath: { startsWith: '/p/d/' } }] },
    ]);
    expect(eventsWhere(['PERSON_CHANGED'], scope)).toEqual([]);
  });
});
