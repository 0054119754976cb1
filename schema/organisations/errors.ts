import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import type { SchoolBlock } from './rules.js';

defineErrorCodes({
  SCHOOL_IN_PROGRAMME: {
    description:
      'The school takes part in programmes that forbid the change: deactivation waits until no teacher of it is enrolled ' +
      'in a RUNNING programme, a move until it is in no programme that is not CLOSED. See `programmes` and `enrolments`. ' +
      'Nothing was changed.',
    variants: {
      deactivate: {
        en: '{schoolName} cannot be deactivated: {enrolments} of its teachers are enrolled in running programmes ({programmes}).',
        'zh-CN': '{schoolName}有 {enrolments} 名教师正在参加进行中的项目（{programmes}），不能停用。',
      },
      move: {
        en: '{schoolName} cannot move to another district while it takes part in programmes that are not closed ({programmes}).',
        'zh-CN': '{schoolName}仍在参加未结项的项目（{programmes}），不能调整到其他区县。',
      },
    },
  },
});

/** The organisation module's wordings of the shared CONFLICT, INVALID_STATE and VALIDATION keys. */
defineMessages({
  'CONFLICT.organisationCode': {
    en: 'The code "{code}" is taken by another organisation.',
    'zh-CN': '编码“{code}”已被其他组织使用。',
  },
  'CONFLICT.organisationName': {
    en: '{parentName} already has a {kind, select, CITY {city} DISTRICT {district} other {school}} named "{name}".',
    'zh-CN': '{parentName}已有名为“{name}”的{kind, select, CITY {市} DISTRICT {区县} other {学校}}。',
  },
  'INVALID_STATE.organisationDeactivated': {
    en: '{name} is deactivated; reactivate it first.',
    'zh-CN': '{name}已停用，请先重新启用。',
  },
  'VALIDATION.parentKind': {
    en: '{field} must be {kinds, select, PROVINCE {a province} DISTRICT {a district} other {a province or one of its cities}}',
    'zh-CN': '{field}必须是{kinds, select, PROVINCE {省} DISTRICT {区县} other {省或其下的市}}',
  },
});

/** A school takes part in programmes that forbid deactivating or moving it. */
export class SchoolInProgrammeError extends AppError {
  readonly programmes: string[];
  readonly enrolments: number;
  constructor(change: 'deactivate' | 'move', schoolName: string, block: SchoolBlock) {
    super('SCHOOL_IN_PROGRAMME', `SCHOOL_IN_PROGRAMME.${change}`, {
      schoolName,
      enrolments: block.enrolments,
      programmes: block.programmes.join(', '),
    });
    this.name = 'SchoolInProgrammeError';
    this.programmes = block.programmes;
    this.enrolments = block.enrolments;
  }
}

builder.objectType(SchoolInProgrammeError, {
  name: 'SchoolInProgrammeError',
  description: 'The school takes part in programmes that forbid the change; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    programmes: t.exposeStringList('programmes', { description: 'Codes of the programmes holding the school.' }),
    enrolments: t.exposeInt('enrolments', {
      description: 'Teachers of the school enrolled in those programmes (may be 0 when it is only in a batch).',
    }),
  }),
});

/** What creating or changing an organisation's details can return besides its payload. */
export const writeOrganisationErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  ConflictError,
  InvalidStateError,
];
/** What deactivating a school can return besides its payload. */
export const deactivateSchoolErrors = [NotFoundError, ForbiddenActionError, SchoolInProgrammeError];
/** What reactivating an organisation can return besides its payload. */
export const reactivateErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
/** What moving a school can return besides its payload. */
export const moveSchoolErrors = [NotFoundError, ForbiddenActionError, SchoolInProgrammeError, InvalidStateError];
