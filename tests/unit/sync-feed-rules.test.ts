// The feeds' pure rules: opaque cursors, page sizes, the acknowledged position, and typed records from trigger payloads.
import { describe, expect, it } from 'vitest';
import {
  creditRecordOf,
  decimalHours,
  decodeCursor,
  encodeCursor,
  isEventId,
  nextPosition,
  pageOf,
  payloadTime,
  rosterRecordOf,
  validPageSize,
} from '../../schema/sync-feed/rules.js';

describe('cursors', () => {
  it('round-trip a feed and a position, opaque (base64url)', () => {
    const cursor = encodeCursor('CREDIT', 42n);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'CREDIT')).toEqual({ ok: true, seq: 42n });
    expect(decodeCursor(encodeCursor('ROSTER', 0n), 'ROSTER')).toEqual({ ok: true, seq: 0n });
    const huge = 9_223_372_036_854_775_807n;
    expect(decodeCursor(encodeCursor('CREDIT', huge), 'CREDIT')).toEqual({ ok: true, seq: huge });
  });

  it('refuse the other feed’s cursor and anything not issued', () => {
    expect(decodeCursor(encodeCursor('ROSTER', 5n), 'CREDIT')).toEqual({ ok: false, problem: 'OTHER_FEED' });
    const forged = (text: string) => Buffer.from(text).toString('base64url');
    for (const cursor of [
      '',
      'abc',
      forged('f1:CREDIT:-1'),
      forged('f1:CREDIT:01'),
      forged('f1:CREDIT:1.5'),
      forged('f1:CREDIT:9223372036854775808'),
      forged('f2:CREDIT:1'),
      forged('f1:OTHER:1'),
      `${encodeCursor('CREDIT', 1n)}==`,
      Buffer.from('f1:CREDIT:1').toString('base64'),
      'x'.repeat(65),
      'a+b/',
    ])
      expect(decodeCursor(cursor, 'CREDIT'), cursor).toMatchObject({ ok: false, problem: 'MALFORMED' });
  });
});

describe('pages', () => {
  it('accept 1 to 1000 changes', () => {
    expect([0, 1, 1000, 1001, 2.5, -1].map(validPageSize)).toEqual([false, true, true, false, false, false]);
  });

  it('cut first + 1 rows to the page, say whether more follow, and end at the last change (or where they began)', () => {
    const rows = [{ seq: 3n }, { seq: 7n }, { seq: 9n }];
    expect(pageOf(rows, 2, 'CREDIT', 1n)).toEqual({
      rows: rows.slice(0, 2),
      hasMore: true,
      endSeq: 7n,
      endCursor: encodeCursor('CREDIT', 7n),
    });
    expect(pageOf(rows, 3, 'CREDIT', 1n)).toMatchObject({ hasMore: false, endSeq: 9n });
    expect(pageOf([], 10, 'ROSTER', 12n)).toEqual({
      rows: [],
      hasMore: false,
      endSeq: 12n,
      endCursor: encodeCursor('ROSTER', 12n),
    });
  });

  it('never move the acknowledged position backwards', () => {
    expect(nextPosition(null, 5n)).toBe(5n);
    expect(nextPosition(3n, 5n)).toBe(5n);
    expect(nextPosition(8n, 5n)).toBe(8n);
  });
});

describe('records from payloads', () => {
  it('read the triggers’ UTC timestamps without a zone as UTC, and exact hours', () => {
    expect(payloadTime('2026-12-02T11:48:23.123')?.toISOString()).toBe('2026-12-02T11:48:23.123Z');
    expect(payloadTime('2026-12-02T11:48:23')?.toISOString()).toBe('2026-12-02T11:48:23.000Z');
    expect(payloadTime('2026-12-02T11:48:23+08:00')?.toISOString()).toBe('2026-12-02T03:48:23.000Z');
    expect(payloadTime(null)).toBeNull();
    expect(() => payloadTime('yesterday')).toThrow();
    expect(['25.00', '12.5', '-12.50', 3, '0.25'].map(decimalHours)).toEqual([
      '25.00',
      '12.50',
      '-12.50',
      '3.00',
      '0.25',
    ]);
    expect(() => decimalHours('1e3')).toThrow();
  });

  it('type a confirmation, a reversal, a certificate and a closing', () => {
    const payload = {
      entryId: 'e2',
      programmeId: 'p',
      enrolmentId: 'n',
      teacherId: 't',
      schoolId: 's',
      source: 'REVERSAL',
      category: 'OFFLINE',
      hours: '-12.50',
      reversesId: 'e1',
      carriedFromId: null,
      earnedAt: '2026-12-02T11:48:23.123',
      confirmedAt: '2026-12-02T11:49:00',
    };
    expect(creditRecordOf('CREDIT_REVERSED', payload)).toMatchObject({
      type: 'CreditRecord',
      hours: '-12.50',
      reversesId: 'e1',
      confirmedAt: new Date('2026-12-02T11:49:00Z'),
    });
    expect(
      creditRecordOf('CERTIFICATE_REVOKED', {
        certificateId: 'c',
        kind: 'COMPLETION',
        programmeId: 'p',
        enrolmentId: 'n',
        teacherId: 't',
        issuedAt: '2026-12-01T00:00:00',
        expiresAt: null,
        revokedAt: '2026-12-02T00:00:00',
        revocationReason: 'fraud',
      }),
    ).toMatchObject({
      type: 'CertificateRecord',
      revokedAt: new Date('2026-12-02T00:00:00Z'),
      revocationReason: 'fraud',
    });
    expect(creditRecordOf('SCHOOL_CLOSED', { schoolId: 's', programmeId: 'p', closedAt: null })).toEqual({
      type: 'SchoolClosingRecord',
      schoolId: 's',
      programmeId: 'p',
      closedAt: null,
    });
    expect(() => creditRecordOf('PERSON_CHANGED', {})).toThrow();
    expect(() => creditRecordOf('CREDIT_CONFIRMED', { ...payload, entryId: null })).toThrow(/entryId/);
  });

  it('type roster records, and removals as tombstones with ids only', () => {
    expect(
      rosterRecordOf('PERSON_CHANGED', {
        personId: 'u',
        login: 'li.lei',
        displayName: '李雷',
        teachingSubject: null,
        stage: 'PRIMARY',
        employeeNumber: 'T-1',
        organisationId: 's',
        deactivatedAt: null,
        createdAt: '2026-12-01T08:00:00',
      }),
    ).toMatchObject({ type: 'RosterPerson', login: 'li.lei', stage: 'PRIMARY' });
    expect(rosterRecordOf('PERSON_REMOVED', { personId: 'u' })).toEqual({
      type: 'RosterRemoval',
      subject: 'PERSON',
      id: 'u',
      enrolment: null,
    });
    expect(
      rosterRecordOf('ENROLMENT_REMOVED', { enrolmentId: 'n', programmeId: 'p', teacherId: 't', schoolId: 's' }),
    ).toEqual({
      type: 'RosterRemoval',
      subject: 'ENROLMENT',
      id: 'n',
      enrolment: { programmeId: 'p', teacherId: 't', schoolId: 's' },
    });
    expect(
      rosterRecordOf('SCHOOL_CHANGED', { schoolId: 's', code: 'x', name: 'X', parentId: 'd', stages: ['PRIMARY'] }),
    ).toMatchObject({ type: 'RosterSchool', stages: ['PRIMARY'], fullTimeTeachers: null });
    expect(() => rosterRecordOf('CREDIT_CONFIRMED', {})).toThrow();
  });

  it('recognise event ids (UUIDs)', () => {
    expect(isEventId('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isEventId('not-an-id')).toBe(false);
  });
});
