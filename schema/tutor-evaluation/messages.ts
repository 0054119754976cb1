/**
 * Wording of tutor-evaluation lines in zh-CN and en, keyed `TUTOR_LINE.<code>`, with the line's numbers: `measured`
 * and `target` as percentages for rates, counts otherwise.
 */
import { defineMessages, type Locale, translate } from '../../api/i18n/messages.js';
import type { TutorLine } from './engine.js';

const RATES = new Set(['REGISTRATION_RATE', 'MARKING_ON_TIME', 'PASS_RATE']);
const WHAT_EN =
  '{source, select, REGISTRATION_RATE {Registration rate {measured}} STATISTICS_POSTED {{measured} weekly statistics posted} ' +
  'MARKING_ON_TIME {{measured} of the submissions marked within {withinDays} days} BRIEFINGS {{measured} briefings published} ' +
  'ACTIVITIES_HELD {{measured} workshop activities hosted} PASS_RATE {Pass rate {measured}} other {{measured}}}';
const WHAT_ZH =
  '{source, select, REGISTRATION_RATE {学员注册率 {measured}} STATISTICS_POSTED {发布学情通报 {measured} 次} ' +
  'MARKING_ON_TIME {{withinDays} 天内批阅作业 {measured}} BRIEFINGS {发布工作坊简报 {measured} 期} ' +
  'ACTIVITIES_HELD {主持工作坊研修活动 {measured} 次} PASS_RATE {学员合格率 {measured}} other {{measured}}}';

defineMessages({
  'TUTOR_LINE.TUTOR_TARGET_MET': {
    en: `${WHAT_EN} (target {target}): {points} of {maxPoints} points.`,
    'zh-CN': `${WHAT_ZH}（要求 {target}）：得 {points} 分（满分 {maxPoints} 分）。`,
  },
  'TUTOR_LINE.TUTOR_BELOW_TARGET': {
    en: `${WHAT_EN}, below the target of {target}: {points} of {maxPoints} points ({maxPoints} × {measured} / {target}).`,
    'zh-CN': `${WHAT_ZH}，未达到要求 {target}：得 {points} 分（{maxPoints} × {measured} / {target}）。`,
  },
  'TUTOR_LINE.TUTOR_BELOW_TARGET_NO_CREDIT': {
    en: `${WHAT_EN}, below the required {target}: 0 of {maxPoints} points.`,
    'zh-CN': `${WHAT_ZH}，未达到要求 {target}：不得分（满分 {maxPoints} 分）。`,
  },
  'TUTOR_LINE.TUTOR_NOTHING_DUE': {
    en: 'No submission of the class is due for marking yet: {points} of {maxPoints} points.',
    'zh-CN': '本班暂无需要批阅的作业：得 {points} 分（满分 {maxPoints} 分）。',
  },
  'TUTOR_LINE.TUTOR_NO_SCORING': {
    en: 'The programme scores nothing, so the pass rate cannot be measured: 0 of {maxPoints} points.',
    'zh-CN': '本项目未设置学员考核方案，无法计算合格率：不得分（满分 {maxPoints} 分）。',
  },
  'TUTOR_LINE.TUTOR_ENTERED': {
    en: 'Entered by the district: {measured} of 100, {points} of {maxPoints} points.',
    'zh-CN': '区县评定：{measured} 分（百分制），得 {points} 分（满分 {maxPoints} 分）。',
  },
  'TUTOR_LINE.TUTOR_NOT_ENTERED': {
    en: 'Not entered by the district yet: 0 of {maxPoints} points.',
    'zh-CN': '区县尚未评定：暂得 0 分（满分 {maxPoints} 分）。',
  },
});

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The line explained in the locale's words. */
export function tutorLineMessage(locale: Locale, line: TutorLine): string {
  const asRate = RATES.has(line.source);
  const shown = (value: number | null) => (value === null ? '—' : asRate ? percent(value) : String(value));
  return translate(locale, `TUTOR_LINE.${line.code}`, {
    source: line.source,
    measured: shown(line.measured),
    target: shown(line.target),
    points: line.points,
    maxPoints: line.maxPoints,
    withinDays: line.withinDays ?? 0,
  });
}
