/**
 * GraphQL shapes of the programme rules in rules.ts: output types mirroring the parsed rules, and
 * the input objects a district admin writes them with. The zod schema in rules.ts stays the one
 * source of truth for what is valid; `rulesFromInput` only turns GraphQL input into its JSON.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import {
  CURRENT_RULES_VERSION,
  type DimensionRule as DimensionRuleValue,
  type EnrolmentRules as EnrolmentRulesValue,
  type ProgrammeRules as ProgrammeRulesValue,
  programmeRulesSchema,
  type SelectionRules as SelectionRulesValue,
} from './rules.js';

export const DimensionRuleKind = builder.enumType('DimensionRuleKind', {
  description: 'How the dimensions of the selected points must be spread.',
  values: {
    NONE: { description: 'No requirement (Yiyuan, Guangdong).' },
    NOT_ALL_SAME: { description: 'Not all points in one dimension (原则上不在同一维度, Tianchang).' },
    AT_LEAST_N: { description: 'At least `n` distinct dimensions.' },
  } as const,
});

export const DimensionRule = builder.objectRef<DimensionRuleValue>('DimensionRule').implement({
  description: 'How the dimensions (学情分析, 教学设计, 学法指导, 学业评价) of the selected points must be spread.',
  fields: (t) => ({
    kind: t.field({ type: DimensionRuleKind, resolve: (rule) => rule.kind }),
    n: t.int({
      nullable: true,
      description: 'For AT_LEAST_N: the least number of distinct dimensions (1 or more); null otherwise.',
      resolve: (rule) => (rule.kind === 'AT_LEAST_N' ? rule.n : null),
    }),
  }),
});

export const SelectionRules = builder.objectRef<SelectionRulesValue>('SelectionRules').implement({
  description: 'Selection (选学) rules. A null number means "no such requirement".',
  fields: (t) => ({
    minCredits: t.int({
      nullable: true,
      description: 'Least total credits (学分) of the selected points; 0 or more.',
      resolve: (s) => s.minCredits ?? null,
    }),
    minPoints: t.int({
      nullable: true,
      description: 'Least number of selected points; 1 or more.',
      resolve: (s) => s.minPoints ?? null,
    }),
    maxPoints: t.int({
      nullable: true,
      description: 'Most selected points; 1 or more, and at least `minPoints`.',
      resolve: (s) => s.maxPoints ?? null,
    }),
    dimensionRule: t.field({ type: DimensionRule, resolve: (s) => s.dimensionRule }),
    selectionWindowDays: t.int({
      nullable: true,
      description:
        'Days a teacher has to select (Jiangsu: 7), counted from enrolment or the batch’s selectionOpensAt, whichever is later, ' +
        'and capped by the batch’s selectionClosesAt; null: the batch’s selectionClosesAt alone ends the window (no window when it has none).',
      resolve: (s) => s.selectionWindowDays ?? null,
    }),
    adminSelectsAfterDeadline: t.exposeBoolean('adminSelectsAfterDeadline', {
      description: 'After the window closes, the school admin selects for teachers who have not.',
    }),
    schoolPlanGateRate: t.float({
      nullable: true,
      description:
        'Share (0 < rate ≤ 1, e.g. 0.9 for 90%) of a school’s enrolled teachers who must have selected before it uploads its plan; null for no gate.',
      resolve: (s) => s.schoolPlanGateRate ?? null,
    }),
    requireSchoolReview: t.exposeBoolean('requireSchoolReview', {
      description: 'The school reviews (approves or returns) each selection.',
    }),
  }),
});

export const EnrolmentRules = builder.objectRef<EnrolmentRulesValue>('EnrolmentRules').implement({
  description: 'Enrolment rules.',
  fields: (t) => ({
    classPerSchool: t.exposeBoolean('classPerSchool', {
      description: 'Each school’s enrolled teachers form one class (以学校为单位组建班级).',
    }),
  }),
});

export const ProgrammeRules = builder.objectRef<ProgrammeRulesValue>('ProgrammeRules').implement({
  description:
    'A programme’s rules: versioned configuration, validated on save. Later versions add sections (hours, scoring).',
  fields: (t) => ({
    version: t.int({ description: 'Version of the rules format (currently 1).', resolve: (rules) => rules.version }),
    enrolment: t.field({ type: EnrolmentRules, resolve: (rules) => rules.enrolment }),
    selection: t.field({ type: SelectionRules, resolve: (rules) => rules.selection }),
  }),
});

export const DimensionRuleInput = builder.inputType('DimensionRuleInput', {
  description: 'How the dimensions of the selected points must be spread.',
  fields: (t) => ({
    kind: t.field({ type: DimensionRuleKind, required: true }),
    n: t.int({
      required: false,
      description: 'Only with AT_LEAST_N: the least number of distinct dimensions (1 or more, at most maxPoints).',
    }),
  }),
});

export const SelectionRulesInput = builder.inputType('SelectionRulesInput', {
  description: 'Selection rules; omitted numbers mean "no such requirement", omitted flags false.',
  fields: (t) => ({
    minCredits: t.int({ required: false, description: 'Least total credits; 0 or more.' }),
    minPoints: t.int({ required: false, description: 'Least number of points; 1 or more.' }),
    maxPoints: t.int({ required: false, description: 'Most points; 1 or more, at least minPoints.' }),
    dimensionRule: t.field({ type: DimensionRuleInput, required: false, description: 'Default: NONE.' }),
    selectionWindowDays: t.int({
      required: false,
      description:
        'Days a teacher has to select, from enrolment or the batch’s selectionOpensAt (the later), capped by its selectionClosesAt; 1 or more. ' +
        'Changing it (only while DRAFT) recomputes the enrolled teachers’ deadlines, except those extended one by one.',
    }),
    adminSelectsAfterDeadline: t.boolean({ required: false, description: 'Default false.' }),
    schoolPlanGateRate: t.float({ required: false, description: 'Share greater than 0 and at most 1 (0.9 = 90%).' }),
    requireSchoolReview: t.boolean({ required: false, description: 'Default false.' }),
  }),
});

export const EnrolmentRulesInput = builder.inputType('EnrolmentRulesInput', {
  description: 'Enrolment rules; omitted flags take their defaults.',
  fields: (t) => ({
    classPerSchool: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

export const ProgrammeRulesInput = builder.inputType('ProgrammeRulesInput', {
  description: 'A programme’s rules, saved as the current rules version.',
  fields: (t) => ({
    enrolment: t.field({ type: EnrolmentRulesInput, required: false, description: 'Default: one class per school.' }),
    selection: t.field({ type: SelectionRulesInput, required: true }),
  }),
});

/** Drops null and undefined members (GraphQL's "not given") so zod defaults and optionals apply. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== null && member !== undefined)
      .map(([key, member]) => [key, withoutNulls(member)]),
  );
}

/** Validates rules given as GraphQL input and yields the JSON to store (current version). */
export const rulesInputSchema = z.preprocess(
  (input) => ({ version: CURRENT_RULES_VERSION, ...(withoutNulls(input) as object) }),
  programmeRulesSchema,
);
