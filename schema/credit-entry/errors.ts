/**
 * The credit-entry module's wordings and result types: the per-row codes and messages (zh-CN and en) of bulk entry,
 * import and confirmation, the entry window, and what each mutation can return besides its payload.
 */
import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, ImportFileError } from '../files/index.js';
import { ClosedError, ForbiddenActionError, InvalidStateError, NotFoundError } from '../shared/index.js';
import type { CreditRowErrorCode, EntryWindow, WindowReason } from './rules.js';

const STATUS_EN = '{status, select, DRAFT {a draft} CLOSED {closed} other {{status}}}';
const STATUS_ZH = '{status, select, DRAFT {草稿} CLOSED {已结项} other {{status}}}';

defineMessages({
  'INVALID_STATE.creditSchoolNotInProgramme': {
    en: 'The school is not enrolled in this programme (none of its batches), so it has no hours in it.',
    'zh-CN': '该学校未参加本项目（不在任何批次中），没有本项目的学时。',
  },
  'INVALID_STATE.creditNoHours': {
    en: 'This programme credits no hours (its rules have no hours section).',
    'zh-CN': '本项目不计学时（项目规则中没有学时设置）。',
  },
  'INVALID_STATE.creditProgrammeNotOpen': {
    en: `Hours are declared, entered and confirmed only while the programme is published or running (it is ${STATUS_EN}).`,
    'zh-CN': `只有项目处于已发布或进行中时才能声明培训完成、录入或确认学时（项目当前为${STATUS_ZH}）。`,
  },
  'ROW.credit.hoursPositive': {
    en: 'The hours must be a number greater than 0 (got {hours}).',
    'zh-CN': '学时须为大于 0 的数字（当前为 {hours}）。',
  },
  'ROW.credit.hoursDecimals': {
    en: 'The hours may have at most two decimals (got {hours}).',
    'zh-CN': '学时最多保留两位小数（当前为 {hours}）。',
  },
  'ROW.credit.hoursTooMany': {
    en: 'One row may credit at most {max} hours (got {hours}).',
    'zh-CN': '每行最多录入 {max} 学时（当前为 {hours}）。',
  },
  'ROW.credit.hoursFormat': {
    en: '"{value}" is not a number of hours: write a plain number such as 25 or 2.5.',
    'zh-CN': '“{value}”不是有效的学时数，请填写如 25 或 2.5 的数字。',
  },
  'ROW.credit.missingHours': { en: 'The hours are missing.', 'zh-CN': '缺少学时。' },
  'ROW.credit.category': {
    en: '"{value}" is not a category: OFFLINE (线下) or ONLINE (线上).',
    'zh-CN': '“{value}”不是学时类别，请填写 OFFLINE（线下）或 ONLINE（线上）。',
  },
  'ROW.credit.source': {
    en: '"{value}" is not a source a school may enter: SCHOOL_PRACTICE (校本实践) or MANUAL_ENTRY (手工录入).',
    'zh-CN': '“{value}”不是学校可录入的来源，请填写 SCHOOL_PRACTICE（校本实践）或 MANUAL_ENTRY（手工录入）。',
  },
  'ROW.credit.noteTooLong': {
    en: 'The note may have at most {max} characters.',
    'zh-CN': '备注最多 {max} 个字符。',
  },
  'ROW.credit.tooManyEvidence': {
    en: 'A row may name at most {max} pieces of evidence.',
    'zh-CN': '每行最多关联 {max} 份实践证据。',
  },
  'ROW.credit.formulaLike': {
    en: 'The {field, select, login {login} employeeNumber {employee number} note {note} other {{field}}} must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
    'zh-CN':
      '{field, select, login {登录名} employeeNumber {工号} note {备注} other {{field}}}不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）。',
  },
  'ROW.credit.missingTeacher': {
    en: 'The row names no teacher: give the login or the employee number.',
    'zh-CN': '该行未指明教师，请填写登录名或工号。',
  },
  'ROW.credit.teacherNotFound': {
    en: 'No teacher "{who}" of this school is enrolled in the programme.',
    'zh-CN': '本校没有参加本项目的教师“{who}”。',
  },
  'ROW.credit.teacherMismatch': {
    en: 'The teacher "{who}" does not have the employee number {number}.',
    'zh-CN': '教师“{who}”的工号不是 {number}。',
  },
  'ROW.credit.ambiguousTeacher': {
    en: 'Several enrolled teachers have the employee number {number}: give the login.',
    'zh-CN': '多名参训教师的工号均为 {number}，请填写登录名。',
  },
  'ROW.credit.enrolmentNotFound': {
    en: 'The enrolment is not one of this school’s teachers in this programme.',
    'zh-CN': '该报名记录不属于本校参加本项目的教师。',
  },
  'ROW.credit.evidenceNotFound': {
    en: 'The evidence is not this teacher’s in this programme.',
    'zh-CN': '该实践证据不属于该教师在本项目中的提交。',
  },
  'ROW.credit.duplicateRow': {
    en: 'The same teacher and category are also on row {row}: enter one row per teacher and category.',
    'zh-CN': '同一教师、同一学时类别与第 {row} 行重复，每位教师每个类别只录入一行。',
  },
  'ROW.credit.windowClosed': {
    en: '{reason, select, NOT_FINISHED {Hours can be entered once the school declared its training finished.} ENDED {The entry window ended on {closesAt}.} PROGRAMME_NOT_OPEN {The programme is not published or running.} NO_HOURS {This programme credits no hours.} other {The entry window is closed.}}',
    'zh-CN':
      '{reason, select, NOT_FINISHED {学校声明全校培训完成后才能录入学时。} ENDED {学时录入时间已于 {closesAt} 截止。} PROGRAMME_NOT_OPEN {项目未处于已发布或进行中状态。} NO_HOURS {本项目不计学时。} other {学时录入未开放。}}',
  },
  'ROW.credit.schoolClosed': {
    en: 'The school has closed (结项) in this programme; its hours can no longer change.',
    'zh-CN': '该学校已在本项目结项，学时不可再变更。',
  },
  'ROW.credit.entryNotFound': {
    en: 'There is no such credit-hour entry (or you may not see it).',
    'zh-CN': '学时记录不存在（或您无权查看）。',
  },
  'ROW.credit.otherProgramme': {
    en: 'The entry belongs to another programme.',
    'zh-CN': '该学时记录属于其他项目。',
  },
  'ROW.credit.otherSchool': {
    en: 'The entry belongs to another school.',
    'zh-CN': '该学时记录属于其他学校。',
  },
  'ROW.credit.alreadySchool': {
    en: 'The entry is already confirmed by the school.',
    'zh-CN': '该学时记录已由学校确认。',
  },
  'ROW.credit.alreadyDistrict': {
    en: 'The entry is already confirmed by the district.',
    'zh-CN': '该学时记录已由区县审核确认。',
  },
  'ROW.credit.notSchoolConfirmed': {
    en: 'The school has not confirmed the entry yet; the district confirms only school-confirmed entries.',
    'zh-CN': '该学时记录尚未经学校确认，区县只能审核确认学校已确认的记录。',
  },
});

export const CreditRowErrorCodeEnum = builder.enumType('CreditRowErrorCode', {
  description: 'Why one row of a bulk credit-hour entry, import or confirmation failed.',
  values: {
    MISSING_FIELD: { description: 'A required cell is blank: the hours, or both the login and the employee number.' },
    INVALID_HOURS: {
      description:
        'The hours are not a number greater than 0 with at most two decimals, or exceed the per-row maximum.',
    },
    INVALID_CATEGORY: { description: 'The category is not OFFLINE (线下) or ONLINE (线上).' },
    INVALID_SOURCE: { description: 'The source is not SCHOOL_PRACTICE or MANUAL_ENTRY (the sources a school enters).' },
    NOTE_TOO_LONG: { description: 'The note is too long.' },
    TOO_MANY_EVIDENCE: { description: 'The row names too many pieces of evidence.' },
    FORMULA_LIKE_VALUE: {
      description:
        'A login, employee number or note begins with =, +, -, @, a tab or a carriage return, which a spreadsheet would run as a formula ' +
        '(CSV injection); refused rather than stored.',
    },
    TEACHER_NOT_FOUND: {
      description:
        'No teacher of the school enrolled in the programme has this login or employee number (or the two disagree).',
    },
    AMBIGUOUS_TEACHER: { description: 'Several enrolled teachers have this employee number: give the login.' },
    ENROLMENT_NOT_FOUND: { description: 'The enrolment is not one of the school’s teachers in the programme.' },
    EVIDENCE_NOT_FOUND: { description: 'A piece of evidence is not the teacher’s in the programme.' },
    DUPLICATE_ROW: { description: 'An earlier row names the same teacher and category.' },
    WINDOW_CLOSED: {
      description:
        'The entry window is closed: the school has not declared its training finished, or the window (rules.hours.entryWindowDays) ended.',
    },
    CLOSED: { description: 'The school has closed (结项) in the programme: its hours no longer change.' },
    ENTRY_NOT_FOUND: { description: 'No such credit-hour entry, or the viewer may not see it.' },
    OTHER_PROGRAMME: { description: 'The entry belongs to another programme than the one named.' },
    OTHER_SCHOOL: { description: 'The entry belongs to another school than the one named.' },
    ALREADY_CONFIRMED: {
      description:
        'The entry is already confirmed at this level (or beyond), possibly by a colleague at the same moment.',
    },
    NOT_SCHOOL_CONFIRMED: { description: 'The district confirms only entries the school confirmed first.' },
  } satisfies Record<CreditRowErrorCode, { description: string }>,
});

export const CreditRowOutcome = builder.enumType('CreditRowOutcome', {
  description: 'What one row did (or, in a dry run or a refused batch, would do).',
  values: {
    OK: { description: 'The row is (or would be) entered or confirmed.' },
    ERROR: { description: 'The row is refused; see `code` and `message`.' },
  } as const,
});

export const CreditEntryWindowReason = builder.enumType('CreditEntryWindowReason', {
  description: 'Why the offline-hours entry window is closed.',
  values: {
    NO_HOURS: { description: 'The programme credits no hours (its rules have no hours section).' },
    PROGRAMME_NOT_OPEN: { description: 'The programme is a draft or closed.' },
    NOT_FINISHED: {
      description:
        'The programme sets an entry window (rules.hours.entryWindowDays) and the school has not declared its training finished yet.',
    },
    ENDED: { description: 'The window ended: entryWindowDays days after the school declared its training finished.' },
    SCHOOL_CLOSED: { description: 'The school has closed (结项) in the programme.' },
  } satisfies Record<WindowReason, { description: string }>,
});

export const CreditEntryWindow = builder.objectRef<EntryWindow>('CreditEntryWindow').implement({
  description:
    'When a school enters offline hours (录入时间): from the moment it declared its training finished, for the programme’s ' +
    'rules.hours.entryWindowDays days (Xinbei: 7, 全校培训完成后一周内); without entryWindowDays, any time until the school closes.',
  fields: (t) => ({
    opensAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When entry opens (the school’s finishedAt) when a window is set; null when not set or not known yet.',
      resolve: (window) => window.opensAt,
    }),
    closesAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When entry closes (exclusive): finishedAt + entryWindowDays days; null without a window or before finishedAt.',
      resolve: (window) => window.closesAt,
    }),
    open: t.exposeBoolean('open', { description: 'True when hours can be entered now.' }),
    reason: t.field({
      type: CreditEntryWindowReason,
      nullable: true,
      description: 'Why it is closed; null when open.',
      resolve: (window) => window.reason,
    }),
  }),
});

/** What the whole entry or import can return besides its payload (per-row problems are in the payload). */
export const enterCreditErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  InvalidStateError,
  ClosedError,
];
export const importCreditErrors = [...enterCreditErrors, ImportFileError, FileTooLargeError];
export const confirmCreditErrors = enterCreditErrors;
export const declareFinishedErrors = enterCreditErrors;
