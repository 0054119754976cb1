import type { OrganisationKind, Role } from '../../api/db/generated/prisma/enums.js';
import { defineMessages, type Locale, translate } from '../../api/i18n/messages.js';
import { type Level, ROLE_LEVELS, ROLE_PLACES, type RoleGrantProblem } from './role-rules.js';

/**
 * The people module's wordings: its input checks, its CONFLICT and INVALID_STATE variants, the names of
 * organisation kinds and levels, every row outcome of a people file and the file's own problems (INVALID_FILE).
 */
defineMessages({
  'PEOPLE.loginFormat': {
    en: '{field} must be 1 to {max} letters (A–Z, a–z), digits, “.”, “_”, “-” or “@”, beginning with a letter or digit',
    'zh-CN': '{field}须为 1 到 {max} 个英文字母、数字、“.”、“_”、“-”或“@”，以字母或数字开头',
  },
  'PEOPLE.phoneFormat': {
    en: '{field} must have {min} to {max} digits, with only spaces, hyphens or brackets between them (an international prefix is written 00, not +)',
    'zh-CN': '{field}须有 {min} 到 {max} 位数字，中间只能有空格、连字符或括号（国际区号写作 00，不用 +）',
  },
  'PEOPLE.homeKind': {
    en: '{field} must be a school, a district or a province',
    'zh-CN': '{field}必须是学校、区县或省',
  },
  'BAD_USER_INPUT.peopleSearch': {
    en: 'search must be at most {max} characters',
    'zh-CN': 'search 最多 {max} 个字符',
  },
  'PEOPLE.loginTaken': { en: 'The login {login} is taken.', 'zh-CN': '登录名 {login} 已被使用。' },
  'PEOPLE.nationalIdTaken': {
    en: 'The national ID number belongs to another user.',
    'zh-CN': '该身份证号属于另一位用户。',
  },
  'PEOPLE.concurrentChange': {
    en: 'Another change to the same people was saved meanwhile; nothing was changed. Try again.',
    'zh-CN': '这些人员的信息刚刚被其他操作修改，本次未做任何更改，请重试。',
  },
  'PEOPLE.deactivateSelf': {
    en: 'You cannot deactivate your own account; ask another admin.',
    'zh-CN': '不能停用自己的账号，请联系其他管理员。',
  },
  'PEOPLE.organisationDeactivated': {
    en: '{name} is deactivated: no people or roles can be added to it.',
    'zh-CN': '{name}已停用，不能再添加人员或角色。',
  },

  'PEOPLE.kind.PROVINCE': { en: 'a province', 'zh-CN': '省' },
  'PEOPLE.kind.CITY': { en: 'a city', 'zh-CN': '市' },
  'PEOPLE.kind.DISTRICT': { en: 'a district', 'zh-CN': '区县' },
  'PEOPLE.kind.SCHOOL': { en: 'a school', 'zh-CN': '学校' },
  'PEOPLE.kind.CLASS': { en: 'a class', 'zh-CN': '班级' },
  'PEOPLE.kind.GROUP': { en: 'a teaching-research group', 'zh-CN': '教研组' },

  'PEOPLE_ROW.missingLogin': { en: 'The login is missing.', 'zh-CN': '缺少登录名。' },
  'PEOPLE_ROW.missingName': { en: 'The name is missing.', 'zh-CN': '缺少姓名。' },
  'PEOPLE_ROW.formulaLike': {
    en: 'The {field, select, login {login} displayName {name} email {e-mail} phone {phone number} teachingSubject {subject} employeeNumber {employee number} identityIssuer {identity issuer} identitySubject {identity subject} other {{field}}} must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
    'zh-CN':
      '{field, select, login {登录名} displayName {姓名} email {邮箱} phone {电话} teachingSubject {学科} employeeNumber {工号} identityIssuer {身份来源} identitySubject {身份标识} other {{field}}}不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）。',
  },
  'PEOPLE_ROW.invalid.login': {
    en: 'The login must be 1 to {max} letters (A–Z, a–z), digits, “.”, “_”, “-” or “@”, beginning with a letter or digit.',
    'zh-CN': '登录名须为 1 到 {max} 个英文字母、数字、“.”、“_”、“-”或“@”，以字母或数字开头。',
  },
  'PEOPLE_ROW.invalid.displayName': {
    en: 'The name must be at most {max} characters.',
    'zh-CN': '姓名最多 {max} 个字符。',
  },
  'PEOPLE_ROW.invalid.email': {
    en: '“{value}” is not an e-mail address (at most {max} characters).',
    'zh-CN': '“{value}”不是电子邮件地址（最多 {max} 个字符）。',
  },
  'PEOPLE_ROW.invalid.phone': {
    en: '“{value}” is not a phone number: {min} to {max} digits, with only spaces, hyphens or brackets between them.',
    'zh-CN': '“{value}”不是电话号码：须有 {min} 到 {max} 位数字，中间只能有空格、连字符或括号。',
  },
  'PEOPLE_ROW.invalid.teachingSubject': {
    en: 'The subject must be at most {max} characters.',
    'zh-CN': '学科最多 {max} 个字符。',
  },
  'PEOPLE_ROW.invalid.employeeNumber': {
    en: 'The employee number must be at most {max} characters.',
    'zh-CN': '工号最多 {max} 个字符。',
  },
  'PEOPLE_ROW.invalid.identityIssuer': {
    en: 'The identity issuer must be at most {max} characters.',
    'zh-CN': '身份来源最多 {max} 个字符。',
  },
  'PEOPLE_ROW.invalid.identitySubject': {
    en: 'The identity subject must be at most {max} characters.',
    'zh-CN': '身份标识最多 {max} 个字符。',
  },
  'PEOPLE_ROW.invalid.stage': {
    en: '“{value}” is not a school stage (KINDERGARTEN 幼儿园, PRIMARY 小学, JUNIOR_SECONDARY 初中, SENIOR_SECONDARY 高中, VOCATIONAL 中职).',
    'zh-CN':
      '“{value}”不是学段（幼儿园 KINDERGARTEN、小学 PRIMARY、初中 JUNIOR_SECONDARY、高中 SENIOR_SECONDARY、中职 VOCATIONAL）。',
  },
  'PEOPLE_ROW.identityHalf': {
    en: 'An identity needs both its issuer and its subject.',
    'zh-CN': '身份需同时填写身份来源和身份标识。',
  },
  'PEOPLE_ROW.duplicateLogin': {
    en: 'The login {login} is also on row {row}.',
    'zh-CN': '登录名 {login} 与第 {row} 行重复。',
  },
  'PEOPLE_ROW.duplicateNationalId': {
    en: 'The same national ID number is also on row {row}.',
    'zh-CN': '身份证号与第 {row} 行重复。',
  },
  'PEOPLE_ROW.duplicateIdentity': {
    en: 'The same identity is also on row {row}.',
    'zh-CN': '身份与第 {row} 行重复。',
  },
  'PEOPLE_ROW.loginTaken': {
    en: 'The login {login} belongs to a user outside this organisation.',
    'zh-CN': '登录名 {login} 已被本单位以外的用户使用。',
  },
  'PEOPLE_ROW.nationalIdTaken': {
    en: 'The national ID number belongs to another user.',
    'zh-CN': '该身份证号属于另一位用户。',
  },
  'PEOPLE_ROW.identityBeyondScope': {
    en: '{login} holds a role you do not manage: only the admins over all of their roles may link a sign-on to them.',
    'zh-CN': '{login} 担任着你无权管理的角色：只有管理其全部角色的管理员才能为其关联登录身份。',
  },
  'PEOPLE_ROW.identityTaken': {
    en: 'The identity “{subject}” of {issuer} belongs to another user.',
    'zh-CN': '{issuer} 的身份“{subject}”属于另一位用户。',
  },
  'PEOPLE_ROW.unknownRole': {
    en: '“{role}” is not a role; write roles as TEACHER, or CLASS_TUTOR@ followed by a class code, separated by “;”.',
    'zh-CN': '“{role}”不是角色；角色写作 TEACHER 或 CLASS_TUTOR@班级编码，以“;”分隔。',
  },
  'PEOPLE_ROW.unknownOrganisation': {
    en: 'No organisation with the code “{code}” lies within this one.',
    'zh-CN': '本单位下没有编码为“{code}”的组织。',
  },
  'PEOPLE_ROW.notAUnit': {
    en: '“{code}” is not a class or teaching-research group.',
    'zh-CN': '“{code}”不是班级或教研组。',
  },
  'PEOPLE_ROW.changed': { en: 'Changed: {changes}.', 'zh-CN': '已更改：{changes}。' },
  'PEOPLE_ROW.change.NAME': { en: 'name', 'zh-CN': '姓名' },
  'PEOPLE_ROW.change.EMAIL': { en: 'e-mail', 'zh-CN': '邮箱' },
  'PEOPLE_ROW.change.PHONE': { en: 'phone', 'zh-CN': '电话' },
  'PEOPLE_ROW.change.SUBJECT': { en: 'subject', 'zh-CN': '学科' },
  'PEOPLE_ROW.change.STAGE': { en: 'stage', 'zh-CN': '学段' },
  'PEOPLE_ROW.change.EMPLOYEE_NUMBER': { en: 'employee number', 'zh-CN': '工号' },
  'PEOPLE_ROW.change.NATIONAL_ID': { en: 'national ID', 'zh-CN': '身份证号' },
  'PEOPLE_ROW.change.ROLES': { en: 'roles', 'zh-CN': '角色' },
  'PEOPLE_ROW.change.IDENTITY': { en: 'identity', 'zh-CN': '身份' },
});

/** Words as a list in `locale`: "a, b, or c" and "a、b或c" (or "a, b, and c" and "a、b和c"). */
export function wordList(locale: Locale, words: readonly string[], type: 'disjunction' | 'conjunction'): string {
  return new Intl.ListFormat(locale, { type }).format(words);
}

/** The catalogue key and numbers of a refused grant: for the typed error and for an import row alike. */
export function roleGrantMessage(
  problem: RoleGrantProblem,
  role: Role,
  kind: OrganisationKind,
  grantorLevel: Level | null,
): { key: string; params: Record<string, string> } {
  const kindIn = (locale: 'en' | 'zh-CN') => translate(locale, `PEOPLE.kind.${kind}`);
  const placesIn = (locale: 'en' | 'zh-CN') =>
    wordList(
      locale,
      ROLE_PLACES[role].map((place) => translate(locale, `PEOPLE.kind.${place}`)),
      'disjunction',
    );
  return {
    key: `ROLE_NOT_GRANTABLE.${problem}`,
    params: {
      role,
      kindEn: kindIn('en'),
      kindZh: kindIn('zh-CN'),
      placesEn: placesIn('en'),
      placesZh: placesIn('zh-CN'),
      level: ROLE_LEVELS[role] ?? '',
      grantorLevel: grantorLevel ?? '',
    },
  };
}

/** A row's message in `locale`: why it failed, or what it changes. */
export function describePersonRow(
  row: { message: { key: string; params: Record<string, string | number> } | null; changes: readonly string[] },
  locale: Locale,
): string | null {
  if (!row.message) return null;
  if (row.message.key !== 'PEOPLE_ROW.changed') return translate(locale, row.message.key, row.message.params);
  const changes = row.changes.map((change) => translate(locale, `PEOPLE_ROW.change.${change}`));
  return translate(locale, 'PEOPLE_ROW.changed', { changes: wordList(locale, changes, 'conjunction') });
}
