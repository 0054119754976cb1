import { describe, expect, it } from 'vitest';
import { hoursLineMessage } from '../../schema/credit-hours/messages.js';
import { counts, type HoursFacts, hoursVerdict } from '../../schema/credit-hours/rules.js';
import { type CreditSums, hoursFactsOf } from '../../schema/credit-hours/totals.js';
import { hoursRulesSchema } from '../../schema/programmes/rules.js';

/** The hour rules as a programme stores them, parsed (defaults applied) like the API reads them. */
const hoursRules = (hours: Record<string, unknown>) => hoursRulesSchema.parse(hours);
const yiyuan = hoursRules({ onlineHours: 30, minTotal: 50, minOnline: 25, minOfflineShare: 0.5 });
const xinbei = hoursRules({ onlineHours: 25, minOnline: 25, minOffline: 25, entryWindowDays: 7 });

const facts = (online: number, offline: number, more: Partial<HoursFacts> = {}): HoursFacts => ({
  online,
  offline,
  awaitingOnline: 0,
  awaitingOffline: 0,
  peerReviewsDone: null,
  ...more,
});
const line = (result: ReturnType<typeof hoursVerdict>, code: string) => result.lines.find((one) => one.code === code);

describe('hour rules: Yiyuan (≥ 50 h in all, ≥ 25 online, practice ≥ 50%)', () => {
  it('30 online + 20 practice = 50 hours, but practice is 40%: FAIL on the share alone', () => {
    const result = hoursVerdict(yiyuan, facts(30, 20));
    expect(result).toMatchObject({ online: 30, offline: 20, total: 50, passed: false });
    expect(line(result, 'TOTAL')).toEqual({ code: 'TOTAL', required: 50, actual: 50, met: true });
    expect(line(result, 'ONLINE')).toEqual({ code: 'ONLINE', required: 25, actual: 30, met: true });
    expect(line(result, 'OFFLINE_SHARE')).toEqual({ code: 'OFFLINE_SHARE', required: 0.5, actual: 0.4, met: false });
    expect(hoursLineMessage('en', line(result, 'OFFLINE_SHARE')!)).toBe(
      'Practice is only 40% of the counted hours, at least 50% required.',
    );
    expect(hoursLineMessage('zh-CN', line(result, 'OFFLINE_SHARE')!)).toBe(
      '实践学时仅占总学时 40%，要求不少于 50%，未达标。',
    );
  });

  it('25 online + 25 practice: PASS', () => {
    const result = hoursVerdict(yiyuan, facts(25, 25));
    expect(result).toMatchObject({ total: 50, passed: true });
    expect(result.lines.every((one) => one.met)).toBe(true);
    expect(result.lines.map((one) => one.code)).toEqual(['TOTAL', 'ONLINE', 'OFFLINE_SHARE']);
  });

  it('24 online + 26 practice: FAIL on the online minimum, with how much is missing', () => {
    const result = hoursVerdict(yiyuan, facts(24, 26));
    expect(result.passed).toBe(false);
    expect(line(result, 'ONLINE')?.met).toBe(false);
    expect(hoursLineMessage('en', line(result, 'ONLINE')!)).toBe(
      '24 online hours, at least 25 required: 1 more online hours needed.',
    );
  });

  it('no hours at all: share 0, every line short', () => {
    const result = hoursVerdict(yiyuan, facts(0, 0));
    expect(result.passed).toBe(false);
    expect(result.lines.every((one) => !one.met)).toBe(true);
    expect(line(result, 'OFFLINE_SHARE')?.actual).toBe(0);
  });
});

describe('hour rules: Xinbei (≥ 25 online + ≥ 25 offline, offline only after the peer reviews)', () => {
  it('25 online + 24 offline: FAIL, one offline hour missing', () => {
    const result = hoursVerdict(xinbei, facts(25, 24, { peerReviewsDone: true }));
    expect(result).toMatchObject({ total: 49, withheldOffline: 0, passed: false });
    expect(line(result, 'OFFLINE')).toEqual({ code: 'OFFLINE', required: 25, actual: 24, met: false });
    expect(hoursLineMessage('zh-CN', line(result, 'OFFLINE')!)).toBe(
      '线下实践学时 24 学时，要求不少于 25 学时：还差 1 学时。',
    );
  });

  it('25 online + 25 offline with the peer reviews done: PASS', () => {
    const result = hoursVerdict(xinbei, facts(25, 25, { peerReviewsDone: true }));
    expect(result).toMatchObject({ total: 50, passed: true });
    expect(line(result, 'OFFLINE_AWAITS_PEER_REVIEWS')).toBeUndefined();
  });

  it('offline hours before the peer reviews are done: not counted, with the reason', () => {
    const result = hoursVerdict(xinbei, facts(25, 25, { peerReviewsDone: false }));
    expect(result).toMatchObject({ online: 25, offline: 0, total: 25, withheldOffline: 25, passed: false });
    expect(result.lines[0]).toEqual({ code: 'OFFLINE_AWAITS_PEER_REVIEWS', required: null, actual: 25, met: false });
    expect(line(result, 'OFFLINE')).toMatchObject({ actual: 0, met: false });
    expect(hoursLineMessage('en', result.lines[0]!)).toBe(
      '25 offline hours are not counted yet: they count once the teacher has completed the peer reviews allocated to them.',
    );
    expect(hoursLineMessage('zh-CN', result.lines[0]!)).toBe(
      '25 线下学时暂不计入：完成分配的同行评价后才能获得相应的学时。',
    );
  });

  it('peer reviews not done but no offline hours yet: nothing withheld, no such line', () => {
    const result = hoursVerdict(xinbei, facts(25, 0, { peerReviewsDone: false }));
    expect(result.withheldOffline).toBe(0);
    expect(line(result, 'OFFLINE_AWAITS_PEER_REVIEWS')).toBeUndefined();
  });
});

describe('counting states (countFrom)', () => {
  it('an entry counts from the programme’s least confirmation upward', () => {
    expect(counts('PENDING', 'SCHOOL_CONFIRMED')).toBe(false);
    expect(counts('SCHOOL_CONFIRMED', 'SCHOOL_CONFIRMED')).toBe(true);
    expect(counts('DISTRICT_CONFIRMED', 'SCHOOL_CONFIRMED')).toBe(true);
    expect(counts('SCHOOL_CONFIRMED', 'DISTRICT_CONFIRMED')).toBe(false);
    expect(counts('PENDING', 'PENDING')).toBe(true);
  });

  it('countFrom defaults to SCHOOL_CONFIRMED', () => {
    expect(yiyuan.countFrom).toBe('SCHOOL_CONFIRMED');
  });

  const sums: CreditSums[] = [
    { enrolmentId: 'e', category: 'ONLINE', state: 'SCHOOL_CONFIRMED', hours: 30 },
    { enrolmentId: 'e', category: 'OFFLINE', state: 'PENDING', hours: 12 },
    { enrolmentId: 'e', category: 'OFFLINE', state: 'DISTRICT_CONFIRMED', hours: 10 },
    // A reversal of a confirmed offline entry counts against it.
    { enrolmentId: 'e', category: 'OFFLINE', state: 'DISTRICT_CONFIRMED', hours: -4 },
  ];

  it('hoursFactsOf folds the sums: counted by category, the rest awaiting confirmation', () => {
    expect(hoursFactsOf(sums, { countFrom: 'SCHOOL_CONFIRMED' }, null)).toEqual({
      online: 30,
      offline: 6,
      awaitingOnline: 0,
      awaitingOffline: 12,
      peerReviewsDone: null,
    });
    expect(hoursFactsOf(sums, { countFrom: 'DISTRICT_CONFIRMED' }, true)).toEqual({
      online: 0,
      offline: 6,
      awaitingOnline: 30,
      awaitingOffline: 12,
      peerReviewsDone: true,
    });
    expect(hoursFactsOf(sums, { countFrom: 'PENDING' }, null)).toMatchObject({ online: 30, offline: 18 });
  });

  it('hours awaiting confirmation are reported but do not make the rule pass', () => {
    const result = hoursVerdict(xinbei, hoursFactsOf(sums, xinbei, true));
    expect(result).toMatchObject({ online: 30, offline: 6, awaitingConfirmation: 12, passed: false });
  });
});
