import { describe, expect, it } from 'vitest';
import {
  type CourseRow,
  creditedMinutes,
  type ExistingCourse,
  KIND_NAMES,
  parseCourseRow,
  planCourseImport,
  STAGE_NAMES,
  spelledValue,
} from '../../schema/courses/rules.js';
import { hasPlanGate, studyListOpen } from '../../schema/courses/study-list.js';
import { parseProgrammeRules } from '../../schema/programmes/rules.js';

const COMPETENCIES = new Map([
  ['A1', 'comp-a1'],
  ['B3', 'comp-b3'],
]);

const row = (n: number, code: string, extra: Partial<CourseRow> = {}): CourseRow => ({
  row: n,
  code,
  title: `Course ${code}`,
  kind: 'THEORY',
  media: 'VIDEO',
  durationSeconds: '600',
  durationMinutes: '',
  requirement: 'REQUIRED',
  competency: '',
  module: '',
  stage: '',
  subject: '',
  position: '',
  ...extra,
});

const existing = (code: string, extra: Partial<ExistingCourse> = {}): ExistingCourse => ({
  id: `id-${code}`,
  code,
  title: `Course ${code}`,
  kind: 'THEORY',
  media: 'VIDEO',
  durationSeconds: 600,
  requirement: 'REQUIRED',
  competencyId: null,
  module: null,
  stage: null,
  subject: null,
  position: 5,
  hasProgress: false,
  ...extra,
});

const errorOf = (input: CourseRow) => {
  const parsed = parseCourseRow(input, COMPETENCIES);
  return 'error' in parsed ? parsed.error : null;
};

describe('spreadsheet spellings', () => {
  it('reads enum names in English (any case) and Chinese', () => {
    expect(spelledValue(KIND_NAMES, ' overview ')).toBe('OVERVIEW');
    expect(spelledValue(KIND_NAMES, '案例')).toBe('CASE');
    expect(spelledValue(KIND_NAMES, 'Specification')).toBe('SPECIFICATION');
    expect(spelledValue(STAGE_NAMES, '初中')).toBe('JUNIOR_SECONDARY');
    expect(spelledValue(STAGE_NAMES, 'junior_secondary')).toBe('JUNIOR_SECONDARY');
    expect(spelledValue(KIND_NAMES, 'lecture')).toBeNull();
  });
});

describe('parseCourseRow', () => {
  it('reads a complete row, trimming text and mapping the competency code to its id', () => {
    const parsed = parseCourseRow(
      row(2, ' tc-A1 ', {
        title: ' 概述 ',
        kind: '概述',
        media: '文档',
        requirement: '选修',
        competency: 'A1',
        module: ' 高效课堂 ',
        stage: '初中',
        subject: '语文',
        position: '7',
      }),
      COMPETENCIES,
    );
    expect(parsed).toEqual({
      fields: {
        code: 'tc-A1',
        title: '概述',
        kind: 'OVERVIEW',
        media: 'DOCUMENT',
        durationSeconds: 600,
        requirement: 'ELECTIVE',
        competencyId: 'comp-a1',
        module: '高效课堂',
        stage: 'JUNIOR_SECONDARY',
        subject: '语文',
        position: 7,
      },
    });
  });

  it('takes minutes when no seconds are given', () => {
    const parsed = parseCourseRow(row(2, 'c', { durationSeconds: '', durationMinutes: '25' }), COMPETENCIES);
    expect('fields' in parsed && parsed.fields.durationSeconds).toBe(1500);
  });

  it('refuses blank required fields with MISSING_FIELD', () => {
    expect(errorOf(row(2, ''))).toBe('MISSING_FIELD');
    expect(errorOf(row(2, 'c', { title: '  ' }))).toBe('MISSING_FIELD');
    expect(errorOf(row(2, 'c', { durationSeconds: '' }))).toBe('MISSING_FIELD');
  });

  it('refuses malformed values with INVALID_VALUE', () => {
    expect(errorOf(row(2, 'has space'))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { kind: 'lecture' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { media: 'audio' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { requirement: 'maybe' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { stage: 'university' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { durationSeconds: '0' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { durationSeconds: '86401' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { durationSeconds: '12.5' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { durationSeconds: '', durationMinutes: '1441' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { title: 'x'.repeat(201) }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { module: 'x'.repeat(51) }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { position: '-1' }))).toBe('INVALID_VALUE');
    expect(errorOf(row(2, 'c', { durationSeconds: '86400' }))).toBeNull();
  });

  it('refuses formula-like text and unknown competencies', () => {
    expect(errorOf(row(2, 'c', { title: '=HYPERLINK("x")' }))).toBe('FORMULA_LIKE_VALUE');
    expect(errorOf(row(2, 'c', { subject: ' @sum' }))).toBe('FORMULA_LIKE_VALUE');
    expect(errorOf(row(2, 'c', { competency: 'Z9' }))).toBe('UNKNOWN_COMPETENCY');
  });
});

describe('planCourseImport', () => {
  it('creates new codes (position: the row number unless given), updates changed ones, leaves the same alone', () => {
    const plan = planCourseImport(
      [
        row(2, 'new'),
        row(3, 'same'),
        row(4, 'changed', { title: 'New title', module: '专业发展' }),
        row(5, 'positioned', { position: '40' }),
      ],
      {
        existing: new Map([
          ['same', existing('same')],
          ['changed', existing('changed')],
        ]),
        competencies: COMPETENCIES,
      },
    );
    expect(plan.map((p) => p.outcome)).toEqual(['CREATED', 'UNCHANGED', 'UPDATED', 'CREATED']);
    expect(plan[0]?.write).toMatchObject({ id: null, fields: { code: 'new', position: 2 } });
    expect(plan[1]?.write).toBeNull();
    expect(plan[2]?.write).toMatchObject({
      id: 'id-changed',
      fields: { title: 'New title', module: '专业发展', position: 5 },
    });
    expect(plan[2]?.message).toEqual({ key: 'COURSE_ROW.changed', params: { changes: 'title, module' } });
    expect(plan[3]?.write?.fields.position).toBe(40);
  });

  it('fails a repeated code and names the earlier row', () => {
    const plan = planCourseImport([row(2, 'a'), row(3, 'a')], { existing: new Map(), competencies: COMPETENCIES });
    expect(plan[1]).toMatchObject({ outcome: 'ERROR', errorCode: 'DUPLICATE_ROW', message: { params: { row: 2 } } });
    expect(plan[0]?.outcome).toBe('CREATED');
  });

  it('fails a change of requirement, media or duration of a course with progress, but allows other changes to it', () => {
    const studied = existing('s', { hasProgress: true });
    const context = { existing: new Map([['s', studied]]), competencies: COMPETENCIES };
    expect(planCourseImport([row(2, 's', { requirement: 'ELECTIVE' })], context)[0]?.errorCode).toBe(
      'COURSE_IN_PROGRESS',
    );
    expect(planCourseImport([row(2, 's', { durationSeconds: '60' })], context)[0]?.errorCode).toBe(
      'COURSE_IN_PROGRESS',
    );
    expect(planCourseImport([row(2, 's', { title: 'Renamed' })], context)[0]?.outcome).toBe('UPDATED');
  });
});

describe('study list rules', () => {
  it('is open without a plan gate, and with one only once the plan is uploaded', () => {
    const free = parseProgrammeRules({ version: 1, selection: {} });
    const gated = parseProgrammeRules({ version: 1, selection: { schoolPlanGateRate: 0.8 } });
    expect(hasPlanGate(free)).toBe(false);
    expect(studyListOpen(free, false)).toBe(true);
    expect(hasPlanGate(gated)).toBe(true);
    expect(studyListOpen(gated, false)).toBe(false);
    expect(studyListOpen(gated, true)).toBe(true);
  });

  it('credits whole minutes, rounded down', () => {
    expect(creditedMinutes(0)).toBe(0);
    expect(creditedMinutes(59)).toBe(0);
    expect(creditedMinutes(60)).toBe(1);
    expect(creditedMinutes(3599)).toBe(59);
  });
});
