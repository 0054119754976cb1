import { describe, expect, it } from 'vitest';
import { type ProgrammeRules, parseProgrammeRules } from '../../schema/programmes/rules.js';
import { selectionWindowClosesAt } from '../../schema/programmes/selection-window.js';
import { describeViolation as describeIn } from '../../schema/selections/messages.js';
import {
  type CatalogueEntry,
  planGateReached,
  type SelectionInput,
  type Violation,
  validateSelection,
} from '../../schema/selections/rules.js';

/** A violation's message in English (the rules give codes and numbers; the wording lives in the messages). */
const describeViolation = (violation: Violation) => describeIn(violation, 'en');

/** domain/competencies-national-2019.tsv, copied verbatim (tab-separated). */
const NATIONAL_2019_TSV = `
code	dimension	dimension_en	name_zh	name_en	environment	environment_en	credits
A1	学情分析	LEARNING_ANALYSIS	技术支持的学情分析	Technology-supported learning analysis	多媒体教学环境	MULTIMEDIA	4
A2	教学设计	INSTRUCTIONAL_DESIGN	数字教育资源获取与评价	Acquiring and evaluating digital educational resources	多媒体教学环境	MULTIMEDIA	4
A3	教学设计	INSTRUCTIONAL_DESIGN	演示文稿设计与制作	Presentation design and production	多媒体教学环境	MULTIMEDIA	4
A4	教学设计	INSTRUCTIONAL_DESIGN	数字教育资源管理	Managing digital educational resources	多媒体教学环境	MULTIMEDIA	4
A5	学法指导	LEARNING_GUIDANCE	技术支持的课堂导入	Technology-supported lesson introduction	多媒体教学环境	MULTIMEDIA	5
A6	学法指导	LEARNING_GUIDANCE	技术支持的课堂讲授	Technology-supported lecturing	多媒体教学环境	MULTIMEDIA	5
A7	学法指导	LEARNING_GUIDANCE	技术支持的总结提升	Technology-supported summarising and consolidation	多媒体教学环境	MULTIMEDIA	5
A8	学法指导	LEARNING_GUIDANCE	技术支持的方法指导	Technology-supported study-method guidance	多媒体教学环境	MULTIMEDIA	5
A9	学法指导	LEARNING_GUIDANCE	学生信息道德培养	Cultivating students' information ethics	多媒体教学环境	MULTIMEDIA	6
A10	学法指导	LEARNING_GUIDANCE	学生信息安全意识培养	Cultivating students' information-security awareness	多媒体教学环境	MULTIMEDIA	6
A11	学业评价	ASSESSMENT	评价量规设计与应用	Designing and applying assessment rubrics	多媒体教学环境	MULTIMEDIA	7
A12	学业评价	ASSESSMENT	评价数据的伴随性采集	Collecting assessment data alongside learning	多媒体教学环境	MULTIMEDIA	7
A13	学业评价	ASSESSMENT	数据可视化呈现与解读	Visualising and interpreting data	多媒体教学环境	MULTIMEDIA	7
B1	学情分析	LEARNING_ANALYSIS	技术支持的测验与练习	Technology-supported tests and exercises	混合学习环境	BLENDED	5
B2	教学设计	INSTRUCTIONAL_DESIGN	微课程设计与制作	Micro-course design and production	混合学习环境	BLENDED	5
B3	教学设计	INSTRUCTIONAL_DESIGN	探究型学习活动设计	Designing inquiry learning activities	混合学习环境	BLENDED	5
B4	学法指导	LEARNING_GUIDANCE	技术支持的发现与解决问题	Technology-supported problem finding and solving	混合学习环境	BLENDED	6
B5	学法指导	LEARNING_GUIDANCE	学习小组组织与管理	Organising and managing study groups	混合学习环境	BLENDED	6
B6	学法指导	LEARNING_GUIDANCE	技术支持的展示交流	Technology-supported presentation and exchange	混合学习环境	BLENDED	6
B7	学法指导	LEARNING_GUIDANCE	家校交流与合作	Home-school communication and cooperation	混合学习环境	BLENDED	7
B8	学法指导	LEARNING_GUIDANCE	公平管理技术资源	Managing technology resources fairly	混合学习环境	BLENDED	7
B9	学业评价	ASSESSMENT	自评与互评活动的组织	Organising self- and peer-assessment	混合学习环境	BLENDED	8
B10	学业评价	ASSESSMENT	档案袋评价	Portfolio assessment	混合学习环境	BLENDED	8
C1	教学设计	INSTRUCTIONAL_DESIGN	跨学科学习活动设计	Designing interdisciplinary learning activities	智慧学习环境	SMART	8
C2	教学设计	INSTRUCTIONAL_DESIGN	创造真实学习情境	Creating authentic learning situations	智慧学习环境	SMART	8
C3	学法指导	LEARNING_GUIDANCE	创新解决问题的方法	Innovative problem-solving methods	智慧学习环境	SMART	8
C4	学法指导	LEARNING_GUIDANCE	支持学生创造性学习与表达	Supporting students' creative learning and expression	智慧学习环境	SMART	9
C5	学法指导	LEARNING_GUIDANCE	基于数据的个别化指导	Data-based individualised guidance	智慧学习环境	SMART	9
C6	学业评价	ASSESSMENT	应用数据分析模型	Applying data-analysis models	智慧学习环境	SMART	10
C7	学业评价	ASSESSMENT	创建数据分析微模型	Building data-analysis micro-models	智慧学习环境	SMART	10
`;

const catalogue: CatalogueEntry[] = (() => {
  const [header, ...rows] = NATIONAL_2019_TSV.trim().split('\n');
  const cols = header!.split('\t');
  const col = (name: string) => cols.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    return {
      code: cells[col('code')]!,
      dimension: cells[col('dimension_en')]!,
      environment: cells[col('environment_en')]!,
      credits: Number(cells[col('credits')]),
    };
  });
})();

/** Rules as a programme would store them (JSON), parsed like production code does. */
const selectionRules = (selection: Record<string, unknown>): ProgrammeRules['selection'] =>
  parseProgrammeRules({ version: 1, selection }).selection;

const tianchang = selectionRules({
  minCredits: 20,
  dimensionRule: { kind: 'NOT_ALL_SAME' },
  requireSchoolReview: true,
});
const yiyuan = selectionRules({ minPoints: 3 });
const jiangsu = selectionRules({ selectionWindowDays: 7, adminSelectsAfterDeadline: true, schoolPlanGateRate: 0.9 });

/** Tianchang's example range (学校框定能力点范围示例). */
const tianchangRange = ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'];
/** Tianchang's second example range (blended → smart). */
const blendedRange = ['B1', 'B2', 'B3', 'B4', 'B5', 'B7', 'B9', 'C2', 'C4', 'C6'];

const enrolledAt = new Date('2021-05-10T02:00:00Z');
const closesAt = new Date('2021-05-17T02:00:00Z');

function check(partial: Partial<SelectionInput> & Pick<SelectionInput, 'rules' | 'selected'>) {
  return validateSelection({
    catalogue,
    schoolRange: null,
    now: new Date('2022-05-08T00:00:00Z'),
    windowClosesAt: null,
    actor: 'TEACHER',
    ...partial,
  });
}

describe('catalogue fixture', () => {
  it('has the 30 national points, 194 credits', () => {
    expect(catalogue).toHaveLength(30);
    expect(catalogue.reduce((s, c) => s + c.credits, 0)).toBe(194);
  });
});

describe('Tianchang: at least 20 credits, not all in one dimension', () => {
  it.each([
    [['A7', 'B3', 'B1', 'B6'], 21, tianchangRange],
    [['A1', 'A2', 'A3', 'A5', 'A6'], 22, tianchangRange],
    [['B1', 'B4', 'C4'], 20, blendedRange],
  ])('%j = %i credits is valid', (selected, credits, range) => {
    const result = check({ rules: tianchang, selected, schoolRange: range });
    expect(result.violations).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.totalCredits).toBe(credits);
    expect(result.pointCount).toBe(selected.length);
  });

  it('reports the shortfall for 19 credits', () => {
    const result = check({ rules: tianchang, selected: ['A1', 'A2', 'B3', 'B6'] }); // 4+4+5+6
    expect(result.valid).toBe(false);
    expect(result.totalCredits).toBe(19);
    expect(result.violations).toEqual([{ code: 'CREDITS_BELOW_MIN', actual: 19, required: 20 }]);
    expect(describeViolation(result.violations[0]!)).toBe(
      'Selected points total 19 credits; at least 20 are required.',
    );
  });

  it('refuses 20 credits all in learning guidance (A5+A6+A7+A8)', () => {
    const result = check({ rules: tianchang, selected: ['A5', 'A6', 'A7', 'A8'] });
    expect(result.totalCredits).toBe(20);
    expect(result.dimensions).toEqual(['LEARNING_GUIDANCE']);
    expect(result.violations).toEqual([{ code: 'SINGLE_DIMENSION', dimension: 'LEARNING_GUIDANCE' }]);
    expect(describeViolation(result.violations[0]!)).toContain('LEARNING_GUIDANCE');
  });

  it('refuses a point outside the school range, naming it', () => {
    const result = check({ rules: tianchang, selected: ['A7', 'B3', 'B1', 'C7'], schoolRange: tianchangRange });
    expect(result.valid).toBe(false);
    expect(result.violations).toEqual([{ code: 'OUTSIDE_SCHOOL_RANGE', codes: ['C7'] }]);
    expect(describeViolation(result.violations[0]!)).toBe('Outside the range the school allows: C7.');
  });

  it('allows the whole catalogue when the school set no range', () => {
    expect(check({ rules: tianchang, selected: ['A7', 'B3', 'B1', 'C7'], schoolRange: null }).valid).toBe(true);
  });

  it('treats an empty range as allowing nothing', () => {
    const result = check({ rules: tianchang, selected: ['B1', 'B4', 'C4'], schoolRange: [] });
    expect(result.violations).toEqual([{ code: 'OUTSIDE_SCHOOL_RANGE', codes: ['B1', 'B4', 'C4'] }]);
  });
});

describe('Yiyuan: at least 3 points', () => {
  it('refuses two points', () => {
    const result = check({ rules: yiyuan, selected: ['A1', 'B2'] });
    expect(result.violations).toEqual([{ code: 'TOO_FEW_POINTS', actual: 2, required: 3 }]);
    expect(describeViolation(result.violations[0]!)).toBe('2 points selected; at least 3 are required.');
  });

  it('accepts three points in one dimension (no dimension rule)', () => {
    expect(check({ rules: yiyuan, selected: ['A5', 'A6', 'A7'] }).valid).toBe(true);
  });
});

describe('codes that are not plain selections', () => {
  it('reports unknown codes and leaves them out of the totals', () => {
    const result = check({ rules: yiyuan, selected: ['A1', 'Z9', 'B2', 'G4'] });
    expect(result.pointCount).toBe(2);
    expect(result.totalCredits).toBe(9);
    expect(result.violations).toEqual([
      { code: 'UNKNOWN_COMPETENCY', codes: ['Z9', 'G4'] },
      { code: 'TOO_FEW_POINTS', actual: 2, required: 3 },
    ]);
    expect(describeViolation(result.violations[0]!)).toBe("Not in the programme's catalogue: Z9, G4.");
  });

  it('reports duplicates and counts each point once', () => {
    const result = check({ rules: tianchang, selected: ['B1', 'B4', 'C4', 'B4'] });
    expect(result.totalCredits).toBe(20);
    expect(result.pointCount).toBe(3);
    expect(result.violations).toEqual([{ code: 'DUPLICATE_COMPETENCY', codes: ['B4'] }]);
  });

  it('reports an empty selection without the shortfalls', () => {
    const result = check({ rules: tianchang, selected: [] });
    expect(result).toEqual({
      valid: false,
      totalCredits: 0,
      pointCount: 0,
      dimensions: [],
      violations: [{ code: 'EMPTY_SELECTION' }],
    });
  });
});

describe('dimension rule AT_LEAST_N and maxPoints', () => {
  const rules = selectionRules({ minPoints: 3, maxPoints: 4, dimensionRule: { kind: 'AT_LEAST_N', n: 3 } });

  it('accepts three dimensions', () => {
    const result = check({ rules, selected: ['A1', 'A2', 'A5'] });
    expect(result.dimensions).toEqual(['LEARNING_ANALYSIS', 'INSTRUCTIONAL_DESIGN', 'LEARNING_GUIDANCE']);
    expect(result.valid).toBe(true);
  });

  it('refuses two dimensions', () => {
    const result = check({ rules, selected: ['A1', 'B1', 'A5'] });
    expect(result.violations).toEqual([{ code: 'TOO_FEW_DIMENSIONS', actual: 2, required: 3 }]);
    expect(describeViolation(result.violations[0]!)).toBe(
      'Selected points cover 2 dimensions; at least 3 are required.',
    );
  });

  it('refuses more than maxPoints', () => {
    const result = check({ rules, selected: ['A1', 'A2', 'A5', 'A11', 'B1'] });
    expect(result.violations).toEqual([{ code: 'TOO_MANY_POINTS', actual: 5, allowed: 4 }]);
    expect(describeViolation(result.violations[0]!)).toBe('5 points selected; at most 4 are allowed.');
  });

  it('reports every violation at once', () => {
    const result = check({
      rules: selectionRules({ minCredits: 20, maxPoints: 1, dimensionRule: { kind: 'AT_LEAST_N', n: 1 } }),
      selected: ['A1', 'A2'],
    });
    expect(result.violations.map((v) => v.code)).toEqual(['CREDITS_BELOW_MIN', 'TOO_MANY_POINTS']);
  });
});

describe('selection window (Jiangsu: 7 days after enrolment)', () => {
  const selected = ['A1', 'B2', 'C3'];

  it('computes the deadline from enrolment and selectionWindowDays', () => {
    expect(selectionWindowClosesAt(enrolledAt, jiangsu)).toEqual(closesAt);
    expect(selectionWindowClosesAt(enrolledAt, tianchang)).toBeNull();
  });

  it('lets a teacher select before the deadline', () => {
    const result = check({ rules: jiangsu, selected, windowClosesAt: closesAt, now: new Date('2021-05-17T01:59:59Z') });
    expect(result.valid).toBe(true);
  });

  it('refuses a teacher once the window has closed', () => {
    const result = check({ rules: jiangsu, selected, windowClosesAt: closesAt, now: closesAt });
    expect(result.violations).toEqual([{ code: 'WINDOW_CLOSED', closedAt: closesAt }]);
    expect(describeViolation(result.violations[0]!)).toBe('The selection window closed at 2021-05-17T02:00:00.000Z.');
  });

  it('lets the school admin select on behalf after the deadline when configured', () => {
    const result = check({
      rules: jiangsu,
      selected,
      windowClosesAt: closesAt,
      now: new Date('2021-05-20T00:00:00Z'),
      actor: 'ON_BEHALF',
    });
    expect(result.valid).toBe(true);
  });

  it('still applies the selection rules to an on-behalf selection', () => {
    const rules = selectionRules({ ...jiangsu, minPoints: 3 });
    const result = check({
      rules,
      selected: ['A1'],
      windowClosesAt: closesAt,
      now: new Date('2021-05-20T00:00:00Z'),
      actor: 'ON_BEHALF',
    });
    expect(result.violations).toEqual([{ code: 'TOO_FEW_POINTS', actual: 1, required: 3 }]);
  });

  it('refuses the school admin while the teacher can still choose', () => {
    const result = check({
      rules: jiangsu,
      selected,
      windowClosesAt: closesAt,
      now: new Date('2021-05-12T00:00:00Z'),
      actor: 'ON_BEHALF',
    });
    expect(result.violations).toEqual([{ code: 'WINDOW_STILL_OPEN', closesAt }]);
  });

  it('refuses the school admin when the programme does not allow it', () => {
    const rules = selectionRules({ selectionWindowDays: 7 });
    const result = check({
      rules,
      selected,
      windowClosesAt: closesAt,
      now: new Date('2021-05-20T00:00:00Z'),
      actor: 'ON_BEHALF',
    });
    expect(result.violations).toEqual([{ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'DISABLED' }]);
    expect(describeViolation(result.violations[0]!)).toMatch(/does not let the school admin/);
  });

  it('refuses the school admin when there is no deadline', () => {
    const result = check({ rules: jiangsu, selected, windowClosesAt: null, actor: 'ON_BEHALF' });
    expect(result.violations).toEqual([{ code: 'ON_BEHALF_NOT_ALLOWED', reason: 'NO_DEADLINE' }]);
  });

  it('never closes for a teacher when there is no window', () => {
    expect(check({ rules: tianchang, selected: ['B1', 'B4', 'C4'], now: new Date('2030-01-01T00:00:00Z') }).valid).toBe(
      true,
    );
  });
});

describe('school plan gate (Jiangsu: 90% of teachers selected)', () => {
  const rate = jiangsu.schoolPlanGateRate;

  it('is reached at 9 of 10', () => {
    expect(planGateReached({ selected: 9, total: 10 }, rate)).toEqual({ reached: true, rate: 0.9 });
  });

  it('is not reached at 8 of 10', () => {
    expect(planGateReached({ selected: 8, total: 10 }, rate)).toEqual({ reached: false, rate: 0.8 });
  });

  it('is not reached by a school with no teachers; rate is 0', () => {
    expect(planGateReached({ selected: 0, total: 0 }, rate)).toEqual({ reached: false, rate: 0 });
  });

  it('uses the configured rate exactly (data, not a constant)', () => {
    expect(planGateReached({ selected: 57, total: 100 }, 0.57).reached).toBe(true);
    expect(planGateReached({ selected: 56, total: 100 }, 0.57).reached).toBe(false);
    expect(planGateReached({ selected: 2, total: 3 }, 2 / 3).reached).toBe(true);
  });

  it('is always reached when no gate is configured', () => {
    expect(planGateReached({ selected: 1, total: 10 }, tianchang.schoolPlanGateRate)).toEqual({
      reached: true,
      rate: 0.1,
    });
  });

  it('rejects impossible counts', () => {
    expect(() => planGateReached({ selected: 11, total: 10 }, rate)).toThrow(RangeError);
  });
});
