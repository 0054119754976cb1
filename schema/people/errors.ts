import { InputValidationError } from '@pothos/plugin-validation';
import {
  type OrganisationKind,
  OrganisationKind as OrganisationKindValues,
  type Role,
  Role as RoleValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { FileTooLargeError, ImportFileError } from '../files/index.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from '../shared/index.js';
import { roleGrantMessage } from './messages.js';
import type { Level, RoleGrantProblem } from './role-rules.js';

const LEVEL = 'SCHOOL {school} DISTRICT {district} other {province}';
const LEVEL_ZH = 'SCHOOL {学校} DISTRICT {区县} other {省}';

defineErrorCodes({
  ROLE_NOT_GRANTABLE: {
    description:
      'The role cannot be granted (or revoked) here: sync clients are not granted through people management, the role is not held on ' +
      'this kind of organisation, or it is above the level the viewer administers the organisation at; see `problem`. Nothing was changed.',
    variants: {
      NOT_GRANTABLE: {
        en: '{role} is not granted here: sync clients are registered through the province’s or district’s system.',
        'zh-CN': '{role} 不能在此授予：同步客户端通过省或区县的系统登记。',
      },
      WRONG_ORGANISATION_KIND: {
        en: '{role} cannot be held on {kindEn}; it is held on {placesEn}.',
        'zh-CN': '{role} 不能授予在{kindZh}上，只能授予在{placesZh}上。',
      },
      ABOVE_GRANTOR_LEVEL: {
        en: `{role} is a {level, select, ${LEVEL}}-level role; on this organisation you may grant roles up to the {grantorLevel, select, ${LEVEL}} level.`,
        'zh-CN': `{role} 是{level, select, ${LEVEL_ZH}}级角色；您在此组织上只能授予{grantorLevel, select, ${LEVEL_ZH}}级及以下的角色。`,
      },
      NOT_GRANTOR: {
        en: 'Your roles do not let you grant or revoke roles on this organisation.',
        'zh-CN': '您的角色无权在此组织上授予或撤销角色。',
      },
    },
  },
});

export const RoleGrantProblemEnum = builder.enumType('RoleGrantProblem', {
  description: 'Why a role cannot be granted or revoked.',
  values: {
    NOT_GRANTABLE: { description: 'SYNC_CLIENT: sync clients are registered, not granted through people management.' },
    WRONG_ORGANISATION_KIND: {
      description:
        'The role is not held on this kind of organisation: TEACHER on a school, class or group; CLASS_TUTOR on a class; GROUP_LEADER on a group; ' +
        'SCHOOL_ADMIN on a school; EXPERT on a district or school; DISTRICT_ADMIN on a district; PROVINCE_ADMIN on a province.',
    },
    ABOVE_GRANTOR_LEVEL: {
      description:
        'The role is above the viewer’s level over the organisation: a school admin grants school-level roles (TEACHER, CLASS_TUTOR, GROUP_LEADER, ' +
        'SCHOOL_ADMIN), a district admin also EXPERT and DISTRICT_ADMIN, a province admin also PROVINCE_ADMIN.',
    },
  } satisfies Partial<Record<RoleGrantProblem, { description: string }>>,
});

/** A role the viewer may not grant or revoke on the organisation (the action itself is theirs). */
export class RoleNotGrantableError extends AppError {
  constructor(
    readonly problem: Exclude<RoleGrantProblem, 'NOT_GRANTOR'>,
    readonly role: Role,
    readonly organisationKind: OrganisationKind,
    grantorLevel: Level | null,
  ) {
    const { key, params } = roleGrantMessage(problem, role, organisationKind, grantorLevel);
    super('ROLE_NOT_GRANTABLE', key, params);
    this.name = 'RoleNotGrantableError';
  }
}

builder.objectType(RoleNotGrantableError, {
  name: 'RoleNotGrantableError',
  description: 'The role cannot be granted or revoked on this organisation by the viewer; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problem: t.field({ type: RoleGrantProblemEnum, description: 'Why.', resolve: (error) => error.problem }),
    role: t.field({ type: RoleValues, description: 'The role asked for.', resolve: (error) => error.role }),
    organisationKind: t.field({
      type: OrganisationKindValues,
      description: 'The kind of the organisation it was asked for on.',
      resolve: (error) => error.organisationKind,
    }),
  }),
});

/** What `createUser` can return besides its payload. */
export const createUserErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  ConflictError,
  InvalidStateError,
  RoleNotGrantableError,
];
/** What `updateUser` can return besides its payload. */
export const updateUserErrors = [InputValidationError, NotFoundError, ForbiddenActionError, ConflictError];
/** What `deactivateUser` and `reactivateUser` can return besides their payload. */
export const activationErrors = [NotFoundError, ForbiddenActionError, InvalidStateError];
/** What `grantRole` can return besides its payload. */
export const grantRoleErrors = [NotFoundError, ForbiddenActionError, InvalidStateError, RoleNotGrantableError];
/** What `revokeRole` can return besides its payload. */
export const revokeRoleErrors = [NotFoundError, ForbiddenActionError, RoleNotGrantableError];
/** What `importPeople` can return besides its payload (row problems are reported in the payload). */
export const importPeopleErrors = [
  InputValidationError,
  FileTooLargeError,
  ImportFileError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ConflictError,
];
