/** The rule what-if's wordings (zh-CN and en) and what `previewRulesChange` can return besides its preview. */
import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { NotFoundError } from '../shared/index.js';

defineMessages({
  'VALIDATION.rulesPreviewNoScoring': {
    en: 'The programme scores nothing online, so it has no pass mark, item minimums or excellent quota to change',
    'zh-CN': '该项目没有网络研修考核方案，无法调整合格分、考核项最低要求或优秀比例',
  },
  'VALIDATION.rulesPreviewUnknownItem': {
    en: 'The scoring scheme has no item “{key}”; its items are: {keys}',
    'zh-CN': '考核方案中没有考核项“{key}”，现有考核项为：{keys}',
  },
  'VALIDATION.rulesPreviewNotForKind': {
    en: '{field} does not apply to a {kind} item',
    'zh-CN': '{field}不适用于 {kind} 类型的考核项',
  },
  'VALIDATION.rulesPreviewPageSize': {
    en: '{field} must be a whole number from 0 to {max}',
    'zh-CN': '{field}须为 0 到 {max} 之间的整数',
  },
  'VALIDATION.rulesPreviewCursor': {
    en: '{field} is not a cursor this preview issued',
    'zh-CN': '{field}不是本预演签发的分页游标',
  },
});

/** What the preview returns instead of a preview: the proposal or the paging is not valid, or the school is not in the programme. */
export const previewRulesChangeErrors = [InputValidationError, NotFoundError];
