import { describe, expect, it } from 'vitest';
import {
  addCountRow,
  audienceWithin,
  emptyCounts,
  type FrameworkGrouping,
  type FrameworkItem,
  groupResult,
  isSuppressed,
  meanOf,
  type QuestionSpec,
  questionResult,
  rangeSuggestions,
  ratingOf,
  roundTo,
  selfAssessmentGroupings,
  shareOf,
  suppressedGroups,
} from '../../schema/survey-results/rules.js';

const question = (over: Partial<QuestionSpec>): QuestionSpec => ({
  id: 'q',
  key: 'q',
  position: 1,
  prompt: 'Q?',
  kind: 'SCALE',
  options: [],
  rows: [],
  scaleMin: 1,
  scaleMax: 5,
  competencyId: null,
  dimensionId: null,
  ...over,
});

describe('rounding', () => {
  it('rounds half away from zero without binary drift', () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(2.675, 2)).toBe(2.68);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(3.125, 2)).toBe(3.13);
    expect(roundTo(0.33335, 4)).toBe(0.3334);
  });

  it('gives shares of 0..1 to 4 decimals and 0 for nobody', () => {
    expect(shareOf(1, 3)).toBe(0.3333);
    expect(shareOf(2, 3)).toBe(0.6667);
    expect(shareOf(3, 3)).toBe(1);
    expect(shareOf(0, 0)).toBe(0);
  });

  it('gives means to 2 decimals and null for nobody', () => {
    expect(meanOf(7, 2)).toBe(3.5);
    expect(meanOf(11, 3)).toBe(3.67);
    expect(meanOf(25, 8)).toBe(3.13);
    expect(meanOf(0, 0)).toBeNull();
  });
});

describe('shaping grouped counts', () => {
  it('lists every option in order, shares of those who answered (multiple choice may exceed 1 in all)', () => {
    const counts = emptyCounts();
    addCountRow(counts, { part: 'R', n: 4 });
    addCountRow(counts, { part: 'A', questionId: 'm', n: 3 });
    addCountRow(counts, { part: 'O', questionId: 'm', optionKey: 'x', n: 3 });
    addCountRow(counts, { part: 'O', questionId: 'm', optionKey: 'z', n: 1 });
    addCountRow(counts, { part: 'O', questionId: 'm', optionKey: 'gone', n: 2 });
    const result = questionResult(
      question({
        id: 'm',
        kind: 'MULTIPLE_CHOICE',
        options: [
          { key: 'x', label: 'X' },
          { key: 'y', label: 'Y' },
          { key: 'z', label: 'Z' },
        ],
      }),
      counts,
    );
    expect(result.answered).toBe(3);
    expect(result.options).toEqual([
      { key: 'x', label: 'X', count: 3, share: 1 },
      { key: 'y', label: 'Y', count: 0, share: 0 },
      { key: 'z', label: 'Z', count: 1, share: 0.3333 },
    ]);
  });

  it('fills a scale from its minimum to its maximum and takes the mean from the counts', () => {
    const rating = ratingOf(
      new Map([
        [2, 1],
        [4, 2],
        [9, 5],
      ]),
      1,
      5,
    );
    expect(rating.answered).toBe(3);
    expect(rating.mean).toBe(3.33);
    expect(rating.distribution.map((d) => [d.value, d.count, d.share])).toEqual([
      [1, 0, 0],
      [2, 1, 0.3333],
      [3, 0, 0],
      [4, 2, 0.6667],
      [5, 0, 0],
    ]);
    expect(ratingOf(undefined, 1, 3)).toEqual({
      answered: 0,
      mean: null,
      distribution: [
        { value: 1, count: 0, share: 0 },
        { value: 2, count: 0, share: 0 },
        { value: 3, count: 0, share: 0 },
      ],
    });
  });

  it('gives each matrix row its own answered count, mean and distribution; text only its answered count', () => {
    const counts = emptyCounts();
    addCountRow(counts, { part: 'A', questionId: 'grid', n: 2 });
    addCountRow(counts, { part: 'V', questionId: 'grid', rowKey: 'r1', value: 5, n: 2 });
    addCountRow(counts, { part: 'V', questionId: 'grid', rowKey: 'r2', value: 1, n: 1 });
    addCountRow(counts, { part: 'A', questionId: 't', n: 7 });
    const grid = questionResult(
      question({
        id: 'grid',
        kind: 'MATRIX',
        scaleMax: 5,
        rows: [
          { key: 'r1', label: 'R1' },
          { key: 'r2', label: 'R2' },
        ],
      }),
      counts,
    );
    expect(grid.rows.map((r) => [r.key, r.answered, r.mean])).toEqual([
      ['r1', 2, 5],
      ['r2', 1, 1],
    ]);
    const text = questionResult(question({ id: 't', kind: 'TEXT' }), counts);
    expect([text.answered, text.options, text.rating, text.rows]).toEqual([7, [], null, []]);
  });
});

describe('suppression', () => {
  const questions = [question({ id: 's' })];
  it('withholds an anonymous survey’s group below its minimum group size, never a named one’s', () => {
    expect(isSuppressed({ anonymous: true, minGroupSize: 5 }, 4)).toBe(true);
    expect(isSuppressed({ anonymous: true, minGroupSize: 5 }, 5)).toBe(false);
    expect(isSuppressed({ anonymous: false, minGroupSize: 5 }, 1)).toBe(false);
    const counts = emptyCounts();
    addCountRow(counts, { part: 'R', n: 4 });
    addCountRow(counts, { part: 'V', questionId: 's', rowKey: null, value: 3, n: 4 });
    expect(groupResult(true, questions, counts)).toEqual({ suppressed: true, respondents: null, questions: [] });
    const shown = groupResult(false, questions, counts);
    expect([shown.suppressed, shown.respondents, shown.questions[0]?.rating?.mean]).toEqual([false, 4, 3]);
  });

  // A district /d/ with school /d/s1/ (classes c1: 10, c2: 8) and /d/s2/ (class c3: 7); groups of at least 8.
  const cells = [
    { schoolPath: '/d/s1/', classPath: '/d/s1/c1/', n: 10 },
    { schoolPath: '/d/s1/', classPath: '/d/s1/c2/', n: 8 },
    { schoolPath: '/d/s2/', classPath: '/d/s2/c3/', n: 7 },
  ];

  it('withholds small groups, and then what would let them be worked out by subtraction', () => {
    // c3 and s2 are small. The district (25) minus school 1 (18) would be school 2's 7: school 1 goes too; then the
    // district minus class 1 and class 2 would still be 7: the smaller, class 2 (8), goes as well.
    expect([...suppressedGroups('/d/', cells, 8)].sort()).toEqual(['/d/s1/', '/d/s1/c2/', '/d/s2/', '/d/s2/c3/']);
    // With a minimum of 7 nothing is small.
    expect([...suppressedGroups('/d/', cells, 7)]).toEqual([]);
  });

  it('counts respondents without a class as a hidden part of their school', () => {
    // School 1 has 10 in class 1 and 3 without a class: school 1 minus class 1 would show those 3.
    const withResidue = [
      { schoolPath: '/d/s1/', classPath: '/d/s1/c1/', n: 10 },
      { schoolPath: '/d/s1/', classPath: null, n: 3 },
      { schoolPath: '/d/s2/', classPath: '/d/s2/c3/', n: 9 },
    ];
    expect([...suppressedGroups('/d/', withResidue, 5)].sort()).toEqual(['/d/s1/c1/']);
    // A class audience: the class alone.
    expect([...suppressedGroups('/d/s1/c1/', [cells[0]!], 11)]).toEqual(['/d/s1/c1/']);
    expect([...suppressedGroups('/d/s1/c1/', [cells[0]!], 10)]).toEqual([]);
  });

  it('counts a group’s audience by school, or by class for a class', () => {
    const members = [
      { schoolPath: '/d/s1/', classPath: '/d/s1/c1/', members: 12 },
      { schoolPath: '/d/s1/', classPath: null, members: 3 },
      { schoolPath: '/d/s2/', classPath: '/d/s2/c3/', members: 9 },
    ];
    expect([
      audienceWithin(members, '/d/'),
      audienceWithin(members, '/d/s1/'),
      audienceWithin(members, '/d/s1/c1/'),
    ]).toEqual([24, 15, 12]);
  });
});

describe('self-assessments', () => {
  // The leadership standard's first duties: 规划设计 (items 1, 2) and 组织实施 (item 6).
  const groupings: FrameworkGrouping[] = [
    {
      dimensionId: 'impl',
      code: 'ORGANISATION_AND_IMPLEMENTATION',
      nameZh: '组织实施',
      nameEn: 'Implementation',
      position: 2,
    },
    { dimensionId: 'plan', code: 'PLANNING_AND_DESIGN', nameZh: '规划设计', nameEn: 'Planning', position: 1 },
    { dimensionId: 'eval', code: 'EVALUATION', nameZh: '评价推动', nameEn: 'Evaluation', position: 3 },
  ];
  const item = (id: string, dimensionId: string, position: number): FrameworkItem => ({
    competencyId: id,
    dimensionId,
    code: String(position),
    nameZh: id,
    nameEn: id,
    position,
  });
  const items = new Map([
    ['i1', item('i1', 'plan', 1)],
    ['i2', item('i2', 'plan', 2)],
    ['i6', item('i6', 'impl', 6)],
  ]);

  it('pools every rating of a grouping’s items for its mean, in framework order, skipping groupings without items', () => {
    const questions = [
      question({ id: 'q6', competencyId: 'i6', dimensionId: 'impl', position: 3 }),
      question({ id: 'q1', competencyId: 'i1', dimensionId: 'plan', position: 1 }),
      question({ id: 'q2', competencyId: 'i2', dimensionId: 'plan', position: 2 }),
      question({ id: 'free', kind: 'TEXT' }),
    ];
    const counts = emptyCounts();
    // Item 1: 5, 4, 3 (mean 4); item 2: 2, 2 (mean 2); pooled 規划设计 = 16 / 5 = 3.2. Item 6: 4.
    for (const [q, value, n] of [
      ['q1', 5, 1],
      ['q1', 4, 1],
      ['q1', 3, 1],
      ['q2', 2, 2],
      ['q6', 4, 3],
    ] as const)
      addCountRow(counts, { part: 'V', questionId: q, rowKey: null, value, n });
    addCountRow(counts, { part: 'D', dimensionId: 'plan', n: 3 });
    addCountRow(counts, { part: 'D', dimensionId: 'impl', n: 3 });
    const result = selfAssessmentGroupings(questions, items, groupings, counts);
    expect(
      result.map((g) => [g.grouping.code, g.respondents, g.mean, g.items.map((i) => [i.item.code, i.mean])]),
    ).toEqual([
      [
        'PLANNING_AND_DESIGN',
        3,
        3.2,
        [
          ['1', 4],
          ['2', 2],
        ],
      ],
      ['ORGANISATION_AND_IMPLEMENTATION', 3, 4, [['6', 4]]],
    ]);
  });

  it('suggests the in-range points lowest-rated first, after listing every rated point in catalogue order', () => {
    // The matrix's Tianchang range: A1 A2 A3 A5 A6 A7 B1 B3 B6 C5.
    const range = new Set(['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5']);
    const rated = [
      ['B2', 1, 8],
      ['A1', 4, 1],
      ['A3', 2, 3],
      ['B1', 2, 7],
      ['C5', 5, 16],
      ['A2', 1, 2],
    ] as const;
    const { points, suggestions } = rangeSuggestions(
      rated.map(([code, rating, position]) => ({ competencyId: code, code, rating, position, scaleMax: 5 })),
      range,
    );
    expect(points.map((p) => [p.code, p.inRange])).toEqual([
      ['A1', true],
      ['A2', true],
      ['A3', true],
      ['B1', true],
      ['B2', false],
      ['C5', true],
    ]);
    expect(suggestions.map((p) => p.code)).toEqual(['A2', 'A3', 'B1', 'A1', 'C5']);
  });
});
