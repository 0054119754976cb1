import { describe, expect, it } from 'vitest';
import { C1_RUBRIC, NATIONAL_DEFAULT_RUBRIC } from '../../prisma/seed/assessment-specs-data.js';
import { caseRubricSchema, caseToRubric, rubricToCase, uuidV5 } from '../../schema/rubrics/case.js';
import {
  aggregatePoints,
  maxPoints,
  outcomeFor,
  type RubricContent,
  rubricContentSchema,
  scoreRubric,
} from '../../schema/rubrics/rules.js';

const content: RubricContent = rubricContentSchema.parse(C1_RUBRIC.content);

const issues = (value: unknown) => {
  const result = rubricContentSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('rubric content', () => {
  it('the seeded rubrics are valid, 100 points, pass 60, excellent 85', () => {
    expect(maxPoints(content)).toBe(100);
    expect(maxPoints(rubricContentSchema.parse(NATIONAL_DEFAULT_RUBRIC.content))).toBe(100);
    expect(content.passPoints).toBe(60);
    expect(content.excellentPoints).toBe(85);
  });

  it('refuses repeated keys, inverted thresholds and thresholds above the most points', () => {
    const [first] = content.criteria;
    if (!first) throw new Error('no criterion');
    expect(issues({ ...content, criteria: [first, first], excellentPoints: 80 })).toEqual([
      'criteria.1.key: VALIDATION.repeats',
    ]);
    expect(
      issues({
        ...content,
        criteria: [{ ...first, levels: [first.levels[0], first.levels[0]] }],
        passPoints: 10,
        excellentPoints: 40,
      }),
    ).toEqual(['criteria.0.levels.1.key: VALIDATION.repeats']);
    expect(issues({ ...content, passPoints: 90, excellentPoints: 80 })).toEqual([
      'excellentPoints: VALIDATION.rubricExcellentBelowPass',
    ]);
    expect(issues({ ...content, passPoints: 101, excellentPoints: 120 })).toEqual([
      'passPoints: VALIDATION.rubricAboveMax',
      'excellentPoints: VALIDATION.rubricAboveMax',
    ]);
  });

  it('refuses bad shapes: no criteria, no levels, negative points, more than 10 levels, bad keys', () => {
    const [first] = content.criteria;
    if (!first) throw new Error('no criterion');
    expect(issues({ ...content, criteria: [] })).toContain('criteria: Too small: expected array to have >=1 items');
    expect(issues({ ...content, criteria: [{ ...first, levels: [] }] }).length).toBeGreaterThan(0);
    expect(
      issues({
        ...content,
        criteria: [{ ...first, levels: [{ ...first.levels[0], points: -1 }] }],
        passPoints: 0,
        excellentPoints: 0,
      }),
    ).toEqual(['criteria.0.levels.0.points: Too small: expected number to be >=0']);
    const many = Array.from({ length: 11 }, (_, i) => ({ ...first.levels[0], key: `l${i}` }));
    expect(
      issues({ ...content, criteria: [{ ...first, levels: many }], passPoints: 0, excellentPoints: 0 }),
    ).toHaveLength(1);
    expect(issues({ ...content, criteria: [{ ...first, key: 'has space' }] })).toContain(
      'criteria.0.key: VALIDATION.code',
    );
  });
});

describe('scoring', () => {
  it('sums the chosen levels and settles the outcome (Guangdong C1: all 合格 is 60, a PASS)', () => {
    expect(scoreRubric(content, { plan: 'pass', 'student-work': 'pass', reflection: 'pass' })).toEqual({
      ok: true,
      points: 60,
      outcome: 'PASS',
    });
    expect(scoreRubric(content, { plan: 'excellent', 'student-work': 'good', reflection: 'good' })).toEqual({
      ok: true,
      points: 88,
      outcome: 'EXCELLENT',
    });
    expect(scoreRubric(content, { plan: 'improve', 'student-work': 'pass', reflection: 'pass' })).toEqual({
      ok: true,
      points: 46,
      outcome: 'FAIL',
    });
  });

  it('reports missing criteria, unknown criteria and a level outside a criterion’s range', () => {
    expect(scoreRubric(content, { plan: 'pass', reflection: 'top', extra: 'pass' })).toEqual({
      ok: false,
      problems: [
        { criterion: 'student-work', problem: 'MISSING' },
        { criterion: 'reflection', problem: 'UNKNOWN_LEVEL' },
        { criterion: 'extra', problem: 'UNKNOWN_CRITERION' },
      ],
    });
    // A prototype key is no level.
    expect(scoreRubric(content, { plan: 'toString', 'student-work': 'pass', reflection: 'pass' })).toMatchObject({
      ok: false,
      problems: [{ criterion: 'plan', problem: 'UNKNOWN_LEVEL' }],
    });
  });

  it('aggregates raters’ points by mean or median, to 2 decimals', () => {
    expect(aggregatePoints([60, 70, 95], 'MEAN')).toBe(75);
    expect(aggregatePoints([60, 70, 95], 'MEDIAN')).toBe(70);
    expect(aggregatePoints([60, 71], 'MEDIAN')).toBe(65.5);
    expect(aggregatePoints([60, 61, 61], 'MEAN')).toBe(60.67);
    expect(aggregatePoints([84.995], 'MEAN')).toBe(85);
    expect(() => aggregatePoints([], 'MEAN')).toThrow();
  });

  it('outcome thresholds are inclusive', () => {
    expect(outcomeFor(59.99, 60, 85)).toBe('FAIL');
    expect(outcomeFor(60, 60, 85)).toBe('PASS');
    expect(outcomeFor(85, 60, 85)).toBe('EXCELLENT');
  });
});

describe('CASE CFRubric', () => {
  const rubric = {
    id: '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b',
    key: C1_RUBRIC.key,
    titleZh: C1_RUBRIC.titleZh,
    titleEn: C1_RUBRIC.titleEn,
  };
  const version = {
    version: 2,
    criteria: content.criteria,
    passPoints: 60,
    excellentPoints: 85,
    createdAt: new Date('2026-11-01T08:30:00.123Z'),
  };

  it('uuidV5 is the RFC 4122 name-based UUID (the DNS example)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('exports CFRubric → CFRubricCriteria → CFRubricCriterionLevels with derived identifiers', () => {
    const json = rubricToCase(rubric, version);
    expect(json).toMatchObject({
      identifier: rubric.id,
      uri: `urn:uuid:${rubric.id}`,
      title: rubric.titleZh,
      lastChangeDateTime: '2026-11-01T08:30:00Z',
    });
    expect(json.CFRubricCriteria).toHaveLength(3);
    const [plan] = json.CFRubricCriteria;
    expect(plan).toMatchObject({
      category: '学习活动方案',
      description: 'Activity plan',
      weight: 40,
      position: 1,
      rubricId: rubric.id,
    });
    expect(plan?.identifier).toBe(uuidV5(rubric.id, 'criterion:plan'));
    expect(plan?.CFRubricCriterionLevels[0]).toMatchObject({
      quality: '优秀',
      score: 40,
      position: 1,
      rubricCriterionId: plan?.identifier,
      identifier: uuidV5(rubric.id, 'level:plan:excellent'),
    });
    // Deterministic: the same rubric exports the same identifiers.
    expect(rubricToCase(rubric, version)).toEqual(json);
  });

  it('round-trips: export → import → export is the same document', () => {
    const json = rubricToCase(rubric, version);
    const imported = caseToRubric(caseRubricSchema.parse(JSON.parse(JSON.stringify(json))));
    expect(imported).toMatchObject({
      identifier: rubric.id,
      key: rubric.key,
      titleZh: rubric.titleZh,
      titleEn: rubric.titleEn,
    });
    expect(imported.content).toEqual({
      criteria: content.criteria.map((criterion) => ({
        ...criterion,
        levels: criterion.levels.map((level) => ({ ...level, descriptorEn: null })),
      })),
      passPoints: 60,
      excellentPoints: 85,
    });
    const again = rubricToCase(
      { id: imported.identifier, key: imported.key ?? '', titleZh: imported.titleZh, titleEn: imported.titleEn },
      {
        version: 2,
        criteria: imported.content.criteria,
        passPoints: imported.content.passPoints ?? 0,
        excellentPoints: imported.content.excellentPoints ?? 0,
        createdAt: imported.lastChangeDateTime ?? new Date(),
      },
    );
    expect(again).toEqual(json);
  });

  it('imports a foreign CFRubric without our extensions: keys from positions, order by position', () => {
    const foreign = caseRubricSchema.parse({
      identifier: 'A1B2C3D4-0000-4000-8000-000000000001',
      uri: 'https://case.example/rubric/1',
      title: 'Lesson video',
      lastChangeDateTime: '2025-01-01T00:00:00+08:00',
      CFRubricCriteria: [
        {
          identifier: 'a1b2c3d4-0000-4000-8000-000000000003',
          category: 'Reflection',
          position: 2,
          CFRubricCriterionLevels: [{ quality: 'Met', description: 'Reflects', score: 10 }],
        },
        {
          identifier: 'a1b2c3d4-0000-4000-8000-000000000002',
          category: 'Design',
          description: 'Lesson design',
          position: 1,
          CFRubricCriterionLevels: [
            { quality: 'Low', score: 5, position: 2 },
            { quality: 'High', score: 20, position: 1, feedback: 'Great' },
          ],
        },
      ],
    });
    const imported = caseToRubric(foreign);
    expect(imported.identifier).toBe('a1b2c3d4-0000-4000-8000-000000000001');
    expect(imported.key).toBeNull();
    expect(imported.content.passPoints).toBeNull();
    expect(imported.content.criteria.map((c) => [c.key, c.nameZh, c.nameEn])).toEqual([
      ['c1', 'Design', 'Lesson design'],
      ['c2', 'Reflection', null],
    ]);
    expect(imported.content.criteria[0]?.levels).toEqual([
      { key: 'l1', nameZh: 'High', nameEn: null, points: 20, descriptorZh: 'High', descriptorEn: 'Great' },
      { key: 'l2', nameZh: 'Low', nameEn: null, points: 5, descriptorZh: 'Low', descriptorEn: null },
    ]);
  });

  it('refuses what is no CFRubric', () => {
    expect(caseRubricSchema.safeParse({ title: 'x', CFRubricCriteria: [] }).success).toBe(false);
    expect(
      caseRubricSchema.safeParse({
        identifier: 'not-a-uuid',
        title: 'x',
        CFRubricCriteria: [{ CFRubricCriterionLevels: [{ score: 1 }] }],
      }).success,
    ).toBe(false);
    expect(
      caseRubricSchema.safeParse({
        identifier: 'a1b2c3d4-0000-4000-8000-000000000001',
        title: 'x',
        CFRubricCriteria: [{ CFRubricCriterionLevels: [{ quality: 'no score' }] }],
      }).success,
    ).toBe(false);
  });
});
