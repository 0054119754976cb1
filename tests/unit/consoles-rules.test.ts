import { describe, expect, it } from 'vitest';
import { atRiskReasons, expectedMinutes, rate, SCHEDULE_TOLERANCE } from '../../schema/consoles/rules.js';
import { sortUnits } from '../../schema/consoles/school-progress.js';

const window = { startsOn: new Date('2026-03-01T00:00:00Z'), endsOn: new Date('2026-03-10T00:00:00Z') };

describe('consoles rules', () => {
  it('rates are shares with four decimals, 0 of nothing', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(1, 3)).toBe(0.3333);
    expect(rate(0, 0)).toBe(0);
  });

  it('expected minutes grow with the elapsed share of the study window (endsOn included)', () => {
    expect(expectedMinutes(1000, window, new Date('2026-02-20T00:00:00Z'))).toBe(0);
    expect(expectedMinutes(1000, window, new Date('2026-03-01T00:00:00Z'))).toBe(0);
    expect(expectedMinutes(1000, window, new Date('2026-03-06T00:00:00Z'))).toBe(500);
    expect(expectedMinutes(1000, window, new Date('2026-03-11T00:00:00Z'))).toBe(1000);
    expect(expectedMinutes(1000, window, new Date('2026-04-01T00:00:00Z'))).toBe(1000);
    expect(expectedMinutes(null, window, new Date('2026-03-06T00:00:00Z'))).toBe(0);
    expect(expectedMinutes(1000, null, new Date('2026-03-06T00:00:00Z'))).toBe(0);
  });

  it('a teacher is behind below the tolerance of the expected minutes', () => {
    expect(SCHEDULE_TOLERANCE).toBe(0.8);
    const base = { registered: true, started: true, expectedMinutes: 500 };
    expect(atRiskReasons({ ...base, creditedMinutes: 400 })).toEqual([]);
    expect(atRiskReasons({ ...base, creditedMinutes: 399 })).toEqual(['BEHIND_SCHEDULE']);
    expect(atRiskReasons({ ...base, creditedMinutes: 0, expectedMinutes: 0 })).toEqual([]);
  });

  it('not registered and not started come first', () => {
    expect(atRiskReasons({ registered: false, started: false, creditedMinutes: 0, expectedMinutes: 100 })).toEqual([
      'NOT_REGISTERED',
      'NOT_STARTED',
      'BEHIND_SCHEDULE',
    ]);
    expect(atRiskReasons({ registered: true, started: false, creditedMinutes: 0, expectedMinutes: 0 })).toEqual([
      'NOT_STARTED',
    ]);
  });
});

describe('district console order', () => {
  const unit = (organisationId: string, name: string, passRate: number, studyRate: number) => ({
    organisationId,
    name,
    totals: {
      enrolled: 1,
      registered: 1,
      started: 1,
      passed: 0,
      failed: 0,
      inProgress: 1,
      registrationRate: 1,
      studyRate,
      passRate,
    },
  });
  const units = [unit('b', '乙校', 0.5, 0.9), unit('a', '甲校', 0.5, 0.2), unit('c', '丙校', 0.9, 0.5)];
  const ids = (order: Parameters<typeof sortUnits>[1]) => sortUnits(units, order).map((u) => u.organisationId);

  it('sorts by a rate, ties by name, and by name', () => {
    expect(ids('PASS_RATE_DESC')[0]).toBe('c');
    expect(ids('PASS_RATE_ASC').at(-1)).toBe('c');
    expect(ids('STUDY_RATE_ASC')).toEqual(['a', 'c', 'b']);
    expect(ids('STUDY_RATE_DESC')).toEqual(['b', 'c', 'a']);
    const byName = [...units].sort((x, y) => x.name.localeCompare(y.name, 'zh-CN')).map((u) => u.organisationId);
    expect(ids('NAME_ASC')).toEqual(byName);
    expect(ids('NAME_DESC')).toEqual([...byName].reverse());
    // Equal pass rates (甲校, 乙校) keep name order in both directions.
    const tied = ids('PASS_RATE_ASC').slice(0, 2);
    expect(tied).toEqual(byName.filter((id) => id !== 'c'));
  });
});
