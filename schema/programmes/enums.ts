import {
  PhaseKind as PhaseKindValues,
  ProgrammeStatus as ProgrammeStatusValues,
  SchoolStage as SchoolStageValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';

export const ProgrammeStatus = builder.enumType(ProgrammeStatusValues, {
  name: 'ProgrammeStatus',
  description:
    'Life cycle of a programme: DRAFT → PUBLISHED → RUNNING → CLOSED. Rules and catalogue change only while DRAFT; nothing changes once CLOSED.',
});

export const PhaseKind = builder.enumType(PhaseKindValues, {
  name: 'PhaseKind',
  description: 'A phase of a programme: PREPARATION (准备), IMPLEMENTATION (实施), SUMMARY (总结), FOLLOW_UP (跟进).',
});

export const SchoolStage = builder.enumType(SchoolStageValues, {
  name: 'SchoolStage',
  description: 'A school stage (学段) a batch is meant for.',
});
