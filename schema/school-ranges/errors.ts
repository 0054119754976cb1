import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../files/index.js';
import {
  AppError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  UNKNOWN_COMPETENCY: {
    description: 'A competency is not in the programme’s catalogue; see `competencyIds`. Nothing was changed.',
    message: {
      en: 'Not competencies of the programme’s catalogue: {competencyIds}.',
      'zh-CN': '以下 ID 不是本项目目录中的能力点：{competencyIds}。',
    },
  },
  GATE_NOT_REACHED: {
    description:
      'Too few of the school’s teachers have selected yet for this step (the programme’s plan gate); see the counts.',
    message: {
      en: '{selected} of {enrolled} teachers ({ratePercent}%) have selected; the plan can be uploaded at {gatePercent}%.',
      'zh-CN':
        '已报名的 {enrolled} 名教师中有 {selected} 名（{ratePercent}%）完成了选学；达到 {gatePercent}% 后才能上传规划。',
    },
  },
});

/** The school-ranges module's wordings of the shared INVALID_STATE code. */
defineMessages({
  'INVALID_STATE.schoolProgrammeClosed': {
    en: 'The programme is CLOSED: its school ranges and plans can no longer change.',
    'zh-CN': '项目已结项（CLOSED），学校的选学范围和规划不能再修改。',
  },
});

/** Competencies that are not in the programme's catalogue (or IDs of anything else); nothing changed. */
export class UnknownCompetenciesError extends AppError {
  constructor(readonly competencyIds: readonly string[]) {
    super('UNKNOWN_COMPETENCY', 'UNKNOWN_COMPETENCY', { competencyIds: competencyIds.join(', ') });
    this.name = 'UnknownCompetenciesError';
  }
}

/** A share (0 to 1) as a percentage rounded to one decimal: 0.8 → 80, 0.6667 → 66.7. */
const percent = (share: number) => Math.round(share * 1000) / 10;

/** The school's selected share is below the programme's plan gate. */
export class GateNotReachedError extends AppError {
  constructor(
    readonly selected: number,
    readonly enrolled: number,
    readonly rate: number,
    readonly gateRate: number,
  ) {
    super('GATE_NOT_REACHED', 'GATE_NOT_REACHED', {
      selected,
      enrolled,
      ratePercent: percent(rate),
      gatePercent: percent(gateRate),
    });
    this.name = 'GateNotReachedError';
  }
}

builder.objectType(UnknownCompetenciesError, {
  name: 'UnknownCompetenciesError',
  description: 'Some competencies are not in the programme’s catalogue; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    competencyIds: t.idList({
      description: 'The IDs given that are not competencies of the programme’s catalogue, in input order.',
      resolve: (error) => [...error.competencyIds],
    }),
  }),
});

builder.objectType(GateNotReachedError, {
  name: 'GateNotReachedError',
  description: 'Too few of the school’s enrolled teachers have a submitted or approved selection for this step yet.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    selected: t.exposeInt('selected', { description: 'Enrolled teachers whose selection is submitted or approved.' }),
    enrolled: t.exposeInt('enrolled', { description: 'Teachers enrolled in the programme at the school.' }),
    rate: t.exposeFloat('rate', { description: 'selected / enrolled, from 0 to 1 (0 when nobody is enrolled).' }),
    gateRate: t.exposeFloat('gateRate', {
      description: 'The share the programme requires (its rules’ selection.schoolPlanGateRate), from 0 to 1.',
    }),
  }),
});

/** What setting a school's range can return besides the range. */
export const setSchoolRangeErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  UnknownCompetenciesError,
];
/** What uploading a school's plan can return besides the plan. */
export const uploadSchoolPlanErrors = [
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  GateNotReachedError,
  FileTooLargeError,
  FileTypeNotAllowedError,
];
