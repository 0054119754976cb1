import { OrganisationKind as OrganisationKindValues, Role as RoleValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';

export const OrganisationKind = builder.enumType(OrganisationKindValues, {
  name: 'OrganisationKind',
  description: 'The level of an organisation in the tree.',
});

export const Role = builder.enumType(RoleValues, {
  name: 'Role',
  description:
    'A role a person holds on one organisation: PROVINCE_ADMIN (省级管理员), TEACHER (参训教师), CLASS_TUTOR (班级辅导者), GROUP_LEADER (教研组组长), ' +
    'SCHOOL_ADMIN (学校管理员), DISTRICT_ADMIN (区县项目办), EXPERT (辅导/考核专家), SYNC_CLIENT (provincial system).',
});
