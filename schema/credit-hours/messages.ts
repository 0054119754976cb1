/**
 * Wording of the hour rule's lines in zh-CN and en, keyed `HOURS_LINE.<code>.<MET|SHORT>` (and
 * `HOURS_LINE.OFFLINE_AWAITS_PEER_REVIEWS`): what the programme requires, what the teacher has, and what is missing.
 */
import { defineMessages, type Locale, translate } from '../../api/i18n/messages.js';
import type { HoursLine } from './rules.js';

defineMessages({
  'HOURS_LINE.TOTAL.MET': {
    en: '{actual} hours in all (at least {required} required). Met.',
    'zh-CN': '总学时 {actual} 学时（要求不少于 {required} 学时），已达标。',
  },
  'HOURS_LINE.TOTAL.SHORT': {
    en: '{actual} hours in all, at least {required} required: {missing} more hours needed.',
    'zh-CN': '总学时 {actual} 学时，要求不少于 {required} 学时：还差 {missing} 学时。',
  },
  'HOURS_LINE.ONLINE.MET': {
    en: '{actual} online hours (at least {required} required). Met.',
    'zh-CN': '线上学时 {actual} 学时（要求不少于 {required} 学时），已达标。',
  },
  'HOURS_LINE.ONLINE.SHORT': {
    en: '{actual} online hours, at least {required} required: {missing} more online hours needed.',
    'zh-CN': '线上学时 {actual} 学时，要求不少于 {required} 学时：还差 {missing} 学时。',
  },
  'HOURS_LINE.OFFLINE.MET': {
    en: '{actual} offline practice hours (at least {required} required). Met.',
    'zh-CN': '线下实践学时 {actual} 学时（要求不少于 {required} 学时），已达标。',
  },
  'HOURS_LINE.OFFLINE.SHORT': {
    en: '{actual} offline practice hours, at least {required} required: {missing} more offline hours needed.',
    'zh-CN': '线下实践学时 {actual} 学时，要求不少于 {required} 学时：还差 {missing} 学时。',
  },
  'HOURS_LINE.OFFLINE_SHARE.MET': {
    en: 'Practice is {actualPercent}% of the counted hours (at least {requiredPercent}% required). Met.',
    'zh-CN': '实践学时占总学时 {actualPercent}%（要求不少于 {requiredPercent}%），已达标。',
  },
  'HOURS_LINE.OFFLINE_SHARE.SHORT': {
    en: 'Practice is only {actualPercent}% of the counted hours, at least {requiredPercent}% required.',
    'zh-CN': '实践学时仅占总学时 {actualPercent}%，要求不少于 {requiredPercent}%，未达标。',
  },
  'HOURS_LINE.OFFLINE_AWAITS_PEER_REVIEWS': {
    en: '{actual} offline hours are not counted yet: they count once the teacher has completed the peer reviews allocated to them.',
    'zh-CN': '{actual} 线下学时暂不计入：完成分配的同行评价后才能获得相应的学时。',
  },
});

const round2 = (n: number) => Math.round(n * 100) / 100;
const percent = (share: number) => Math.round(share * 10_000) / 100;

/** The key and parameters of a line's explanation. */
export function lineMessageKey(line: HoursLine): { key: string; params: Record<string, number> } {
  if (line.code === 'OFFLINE_AWAITS_PEER_REVIEWS')
    return { key: 'HOURS_LINE.OFFLINE_AWAITS_PEER_REVIEWS', params: { actual: line.actual } };
  const required = line.required ?? 0;
  const params: Record<string, number> = {
    actual: line.actual,
    required,
    missing: round2(Math.max(0, required - line.actual)),
  };
  if (line.code === 'OFFLINE_SHARE') {
    params.actualPercent = percent(line.actual);
    params.requiredPercent = percent(required);
  }
  return { key: `HOURS_LINE.${line.code}.${line.met ? 'MET' : 'SHORT'}`, params };
}

/** A line's explanation in `locale`. */
export function hoursLineMessage(locale: Locale, line: HoursLine): string {
  const { key, params } = lineMessageKey(line);
  return translate(locale, key, params);
}
