import { describe, expect, it } from 'vitest';
import { SATISFACTION_TEMPLATE, TRAINING_NEEDS_TEMPLATE } from '../../prisma/seed/surveys.js';
import {
  type AnswerableQuestion,
  type AudienceFacts,
  answeringProblem,
  audienceMatch,
  audienceShapeProblem,
  checkAnswers,
  definitionSchema,
  isOpen,
  layoutDefinition,
  parentPath,
  pathPrefixes,
  questionSchema,
  selfAssessmentLayout,
  surveyVisible,
  windowProblem,
} from '../../schema/surveys/rules.js';

const codesOf = (result: ReturnType<typeof checkAnswers>) => (result.ok ? [] : result.problems.map((p) => p.code));

describe('the question definition', () => {
  it('accepts both seeded templates, with every question kind', () => {
    for (const template of [TRAINING_NEEDS_TEMPLATE, SATISFACTION_TEMPLATE]) {
      const parsed = definitionSchema.safeParse(template.definition);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      const kinds = new Set(layoutDefinition(parsed.data!).flatMap((s) => s.questions.map((q) => q.kind)));
      expect([...kinds].sort()).toEqual(['MATRIX', 'MULTIPLE_CHOICE', 'SCALE', 'SINGLE_CHOICE', 'TEXT']);
    }
  });

  it('refuses choice questions with fewer than two options, repeated option keys, or maxChoices above the options', () => {
    const one = questionSchema.safeParse({
      key: 'q',
      kind: 'SINGLE_CHOICE',
      prompt: 'p',
      options: [{ key: 'a', label: 'A' }],
    });
    expect(one.error?.issues.map((i) => i.message)).toEqual(['VALIDATION.surveyOptionsNeeded']);
    const twice = questionSchema.safeParse({
      key: 'q',
      kind: 'MULTIPLE_CHOICE',
      prompt: 'p',
      options: [
        { key: 'a', label: 'A' },
        { key: 'a', label: 'B' },
      ],
      maxChoices: 3,
    });
    expect(twice.error?.issues.map((i) => i.message).sort()).toEqual([
      'VALIDATION.givenTwice',
      'VALIDATION.surveyMaxChoices',
    ]);
    expect(twice.error?.issues.find((i) => i.message === 'VALIDATION.givenTwice')?.path).toEqual(['options', 1, 'key']);
  });

  it('keeps scales within 1–5 and low to high, and parts to their kinds', () => {
    expect(questionSchema.safeParse({ key: 'q', kind: 'SCALE', prompt: 'p', scaleMin: 0, scaleMax: 5 }).success).toBe(
      false,
    );
    expect(questionSchema.safeParse({ key: 'q', kind: 'SCALE', prompt: 'p', scaleMin: 1, scaleMax: 6 }).success).toBe(
      false,
    );
    expect(
      questionSchema.safeParse({ key: 'q', kind: 'SCALE', prompt: 'p', scaleMin: 4, scaleMax: 2 }).error?.issues[0]
        ?.message,
    ).toBe('VALIDATION.surveyScaleOrder');
    expect(questionSchema.safeParse({ key: 'q', kind: 'MATRIX', prompt: 'p' }).error?.issues[0]?.message).toBe(
      'VALIDATION.surveyRowsNeeded',
    );
    expect(
      questionSchema.safeParse({ key: 'q', kind: 'TEXT', prompt: 'p', maxChoices: 2 }).error?.issues[0]?.message,
    ).toBe('VALIDATION.surveyNotForKind');
    expect(questionSchema.safeParse({ key: 'q', kind: 'TEXT', prompt: 'p', scaleMin: 1 }).success).toBe(false);
    expect(questionSchema.safeParse({ key: 'bad key', kind: 'TEXT', prompt: 'p' }).success).toBe(false);
  });

  it('refuses a question key used twice in the survey', () => {
    const q = { key: 'q1', kind: 'TEXT', prompt: 'p' };
    const result = definitionSchema.safeParse({
      sections: [
        { title: 'A', questions: [q] },
        { title: 'B', questions: [q] },
      ],
    });
    expect(result.error?.issues.map((i) => [i.message, i.path])).toEqual([
      ['VALIDATION.givenTwice', ['sections', 1, 'questions', 0, 'key']],
    ]);
  });

  it('lays questions out across sections from 1, filling scales and clearing unused parts', () => {
    const rows = layoutDefinition(
      definitionSchema.parse({
        sections: [
          { title: 'A', questions: [{ key: 's', kind: 'SCALE', prompt: 'p' }] },
          {
            title: 'B',
            questions: [
              { key: 't', kind: 'TEXT', prompt: 'p', required: true },
              { key: 'm', kind: 'MATRIX', prompt: 'p', rows: [{ key: 'r', label: 'R' }], scaleMin: 2 },
            ],
          },
        ],
      }),
    );
    expect(
      rows.map((s) => [s.position, s.questions.map((q) => [q.key, q.position, q.scaleMin, q.scaleMax, q.required])]),
    ).toEqual([
      [1, [['s', 1, 1, 5, false]]],
      [
        2,
        [
          ['t', 2, null, null, true],
          ['m', 3, 2, 5, false],
        ],
      ],
    ]);
  });
});

describe('checking answers', () => {
  const q = (partial: Partial<AnswerableQuestion> & Pick<AnswerableQuestion, 'id' | 'kind'>): AnswerableQuestion => ({
    key: partial.id,
    required: false,
    options: null,
    rows: null,
    scaleMin: null,
    scaleMax: null,
    maxChoices: null,
    ...partial,
  });
  const opts = (...keys: string[]) => keys.map((key) => ({ key }));
  const questions = [
    q({ id: 'single', kind: 'SINGLE_CHOICE', required: true, options: opts('a', 'b', 'c') }),
    q({ id: 'multi', kind: 'MULTIPLE_CHOICE', options: opts('a', 'b', 'c', 'd'), maxChoices: 2 }),
    q({ id: 'scale', kind: 'SCALE', required: true, scaleMin: 1, scaleMax: 5 }),
    q({ id: 'matrix', kind: 'MATRIX', required: true, rows: opts('r1', 'r2'), scaleMin: 1, scaleMax: 5 }),
    q({ id: 'text', kind: 'TEXT' }),
  ];
  const valid = [
    { questionId: 'single', optionKeys: ['b'] },
    { questionId: 'multi', optionKeys: ['a', 'd'] },
    { questionId: 'scale', value: 4 },
    {
      questionId: 'matrix',
      rows: [
        { rowKey: 'r1', value: 5 },
        { rowKey: 'r2', value: 1 },
      ],
    },
    { questionId: 'text', text: '  希望多一些案例  ' },
  ];

  it('turns a valid answer set into one value per option, rating, row and text', () => {
    const result = checkAnswers(questions, valid);
    expect(result.ok).toBe(true);
    expect(result.ok && result.values.map((v) => [v.questionId, v.optionKey, v.rowKey, v.value, v.text])).toEqual([
      ['single', 'b', null, null, null],
      ['multi', 'a', null, null, null],
      ['multi', 'd', null, null, null],
      ['scale', null, null, 4, null],
      ['matrix', null, 'r1', 5, null],
      ['matrix', null, 'r2', 1, null],
      ['text', null, null, null, '希望多一些案例'],
    ]);
  });

  it('reports missing required answers, including empty ones', () => {
    const result = checkAnswers(questions, [
      { questionId: 'single', optionKeys: [] },
      { questionId: 'text', text: 'x' },
    ]);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => [p.code, p.index, p.params.question])).toEqual([
      ['REQUIRED', null, 'single'],
      ['REQUIRED', null, 'scale'],
      ['REQUIRED', null, 'matrix'],
    ]);
  });

  it('refuses unknown options, two single choices, too many choices and repeated options', () => {
    const base = valid.filter((a) => a.questionId !== 'single' && a.questionId !== 'multi');
    expect(codesOf(checkAnswers(questions, [...base, { questionId: 'single', optionKeys: ['z'] }]))).toEqual([
      'UNKNOWN_OPTION',
    ]);
    expect(codesOf(checkAnswers(questions, [...base, { questionId: 'single', optionKeys: ['a', 'b'] }]))).toEqual([
      'ONE_CHOICE',
    ]);
    expect(
      codesOf(
        checkAnswers(questions, [
          ...base,
          { questionId: 'single', optionKeys: ['a'] },
          { questionId: 'multi', optionKeys: ['a', 'b', 'c'] },
        ]),
      ),
    ).toEqual(['TOO_MANY_CHOICES']);
    expect(
      codesOf(
        checkAnswers(questions, [
          ...base,
          { questionId: 'single', optionKeys: ['a'] },
          { questionId: 'multi', optionKeys: ['a', 'a'] },
        ]),
      ),
    ).toEqual(['OPTION_TWICE']);
  });

  it('keeps ratings within the scale and matrix rows known, once each and complete when required', () => {
    const others = valid.filter((a) => a.questionId !== 'scale' && a.questionId !== 'matrix');
    const matrix = (rows: Array<{ rowKey: string; value: number }>) => ({ questionId: 'matrix', rows });
    expect(codesOf(checkAnswers(questions, [...others, { questionId: 'scale', value: 6 }, valid[3]!]))).toEqual([
      'OUT_OF_RANGE',
    ]);
    expect(codesOf(checkAnswers(questions, [...others, { questionId: 'scale', value: 0 }, valid[3]!]))).toEqual([
      'OUT_OF_RANGE',
    ]);
    const scale = { questionId: 'scale', value: 3 };
    expect(codesOf(checkAnswers(questions, [...others, scale, matrix([{ rowKey: 'r1', value: 3 }])]))).toEqual([
      'ROWS_MISSING',
    ]);
    expect(
      codesOf(
        checkAnswers(questions, [
          ...others,
          scale,
          matrix([
            { rowKey: 'r1', value: 3 },
            { rowKey: 'r1', value: 4 },
            { rowKey: 'r2', value: 4 },
          ]),
        ]),
      ),
    ).toEqual(['ROW_TWICE']);
    expect(
      codesOf(
        checkAnswers(questions, [
          ...others,
          scale,
          matrix([
            { rowKey: 'r1', value: 3 },
            { rowKey: 'r9', value: 4 },
          ]),
        ]),
      ),
    ).toEqual(['UNKNOWN_ROW']);
  });

  it('refuses texts over the limit, parts of another kind, unknown questions and a question answered twice', () => {
    expect(
      codesOf(checkAnswers(questions, [...valid.slice(0, 4), { questionId: 'text', text: '字'.repeat(11) }], 10)),
    ).toEqual(['TEXT_TOO_LONG']);
    expect(checkAnswers(questions, [...valid.slice(0, 4), { questionId: 'text', text: '字'.repeat(10) }], 10).ok).toBe(
      true,
    );
    expect(
      codesOf(
        checkAnswers(questions, [
          ...valid.slice(0, 2),
          { questionId: 'scale', value: 3, text: 'x' },
          ...valid.slice(3),
        ]),
      ),
    ).toEqual(['NOT_FOR_KIND']);
    expect(codesOf(checkAnswers(questions, [...valid, { questionId: 'nope', value: 1 }]))).toEqual([
      'UNKNOWN_QUESTION',
    ]);
    expect(codesOf(checkAnswers(questions, [...valid, { questionId: 'scale', value: 2 }]))).toEqual(['QUESTION_TWICE']);
  });
});

describe('audiences', () => {
  const district = '/p/c/d/';
  const school = '/p/c/d/s1/';
  const klass = '/p/c/d/s1/k1/';
  const facts = (partial: Partial<AudienceFacts>): AudienceFacts => ({ roles: [], enrolments: [], ...partial });

  it('draws each kind from one kind of organisation and takes a programme only for PROGRAMME_TEACHERS', () => {
    expect(audienceShapeProblem('CLASS', 'CLASS', false)).toBeNull();
    expect(audienceShapeProblem('CLASS', 'SCHOOL', false)).toBe('ORGANISATION_KIND');
    expect(audienceShapeProblem('SCHOOL_TEACHERS', 'SCHOOL', false)).toBeNull();
    expect(audienceShapeProblem('DISTRICT_LEADERS', 'SCHOOL', false)).toBe('ORGANISATION_KIND');
    expect(audienceShapeProblem('PROGRAMME_TEACHERS', 'SCHOOL', true)).toBeNull();
    expect(audienceShapeProblem('PROGRAMME_TEACHERS', 'DISTRICT', false)).toBe('PROGRAMME_MISSING');
    expect(audienceShapeProblem('DISTRICT_TEACHERS', 'DISTRICT', true)).toBe('PROGRAMME_NOT_FOR_KIND');
  });

  it('counts class members by enrolment, with their class', () => {
    const audience = { kind: 'CLASS' as const, organisationId: 'k1', orgPath: klass, programmeId: null };
    const enrolled = facts({
      enrolments: [{ programmeId: 'p1', schoolPath: school, classId: 'k1', classPath: klass }],
    });
    expect(audienceMatch(audience, enrolled)).toEqual({ schoolPath: school, classPath: klass });
    // Holding TEACHER on the class is not enough: the class's audience is its enrolled teachers.
    expect(
      audienceMatch(audience, facts({ roles: [{ role: 'TEACHER', orgPath: klass, organisationKind: 'CLASS' }] })),
    ).toBeNull();
  });

  it('counts teachers by the TEACHER role within the organisation, at their school', () => {
    const audience = { kind: 'DISTRICT_TEACHERS' as const, organisationId: 'd', orgPath: district, programmeId: null };
    expect(
      audienceMatch(audience, facts({ roles: [{ role: 'TEACHER', orgPath: klass, organisationKind: 'CLASS' }] })),
    ).toEqual({ schoolPath: school, classPath: null });
    expect(
      audienceMatch(audience, facts({ roles: [{ role: 'CLASS_TUTOR', orgPath: klass, organisationKind: 'CLASS' }] })),
    ).toBeNull();
    expect(
      audienceMatch(
        { ...audience, kind: 'SCHOOL_TEACHERS', orgPath: '/p/c/d/s2/' },
        facts({ roles: [{ role: 'TEACHER', orgPath: school, organisationKind: 'SCHOOL' }] }),
      ),
    ).toBeNull();
  });

  it('counts school leaders by SCHOOL_ADMIN on a school of the district', () => {
    const audience = { kind: 'DISTRICT_LEADERS' as const, organisationId: 'd', orgPath: district, programmeId: null };
    expect(
      audienceMatch(
        audience,
        facts({ roles: [{ role: 'SCHOOL_ADMIN', orgPath: school, organisationKind: 'SCHOOL' }] }),
      ),
    ).toEqual({ schoolPath: school, classPath: null });
    expect(
      audienceMatch(audience, facts({ roles: [{ role: 'TEACHER', orgPath: school, organisationKind: 'SCHOOL' }] })),
    ).toBeNull();
  });

  it('counts a programme’s teachers by enrolment at a school within the organisation', () => {
    const audience = { kind: 'PROGRAMME_TEACHERS' as const, organisationId: 's1', orgPath: school, programmeId: 'p1' };
    const enrolment = { programmeId: 'p1', schoolPath: school, classId: null, classPath: null };
    expect(audienceMatch(audience, facts({ enrolments: [enrolment] }))).toEqual({
      schoolPath: school,
      classPath: null,
    });
    expect(audienceMatch(audience, facts({ enrolments: [{ ...enrolment, programmeId: 'p2' }] }))).toBeNull();
    expect(audienceMatch(audience, facts({ enrolments: [{ ...enrolment, schoolPath: '/p/c/d/s2/' }] }))).toBeNull();
  });

  it('walks paths', () => {
    expect(parentPath(klass)).toBe(school);
    expect(pathPrefixes(klass)).toEqual(['/p/', '/p/c/', district, school, klass]);
  });
});

describe('windows and visibility', () => {
  const at = (iso: string) => new Date(iso);
  it('needs a window that closes after it opens, and in the future to publish', () => {
    expect(windowProblem(at('2026-03-01'), at('2026-03-01'))).toBe('CLOSES_BEFORE_OPENS');
    expect(windowProblem(at('2026-03-01'), at('2026-03-10'), at('2026-03-11'))).toBe('ALREADY_CLOSED');
    expect(windowProblem(at('2026-03-01'), at('2026-03-10'), at('2026-03-05'))).toBeNull();
  });

  it('takes answers only while published and within the window', () => {
    const survey = { status: 'PUBLISHED' as const, opensAt: at('2026-03-01'), closesAt: at('2026-03-10') };
    expect(isOpen(survey, at('2026-03-05'))).toBe(true);
    expect(answeringProblem(survey, at('2026-02-28'))).toBe('NOT_YET_OPEN');
    expect(answeringProblem(survey, at('2026-03-10'))).toBe('CLOSED');
    expect(answeringProblem({ ...survey, status: 'CLOSED' }, at('2026-03-05'))).toBe('CLOSED');
    expect(answeringProblem({ ...survey, status: 'DRAFT' }, at('2026-03-05'))).toBe('NOT_PUBLISHED');
  });

  it('shows drafts to managers only; published surveys also to members and result readers on the line', () => {
    const survey = { status: 'DRAFT' as const, orgPath: '/p/c/d/' };
    const none = { managePaths: [], resultPaths: [], member: false };
    expect(surveyVisible(survey, { ...none, managePaths: ['/p/c/d/'] })).toBe(true);
    expect(surveyVisible(survey, { ...none, member: true })).toBe(false);
    const published = { ...survey, status: 'PUBLISHED' as const };
    expect(surveyVisible(published, { ...none, member: true })).toBe(true);
    expect(surveyVisible(published, { ...none, resultPaths: ['/p/c/d/s1/'] })).toBe(true);
    expect(surveyVisible(published, { ...none, resultPaths: ['/p/c/x/'] })).toBe(false);
    expect(surveyVisible(published, none)).toBe(false);
  });
});

describe('self-assessments', () => {
  it('gives one section per grouping in position order and one SCALE question per item', () => {
    const { sections, links } = selfAssessmentLayout(
      [
        { id: 'd2', code: 'ORGANISING', nameZh: '组织实施', position: 2 },
        { id: 'd1', code: 'PLANNING', nameZh: '规划设计', position: 1 },
      ],
      [
        { id: 'c1', code: '1', nameZh: '规划', dimensionId: 'd1' },
        { id: 'c6', code: '6', nameZh: '实施', dimensionId: 'd2' },
        { id: 'c2', code: '2', nameZh: '办法', dimensionId: 'd1' },
      ],
    );
    expect(
      sections.map((s) => [s.title, s.questions.map((q) => [q.key, q.position, q.kind, q.scaleMin, q.scaleMax])]),
    ).toEqual([
      [
        '规划设计',
        [
          ['1', 1, 'SCALE', 1, 5],
          ['2', 2, 'SCALE', 1, 5],
        ],
      ],
      ['组织实施', [['6', 3, 'SCALE', 1, 5]]],
    ]);
    expect(links.get('6')).toEqual({ competencyId: 'c6', dimensionId: 'd2' });
  });
});
