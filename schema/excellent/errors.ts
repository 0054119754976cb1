import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import { NominationStatus } from './nomination.js';
import type { NominationStatusValue } from './rules.js';

defineErrorCodes({
  EXCELLENT_QUOTA_FULL: {
    description:
      'The class’s excellent-trainee places are all taken: `nominated` nominations (NOMINATED or CONFIRMED) hold the `quota` places ' +
      '(`rules.scoring.excellentQuotaRate` × the class’s enrolled teachers, rounded down). Nothing was stored.',
    message: {
      en: 'The class has {quota, plural, =0 {no excellent-trainee place} one {# excellent-trainee place} other {# excellent-trainee places}} and {nominated} {nominated, plural, one {is} other {are}} taken.',
      'zh-CN': '本班优秀学员名额为 {quota} 名，已提名 {nominated} 名，名额已满。',
    },
  },
  NOT_PASSED: {
    description:
      'Only a teacher whose score verdict is PASSED may be nominated an excellent trainee; see `verdict` (null when the teacher has no score).',
    message: {
      en: 'Only a teacher who has passed may be nominated (the verdict is {verdict, select, IN_PROGRESS {in progress} FAILED {failed} other {not available}}).',
      'zh-CN':
        '只有考核合格的教师才能被推荐为优秀学员（当前结果：{verdict, select, IN_PROGRESS {进行中} FAILED {不合格} other {暂无}}）。',
    },
  },
  ALREADY_NOMINATED: {
    description:
      'The teacher already holds a nomination in the programme that is NOMINATED or CONFIRMED; see `status`. (A WITHDRAWN one may be renewed.)',
    message: {
      en: 'The teacher is already {status, select, CONFIRMED {a confirmed excellent trainee} other {nominated}}.',
      'zh-CN': '该教师{status, select, CONFIRMED {已被确认为优秀学员} other {已被推荐}}。',
    },
  },
});

defineMessages({
  'INVALID_STATE.excellentNoScoring': {
    en: 'The programme does not score its teachers, so it has no excellent trainees.',
    'zh-CN': '本项目未设置考核方案，不评选优秀学员。',
  },
  'INVALID_STATE.excellentNoClass': {
    en: 'The teacher is in no class: excellent trainees are nominated by their class’s tutor.',
    'zh-CN': '该教师未分班，优秀学员由所在班级的辅导者推荐。',
  },
  'INVALID_STATE.nominationNotPending': {
    en: 'The nomination is {status, select, CONFIRMED {already confirmed} WITHDRAWN {withdrawn} other {{status}}}: only a nomination awaiting the district can change.',
    'zh-CN':
      '该推荐{status, select, CONFIRMED {已确认} WITHDRAWN {已撤回} other {{status}}}，只有待区县确认的推荐才能更改。',
  },
});

/** The class's places are all taken. */
export class ExcellentQuotaFullError extends AppError {
  constructor(
    readonly quota: number,
    readonly nominated: number,
  ) {
    super('EXCELLENT_QUOTA_FULL', 'EXCELLENT_QUOTA_FULL', { quota, nominated });
    this.name = 'ExcellentQuotaFullError';
  }
}

builder.objectType(ExcellentQuotaFullError, {
  name: 'ExcellentQuotaFullError',
  interfaces: [ErrorInterface],
  description: 'The class’s excellent-trainee places are all taken.',
  fields: (t) => ({
    quota: t.exposeInt('quota', { description: 'Places of the class: quota rate × enrolled teachers, rounded down.' }),
    nominated: t.exposeInt('nominated', { description: 'Nominations taking a place (NOMINATED or CONFIRMED).' }),
  }),
});

/** The teacher has not passed. */
export class NotPassedError extends AppError {
  constructor(readonly verdict: string | null) {
    super('NOT_PASSED', 'NOT_PASSED', { verdict: verdict ?? 'NONE' });
    this.name = 'NotPassedError';
  }
}

builder.objectType(NotPassedError, {
  name: 'NotPassedError',
  interfaces: [ErrorInterface],
  description: 'Only a teacher who has passed may be nominated.',
  fields: (t) => ({
    verdict: t.exposeString('verdict', {
      nullable: true,
      description: 'The teacher’s score verdict: IN_PROGRESS or FAILED; null when they have no score.',
    }),
  }),
});

/** The teacher already holds a live nomination. */
export class AlreadyNominatedError extends AppError {
  constructor(readonly status: NominationStatusValue) {
    super('ALREADY_NOMINATED', 'ALREADY_NOMINATED', { status });
    this.name = 'AlreadyNominatedError';
  }
}

builder.objectType(AlreadyNominatedError, {
  name: 'AlreadyNominatedError',
  interfaces: [ErrorInterface],
  description: 'The teacher already holds a NOMINATED or CONFIRMED nomination.',
  fields: (t) => ({
    status: t.expose('status', { type: NominationStatus, description: 'NOMINATED or CONFIRMED.' }),
  }),
});

/** What nominating can return besides the nomination. */
export const nominateErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ExcellentQuotaFullError,
  NotPassedError,
  AlreadyNominatedError,
];
/** What withdrawing or deciding a nomination can return besides the nomination. */
export const decideErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
