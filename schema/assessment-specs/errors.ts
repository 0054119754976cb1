import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';

defineMessages({
  'VALIDATION.slotMaxCountBelowCount': {
    en: 'maxCount must be at least count',
    'zh-CN': '最多份数不能少于要求份数',
  },
  'VALIDATION.slotVideoNeedsMp4': {
    en: '{field} applies only to a slot accepting mp4 video',
    'zh-CN': '{field}只适用于接受 mp4 视频的材料项',
  },
  'VALIDATION.specCompetencyNotInCatalogue': {
    en: 'The competency is not in the programme’s catalogue',
    'zh-CN': '该能力点不在本项目的能力点目录中',
  },
  'INVALID_STATE.specProgrammeClosed': {
    en: 'The programme is closed: its assessment specifications no longer change.',
    'zh-CN': '项目已结项，测评规范不能再修改。',
  },
  'INVALID_STATE.specNotOverridden': {
    en: 'The programme uses the catalogue’s specification for this competency already.',
    'zh-CN': '本项目该能力点已在使用目录的测评规范。',
  },
});

/** What setting or resetting a programme's spec can return besides the spec. */
export const manageSpecErrors = [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError];
