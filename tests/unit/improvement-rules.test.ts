import { describe, expect, it } from 'vitest';
import {
  completeness,
  matchesSearch,
  requiredSummaries,
  reviewTotals,
  uploadWindow,
  verdictCheck,
} from '../../schema/improvement/rules.js';
import { parseProgrammeRules } from '../../schema/programmes/rules.js';

/** Guangdong's school-based study (校本研修): a plan, 25 hours, one summary per selected competency. */
const GUANGDONG = parseProgrammeRules({
  version: 1,
  selection: {},
  schoolBasedStudy: { planRequired: true, summaryPerCompetency: true, uploadsCloseWithPhase: 'IMPLEMENTATION' },
}).schoolBasedStudy;

describe('required summaries', () => {
  it('asks one summary per selected competency when summaryPerCompetency (3 points: 0/3)', () => {
    expect(requiredSummaries(GUANGDONG, 3)).toBe(3);
    expect(requiredSummaries({ summaryPerCompetency: false }, 3)).toBe(0);
    expect(requiredSummaries(GUANGDONG, 0)).toBe(0);
  });
});

describe('completeness (完成情况)', () => {
  it('the seed’s new teacher: no plan, 0/25 hours, 0/3 summaries → 未完成, everything missing', () => {
    const study = completeness(GUANGDONG, {
      planUploaded: false,
      recordedHours: 0,
      selectedCompetencies: 3,
      summariesUploaded: 0,
    });
    expect(study).toMatchObject({
      complete: false,
      missing: ['PLAN', 'HOURS', 'SUMMARIES'],
      summariesUploaded: 0,
      summariesRequired: 3,
      hours: { countedHours: 0, capHours: 25, reached: false, missingHours: 25 },
    });
  });

  it('a plan, 25/25 hours and 3/3 summaries → complete', () => {
    const study = completeness(GUANGDONG, {
      planUploaded: true,
      recordedHours: 25,
      selectedCompetencies: 3,
      summariesUploaded: 3,
    });
    expect(study).toMatchObject({ complete: true, missing: [], hours: { countedHours: 25, reached: true } });
  });

  it('does not count hours above the cap (超出25学时的部分不纳入计算): 32 recorded, 25 counted', () => {
    const study = completeness(GUANGDONG, {
      planUploaded: true,
      recordedHours: 2 + 5 + 5 + 10 + 10,
      selectedCompetencies: 3,
      summariesUploaded: 3,
    });
    expect(study.hours).toMatchObject({ recordedHours: 32, countedHours: 25, capHours: 25 });
    expect(study.complete).toBe(true);
  });

  it('24.5 hours are not enough; two summaries of three are not either', () => {
    expect(
      completeness(GUANGDONG, {
        planUploaded: true,
        recordedHours: 24.5,
        selectedCompetencies: 3,
        summariesUploaded: 3,
      }).missing,
    ).toEqual(['HOURS']);
    expect(
      completeness(GUANGDONG, { planUploaded: true, recordedHours: 25, selectedCompetencies: 3, summariesUploaded: 2 })
        .missing,
    ).toEqual(['SUMMARIES']);
  });

  it('without planRequired or summaryPerCompetency only the hours count', () => {
    const hoursOnly = parseProgrammeRules({ version: 1, selection: {} }).schoolBasedStudy;
    expect(
      completeness(hoursOnly, {
        planUploaded: false,
        recordedHours: 25,
        selectedCompetencies: 3,
        summariesUploaded: 0,
      }),
    ).toMatchObject({ complete: true, summariesRequired: 0, planRequired: false });
  });
});

describe('upload window (校本研修时间结束后将不开放上传和修改)', () => {
  const phases = [{ kind: 'IMPLEMENTATION', endsOn: new Date('2025-12-31T00:00:00Z') }];

  it('is open through the phase’s last day and closed from the next day on', () => {
    expect(uploadWindow(GUANGDONG, phases, new Date('2025-12-31T23:59:59Z'))).toEqual({ open: true });
    expect(uploadWindow(GUANGDONG, phases, new Date('2026-01-01T00:00:00Z'))).toEqual({
      open: false,
      phase: 'IMPLEMENTATION',
      endsOn: phases[0]!.endsOn,
    });
  });

  it('is open when the rule names no phase or the programme has none of that kind', () => {
    expect(uploadWindow({}, phases, new Date('2030-01-01'))).toEqual({ open: true });
    expect(uploadWindow({ uploadsCloseWithPhase: 'SUMMARY' }, phases, new Date('2030-01-01'))).toEqual({ open: true });
  });
});

describe('verdicts (考核结果)', () => {
  const incomplete = { complete: false, missing: ['HOURS' as const] };
  const complete = { complete: true, missing: [] };

  it('passes only complete study and names what is missing', () => {
    expect(verdictCheck('PASSED', null, incomplete, 'RUNNING')).toEqual({ code: 'INCOMPLETE', missing: ['HOURS'] });
    expect(verdictCheck('PASSED', null, complete, 'RUNNING')).toBeNull();
  });

  it('fails any time, with a comment', () => {
    expect(verdictCheck('FAILED', '  ', incomplete, 'RUNNING')).toEqual({ code: 'COMMENT_REQUIRED' });
    expect(verdictCheck('FAILED', '未上传提升总结', incomplete, 'RUNNING')).toBeNull();
  });

  it('decides only while the programme is published or running', () => {
    expect(verdictCheck('PASSED', null, complete, 'CLOSED')).toEqual({ code: 'PROGRAMME_NOT_OPEN', status: 'CLOSED' });
    expect(verdictCheck('PASSED', null, complete, 'PUBLISHED')).toBeNull();
  });

  it('counts a school’s rows: pending (待考核) until decided', () => {
    expect(
      reviewTotals([
        { complete: false, result: null },
        { complete: true, result: 'PASSED' },
        { complete: false, result: 'FAILED' },
        { complete: true, result: null },
      ]),
    ).toEqual({ teachers: 4, complete: 2, passed: 1, failed: 1, pending: 2 });
  });

  it('searches by name or login', () => {
    const row = { teacherName: '0112测试教师', login: 'gd-0112' };
    expect(matchesSearch(row, '测试')).toBe(true);
    expect(matchesSearch(row, 'GD-01')).toBe(true);
    expect(matchesSearch(row, '语文')).toBe(false);
    expect(matchesSearch(row, ' ')).toBe(true);
  });
});
