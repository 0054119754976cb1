import { builder } from '../builder.js';
import { ErrorInterface } from '../shared/index.js';
import { SelectionRejectedError } from './errors.js';
import { describeViolation } from './messages.js';
import type { SelectionResult, Violation, ViolationCode } from './rules.js';

const VIOLATION_CODES = {
  EMPTY_SELECTION: { description: 'No competency is selected.' },
  DUPLICATE_COMPETENCY: { description: 'A competency is selected more than once (`competencyCodes`); it counts once.' },
  UNKNOWN_COMPETENCY: {
    description:
      'A competency is not in the programme’s catalogue (`competencyCodes`: the codes, or the IDs given when unknown).',
  },
  OUTSIDE_SCHOOL_RANGE: { description: 'A competency is outside the range the school allows (`competencyCodes`).' },
  CREDITS_BELOW_MIN: {
    description: 'The selection totals `actual` credits; the programme requires at least `required`.',
  },
  TOO_FEW_POINTS: { description: '`actual` points are selected; the programme requires at least `required`.' },
  TOO_MANY_POINTS: { description: '`actual` points are selected; the programme allows at most `allowed`.' },
  SINGLE_DIMENSION: {
    description: 'Every selected point is in one dimension (`dimension`); the programme wants more than one.',
  },
  TOO_FEW_DIMENSIONS: {
    description: 'The points cover `actual` dimensions; the programme requires at least `required`.',
  },
  WINDOW_CLOSED: { description: 'The teacher’s selection window closed at `closedAt`.' },
  WINDOW_STILL_OPEN: {
    description:
      'The teacher may still select until `closesAt`; the school admin may select on their behalf only after it.',
  },
  ON_BEHALF_NOT_ALLOWED: {
    description: 'The programme does not let the school admin select on a teacher’s behalf (`reason`).',
  },
} as const satisfies Record<ViolationCode, { description: string }>;

export const SelectionViolationCode = builder.enumType('SelectionViolationCode', {
  description: 'Which selection rule a selection breaks.',
  values: VIOLATION_CODES,
});

export const OnBehalfRefusal = builder.enumType('OnBehalfRefusal', {
  description: 'Why the school admin may not select on a teacher’s behalf.',
  values: {
    DISABLED: { description: 'The programme does not allow it (adminSelectsAfterDeadline is off).' },
    NO_DEADLINE: { description: 'The teacher has no selection deadline to pass.' },
  },
});

const pick = <K extends string>(v: Violation, key: K): unknown => (key in v ? (v as Record<K, unknown>)[key] : null);

export const SelectionViolation = builder.objectRef<Violation>('SelectionViolation').implement({
  description:
    'One rule a selection breaks, with the numbers involved. Fields that do not apply to the code are null (lists empty).',
  fields: (t) => ({
    code: t.field({
      type: SelectionViolationCode,
      description: 'Which rule is broken, for programs.',
      resolve: (v) => v.code,
    }),
    message: t.string({
      description:
        'What is wrong, for people, in the request’s language (Accept-Language: zh-CN or en), with the numbers ' +
        'and, for SINGLE_DIMENSION, the dimension’s name.',
      resolve: (v, _args, context) => describeViolation(v, context.locale),
    }),
    actual: t.int({
      nullable: true,
      description:
        'The selection’s value: credits (CREDITS_BELOW_MIN), points (TOO_FEW_POINTS, TOO_MANY_POINTS) or dimensions (TOO_FEW_DIMENSIONS).',
      resolve: (v) => pick(v, 'actual') as number | null,
    }),
    required: t.int({
      nullable: true,
      description: 'The programme’s minimum in the same unit as `actual` (credits, points or dimensions).',
      resolve: (v) => pick(v, 'required') as number | null,
    }),
    allowed: t.int({
      nullable: true,
      description: 'The programme’s maximum number of points (TOO_MANY_POINTS).',
      resolve: (v) => pick(v, 'allowed') as number | null,
    }),
    competencyCodes: t.stringList({
      description:
        'The competencies concerned (DUPLICATE_COMPETENCY, UNKNOWN_COMPETENCY, OUTSIDE_SCHOOL_RANGE), in selection order; empty otherwise.',
      resolve: (v) => (pick(v, 'codes') as string[] | null) ?? [],
    }),
    dimension: t.string({
      nullable: true,
      description: 'Code of the single dimension (SINGLE_DIMENSION).',
      resolve: (v) => pick(v, 'dimension') as string | null,
    }),
    closedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the window closed (WINDOW_CLOSED).',
      resolve: (v) => pick(v, 'closedAt') as Date | null,
    }),
    closesAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the window closes (WINDOW_STILL_OPEN).',
      resolve: (v) => pick(v, 'closesAt') as Date | null,
    }),
    reason: t.field({
      type: OnBehalfRefusal,
      nullable: true,
      description: 'Why (ON_BEHALF_NOT_ALLOWED).',
      resolve: (v) => pick(v, 'reason') as 'DISABLED' | 'NO_DEADLINE' | null,
    }),
  }),
});

export const SelectionCheck = builder.objectRef<SelectionResult>('SelectionCheck').implement({
  description: 'A selection checked against its programme’s rules, the school’s range and the selection window.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid', { description: 'True when there are no violations.' }),
    totalCredits: t.exposeInt('totalCredits', {
      description: 'Credits (学分) of the distinct, known selected points.',
    }),
    pointCount: t.exposeInt('pointCount', { description: 'Number of distinct, known selected points.' }),
    dimensions: t.exposeStringList('dimensions', {
      description: 'Codes of the dimensions the points cover, in order of first selection.',
    }),
    violations: t.field({
      type: [SelectionViolation],
      description: 'Every rule broken; empty when valid.',
      resolve: (check) => check.violations,
    }),
  }),
});

builder.objectType(SelectionRejectedError, {
  name: 'SelectionRejectedError',
  description: 'The selection breaks the programme’s rules (code RULE_VIOLATION); nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    violations: t.field({
      type: [SelectionViolation],
      description: 'Every rule broken.',
      resolve: (error) => error.violations,
    }),
    check: t.field({
      type: SelectionCheck,
      description: 'The whole check, with the totals.',
      resolve: (error) => error.check,
    }),
  }),
});
