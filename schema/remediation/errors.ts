import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  ClosedError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import type { TargetProblem } from './rules.js';

defineErrorCodes({
  NOT_FAILED: {
    description:
      'Only a teacher who failed can be enrolled in a remedial round (补学): their score verdict is FAILED, or the programme’s study has ' +
      'ended and they do not qualify. See `standing`; nothing was changed.',
    variants: {
      QUALIFIED: {
        en: 'The teacher qualifies in this programme, so there is nothing to make up.',
        'zh-CN': '该教师在本项目中已考核合格，无需补学。',
      },
      IN_PROGRESS: {
        en: 'The teacher has not failed: the programme’s study has not ended and their score has not failed.',
        'zh-CN': '该教师尚未考核不合格：项目研修尚未结束，考核结果未判定为不合格。',
      },
    },
  },
  ALREADY_IN_REMEDIAL_ROUND: {
    description:
      'The failed enrolment already has an open remedial round: a round in the same programme (a second one there is refused; moving on ' +
      'to the next programme is allowed), or a round that moved the teacher to another programme (remediate that enrolment when it fails). ' +
      'See `round`; nothing was changed.',
    message: {
      en: 'The teacher is already in remedial round {round}{same, select, yes { of this programme} other { in a later programme}}.',
      'zh-CN': '该教师已在{same, select, yes {本项目} other {后续项目}}中进行第 {round} 轮补学。',
    },
  },
  REMEDIAL_TARGET_NOT_ELIGIBLE: {
    description:
      'The programme asked for cannot hold the round: it must be the same programme or a later programme of the same district, PUBLISHED ' +
      'or RUNNING, with a batch that admits the teacher’s school. See `problem`; nothing was changed.',
    variants: {
      NOT_OPEN: {
        en: 'A remedial round is studied only in a programme that is published or running.',
        'zh-CN': '补学只能在已发布或进行中的项目中进行。',
      },
      OTHER_DISTRICT: {
        en: 'The programme belongs to another district: a remedial round is studied in the same district.',
        'zh-CN': '该项目属于其他区县，补学须在本区县的项目中进行。',
      },
      NOT_LATER: {
        en: 'The programme does not start after the one the teacher failed: choose the same programme or a later one.',
        'zh-CN': '该项目并非在不合格项目之后开展，请选择本项目或后续项目。',
      },
      SCHOOL_NOT_ADMITTED: {
        en: 'No batch of the programme admits the teacher’s school.',
        'zh-CN': '该项目没有接纳该教师所在学校的批次。',
      },
    },
  },
  REMEDIAL_EXCLUDED: {
    description:
      'The teacher is in a remedial round (补学) and so not eligible for excellent awards (此类教师不参加评优); nothing was changed.',
    message: {
      en: 'The teacher is in a remedial round (round {round}) and is not eligible for excellent awards.',
      'zh-CN': '该教师正在进行第 {round} 轮补学，不参加评优。',
    },
  },
});

defineMessages({
  'INVALID_STATE.remedialSchoolDeactivated': {
    en: 'The teacher’s school is deactivated: it takes no new enrolments.',
    'zh-CN': '该教师所在学校已停用，不能再报名。',
  },
  'CONFLICT.remedialAlreadyEnrolled': {
    en: 'The teacher is already enrolled in that programme: choose the same programme, or remediate that enrolment when it fails.',
    'zh-CN': '该教师已报名该项目：请选择本项目补学，或待该报名考核不合格后再补学。',
  },
  'CONFLICT.remedialRoundMeanwhile': {
    en: 'Someone enrolled the teacher in a remedial round meanwhile; reload and check.',
    'zh-CN': '该教师刚刚已被安排补学，请刷新后查看。',
  },
  'VALIDATION.remedialReasonRequired': {
    en: 'Say why the teacher makes up the study (the measures agreed with the programme unit)',
    'zh-CN': '请填写补学原因（与项目单位协商的补学措施）',
  },
  'VALIDATION.remedialClassNextOnly': {
    en: 'A class is chosen only for a round in the next programme (a round in the same programme keeps the enrolment’s class)',
    'zh-CN': '仅在后续项目中补学时才能选择班级（在本项目补学沿用原班级）',
  },
  'VALIDATION.remedialReasonLength': {
    en: 'The reason may have at most {max} characters',
    'zh-CN': '补学原因最多 {max} 个字符',
  },
});

export const RemedialStanding = builder.enumType('RemedialStanding', {
  description: 'Why a teacher has not failed, so cannot be enrolled in a remedial round.',
  values: {
    QUALIFIED: { description: 'They qualify in the programme (合格).' },
    IN_PROGRESS: { description: 'The programme’s study has not ended and their score has not failed.' },
  } as const,
});

export const RemedialTargetProblem = builder.enumType('RemedialTargetProblem', {
  description: 'Why a programme cannot hold a remedial round.',
  values: {
    NOT_OPEN: { description: 'It is not PUBLISHED or RUNNING.' },
    OTHER_DISTRICT: { description: 'It belongs to another district.' },
    NOT_LATER: { description: 'It does not start after the programme the teacher failed (by its first batch day).' },
    SCHOOL_NOT_ADMITTED: { description: 'None of its batches admits the teacher’s school.' },
  } satisfies Record<TargetProblem, { description: string }>,
});

/** The teacher has not failed. */
export class NotFailedError extends AppError {
  constructor(readonly standing: 'QUALIFIED' | 'IN_PROGRESS') {
    super('NOT_FAILED', `NOT_FAILED.${standing}`);
    this.name = 'NotFailedError';
  }
}

builder.objectType(NotFailedError, {
  name: 'NotFailedError',
  interfaces: [ErrorInterface],
  description: 'Only a teacher who failed can be enrolled in a remedial round; nothing was changed.',
  fields: (t) => ({
    standing: t.field({
      type: RemedialStanding,
      description: 'QUALIFIED or IN_PROGRESS.',
      resolve: (error) => error.standing,
    }),
  }),
});

/** The failed enrolment already has an open round. */
export class AlreadyInRemedialRoundError extends AppError {
  constructor(
    readonly round: number,
    readonly sameProgramme: boolean,
  ) {
    super('ALREADY_IN_REMEDIAL_ROUND', 'ALREADY_IN_REMEDIAL_ROUND', { round, same: sameProgramme ? 'yes' : 'no' });
    this.name = 'AlreadyInRemedialRoundError';
  }
}

builder.objectType(AlreadyInRemedialRoundError, {
  name: 'AlreadyInRemedialRoundError',
  interfaces: [ErrorInterface],
  description: 'The failed enrolment already has an open remedial round; nothing was changed.',
  fields: (t) => ({
    round: t.exposeInt('round', { description: 'The open round’s number (1, 2, …).' }),
    sameProgramme: t.exposeBoolean('sameProgramme', {
      description: 'True when the open round is studied in the failed programme itself.',
    }),
  }),
});

/** The programme asked for cannot hold the round. */
export class RemedialTargetNotEligibleError extends AppError {
  constructor(readonly problem: TargetProblem) {
    super('REMEDIAL_TARGET_NOT_ELIGIBLE', `REMEDIAL_TARGET_NOT_ELIGIBLE.${problem}`);
    this.name = 'RemedialTargetNotEligibleError';
  }
}

builder.objectType(RemedialTargetNotEligibleError, {
  name: 'RemedialTargetNotEligibleError',
  interfaces: [ErrorInterface],
  description: 'The programme asked for cannot hold a remedial round; nothing was changed.',
  fields: (t) => ({
    problem: t.field({
      type: RemedialTargetProblem,
      description: 'Why not.',
      resolve: (error) => error.problem,
    }),
  }),
});

/** A teacher in a remedial round is not eligible for excellent awards (nominations, certificates). */
export class RemedialExcludedError extends AppError {
  constructor(readonly round: number) {
    super('REMEDIAL_EXCLUDED', 'REMEDIAL_EXCLUDED', { round });
    this.name = 'RemedialExcludedError';
  }
}

builder.objectType(RemedialExcludedError, {
  name: 'RemedialExcludedError',
  interfaces: [ErrorInterface],
  description: 'The teacher is in a remedial round (补学) and not eligible for excellent awards; nothing was changed.',
  fields: (t) => ({
    round: t.exposeInt('round', { description: 'Their latest remedial round (1, 2, …).' }),
  }),
});

/** What enrolling in a remedial round can return besides the round. */
export const enrolInRemedialRoundErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
  ClosedError,
  NotFailedError,
  AlreadyInRemedialRoundError,
  RemedialTargetNotEligibleError,
];
