import { defineMessages, type Locale, translate } from '../../api/i18n/messages.js';
import type { PlannedRow, RowChange } from './rules.js';

/** The enrolments module's wordings: its INVALID_STATE and CONFLICT variants and every row outcome of a roster. */
defineMessages({
  'INVALID_STATE.programmeClosedForEnrolment': {
    en: 'The programme is closed: no more teachers can be enrolled.',
    'zh-CN': '项目已结项，不能再报名教师。',
  },
  'INVALID_STATE.noSelectionWindow': {
    en: 'There is no selection deadline to extend: no window is set for these teachers (or none is enrolled).',
    'zh-CN': '没有可以延长的选学截止时间：这些教师没有选学时间限制（或尚无教师报名）。',
  },
  'VALIDATION.extensionTarget': {
    en: 'give either enrolmentId, or programmeId and schoolId',
    'zh-CN': '请提供 enrolmentId，或同时提供 programmeId 和 schoolId',
  },
  'CONFLICT.alreadyEnrolled': {
    en: '{login} is already enrolled in this programme.',
    'zh-CN': '{login}已报名本项目。',
  },
  'CONFLICT.concurrentRoster': {
    en: 'Another change to the same teachers was saved meanwhile; nothing was imported. Try again.',
    'zh-CN': '这些教师的信息刚刚被其他操作修改，本次未导入任何数据，请重试。',
  },
  'ROW.missingLogin': { en: 'The login is missing.', 'zh-CN': '缺少登录名。' },
  'ROW.missingName': { en: 'The name is missing.', 'zh-CN': '缺少姓名。' },
  'ROW.formulaLike': {
    en: 'The {field, select, email {e-mail} other {{field}}} must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
    'zh-CN':
      '{field, select, login {登录名} name {姓名} email {邮箱} other {{field}}}不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）。',
  },
  'ROW.loginFormat': {
    en: 'The login must be 1 to {max} characters without spaces.',
    'zh-CN': '登录名须为 1 到 {max} 个字符，不含空格。',
  },
  'ROW.nameTooLong': { en: 'The name must be at most {max} characters.', 'zh-CN': '姓名最多 {max} 个字符。' },
  'ROW.emailInvalid': { en: '"{email}" is not an e-mail address.', 'zh-CN': '“{email}”不是电子邮件地址。' },
  'ROW.duplicateLogin': {
    en: 'The login {login} is also on row {row}.',
    'zh-CN': '登录名 {login} 与第 {row} 行重复。',
  },
  'ROW.duplicateNationalId': {
    en: 'The same national ID number is also on row {row}.',
    'zh-CN': '身份证号与第 {row} 行重复。',
  },
  'ROW.loginTaken': {
    en: 'The login {login} belongs to a user of another organisation.',
    'zh-CN': '登录名 {login} 已被其他单位的用户使用。',
  },
  'ROW.nationalIdTaken': {
    en: 'The national ID number belongs to another user.',
    'zh-CN': '该身份证号属于另一位用户。',
  },
  'ROW.alreadyEnrolled': {
    en: '{login} is already enrolled in this programme in another batch.',
    'zh-CN': '{login}已在本项目的其他批次报名。',
  },
  'ROW.unknownClass': {
    en: 'The school has no class with the ID, code or name "{ref}".',
    'zh-CN': '学校没有 ID、编码或名称为“{ref}”的班级。',
  },
  'ROW.quotaExceeded': {
    en: 'The school’s quota for this batch ({quota} teachers, {enrolled} enrolled before this import) is used up.',
    'zh-CN': '学校在该批次的名额（{quota} 人，导入前已报名 {enrolled} 人）已用完。',
  },
  'ROW.enrolledAtFormat': {
    en: '"{value}" is not an enrolment date: write a day (2021-05-10) or an ISO-8601 time with its zone.',
    'zh-CN': '“{value}”不是报名日期：请写成日期（2021-05-10）或带时区的 ISO-8601 时间。',
  },
  'ROW.enrolledAtFuture': {
    en: 'The enrolment date {value} is in the future.',
    'zh-CN': '报名日期 {value} 晚于当前时间。',
  },
  'ROW.changed': { en: 'Changed: {changes}.', 'zh-CN': '已更改：{changes}。' },
  'ROW.change.NAME': { en: 'name', 'zh-CN': '姓名' },
  'ROW.change.EMAIL': { en: 'e-mail', 'zh-CN': '邮箱' },
  'ROW.change.NATIONAL_ID': { en: 'national ID', 'zh-CN': '身份证号' },
  'ROW.change.CLASS': { en: 'class', 'zh-CN': '班级' },
  'ROW.change.ENROLLED_AT': { en: 'enrolment date', 'zh-CN': '报名日期' },
  'VALIDATION.enrolledInFuture': { en: '{field} must not be in the future', 'zh-CN': '{field}不能晚于当前时间' },
});

/** A row's message in `locale`: why it failed, or what it changes. */
export function describeRow(row: Pick<PlannedRow, 'message' | 'changes'>, locale: Locale): string | null {
  if (!row.message) return null;
  if (row.message.key !== 'ROW.changed') return translate(locale, row.message.key, row.message.params);
  const separator = locale === 'zh-CN' ? '、' : ', ';
  const changes = row.changes.map((change: RowChange) => translate(locale, `ROW.change.${change}`)).join(separator);
  return translate(locale, 'ROW.changed', { changes });
}
