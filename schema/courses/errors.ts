import { InputValidationError } from '@pothos/plugin-validation';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { FileTooLargeError, ImportFileError } from '../files/index.js';
import {
  AppError,
  ConflictError,
  defineErrorCodes,
  ErrorInterface,
  ForbiddenActionError,
  NotFoundError,
} from '../shared/index.js';

defineErrorCodes({
  COURSE_IN_PROGRESS: {
    description:
      'Teachers have credited time on the course: it cannot be deleted, its requirement, media and duration cannot change (credited minutes rest on them), and an elective cannot be dropped. Nothing was changed.',
    variants: {
      delete: {
        en: 'Teachers have studied “{title}”: it cannot be deleted.',
        'zh-CN': '已有教师学习了“{title}”，不能删除。',
      },
      requirement: {
        en: 'Teachers have studied “{title}”: it cannot change between required and elective.',
        'zh-CN': '已有教师学习了“{title}”，不能再在必修和选修之间更改。',
      },
      length: {
        en: 'Teachers have studied “{title}”: its media and duration cannot change.',
        'zh-CN': '已有教师学习了“{title}”，不能再更改其形式和时长。',
      },
      drop: {
        en: 'You have studied “{title}”: it stays on your list.',
        'zh-CN': '你已学习过“{title}”，不能从学习清单中移除。',
      },
    },
  },
  NOT_AN_ELECTIVE: {
    description:
      'Only ELECTIVE courses of the teacher’s programme can be added to or dropped from a study list. Nothing was changed.',
    message: {
      en: '“{title}” is not an elective course of your programme.',
      'zh-CN': '“{title}”不是本项目的选修课程。',
    },
  },
  STUDY_LIST_CLOSED: {
    description:
      'The study list is closed: the programme sets a plan gate and the school has not uploaded its IT development plan yet. Nothing was changed.',
    message: {
      en: 'Your courses open once your school has uploaded its IT development plan.',
      'zh-CN': '学校上传信息化发展规划后才能开始学习课程。',
    },
  },
});

defineMessages({
  'CONFLICT.courseCode': {
    en: 'The programme already has a course with the code "{code}".',
    'zh-CN': '本项目已有编码为“{code}”的课程。',
  },
  'CONFLICT.concurrentCourses': {
    en: 'Another change to the programme’s courses was saved meanwhile; nothing was imported. Try again.',
    'zh-CN': '本项目的课程刚刚被其他操作修改，本次未导入任何数据，请重试。',
  },
  'VALIDATION.courseCompetency': {
    en: '{field} is not a competency of the programme’s catalogue',
    'zh-CN': '{field}不是本项目目录中的能力点',
  },
  'COURSE_ROW.missing': {
    en: 'The {field} is missing.',
    'zh-CN':
      '缺少{field, select, code {编码} title {标题} kind {类型} media {形式} requirement {必修/选修} durationSeconds {时长} other {{field}}}。',
  },
  'COURSE_ROW.formulaLike': {
    en: 'The {field} must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
    'zh-CN':
      '{field, select, code {编码} title {标题} module {模块} subject {学科} other {{field}}}不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）。',
  },
  'COURSE_ROW.code': {
    en: '"{value}" is not a course code: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit.',
    'zh-CN': '“{value}”不是课程编码：须为 1 到 64 个字母、数字、“.”、“_”或“-”，以字母或数字开头。',
  },
  'COURSE_ROW.tooLong': {
    en: 'The {field} must be at most {max} characters.',
    'zh-CN': '{field, select, title {标题} module {模块} subject {学科} other {{field}}}最多 {max} 个字符。',
  },
  'COURSE_ROW.enum': {
    en: '"{value}" is not a {field} this import knows.',
    'zh-CN':
      '“{value}”不是可识别的{field, select, kind {课程类型} media {课程形式} requirement {必修/选修} stage {学段} other {{field}}}。',
  },
  'COURSE_ROW.duration': {
    en: '"{value}" is not a duration: a whole number of seconds (or minutes) up to {max} seconds.',
    'zh-CN': '“{value}”不是时长：须为整数秒（或分钟），最多 {max} 秒。',
  },
  'COURSE_ROW.position': {
    en: '"{value}" is not a position: a whole number from 0 to {max}.',
    'zh-CN': '“{value}”不是排序号：须为 0 到 {max} 的整数。',
  },
  'COURSE_ROW.unknownCompetency': {
    en: 'The programme’s catalogue has no competency "{code}".',
    'zh-CN': '本项目的目录中没有能力点“{code}”。',
  },
  'COURSE_ROW.duplicate': {
    en: 'The code {code} is also on row {row}.',
    'zh-CN': '编码 {code} 与第 {row} 行重复。',
  },
  'COURSE_ROW.inProgress': {
    en: 'Teachers have studied course {code}: its requirement, media and duration cannot change.',
    'zh-CN': '已有教师学习了课程 {code}，不能更改必修/选修、形式和时长。',
  },
  'COURSE_ROW.changed': { en: 'Changed: {changes}.', 'zh-CN': '已更改：{changes}。' },
});

/** Teachers have credited time on the course (or the teacher, on the elective). */
export class CourseInProgressError extends AppError {
  constructor(
    variant: 'delete' | 'requirement' | 'length' | 'drop',
    readonly title: string,
  ) {
    super('COURSE_IN_PROGRESS', `COURSE_IN_PROGRESS.${variant}`, { title });
    this.name = 'CourseInProgressError';
  }
}

/** The course is not an elective of the teacher's programme. */
export class NotAnElectiveError extends AppError {
  constructor(readonly title: string) {
    super('NOT_AN_ELECTIVE', 'NOT_AN_ELECTIVE', { title });
    this.name = 'NotAnElectiveError';
  }
}

/** The study list is closed by the programme's plan gate. */
export class StudyListClosedError extends AppError {
  constructor() {
    super('STUDY_LIST_CLOSED', 'STUDY_LIST_CLOSED');
    this.name = 'StudyListClosedError';
  }
}

builder.objectType(CourseInProgressError, {
  name: 'CourseInProgressError',
  description: 'Teachers have credited time on the course, so this change is refused; nothing was changed.',
  interfaces: [ErrorInterface],
});
builder.objectType(NotAnElectiveError, {
  name: 'NotAnElectiveError',
  description: 'The course is not an ELECTIVE course of the teacher’s programme; nothing was changed.',
  interfaces: [ErrorInterface],
});
builder.objectType(StudyListClosedError, {
  name: 'StudyListClosedError',
  description:
    'The study list is closed until the school uploads its plan (the programme’s plan gate); nothing was changed.',
  interfaces: [ErrorInterface],
});

/** What createCourse and updateCourse can return besides their payload. */
export const courseWriteErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  ConflictError,
  CourseInProgressError,
];
/** What deleteCourse can return besides its payload. */
export const deleteCourseErrors = [NotFoundError, ForbiddenActionError, CourseInProgressError];
/** What importCourses can return besides its payload (row problems are reported in the payload). */
export const importCoursesErrors = [
  InputValidationError,
  FileTooLargeError,
  ImportFileError,
  NotFoundError,
  ForbiddenActionError,
];
/** What addElective and dropElective can return besides their payload. */
export const electiveErrors = [
  InputValidationError,
  NotFoundError,
  ForbiddenActionError,
  NotAnElectiveError,
  StudyListClosedError,
  CourseInProgressError,
];
