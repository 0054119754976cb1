import { describe, expect, it } from 'vitest';
import { activityHours, countHours, sumHours, transitionProblem } from '../../schema/group-activities/rules.js';
import { parseProgrammeRules } from '../../schema/programmes/index.js';

/** Guangdong's school-based study (校本研修): 2 / 5 / 5 / up to 10 hours, 25 counted. */
const GUANGDONG = parseProgrammeRules({ version: 1, selection: {} }).schoolBasedStudy;

describe('countHours', () => {
  it('keeps every hour but counts at most the cap: 2 + 5 + 5 + 10 + 10 → 32 recorded, 25 counted', () => {
    const recorded = sumHours([2, 5, 5, 10, 10]);
    expect(countHours(recorded, GUANGDONG.hoursCap)).toEqual({
      recordedHours: 32,
      countedHours: 25,
      capHours: 25,
      missingHours: 0,
      reached: true,
    });
  });

  it('counts everything below the cap and says what is missing', () => {
    expect(countHours(12, 25)).toEqual({
      recordedHours: 12,
      countedHours: 12,
      capHours: 25,
      missingHours: 13,
      reached: false,
    });
    expect(countHours(0, 25)).toMatchObject({ countedHours: 0, missingHours: 25, reached: false });
  });

  it('reaches the cap exactly at the cap', () => {
    expect(countHours(25, 25)).toMatchObject({ countedHours: 25, missingHours: 0, reached: true });
    expect(countHours(24.5, 25)).toMatchObject({ countedHours: 24.5, missingHours: 0.5, reached: false });
  });

  it('rounds to one decimal place, so floating-point sums do not drift', () => {
    expect(sumHours([0.1, 0.2])).toBe(0.3);
    expect(countHours(0.1 + 0.2, 25).recordedHours).toBe(0.3);
    expect(countHours(25, 30).missingHours).toBe(5);
  });

  it('uses the programme’s cap, whatever it is', () => {
    expect(countHours(32, 50)).toMatchObject({ recordedHours: 32, countedHours: 32, missingHours: 18, reached: false });
  });
});

describe('activityHours', () => {
  it('gives the online kinds the programme’s hours: 2, 5 and 5 in Guangdong', () => {
    expect(activityHours('TEACHING_DISCUSSION', GUANGDONG, null)).toEqual({ hours: 2 });
    expect(activityHours('STUDY_ASSIGNMENT', GUANGDONG, undefined)).toEqual({ hours: 5 });
    expect(activityHours('LESSON_CRITIQUE', GUANGDONG, null)).toEqual({ hours: 5 });
    const other = { ...GUANGDONG, teachingDiscussionHours: 3 };
    expect(activityHours('TEACHING_DISCUSSION', other, null)).toEqual({ hours: 3 });
  });

  it('refuses hours given for an online kind, even the programme’s own', () => {
    expect(activityHours('TEACHING_DISCUSSION', GUANGDONG, 2)).toEqual({
      problem: 'FIXED_BY_PROGRAMME',
      fixedHours: 2,
    });
    expect(activityHours('LESSON_CRITIQUE', GUANGDONG, 8)).toEqual({ problem: 'FIXED_BY_PROGRAMME', fixedHours: 5 });
  });

  it('takes the leader’s OFFLINE hours up to offlineMaxHours (10)', () => {
    expect(activityHours('OFFLINE', GUANGDONG, 10)).toEqual({ hours: 10 });
    expect(activityHours('OFFLINE', GUANGDONG, 0.5)).toEqual({ hours: 0.5 });
    expect(activityHours('OFFLINE', GUANGDONG, 7.5)).toEqual({ hours: 7.5 });
  });

  it('refuses OFFLINE hours that are missing, not above 0, above the maximum, or finer than one decimal', () => {
    expect(activityHours('OFFLINE', GUANGDONG, null)).toEqual({ problem: 'MISSING' });
    for (const hours of [0, -1, 10.1, 11, 2.25, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(activityHours('OFFLINE', GUANGDONG, hours), String(hours)).toEqual({
        problem: 'OUT_OF_RANGE',
        maxHours: 10,
      });
    }
  });
});

describe('transitionProblem', () => {
  it('lets a published activity be completed or cancelled', () => {
    expect(transitionProblem('PUBLISHED', 'COMPLETED')).toBeNull();
    expect(transitionProblem('PUBLISHED', 'CANCELLED')).toBeNull();
  });

  it('refuses any change to a completed activity, and completing a cancelled one', () => {
    expect(transitionProblem('COMPLETED', 'COMPLETED')).toBe('groupActivityCompleted');
    expect(transitionProblem('COMPLETED', 'CANCELLED')).toBe('groupActivityCompleted');
    expect(transitionProblem('CANCELLED', 'COMPLETED')).toBe('groupActivityCancelled');
  });

  it('treats cancelling a cancelled activity as no change', () => {
    expect(transitionProblem('CANCELLED', 'CANCELLED')).toBeNull();
  });
});
