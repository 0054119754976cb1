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
import type { HoursProblem } from './rules.js';

defineErrorCodes({
  GROUP_ACTIVITY_HOURS: {
    description:
      'The hours of a group activity cannot be set as asked: the online kinds take the programme’s hours (give none), an OFFLINE activity ' +
      'needs 0 < hours ≤ the programme’s offlineMaxHours, at most one decimal place. See `problem`; nothing was changed.',
    variants: {
      FIXED_BY_PROGRAMME: {
        en: 'Activities of this kind earn {fixedHours} hours, as the programme sets; do not give hours.',
        'zh-CN': '此类活动的学时由项目统一规定为 {fixedHours} 学时，请勿自行填写。',
      },
      MISSING: {
        en: 'An offline activity needs its hours (set by the group leader).',
        'zh-CN': '线下活动须由教研组长填写学时。',
      },
      OUT_OF_RANGE: {
        en: 'An offline activity earns more than 0 and at most {maxHours} hours, with at most one decimal place.',
        'zh-CN': '线下活动学时须大于 0 且不超过 {maxHours} 学时，最多保留一位小数。',
      },
    },
  },
  NOT_GROUP_MEMBER: {
    description:
      'Some people named as participants are not members of the activity’s group enrolled in its programme through the group’s school; ' +
      'see `userIds`. Nothing was changed.',
    message: {
      en: '{count, plural, one {# person is} other {# people are}} not members of this group enrolled in the programme.',
      'zh-CN': '有 {count} 人不是本教研组中报名本项目的成员。',
    },
  },
});

defineMessages({
  'INVALID_STATE.groupActivityCompleted': {
    en: 'The activity is already completed: its hours are recorded and it can no longer change.',
    'zh-CN': '该活动已完成，学时已记录，不能再修改。',
  },
  'INVALID_STATE.groupActivityCancelled': {
    en: 'The activity was cancelled.',
    'zh-CN': '该活动已取消。',
  },
  'INVALID_STATE.groupActivityGroupDeactivated': {
    en: 'The group is deactivated: it publishes no more activities.',
    'zh-CN': '该教研组已停用，不能再发布活动。',
  },
  'INVALID_STATE.groupActivityProgrammeNotRunning': {
    en: 'The programme is not running: group activities are published and completed while it runs.',
    'zh-CN': '项目未在实施中：只能在项目实施期间发布和完成校本研修活动。',
  },
  'INVALID_STATE.groupActivityNoParticipants': {
    en: 'Nobody would earn the hours: no member of the group is enrolled in the programme.',
    'zh-CN': '没有可获得学时的成员：本教研组没有成员报名本项目。',
  },
  'VALIDATION.groupActivityOfflineOnly': {
    en: '{field} is for offline activities only',
    'zh-CN': '{field}仅适用于线下活动',
  },
  'VALIDATION.groupActivityNeedsParticipants': {
    en: 'an offline activity names its participants',
    'zh-CN': '线下活动须指定参加人员',
  },
  'VALIDATION.groupActivityEndsBeforeStarts': {
    en: 'endsAt must be after startsAt',
    'zh-CN': '结束时间须晚于开始时间',
  },
  'VALIDATION.groupActivityNotNamedParticipant': {
    en: 'only the activity’s named participants can complete an offline activity',
    'zh-CN': '线下活动只能由指定的参加人员完成',
  },
});

/** The hours of a group activity cannot be set as asked. */
export class GroupActivityHoursError extends AppError {
  readonly problem: HoursProblem['problem'];
  readonly fixedHours: number | null;
  readonly maxHours: number | null;
  constructor(problem: HoursProblem) {
    const fixedHours = problem.problem === 'FIXED_BY_PROGRAMME' ? problem.fixedHours : null;
    const maxHours = problem.problem === 'OUT_OF_RANGE' ? problem.maxHours : null;
    super('GROUP_ACTIVITY_HOURS', `GROUP_ACTIVITY_HOURS.${problem.problem}`, {
      fixedHours: fixedHours ?? 0,
      maxHours: maxHours ?? 0,
    });
    this.problem = problem.problem;
    this.fixedHours = fixedHours;
    this.maxHours = maxHours;
    this.name = 'GroupActivityHoursError';
  }
}

const HoursProblemEnum = builder.enumType('GroupActivityHoursProblem', {
  description: 'Why the hours of a group activity cannot be set as asked.',
  values: {
    FIXED_BY_PROGRAMME: { description: 'The kind earns the programme’s fixed hours (`fixedHours`): give none.' },
    MISSING: { description: 'An OFFLINE activity needs its hours.' },
    OUT_OF_RANGE: {
      description: 'OFFLINE hours must be above 0 and at most `maxHours`, with at most one decimal place.',
    },
  } satisfies Record<HoursProblem['problem'], { description: string }>,
});

builder.objectType(GroupActivityHoursError, {
  name: 'GroupActivityHoursError',
  description: 'The hours of a group activity cannot be set as asked; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problem: t.field({ type: HoursProblemEnum, description: 'What is wrong.', resolve: (error) => error.problem }),
    fixedHours: t.float({
      nullable: true,
      description: 'FIXED_BY_PROGRAMME: the hours the programme sets for the kind.',
      resolve: (error) => error.fixedHours,
    }),
    maxHours: t.float({
      nullable: true,
      description: 'OUT_OF_RANGE: the most hours an OFFLINE activity may earn (the programme’s offlineMaxHours).',
      resolve: (error) => error.maxHours,
    }),
  }),
});

/** People named as participants who are not members of the group enrolled in the programme. */
export class NotGroupMemberError extends AppError {
  constructor(readonly userIds: readonly string[]) {
    super('NOT_GROUP_MEMBER', 'NOT_GROUP_MEMBER', { count: userIds.length });
    this.name = 'NotGroupMemberError';
  }
}

builder.objectType(NotGroupMemberError, {
  name: 'NotGroupMemberError',
  description:
    'Some people named are not members (TEACHER on the group) of the activity’s group enrolled in its programme through the group’s school; ' +
    'nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    userIds: t.idList({
      description: 'Global IDs (User) of the people refused, as given.',
      resolve: (error) => [...error.userIds],
    }),
  }),
});

/** What `publishGroupActivity` can return besides its payload. */
export const publishGroupActivityErrors = [
  InputValidationError,
  GroupActivityHoursError,
  NotGroupMemberError,
  FileTooLargeError,
  FileTypeNotAllowedError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
];

/** What `addGroupActivityEvidence` can return besides its payload. */
export const addEvidenceErrors = [
  InputValidationError,
  FileTooLargeError,
  FileTypeNotAllowedError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
];

/** What `completeGroupActivity` can return besides its payload. */
export const completeGroupActivityErrors = [
  InputValidationError,
  NotGroupMemberError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
];

/** What `cancelGroupActivity` can return besides its payload. */
export const cancelGroupActivityErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
