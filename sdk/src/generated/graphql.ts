/* eslint-disable */
// generated — do not edit.
// Source: schema/schema.graphql and sdk/operations/*.graphql; regenerate with `npm run generate` (codegen.ts).

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** `__typename` of every type implementing the `Error` interface (`code` and `message`): the error members of result unions. */
export const ERROR_TYPENAMES = ['AlreadyNominatedError', 'AttemptsExhaustedError', 'BaseError', 'BelowExcellentThresholdError', 'ConflictError', 'CourseInProgressError', 'ExcellentQuotaFullError', 'ExtensionTooEarlyError', 'FileTooLargeError', 'FileTypeNotAllowedError', 'ForbiddenActionError', 'GateNotReachedError', 'GroupActivityHoursError', 'HostNotEligibleError', 'ImportFileError', 'InvalidNationalIdError', 'InvalidStateError', 'NotAnElectiveError', 'NotAnEnteredIndicatorError', 'NotFoundError', 'NotGroupMemberError', 'NotPassedError', 'PostTooLongError', 'QuotaBelowEnrolledError', 'QuotaExceededError', 'RoleNotGrantableError', 'SchoolDeactivatedError', 'SchoolInProgrammeError', 'SelectionRejectedError', 'ShareLimitError', 'StageMismatchError', 'StaleSubmissionError', 'StudyListClosedError', 'TooManyAttachmentsError', 'TotalQuotaExceededError', 'UnknownCompetenciesError', 'ValidationError'] as const;

/** One of `ERROR_TYPENAMES`. */
export type ErrorTypename = (typeof ERROR_TYPENAMES)[number];

/** More evidence (photos, records) for an OFFLINE activity, after the ones it has. */
export type AddGroupActivityEvidenceInput = {
  /** An OFFLINE activity, published or completed; the viewer must lead its group. */
  activityId: string;
  /** 1 to 10 files: PDF, DOC, DOCX or XLSX by extension and content, each at most 10 MB (10485760 bytes); an activity keeps at most 30. */
  files: Array<Blob>;
};

/** Users of the school who join a teaching-research group. */
export type AddGroupMembersInput = {
  /** The group; the viewer must be an admin of its school or district. */
  groupId: string;
  /** 1 to 100 users of the school; those already members stay as they are. */
  userIds: Array<string>;
};

/** The school’s approval of a submitted selection. */
export type ApproveSelectionInput = {
  /** Optional note for the teacher and the history: at most 500 characters. */
  comment?: string | null | undefined;
  /** A SUBMITTED selection. */
  selectionId: string;
};

/** A class tutor (班级辅导者) for a class. */
export type AssignClassTutorInput = {
  /** The class; the viewer must be an admin of its school or district. */
  classId: string;
  /** A user of the school (their home organisation). */
  userId: string;
};

/** ONLINE: done in the online study (网络研修作业); SCHOOL_BASED: done at school offline (线下研修, e.g. a summary report). */
export const AssignmentMode = {
  ONLINE: 'ONLINE',
  SCHOOL_BASED: 'SCHOOL_BASED'
} as const;

export type AssignmentMode = typeof AssignmentMode[keyof typeof AssignmentMode];
/** Assignment marking; omitted values take their defaults. */
export type AssignmentsRulesInput = {
  /** 1 to 20. Default 3. */
  maxAttempts?: number | null | undefined;
  /** 1 to 1000. Default 100. */
  maxMark?: number | null | undefined;
};

/** Why a teacher is on the class’s at-risk list. */
export const AtRiskReason = {
  /** Credited minutes below 80% of the minutes expected by now (the WATCH_MINUTES item’s required minutes × the elapsed share of the IMPLEMENTATION phase). */
  BEHIND_SCHEDULE: 'BEHIND_SCHEDULE',
  /** The teacher has never used the platform (User.lastSeenAt is empty). */
  NOT_REGISTERED: 'NOT_REGISTERED',
  /** No credited viewing, workshop post or participation, share, submission or group activity yet. */
  NOT_STARTED: 'NOT_STARTED'
} as const;

export type AtRiskReason = typeof AtRiskReason[keyof typeof AtRiskReason];
/** A batch (批次): a name unique within the programme, its dates (inclusive) and the school stages it is for. */
export type BatchInput = {
  /** Last day; on or after startsOn. */
  endsOn: string;
  /** 1 to 200 characters; unique within the programme. Updates match batches by name. */
  name: string;
  /** No teacher’s selection window runs past this (unless the district extends it for them); on or after selectionOpensAt. Omitted or null: no cap. Changing either end recomputes the deadlines of the batch’s teachers, except those extended one by one. */
  selectionClosesAt?: string | null | undefined;
  /** Teachers’ selection windows start no earlier than this: a teacher enrolled before it gets selectionWindowDays from here. Omitted or null: from enrolment. */
  selectionOpensAt?: string | null | undefined;
  /** School stages the batch is for: 1 to 5, no repeats. A school whose recorded stages share none of them cannot be enrolled (STAGE_MISMATCH). */
  stages: Array<SchoolStage>;
  /** First day. */
  startsOn: string;
  /** Most teachers the batch takes across all its schools (Xinbei: 2,000): 0 to 10000000. The schools’ quotas may not add up to more (TOTAL_QUOTA_EXCEEDED). Omitted or null: no total. */
  totalQuota?: number | null | undefined;
};

/** The leader cancels a published activity: nobody earns its hours. */
export type CancelGroupActivityInput = {
  /** A PUBLISHED activity; the viewer must lead its group. */
  activityId: string;
};

/** What a catalogue describes. */
export const CatalogueKind = {
  PRINCIPAL_LEADERSHIP: 'PRINCIPAL_LEADERSHIP',
  TEACHER_COMPETENCY: 'TEACHER_COMPETENCY'
} as const;

export type CatalogueKind = typeof CatalogueKind[keyof typeof CatalogueKind];
/** Publication state of a catalogue version. */
export const CatalogueStatus = {
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  RETIRED: 'RETIRED'
} as const;

export type CatalogueStatus = typeof CatalogueStatus[keyof typeof CatalogueStatus];
/** ANNOUNCEMENT (公告) or BRIEFING (简报). */
export const ClassNoticeKind = {
  ANNOUNCEMENT: 'ANNOUNCEMENT',
  BRIEFING: 'BRIEFING'
} as const;

export type ClassNoticeKind = typeof ClassNoticeKind[keyof typeof ClassNoticeKind];
/** Which programme to move from RUNNING to CLOSED, and why. */
export type CloseProgrammeInput = {
  /** Kept in the programme’s history; at most 2000 characters. */
  comment?: string | null | undefined;
  id: string;
};

/** The leader marks a published activity complete: its participants earn its hours. */
export type CompleteGroupActivityInput = {
  /** A PUBLISHED activity; the viewer must lead its group. */
  activityId: string;
  /** Who took part and earns the hours (1 to 100). OFFLINE: some of the named participants (default: all of them); the others earn nothing. Other kinds: members of the group enrolled in the programme (else NOT_GROUP_MEMBER); default: every such member at the time of completion. */
  completedMemberIds?: Array<string> | null | undefined;
};

/** Why a row of a course import cannot be imported. */
export const CourseImportRowErrorCode = {
  /** The row changes the requirement of a course that teachers have credited time on. */
  COURSE_IN_PROGRESS: 'COURSE_IN_PROGRESS',
  /** An earlier row of the file has the same code. */
  DUPLICATE_ROW: 'DUPLICATE_ROW',
  /** The code, title, module or subject begins with =, +, -, @, a tab or a carriage return (CSV injection): refused rather than stored. */
  FORMULA_LIKE_VALUE: 'FORMULA_LIKE_VALUE',
  /** A value is malformed: a code that is not 1 to 64 letters, digits, ".", "_" or "-"; a title over 200 or a module or subject over 50 characters; a kind, media, requirement or stage this import does not know; a duration that is not a whole number of seconds from 1 to 86400 (or minutes); a position that is not a whole number. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** The code, title, kind, media, requirement or duration is blank. */
  MISSING_FIELD: 'MISSING_FIELD',
  /** The programme’s catalogue has no competency with this code. */
  UNKNOWN_COMPETENCY: 'UNKNOWN_COMPETENCY'
} as const;

export type CourseImportRowErrorCode = typeof CourseImportRowErrorCode[keyof typeof CourseImportRowErrorCode];
/** What importing one course row did (or, in a dry run or a failed import, would do). */
export const CourseImportRowOutcome = {
  /** A course with a new code is created. */
  CREATED: 'CREATED',
  /** The row cannot be imported; see `code` and `message`. Nothing of the file was written. */
  ERROR: 'ERROR',
  /** The course with this code already has these details. */
  UNCHANGED: 'UNCHANGED',
  /** The course with this code changed (`message` lists the fields). */
  UPDATED: 'UPDATED'
} as const;

export type CourseImportRowOutcome = typeof CourseImportRowOutcome[keyof typeof CourseImportRowOutcome];
/** What a course is (Tianchang’s package per point): OVERVIEW (概述), THEORY (理论), PRACTICE (实践), CASE (案例), SPECIFICATION (规范). */
export const CourseKind = {
  CASE: 'CASE',
  OVERVIEW: 'OVERVIEW',
  PRACTICE: 'PRACTICE',
  SPECIFICATION: 'SPECIFICATION',
  THEORY: 'THEORY'
} as const;

export type CourseKind = typeof CourseKind[keyof typeof CourseKind];
/** How a course is studied: VIDEO (credited from really played seconds) or DOCUMENT (credited while open, up to its stated reading time). */
export const CourseMedia = {
  DOCUMENT: 'DOCUMENT',
  VIDEO: 'VIDEO'
} as const;

export type CourseMedia = typeof CourseMedia[keyof typeof CourseMedia];
/** REQUIRED (必修: on every study list, or, for a course of a competency, on the lists of those who selected it; counts as required minutes) or ELECTIVE (选修: counts as elective minutes; teachers add the ones they want). */
export const CourseRequirement = {
  ELECTIVE: 'ELECTIVE',
  REQUIRED: 'REQUIRED'
} as const;

export type CourseRequirement = typeof CourseRequirement[keyof typeof CourseRequirement];
/** A new assignment (研修作业) of a programme. */
export type CreateAssignmentInput = {
  /** Accept a file answer (default true). At least one of acceptsText and acceptsFile. */
  acceptsFile?: boolean | null | undefined;
  /** Accept a text answer (default true). */
  acceptsText?: boolean | null | undefined;
  /** What the teacher is to do: 1 to 4000 characters of plain text. */
  brief: string;
  /** Stable code, unique within the programme: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit. */
  code: string;
  /** When it is due (later work is accepted and flagged late). */
  dueAt: string;
  /** ONLINE or SCHOOL_BASED. */
  mode: AssignmentMode;
  /** Order within the programme, 0 to 10000; default: after the last one. */
  position?: number | null | undefined;
  /** The programme; not CLOSED. */
  programmeId: string;
  /** 1 to 200 characters. */
  title: string;
};

/** A new city (市) of a province. */
export type CreateCityInput = {
  /** Stable code given by the education authority, unique across the service: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit. Default: generated. */
  code?: string | null | undefined;
  /** 1 to 100 characters (trimmed); unique among the parent’s organisations of the kind. */
  name: string;
  /** The province; the viewer must be its province admin. */
  provinceId: string;
};

/** A new class (班级) of a school. */
export type CreateClassInput = {
  /** Stable code, unique across the service: 1 to 64 letters, digits, ".", "_" or "-". Default: generated. */
  code?: string | null | undefined;
  /** 1 to 100 characters; unique among the school’s classes. */
  name: string;
  /** The school; the viewer must be its school admin or a district admin over it. */
  schoolId: string;
};

/** A new course of a programme. */
export type CreateCourseInput = {
  /** Stable code, unique within the programme: 1 to 64 letters, digits, ".", "_" or "-" (the key of importCourses). */
  code: string;
  /** A competency of the programme’s catalogue: the course is then on the lists of teachers who selected it. Default none. */
  competencyId?: string | null | undefined;
  /** VIDEO: the video’s length; DOCUMENT: its stated reading time (阅读时长). Whole seconds, 1 to 86400: the most a teacher can be credited for the course. */
  durationSeconds: number;
  /** What the course is. */
  kind: CourseKind;
  /** VIDEO or DOCUMENT. */
  media: CourseMedia;
  /** Module (模块), up to 50 characters: 师德素养, 专业发展 … or any the district defines. Default none. */
  module?: string | null | undefined;
  /** Place in the programme’s list, 0 to 1000000 (ascending, then by code). Default: after the last course. */
  position?: number | null | undefined;
  /** The programme; the viewer must be its district admin. */
  programmeId: string;
  /** REQUIRED or ELECTIVE. */
  requirement: CourseRequirement;
  /** The school stage (学段) it is for. Default none. */
  stage?: SchoolStage | null | undefined;
  /** Subject (学科), up to 50 characters. Default none. */
  subject?: string | null | undefined;
  /** Title: 1 to 200 characters. */
  title: string;
};

/** A new district (区/县) of a province, directly or in one of its cities. */
export type CreateDistrictInput = {
  /** Stable code given by the education authority, unique across the service: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit. Default: generated. */
  code?: string | null | undefined;
  /** 1 to 100 characters (trimmed); unique among the parent’s organisations of the kind. */
  name: string;
  /** A province or one of its cities; the viewer must be the province’s admin. */
  parentId: string;
};

/** A new teaching-research group (教研组) of a school. */
export type CreateGroupInput = {
  /** Stable code, unique across the service: 1 to 64 letters, digits, ".", "_" or "-". Default: generated. */
  code?: string | null | undefined;
  /** 1 to 100 characters; unique among the school’s groups (e.g. 语文教研组). */
  name: string;
  /** The school; the viewer must be its school admin or a district admin over it. */
  schoolId: string;
};

/** A new programme, created in DRAFT. */
export type CreateProgrammeInput = {
  /** At most 20, names unique. Default: none. */
  batches?: Array<BatchInput> | null | undefined;
  /** A published catalogue version. */
  catalogueId: string;
  /** Stable code, unique across the service: 1 to 64 letters, digits, ".", "_" or "-". */
  code: string;
  /** At most 4000 characters. */
  description?: string | null | undefined;
  /** The district running it; the viewer must be its district admin. */
  districtId: string;
  /** 1 to 200 characters. */
  name: string;
  /** At most 4, one per kind. Default: none. */
  phases?: Array<ProgrammePhaseInput> | null | undefined;
  rules: ProgrammeRulesInput;
};

/** A new school of a district. */
export type CreateSchoolInput = {
  /** Stable code given by the education authority, unique across the service: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit. Default: generated. */
  code?: string | null | undefined;
  /** The district; the viewer must be its district admin. Refused while it is deactivated. */
  districtId: string;
  /** Full-time teachers (专任教师), 0 to 100000: the base of whole-school completion rates. */
  fullTimeTeachers: number;
  /** 1 to 100 characters (trimmed); unique among the parent’s organisations of the kind. */
  name: string;
  /** The school’s stages (学段): at least one, each once; a batch accepts the school when they share one. */
  stages: Array<SchoolStage>;
};

/** A new person, their home organisation, details and first roles. */
export type CreateUserInput = {
  /** Name shown to others: 1 to 100 characters, not beginning with =, +, -, @, a tab or a carriage return. */
  displayName: string;
  /** E-mail address, at most 254 characters, not beginning with =, +, -, @, a tab or a carriage return. */
  email?: string | null | undefined;
  /** Employee number (工号): 1 to 32 characters, not beginning with =, +, -, @, a tab or a carriage return. */
  employeeNumber?: string | null | undefined;
  /** Login, unique: 1 to 64 letters (A–Z, a–z), digits, ".", "_", "-" or "@", beginning with a letter or digit. Tokens of the development key name it as `sub`; it never changes. */
  login: string;
  /** National ID number (居民身份证号): 18 characters with a valid GB 11643 check character; unique. Stored only as a keyed hash and a masked form (440402********1234). */
  nationalId?: string | null | undefined;
  /** Home organisation: a school, district or province the viewer manages people of (a school or district admin over it, a province admin). */
  organisationId: string;
  /** Phone number: 7 to 15 digits with optional spaces, hyphens or brackets, at most 24 characters, beginning with a digit or "(" (an international prefix is written 00, not +). */
  phone?: string | null | undefined;
  /** Roles to grant at once: 0 to 20, each one the viewer may grant (see grantRole). Default: none. */
  roles?: Array<RoleGrantInput> | null | undefined;
  /** School stage (学段) the person teaches at. */
  stage?: SchoolStage | null | undefined;
  /** Subject taught (语文, 数学, 信息技术 …): 1 to 50 characters, not beginning with =, +, -, @, a tab or a carriage return. */
  teachingSubject?: string | null | undefined;
};

/** A new activity of a workshop. */
export type CreateWorkshopActivityInput = {
  /** End of the window; after opensAt. */
  closesAt: string;
  /** At most 5000 characters. */
  description?: string | null | undefined;
  /** The host: an expert, a class tutor or an admin of the programme’s district. Default: the viewer (who must be one of those). */
  hostId?: string | null | undefined;
  /** What the activity is. */
  kind: WorkshopActivityKind;
  /** Start of the window. */
  opensAt: string;
  /** LIVE_QA only: when the broadcast starts. */
  scheduledAt?: string | null | undefined;
  /** LIVE_QA only: the stream’s http:// or https:// link, at most 2000 characters. */
  streamUrl?: string | null | undefined;
  /** 1 to 200 characters. */
  title: string;
  /** The workshop. */
  workshopId: string;
};

/** A class (班级) to deactivate. */
export type DeactivateClassInput = {
  /** The class; the viewer must be an admin of its school or district. */
  id: string;
};

/** A teaching-research group (教研组) to deactivate. */
export type DeactivateGroupInput = {
  /** The group; the viewer must be an admin of its school or district. */
  id: string;
};

/** A school to deactivate. */
export type DeactivateSchoolInput = {
  /** The school. */
  id: string;
};

/** A person to deactivate. */
export type DeactivateUserInput = {
  /** The person; the viewer must manage the people of their home organisation. */
  id: string;
};

/** A district admin confirms or declines an excellent-trainee nomination. */
export type DecideNominationInput = {
  /** Why, for the tutor and the teacher: at most 2000 characters (trimmed). */
  comment?: string | null | undefined;
  /** True: confirm (CONFIRMED, an excellent trainee); false: decline (WITHDRAWN, the place is freed). */
  confirm: boolean;
  /** A NOMINATED nomination of a class of the admin’s district. */
  nominationId: string;
};

/** A course to delete. */
export type DeleteCourseInput = {
  /** The course; nobody may have credited time on it. */
  courseId: string;
};

/** How the dimensions of the selected points must be spread. */
export type DimensionRuleInput = {
  kind: DimensionRuleKind;
  /** Only with AT_LEAST_N: the least number of distinct dimensions (1 or more, at most maxPoints). */
  n?: number | null | undefined;
};

/** How the dimensions of the selected points must be spread. */
export const DimensionRuleKind = {
  /** At least `n` distinct dimensions. */
  AT_LEAST_N: 'AT_LEAST_N',
  /** No requirement (Yiyuan, Guangdong). */
  NONE: 'NONE',
  /** Not all points in one dimension (原则上不在同一维度, Tianchang). */
  NOT_ALL_SAME: 'NOT_ALL_SAME'
} as const;

export type DimensionRuleKind = typeof DimensionRuleKind[keyof typeof DimensionRuleKind];
/** An elective course and the teacher’s enrolment whose study list it joins or leaves. */
export type ElectiveInput = {
  /** An ELECTIVE course of the enrolment’s programme. */
  courseId: string;
  /** The teacher’s own enrolment. */
  enrolmentId: string;
};

/** Schools to enrol in a batch, or whose quotas to change. */
export type EnrolSchoolsInput = {
  batchId: string;
  /** 1 to 100 schools, each once. */
  schools: Array<SchoolQuotaInput>;
};

/** One teacher to enrol in a batch through their school. */
export type EnrolTeacherInput = {
  /** The batch; the school must be enrolled in it (have a quota). */
  batchId: string;
  /** When the teacher was enrolled, for a past roster: not in the future. The selection deadline is computed from it, so a date long past gives a window that has closed. Omitted: now. */
  enrolledAt?: string | null | undefined;
  /** The school; the viewer must be its school admin. */
  schoolId: string;
  /** The teacher: an existing user of the school (by login) or a new one. */
  teacher: TeacherInput;
};

/** Enrolment rules; omitted flags take their defaults. */
export type EnrolmentRulesInput = {
  /** Default true. */
  classPerSchool?: boolean | null | undefined;
};

/** The district’s score and comment for one ENTERED indicator of a tutor’s evaluation. */
export type EnterTutorIndicatorInput = {
  /** The tutor’s class. */
  classId: string;
  /** Why, for the tutor and the school: at most 2000 characters (trimmed). */
  comment?: string | null | undefined;
  /** Key of an ENTERED indicator of rules.tutorEvaluation. */
  key: string;
  /** The programme. */
  programmeId: string;
  /** 0 to 100: the share of the indicator’s weight earned. */
  score: number;
  /** The tutor (CLASS_TUTOR of the class). */
  tutorId: string;
};

/** Machine-readable error code carried by every typed error. Each module declares its own codes. */
export const ErrorCode = {
  /** The teacher already holds a nomination in the programme that is NOMINATED or CONFIRMED; see `status`. (A WITHDRAWN one may be renewed.) */
  ALREADY_NOMINATED: 'ALREADY_NOMINATED',
  /** The submission has used every attempt the programme allows (`rules.assignments.maxAttempts`): it cannot be returned for rework or resubmitted; it must be marked. See `attempts` and `maxAttempts`. */
  ATTEMPTS_EXHAUSTED: 'ATTEMPTS_EXHAUSTED',
  /** The tutor’s total is below the programme’s `rules.tutorEvaluation.excellentThreshold`, so they cannot be recognised as an excellent tutor (优秀班级辅导者). Nothing was stored. */
  BELOW_EXCELLENT_THRESHOLD: 'BELOW_EXCELLENT_THRESHOLD',
  /** The change conflicts with existing data (a duplicate, a stale version). */
  CONFLICT: 'CONFLICT',
  /** Teachers have credited time on the course: it cannot be deleted, its requirement, media and duration cannot change (credited minutes rest on them), and an elective cannot be dropped. Nothing was changed. */
  COURSE_IN_PROGRESS: 'COURSE_IN_PROGRESS',
  /** The class’s excellent-trainee places are all taken: `nominated` nominations (NOMINATED or CONFIRMED) hold the `quota` places (`rules.scoring.excellentQuotaRate` × the class’s enrolled teachers, rounded down). Nothing was stored. */
  EXCELLENT_QUOTA_FULL: 'EXCELLENT_QUOTA_FULL',
  /** A selection window can only be extended: the new end (`until`) must be later than now and than the current deadline (`currentDueAt`). Nothing was changed. */
  EXTENSION_TOO_EARLY: 'EXTENSION_TOO_EARLY',
  /** An uploaded file is larger than the field allows; see `maxBytes`. Nothing was stored. */
  FILE_TOO_LARGE: 'FILE_TOO_LARGE',
  /** An uploaded file’s name or content is not one of the types the field allows; see `allowedTypes`. Nothing was stored. */
  FILE_TYPE_NOT_ALLOWED: 'FILE_TYPE_NOT_ALLOWED',
  /** The viewer can see the object but no role of theirs grants this action on it. */
  FORBIDDEN_ACTION: 'FORBIDDEN_ACTION',
  /** Too few of the school’s teachers have selected yet for this step (the programme’s plan gate); see the counts. */
  GATE_NOT_REACHED: 'GATE_NOT_REACHED',
  /** The hours of a group activity cannot be set as asked: the online kinds take the programme’s hours (give none), an OFFLINE activity needs 0 < hours ≤ the programme’s offlineMaxHours, at most one decimal place. See `problem`; nothing was changed. */
  GROUP_ACTIVITY_HOURS: 'GROUP_ACTIVITY_HOURS',
  /** The person named as host is not an expert (EXPERT) of the programme’s district or one of its schools, nor a class tutor (CLASS_TUTOR) in the district. Nothing was changed. */
  HOST_NOT_ELIGIBLE: 'HOST_NOT_ELIGIBLE',
  /** An uploaded file cannot be used as a whole (unreadable, too large, too many rows, missing columns); nothing was changed. */
  INVALID_FILE: 'INVALID_FILE',
  /** An argument failed validation; see `issues`. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** A national ID number (居民身份证号) is malformed: 18 characters, a real birth date and a matching GB 11643 check character are required. */
  INVALID_NATIONAL_ID: 'INVALID_NATIONAL_ID',
  /** The object is not in a state that allows this action. */
  INVALID_STATE: 'INVALID_STATE',
  /** Only ELECTIVE courses of the teacher’s programme can be added to or dropped from a study list. Nothing was changed. */
  NOT_AN_ELECTIVE: 'NOT_AN_ELECTIVE',
  /** The key names no indicator of the programme’s tutor evaluation (`source` null), or one the data computes (`source` its source): only ENTERED indicators are entered by the district. Nothing was stored. */
  NOT_AN_ENTERED_INDICATOR: 'NOT_AN_ENTERED_INDICATOR',
  /** The object does not exist, or the viewer may not see it (the two are indistinguishable). */
  NOT_FOUND: 'NOT_FOUND',
  /** Some people named as participants are not members of the activity’s group enrolled in its programme through the group’s school; see `userIds`. Nothing was changed. */
  NOT_GROUP_MEMBER: 'NOT_GROUP_MEMBER',
  /** Only a teacher whose score verdict is PASSED may be nominated an excellent trainee; see `verdict` (null when the teacher has no score). */
  NOT_PASSED: 'NOT_PASSED',
  /** A post (or a notice) is longer than allowed; see `maxLength` and `length`. Nothing was saved. */
  POST_TOO_LONG: 'POST_TOO_LONG',
  /** A school’s quota in a batch would fall below the teachers it already has enrolled there; see `quota` and `enrolled`. Nothing was changed. */
  QUOTA_BELOW_ENROLLED: 'QUOTA_BELOW_ENROLLED',
  /** The school’s quota (名额) of teachers in the batch is used up; see `quota` and `enrolled`. Nothing was changed. */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** The role cannot be granted (or revoked) here: sync clients are not granted through people management, the role is not held on this kind of organisation, or it is above the level the viewer administers the organisation at; see `problem`. Nothing was changed. */
  ROLE_NOT_GRANTABLE: 'ROLE_NOT_GRANTABLE',
  /** The request breaks the programme’s rules (e.g. a competency selection); see `violations`. Nothing was changed. */
  RULE_VIOLATION: 'RULE_VIOLATION',
  /** The school is deactivated: it keeps its records but takes no new work. Nothing was changed. */
  SCHOOL_DEACTIVATED: 'SCHOOL_DEACTIVATED',
  /** The school takes part in programmes that forbid the change: deactivation waits until no teacher of it is enrolled in a RUNNING programme, a move until it is in no programme that is not CLOSED. See `programmes` and `enrolments`. Nothing was changed. */
  SCHOOL_IN_PROGRAMME: 'SCHOOL_IN_PROGRAMME',
  /** The teacher already has as many counted (ACTIVE) shares in the programme as its rules allow (`rules.shares.maxPerTeacher`); see `max`. Nothing was stored. */
  SHARE_LIMIT_REACHED: 'SHARE_LIMIT_REACHED',
  /** A school’s recorded stages (学段) share none with the stages of the batch it would be in; see `schoolName`, `schoolStages` and `batchStages`. Nothing was changed. */
  STAGE_MISMATCH: 'STAGE_MISMATCH',
  /** The study list is closed: the programme sets a plan gate and the school has not uploaded its IT development plan yet. Nothing was changed. */
  STUDY_LIST_CLOSED: 'STUDY_LIST_CLOSED',
  /** More files were attached than allowed; see `maxAttachments`. Nothing was saved. */
  TOO_MANY_ATTACHMENTS: 'TOO_MANY_ATTACHMENTS',
  /** The schools’ quotas in a batch would add up to more than the batch’s total quota; see `totalQuota` and `allocated`. Nothing was changed. */
  TOTAL_QUOTA_EXCEEDED: 'TOTAL_QUOTA_EXCEEDED',
  /** A competency is not in the programme’s catalogue; see `competencyIds`. Nothing was changed. */
  UNKNOWN_COMPETENCY: 'UNKNOWN_COMPETENCY'
} as const;

export type ErrorCode = typeof ErrorCode[keyof typeof ErrorCode];
/** The programme and the file format. */
export type ExportProgrammeLearningProgressInput = {
  /** CSV or XLSX. */
  format: LearningExportFormat;
  /** The programme. */
  programmeId: string;
};

/** Whose selection window to extend, until when, and why: give `enrolmentId` (one teacher), or `programmeId` and `schoolId` (every teacher of the school in the programme). */
export type ExtendSelectionWindowInput = {
  /** Why; kept in each enrolment’s history. At most 2000 characters. */
  comment?: string | null | undefined;
  /** One teacher’s enrolment. */
  enrolmentId?: string | null | undefined;
  /** With schoolId: the programme. */
  programmeId?: string | null | undefined;
  /** With programmeId: a school enrolled in one of the programme’s batches. */
  schoolId?: string | null | undefined;
  /** The new deadline: later than now and than the current deadline. */
  until: string;
};

/** A role to grant a person on an organisation. */
export type GrantRoleInput = {
  /** The organisation the role is held on; the viewer must administer it at the role’s level or above. */
  organisationId: string;
  /** The role (not SYNC_CLIENT). */
  role: Role;
  /** The person; they must be visible to the viewer. */
  userId: string;
};

/** Why the hours of a group activity cannot be set as asked. */
export const GroupActivityHoursProblem = {
  /** The kind earns the programme’s fixed hours (`fixedHours`): give none. */
  FIXED_BY_PROGRAMME: 'FIXED_BY_PROGRAMME',
  /** An OFFLINE activity needs its hours. */
  MISSING: 'MISSING',
  /** OFFLINE hours must be above 0 and at most `maxHours`, with at most one decimal place. */
  OUT_OF_RANGE: 'OUT_OF_RANGE'
} as const;

export type GroupActivityHoursProblem = typeof GroupActivityHoursProblem[keyof typeof GroupActivityHoursProblem];
/** What a school-based group activity (校本研修活动) is; the programme sets the hours of each online kind. */
export const GroupActivityKind = {
  /** 听课评课: lesson observation and critique; lessonCritiqueHours (5). */
  LESSON_CRITIQUE: 'LESSON_CRITIQUE',
  /** 线下活动: held offline with named participants and uploaded evidence; the leader sets the hours, up to offlineMaxHours (10). */
  OFFLINE: 'OFFLINE',
  /** 研修作业: an online study assignment; studyAssignmentHours (5). */
  STUDY_ASSIGNMENT: 'STUDY_ASSIGNMENT',
  /** 教学研讨: an online discussion; the programme’s teachingDiscussionHours (2 in Guangdong). */
  TEACHING_DISCUSSION: 'TEACHING_DISCUSSION'
} as const;

export type GroupActivityKind = typeof GroupActivityKind[keyof typeof GroupActivityKind];
/** Where a group activity is: PUBLISHED → COMPLETED (hours recorded, final) or CANCELLED (final). */
export const GroupActivityStatus = {
  /** Cancelled before completion: nobody earns its hours. */
  CANCELLED: 'CANCELLED',
  /** Completed: its participants earned its hours. */
  COMPLETED: 'COMPLETED',
  /** Published by the leader; nobody has earned its hours yet. */
  PUBLISHED: 'PUBLISHED'
} as const;

export type GroupActivityStatus = typeof GroupActivityStatus[keyof typeof GroupActivityStatus];
/** How the rows of `schoolGroupHours` are sorted; ties by name. */
export const GroupHoursOrder = {
  /** Fewest counted hours first: the teachers at risk of missing the cap on top (default). */
  COUNTED_HOURS_ASC: 'COUNTED_HOURS_ASC',
  /** Most counted hours first. */
  COUNTED_HOURS_DESC: 'COUNTED_HOURS_DESC',
  /** By display name. */
  NAME: 'NAME'
} as const;

export type GroupHoursOrder = typeof GroupHoursOrder[keyof typeof GroupHoursOrder];
/** A post to hide, with the reason. */
export type HidePostInput = {
  /** The post. */
  postId: string;
  /** Why it is hidden, 1 to 500 characters; shown to its author and moderators. */
  reason: string;
};

/** A course list to add to (or update in) a programme’s catalogue. */
export type ImportCoursesInput = {
  /** Only check the file and report each row’s outcome; write nothing. Default false. */
  dryRun?: boolean | null | undefined;
  /** A CSV (UTF-8, with or without a byte-order mark) or XLSX (first worksheet) file of at most 5 MB and 2000 course rows. The first non-blank row is the header; columns by header, in any order: code (编码 / 课程编码), title (标题 / 课程名称), kind (类型: OVERVIEW 概述, THEORY 理论, PRACTICE 实践, CASE 案例, SPECIFICATION 规范), media (形式: VIDEO 视频, DOCUMENT 文档), requirement (必修/选修: REQUIRED 必修, ELECTIVE 选修), and durationSeconds (时长（秒）) or durationMinutes (时长（分钟）); optionally competency (能力点: a code of the programme’s catalogue, e.g. A1), module (模块), stage (学段: PRIMARY 小学, JUNIOR_SECONDARY 初中 …), subject (学科) and position (排序; default: the row number for a new course, unchanged for an existing one). Other columns are ignored. A row whose code the programme has updates that course (its blank optional cells clear the field). */
  file: Blob;
  /** The programme; the viewer must be its district admin. */
  programmeId: string;
};

/** A roster file of teachers to enrol in a batch through their school. */
export type ImportEnrolmentsInput = {
  /** The batch; the school must be enrolled in it (have a quota). */
  batchId: string;
  /** Only check the file and report each row’s outcome; write nothing. Default false. */
  dryRun?: boolean | null | undefined;
  /** A CSV (UTF-8, with or without a byte-order mark) or XLSX (first worksheet) file of at most 5 MB and 5000 teacher rows. The first non-blank row is the header; columns by header, in any order: login (登录名 / 用户名), name (姓名), and optionally email (邮箱), nationalId (身份证号), class (班级: a class code or name), and enrolledAt (报名日期: for a past roster, a day such as 2021-05-10, taken as 00:00 UTC, an XLSX date cell, or an ISO-8601 time with its zone; not in the future; each teacher’s selection window is computed from it, so a long-past date gives a window that has closed). Other columns are ignored. A login, name or e-mail beginning with =, +, -, @, a tab or a carriage return fails its row (FORMULA_LIKE_VALUE). */
  file: Blob;
  /** The school; the viewer must be its school admin. */
  schoolId: string;
};

/** A file of people to create or update in an organisation. */
export type ImportPeopleInput = {
  /** Only check the file and report each row’s outcome; write nothing. Default false. */
  dryRun?: boolean | null | undefined;
  /** A CSV (UTF-8, with or without a byte-order mark) or XLSX (first worksheet) file of at most 5 MB and 5000 people. The first non-blank row is the header; columns by header, in any order: login (登录名), name (姓名), and optionally phone (电话 / 手机), email (邮箱), subject (学科), stage (学段: PRIMARY or 小学 …), employeeNumber (工号), nationalId (身份证号), roles (角色: "TEACHER;CLASS_TUTOR@<class code>"), class (班级) and group (教研组) codes the person joins as a member, identityIssuer (身份来源) and identitySubject (身份标识). Other columns are ignored; blank cells keep what is stored. */
  file: Blob;
  /** The school, district or province: new people’s home; roles without a code are held on it; codes name organisations at or below it. */
  organisationId: string;
};

/** Why a row of a people file cannot be imported. */
export const ImportPeopleRowErrorCode = {
  /** An earlier row of the file has the same login, national ID number or identity. */
  DUPLICATE_ROW: 'DUPLICATE_ROW',
  /** A text value begins with =, +, -, @, a tab or a carriage return, which a spreadsheet would run as a formula (CSV injection); such values are refused rather than stored. */
  FORMULA_LIKE_VALUE: 'FORMULA_LIKE_VALUE',
  /** The person holds a role on an organisation whose people the importer does not manage: whoever holds a sign-on acts with every role of the person, so only admins over all of them may link one (as linkIdentity). */
  IDENTITY_BEYOND_SCOPE: 'IDENTITY_BEYOND_SCOPE',
  /** The identity (issuer and subject) belongs to another person. */
  IDENTITY_TAKEN: 'IDENTITY_TAKEN',
  /** The national ID number is not a possible one (18 characters, a real birth date, the GB 11643 check character). */
  INVALID_NATIONAL_ID: 'INVALID_NATIONAL_ID',
  /** A value is malformed: a login, e-mail, phone number, stage or other field outside its limits, an identity with only its issuer or subject, a class or group code naming another kind of organisation. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** The login belongs to a person whose home lies outside the organisation. */
  LOGIN_TAKEN: 'LOGIN_TAKEN',
  /** The login is blank, or the name of a new person. */
  MISSING_FIELD: 'MISSING_FIELD',
  /** The national ID number belongs to another person. */
  NATIONAL_ID_TAKEN: 'NATIONAL_ID_TAKEN',
  /** A role the importer may not grant there: the wrong kind of organisation, above their level, or SYNC_CLIENT (see grantRole). */
  ROLE_NOT_GRANTABLE: 'ROLE_NOT_GRANTABLE',
  /** A role or the class or group cell names a code of no active organisation at or below this one. */
  UNKNOWN_ORGANISATION: 'UNKNOWN_ORGANISATION',
  /** The roles cell names something that is not a role. */
  UNKNOWN_ROLE: 'UNKNOWN_ROLE'
} as const;

export type ImportPeopleRowErrorCode = typeof ImportPeopleRowErrorCode[keyof typeof ImportPeopleRowErrorCode];
/** What importing one person did (or, in a dry run or a failed import, would do). */
export const ImportPeopleRowOutcome = {
  /** A new account, its details, roles and identity. */
  CREATED: 'CREATED',
  /** The row cannot be imported; see `code` and `message`. Nothing of the file was written. */
  ERROR: 'ERROR',
  /** An existing person who already has these details, roles and identity. */
  UNCHANGED: 'UNCHANGED',
  /** An existing person whose details change, or who gains a role or an identity; see `changes`. */
  UPDATED: 'UPDATED'
} as const;

export type ImportPeopleRowOutcome = typeof ImportPeopleRowOutcome[keyof typeof ImportPeopleRowOutcome];
/** Why a row of an import cannot be imported. */
export const ImportRowErrorCode = {
  /** The teacher is enrolled in this programme in another batch. */
  ALREADY_ENROLLED: 'ALREADY_ENROLLED',
  /** An earlier row of the file has the same login or national ID number. */
  DUPLICATE_ROW: 'DUPLICATE_ROW',
  /** The login, name or e-mail begins with =, +, -, @, a tab or a carriage return, which a spreadsheet would run as a formula (CSV injection); such values are refused rather than stored. */
  FORMULA_LIKE_VALUE: 'FORMULA_LIKE_VALUE',
  /** The enrolment date is not a day (2021-05-10) or an ISO-8601 time with its zone, or it is in the future. */
  INVALID_ENROLMENT_DATE: 'INVALID_ENROLMENT_DATE',
  /** The national ID number is not a possible one (18 characters, a real birth date, the GB 11643 check character). */
  INVALID_NATIONAL_ID: 'INVALID_NATIONAL_ID',
  /** A value is malformed: a login with spaces or over 64 characters, a name over 100 characters, an e-mail that is not one. */
  INVALID_VALUE: 'INVALID_VALUE',
  /** The login belongs to a user of another organisation. */
  LOGIN_TAKEN: 'LOGIN_TAKEN',
  /** The login or the name is blank. */
  MISSING_FIELD: 'MISSING_FIELD',
  /** The national ID number belongs to another user. */
  NATIONAL_ID_TAKEN: 'NATIONAL_ID_TAKEN',
  /** The row would enrol a teacher beyond the school’s quota for the batch (rows count in file order). */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** The school has no class with this code or name. */
  UNKNOWN_CLASS: 'UNKNOWN_CLASS'
} as const;

export type ImportRowErrorCode = typeof ImportRowErrorCode[keyof typeof ImportRowErrorCode];
/** What importing one row did (or, in a dry run or a failed import, would do). */
export const ImportRowOutcome = {
  /** The teacher is enrolled by this import (`accountCreated` tells whether their account is new). */
  CREATED: 'CREATED',
  /** The row cannot be imported; see `code` and `message`. Nothing of the file was written. */
  ERROR: 'ERROR',
  /** The teacher was already enrolled in this batch with these details. */
  UNCHANGED: 'UNCHANGED',
  /** The teacher was already enrolled in this batch; their name, e-mail, national ID, class or enrolment date changed. */
  UPDATED: 'UPDATED'
} as const;

export type ImportRowOutcome = typeof ImportRowOutcome[keyof typeof ImportRowOutcome];
/** The file format of an export. */
export const LearningExportFormat = {
  /** Comma-separated values, UTF-8 with a byte-order mark. */
  CSV: 'CSV',
  /** An Excel workbook. */
  XLSX: 'XLSX'
} as const;

export type LearningExportFormat = typeof LearningExportFormat[keyof typeof LearningExportFormat];
/** A sign-on identity to link to a person. */
export type LinkIdentityInput = {
  /** The identity provider: the `iss` of its tokens, exactly (1 to 255 characters, no control character). It need not be configured yet: identities may be linked before the provider is trusted. */
  issuer: string;
  /** The person at that provider: the `sub` of their tokens, exactly (1 to 255 characters, no control character). */
  subject: string;
  /** The person; the viewer must manage the people of their home organisation. */
  userId: string;
};

/** The class tutor’s mark on the current attempt of a submission. */
export type MarkAssignmentInput = {
  /** A comment for the teacher: at most 2000 characters. */
  comment?: string | null | undefined;
  /** The attempt the tutor marked (`AssignmentSubmission.attempt` as loaded); another current attempt is a CONFLICT. */
  expectedAttempt: number;
  /** A whole mark from 0 to the programme’s maxMark (default 100). */
  mark: number;
  /** A SUBMITTED submission of the tutor’s class. */
  submissionId: string;
};

/** A school and the district it moves to. */
export type MoveSchoolInput = {
  /** The district it moves to (active); the viewer must be a province admin over it and the school. */
  districtId: string;
  /** The school. */
  id: string;
};

/** What is wrong with a national ID number. */
export const NationalIdProblem = {
  /** The birth date (characters 7–14) is not a real date from 1900 to today. */
  BIRTH_DATE: 'BIRTH_DATE',
  /** The check character (GB 11643, ISO 7064 MOD 11-2) does not match: the number is mistyped. */
  CHECK_DIGIT: 'CHECK_DIGIT',
  /** Not 17 digits followed by a digit or X. */
  FORMAT: 'FORMAT'
} as const;

export type NationalIdProblem = typeof NationalIdProblem[keyof typeof NationalIdProblem];
/** A class tutor nominates a teacher of their class as an excellent trainee (优秀学员). */
export type NominateExcellentInput = {
  /** Why the teacher deserves it, for the district: at most 2000 characters (trimmed). */
  comment?: string | null | undefined;
  /** The enrolment of a teacher of the tutor’s class who has PASSED. */
  enrolmentId: string;
};

/** NOMINATED: the class’s tutor nominated the teacher, awaiting the district (takes a place of the class’s quota); CONFIRMED: the district confirmed them an excellent trainee (优秀学员; takes a place); WITHDRAWN: the tutor withdrew it or the district declined it (frees the place; the tutor may nominate the teacher again). */
export const NominationStatus = {
  CONFIRMED: 'CONFIRMED',
  NOMINATED: 'NOMINATED',
  WITHDRAWN: 'WITHDRAWN'
} as const;

export type NominationStatus = typeof NominationStatus[keyof typeof NominationStatus];
/** Why the school admin may not select on a teacher’s behalf. */
export const OnBehalfRefusal = {
  /** The programme does not allow it (adminSelectsAfterDeadline is off). */
  DISABLED: 'DISABLED',
  /** The teacher has no selection deadline to pass. */
  NO_DEADLINE: 'NO_DEADLINE'
} as const;

export type OnBehalfRefusal = typeof OnBehalfRefusal[keyof typeof OnBehalfRefusal];
/** The level of an organisation in the tree. */
export const OrganisationKind = {
  CITY: 'CITY',
  CLASS: 'CLASS',
  DISTRICT: 'DISTRICT',
  GROUP: 'GROUP',
  PROVINCE: 'PROVINCE',
  SCHOOL: 'SCHOOL'
} as const;

export type OrganisationKind = typeof OrganisationKind[keyof typeof OrganisationKind];
/** What an import changes for an existing person. */
export const PersonChange = {
  /** The e-mail address. */
  EMAIL: 'EMAIL',
  /** The employee number. */
  EMPLOYEE_NUMBER: 'EMPLOYEE_NUMBER',
  /** A sign-on identity is linked. */
  IDENTITY: 'IDENTITY',
  /** The display name. */
  NAME: 'NAME',
  /** The national ID number. */
  NATIONAL_ID: 'NATIONAL_ID',
  /** The phone number. */
  PHONE: 'PHONE',
  /** A role is granted. */
  ROLES: 'ROLES',
  /** The school stage. */
  STAGE: 'STAGE',
  /** The teaching subject. */
  SUBJECT: 'SUBJECT'
} as const;

export type PersonChange = typeof PersonChange[keyof typeof PersonChange];
/** A phase of a programme: PREPARATION (准备), IMPLEMENTATION (实施), SUMMARY (总结), FOLLOW_UP (跟进). */
export const PhaseKind = {
  FOLLOW_UP: 'FOLLOW_UP',
  IMPLEMENTATION: 'IMPLEMENTATION',
  PREPARATION: 'PREPARATION',
  SUMMARY: 'SUMMARY'
} as const;

export type PhaseKind = typeof PhaseKind[keyof typeof PhaseKind];
/** A post to pin or unpin. */
export type PinPostInput = {
  /** True pins it (first in the list), false unpins it. */
  pinned: boolean;
  /** The post (pinning matters for threads). */
  postId: string;
};

/** A tutor posts the class’s weekly statistics. */
export type PostClassStatisticsInput = {
  /** The tutor’s class. */
  classId: string;
  /** The programme. */
  programmeId: string;
};

/** A new post, or a reply, in a workshop. */
export type PostInWorkshopInput = {
  /** An activity of the workshop to post in (a reply is in its thread’s activity). */
  activityId?: string | null | undefined;
  /** Up to 5 files: PDF, DOC, DOCX, PPTX, XLSX, JPEG or PNG (by extension and by content), each at most 20 MB. Send as a multipart request. */
  attachments?: Array<Blob> | null | undefined;
  /** Plain text, 1 to 10000 characters (trimmed). */
  body: string;
  /** The post of the same workshop this one replies to. */
  parentId?: string | null | undefined;
  /** The workshop; the viewer must take part in it (a member or a host) or tutor its class. */
  workshopId: string;
};

/** How the district console sorts schools (ties: by name, then id). */
export const ProgrammeLearningOrder = {
  /** By school name. */
  NAME_ASC: 'NAME_ASC',
  /** By school name, descending. */
  NAME_DESC: 'NAME_DESC',
  /** Lowest pass rate first. */
  PASS_RATE_ASC: 'PASS_RATE_ASC',
  /** Highest pass rate first. */
  PASS_RATE_DESC: 'PASS_RATE_DESC',
  /** Lowest registration rate first. */
  REGISTRATION_RATE_ASC: 'REGISTRATION_RATE_ASC',
  /** Highest registration rate first. */
  REGISTRATION_RATE_DESC: 'REGISTRATION_RATE_DESC',
  /** Lowest study rate first. */
  STUDY_RATE_ASC: 'STUDY_RATE_ASC',
  /** Highest study rate first. */
  STUDY_RATE_DESC: 'STUDY_RATE_DESC'
} as const;

export type ProgrammeLearningOrder = typeof ProgrammeLearningOrder[keyof typeof ProgrammeLearningOrder];
/** A phase and its dates (inclusive). */
export type ProgrammePhaseInput = {
  /** Last day; on or after startsOn. */
  endsOn: string;
  /** At most one phase of each kind. */
  kind: PhaseKind;
  /** First day. */
  startsOn: string;
};

/** A programme’s rules, saved as the current rules version. The rules are replaced as a whole: an omitted section takes its defaults. */
export type ProgrammeRulesInput = {
  /** Default: 0–100, 3 attempts. */
  assignments?: AssignmentsRulesInput | null | undefined;
  /** Default: one class per school. */
  enrolment?: EnrolmentRulesInput | null | undefined;
  /** Default: Guangdong’s hours (2, 5, 5, up to 10; 25 counted). */
  schoolBasedStudy?: SchoolBasedStudyRulesInput | null | undefined;
  /** The scoring scheme; omitted: the programme scores nothing online. */
  scoring?: ScoringRulesInput | null | undefined;
  selection: SelectionRulesInput;
  /** Default: no limit, tutors may reject. */
  shares?: SharesRulesInput | null | undefined;
  /** The class-tutor evaluation; omitted: the programme does not evaluate its tutors. */
  tutorEvaluation?: TutorEvaluationRulesInput | null | undefined;
  /** Default: real time, 120 s, 180 days. */
  viewing?: ViewingRulesInput | null | undefined;
  /** Default: any post counts. */
  workshop?: WorkshopRulesInput | null | undefined;
};

/** Life cycle of a programme: DRAFT → PUBLISHED → RUNNING → CLOSED. Rules and catalogue change only while DRAFT; nothing changes once CLOSED. */
export const ProgrammeStatus = {
  CLOSED: 'CLOSED',
  DRAFT: 'DRAFT',
  PUBLISHED: 'PUBLISHED',
  RUNNING: 'RUNNING'
} as const;

export type ProgrammeStatus = typeof ProgrammeStatus[keyof typeof ProgrammeStatus];
/** What kind of record of a teacher’s progress changed. */
export const ProgressChangeKind = {
  /** An assignment was submitted, marked or returned. */
  ASSIGNMENT: 'ASSIGNMENT',
  /** A group activity was completed (hours may have been earned). */
  GROUP_ACTIVITY: 'GROUP_ACTIVITY',
  /** A workshop post was written, hidden or restored (participation may have changed). */
  POST: 'POST',
  /** A resource was shared or a share rejected. */
  SHARE: 'SHARE',
  /** Course viewing was recorded (credited study time may have grown). */
  VIEWING: 'VIEWING'
} as const;

export type ProgressChangeKind = typeof ProgressChangeKind[keyof typeof ProgressChangeKind];
/** A class announcement or briefing. */
export type PublishClassNoticeInput = {
  /** Up to 5 files: PDF, DOC, DOCX, PPTX, XLSX, JPEG or PNG, each at most 20 MB. Send as a multipart request. */
  attachments?: Array<Blob> | null | undefined;
  /** Rich text as HTML; cleaned on save (scripts, styles, event handlers, images and non-http(s) links removed); at most 50000 characters once cleaned. */
  body: string;
  /** The class (an Organisation of kind CLASS). */
  classId: string;
  /** ANNOUNCEMENT (公告) or BRIEFING (简报). */
  kind: ClassNoticeKind;
  /** A RUNNING programme with teachers enrolled in the class. */
  programmeId: string;
  /** 1 to 200 characters. */
  title: string;
};

/** A school-based activity (校本研修活动) a group leader publishes for the group’s members in a programme. */
export type PublishGroupActivityInput = {
  /** What the members do: plain text, at most 5000 characters (line breaks allowed). */
  description?: string | null | undefined;
  /** When it ends (optional); after startsAt. */
  endsAt?: string | null | undefined;
  /** OFFLINE only: up to 10 files of evidence (photos as PDF, records): PDF, DOC, DOCX or XLSX by extension and content, each at most 10 MB (10485760 bytes). More can be added later (addGroupActivityEvidence). */
  evidence?: Array<Blob> | null | undefined;
  /** The teaching-research group (kind GROUP, active); the viewer must be its leader. */
  groupId: string;
  /** OFFLINE only, and required there: the hours (学时) a participant earns, more than 0 and at most the programme’s offlineMaxHours (10 in Guangdong), at most one decimal place. The other kinds earn the programme’s hours for the kind: giving any is refused (GROUP_ACTIVITY_HOURS). */
  hours?: number | null | undefined;
  /** What the activity is. */
  kind: GroupActivityKind;
  /** OFFLINE only, and required there: 1 to 100 participants, each a member of the group enrolled in the programme (else NOT_GROUP_MEMBER). */
  participantIds?: Array<string> | null | undefined;
  /** A RUNNING programme with the group’s school in one of its batches. */
  programmeId: string;
  /** When it starts (optional). */
  startsAt?: string | null | undefined;
  /** 1 to 200 characters, no control characters. */
  title: string;
};

/** Which programme to move from DRAFT to PUBLISHED, and why. */
export type PublishProgrammeInput = {
  /** Kept in the programme’s history; at most 2000 characters. */
  comment?: string | null | undefined;
  id: string;
};

/** A deactivated school to reactivate. */
export type ReactivateSchoolInput = {
  /** The school. */
  id: string;
};

/** A person to reactivate. */
export type ReactivateUserInput = {
  /** The person; the viewer must manage the people of their home organisation. */
  id: string;
};

/** The district recognises a tutor as excellent (优秀班级辅导者), or withdraws the recognition. */
export type RecogniseExcellentTutorInput = {
  /** The tutor’s class. */
  classId: string;
  /** True to recognise, false to withdraw the recognition. */
  excellent: boolean;
  /** The programme. */
  programmeId: string;
  /** The tutor (CLASS_TUTOR of the class). */
  tutorId: string;
};

/** A MARKED submission of the tutor’s class. */
export type RecommendAssignmentInput = {
  /** A MARKED submission of the tutor’s class. */
  submissionId: string;
};

/** A batch of a player’s events for one course (send one every 10 to 60 seconds while playing). */
export type RecordViewingInput = {
  /** The course; it must be on the viewer’s study list. */
  courseId: string;
  /** 1 to 100 events, in the order they happened. */
  events: Array<ViewingEventInput>;
  /** The player’s session id, 1 to 100 characters: a new one for each course the player opens (a UUID). */
  sessionId: string;
};

/** A class tutor rejects a share that breaks the rules. */
export type RejectShareInput = {
  /** Why it breaks the rules, for the teacher: 1 to 500 characters. */
  reason: string;
  /** An ACTIVE share of a teacher of the tutor’s class. */
  shareId: string;
};

/** A member leaving a teaching-research group. */
export type RemoveGroupMemberInput = {
  /** The group; the viewer must be an admin of its school or district. */
  groupId: string;
  /** A user of the school. */
  userId: string;
};

/** The class tutor returns a submission for rework. */
export type ReturnAssignmentInput = {
  /** What to rework: 1 to 2000 characters. */
  comment: string;
  /** The attempt the tutor read (`AssignmentSubmission.attempt` as loaded); another current attempt is a CONFLICT. */
  expectedAttempt: number;
  /** A SUBMITTED submission of the tutor’s class. */
  submissionId: string;
};

/** The school sends a submitted selection back to the teacher. */
export type ReturnSelectionInput = {
  /** What the teacher should change: 1 to 500 characters. */
  comment: string;
  /** A SUBMITTED selection. */
  selectionId: string;
};

/** A role to take from a person on an organisation. */
export type RevokeRoleInput = {
  /** The organisation the role is held on; the viewer must administer it at the role’s level or above. */
  organisationId: string;
  /** The role (not SYNC_CLIENT). */
  role: Role;
  /** The person; they must be visible to the viewer. */
  userId: string;
};

/** A role a person holds on one organisation: PROVINCE_ADMIN (省级管理员), TEACHER (参训教师), CLASS_TUTOR (班级辅导者), GROUP_LEADER (教研组组长), SCHOOL_ADMIN (学校管理员), DISTRICT_ADMIN (区县项目办), EXPERT (辅导/考核专家), SYNC_CLIENT (provincial system). */
export const Role = {
  CLASS_TUTOR: 'CLASS_TUTOR',
  DISTRICT_ADMIN: 'DISTRICT_ADMIN',
  EXPERT: 'EXPERT',
  GROUP_LEADER: 'GROUP_LEADER',
  PROVINCE_ADMIN: 'PROVINCE_ADMIN',
  SCHOOL_ADMIN: 'SCHOOL_ADMIN',
  SYNC_CLIENT: 'SYNC_CLIENT',
  TEACHER: 'TEACHER'
} as const;

export type Role = typeof Role[keyof typeof Role];
/** What happened to a role assignment: GRANTED or REVOKED. */
export const RoleChangeKind = {
  GRANTED: 'GRANTED',
  REVOKED: 'REVOKED'
} as const;

export type RoleChangeKind = typeof RoleChangeKind[keyof typeof RoleChangeKind];
/** A role on one organisation. */
export type RoleGrantInput = {
  /** The organisation the role is held on; its kind must suit the role. */
  organisationId: string;
  /** The role (not SYNC_CLIENT). */
  role: Role;
};

/** Why a role cannot be granted or revoked. */
export const RoleGrantProblem = {
  /** The role is above the viewer’s level over the organisation: a school admin grants school-level roles (TEACHER, CLASS_TUTOR, GROUP_LEADER, SCHOOL_ADMIN), a district admin also EXPERT and DISTRICT_ADMIN, a province admin also PROVINCE_ADMIN. */
  ABOVE_GRANTOR_LEVEL: 'ABOVE_GRANTOR_LEVEL',
  /** SYNC_CLIENT: sync clients are registered, not granted through people management. */
  NOT_GRANTABLE: 'NOT_GRANTABLE',
  /** The role is not held on this kind of organisation: TEACHER on a school, class or group; CLASS_TUTOR on a class; GROUP_LEADER on a group; SCHOOL_ADMIN on a school; EXPERT on a district or school; DISTRICT_ADMIN on a district; PROVINCE_ADMIN on a province. */
  WRONG_ORGANISATION_KIND: 'WRONG_ORGANISATION_KIND'
} as const;

export type RoleGrantProblem = typeof RoleGrantProblem[keyof typeof RoleGrantProblem];
/** Which enrolments of a roster to list, by the state of their selection. */
export const RosterStatusFilter = {
  /** An approved selection. */
  APPROVED: 'APPROVED',
  /** No selection yet. */
  NOT_SELECTED: 'NOT_SELECTED',
  /** A selection returned to the teacher. */
  RETURNED: 'RETURNED',
  /** A selection SUBMITTED or APPROVED (what a plan gate counts). */
  SELECTED: 'SELECTED',
  /** A selection waiting for the school’s review. */
  SUBMITTED: 'SUBMITTED'
} as const;

export type RosterStatusFilter = typeof RosterStatusFilter[keyof typeof RosterStatusFilter];
/** School-based study hours; omitted values take their defaults (Guangdong’s). */
export type SchoolBasedStudyRulesInput = {
  /** Greater than 0, at most 1000. Default 25. */
  hoursCap?: number | null | undefined;
  /** Greater than 0, at most 100. Default 5. */
  lessonCritiqueHours?: number | null | undefined;
  /** Greater than 0, at most 100. Default 10. */
  offlineMaxHours?: number | null | undefined;
  /** Greater than 0, at most 100. Default 5. */
  studyAssignmentHours?: number | null | undefined;
  /** Greater than 0, at most 100. Default 2. */
  teachingDiscussionHours?: number | null | undefined;
};

/** A school and its quota (名额) of teachers in the batch. */
export type SchoolQuotaInput = {
  /** Teachers the school may enrol in the batch: 0 to 100000. */
  quota: number;
  /** A school of the programme’s district. */
  schoolId: string;
};

/** A school stage (学段) a batch is meant for. */
export const SchoolStage = {
  JUNIOR_SECONDARY: 'JUNIOR_SECONDARY',
  KINDERGARTEN: 'KINDERGARTEN',
  PRIMARY: 'PRIMARY',
  SENIOR_SECONDARY: 'SENIOR_SECONDARY',
  VOCATIONAL: 'VOCATIONAL'
} as const;

export type SchoolStage = typeof SchoolStage[keyof typeof SchoolStage];
/** What a score line says about its item (its `message` words it in the request’s language). */
export const ScoreLineCode = {
  /** PER_UNIT or MARK_WEIGHT: the points are below the item’s minimum (`missing` units, or marks to the least passing mark). */
  SCORE_BELOW_MINIMUM: 'SCORE_BELOW_MINIMUM',
  /** GROUP_HOURS: fewer recorded hours than the item’s minimum (`missing` hours). */
  SCORE_HOURS_SHORT: 'SCORE_HOURS_SHORT',
  /** The item is complete: its minimum is met. */
  SCORE_ITEM_COMPLETE: 'SCORE_ITEM_COMPLETE',
  /** WATCH_MINUTES: fewer credited minutes than required (`missing` minutes). */
  SCORE_MINUTES_SHORT: 'SCORE_MINUTES_SHORT',
  /** MARK_WEIGHT: the assignment is not marked yet (0 points). */
  SCORE_NOT_MARKED: 'SCORE_NOT_MARKED',
  /** WATCH_MINUTES: enough minutes, but too few in required courses (`missing` minutes of required courses). */
  SCORE_REQUIRED_COURSES_SHORT: 'SCORE_REQUIRED_COURSES_SHORT'
} as const;

export type ScoreLineCode = typeof ScoreLineCode[keyof typeof ScoreLineCode];
/** Where a teacher stands against the programme’s scoring scheme. */
export const ScoreVerdict = {
  /** Not passed, and the study phase has ended (the IMPLEMENTATION phase ended before today, or the programme is CLOSED): remedial study. */
  FAILED: 'FAILED',
  /** Not passed yet, and the study phase has not ended. */
  IN_PROGRESS: 'IN_PROGRESS',
  /** The total reaches the pass threshold and every required item is complete (合格). */
  PASSED: 'PASSED'
} as const;

export type ScoreVerdict = typeof ScoreVerdict[keyof typeof ScoreVerdict];
/** One scoring item: give the fields of its kind only (see ScoringItem). */
export type ScoringItemInput = {
  /** MARK_WEIGHT: the assignment’s code. */
  assignmentCode?: string | null | undefined;
  /** GROUP_HOURS: greater than 0. */
  capHours?: number | null | undefined;
  /** 1 to 40 letters, digits, "-" or "_", starting with a letter; unique. */
  key: string;
  kind: ScoringItemKind;
  /** PER_UNIT: greater than 0. */
  maxPoints?: number | null | undefined;
  /** GROUP_HOURS: default 0. */
  minHours?: number | null | undefined;
  /** PER_UNIT (at most maxPoints) and MARK_WEIGHT; default 0. */
  minPoints?: number | null | undefined;
  /** 1 to 100 characters. */
  nameEn: string;
  /** 1 to 100 characters. */
  nameZh: string;
  /** WATCH_MINUTES: greater than 0. */
  points?: number | null | undefined;
  /** GROUP_HOURS: default 1. */
  pointsPerHour?: number | null | undefined;
  /** PER_UNIT: greater than 0. */
  pointsPerUnit?: number | null | undefined;
  /** Default true. */
  required?: boolean | null | undefined;
  /** WATCH_MINUTES: 0 to requiredMinutes. */
  requiredCourseMinutes?: number | null | undefined;
  /** WATCH_MINUTES: 1 or more. */
  requiredMinutes?: number | null | undefined;
  /** PER_UNIT. */
  unit?: ScoringUnit | null | undefined;
  /** MARK_WEIGHT: greater than 0, at most 1. */
  weight?: number | null | undefined;
};

/** How a scoring item turns counted facts into points. */
export const ScoringItemKind = {
  /** School-based hours (up to capHours) × pointsPerHour; complete at minHours. */
  GROUP_HOURS: 'GROUP_HOURS',
  /** The tutor’s mark of an assignment × weight; complete at minPoints. */
  MARK_WEIGHT: 'MARK_WEIGHT',
  /** pointsPerUnit per counted unit, at most maxPoints; complete at minPoints. */
  PER_UNIT: 'PER_UNIT',
  /** points × min(1, credited minutes / requiredMinutes); complete at the minutes (and requiredCourseMinutes in required courses). */
  WATCH_MINUTES: 'WATCH_MINUTES'
} as const;

export type ScoringItemKind = typeof ScoringItemKind[keyof typeof ScoringItemKind];
/** A scoring scheme. */
export type ScoringRulesInput = {
  /** Share 0 to 1 of a class (default 0.15). */
  excellentQuotaRate?: number | null | undefined;
  /** 1 to 20 items. */
  items: Array<ScoringItemInput>;
  /** Least total to pass; 0 or more. */
  passThreshold: number;
};

/** What a PER_UNIT item counts. */
export const ScoringUnit = {
  /** Completed school-based group activities. */
  GROUP_ACTIVITY: 'GROUP_ACTIVITY',
  /** Shares that count (not rejected). */
  SHARE: 'SHARE',
  /** Counted participations in workshop activities (one per activity). */
  WORKSHOP_PARTICIPATION: 'WORKSHOP_PARTICIPATION'
} as const;

export type ScoringUnit = typeof ScoringUnit[keyof typeof ScoringUnit];
/** A selection the school admin makes for a teacher who did not select in time (代为选择). */
export type SelectOnBehalfInput = {
  /** Why, for the history: at most 500 characters. */
  comment?: string | null | undefined;
  /** Competency IDs in the order chosen: 1 to 30. */
  competencyIds: Array<string>;
  /** The teacher’s enrolment. */
  enrolmentId: string;
};

/** Selection rules; omitted numbers mean "no such requirement", omitted flags false. */
export type SelectionRulesInput = {
  /** Default false. */
  adminSelectsAfterDeadline?: boolean | null | undefined;
  /** Default: NONE. */
  dimensionRule?: DimensionRuleInput | null | undefined;
  /** Most points; 1 or more, at least minPoints. */
  maxPoints?: number | null | undefined;
  /** Least total credits; 0 or more. */
  minCredits?: number | null | undefined;
  /** Least number of points; 1 or more. */
  minPoints?: number | null | undefined;
  /** Default false. */
  requireSchoolReview?: boolean | null | undefined;
  /** Share greater than 0 and at most 1 (0.9 = 90%). */
  schoolPlanGateRate?: number | null | undefined;
  /** Days a teacher has to select, from enrolment or the batch’s selectionOpensAt (the later), capped by its selectionClosesAt; 1 or more. Changing it (only while DRAFT) recomputes the enrolled teachers’ deadlines, except those extended one by one. */
  selectionWindowDays?: number | null | undefined;
};

/** State of a competency selection: SUBMITTED (waiting for the school’s review), APPROVED (final), RETURNED (sent back to the teacher with a comment). */
export const SelectionStatus = {
  APPROVED: 'APPROVED',
  RETURNED: 'RETURNED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type SelectionStatus = typeof SelectionStatus[keyof typeof SelectionStatus];
/** Which selection rule a selection breaks. */
export const SelectionViolationCode = {
  /** The selection totals `actual` credits; the programme requires at least `required`. */
  CREDITS_BELOW_MIN: 'CREDITS_BELOW_MIN',
  /** A competency is selected more than once (`competencyCodes`); it counts once. */
  DUPLICATE_COMPETENCY: 'DUPLICATE_COMPETENCY',
  /** No competency is selected. */
  EMPTY_SELECTION: 'EMPTY_SELECTION',
  /** The programme does not let the school admin select on a teacher’s behalf (`reason`). */
  ON_BEHALF_NOT_ALLOWED: 'ON_BEHALF_NOT_ALLOWED',
  /** A competency is outside the range the school allows (`competencyCodes`). */
  OUTSIDE_SCHOOL_RANGE: 'OUTSIDE_SCHOOL_RANGE',
  /** Every selected point is in one dimension (`dimension`); the programme wants more than one. */
  SINGLE_DIMENSION: 'SINGLE_DIMENSION',
  /** The points cover `actual` dimensions; the programme requires at least `required`. */
  TOO_FEW_DIMENSIONS: 'TOO_FEW_DIMENSIONS',
  /** `actual` points are selected; the programme requires at least `required`. */
  TOO_FEW_POINTS: 'TOO_FEW_POINTS',
  /** `actual` points are selected; the programme allows at most `allowed`. */
  TOO_MANY_POINTS: 'TOO_MANY_POINTS',
  /** A competency is not in the programme’s catalogue (`competencyCodes`: the codes, or the IDs given when unknown). */
  UNKNOWN_COMPETENCY: 'UNKNOWN_COMPETENCY',
  /** The teacher’s selection window closed at `closedAt`. */
  WINDOW_CLOSED: 'WINDOW_CLOSED',
  /** The teacher may still select until `closesAt`; the school admin may select on their behalf only after it. */
  WINDOW_STILL_OPEN: 'WINDOW_STILL_OPEN'
} as const;

export type SelectionViolationCode = typeof SelectionViolationCode[keyof typeof SelectionViolationCode];
/** The leader (教研组组长) of a teaching-research group. */
export type SetGroupLeaderInput = {
  /** The group; the viewer must be an admin of its school or district. */
  groupId: string;
  /** A user of the school (their home organisation). */
  userId: string;
};

/** The whole new range of a school in a programme; it replaces the previous one. */
export type SetSchoolRangeInput = {
  /** Competencies of the programme’s catalogue: 1 to 100 (repeats count once). */
  competencyIds: Array<string>;
  /** A programme with the school in one of its batches; not CLOSED. */
  programmeId: string;
  /** The school; the viewer must be its school admin. */
  schoolId: string;
};

/** The host of a workshop. */
export type SetWorkshopHostInput = {
  /** An expert, a class tutor or an admin of the programme’s district; null removes the host. */
  hostId?: string | null | undefined;
  /** The workshop. */
  workshopId: string;
};

/** What a teacher shares: RESOURCE (共享资源: a lesson plan, courseware, a link) or ARTICLE (学科文章). */
export const ShareKind = {
  ARTICLE: 'ARTICLE',
  RESOURCE: 'RESOURCE'
} as const;

export type ShareKind = typeof ShareKind[keyof typeof ShareKind];
/** A resource or article to share: a link or a file (exactly one), a title, and what it serves. */
export type ShareResourceInput = {
  /** The micro-competency it serves: one of the programme’s catalogue. */
  competencyId?: string | null | undefined;
  /** The viewer’s own enrolment in a PUBLISHED or RUNNING programme. */
  enrolmentId: string;
  /** A file: PDF, DOC, DOCX, PPTX, XLSX, JPEG or PNG (by extension and by content), at most 20 MB (20971520 bytes). Give this or `url`. */
  file?: Blob | null | undefined;
  /** RESOURCE or ARTICLE. */
  kind: ShareKind;
  /** The course module it serves (师德素养, 专业发展 …): 1 to 50 characters. */
  module?: string | null | undefined;
  /** 1 to 200 characters (trimmed). */
  title: string;
  /** A link: an http:// or https:// address of at most 2000 characters. Give this or `file`. */
  url?: string | null | undefined;
};

/** ACTIVE: counts toward the programme’s scheme; REJECTED: a class tutor rejected it for breaking the rules, with a reason (it no longer counts). */
export const ShareStatus = {
  ACTIVE: 'ACTIVE',
  REJECTED: 'REJECTED'
} as const;

export type ShareStatus = typeof ShareStatus[keyof typeof ShareStatus];
/** Shares; omitted values take their defaults. */
export type SharesRulesInput = {
  /** 1 or more; omitted: no limit. */
  maxPerTeacher?: number | null | undefined;
  /** Default true. */
  tutorMayReject?: boolean | null | undefined;
};

/** Which programme to move from PUBLISHED to RUNNING, and why. */
export type StartProgrammeInput = {
  /** Kept in the programme’s history; at most 2000 characters. */
  comment?: string | null | undefined;
  id: string;
};

/** Why a study list is closed. */
export const StudyListClosedReason = {
  /** The programme sets a plan gate (selection.schoolPlanGateRate) and the school has not uploaded its IT development plan yet. */
  PLAN_GATE: 'PLAN_GATE'
} as const;

export type StudyListClosedReason = typeof StudyListClosedReason[keyof typeof StudyListClosedReason];
/** Why a course is on a teacher’s study list (学习清单). */
export const StudySource = {
  /** A course of a competency the teacher selected (selection SUBMITTED or APPROVED); it counts as required or elective minutes by its requirement. */
  COMPETENCY: 'COMPETENCY',
  /** An elective course the teacher added (addElective). */
  ELECTIVE: 'ELECTIVE',
  /** A required course of the programme bound to no competency: on everyone’s list. */
  REQUIRED: 'REQUIRED'
} as const;

export type StudySource = typeof StudySource[keyof typeof StudySource];
/** State of a submission: SUBMITTED (waiting for the class tutor), RETURNED (sent back for rework with a comment; the teacher may resubmit), MARKED (final, with a mark). */
export const SubmissionStatus = {
  MARKED: 'MARKED',
  RETURNED: 'RETURNED',
  SUBMITTED: 'SUBMITTED'
} as const;

export type SubmissionStatus = typeof SubmissionStatus[keyof typeof SubmissionStatus];
/** A teacher’s answer to an assignment: a text, a file, or both, as the assignment accepts. */
export type SubmitAssignmentInput = {
  /** An assignment of the enrolment’s programme. */
  assignmentId: string;
  /** The viewer’s own enrolment in a PUBLISHED or RUNNING programme. */
  enrolmentId: string;
  /** A file answer: PDF, DOC or DOCX (by extension and by content), at most 20 MB (20971520 bytes); when the assignment accepts files. */
  file?: Blob | null | undefined;
  /** A text answer (plain text), at most 20000 characters; when the assignment accepts text. */
  text?: string | null | undefined;
};

/** A teacher’s competency selection for one of their enrolments. */
export type SubmitSelectionInput = {
  /** Competency IDs in the order chosen: 1 to 30, from the programme’s catalogue and the school’s range. */
  competencyIds: Array<string>;
  /** The teacher’s own enrolment. */
  enrolmentId: string;
};

/** A teacher to enrol: an existing user of the school (by login) or a new one. */
export type TeacherInput = {
  /** A class of the school. Used only when the programme does not form one class per school; otherwise the school’s programme class is used. */
  classId?: string | null | undefined;
  /** Name shown to others: 1 to 100 characters, not beginning with =, +, -, @, a tab or a carriage return. Replaces an existing user’s name. */
  displayName: string;
  /** E-mail address, at most 254 characters, not beginning with =, +, -, @, a tab or a carriage return. Omitted: an existing user’s stays. */
  email?: string | null | undefined;
  /** Login: 1 to 64 characters, no spaces, not beginning with =, +, -, @, a tab or a carriage return. A new account’s JWT subject is the login. */
  login: string;
  /** National ID number (居民身份证号): 18 characters with a valid GB 11643 check character. Stored only as a keyed hash and a masked form (440402********1234). */
  nationalId?: string | null | undefined;
};

/** A class-tutor evaluation. */
export type TutorEvaluationRulesInput = {
  /** 0 to 100; omitted: no minimum. */
  excellentThreshold?: number | null | undefined;
  /** 1 to 30 indicators. */
  indicators: Array<TutorIndicatorInput>;
};

/** One tutor-evaluation indicator (see TutorIndicator). */
export type TutorIndicatorInput = {
  /** Default false. */
  allOrNothing?: boolean | null | undefined;
  /** 1 to 40 letters, digits, "-" or "_", starting with a letter; unique. */
  key: string;
  /** 1 to 100 characters. */
  nameEn: string;
  /** 1 to 100 characters. */
  nameZh: string;
  source: TutorIndicatorSource;
  /** Computed sources: greater than 0 (at most 1 for rates). */
  target?: number | null | undefined;
  /** Greater than 0, at most 1; all weights sum to 1. */
  weight: number;
  /** MARKING_ON_TIME: 1 to 365 (default 7). */
  withinDays?: number | null | undefined;
};

/** Where a tutor-evaluation indicator’s value comes from. */
export const TutorIndicatorSource = {
  /** Activities of the class workshop the tutor hosts. */
  ACTIVITIES_HELD: 'ACTIVITIES_HELD',
  /** Briefings (简报, class notices of kind BRIEFING) the tutor published for the class. */
  BRIEFINGS: 'BRIEFINGS',
  /** A score 0–100 the district enters with a comment (training, rules, summary …). */
  ENTERED: 'ENTERED',
  /** Share of the class’s submissions due for marking that the tutor MARKED within `withinDays` days. */
  MARKING_ON_TIME: 'MARKING_ON_TIME',
  /** Share of the class’s enrolled teachers whose score verdict is PASSED. */
  PASS_RATE: 'PASS_RATE',
  /** Share of the class’s enrolled teachers who have used the platform (registered). */
  REGISTRATION_RATE: 'REGISTRATION_RATE',
  /** Weekly statistics (学情通报) the tutor posted for the class. */
  STATISTICS_POSTED: 'STATISTICS_POSTED'
} as const;

export type TutorIndicatorSource = typeof TutorIndicatorSource[keyof typeof TutorIndicatorSource];
/** What a tutor-evaluation line says (its `message` words it in the request’s language). */
export const TutorLineCode = {
  /** A computed indicator below its target: weight × measured / target. */
  TUTOR_BELOW_TARGET: 'TUTOR_BELOW_TARGET',
  /** A computed indicator with allOrNothing below its target: 0 points. */
  TUTOR_BELOW_TARGET_NO_CREDIT: 'TUTOR_BELOW_TARGET_NO_CREDIT',
  /** An ENTERED indicator the district scored: weight × score / 100. */
  TUTOR_ENTERED: 'TUTOR_ENTERED',
  /** MARKING_ON_TIME with no submission due for marking yet: the full weight. */
  TUTOR_NOTHING_DUE: 'TUTOR_NOTHING_DUE',
  /** An ENTERED indicator the district has not scored yet: 0 points for now. */
  TUTOR_NOT_ENTERED: 'TUTOR_NOT_ENTERED',
  /** PASS_RATE in a programme that scores nothing: 0 points. */
  TUTOR_NO_SCORING: 'TUTOR_NO_SCORING',
  /** A computed indicator at or above its target: the full weight. */
  TUTOR_TARGET_MET: 'TUTOR_TARGET_MET'
} as const;

export type TutorLineCode = typeof TutorLineCode[keyof typeof TutorLineCode];
/** A hidden post to show again. */
export type UnhidePostInput = {
  /** The post. */
  postId: string;
};

/** A sign-on identity to unlink from a person. */
export type UnlinkIdentityInput = {
  /** The identity provider: the `iss` of its tokens, exactly (1 to 255 characters, no control character). It need not be configured yet: identities may be linked before the provider is trusted. */
  issuer: string;
  /** The person at that provider: the `sub` of their tokens, exactly (1 to 255 characters, no control character). */
  subject: string;
  /** The person; the viewer must manage the people of their home organisation. */
  userId: string;
};

/** Changes to an assignment; an omitted field stays as it is. The code never changes. */
export type UpdateAssignmentInput = {
  /** Accept a file answer (applies to later attempts). */
  acceptsFile?: boolean | null | undefined;
  /** Accept a text answer (applies to later attempts). */
  acceptsText?: boolean | null | undefined;
  /** The assignment. */
  assignmentId: string;
  /** 1 to 4000 characters. */
  brief?: string | null | undefined;
  /** A new due time (submissions already made keep theirs). */
  dueAt?: string | null | undefined;
  /** ONLINE or SCHOOL_BASED. */
  mode?: AssignmentMode | null | undefined;
  /** Order within the programme, 0 to 10000. */
  position?: number | null | undefined;
  /** 1 to 200 characters. */
  title?: string | null | undefined;
};

/** Changes to a course: omitted fields stay as they are; null clears an optional field. */
export type UpdateCourseInput = {
  /** Stable code, unique within the programme: 1 to 64 letters, digits, ".", "_" or "-" (the key of importCourses). */
  code?: string | null | undefined;
  /** A competency of the programme’s catalogue: the course is then on the lists of teachers who selected it. Null: none. */
  competencyId?: string | null | undefined;
  /** The course; the viewer must be its district admin. */
  courseId: string;
  /** VIDEO: the video’s length; DOCUMENT: its stated reading time (阅读时长). Whole seconds, 1 to 86400: the most a teacher can be credited for the course. Fixed, with the media, once a teacher has credited time on the course (COURSE_IN_PROGRESS). */
  durationSeconds?: number | null | undefined;
  /** What the course is. */
  kind?: CourseKind | null | undefined;
  /** VIDEO or DOCUMENT. */
  media?: CourseMedia | null | undefined;
  /** Module (模块), up to 50 characters: 师德素养, 专业发展 … or any the district defines. Null or blank: none. */
  module?: string | null | undefined;
  /** Place in the programme’s list, 0 to 1000000 (ascending, then by code). */
  position?: number | null | undefined;
  /** REQUIRED or ELECTIVE; fixed once a teacher has credited time on the course (COURSE_IN_PROGRESS). */
  requirement?: CourseRequirement | null | undefined;
  /** The school stage (学段). Null: none. */
  stage?: SchoolStage | null | undefined;
  /** Subject (学科), up to 50 characters. Null or blank: none. */
  subject?: string | null | undefined;
  /** Title: 1 to 200 characters. */
  title?: string | null | undefined;
};

/** A district’s new name or code; omitted (or null) fields stay as they are. */
export type UpdateDistrictInput = {
  /** Stable code given by the education authority, unique across the service: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit. */
  code?: string | null | undefined;
  /** The district. */
  id: string;
  /** 1 to 100 characters (trimmed); unique among the parent’s organisations of the kind. */
  name?: string | null | undefined;
};

/** Changes to a programme; omitted (or null) fields stay as they are. */
export type UpdateProgrammeInput = {
  /** Replaces the batches, matched by name (at most 20): a named batch is updated (every field, so an omitted totalQuota or window end clears it), a new name is created, a batch left out is deleted with its school quotas (refused with CONFLICT when teachers are enrolled in it). Refused too: a totalQuota below the quotas its schools already hold (TOTAL_QUOTA_EXCEEDED), stages an enrolled school shares none of (STAGE_MISMATCH). A changed selection window recomputes its teachers’ deadlines, except those extended one by one. */
  batches?: Array<BatchInput> | null | undefined;
  /** A published catalogue version; only while DRAFT. */
  catalogueId?: string | null | undefined;
  /** At most 4000 characters; an empty string clears it. */
  description?: string | null | undefined;
  id: string;
  /** 1 to 200 characters. */
  name?: string | null | undefined;
  /** Replaces every phase: at most 4, one per kind. */
  phases?: Array<ProgrammePhaseInput> | null | undefined;
  /** Replaces the rules; only while DRAFT. */
  rules?: ProgrammeRulesInput | null | undefined;
};

/** Changes to a school; omitted (or null) fields stay as they are. */
export type UpdateSchoolInput = {
  /** Stable code given by the education authority, unique across the service: 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit. */
  code?: string | null | undefined;
  /** Full-time teachers (专任教师), 0 to 100000: the base of whole-school completion rates. */
  fullTimeTeachers?: number | null | undefined;
  /** The school. */
  id: string;
  /** 1 to 100 characters (trimmed); unique among the parent’s organisations of the kind. */
  name?: string | null | undefined;
  /** The school’s stages (学段): at least one, each once; a batch accepts the school when they share one. */
  stages?: Array<SchoolStage> | null | undefined;
};

/** New details of a person; omitted fields stay as they are, null clears an optional one. */
export type UpdateUserInput = {
  /** Name shown to others: 1 to 100 characters, not beginning with =, +, -, @, a tab or a carriage return. Omitted: unchanged. */
  displayName?: string | null | undefined;
  /** E-mail address, at most 254 characters, not beginning with =, +, -, @, a tab or a carriage return. Omitted: unchanged; null: cleared. */
  email?: string | null | undefined;
  /** Employee number (工号): 1 to 32 characters, not beginning with =, +, -, @, a tab or a carriage return. Omitted: unchanged; null: cleared. */
  employeeNumber?: string | null | undefined;
  /** The person; the viewer must manage the people of their home organisation. */
  id: string;
  /** National ID number (居民身份证号): 18 characters with a valid GB 11643 check character; unique. Stored only as a keyed hash and a masked form (440402********1234). Omitted: unchanged; null: cleared. */
  nationalId?: string | null | undefined;
  /** Phone number: 7 to 15 digits with optional spaces, hyphens or brackets, at most 24 characters, beginning with a digit or "(" (an international prefix is written 00, not +). Omitted: unchanged; null: cleared. */
  phone?: string | null | undefined;
  /** School stage (学段) the person teaches at. Omitted: unchanged; null: cleared. */
  stage?: SchoolStage | null | undefined;
  /** Subject taught (语文, 数学, 信息技术 …): 1 to 50 characters, not beginning with =, +, -, @, a tab or a carriage return. Omitted: unchanged; null: cleared. */
  teachingSubject?: string | null | undefined;
};

/** Changes to an activity; omitted fields stay, null clears an optional one. */
export type UpdateWorkshopActivityInput = {
  /** The activity. */
  activityId: string;
  /** End of the window; after opensAt. */
  closesAt?: string | null | undefined;
  /** At most 5000 characters. */
  description?: string | null | undefined;
  /** A new host (an expert, tutor or admin of the district). */
  hostId?: string | null | undefined;
  /** Start of the window. Changing the window recounts every teacher’s participation. */
  opensAt?: string | null | undefined;
  /** LIVE_QA only: when the broadcast starts. */
  scheduledAt?: string | null | undefined;
  /** LIVE_QA only: the stream’s http:// or https:// link. */
  streamUrl?: string | null | undefined;
  /** 1 to 200 characters. */
  title?: string | null | undefined;
};

/** A school’s IT development plan for a programme; it replaces the previous one. */
export type UploadSchoolPlanInput = {
  /** The plan: PDF, DOC or DOCX (by extension and by content), at most 20 MB (20971520 bytes). */
  file: Blob;
  /** A programme with the school in one of its batches; not CLOSED. */
  programmeId: string;
  /** The school; the viewer must be its school admin. */
  schoolId: string;
};

/** A selection to check without saving it. */
export type ValidateSelectionInput = {
  /** Competency IDs in the order chosen: 0 to 30. IDs outside the programme’s catalogue are reported as UNKNOWN_COMPETENCY. */
  competencyIds: Array<string>;
  /** The enrolment to select for. */
  enrolmentId: string;
};

/** One event of the player. */
export type ViewingEventInput = {
  /** The player’s clock when it happened: kept for audit, never used for crediting; more than 5 minutes after the server’s clock is rejected. */
  at?: string | null | undefined;
  /** The player’s id of the event, 1 to 100 characters, unique per teacher (a UUID): an id seen before is ignored, so a batch may be retried. */
  clientEventId: string;
  /** What happened. */
  kind: ViewingEventKind;
  /** Seconds into the course (0 to its duration). Null (how JSON writes NaN) is rejected as POSITION_MISSING. */
  position?: number | null | undefined;
};

/** What happened in the player. */
export const ViewingEventKind = {
  /** Playing reached the end, or the player closed; the session stops crediting. */
  END: 'END',
  /** Still playing, now at `position` (send one every few seconds); for a document, still open. Earns nothing without a PLAY before it. */
  HEARTBEAT: 'HEARTBEAT',
  /** Playing stops at `position`; a document is closed. */
  PAUSE: 'PAUSE',
  /** Playing starts (or resumes) at `position`; a document is opened. */
  PLAY: 'PLAY',
  /** The playhead jumps to `position`; the jump itself is never credited. */
  SEEK: 'SEEK'
} as const;

export type ViewingEventKind = typeof ViewingEventKind[keyof typeof ViewingEventKind];
/** Why one event of a batch was rejected. A rejected event changes nothing; the rest of the batch counts. */
export const ViewingRejectionCode = {
  /** The event’s `at` is more than 5 minutes after the server’s clock. */
  CLIENT_TIME_IN_FUTURE: 'CLIENT_TIME_IN_FUTURE',
  /** No position: null, or a NaN or Infinity (JSON writes them as null). */
  POSITION_MISSING: 'POSITION_MISSING',
  /** The position is negative or after the end of the course. */
  POSITION_OUT_OF_RANGE: 'POSITION_OUT_OF_RANGE'
} as const;

export type ViewingRejectionCode = typeof ViewingRejectionCode[keyof typeof ViewingRejectionCode];
/** How watch time is credited; omitted values take their defaults. */
export type ViewingRulesInput = {
  /** Greater than 0, at most 4. Default 1.0. */
  maxPlaybackRate?: number | null | undefined;
  /** 1 to 3650. Default 180. */
  rawRetentionDays?: number | null | undefined;
  /** 10 to 3600. Default 120. */
  sessionIdleSeconds?: number | null | undefined;
};

/** Whether the session earns credit. A teacher earns in one session at a time. */
export const ViewingSessionStatus = {
  /** The session is not crediting: it ended, or no event of it was accepted yet. */
  IDLE: 'IDLE',
  /** This session is the teacher’s crediting session. */
  LIVE: 'LIVE',
  /** Another session of the teacher (another tab or device) is crediting: this one earns nothing until that one ends or sends nothing for the programme’s `viewing.sessionIdleSeconds`. */
  OTHER_SESSION_LIVE: 'OTHER_SESSION_LIVE'
} as const;

export type ViewingSessionStatus = typeof ViewingSessionStatus[keyof typeof ViewingSessionStatus];
/** A class tutor withdraws a nomination the district has not decided yet. */
export type WithdrawNominationInput = {
  /** A NOMINATED nomination of the tutor’s class. */
  nominationId: string;
};

/** What a workshop activity is: DISCUSSION (主题研讨), LIVE_QA (在线答疑, with a schedule and a stream link), LESSON_CRITIQUE (观课评课), STUDY_ASSIGNMENT (研修任务), OFFLINE (线下活动), RESOURCE_SHARE (资源分享). */
export const WorkshopActivityKind = {
  DISCUSSION: 'DISCUSSION',
  LESSON_CRITIQUE: 'LESSON_CRITIQUE',
  LIVE_QA: 'LIVE_QA',
  OFFLINE: 'OFFLINE',
  RESOURCE_SHARE: 'RESOURCE_SHARE',
  STUDY_ASSIGNMENT: 'STUDY_ASSIGNMENT'
} as const;

export type WorkshopActivityKind = typeof WorkshopActivityKind[keyof typeof WorkshopActivityKind];
/** COMPETENCY: one per micro-competency of a programme; CLASS: one per class of a programme. */
export const WorkshopKind = {
  CLASS: 'CLASS',
  COMPETENCY: 'COMPETENCY'
} as const;

export type WorkshopKind = typeof WorkshopKind[keyof typeof WorkshopKind];
/** Workshop participation; omitted values take their defaults. */
export type WorkshopRulesInput = {
  /** 1 to 10000 characters. Default 1. */
  minPostLength?: number | null | undefined;
};

export type SchoolRowFragment = {
  id: string,
  code: string,
  name: string,
  stages: Array<SchoolStage>,
  fullTimeTeachers: number | null,
  active: boolean,
  deactivatedAt: string | null,
  teacherCount: number
};

export type SchoolTotalsFieldsFragment = {
  schools: number,
  deactivatedSchools: number,
  fullTimeTeachers: number,
  teachers: number
};

export type SchoolInProgrammeFieldsFragment = {
  programmes: Array<string>,
  enrolments: number
};

export type DistrictSchoolsQueryVariables = Exact<{
  districtId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeDeactivated?: boolean | null | undefined;
}>;


export type DistrictSchoolsQuery = {
  organisation: {
    active: boolean,
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string,
    schoolTotals: {
      schools: number,
      deactivatedSchools: number,
      fullTimeTeachers: number,
      teachers: number
    },
    schools: {
      totalCount: number,
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        code: string,
        name: string,
        stages: Array<SchoolStage>,
        fullTimeTeachers: number | null,
        active: boolean,
        deactivatedAt: string | null,
        teacherCount: number
      }>
    }
  } | null
};

export type ProvinceOverviewQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  includeDeactivated?: boolean | null | undefined;
}>;


export type ProvinceOverviewQuery = {
  provinces: {
    nodes: Array<{
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string,
      schoolTotals: {
        schools: number,
        deactivatedSchools: number,
        fullTimeTeachers: number,
        teachers: number
      }
    }>
  },
  districts: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      active: boolean,
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string,
      parent: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      schoolTotals: {
        schools: number,
        deactivatedSchools: number,
        fullTimeTeachers: number,
        teachers: number
      }
    }>
  }
};

export type CreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type CreateSchoolMutation = {
  createSchool:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateSchoolPayload',
      school: {
        id: string,
        code: string,
        name: string,
        stages: Array<SchoolStage>,
        fullTimeTeachers: number | null,
        active: boolean,
        deactivatedAt: string | null,
        teacherCount: number,
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UpdateSchoolMutationVariables = Exact<{
  input: UpdateSchoolInput;
}>;


export type UpdateSchoolMutation = {
  updateSchool:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UpdateSchoolPayload',
      school: {
        id: string,
        code: string,
        name: string,
        stages: Array<SchoolStage>,
        fullTimeTeachers: number | null,
        active: boolean,
        deactivatedAt: string | null,
        teacherCount: number
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type DeactivateSchoolMutationVariables = Exact<{
  input: DeactivateSchoolInput;
}>;


export type DeactivateSchoolMutation = {
  deactivateSchool:
    | {
      __typename: 'DeactivateSchoolPayload',
      school: {
        id: string,
        code: string,
        name: string,
        stages: Array<SchoolStage>,
        fullTimeTeachers: number | null,
        active: boolean,
        deactivatedAt: string | null,
        teacherCount: number
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SchoolInProgrammeError',
      code: ErrorCode,
      message: string,
      programmes: Array<string>,
      enrolments: number
    }

};

export type ReactivateSchoolMutationVariables = Exact<{
  input: ReactivateSchoolInput;
}>;


export type ReactivateSchoolMutation = {
  reactivateSchool:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ReactivateSchoolPayload',
      school: {
        id: string,
        code: string,
        name: string,
        stages: Array<SchoolStage>,
        fullTimeTeachers: number | null,
        active: boolean,
        deactivatedAt: string | null,
        teacherCount: number
      }
    }

};

export type MoveSchoolMutationVariables = Exact<{
  input: MoveSchoolInput;
}>;


export type MoveSchoolMutation = {
  moveSchool:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'MoveSchoolPayload',
      school: {
        id: string,
        code: string,
        name: string,
        stages: Array<SchoolStage>,
        fullTimeTeachers: number | null,
        active: boolean,
        deactivatedAt: string | null,
        teacherCount: number,
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SchoolInProgrammeError',
      code: ErrorCode,
      message: string,
      programmes: Array<string>,
      enrolments: number
    }

};

export type CreateCityMutationVariables = Exact<{
  input: CreateCityInput;
}>;


export type CreateCityMutation = {
  createCity:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateCityPayload',
      city: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string,
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type CreateDistrictMutationVariables = Exact<{
  input: CreateDistrictInput;
}>;


export type CreateDistrictMutation = {
  createDistrict:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateDistrictPayload',
      district: {
        active: boolean,
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string,
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UpdateDistrictMutationVariables = Exact<{
  input: UpdateDistrictInput;
}>;


export type UpdateDistrictMutation = {
  updateDistrict:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UpdateDistrictPayload',
      district: {
        active: boolean,
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type DeactivateClassMutationVariables = Exact<{
  input: DeactivateClassInput;
}>;


export type DeactivateClassMutation = {
  deactivateClass:
    | {
      __typename: 'DeactivateClassPayload',
      class: {
        active: boolean,
        deactivatedAt: string | null,
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }

};

export type DeactivateGroupMutationVariables = Exact<{
  input: DeactivateGroupInput;
}>;


export type DeactivateGroupMutation = {
  deactivateGroup:
    | {
      __typename: 'DeactivateGroupPayload',
      group: {
        active: boolean,
        deactivatedAt: string | null,
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }

};

export type AssignmentFieldsFragment = {
  id: string,
  code: string,
  title: string,
  brief: string,
  dueAt: string,
  mode: AssignmentMode,
  acceptsText: boolean,
  acceptsFile: boolean,
  position: number
};

export type AssignmentAttemptFieldsFragment = {
  attempt: number,
  text: string | null,
  submittedAt: string,
  decision: SubmissionStatus | null,
  mark: number | null,
  comment: string | null,
  decidedAt: string | null,
  file: {
    downloadUrl: string,
    filename: string,
    contentType: string,
    size: number,
    sha256: string,
    uploadedAt: string
  } | null
};

export type AssignmentSubmissionFieldsFragment = {
  id: string,
  status: SubmissionStatus,
  attempt: number,
  mark: number | null,
  comment: string | null,
  markedAt: string | null,
  submittedAt: string,
  late: boolean,
  recommended: boolean,
  recommendedAt: string | null,
  teacherName: string
};

export type MyAssignmentsQueryVariables = Exact<{
  enrolmentId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyAssignmentsQuery = {
  node:
    | {
      id: string,
      assignments: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          assignment: {
            id: string,
            code: string,
            title: string,
            brief: string,
            dueAt: string,
            mode: AssignmentMode,
            acceptsText: boolean,
            acceptsFile: boolean,
            position: number
          },
          submission: {
            id: string,
            status: SubmissionStatus,
            attempt: number,
            mark: number | null,
            comment: string | null,
            markedAt: string | null,
            submittedAt: string,
            late: boolean,
            recommended: boolean,
            recommendedAt: string | null,
            teacherName: string,
            attempts: Array<{
              attempt: number,
              text: string | null,
              submittedAt: string,
              decision: SubmissionStatus | null,
              mark: number | null,
              comment: string | null,
              decidedAt: string | null,
              file: {
                downloadUrl: string,
                filename: string,
                contentType: string,
                size: number,
                sha256: string,
                uploadedAt: string
              } | null
            }>
          } | null
        }>
      }
    }
    | Record<PropertyKey, never>
   | null
};

export type ProgrammeAssignmentsQueryVariables = Exact<{
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeAssignmentsQuery = {
  node:
    | {
      id: string,
      assignments: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          code: string,
          title: string,
          brief: string,
          dueAt: string,
          mode: AssignmentMode,
          acceptsText: boolean,
          acceptsFile: boolean,
          position: number
        }>
      }
    }
    | Record<PropertyKey, never>
   | null
};

export type MarkingQueueQueryVariables = Exact<{
  classId: string;
  programmeId: string;
  status?: SubmissionStatus | null | undefined;
  assignmentId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MarkingQueueQuery = {
  markingQueue: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      status: SubmissionStatus,
      attempt: number,
      mark: number | null,
      comment: string | null,
      markedAt: string | null,
      submittedAt: string,
      late: boolean,
      recommended: boolean,
      recommendedAt: string | null,
      teacherName: string,
      assignment: {
        id: string,
        code: string,
        title: string,
        dueAt: string
      },
      answer: {
        attempt: number,
        text: string | null,
        submittedAt: string,
        decision: SubmissionStatus | null,
        mark: number | null,
        comment: string | null,
        decidedAt: string | null,
        file: {
          downloadUrl: string,
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        } | null
      }
    }>
  } | null
};

export type SubmissionDetailQueryVariables = Exact<{
  id: string;
}>;


export type SubmissionDetailQuery = {
  node:
    | {
      id: string,
      status: SubmissionStatus,
      attempt: number,
      mark: number | null,
      comment: string | null,
      markedAt: string | null,
      submittedAt: string,
      late: boolean,
      recommended: boolean,
      recommendedAt: string | null,
      teacherName: string,
      assignment: {
        id: string,
        code: string,
        title: string,
        brief: string,
        dueAt: string,
        mode: AssignmentMode,
        acceptsText: boolean,
        acceptsFile: boolean,
        position: number
      },
      attempts: Array<{
        attempt: number,
        text: string | null,
        submittedAt: string,
        decision: SubmissionStatus | null,
        mark: number | null,
        comment: string | null,
        decidedAt: string | null,
        file: {
          downloadUrl: string,
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        } | null
      }>,
      history: Array<{
        id: string,
        action: string,
        fromState: string | null,
        toState: string | null,
        comment: string | null,
        actorName: string | null,
        at: string
      }>
    }
    | Record<PropertyKey, never>
   | null
};

export type RecommendedAssignmentsQueryVariables = Exact<{
  programmeId: string;
  assignmentId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RecommendedAssignmentsQuery = {
  recommendedAssignments: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      status: SubmissionStatus,
      attempt: number,
      mark: number | null,
      comment: string | null,
      markedAt: string | null,
      submittedAt: string,
      late: boolean,
      recommended: boolean,
      recommendedAt: string | null,
      teacherName: string,
      assignment: {
        id: string,
        code: string,
        title: string
      },
      answer: {
        attempt: number,
        text: string | null,
        submittedAt: string,
        decision: SubmissionStatus | null,
        mark: number | null,
        comment: string | null,
        decidedAt: string | null,
        file: {
          downloadUrl: string,
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        } | null
      }
    }>
  } | null
};

export type CreateAssignmentMutationVariables = Exact<{
  input: CreateAssignmentInput;
}>;


export type CreateAssignmentMutation = {
  createAssignment:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateAssignmentPayload',
      assignment: {
        id: string,
        code: string,
        title: string,
        brief: string,
        dueAt: string,
        mode: AssignmentMode,
        acceptsText: boolean,
        acceptsFile: boolean,
        position: number
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UpdateAssignmentMutationVariables = Exact<{
  input: UpdateAssignmentInput;
}>;


export type UpdateAssignmentMutation = {
  updateAssignment:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UpdateAssignmentPayload',
      assignment: {
        id: string,
        code: string,
        title: string,
        brief: string,
        dueAt: string,
        mode: AssignmentMode,
        acceptsText: boolean,
        acceptsFile: boolean,
        position: number
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type SubmitAssignmentMutationVariables = Exact<{
  input: SubmitAssignmentInput;
}>;


export type SubmitAssignmentMutation = {
  submitAssignment:
    | {
      __typename: 'AttemptsExhaustedError',
      attempts: number,
      maxAttempts: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTooLargeError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTypeNotAllowedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SubmitAssignmentPayload',
      submission: {
        id: string,
        status: SubmissionStatus,
        attempt: number,
        mark: number | null,
        comment: string | null,
        markedAt: string | null,
        submittedAt: string,
        late: boolean,
        recommended: boolean,
        recommendedAt: string | null,
        teacherName: string,
        attempts: Array<{
          attempt: number,
          text: string | null,
          submittedAt: string,
          decision: SubmissionStatus | null,
          mark: number | null,
          comment: string | null,
          decidedAt: string | null,
          file: {
            downloadUrl: string,
            filename: string,
            contentType: string,
            size: number,
            sha256: string,
            uploadedAt: string
          } | null
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type MarkAssignmentMutationVariables = Exact<{
  input: MarkAssignmentInput;
}>;


export type MarkAssignmentMutation = {
  markAssignment:
    | {
      __typename: 'AttemptsExhaustedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'MarkAssignmentPayload',
      submission: {
        id: string,
        status: SubmissionStatus,
        attempt: number,
        mark: number | null,
        comment: string | null,
        markedAt: string | null,
        submittedAt: string,
        late: boolean,
        recommended: boolean,
        recommendedAt: string | null,
        teacherName: string
      }
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'StaleSubmissionError',
      currentAttempt: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type ReturnAssignmentMutationVariables = Exact<{
  input: ReturnAssignmentInput;
}>;


export type ReturnAssignmentMutation = {
  returnAssignment:
    | {
      __typename: 'AttemptsExhaustedError',
      attempts: number,
      maxAttempts: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ReturnAssignmentPayload',
      submission: {
        id: string,
        status: SubmissionStatus,
        attempt: number,
        mark: number | null,
        comment: string | null,
        markedAt: string | null,
        submittedAt: string,
        late: boolean,
        recommended: boolean,
        recommendedAt: string | null,
        teacherName: string
      }
    }
    | {
      __typename: 'StaleSubmissionError',
      currentAttempt: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type RecommendAssignmentMutationVariables = Exact<{
  input: RecommendAssignmentInput;
}>;


export type RecommendAssignmentMutation = {
  recommendAssignment:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RecommendAssignmentPayload',
      submission: {
        id: string,
        status: SubmissionStatus,
        attempt: number,
        mark: number | null,
        comment: string | null,
        markedAt: string | null,
        submittedAt: string,
        late: boolean,
        recommended: boolean,
        recommendedAt: string | null,
        teacherName: string
      }
    }

};

export type UnrecommendAssignmentMutationVariables = Exact<{
  input: RecommendAssignmentInput;
}>;


export type UnrecommendAssignmentMutation = {
  unrecommendAssignment:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UnrecommendAssignmentPayload',
      submission: {
        id: string,
        status: SubmissionStatus,
        attempt: number,
        mark: number | null,
        comment: string | null,
        markedAt: string | null,
        submittedAt: string,
        late: boolean,
        recommended: boolean,
        recommendedAt: string | null,
        teacherName: string
      }
    }

};

export type PageInfoFieldsFragment = {
  hasNextPage: boolean,
  endCursor: string | null
};

export type DimensionFieldsFragment = {
  code: string,
  nameZh: string,
  nameEn: string,
  position: number
};

export type EnvironmentFieldsFragment = {
  code: string,
  nameZh: string,
  nameEn: string,
  position: number
};

export type CompetencyFieldsFragment = {
  id: string,
  code: string,
  nameZh: string,
  nameEn: string,
  credits: number | null,
  dimension: {
    code: string,
    nameZh: string,
    nameEn: string,
    position: number
  },
  environment: {
    code: string,
    nameZh: string,
    nameEn: string,
    position: number
  } | null
};

export type CatalogueFieldsFragment = {
  id: string,
  code: string,
  version: string,
  kind: CatalogueKind,
  status: CatalogueStatus,
  nameZh: string,
  nameEn: string,
  totalCredits: number | null,
  publishedAt: string | null
};

export type CataloguesQueryVariables = Exact<{
  kind?: CatalogueKind | null | undefined;
  code?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  competenciesFirst?: number | null | undefined;
}>;


export type CataloguesQuery = {
  catalogues: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      code: string,
      version: string,
      kind: CatalogueKind,
      status: CatalogueStatus,
      nameZh: string,
      nameEn: string,
      totalCredits: number | null,
      publishedAt: string | null,
      dimensions: Array<{
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      }>,
      environments: Array<{
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      }>,
      distribution: Array<{
        competencyCount: number,
        credits: number | null,
        dimension: {
          code: string
        },
        environment: {
          code: string
        } | null
      }>,
      competencies: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>
      }
    }>
  }
};

export type CatalogueCompetenciesQueryVariables = Exact<{
  id: string;
  dimension?: string | null | undefined;
  environment?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueCompetenciesQuery = {
  catalogue: {
    id: string,
    competencies: {
      totalCount: number,
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        code: string,
        nameZh: string,
        nameEn: string,
        credits: number | null,
        dimension: {
          code: string,
          nameZh: string,
          nameEn: string,
          position: number
        },
        environment: {
          code: string,
          nameZh: string,
          nameEn: string,
          position: number
        } | null
      }>
    }
  } | null
};

export type CompetencyQueryVariables = Exact<{
  id: string;
}>;


export type CompetencyQuery = {
  node:
    | {
      __typename: 'Assignment'
    }
    | {
      __typename: 'AssignmentSubmission'
    }
    | {
      __typename: 'Batch'
    }
    | {
      __typename: 'Catalogue'
    }
    | {
      __typename: 'ClassNotice'
    }
    | {
      __typename: 'Competency',
      id: string,
      code: string,
      nameZh: string,
      nameEn: string,
      credits: number | null,
      catalogue: {
        id: string,
        code: string,
        version: string,
        kind: CatalogueKind,
        status: CatalogueStatus,
        nameZh: string,
        nameEn: string,
        totalCredits: number | null,
        publishedAt: string | null
      },
      dimension: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      },
      environment: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      } | null
    }
    | {
      __typename: 'Course'
    }
    | {
      __typename: 'Enrolment'
    }
    | {
      __typename: 'Evidence'
    }
    | {
      __typename: 'ExcellentNomination'
    }
    | {
      __typename: 'GroupActivity'
    }
    | {
      __typename: 'Organisation'
    }
    | {
      __typename: 'Programme'
    }
    | {
      __typename: 'RoleAssignment'
    }
    | {
      __typename: 'RoleChange'
    }
    | {
      __typename: 'Selection'
    }
    | {
      __typename: 'Share'
    }
    | {
      __typename: 'User'
    }
    | {
      __typename: 'Workshop'
    }
    | {
      __typename: 'WorkshopActivity'
    }
    | {
      __typename: 'WorkshopPost'
    }
   | null
};

export type ClassProgressQueryVariables = Exact<{
  classId: string;
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClassProgressQuery = {
  classProgress: {
    computedAt: string,
    expectedMinutes: number,
    totals: {
      enrolled: number,
      registered: number,
      started: number,
      passed: number,
      failed: number,
      inProgress: number,
      registrationRate: number,
      studyRate: number,
      passRate: number
    },
    atRisk: Array<{
      teacherName: string,
      reasons: Array<AtRiskReason>,
      creditedMinutes: number,
      expectedMinutes: number,
      teacher: {
        id: string
      } | null
    }>,
    teachers: {
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        teacherName: string,
        registered: boolean,
        started: boolean,
        requiredMinutes: number,
        electiveMinutes: number,
        workshopParticipations: number,
        shares: number,
        assignmentsSubmitted: number,
        assignmentsMarked: number,
        groupHoursRecorded: number,
        groupHoursCounted: number,
        score: number | null,
        verdict: ScoreVerdict | null,
        lastActivityAt: string | null,
        teacher: {
          id: string,
          displayName: string
        } | null
      }>
    }
  } | null
};

export type PostClassStatisticsMutationVariables = Exact<{
  input: PostClassStatisticsInput;
}>;


export type PostClassStatisticsMutation = {
  postClassStatistics:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'PostClassStatisticsPayload',
      statistics: {
        id: string,
        postedAt: string,
        postId: string | null,
        progress: {
          computedAt: string,
          totals: {
            enrolled: number,
            registrationRate: number,
            studyRate: number,
            passRate: number
          }
        }
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string
    }

};

export type ClassStatisticsQueryVariables = Exact<{
  classId: string;
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  teachersFirst?: number | null | undefined;
}>;


export type ClassStatisticsQuery = {
  node:
    | {
      classStatistics: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          postedAt: string,
          postId: string | null,
          postedBy: {
            id: string,
            displayName: string
          },
          progress: {
            computedAt: string,
            expectedMinutes: number,
            totals: {
              enrolled: number,
              registered: number,
              started: number,
              passed: number,
              failed: number,
              inProgress: number,
              registrationRate: number,
              studyRate: number,
              passRate: number
            },
            atRisk: Array<{
              teacherName: string,
              reasons: Array<AtRiskReason>,
              creditedMinutes: number,
              expectedMinutes: number
            }>,
            teachers: {
              nodes: Array<{
                teacherName: string,
                registered: boolean,
                started: boolean,
                requiredMinutes: number,
                electiveMinutes: number,
                workshopParticipations: number,
                assignmentsSubmitted: number,
                assignmentsMarked: number,
                groupHoursRecorded: number,
                groupHoursCounted: number,
                score: number | null,
                verdict: ScoreVerdict | null,
                lastActivityAt: string | null
              }>
            }
          }
        }>
      } | null
    }
    | Record<PropertyKey, never>
   | null
};

export type SchoolLearningProgressQueryVariables = Exact<{
  programmeId: string;
  schoolId: string;
}>;


export type SchoolLearningProgressQuery = {
  schoolLearningProgress: {
    excellentNominated: number,
    excellentConfirmed: number,
    totals: {
      enrolled: number,
      registered: number,
      started: number,
      passed: number,
      failed: number,
      inProgress: number,
      registrationRate: number,
      studyRate: number,
      passRate: number
    },
    classes: Array<{
      name: string,
      organisation: {
        id: string
      } | null,
      totals: {
        enrolled: number,
        registrationRate: number,
        studyRate: number,
        passRate: number
      }
    }>
  } | null
};

export type ProgrammeLearningProgressQueryVariables = Exact<{
  programmeId: string;
  orderBy?: ProgrammeLearningOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeLearningProgressQuery = {
  programmeLearningProgress: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      name: string,
      organisation: {
        id: string
      } | null,
      totals: {
        enrolled: number,
        registered: number,
        started: number,
        passed: number,
        failed: number,
        inProgress: number,
        registrationRate: number,
        studyRate: number,
        passRate: number
      }
    }>
  } | null
};

export type ExportProgrammeLearningProgressMutationVariables = Exact<{
  input: ExportProgrammeLearningProgressInput;
}>;


export type ExportProgrammeLearningProgressMutation = {
  exportProgrammeLearningProgress:
    | {
      __typename: 'ExportProgrammeLearningProgressPayload',
      file: {
        filename: string,
        contentType: string,
        size: number,
        sha256: string,
        downloadUrl: string
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string
    }

};

export type CourseFieldsFragment = {
  id: string,
  code: string,
  title: string,
  kind: CourseKind,
  media: CourseMedia,
  durationSeconds: number,
  durationMinutes: number,
  requirement: CourseRequirement,
  module: string | null,
  stage: SchoolStage | null,
  subject: string | null,
  position: number,
  competency: {
    id: string,
    code: string,
    nameZh: string
  } | null
};

export type ProgrammeCoursesQueryVariables = Exact<{
  programmeId: string;
  requirement?: CourseRequirement | null | undefined;
  module?: string | null | undefined;
  competencyId?: string | null | undefined;
  stage?: SchoolStage | null | undefined;
  subject?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeCoursesQuery = {
  node:
    | {
      __typename: 'Assignment'
    }
    | {
      __typename: 'AssignmentSubmission'
    }
    | {
      __typename: 'Batch'
    }
    | {
      __typename: 'Catalogue'
    }
    | {
      __typename: 'ClassNotice'
    }
    | {
      __typename: 'Competency'
    }
    | {
      __typename: 'Course'
    }
    | {
      __typename: 'Enrolment'
    }
    | {
      __typename: 'Evidence'
    }
    | {
      __typename: 'ExcellentNomination'
    }
    | {
      __typename: 'GroupActivity'
    }
    | {
      __typename: 'Organisation'
    }
    | {
      __typename: 'Programme',
      id: string,
      courses: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          code: string,
          title: string,
          kind: CourseKind,
          media: CourseMedia,
          durationSeconds: number,
          durationMinutes: number,
          requirement: CourseRequirement,
          module: string | null,
          stage: SchoolStage | null,
          subject: string | null,
          position: number,
          competency: {
            id: string,
            code: string,
            nameZh: string
          } | null
        }>
      }
    }
    | {
      __typename: 'RoleAssignment'
    }
    | {
      __typename: 'RoleChange'
    }
    | {
      __typename: 'Selection'
    }
    | {
      __typename: 'Share'
    }
    | {
      __typename: 'User'
    }
    | {
      __typename: 'Workshop'
    }
    | {
      __typename: 'WorkshopActivity'
    }
    | {
      __typename: 'WorkshopPost'
    }
   | null
};

export type CreateCourseMutationVariables = Exact<{
  input: CreateCourseInput;
}>;


export type CreateCourseMutation = {
  createCourse:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CourseInProgressError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateCoursePayload',
      course: {
        id: string,
        code: string,
        title: string,
        kind: CourseKind,
        media: CourseMedia,
        durationSeconds: number,
        durationMinutes: number,
        requirement: CourseRequirement,
        module: string | null,
        stage: SchoolStage | null,
        subject: string | null,
        position: number,
        competency: {
          id: string,
          code: string,
          nameZh: string
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UpdateCourseMutationVariables = Exact<{
  input: UpdateCourseInput;
}>;


export type UpdateCourseMutation = {
  updateCourse:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CourseInProgressError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UpdateCoursePayload',
      course: {
        id: string,
        code: string,
        title: string,
        kind: CourseKind,
        media: CourseMedia,
        durationSeconds: number,
        durationMinutes: number,
        requirement: CourseRequirement,
        module: string | null,
        stage: SchoolStage | null,
        subject: string | null,
        position: number,
        competency: {
          id: string,
          code: string,
          nameZh: string
        } | null
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type DeleteCourseMutationVariables = Exact<{
  input: DeleteCourseInput;
}>;


export type DeleteCourseMutation = {
  deleteCourse:
    | {
      __typename: 'CourseInProgressError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'DeleteCoursePayload',
      deletedCourseId: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }

};

export type ImportCoursesMutationVariables = Exact<{
  input: ImportCoursesInput;
}>;


export type ImportCoursesMutation = {
  importCourses:
    | {
      __typename: 'FileTooLargeError',
      maxBytes: number,
      size: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ImportCoursesPayload',
      dryRun: boolean,
      written: boolean,
      created: number,
      updated: number,
      unchanged: number,
      errors: number,
      rows: Array<{
        row: number,
        courseCode: string,
        outcome: CourseImportRowOutcome,
        code: CourseImportRowErrorCode | null,
        message: string | null
      }>
    }
    | {
      __typename: 'ImportFileError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type StudySummaryFieldsFragment = {
  open: boolean,
  requiredSeconds: number,
  electiveSeconds: number,
  requiredMinutes: number,
  electiveMinutes: number,
  listCourses: number,
  listRequiredSeconds: number,
  listElectiveSeconds: number,
  byModule: Array<{
    module: string | null,
    creditedSeconds: number,
    creditedMinutes: number
  }>
};

export type MyStudyCoursesQueryVariables = Exact<{
  enrolmentId: string;
  source?: StudySource | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyStudyCoursesQuery = {
  node:
    | {
      __typename: 'Assignment'
    }
    | {
      __typename: 'AssignmentSubmission'
    }
    | {
      __typename: 'Batch'
    }
    | {
      __typename: 'Catalogue'
    }
    | {
      __typename: 'ClassNotice'
    }
    | {
      __typename: 'Competency'
    }
    | {
      __typename: 'Course'
    }
    | {
      __typename: 'Enrolment',
      id: string,
      coursesOpen: boolean,
      studySummary: {
        open: boolean,
        requiredSeconds: number,
        electiveSeconds: number,
        requiredMinutes: number,
        electiveMinutes: number,
        listCourses: number,
        listRequiredSeconds: number,
        listElectiveSeconds: number,
        byModule: Array<{
          module: string | null,
          creditedSeconds: number,
          creditedMinutes: number
        }>
      } | null,
      studyCourses: {
        open: boolean,
        closedReason: StudyListClosedReason | null,
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          source: StudySource,
          creditedSeconds: number,
          requiredSeconds: number,
          creditedMinutes: number,
          requiredMinutes: number,
          completed: boolean,
          course: {
            id: string,
            code: string,
            title: string,
            kind: CourseKind,
            media: CourseMedia,
            durationSeconds: number,
            durationMinutes: number,
            requirement: CourseRequirement,
            module: string | null,
            stage: SchoolStage | null,
            subject: string | null,
            position: number,
            competency: {
              id: string,
              code: string,
              nameZh: string
            } | null
          }
        }>
      } | null
    }
    | {
      __typename: 'Evidence'
    }
    | {
      __typename: 'ExcellentNomination'
    }
    | {
      __typename: 'GroupActivity'
    }
    | {
      __typename: 'Organisation'
    }
    | {
      __typename: 'Programme'
    }
    | {
      __typename: 'RoleAssignment'
    }
    | {
      __typename: 'RoleChange'
    }
    | {
      __typename: 'Selection'
    }
    | {
      __typename: 'Share'
    }
    | {
      __typename: 'User'
    }
    | {
      __typename: 'Workshop'
    }
    | {
      __typename: 'WorkshopActivity'
    }
    | {
      __typename: 'WorkshopPost'
    }
   | null
};

export type AddElectiveMutationVariables = Exact<{
  input: ElectiveInput;
}>;


export type AddElectiveMutation = {
  addElective:
    | {
      __typename: 'AddElectivePayload',
      enrolment: {
        id: string,
        studySummary: {
          listCourses: number,
          listElectiveSeconds: number
        } | null
      }
    }
    | {
      __typename: 'CourseInProgressError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotAnElectiveError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'StudyListClosedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type DropElectiveMutationVariables = Exact<{
  input: ElectiveInput;
}>;


export type DropElectiveMutation = {
  dropElective:
    | {
      __typename: 'CourseInProgressError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'DropElectivePayload',
      enrolment: {
        id: string,
        studySummary: {
          listCourses: number,
          listElectiveSeconds: number
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotAnElectiveError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'StudyListClosedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

type ErrorFields_AlreadyNominatedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_AttemptsExhaustedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_BaseError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_BelowExcellentThresholdError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_ConflictError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_CourseInProgressError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_ExcellentQuotaFullError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_ExtensionTooEarlyError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_FileTooLargeError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_FileTypeNotAllowedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_ForbiddenActionError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_GateNotReachedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_GroupActivityHoursError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_HostNotEligibleError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_ImportFileError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_InvalidNationalIdError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_InvalidStateError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_NotAnElectiveError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_NotAnEnteredIndicatorError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_NotFoundError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_NotGroupMemberError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_NotPassedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_PostTooLongError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_QuotaBelowEnrolledError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_QuotaExceededError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_RoleNotGrantableError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_SchoolDeactivatedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_SchoolInProgrammeError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_SelectionRejectedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_ShareLimitError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_StageMismatchError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_StaleSubmissionError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_StudyListClosedError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_TooManyAttachmentsError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_TotalQuotaExceededError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_UnknownCompetenciesError_Fragment = {
  code: ErrorCode,
  message: string
};

type ErrorFields_ValidationError_Fragment = {
  code: ErrorCode,
  message: string
};

export type ErrorFieldsFragment =
  | ErrorFields_AlreadyNominatedError_Fragment
  | ErrorFields_AttemptsExhaustedError_Fragment
  | ErrorFields_BaseError_Fragment
  | ErrorFields_BelowExcellentThresholdError_Fragment
  | ErrorFields_ConflictError_Fragment
  | ErrorFields_CourseInProgressError_Fragment
  | ErrorFields_ExcellentQuotaFullError_Fragment
  | ErrorFields_ExtensionTooEarlyError_Fragment
  | ErrorFields_FileTooLargeError_Fragment
  | ErrorFields_FileTypeNotAllowedError_Fragment
  | ErrorFields_ForbiddenActionError_Fragment
  | ErrorFields_GateNotReachedError_Fragment
  | ErrorFields_GroupActivityHoursError_Fragment
  | ErrorFields_HostNotEligibleError_Fragment
  | ErrorFields_ImportFileError_Fragment
  | ErrorFields_InvalidNationalIdError_Fragment
  | ErrorFields_InvalidStateError_Fragment
  | ErrorFields_NotAnElectiveError_Fragment
  | ErrorFields_NotAnEnteredIndicatorError_Fragment
  | ErrorFields_NotFoundError_Fragment
  | ErrorFields_NotGroupMemberError_Fragment
  | ErrorFields_NotPassedError_Fragment
  | ErrorFields_PostTooLongError_Fragment
  | ErrorFields_QuotaBelowEnrolledError_Fragment
  | ErrorFields_QuotaExceededError_Fragment
  | ErrorFields_RoleNotGrantableError_Fragment
  | ErrorFields_SchoolDeactivatedError_Fragment
  | ErrorFields_SchoolInProgrammeError_Fragment
  | ErrorFields_SelectionRejectedError_Fragment
  | ErrorFields_ShareLimitError_Fragment
  | ErrorFields_StageMismatchError_Fragment
  | ErrorFields_StaleSubmissionError_Fragment
  | ErrorFields_StudyListClosedError_Fragment
  | ErrorFields_TooManyAttachmentsError_Fragment
  | ErrorFields_TotalQuotaExceededError_Fragment
  | ErrorFields_UnknownCompetenciesError_Fragment
  | ErrorFields_ValidationError_Fragment
;

export type ValidationIssuesFragment = {
  issues: Array<{
    path: Array<string>,
    message: string
  }>
};

export type ExcellentNominationFieldsFragment = {
  id: string,
  status: NominationStatus,
  comment: string | null,
  nominatedAt: string,
  decidedAt: string | null,
  class: {
    id: string,
    name: string
  },
  enrolment: {
    id: string,
    teacher: {
      id: string,
      displayName: string
    }
  }
};

export type ExcellentQuotaFieldsFragment = {
  rate: number,
  enrolled: number,
  quota: number,
  nominated: number,
  confirmed: number,
  remaining: number
};

export type NominateExcellentMutationVariables = Exact<{
  input: NominateExcellentInput;
}>;


export type NominateExcellentMutation = {
  nominateExcellent:
    | {
      __typename: 'AlreadyNominatedError',
      status: NominationStatus,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ExcellentQuotaFullError',
      quota: number,
      nominated: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NominateExcellentPayload',
      nomination: {
        id: string,
        status: NominationStatus,
        comment: string | null,
        nominatedAt: string,
        decidedAt: string | null,
        class: {
          id: string,
          name: string
        },
        enrolment: {
          id: string,
          teacher: {
            id: string,
            displayName: string
          }
        }
      }
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotPassedError',
      verdict: string | null,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type WithdrawNominationMutationVariables = Exact<{
  input: WithdrawNominationInput;
}>;


export type WithdrawNominationMutation = {
  withdrawNomination:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }
    | {
      __typename: 'WithdrawNominationPayload',
      nomination: {
        id: string,
        status: NominationStatus,
        comment: string | null,
        nominatedAt: string,
        decidedAt: string | null,
        class: {
          id: string,
          name: string
        },
        enrolment: {
          id: string,
          teacher: {
            id: string,
            displayName: string
          }
        }
      }
    }

};

export type DecideNominationMutationVariables = Exact<{
  input: DecideNominationInput;
}>;


export type DecideNominationMutation = {
  decideNomination:
    | {
      __typename: 'DecideNominationPayload',
      nomination: {
        id: string,
        status: NominationStatus,
        comment: string | null,
        nominatedAt: string,
        decidedAt: string | null,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        class: {
          id: string,
          name: string
        },
        enrolment: {
          id: string,
          teacher: {
            id: string,
            displayName: string
          }
        }
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type ClassNominationsQueryVariables = Exact<{
  classId: string;
  programmeId: string;
  status?: NominationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClassNominationsQuery = {
  node:
    | {
      id: string,
      excellentQuota: {
        rate: number,
        enrolled: number,
        quota: number,
        nominated: number,
        confirmed: number,
        remaining: number
      } | null,
      excellentNominations: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          status: NominationStatus,
          comment: string | null,
          nominatedAt: string,
          decidedAt: string | null,
          class: {
            id: string,
            name: string
          },
          enrolment: {
            id: string,
            teacher: {
              id: string,
              displayName: string
            }
          }
        }>
      } | null
    }
    | Record<PropertyKey, never>
   | null
};

export type DistrictNominationsQueryVariables = Exact<{
  organisationId: string;
  programmeId: string;
  status?: NominationStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DistrictNominationsQuery = {
  node:
    | {
      id: string,
      excellentNominations: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          status: NominationStatus,
          comment: string | null,
          nominatedAt: string,
          decidedAt: string | null,
          class: {
            id: string,
            name: string
          },
          enrolment: {
            id: string,
            teacher: {
              id: string,
              displayName: string
            }
          }
        }>
      } | null
    }
    | Record<PropertyKey, never>
   | null
};

export type GroupActivityFieldsFragment = {
  id: string,
  kind: GroupActivityKind,
  title: string,
  description: string | null,
  hours: number,
  startsAt: string | null,
  endsAt: string | null,
  status: GroupActivityStatus,
  publishedAt: string,
  completedAt: string | null,
  publishedByName: string,
  participantCount: number,
  completedCount: number,
  evidence: Array<{
    filename: string,
    contentType: string,
    size: number
  }>
};

export type GroupHoursFieldsFragment = {
  recordedHours: number,
  countedHours: number,
  capHours: number,
  missingHours: number,
  reached: boolean,
  activities: number
};

export type PublishGroupActivityMutationVariables = Exact<{
  input: PublishGroupActivityInput;
}>;


export type PublishGroupActivityMutation = {
  publishGroupActivity:
    | {
      __typename: 'FileTooLargeError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTypeNotAllowedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'GroupActivityHoursError',
      problem: GroupActivityHoursProblem,
      fixedHours: number | null,
      maxHours: number | null,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotGroupMemberError',
      userIds: Array<string>,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'PublishGroupActivityPayload',
      groupActivity: {
        id: string,
        kind: GroupActivityKind,
        title: string,
        description: string | null,
        hours: number,
        startsAt: string | null,
        endsAt: string | null,
        status: GroupActivityStatus,
        publishedAt: string,
        completedAt: string | null,
        publishedByName: string,
        participantCount: number,
        completedCount: number,
        evidence: Array<{
          filename: string,
          contentType: string,
          size: number
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type AddGroupActivityEvidenceMutationVariables = Exact<{
  input: AddGroupActivityEvidenceInput;
}>;


export type AddGroupActivityEvidenceMutation = {
  addGroupActivityEvidence:
    | {
      __typename: 'AddGroupActivityEvidencePayload',
      groupActivity: {
        id: string,
        kind: GroupActivityKind,
        title: string,
        description: string | null,
        hours: number,
        startsAt: string | null,
        endsAt: string | null,
        status: GroupActivityStatus,
        publishedAt: string,
        completedAt: string | null,
        publishedByName: string,
        participantCount: number,
        completedCount: number,
        evidence: Array<{
          filename: string,
          contentType: string,
          size: number
        }>
      }
    }
    | {
      __typename: 'FileTooLargeError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTypeNotAllowedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type CompleteGroupActivityMutationVariables = Exact<{
  input: CompleteGroupActivityInput;
}>;


export type CompleteGroupActivityMutation = {
  completeGroupActivity:
    | {
      __typename: 'CompleteGroupActivityPayload',
      groupActivity: {
        id: string,
        kind: GroupActivityKind,
        title: string,
        description: string | null,
        hours: number,
        startsAt: string | null,
        endsAt: string | null,
        status: GroupActivityStatus,
        publishedAt: string,
        completedAt: string | null,
        publishedByName: string,
        participantCount: number,
        completedCount: number,
        evidence: Array<{
          filename: string,
          contentType: string,
          size: number
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotGroupMemberError',
      userIds: Array<string>,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type CancelGroupActivityMutationVariables = Exact<{
  input: CancelGroupActivityInput;
}>;


export type CancelGroupActivityMutation = {
  cancelGroupActivity:
    | {
      __typename: 'CancelGroupActivityPayload',
      groupActivity: {
        id: string,
        kind: GroupActivityKind,
        title: string,
        description: string | null,
        hours: number,
        startsAt: string | null,
        endsAt: string | null,
        status: GroupActivityStatus,
        publishedAt: string,
        completedAt: string | null,
        publishedByName: string,
        participantCount: number,
        completedCount: number,
        evidence: Array<{
          filename: string,
          contentType: string,
          size: number
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }

};

export type GroupActivitiesQueryVariables = Exact<{
  groupId: string;
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: GroupActivityStatus | null | undefined;
}>;


export type GroupActivitiesQuery = {
  node:
    | {
      id: string,
      name: string,
      groupActivities: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          kind: GroupActivityKind,
          title: string,
          description: string | null,
          hours: number,
          startsAt: string | null,
          endsAt: string | null,
          status: GroupActivityStatus,
          publishedAt: string,
          completedAt: string | null,
          publishedByName: string,
          participantCount: number,
          completedCount: number,
          viewerParticipation: {
            hours: number,
            completed: boolean,
            completedAt: string | null
          } | null,
          evidence: Array<{
            filename: string,
            contentType: string,
            size: number
          }>
        }>
      }
    }
    | Record<PropertyKey, never>
   | null
};

export type GroupActivityParticipantsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GroupActivityParticipantsQuery = {
  node:
    | {
      id: string,
      kind: GroupActivityKind,
      title: string,
      description: string | null,
      hours: number,
      startsAt: string | null,
      endsAt: string | null,
      status: GroupActivityStatus,
      publishedAt: string,
      completedAt: string | null,
      publishedByName: string,
      participantCount: number,
      completedCount: number,
      participants: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          teacherId: string,
          teacherName: string,
          hours: number,
          completed: boolean,
          completedAt: string | null
        }>
      },
      evidence: Array<{
        filename: string,
        contentType: string,
        size: number
      }>
    }
    | Record<PropertyKey, never>
   | null
};

export type MyGroupHoursQueryVariables = Exact<{
  programmeId?: string | null | undefined;
}>;


export type MyGroupHoursQuery = {
  enrolments: {
    nodes: Array<{
      id: string,
      programme: {
        id: string,
        name: string
      },
      groupHours: {
        recordedHours: number,
        countedHours: number,
        capHours: number,
        missingHours: number,
        reached: boolean,
        activities: number
      } | null
    }>
  }
};

export type SchoolGroupHoursQueryVariables = Exact<{
  programmeId: string;
  schoolId: string;
  groupId?: string | null | undefined;
  orderBy?: GroupHoursOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SchoolGroupHoursQuery = {
  schoolGroupHours: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      enrolmentId: string,
      teacherId: string,
      teacherName: string,
      login: string,
      hours: {
        recordedHours: number,
        countedHours: number,
        capHours: number,
        missingHours: number,
        reached: boolean,
        activities: number
      }
    }>
  } | null
};

export type UserIdentityFieldsFragment = {
  issuer: string,
  subject: string,
  linkedAt: string
};

export type UserIdentitiesQueryVariables = Exact<{
  userId: string;
}>;


export type UserIdentitiesQuery = {
  node:
    | {
      __typename: 'Assignment'
    }
    | {
      __typename: 'AssignmentSubmission'
    }
    | {
      __typename: 'Batch'
    }
    | {
      __typename: 'Catalogue'
    }
    | {
      __typename: 'ClassNotice'
    }
    | {
      __typename: 'Competency'
    }
    | {
      __typename: 'Course'
    }
    | {
      __typename: 'Enrolment'
    }
    | {
      __typename: 'Evidence'
    }
    | {
      __typename: 'ExcellentNomination'
    }
    | {
      __typename: 'GroupActivity'
    }
    | {
      __typename: 'Organisation'
    }
    | {
      __typename: 'Programme'
    }
    | {
      __typename: 'RoleAssignment'
    }
    | {
      __typename: 'RoleChange'
    }
    | {
      __typename: 'Selection'
    }
    | {
      __typename: 'Share'
    }
    | {
      __typename: 'User',
      id: string,
      login: string,
      displayName: string,
      identities: Array<{
        issuer: string,
        subject: string,
        linkedAt: string
      }> | null
    }
    | {
      __typename: 'Workshop'
    }
    | {
      __typename: 'WorkshopActivity'
    }
    | {
      __typename: 'WorkshopPost'
    }
   | null
};

export type LinkIdentityMutationVariables = Exact<{
  input: LinkIdentityInput;
}>;


export type LinkIdentityMutation = {
  linkIdentity:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'LinkIdentityPayload',
      user: {
        id: string,
        login: string,
        identities: Array<{
          issuer: string,
          subject: string,
          linkedAt: string
        }> | null
      }
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UnlinkIdentityMutationVariables = Exact<{
  input: UnlinkIdentityInput;
}>;


export type UnlinkIdentityMutation = {
  unlinkIdentity:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UnlinkIdentityPayload',
      user: {
        id: string,
        login: string,
        identities: Array<{
          issuer: string,
          subject: string,
          linkedAt: string
        }> | null
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type ClassProgressChangedSubscriptionVariables = Exact<{
  classId: string;
  programmeId: string;
}>;


export type ClassProgressChangedSubscription = {
  classProgressChanged: {
    enrolmentId: string,
    teacherId: string,
    kind: ProgressChangeKind,
    at: string
  }
};

export type MemberFieldsFragment = {
  id: string,
  role: Role,
  since: string,
  user: {
    id: string,
    login: string,
    displayName: string,
    email: string | null
  }
};

export type OrganisationsQueryVariables = Exact<{
  kind?: OrganisationKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  childrenFirst?: number | null | undefined;
  role?: Role | null | undefined;
  membersFirst?: number | null | undefined;
}>;


export type OrganisationsQuery = {
  organisations: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string,
      parent: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      children: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        }>
      },
      members: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          role: Role,
          since: string,
          user: {
            id: string,
            login: string,
            displayName: string,
            email: string | null
          }
        }>
      }
    }>
  }
};

export type OrganisationQueryVariables = Exact<{
  id: string;
  childrenFirst?: number | null | undefined;
  role?: Role | null | undefined;
  membersFirst?: number | null | undefined;
}>;


export type OrganisationQuery = {
  organisation: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string,
    parent: {
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string
    } | null,
    children: {
      totalCount: number,
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      }>
    },
    members: {
      totalCount: number,
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        role: Role,
        since: string,
        user: {
          id: string,
          login: string,
          displayName: string,
          email: string | null
        }
      }>
    }
  } | null
};

export type OrganisationMembersQueryVariables = Exact<{
  id: string;
  role?: Role | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationMembersQuery = {
  organisation: {
    id: string,
    members: {
      totalCount: number,
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        role: Role,
        since: string,
        user: {
          id: string,
          login: string,
          displayName: string,
          email: string | null
        }
      }>
    }
  } | null
};

export type OrganisationChildrenQueryVariables = Exact<{
  id: string;
  kind?: OrganisationKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationChildrenQuery = {
  organisation: {
    id: string,
    children: {
      totalCount: number,
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      }>
    }
  } | null
};

export type PersonSummaryFragment = {
  id: string,
  login: string,
  displayName: string,
  active: boolean,
  email: string | null,
  phone: string | null,
  teachingSubject: string | null,
  stage: SchoolStage | null,
  employeeNumber: string | null,
  roleAssignments: Array<{
    id: string,
    role: Role,
    since: string,
    organisation: {
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string
    }
  }>
};

export type PersonDetailsFragment = {
  nationalIdMasked: string | null,
  deactivatedAt: string | null,
  id: string,
  login: string,
  displayName: string,
  active: boolean,
  email: string | null,
  phone: string | null,
  teachingSubject: string | null,
  stage: SchoolStage | null,
  employeeNumber: string | null,
  organisation: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  } | null,
  roleAssignments: Array<{
    id: string,
    role: Role,
    since: string,
    organisation: {
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string
    }
  }>
};

export type RoleChangeFieldsFragment = {
  id: string,
  role: Role,
  change: RoleChangeKind,
  at: string,
  actorName: string | null,
  actor: {
    id: string,
    login: string,
    displayName: string
  } | null,
  organisation: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  }
};

export type ImportPeopleRowFieldsFragment = {
  row: number,
  login: string,
  outcome: ImportPeopleRowOutcome,
  code: ImportPeopleRowErrorCode | null,
  message: string | null,
  changes: Array<PersonChange>
};

export type SchoolPeopleQueryVariables = Exact<{
  organisationId: string;
  role?: Role | null | undefined;
  search?: string | null | undefined;
  includeDeactivated?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SchoolPeopleQuery = {
  people: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      login: string,
      displayName: string,
      active: boolean,
      email: string | null,
      phone: string | null,
      teachingSubject: string | null,
      stage: SchoolStage | null,
      employeeNumber: string | null,
      roleAssignments: Array<{
        id: string,
        role: Role,
        since: string,
        organisation: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        }
      }>
    }>
  } | null
};

export type PersonQueryVariables = Exact<{
  id: string;
  historyFirst?: number | null | undefined;
  historyAfter?: string | null | undefined;
}>;


export type PersonQuery = {
  node:
    | {
      __typename: 'Assignment'
    }
    | {
      __typename: 'AssignmentSubmission'
    }
    | {
      __typename: 'Batch'
    }
    | {
      __typename: 'Catalogue'
    }
    | {
      __typename: 'ClassNotice'
    }
    | {
      __typename: 'Competency'
    }
    | {
      __typename: 'Course'
    }
    | {
      __typename: 'Enrolment'
    }
    | {
      __typename: 'Evidence'
    }
    | {
      __typename: 'ExcellentNomination'
    }
    | {
      __typename: 'GroupActivity'
    }
    | {
      __typename: 'Organisation'
    }
    | {
      __typename: 'Programme'
    }
    | {
      __typename: 'RoleAssignment'
    }
    | {
      __typename: 'RoleChange'
    }
    | {
      __typename: 'Selection'
    }
    | {
      __typename: 'Share'
    }
    | {
      __typename: 'User',
      nationalIdMasked: string | null,
      deactivatedAt: string | null,
      id: string,
      login: string,
      displayName: string,
      active: boolean,
      email: string | null,
      phone: string | null,
      teachingSubject: string | null,
      stage: SchoolStage | null,
      employeeNumber: string | null,
      roleHistory: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          role: Role,
          change: RoleChangeKind,
          at: string,
          actorName: string | null,
          actor: {
            id: string,
            login: string,
            displayName: string
          } | null,
          organisation: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          }
        }>
      },
      organisation: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      roleAssignments: Array<{
        id: string,
        role: Role,
        since: string,
        organisation: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        }
      }>
    }
    | {
      __typename: 'Workshop'
    }
    | {
      __typename: 'WorkshopActivity'
    }
    | {
      __typename: 'WorkshopPost'
    }
   | null
};

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = {
  createUser:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateUserPayload',
      user: {
        nationalIdMasked: string | null,
        deactivatedAt: string | null,
        id: string,
        login: string,
        displayName: string,
        active: boolean,
        email: string | null,
        phone: string | null,
        teachingSubject: string | null,
        stage: SchoolStage | null,
        employeeNumber: string | null,
        organisation: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        roleAssignments: Array<{
          id: string,
          role: Role,
          since: string,
          organisation: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          }
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RoleNotGrantableError',
      problem: RoleGrantProblem,
      role: Role,
      organisationKind: OrganisationKind,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = {
  updateUser:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UpdateUserPayload',
      user: {
        nationalIdMasked: string | null,
        deactivatedAt: string | null,
        id: string,
        login: string,
        displayName: string,
        active: boolean,
        email: string | null,
        phone: string | null,
        teachingSubject: string | null,
        stage: SchoolStage | null,
        employeeNumber: string | null,
        organisation: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        roleAssignments: Array<{
          id: string,
          role: Role,
          since: string,
          organisation: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          }
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = {
  deactivateUser:
    | {
      __typename: 'DeactivateUserPayload',
      user: {
        nationalIdMasked: string | null,
        deactivatedAt: string | null,
        id: string,
        login: string,
        displayName: string,
        active: boolean,
        email: string | null,
        phone: string | null,
        teachingSubject: string | null,
        stage: SchoolStage | null,
        employeeNumber: string | null,
        organisation: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        roleAssignments: Array<{
          id: string,
          role: Role,
          since: string,
          organisation: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          }
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }

};

export type ReactivateUserMutationVariables = Exact<{
  input: ReactivateUserInput;
}>;


export type ReactivateUserMutation = {
  reactivateUser:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ReactivateUserPayload',
      user: {
        nationalIdMasked: string | null,
        deactivatedAt: string | null,
        id: string,
        login: string,
        displayName: string,
        active: boolean,
        email: string | null,
        phone: string | null,
        teachingSubject: string | null,
        stage: SchoolStage | null,
        employeeNumber: string | null,
        organisation: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        roleAssignments: Array<{
          id: string,
          role: Role,
          since: string,
          organisation: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          }
        }>
      }
    }

};

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = {
  grantRole:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'GrantRolePayload',
      user: {
        id: string,
        login: string,
        displayName: string,
        active: boolean,
        email: string | null,
        phone: string | null,
        teachingSubject: string | null,
        stage: SchoolStage | null,
        employeeNumber: string | null,
        roleAssignments: Array<{
          id: string,
          role: Role,
          since: string,
          organisation: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          }
        }>
      }
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RoleNotGrantableError',
      problem: RoleGrantProblem,
      role: Role,
      organisationKind: OrganisationKind,
      code: ErrorCode,
      message: string
    }

};

export type RevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type RevokeRoleMutation = {
  revokeRole:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RevokeRolePayload',
      revoked: boolean,
      user: {
        id: string,
        login: string,
        displayName: string,
        active: boolean,
        email: string | null,
        phone: string | null,
        teachingSubject: string | null,
        stage: SchoolStage | null,
        employeeNumber: string | null,
        roleAssignments: Array<{
          id: string,
          role: Role,
          since: string,
          organisation: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          }
        }>
      } | null
    }
    | {
      __typename: 'RoleNotGrantableError',
      problem: RoleGrantProblem,
      role: Role,
      organisationKind: OrganisationKind,
      code: ErrorCode,
      message: string
    }

};

export type ImportPeopleMutationVariables = Exact<{
  input: ImportPeopleInput;
}>;


export type ImportPeopleMutation = {
  importPeople:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTooLargeError',
      maxBytes: number,
      size: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ImportFileError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ImportPeoplePayload',
      dryRun: boolean,
      written: boolean,
      created: number,
      updated: number,
      unchanged: number,
      errors: number,
      rows: Array<{
        row: number,
        login: string,
        outcome: ImportPeopleRowOutcome,
        code: ImportPeopleRowErrorCode | null,
        message: string | null,
        changes: Array<PersonChange>
      }>
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type RecordViewingMutationVariables = Exact<{
  input: RecordViewingInput;
}>;


export type RecordViewingMutation = {
  recordViewing:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RecordViewingPayload',
      accepted: number,
      ignored: number,
      creditedSeconds: number,
      courseCreditedSeconds: number,
      studyRequiredSeconds: number,
      studyElectiveSeconds: number,
      status: ViewingSessionStatus,
      rejected: Array<{
        clientEventId: string,
        code: ViewingRejectionCode,
        message: string
      }>
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type DecisionFieldsFragment = {
  id: string,
  action: string,
  fromState: string | null,
  toState: string | null,
  comment: string | null,
  actorName: string | null,
  at: string
};

export type SelectionRulesFieldsFragment = {
  minCredits: number | null,
  minPoints: number | null,
  maxPoints: number | null,
  requireSchoolReview: boolean,
  selectionWindowDays: number | null,
  adminSelectsAfterDeadline: boolean,
  schoolPlanGateRate: number | null,
  dimensionRule: {
    kind: DimensionRuleKind,
    n: number | null
  }
};

export type ProgrammeRulesFieldsFragment = {
  version: number,
  enrolment: {
    classPerSchool: boolean
  },
  selection: {
    minCredits: number | null,
    minPoints: number | null,
    maxPoints: number | null,
    requireSchoolReview: boolean,
    selectionWindowDays: number | null,
    adminSelectsAfterDeadline: boolean,
    schoolPlanGateRate: number | null,
    dimensionRule: {
      kind: DimensionRuleKind,
      n: number | null
    }
  },
  viewing: {
    maxPlaybackRate: number,
    sessionIdleSeconds: number,
    rawRetentionDays: number
  },
  workshop: {
    minPostLength: number
  },
  shares: {
    maxPerTeacher: number | null,
    tutorMayReject: boolean
  },
  assignments: {
    maxMark: number,
    maxAttempts: number
  },
  schoolBasedStudy: {
    hoursCap: number,
    teachingDiscussionHours: number,
    studyAssignmentHours: number,
    lessonCritiqueHours: number,
    offlineMaxHours: number
  }
};

export type ProgrammeSummaryFragment = {
  id: string,
  code: string,
  name: string,
  status: ProgrammeStatus,
  districtName: string,
  createdAt: string,
  updatedAt: string
};

export type BatchFieldsFragment = {
  id: string,
  name: string,
  startsOn: string,
  endsOn: string,
  stages: Array<SchoolStage>,
  totalQuota: number | null,
  selectionOpensAt: string | null,
  selectionClosesAt: string | null
};

type BatchRefusalFields_QuotaBelowEnrolledError_Fragment = {
  schoolName: string,
  quota: number,
  enrolled: number
};

type BatchRefusalFields_SchoolDeactivatedError_Fragment = {
  schoolName: string
};

type BatchRefusalFields_StageMismatchError_Fragment = {
  schoolName: string,
  schoolStages: Array<SchoolStage>,
  batchName: string,
  batchStages: Array<SchoolStage>
};

type BatchRefusalFields_TotalQuotaExceededError_Fragment = {
  batchName: string,
  totalQuota: number,
  allocated: number
};

export type BatchRefusalFieldsFragment =
  | BatchRefusalFields_QuotaBelowEnrolledError_Fragment
  | BatchRefusalFields_SchoolDeactivatedError_Fragment
  | BatchRefusalFields_StageMismatchError_Fragment
  | BatchRefusalFields_TotalQuotaExceededError_Fragment
;

export type BatchSchoolFieldsFragment = {
  id: string,
  schoolName: string,
  quota: number,
  enrolledCount: number,
  school: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  } | null
};

export type ProgrammeDetailFragment = {
  description: string | null,
  id: string,
  code: string,
  name: string,
  status: ProgrammeStatus,
  districtName: string,
  createdAt: string,
  updatedAt: string,
  district: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  } | null,
  catalogue: {
    id: string,
    code: string,
    version: string,
    kind: CatalogueKind,
    status: CatalogueStatus,
    nameZh: string,
    nameEn: string,
    totalCredits: number | null,
    publishedAt: string | null
  },
  rules: {
    version: number,
    enrolment: {
      classPerSchool: boolean
    },
    selection: {
      minCredits: number | null,
      minPoints: number | null,
      maxPoints: number | null,
      requireSchoolReview: boolean,
      selectionWindowDays: number | null,
      adminSelectsAfterDeadline: boolean,
      schoolPlanGateRate: number | null,
      dimensionRule: {
        kind: DimensionRuleKind,
        n: number | null
      }
    },
    viewing: {
      maxPlaybackRate: number,
      sessionIdleSeconds: number,
      rawRetentionDays: number
    },
    workshop: {
      minPostLength: number
    },
    shares: {
      maxPerTeacher: number | null,
      tutorMayReject: boolean
    },
    assignments: {
      maxMark: number,
      maxAttempts: number
    },
    schoolBasedStudy: {
      hoursCap: number,
      teachingDiscussionHours: number,
      studyAssignmentHours: number,
      lessonCritiqueHours: number,
      offlineMaxHours: number
    }
  },
  phases: Array<{
    kind: PhaseKind,
    startsOn: string,
    endsOn: string
  }>,
  history: Array<{
    id: string,
    action: string,
    fromState: string | null,
    toState: string | null,
    comment: string | null,
    actorName: string | null,
    at: string
  }>
};

export type ProgrammesQueryVariables = Exact<{
  status?: ProgrammeStatus | null | undefined;
  districtId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammesQuery = {
  programmes: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      code: string,
      name: string,
      status: ProgrammeStatus,
      districtName: string,
      createdAt: string,
      updatedAt: string,
      catalogue: {
        id: string,
        code: string,
        version: string,
        nameZh: string
      },
      batches: Array<{
        id: string,
        name: string,
        startsOn: string,
        endsOn: string,
        stages: Array<SchoolStage>,
        totalQuota: number | null,
        selectionOpensAt: string | null,
        selectionClosesAt: string | null
      }>
    }>
  }
};

export type ProgrammeQueryVariables = Exact<{
  id: string;
  schoolsFirst?: number | null | undefined;
}>;


export type ProgrammeQuery = {
  programme: {
    description: string | null,
    id: string,
    code: string,
    name: string,
    status: ProgrammeStatus,
    districtName: string,
    createdAt: string,
    updatedAt: string,
    batches: Array<{
      quotaAllocated: number | null,
      id: string,
      name: string,
      startsOn: string,
      endsOn: string,
      stages: Array<SchoolStage>,
      totalQuota: number | null,
      selectionOpensAt: string | null,
      selectionClosesAt: string | null,
      schools: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          schoolName: string,
          quota: number,
          enrolledCount: number,
          school: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          } | null
        }>
      }
    }>,
    district: {
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string
    } | null,
    catalogue: {
      id: string,
      code: string,
      version: string,
      kind: CatalogueKind,
      status: CatalogueStatus,
      nameZh: string,
      nameEn: string,
      totalCredits: number | null,
      publishedAt: string | null
    },
    rules: {
      version: number,
      enrolment: {
        classPerSchool: boolean
      },
      selection: {
        minCredits: number | null,
        minPoints: number | null,
        maxPoints: number | null,
        requireSchoolReview: boolean,
        selectionWindowDays: number | null,
        adminSelectsAfterDeadline: boolean,
        schoolPlanGateRate: number | null,
        dimensionRule: {
          kind: DimensionRuleKind,
          n: number | null
        }
      },
      viewing: {
        maxPlaybackRate: number,
        sessionIdleSeconds: number,
        rawRetentionDays: number
      },
      workshop: {
        minPostLength: number
      },
      shares: {
        maxPerTeacher: number | null,
        tutorMayReject: boolean
      },
      assignments: {
        maxMark: number,
        maxAttempts: number
      },
      schoolBasedStudy: {
        hoursCap: number,
        teachingDiscussionHours: number,
        studyAssignmentHours: number,
        lessonCritiqueHours: number,
        offlineMaxHours: number
      }
    },
    phases: Array<{
      kind: PhaseKind,
      startsOn: string,
      endsOn: string
    }>,
    history: Array<{
      id: string,
      action: string,
      fromState: string | null,
      toState: string | null,
      comment: string | null,
      actorName: string | null,
      at: string
    }>
  } | null
};

export type BatchSchoolsQueryVariables = Exact<{
  batchId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BatchSchoolsQuery = {
  node:
    | {
      __typename: 'Assignment'
    }
    | {
      __typename: 'AssignmentSubmission'
    }
    | {
      __typename: 'Batch',
      id: string,
      totalQuota: number | null,
      quotaAllocated: number | null,
      schools: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          schoolName: string,
          quota: number,
          enrolledCount: number,
          school: {
            id: string,
            kind: OrganisationKind,
            code: string,
            name: string
          } | null
        }>
      }
    }
    | {
      __typename: 'Catalogue'
    }
    | {
      __typename: 'ClassNotice'
    }
    | {
      __typename: 'Competency'
    }
    | {
      __typename: 'Course'
    }
    | {
      __typename: 'Enrolment'
    }
    | {
      __typename: 'Evidence'
    }
    | {
      __typename: 'ExcellentNomination'
    }
    | {
      __typename: 'GroupActivity'
    }
    | {
      __typename: 'Organisation'
    }
    | {
      __typename: 'Programme'
    }
    | {
      __typename: 'RoleAssignment'
    }
    | {
      __typename: 'RoleChange'
    }
    | {
      __typename: 'Selection'
    }
    | {
      __typename: 'Share'
    }
    | {
      __typename: 'User'
    }
    | {
      __typename: 'Workshop'
    }
    | {
      __typename: 'WorkshopActivity'
    }
    | {
      __typename: 'WorkshopPost'
    }
   | null
};

export type CreateProgrammeMutationVariables = Exact<{
  input: CreateProgrammeInput;
}>;


export type CreateProgrammeMutation = {
  createProgramme:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateProgrammePayload',
      programme: {
        description: string | null,
        id: string,
        code: string,
        name: string,
        status: ProgrammeStatus,
        districtName: string,
        createdAt: string,
        updatedAt: string,
        batches: Array<{
          id: string,
          name: string,
          startsOn: string,
          endsOn: string,
          stages: Array<SchoolStage>,
          totalQuota: number | null,
          selectionOpensAt: string | null,
          selectionClosesAt: string | null
        }>,
        district: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        catalogue: {
          id: string,
          code: string,
          version: string,
          kind: CatalogueKind,
          status: CatalogueStatus,
          nameZh: string,
          nameEn: string,
          totalCredits: number | null,
          publishedAt: string | null
        },
        rules: {
          version: number,
          enrolment: {
            classPerSchool: boolean
          },
          selection: {
            minCredits: number | null,
            minPoints: number | null,
            maxPoints: number | null,
            requireSchoolReview: boolean,
            selectionWindowDays: number | null,
            adminSelectsAfterDeadline: boolean,
            schoolPlanGateRate: number | null,
            dimensionRule: {
              kind: DimensionRuleKind,
              n: number | null
            }
          },
          viewing: {
            maxPlaybackRate: number,
            sessionIdleSeconds: number,
            rawRetentionDays: number
          },
          workshop: {
            minPostLength: number
          },
          shares: {
            maxPerTeacher: number | null,
            tutorMayReject: boolean
          },
          assignments: {
            maxMark: number,
            maxAttempts: number
          },
          schoolBasedStudy: {
            hoursCap: number,
            teachingDiscussionHours: number,
            studyAssignmentHours: number,
            lessonCritiqueHours: number,
            offlineMaxHours: number
          }
        },
        phases: Array<{
          kind: PhaseKind,
          startsOn: string,
          endsOn: string
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type PublishProgrammeMutationVariables = Exact<{
  input: PublishProgrammeInput;
}>;


export type PublishProgrammeMutation = {
  publishProgramme:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'PublishProgrammePayload',
      programme: {
        id: string,
        code: string,
        name: string,
        status: ProgrammeStatus,
        districtName: string,
        createdAt: string,
        updatedAt: string,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type StartProgrammeMutationVariables = Exact<{
  input: StartProgrammeInput;
}>;


export type StartProgrammeMutation = {
  startProgramme:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'StartProgrammePayload',
      programme: {
        id: string,
        code: string,
        name: string,
        status: ProgrammeStatus,
        districtName: string,
        createdAt: string,
        updatedAt: string,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type CloseProgrammeMutationVariables = Exact<{
  input: CloseProgrammeInput;
}>;


export type CloseProgrammeMutation = {
  closeProgramme:
    | {
      __typename: 'CloseProgrammePayload',
      programme: {
        id: string,
        code: string,
        name: string,
        status: ProgrammeStatus,
        districtName: string,
        createdAt: string,
        updatedAt: string,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type EnrolSchoolsMutationVariables = Exact<{
  input: EnrolSchoolsInput;
  schoolsFirst?: number | null | undefined;
}>;


export type EnrolSchoolsMutation = {
  enrolSchools:
    | {
      __typename: 'EnrolSchoolsPayload',
      batch: {
        quotaAllocated: number | null,
        id: string,
        name: string,
        startsOn: string,
        endsOn: string,
        stages: Array<SchoolStage>,
        totalQuota: number | null,
        selectionOpensAt: string | null,
        selectionClosesAt: string | null,
        schools: {
          totalCount: number,
          pageInfo: {
            hasNextPage: boolean,
            endCursor: string | null
          },
          nodes: Array<{
            id: string,
            schoolName: string,
            quota: number,
            enrolledCount: number,
            school: {
              id: string,
              kind: OrganisationKind,
              code: string,
              name: string
            } | null
          }>
        }
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'QuotaBelowEnrolledError',
      code: ErrorCode,
      message: string,
      schoolName: string,
      quota: number,
      enrolled: number
    }
    | {
      __typename: 'SchoolDeactivatedError',
      code: ErrorCode,
      message: string,
      schoolName: string
    }
    | {
      __typename: 'StageMismatchError',
      code: ErrorCode,
      message: string,
      schoolName: string,
      schoolStages: Array<SchoolStage>,
      batchName: string,
      batchStages: Array<SchoolStage>
    }
    | {
      __typename: 'TotalQuotaExceededError',
      code: ErrorCode,
      message: string,
      batchName: string,
      totalQuota: number,
      allocated: number
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UpdateProgrammeMutationVariables = Exact<{
  input: UpdateProgrammeInput;
}>;


export type UpdateProgrammeMutation = {
  updateProgramme:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'StageMismatchError',
      code: ErrorCode,
      message: string,
      schoolName: string,
      schoolStages: Array<SchoolStage>,
      batchName: string,
      batchStages: Array<SchoolStage>
    }
    | {
      __typename: 'TotalQuotaExceededError',
      code: ErrorCode,
      message: string,
      batchName: string,
      totalQuota: number,
      allocated: number
    }
    | {
      __typename: 'UpdateProgrammePayload',
      programme: {
        description: string | null,
        id: string,
        code: string,
        name: string,
        status: ProgrammeStatus,
        districtName: string,
        createdAt: string,
        updatedAt: string,
        batches: Array<{
          quotaAllocated: number | null,
          id: string,
          name: string,
          startsOn: string,
          endsOn: string,
          stages: Array<SchoolStage>,
          totalQuota: number | null,
          selectionOpensAt: string | null,
          selectionClosesAt: string | null
        }>,
        district: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        catalogue: {
          id: string,
          code: string,
          version: string,
          kind: CatalogueKind,
          status: CatalogueStatus,
          nameZh: string,
          nameEn: string,
          totalCredits: number | null,
          publishedAt: string | null
        },
        rules: {
          version: number,
          enrolment: {
            classPerSchool: boolean
          },
          selection: {
            minCredits: number | null,
            minPoints: number | null,
            maxPoints: number | null,
            requireSchoolReview: boolean,
            selectionWindowDays: number | null,
            adminSelectsAfterDeadline: boolean,
            schoolPlanGateRate: number | null,
            dimensionRule: {
              kind: DimensionRuleKind,
              n: number | null
            }
          },
          viewing: {
            maxPlaybackRate: number,
            sessionIdleSeconds: number,
            rawRetentionDays: number
          },
          workshop: {
            minPostLength: number
          },
          shares: {
            maxPerTeacher: number | null,
            tutorMayReject: boolean
          },
          assignments: {
            maxMark: number,
            maxAttempts: number
          },
          schoolBasedStudy: {
            hoursCap: number,
            teachingDiscussionHours: number,
            studyAssignmentHours: number,
            lessonCritiqueHours: number,
            offlineMaxHours: number
          }
        },
        phases: Array<{
          kind: PhaseKind,
          startsOn: string,
          endsOn: string
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type ExtendSelectionWindowMutationVariables = Exact<{
  input: ExtendSelectionWindowInput;
}>;


export type ExtendSelectionWindowMutation = {
  extendSelectionWindow:
    | {
      __typename: 'ExtendSelectionWindowPayload',
      extended: number,
      until: string,
      enrolment: {
        id: string,
        enrolledAt: string,
        selectionDueAt: string | null,
        selectionDueExtended: boolean,
        selectionWindowOpen: boolean,
        coursesOpen: boolean,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        teacher: {
          id: string,
          login: string,
          displayName: string
        },
        batch: {
          id: string,
          name: string,
          startsOn: string,
          endsOn: string
        },
        school: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        class: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        selection: {
          id: string,
          status: SelectionStatus,
          onBehalf: boolean,
          pointCount: number,
          totalCredits: number,
          submittedAt: string,
          submittedByName: string,
          decidedAt: string | null,
          competencies: Array<{
            id: string,
            code: string,
            nameZh: string,
            nameEn: string,
            credits: number | null,
            dimension: {
              code: string,
              nameZh: string,
              nameEn: string,
              position: number
            },
            environment: {
              code: string,
              nameZh: string,
              nameEn: string,
              position: number
            } | null
          }>,
          history: Array<{
            id: string,
            action: string,
            fromState: string | null,
            toState: string | null,
            comment: string | null,
            actorName: string | null,
            at: string
          }>,
          violations: Array<{
            code: SelectionViolationCode,
            message: string,
            actual: number | null,
            required: number | null,
            allowed: number | null,
            competencyCodes: Array<string>,
            dimension: string | null,
            closedAt: string | null,
            closesAt: string | null,
            reason: OnBehalfRefusal | null
          }>
        } | null
      } | null
    }
    | {
      __typename: 'ExtensionTooEarlyError',
      until: string,
      currentDueAt: string | null,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type ProgrammeSelectionProgressQueryVariables = Exact<{
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeSelectionProgressQuery = {
  programmeSelectionProgress: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      enrolled: number,
      selected: number,
      submitted: number,
      approved: number,
      returned: number,
      notSelected: number,
      rate: number,
      gateRate: number | null,
      gateReached: boolean,
      planUploaded: boolean,
      school: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      }
    }>
  } | null
};

export type SchoolSelectionProgressFieldsFragment = {
  enrolled: number,
  selected: number,
  submitted: number,
  approved: number,
  returned: number,
  notSelected: number,
  rate: number,
  gateRate: number | null,
  gateReached: boolean,
  planUploaded: boolean,
  school: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  }
};

export type SchoolRangeFieldsFragment = {
  competencyCount: number,
  updatedAt: string,
  school: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  },
  competencies: Array<{
    id: string,
    code: string,
    nameZh: string,
    nameEn: string,
    credits: number | null,
    dimension: {
      code: string,
      nameZh: string,
      nameEn: string,
      position: number
    },
    environment: {
      code: string,
      nameZh: string,
      nameEn: string,
      position: number
    } | null
  }>,
  history: Array<{
    id: string,
    action: string,
    fromState: string | null,
    toState: string | null,
    comment: string | null,
    actorName: string | null,
    at: string
  }>
};

export type StoredFileFieldsFragment = {
  filename: string,
  contentType: string,
  size: number,
  sha256: string,
  uploadedAt: string
};

export type SchoolPlanFieldsFragment = {
  uploadedAt: string,
  uploadedByName: string,
  school: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  },
  history: Array<{
    id: string,
    action: string,
    fromState: string | null,
    toState: string | null,
    comment: string | null,
    actorName: string | null,
    at: string
  }>
};

export type ImportEnrolmentRowFieldsFragment = {
  row: number,
  login: string,
  outcome: ImportRowOutcome,
  code: ImportRowErrorCode | null,
  message: string | null,
  accountCreated: boolean
};

export type SchoolSelectionProgressQueryVariables = Exact<{
  programmeId: string;
  schoolId: string;
}>;


export type SchoolSelectionProgressQuery = {
  schoolSelectionProgress: {
    enrolled: number,
    selected: number,
    submitted: number,
    approved: number,
    returned: number,
    notSelected: number,
    rate: number,
    gateRate: number | null,
    gateReached: boolean,
    planUploaded: boolean,
    school: {
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string
    }
  } | null
};

export type ClassRosterQueryVariables = Exact<{
  classId: string;
  programmeId?: string | null | undefined;
  status?: RosterStatusFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClassRosterQuery = {
  classRoster: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      enrolledAt: string,
      selectionDueAt: string | null,
      selectionDueExtended: boolean,
      selectionWindowOpen: boolean,
      coursesOpen: boolean,
      teacher: {
        id: string,
        login: string,
        displayName: string
      },
      batch: {
        id: string,
        name: string,
        startsOn: string,
        endsOn: string
      },
      school: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      class: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      selection: {
        id: string,
        status: SelectionStatus,
        onBehalf: boolean,
        pointCount: number,
        totalCredits: number,
        submittedAt: string,
        submittedByName: string,
        decidedAt: string | null,
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      } | null
    }>
  } | null
};

export type ProgrammeEnrolmentsQueryVariables = Exact<{
  programmeId: string;
  schoolId?: string | null | undefined;
  classId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeEnrolmentsQuery = {
  enrolments: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      enrolledAt: string,
      selectionDueAt: string | null,
      selectionDueExtended: boolean,
      selectionWindowOpen: boolean,
      coursesOpen: boolean,
      teacher: {
        id: string,
        login: string,
        displayName: string
      },
      batch: {
        id: string,
        name: string,
        startsOn: string,
        endsOn: string
      },
      school: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      class: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      selection: {
        id: string,
        status: SelectionStatus,
        onBehalf: boolean,
        pointCount: number,
        totalCredits: number,
        submittedAt: string,
        submittedByName: string,
        decidedAt: string | null,
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      } | null
    }>
  }
};

export type ApproveSelectionMutationVariables = Exact<{
  input: ApproveSelectionInput;
}>;


export type ApproveSelectionMutation = {
  approveSelection:
    | {
      __typename: 'ApproveSelectionPayload',
      selection: {
        id: string,
        status: SelectionStatus,
        onBehalf: boolean,
        pointCount: number,
        totalCredits: number,
        submittedAt: string,
        submittedByName: string,
        decidedAt: string | null,
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type ReturnSelectionMutationVariables = Exact<{
  input: ReturnSelectionInput;
}>;


export type ReturnSelectionMutation = {
  returnSelection:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ReturnSelectionPayload',
      selection: {
        id: string,
        status: SelectionStatus,
        onBehalf: boolean,
        pointCount: number,
        totalCredits: number,
        submittedAt: string,
        submittedByName: string,
        decidedAt: string | null,
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type SelectOnBehalfMutationVariables = Exact<{
  input: SelectOnBehalfInput;
}>;


export type SelectOnBehalfMutation = {
  selectOnBehalf:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SelectOnBehalfPayload',
      selection: {
        id: string,
        status: SelectionStatus,
        onBehalf: boolean,
        pointCount: number,
        totalCredits: number,
        submittedAt: string,
        submittedByName: string,
        decidedAt: string | null,
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      }
    }
    | {
      __typename: 'SelectionRejectedError',
      code: ErrorCode,
      message: string,
      violations: Array<{
        code: SelectionViolationCode,
        message: string,
        actual: number | null,
        required: number | null,
        allowed: number | null,
        competencyCodes: Array<string>,
        dimension: string | null,
        closedAt: string | null,
        closesAt: string | null,
        reason: OnBehalfRefusal | null
      }>
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type SchoolRangeQueryVariables = Exact<{
  programmeId: string;
  schoolId: string;
}>;


export type SchoolRangeQuery = {
  schoolRange: {
    competencyCount: number,
    updatedAt: string,
    school: {
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string
    },
    competencies: Array<{
      id: string,
      code: string,
      nameZh: string,
      nameEn: string,
      credits: number | null,
      dimension: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      },
      environment: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      } | null
    }>,
    history: Array<{
      id: string,
      action: string,
      fromState: string | null,
      toState: string | null,
      comment: string | null,
      actorName: string | null,
      at: string
    }>
  } | null
};

export type SetSchoolRangeMutationVariables = Exact<{
  input: SetSchoolRangeInput;
}>;


export type SetSchoolRangeMutation = {
  setSchoolRange:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SetSchoolRangePayload',
      schoolRange: {
        competencyCount: number,
        updatedAt: string,
        school: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        },
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>
      }
    }
    | {
      __typename: 'UnknownCompetenciesError',
      competencyIds: Array<string>,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UploadSchoolPlanMutationVariables = Exact<{
  input: UploadSchoolPlanInput;
}>;


export type UploadSchoolPlanMutation = {
  uploadSchoolPlan:
    | {
      __typename: 'FileTooLargeError',
      maxBytes: number,
      size: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTypeNotAllowedError',
      allowedTypes: Array<string>,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'GateNotReachedError',
      selected: number,
      enrolled: number,
      rate: number,
      gateRate: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UploadSchoolPlanPayload',
      schoolPlan: {
        uploadedAt: string,
        uploadedByName: string,
        file: {
          downloadUrl: string,
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        },
        school: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        },
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>
      }
    }

};

export type SchoolPlanQueryVariables = Exact<{
  programmeId: string;
  schoolId: string;
  downloadTtlSeconds?: number | null | undefined;
}>;


export type SchoolPlanQuery = {
  schoolPlan: {
    uploadedAt: string,
    uploadedByName: string,
    file: {
      downloadUrl: string,
      filename: string,
      contentType: string,
      size: number,
      sha256: string,
      uploadedAt: string
    },
    school: {
      id: string,
      kind: OrganisationKind,
      code: string,
      name: string
    },
    history: Array<{
      id: string,
      action: string,
      fromState: string | null,
      toState: string | null,
      comment: string | null,
      actorName: string | null,
      at: string
    }>
  } | null
};

export type EnrolTeacherMutationVariables = Exact<{
  input: EnrolTeacherInput;
}>;


export type EnrolTeacherMutation = {
  enrolTeacher:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'EnrolTeacherPayload',
      accountCreated: boolean,
      enrolment: {
        id: string,
        enrolledAt: string,
        selectionDueAt: string | null,
        selectionDueExtended: boolean,
        selectionWindowOpen: boolean,
        coursesOpen: boolean,
        teacher: {
          id: string,
          login: string,
          displayName: string
        },
        batch: {
          id: string,
          name: string,
          startsOn: string,
          endsOn: string
        },
        school: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        class: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null,
        selection: {
          id: string,
          status: SelectionStatus,
          onBehalf: boolean,
          pointCount: number,
          totalCredits: number,
          submittedAt: string,
          submittedByName: string,
          decidedAt: string | null,
          competencies: Array<{
            id: string,
            code: string,
            nameZh: string,
            nameEn: string,
            credits: number | null,
            dimension: {
              code: string,
              nameZh: string,
              nameEn: string,
              position: number
            },
            environment: {
              code: string,
              nameZh: string,
              nameEn: string,
              position: number
            } | null
          }>,
          history: Array<{
            id: string,
            action: string,
            fromState: string | null,
            toState: string | null,
            comment: string | null,
            actorName: string | null,
            at: string
          }>,
          violations: Array<{
            code: SelectionViolationCode,
            message: string,
            actual: number | null,
            required: number | null,
            allowed: number | null,
            competencyCodes: Array<string>,
            dimension: string | null,
            closedAt: string | null,
            closesAt: string | null,
            reason: OnBehalfRefusal | null
          }>
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidNationalIdError',
      problem: NationalIdProblem,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'QuotaExceededError',
      quota: number,
      enrolled: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type ImportEnrolmentsMutationVariables = Exact<{
  input: ImportEnrolmentsInput;
}>;


export type ImportEnrolmentsMutation = {
  importEnrolments:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTooLargeError',
      maxBytes: number,
      size: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ImportEnrolmentsPayload',
      dryRun: boolean,
      written: boolean,
      created: number,
      updated: number,
      unchanged: number,
      errors: number,
      rows: Array<{
        row: number,
        login: string,
        outcome: ImportRowOutcome,
        code: ImportRowErrorCode | null,
        message: string | null,
        accountCreated: boolean
      }>
    }
    | {
      __typename: 'ImportFileError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UnitFieldsFragment = {
  id: string,
  kind: OrganisationKind,
  code: string,
  name: string,
  active: boolean,
  parent: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  } | null
};

export type CreateClassMutationVariables = Exact<{
  input: CreateClassInput;
}>;


export type CreateClassMutation = {
  createClass:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateClassPayload',
      class: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string,
        active: boolean,
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = {
  createGroup:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'CreateGroupPayload',
      group: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string,
        active: boolean,
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type AssignClassTutorMutationVariables = Exact<{
  input: AssignClassTutorInput;
}>;


export type AssignClassTutorMutation = {
  assignClassTutor:
    | {
      __typename: 'AssignClassTutorPayload',
      assignment: {
        id: string,
        role: Role,
        since: string,
        user: {
          id: string,
          login: string,
          displayName: string,
          email: string | null
        }
      }
    }
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }

};

export type SetGroupLeaderMutationVariables = Exact<{
  input: SetGroupLeaderInput;
}>;


export type SetGroupLeaderMutation = {
  setGroupLeader:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SetGroupLeaderPayload',
      assignment: {
        id: string,
        role: Role,
        since: string,
        user: {
          id: string,
          login: string,
          displayName: string,
          email: string | null
        }
      }
    }

};

export type AddGroupMembersMutationVariables = Exact<{
  input: AddGroupMembersInput;
  membersFirst?: number | null | undefined;
}>;


export type AddGroupMembersMutation = {
  addGroupMembers:
    | {
      __typename: 'AddGroupMembersPayload',
      group: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string,
        active: boolean,
        members: {
          totalCount: number,
          nodes: Array<{
            id: string,
            role: Role,
            since: string,
            user: {
              id: string,
              login: string,
              displayName: string,
              email: string | null
            }
          }>
        },
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type RemoveGroupMemberMutationVariables = Exact<{
  input: RemoveGroupMemberInput;
}>;


export type RemoveGroupMemberMutation = {
  removeGroupMember:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RemoveGroupMemberPayload',
      group: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string,
        active: boolean,
        parent: {
          id: string,
          kind: OrganisationKind,
          code: string,
          name: string
        } | null
      }
    }

};

export type ScoreFieldsFragment = {
  total: number,
  passThreshold: number,
  verdict: ScoreVerdict,
  lines: Array<{
    key: string,
    kind: ScoringItemKind,
    name: string,
    requiredToPass: boolean,
    counted: number,
    required: number,
    points: number,
    maxPoints: number,
    complete: boolean,
    missing: number,
    code: ScoreLineCode,
    message: string
  }>
};

export type MyScoreQueryVariables = Exact<{
  enrolmentId: string;
}>;


export type MyScoreQuery = {
  node:
    | {
      id: string,
      score: {
        total: number,
        passThreshold: number,
        verdict: ScoreVerdict,
        lines: Array<{
          key: string,
          kind: ScoringItemKind,
          name: string,
          requiredToPass: boolean,
          counted: number,
          required: number,
          points: number,
          maxPoints: number,
          complete: boolean,
          missing: number,
          code: ScoreLineCode,
          message: string
        }>
      } | null
    }
    | Record<PropertyKey, never>
   | null
};

export type ClassScoresQueryVariables = Exact<{
  classId: string;
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClassScoresQuery = {
  enrolments: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      teacher: {
        id: string,
        displayName: string
      },
      score: {
        total: number,
        passThreshold: number,
        verdict: ScoreVerdict,
        lines: Array<{
          key: string,
          kind: ScoringItemKind,
          name: string,
          requiredToPass: boolean,
          counted: number,
          required: number,
          points: number,
          maxPoints: number,
          complete: boolean,
          missing: number,
          code: ScoreLineCode,
          message: string
        }>
      } | null
    }>
  }
};

export type ShareFieldsFragment = {
  id: string,
  kind: ShareKind,
  title: string,
  url: string | null,
  module: string | null,
  status: ShareStatus,
  counted: boolean,
  rejectedReason: string | null,
  rejectedAt: string | null,
  sharedAt: string,
  file: {
    downloadUrl: string,
    filename: string,
    contentType: string,
    size: number,
    sha256: string,
    uploadedAt: string
  } | null,
  competency: {
    id: string,
    code: string,
    nameZh: string
  } | null
};

export type MySharesQueryVariables = Exact<{
  enrolmentId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MySharesQuery = {
  node:
    | {
      id: string,
      countedShares: number,
      shares: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          kind: ShareKind,
          title: string,
          url: string | null,
          module: string | null,
          status: ShareStatus,
          counted: boolean,
          rejectedReason: string | null,
          rejectedAt: string | null,
          sharedAt: string,
          file: {
            downloadUrl: string,
            filename: string,
            contentType: string,
            size: number,
            sha256: string,
            uploadedAt: string
          } | null,
          competency: {
            id: string,
            code: string,
            nameZh: string
          } | null
        }>
      }
    }
    | Record<PropertyKey, never>
   | null
};

export type ClassSharesQueryVariables = Exact<{
  classId: string;
  programmeId: string;
  status?: ShareStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClassSharesQuery = {
  classShares: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      kind: ShareKind,
      title: string,
      url: string | null,
      module: string | null,
      status: ShareStatus,
      counted: boolean,
      rejectedReason: string | null,
      rejectedAt: string | null,
      sharedAt: string,
      enrolment: {
        id: string,
        teacher: {
          id: string,
          displayName: string
        }
      },
      file: {
        downloadUrl: string,
        filename: string,
        contentType: string,
        size: number,
        sha256: string,
        uploadedAt: string
      } | null,
      competency: {
        id: string,
        code: string,
        nameZh: string
      } | null
    }>
  } | null
};

export type ShareResourceMutationVariables = Exact<{
  input: ShareResourceInput;
}>;


export type ShareResourceMutation = {
  shareResource:
    | {
      __typename: 'FileTooLargeError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTypeNotAllowedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ShareLimitError',
      max: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ShareResourcePayload',
      share: {
        id: string,
        kind: ShareKind,
        title: string,
        url: string | null,
        module: string | null,
        status: ShareStatus,
        counted: boolean,
        rejectedReason: string | null,
        rejectedAt: string | null,
        sharedAt: string,
        file: {
          downloadUrl: string,
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        } | null,
        competency: {
          id: string,
          code: string,
          nameZh: string
        } | null
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type RejectShareMutationVariables = Exact<{
  input: RejectShareInput;
}>;


export type RejectShareMutation = {
  rejectShare:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RejectSharePayload',
      share: {
        id: string,
        kind: ShareKind,
        title: string,
        url: string | null,
        module: string | null,
        status: ShareStatus,
        counted: boolean,
        rejectedReason: string | null,
        rejectedAt: string | null,
        sharedAt: string,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        file: {
          downloadUrl: string,
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        } | null,
        competency: {
          id: string,
          code: string,
          nameZh: string
        } | null
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type TeacherStudyPageQueryVariables = Exact<{
  enrolmentId: string;
  first?: number | null | undefined;
}>;


export type TeacherStudyPageQuery = {
  node:
    | {
      __typename: 'Assignment'
    }
    | {
      __typename: 'AssignmentSubmission'
    }
    | {
      __typename: 'Batch'
    }
    | {
      __typename: 'Catalogue'
    }
    | {
      __typename: 'ClassNotice'
    }
    | {
      __typename: 'Competency'
    }
    | {
      __typename: 'Course'
    }
    | {
      __typename: 'Enrolment',
      id: string,
      coursesOpen: boolean,
      workshopParticipationCount: number,
      countedShares: number,
      programme: {
        id: string,
        name: string
      },
      studySummary: {
        open: boolean,
        requiredSeconds: number,
        electiveSeconds: number,
        requiredMinutes: number,
        electiveMinutes: number,
        listCourses: number,
        listRequiredSeconds: number,
        listElectiveSeconds: number,
        byModule: Array<{
          module: string | null,
          creditedSeconds: number,
          creditedMinutes: number
        }>
      } | null,
      studyCourses: {
        open: boolean,
        closedReason: StudyListClosedReason | null,
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          source: StudySource,
          creditedMinutes: number,
          requiredMinutes: number,
          completed: boolean,
          course: {
            id: string,
            code: string,
            title: string,
            kind: CourseKind,
            media: CourseMedia,
            durationSeconds: number,
            durationMinutes: number,
            requirement: CourseRequirement,
            module: string | null,
            stage: SchoolStage | null,
            subject: string | null,
            position: number,
            competency: {
              id: string,
              code: string,
              nameZh: string
            } | null
          }
        }>
      } | null,
      workshops: {
        nodes: Array<{
          id: string,
          kind: WorkshopKind,
          title: string,
          hostName: string | null,
          myParticipationCount: number,
          activities: {
            totalCount: number,
            nodes: Array<{
              id: string,
              kind: WorkshopActivityKind,
              title: string,
              description: string | null,
              opensAt: string,
              closesAt: string,
              open: boolean,
              hostName: string,
              scheduledAt: string | null,
              streamUrl: string | null,
              participationCount: number,
              myParticipation: boolean
            }>
          }
        }>
      },
      assignments: {
        totalCount: number,
        nodes: Array<{
          assignment: {
            id: string,
            code: string,
            title: string,
            brief: string,
            dueAt: string,
            mode: AssignmentMode,
            acceptsText: boolean,
            acceptsFile: boolean,
            position: number
          },
          submission: {
            id: string,
            status: SubmissionStatus,
            attempt: number,
            mark: number | null,
            comment: string | null,
            markedAt: string | null,
            submittedAt: string,
            late: boolean,
            recommended: boolean,
            recommendedAt: string | null,
            teacherName: string
          } | null
        }>
      },
      shares: {
        totalCount: number,
        nodes: Array<{
          id: string,
          kind: ShareKind,
          title: string,
          url: string | null,
          module: string | null,
          status: ShareStatus,
          counted: boolean,
          rejectedReason: string | null,
          rejectedAt: string | null,
          sharedAt: string,
          file: {
            downloadUrl: string,
            filename: string,
            contentType: string,
            size: number,
            sha256: string,
            uploadedAt: string
          } | null,
          competency: {
            id: string,
            code: string,
            nameZh: string
          } | null
        }>
      },
      groupHours: {
        recordedHours: number,
        countedHours: number,
        capHours: number,
        missingHours: number,
        reached: boolean,
        activities: number
      } | null
    }
    | {
      __typename: 'Evidence'
    }
    | {
      __typename: 'ExcellentNomination'
    }
    | {
      __typename: 'GroupActivity'
    }
    | {
      __typename: 'Organisation'
    }
    | {
      __typename: 'Programme'
    }
    | {
      __typename: 'RoleAssignment'
    }
    | {
      __typename: 'RoleChange'
    }
    | {
      __typename: 'Selection'
    }
    | {
      __typename: 'Share'
    }
    | {
      __typename: 'User'
    }
    | {
      __typename: 'Workshop'
    }
    | {
      __typename: 'WorkshopActivity'
    }
    | {
      __typename: 'WorkshopPost'
    }
   | null
};

export type SelectionViolationFieldsFragment = {
  code: SelectionViolationCode,
  message: string,
  actual: number | null,
  required: number | null,
  allowed: number | null,
  competencyCodes: Array<string>,
  dimension: string | null,
  closedAt: string | null,
  closesAt: string | null,
  reason: OnBehalfRefusal | null
};

export type SelectionCheckFieldsFragment = {
  valid: boolean,
  totalCredits: number,
  pointCount: number,
  dimensions: Array<string>,
  violations: Array<{
    code: SelectionViolationCode,
    message: string,
    actual: number | null,
    required: number | null,
    allowed: number | null,
    competencyCodes: Array<string>,
    dimension: string | null,
    closedAt: string | null,
    closesAt: string | null,
    reason: OnBehalfRefusal | null
  }>
};

export type SelectionFieldsFragment = {
  id: string,
  status: SelectionStatus,
  onBehalf: boolean,
  pointCount: number,
  totalCredits: number,
  submittedAt: string,
  submittedByName: string,
  decidedAt: string | null,
  competencies: Array<{
    id: string,
    code: string,
    nameZh: string,
    nameEn: string,
    credits: number | null,
    dimension: {
      code: string,
      nameZh: string,
      nameEn: string,
      position: number
    },
    environment: {
      code: string,
      nameZh: string,
      nameEn: string,
      position: number
    } | null
  }>,
  history: Array<{
    id: string,
    action: string,
    fromState: string | null,
    toState: string | null,
    comment: string | null,
    actorName: string | null,
    at: string
  }>,
  violations: Array<{
    code: SelectionViolationCode,
    message: string,
    actual: number | null,
    required: number | null,
    allowed: number | null,
    competencyCodes: Array<string>,
    dimension: string | null,
    closedAt: string | null,
    closesAt: string | null,
    reason: OnBehalfRefusal | null
  }>
};

export type EnrolmentSummaryFragment = {
  id: string,
  enrolledAt: string,
  selectionDueAt: string | null,
  selectionDueExtended: boolean,
  selectionWindowOpen: boolean,
  coursesOpen: boolean,
  teacher: {
    id: string,
    login: string,
    displayName: string
  },
  batch: {
    id: string,
    name: string,
    startsOn: string,
    endsOn: string
  },
  school: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  } | null,
  class: {
    id: string,
    kind: OrganisationKind,
    code: string,
    name: string
  } | null,
  selection: {
    id: string,
    status: SelectionStatus,
    onBehalf: boolean,
    pointCount: number,
    totalCredits: number,
    submittedAt: string,
    submittedByName: string,
    decidedAt: string | null,
    competencies: Array<{
      id: string,
      code: string,
      nameZh: string,
      nameEn: string,
      credits: number | null,
      dimension: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      },
      environment: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      } | null
    }>,
    history: Array<{
      id: string,
      action: string,
      fromState: string | null,
      toState: string | null,
      comment: string | null,
      actorName: string | null,
      at: string
    }>,
    violations: Array<{
      code: SelectionViolationCode,
      message: string,
      actual: number | null,
      required: number | null,
      allowed: number | null,
      competencyCodes: Array<string>,
      dimension: string | null,
      closedAt: string | null,
      closesAt: string | null,
      reason: OnBehalfRefusal | null
    }>
  } | null
};

export type MyEnrolmentsQueryVariables = Exact<{
  programmeId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyEnrolmentsQuery = {
  enrolments: {
    totalCount: number,
    pageInfo: {
      hasNextPage: boolean,
      endCursor: string | null
    },
    nodes: Array<{
      id: string,
      enrolledAt: string,
      selectionDueAt: string | null,
      selectionDueExtended: boolean,
      selectionWindowOpen: boolean,
      coursesOpen: boolean,
      programme: {
        id: string,
        code: string,
        name: string,
        status: ProgrammeStatus,
        catalogue: {
          id: string,
          code: string,
          version: string
        },
        rules: {
          selection: {
            minCredits: number | null,
            minPoints: number | null,
            maxPoints: number | null,
            requireSchoolReview: boolean,
            selectionWindowDays: number | null,
            adminSelectsAfterDeadline: boolean,
            schoolPlanGateRate: number | null,
            dimensionRule: {
              kind: DimensionRuleKind,
              n: number | null
            }
          }
        }
      },
      teacher: {
        id: string,
        login: string,
        displayName: string
      },
      batch: {
        id: string,
        name: string,
        startsOn: string,
        endsOn: string
      },
      school: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      class: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null,
      selection: {
        id: string,
        status: SelectionStatus,
        onBehalf: boolean,
        pointCount: number,
        totalCredits: number,
        submittedAt: string,
        submittedByName: string,
        decidedAt: string | null,
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      } | null
    }>
  }
};

export type SchoolRangeForSelectionQueryVariables = Exact<{
  programmeId: string;
  schoolId: string;
}>;


export type SchoolRangeForSelectionQuery = {
  schoolRange: {
    competencyCount: number,
    updatedAt: string,
    competencies: Array<{
      id: string,
      code: string,
      nameZh: string,
      nameEn: string,
      credits: number | null,
      dimension: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      },
      environment: {
        code: string,
        nameZh: string,
        nameEn: string,
        position: number
      } | null
    }>
  } | null
};

export type ValidateSelectionMutationVariables = Exact<{
  input: ValidateSelectionInput;
}>;


export type ValidateSelectionMutation = {
  validateSelection:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidateSelectionPayload',
      check: {
        valid: boolean,
        totalCredits: number,
        pointCount: number,
        dimensions: Array<string>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type SubmitSelectionMutationVariables = Exact<{
  input: SubmitSelectionInput;
}>;


export type SubmitSelectionMutation = {
  submitSelection:
    | {
      __typename: 'ConflictError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SelectionRejectedError',
      code: ErrorCode,
      message: string,
      violations: Array<{
        code: SelectionViolationCode,
        message: string,
        actual: number | null,
        required: number | null,
        allowed: number | null,
        competencyCodes: Array<string>,
        dimension: string | null,
        closedAt: string | null,
        closesAt: string | null,
        reason: OnBehalfRefusal | null
      }>,
      check: {
        totalCredits: number,
        pointCount: number
      }
    }
    | {
      __typename: 'SubmitSelectionPayload',
      selection: {
        id: string,
        status: SelectionStatus,
        onBehalf: boolean,
        pointCount: number,
        totalCredits: number,
        submittedAt: string,
        submittedByName: string,
        decidedAt: string | null,
        competencies: Array<{
          id: string,
          code: string,
          nameZh: string,
          nameEn: string,
          credits: number | null,
          dimension: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          },
          environment: {
            code: string,
            nameZh: string,
            nameEn: string,
            position: number
          } | null
        }>,
        history: Array<{
          id: string,
          action: string,
          fromState: string | null,
          toState: string | null,
          comment: string | null,
          actorName: string | null,
          at: string
        }>,
        violations: Array<{
          code: SelectionViolationCode,
          message: string,
          actual: number | null,
          required: number | null,
          allowed: number | null,
          competencyCodes: Array<string>,
          dimension: string | null,
          closedAt: string | null,
          closesAt: string | null,
          reason: OnBehalfRefusal | null
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type TutorEvaluationFieldsFragment = {
  total: number,
  reachesExcellentThreshold: boolean,
  excellentThreshold: number | null,
  excellent: boolean,
  recognisedAt: string | null,
  class: {
    id: string,
    name: string
  },
  tutor: {
    id: string,
    displayName: string
  },
  lines: Array<{
    key: string,
    name: string,
    weight: number,
    source: TutorIndicatorSource,
    measured: number | null,
    target: number,
    share: number,
    points: number,
    maxPoints: number,
    code: TutorLineCode,
    comment: string | null,
    message: string
  }>
};

export type TutorEvaluationQueryVariables = Exact<{
  programmeId: string;
  classId: string;
  tutorId: string;
}>;


export type TutorEvaluationQuery = {
  tutorEvaluation: {
    total: number,
    reachesExcellentThreshold: boolean,
    excellentThreshold: number | null,
    excellent: boolean,
    recognisedAt: string | null,
    class: {
      id: string,
      name: string
    },
    tutor: {
      id: string,
      displayName: string
    },
    lines: Array<{
      key: string,
      name: string,
      weight: number,
      source: TutorIndicatorSource,
      measured: number | null,
      target: number,
      share: number,
      points: number,
      maxPoints: number,
      code: TutorLineCode,
      comment: string | null,
      message: string
    }>
  } | null
};

export type ProgrammeTutorEvaluationsQueryVariables = Exact<{
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeTutorEvaluationsQuery = {
  node:
    | {
      tutorEvaluations: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          total: number,
          reachesExcellentThreshold: boolean,
          excellentThreshold: number | null,
          excellent: boolean,
          recognisedAt: string | null,
          class: {
            id: string,
            name: string
          },
          tutor: {
            id: string,
            displayName: string
          },
          lines: Array<{
            key: string,
            name: string,
            weight: number,
            source: TutorIndicatorSource,
            measured: number | null,
            target: number,
            share: number,
            points: number,
            maxPoints: number,
            code: TutorLineCode,
            comment: string | null,
            message: string
          }>
        }>
      } | null
    }
    | Record<PropertyKey, never>
   | null
};

export type EnterTutorIndicatorMutationVariables = Exact<{
  input: EnterTutorIndicatorInput;
}>;


export type EnterTutorIndicatorMutation = {
  enterTutorIndicator:
    | {
      __typename: 'EnterTutorIndicatorPayload',
      evaluation: {
        total: number,
        reachesExcellentThreshold: boolean,
        excellentThreshold: number | null,
        excellent: boolean,
        recognisedAt: string | null,
        class: {
          id: string,
          name: string
        },
        tutor: {
          id: string,
          displayName: string
        },
        lines: Array<{
          key: string,
          name: string,
          weight: number,
          source: TutorIndicatorSource,
          measured: number | null,
          target: number,
          share: number,
          points: number,
          maxPoints: number,
          code: TutorLineCode,
          comment: string | null,
          message: string
        }>
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotAnEnteredIndicatorError',
      key: string,
      source: string | null,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type RecogniseExcellentTutorMutationVariables = Exact<{
  input: RecogniseExcellentTutorInput;
}>;


export type RecogniseExcellentTutorMutation = {
  recogniseExcellentTutor:
    | {
      __typename: 'BelowExcellentThresholdError',
      total: number,
      threshold: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'RecogniseExcellentTutorPayload',
      evaluation: {
        total: number,
        reachesExcellentThreshold: boolean,
        excellentThreshold: number | null,
        excellent: boolean,
        recognisedAt: string | null,
        class: {
          id: string,
          name: string
        },
        tutor: {
          id: string,
          displayName: string
        },
        lines: Array<{
          key: string,
          name: string,
          weight: number,
          source: TutorIndicatorSource,
          measured: number | null,
          target: number,
          share: number,
          points: number,
          maxPoints: number,
          code: TutorLineCode,
          comment: string | null,
          message: string
        }>
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type OrganisationSummaryFragment = {
  id: string,
  kind: OrganisationKind,
  code: string,
  name: string
};

export type ViewerCapabilitiesFieldsFragment = {
  selectCompetencies: boolean,
  viewClassProgress: boolean,
  manageSchool: boolean,
  reviewSelections: boolean,
  manageProgrammes: boolean,
  viewDistrict: boolean,
  manageSchools: boolean,
  manageDistricts: boolean,
  managePeople: boolean
};

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = {
  viewer: {
    user: {
      id: string,
      login: string,
      displayName: string,
      email: string | null,
      organisation: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      } | null
    },
    roleAssignments: Array<{
      id: string,
      role: Role,
      since: string,
      organisation: {
        id: string,
        kind: OrganisationKind,
        code: string,
        name: string
      }
    }>,
    can: {
      selectCompetencies: boolean,
      viewClassProgress: boolean,
      manageSchool: boolean,
      reviewSelections: boolean,
      manageProgrammes: boolean,
      viewDistrict: boolean,
      manageSchools: boolean,
      manageDistricts: boolean,
      managePeople: boolean
    }
  } | null
};

export type WorkshopPostFieldsFragment = {
  id: string,
  authorName: string,
  body: string | null,
  isReply: boolean,
  pinned: boolean,
  hidden: boolean,
  hiddenReason: string | null,
  counted: boolean,
  createdAt: string,
  workshopTitle: string,
  attachments: Array<{
    filename: string,
    contentType: string,
    size: number,
    sha256: string,
    uploadedAt: string
  }>
};

export type WorkshopActivityFieldsFragment = {
  id: string,
  kind: WorkshopActivityKind,
  title: string,
  description: string | null,
  opensAt: string,
  closesAt: string,
  open: boolean,
  hostName: string,
  scheduledAt: string | null,
  streamUrl: string | null,
  participationCount: number,
  myParticipation: boolean
};

export type ClassNoticeFieldsFragment = {
  id: string,
  kind: ClassNoticeKind,
  title: string,
  body: string,
  authorName: string,
  publishedAt: string,
  attachments: Array<{
    filename: string,
    contentType: string,
    size: number,
    sha256: string,
    uploadedAt: string
  }>
};

export type MyWorkshopsQueryVariables = Exact<{
  enrolmentId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyWorkshopsQuery = {
  node:
    | {
      id: string,
      workshopParticipationCount: number,
      workshops: {
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          kind: WorkshopKind,
          title: string,
          hostName: string | null,
          myParticipationCount: number,
          activities: {
            totalCount: number,
            nodes: Array<{
              id: string,
              kind: WorkshopActivityKind,
              title: string,
              description: string | null,
              opensAt: string,
              closesAt: string,
              open: boolean,
              hostName: string,
              scheduledAt: string | null,
              streamUrl: string | null,
              participationCount: number,
              myParticipation: boolean
            }>
          }
        }>
      }
    }
    | Record<PropertyKey, never>
   | null
};

export type ProgrammeWorkshopsQueryVariables = Exact<{
  programmeId: string;
  kind?: WorkshopKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgrammeWorkshopsQuery = {
  node:
    | {
      id: string,
      workshops: {
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          kind: WorkshopKind,
          title: string,
          hostName: string | null
        }>
      }
    }
    | Record<PropertyKey, never>
   | null
};

export type WorkshopPageQueryVariables = Exact<{
  workshopId: string;
  activityId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkshopPageQuery = {
  node:
    | {
      id: string,
      kind: WorkshopKind,
      title: string,
      hostName: string | null,
      myParticipationCount: number,
      activities: {
        totalCount: number,
        nodes: Array<{
          id: string,
          kind: WorkshopActivityKind,
          title: string,
          description: string | null,
          opensAt: string,
          closesAt: string,
          open: boolean,
          hostName: string,
          scheduledAt: string | null,
          streamUrl: string | null,
          participationCount: number,
          myParticipation: boolean
        }>
      },
      posts: {
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          id: string,
          authorName: string,
          body: string | null,
          isReply: boolean,
          pinned: boolean,
          hidden: boolean,
          hiddenReason: string | null,
          counted: boolean,
          createdAt: string,
          workshopTitle: string,
          replies: {
            totalCount: number,
            nodes: Array<{
              id: string,
              authorName: string,
              body: string | null,
              isReply: boolean,
              pinned: boolean,
              hidden: boolean,
              hiddenReason: string | null,
              counted: boolean,
              createdAt: string,
              workshopTitle: string,
              attachments: Array<{
                filename: string,
                contentType: string,
                size: number,
                sha256: string,
                uploadedAt: string
              }>
            }>
          },
          attachments: Array<{
            filename: string,
            contentType: string,
            size: number,
            sha256: string,
            uploadedAt: string
          }>
        }>
      }
    }
    | Record<PropertyKey, never>
   | null
};

export type ActivityParticipationsQueryVariables = Exact<{
  activityId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivityParticipationsQuery = {
  node:
    | {
      id: string,
      kind: WorkshopActivityKind,
      title: string,
      description: string | null,
      opensAt: string,
      closesAt: string,
      open: boolean,
      hostName: string,
      scheduledAt: string | null,
      streamUrl: string | null,
      participationCount: number,
      myParticipation: boolean,
      participations: {
        totalCount: number,
        pageInfo: {
          hasNextPage: boolean,
          endCursor: string | null
        },
        nodes: Array<{
          teacherName: string,
          countedAt: string,
          postId: string
        }>
      } | null
    }
    | Record<PropertyKey, never>
   | null
};

export type ClassActivityFeedQueryVariables = Exact<{
  classId: string;
  programmeId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClassActivityFeedQuery = {
  organisation: {
    id: string,
    name: string,
    classActivityFeed: {
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        authorName: string,
        body: string | null,
        isReply: boolean,
        pinned: boolean,
        hidden: boolean,
        hiddenReason: string | null,
        counted: boolean,
        createdAt: string,
        workshopTitle: string,
        attachments: Array<{
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        }>
      }>
    } | null
  } | null
};

export type ClassNoticesQueryVariables = Exact<{
  classId: string;
  programmeId?: string | null | undefined;
  kind?: ClassNoticeKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClassNoticesQuery = {
  organisation: {
    id: string,
    classNotices: {
      pageInfo: {
        hasNextPage: boolean,
        endCursor: string | null
      },
      nodes: Array<{
        id: string,
        kind: ClassNoticeKind,
        title: string,
        body: string,
        authorName: string,
        publishedAt: string,
        attachments: Array<{
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        }>
      }>
    }
  } | null
};

export type PostInWorkshopMutationVariables = Exact<{
  input: PostInWorkshopInput;
}>;


export type PostInWorkshopMutation = {
  postInWorkshop:
    | {
      __typename: 'FileTooLargeError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTypeNotAllowedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'PostInWorkshopPayload',
      post: {
        id: string,
        authorName: string,
        body: string | null,
        isReply: boolean,
        pinned: boolean,
        hidden: boolean,
        hiddenReason: string | null,
        counted: boolean,
        createdAt: string,
        workshopTitle: string,
        attachments: Array<{
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        }>
      }
    }
    | {
      __typename: 'PostTooLongError',
      maxLength: number,
      length: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'TooManyAttachmentsError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type CreateWorkshopActivityMutationVariables = Exact<{
  input: CreateWorkshopActivityInput;
}>;


export type CreateWorkshopActivityMutation = {
  createWorkshopActivity:
    | {
      __typename: 'CreateWorkshopActivityPayload',
      activity: {
        id: string,
        kind: WorkshopActivityKind,
        title: string,
        description: string | null,
        opensAt: string,
        closesAt: string,
        open: boolean,
        hostName: string,
        scheduledAt: string | null,
        streamUrl: string | null,
        participationCount: number,
        myParticipation: boolean
      }
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'HostNotEligibleError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UpdateWorkshopActivityMutationVariables = Exact<{
  input: UpdateWorkshopActivityInput;
}>;


export type UpdateWorkshopActivityMutation = {
  updateWorkshopActivity:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'HostNotEligibleError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UpdateWorkshopActivityPayload',
      activity: {
        id: string,
        kind: WorkshopActivityKind,
        title: string,
        description: string | null,
        opensAt: string,
        closesAt: string,
        open: boolean,
        hostName: string,
        scheduledAt: string | null,
        streamUrl: string | null,
        participationCount: number,
        myParticipation: boolean
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type SetWorkshopHostMutationVariables = Exact<{
  input: SetWorkshopHostInput;
}>;


export type SetWorkshopHostMutation = {
  setWorkshopHost:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'HostNotEligibleError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'SetWorkshopHostPayload',
      workshop: {
        id: string,
        hostName: string | null
      }
    }

};

export type PinPostMutationVariables = Exact<{
  input: PinPostInput;
}>;


export type PinPostMutation = {
  pinPost:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'PinPostPayload',
      post: {
        id: string,
        pinned: boolean
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type HidePostMutationVariables = Exact<{
  input: HidePostInput;
}>;


export type HidePostMutation = {
  hidePost:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'HidePostPayload',
      post: {
        id: string,
        hidden: boolean,
        hiddenReason: string | null,
        counted: boolean
      }
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type UnhidePostMutationVariables = Exact<{
  input: UnhidePostInput;
}>;


export type UnhidePostMutation = {
  unhidePost:
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'UnhidePostPayload',
      post: {
        id: string,
        hidden: boolean,
        counted: boolean
      }
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export type PublishClassNoticeMutationVariables = Exact<{
  input: PublishClassNoticeInput;
}>;


export type PublishClassNoticeMutation = {
  publishClassNotice:
    | {
      __typename: 'FileTooLargeError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'FileTypeNotAllowedError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ForbiddenActionError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'InvalidStateError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'NotFoundError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'PostTooLongError',
      maxLength: number,
      length: number,
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'PublishClassNoticePayload',
      notice: {
        id: string,
        kind: ClassNoticeKind,
        title: string,
        body: string,
        authorName: string,
        publishedAt: string,
        attachments: Array<{
          filename: string,
          contentType: string,
          size: number,
          sha256: string,
          uploadedAt: string
        }>
      }
    }
    | {
      __typename: 'TooManyAttachmentsError',
      code: ErrorCode,
      message: string
    }
    | {
      __typename: 'ValidationError',
      code: ErrorCode,
      message: string,
      issues: Array<{
        path: Array<string>,
        message: string
      }>
    }

};

export const SchoolRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}}]}}]} as unknown as DocumentNode<SchoolRowFragment, unknown>;
export const SchoolTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedSchools"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}}]}}]} as unknown as DocumentNode<SchoolTotalsFieldsFragment, unknown>;
export const SchoolInProgrammeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolInProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolInProgrammeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"}}]}}]} as unknown as DocumentNode<SchoolInProgrammeFieldsFragment, unknown>;
export const AssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsText"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFile"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<AssignmentFieldsFragment, unknown>;
export const StoredFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<StoredFileFieldsFragment, unknown>;
export const AssignmentAttemptFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<AssignmentAttemptFieldsFragment, unknown>;
export const AssignmentSubmissionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}}]} as unknown as DocumentNode<AssignmentSubmissionFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const CourseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<CourseFieldsFragment, unknown>;
export const StudySummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"electiveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"electiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"listCourses"}},{"kind":"Field","name":{"kind":"Name","value":"listRequiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"listElectiveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"byModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"creditedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinutes"}}]}}]}}]} as unknown as DocumentNode<StudySummaryFieldsFragment, unknown>;
export const ErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ErrorFieldsFragment, unknown>;
export const ValidationIssuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ValidationIssuesFragment, unknown>;
export const ExcellentNominationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentNominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ExcellentNominationFieldsFragment, unknown>;
export const ExcellentQuotaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}}]} as unknown as DocumentNode<ExcellentQuotaFieldsFragment, unknown>;
export const GroupActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<GroupActivityFieldsFragment, unknown>;
export const GroupHoursFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedHours"}},{"kind":"Field","name":{"kind":"Name","value":"countedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capHours"}},{"kind":"Field","name":{"kind":"Name","value":"missingHours"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]} as unknown as DocumentNode<GroupHoursFieldsFragment, unknown>;
export const UserIdentityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserIdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}}]} as unknown as DocumentNode<UserIdentityFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const OrganisationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OrganisationSummaryFragment, unknown>;
export const PersonSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<PersonSummaryFragment, unknown>;
export const PersonDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}}]} as unknown as DocumentNode<PersonDetailsFragment, unknown>;
export const RoleChangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<RoleChangeFieldsFragment, unknown>;
export const ImportPeopleRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPeopleRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPeopleRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}}]} as unknown as DocumentNode<ImportPeopleRowFieldsFragment, unknown>;
export const BatchFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"selectionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionClosesAt"}}]}}]} as unknown as DocumentNode<BatchFieldsFragment, unknown>;
export const BatchRefusalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaBelowEnrolledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TotalQuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStages"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"batchStages"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolDeactivatedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}}]}}]}}]} as unknown as DocumentNode<BatchRefusalFieldsFragment, unknown>;
export const BatchSchoolFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchSchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchSchool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<BatchSchoolFieldsFragment, unknown>;
export const ProgrammeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ProgrammeSummaryFragment, unknown>;
export const CatalogueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalogue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CatalogueFieldsFragment, unknown>;
export const SelectionRulesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCredits"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireSchoolReview"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"adminSelectsAfterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanGateRate"}}]}}]} as unknown as DocumentNode<SelectionRulesFieldsFragment, unknown>;
export const ProgrammeRulesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPerSchool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPlaybackRate"}},{"kind":"Field","name":{"kind":"Name","value":"sessionIdleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"rawRetentionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPostLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPerTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"tutorMayReject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxMark"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolBasedStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursCap"}},{"kind":"Field","name":{"kind":"Name","value":"teachingDiscussionHours"}},{"kind":"Field","name":{"kind":"Name","value":"studyAssignmentHours"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCritiqueHours"}},{"kind":"Field","name":{"kind":"Name","value":"offlineMaxHours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCredits"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireSchoolReview"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"adminSelectsAfterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanGateRate"}}]}}]} as unknown as DocumentNode<ProgrammeRulesFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const ProgrammeDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCredits"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireSchoolReview"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"adminSelectsAfterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanGateRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalogue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPerSchool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPlaybackRate"}},{"kind":"Field","name":{"kind":"Name","value":"sessionIdleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"rawRetentionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPostLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPerTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"tutorMayReject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxMark"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolBasedStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursCap"}},{"kind":"Field","name":{"kind":"Name","value":"teachingDiscussionHours"}},{"kind":"Field","name":{"kind":"Name","value":"studyAssignmentHours"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCritiqueHours"}},{"kind":"Field","name":{"kind":"Name","value":"offlineMaxHours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<ProgrammeDetailFragment, unknown>;
export const SchoolSelectionProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolSelectionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSelectionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"notSelected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"gateRate"}},{"kind":"Field","name":{"kind":"Name","value":"gateReached"}},{"kind":"Field","name":{"kind":"Name","value":"planUploaded"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<SchoolSelectionProgressFieldsFragment, unknown>;
export const DimensionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<DimensionFieldsFragment, unknown>;
export const EnvironmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<EnvironmentFieldsFragment, unknown>;
export const CompetencyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<CompetencyFieldsFragment, unknown>;
export const SchoolRangeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<SchoolRangeFieldsFragment, unknown>;
export const SchoolPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<SchoolPlanFieldsFragment, unknown>;
export const ImportEnrolmentRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportEnrolmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEnrolmentRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreated"}}]}}]} as unknown as DocumentNode<ImportEnrolmentRowFieldsFragment, unknown>;
export const UnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<UnitFieldsFragment, unknown>;
export const ScoreFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Score"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiredToPass"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ScoreFieldsFragment, unknown>;
export const ShareFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<ShareFieldsFragment, unknown>;
export const SelectionViolationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<SelectionViolationFieldsFragment, unknown>;
export const SelectionCheckFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<SelectionCheckFieldsFragment, unknown>;
export const SelectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<SelectionFieldsFragment, unknown>;
export const EnrolmentSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueExtended"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}}]} as unknown as DocumentNode<EnrolmentSummaryFragment, unknown>;
export const TutorEvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reachesExcellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TutorEvaluationFieldsFragment, unknown>;
export const ViewerCapabilitiesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCapabilitiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerCapabilities"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectCompetencies"}},{"kind":"Field","name":{"kind":"Name","value":"viewClassProgress"}},{"kind":"Field","name":{"kind":"Name","value":"manageSchool"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSelections"}},{"kind":"Field","name":{"kind":"Name","value":"manageProgrammes"}},{"kind":"Field","name":{"kind":"Name","value":"viewDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"manageSchools"}},{"kind":"Field","name":{"kind":"Name","value":"manageDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"managePeople"}}]}}]} as unknown as DocumentNode<ViewerCapabilitiesFieldsFragment, unknown>;
export const WorkshopPostFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReply"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workshopTitle"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<WorkshopPostFieldsFragment, unknown>;
export const WorkshopActivityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"participationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"}}]}}]} as unknown as DocumentNode<WorkshopActivityFieldsFragment, unknown>;
export const ClassNoticeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassNoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<ClassNoticeFieldsFragment, unknown>;
export const DistrictSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDeactivated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"schoolTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolTotalsFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"schools"},"name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"SCHOOL"}},{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDeactivated"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedSchools"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}}]}}]} as unknown as DocumentNode<DistrictSchoolsQuery, DistrictSchoolsQueryVariables>;
export const ProvinceOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProvinceOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDeactivated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"schoolTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolTotalsFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"districts"},"name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"DISTRICT"}},{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDeactivated"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolTotalsFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schools"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedSchools"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"teachers"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<ProvinceOverviewQuery, ProvinceOverviewQueryVariables>;
export const CreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const UpdateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSchoolPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateSchoolMutation, UpdateSchoolMutationVariables>;
export const DeactivateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateSchoolPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolInProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolInProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolInProgrammeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"}}]}}]} as unknown as DocumentNode<DeactivateSchoolMutation, DeactivateSchoolMutationVariables>;
export const ReactivateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateSchoolPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReactivateSchoolMutation, ReactivateSchoolMutationVariables>;
export const MoveSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MoveSchoolPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRow"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolInProgrammeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeTeachers"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherCount"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolInProgrammeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolInProgrammeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"}},{"kind":"Field","name":{"kind":"Name","value":"enrolments"}}]}}]} as unknown as DocumentNode<MoveSchoolMutation, MoveSchoolMutationVariables>;
export const CreateCityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateCityMutation, CreateCityMutationVariables>;
export const CreateDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDistrictPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateDistrictMutation, CreateDistrictMutationVariables>;
export const UpdateDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDistrictPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateDistrictMutation, UpdateDistrictMutationVariables>;
export const DeactivateClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateClassPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeactivateClassMutation, DeactivateClassMutationVariables>;
export const DeactivateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateGroupPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeactivateGroupMutation, DeactivateGroupMutationVariables>;
export const MyAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsText"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFile"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<MyAssignmentsQuery, MyAssignmentsQueryVariables>;
export const ProgrammeAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsText"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFile"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]} as unknown as DocumentNode<ProgrammeAssignmentsQuery, ProgrammeAssignmentsQueryVariables>;
export const MarkingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarkingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmissionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<MarkingQueueQuery, MarkingQueueQueryVariables>;
export const SubmissionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubmissionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsText"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFile"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<SubmissionDetailQuery, SubmissionDetailQueryVariables>;
export const RecommendedAssignmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecommendedAssignments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendedAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignmentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]} as unknown as DocumentNode<RecommendedAssignmentsQuery, RecommendedAssignmentsQueryVariables>;
export const CreateAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAssignmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsText"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFile"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateAssignmentMutation, CreateAssignmentMutationVariables>;
export const UpdateAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssignmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsText"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFile"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateAssignmentMutation, UpdateAssignmentMutationVariables>;
export const SubmitAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitAssignmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentAttemptFields"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptsExhaustedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentAttemptFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentAttempt"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitAssignmentMutation, SubmitAssignmentMutationVariables>;
export const MarkAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MarkAssignmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaleSubmissionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAttempt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MarkAssignmentMutation, MarkAssignmentMutationVariables>;
export const ReturnAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnAssignmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaleSubmissionError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAttempt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptsExhaustedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReturnAssignmentMutation, ReturnAssignmentMutationVariables>;
export const RecommendAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecommendAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendAssignmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RecommendAssignmentMutation, RecommendAssignmentMutationVariables>;
export const UnrecommendAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnrecommendAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecommendAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unrecommendAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnrecommendAssignmentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UnrecommendAssignmentMutation, UnrecommendAssignmentMutationVariables>;
export const CataloguesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Catalogues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CatalogueKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competenciesFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCount"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competenciesFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalogue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}}]} as unknown as DocumentNode<CataloguesQuery, CataloguesQueryVariables>;
export const CatalogueCompetenciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueCompetencies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"environment"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"environment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"environment"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}}]} as unknown as DocumentNode<CatalogueCompetenciesQuery, CatalogueCompetenciesQueryVariables>;
export const CompetencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Competency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalogue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<CompetencyQuery, CompetencyQueryVariables>;
export const ClassProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRate"}},{"kind":"Field","name":{"kind":"Name","value":"studyRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"electiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workshopParticipations"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsMarked"}},{"kind":"Field","name":{"kind":"Name","value":"groupHoursRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"groupHoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassProgressQuery, ClassProgressQueryVariables>;
export const PostClassStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostClassStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostClassStatisticsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postClassStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostClassStatisticsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRate"}},{"kind":"Field","name":{"kind":"Name","value":"studyRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PostClassStatisticsMutation, PostClassStatisticsMutationVariables>;
export const ClassStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teachersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"postedAt"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}},{"kind":"Field","name":{"kind":"Name","value":"postedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRate"}},{"kind":"Field","name":{"kind":"Name","value":"studyRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"atRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"expectedMinutes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teachers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teachersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"electiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"workshopParticipations"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsSubmitted"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsMarked"}},{"kind":"Field","name":{"kind":"Name","value":"groupHoursRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"groupHoursCounted"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClassStatisticsQuery, ClassStatisticsQueryVariables>;
export const SchoolLearningProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolLearningProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolLearningProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRate"}},{"kind":"Field","name":{"kind":"Name","value":"studyRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excellentNominated"}},{"kind":"Field","name":{"kind":"Name","value":"excellentConfirmed"}},{"kind":"Field","name":{"kind":"Name","value":"classes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRate"}},{"kind":"Field","name":{"kind":"Name","value":"studyRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SchoolLearningProgressQuery, SchoolLearningProgressQueryVariables>;
export const ProgrammeLearningProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeLearningProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeLearningOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeLearningProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"started"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"registrationRate"}},{"kind":"Field","name":{"kind":"Name","value":"studyRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeLearningProgressQuery, ProgrammeLearningProgressQueryVariables>;
export const ExportProgrammeLearningProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportProgrammeLearningProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportProgrammeLearningProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportProgrammeLearningProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExportProgrammeLearningProgressPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExportProgrammeLearningProgressMutation, ExportProgrammeLearningProgressMutationVariables>;
export const ProgrammeCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeCourses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requirement"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CourseRequirement"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"module"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"competencyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolStage"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requirement"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requirement"}}},{"kind":"Argument","name":{"kind":"Name","value":"module"},"value":{"kind":"Variable","name":{"kind":"Name","value":"module"}}},{"kind":"Argument","name":{"kind":"Name","value":"competencyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"competencyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<ProgrammeCoursesQuery, ProgrammeCoursesQueryVariables>;
export const CreateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCoursePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateCourseMutation, CreateCourseMutationVariables>;
export const UpdateCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCoursePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateCourseMutation, UpdateCourseMutationVariables>;
export const DeleteCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCoursePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedCourseId"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeleteCourseMutation, DeleteCourseMutationVariables>;
export const ImportCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCourses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCoursesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportCoursesPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"courseCode"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTooLargeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportCoursesMutation, ImportCoursesMutationVariables>;
export const MyStudyCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyStudyCourses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StudySource"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"studySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudySummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studyCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"electiveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"electiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"listCourses"}},{"kind":"Field","name":{"kind":"Name","value":"listRequiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"listElectiveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"byModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"creditedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<MyStudyCoursesQuery, MyStudyCoursesQueryVariables>;
export const AddElectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddElective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ElectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addElective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddElectivePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"studySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listCourses"}},{"kind":"Field","name":{"kind":"Name","value":"listElectiveSeconds"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddElectiveMutation, AddElectiveMutationVariables>;
export const DropElectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DropElective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ElectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dropElective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DropElectivePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"studySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listCourses"}},{"kind":"Field","name":{"kind":"Name","value":"listElectiveSeconds"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DropElectiveMutation, DropElectiveMutationVariables>;
export const NominateExcellentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateExcellent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateExcellentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateExcellent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NominateExcellentPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellentNominationFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentQuotaFullError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotPassedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AlreadyNominatedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentNominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<NominateExcellentMutation, NominateExcellentMutationVariables>;
export const WithdrawNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawNominationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellentNominationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentNominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<WithdrawNominationMutation, WithdrawNominationMutationVariables>;
export const DecideNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecideNominationPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellentNominationFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentNominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<DecideNominationMutation, DecideNominationMutationVariables>;
export const ClassNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excellentQuota"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellentQuotaFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excellentNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellentNominationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentQuotaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentQuota"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"nominated"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentNominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<ClassNominationsQuery, ClassNominationsQueryVariables>;
export const DistrictNominationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistrictNominations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NominationStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"excellentNominations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExcellentNominationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExcellentNominationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExcellentNomination"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<DistrictNominationsQuery, DistrictNominationsQueryVariables>;
export const PublishGroupActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishGroupActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishGroupActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishGroupActivityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupActivityFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivityHoursError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"fixedHours"}},{"kind":"Field","name":{"kind":"Name","value":"maxHours"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotGroupMemberError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PublishGroupActivityMutation, PublishGroupActivityMutationVariables>;
export const AddGroupActivityEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupActivityEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupActivityEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupActivityEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupActivityEvidencePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupActivityFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddGroupActivityEvidenceMutation, AddGroupActivityEvidenceMutationVariables>;
export const CompleteGroupActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteGroupActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteGroupActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteGroupActivityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupActivityFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotGroupMemberError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CompleteGroupActivityMutation, CompleteGroupActivityMutationVariables>;
export const CancelGroupActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelGroupActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelGroupActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelGroupActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CancelGroupActivityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupActivityFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CancelGroupActivityMutation, CancelGroupActivityMutationVariables>;
export const GroupActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivityStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupActivityFields"}},{"kind":"Field","name":{"kind":"Name","value":"viewerParticipation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<GroupActivitiesQuery, GroupActivitiesQueryVariables>;
export const GroupActivityParticipantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupActivityParticipants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupActivityFields"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}},{"kind":"Field","name":{"kind":"Name","value":"participantCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]} as unknown as DocumentNode<GroupActivityParticipantsQuery, GroupActivityParticipantsQueryVariables>;
export const MyGroupHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyGroupHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupHoursFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedHours"}},{"kind":"Field","name":{"kind":"Name","value":"countedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capHours"}},{"kind":"Field","name":{"kind":"Name","value":"missingHours"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]} as unknown as DocumentNode<MyGroupHoursQuery, MyGroupHoursQueryVariables>;
export const SchoolGroupHoursDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolGroupHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GroupHoursOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolGroupHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupId"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"hours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupHoursFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedHours"}},{"kind":"Field","name":{"kind":"Name","value":"countedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capHours"}},{"kind":"Field","name":{"kind":"Name","value":"missingHours"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]} as unknown as DocumentNode<SchoolGroupHoursQuery, SchoolGroupHoursQueryVariables>;
export const UserIdentitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserIdentities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserIdentityFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserIdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}}]} as unknown as DocumentNode<UserIdentitiesQuery, UserIdentitiesQueryVariables>;
export const LinkIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkIdentityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserIdentityFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserIdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<LinkIdentityMutation, LinkIdentityMutationVariables>;
export const UnlinkIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkIdentityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkIdentityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"identities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserIdentityFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserIdentityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserIdentity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"linkedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UnlinkIdentityMutation, UnlinkIdentityMutationVariables>;
export const ClassProgressChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ClassProgressChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classProgressChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolmentId"}},{"kind":"Field","name":{"kind":"Name","value":"teacherId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<ClassProgressChangedSubscription, ClassProgressChangedSubscriptionVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"childrenFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const OrganisationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<OrganisationMembersQuery, OrganisationMembersQueryVariables>;
export const OrganisationChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<OrganisationChildrenQuery, OrganisationChildrenQueryVariables>;
export const SchoolPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeDeactivated"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeDeactivated"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolPeopleQuery, SchoolPeopleQueryVariables>;
export const PersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Person"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"historyFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"historyAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}},{"kind":"Field","name":{"kind":"Name","value":"roleHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"historyFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"historyAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoleChangeFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoleChangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]} as unknown as DocumentNode<PersonQuery, PersonQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleNotGrantableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateUserPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonDetails"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}},{"kind":"Field","name":{"kind":"Name","value":"nationalIdMasked"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const GrantRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRolePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleNotGrantableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRolePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonSummary"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleNotGrantableError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKind"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"teachingSubject"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"employeeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const ImportPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPeopleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPeople"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPeoplePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportPeopleRowFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTooLargeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportPeopleRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPeopleRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportPeopleMutation, ImportPeopleMutationVariables>;
export const RecordViewingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordViewing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordViewingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordViewing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecordViewingPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"ignored"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clientEventId"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"courseCreditedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"studyRequiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"studyElectiveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecordViewingMutation, RecordViewingMutationVariables>;
export const ProgrammesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programmes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"districtId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"districtId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"selectionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionClosesAt"}}]}}]} as unknown as DocumentNode<ProgrammesQuery, ProgrammesQueryVariables>;
export const ProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Programme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchSchoolFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalogue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCredits"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireSchoolReview"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"adminSelectsAfterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanGateRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPerSchool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPlaybackRate"}},{"kind":"Field","name":{"kind":"Name","value":"sessionIdleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"rawRetentionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPostLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPerTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"tutorMayReject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxMark"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolBasedStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursCap"}},{"kind":"Field","name":{"kind":"Name","value":"teachingDiscussionHours"}},{"kind":"Field","name":{"kind":"Name","value":"studyAssignmentHours"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCritiqueHours"}},{"kind":"Field","name":{"kind":"Name","value":"offlineMaxHours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"selectionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionClosesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchSchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchSchool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]} as unknown as DocumentNode<ProgrammeQuery, ProgrammeQueryVariables>;
export const BatchSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BatchSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"batchId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchSchoolFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchSchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchSchool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]} as unknown as DocumentNode<BatchSchoolsQuery, BatchSchoolsQueryVariables>;
export const CreateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgrammePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalogue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCredits"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireSchoolReview"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"adminSelectsAfterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanGateRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPerSchool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPlaybackRate"}},{"kind":"Field","name":{"kind":"Name","value":"sessionIdleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"rawRetentionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPostLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPerTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"tutorMayReject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxMark"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolBasedStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursCap"}},{"kind":"Field","name":{"kind":"Name","value":"teachingDiscussionHours"}},{"kind":"Field","name":{"kind":"Name","value":"studyAssignmentHours"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCritiqueHours"}},{"kind":"Field","name":{"kind":"Name","value":"offlineMaxHours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"selectionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionClosesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateProgrammeMutation, CreateProgrammeMutationVariables>;
export const PublishProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishProgrammePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PublishProgrammeMutation, PublishProgrammeMutationVariables>;
export const StartProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StartProgrammePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<StartProgrammeMutation, StartProgrammeMutationVariables>;
export const CloseProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CloseProgrammePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CloseProgrammeMutation, CloseProgrammeMutationVariables>;
export const EnrolSchoolsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolSchools"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolSchoolsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolSchools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolSchoolsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAllocated"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchSchoolFields"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchRefusalFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"selectionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionClosesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchSchoolFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BatchSchool"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaBelowEnrolledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TotalQuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStages"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"batchStages"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolDeactivatedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EnrolSchoolsMutation, EnrolSchoolsMutationVariables>;
export const UpdateProgrammeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgrammeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgramme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgrammePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeDetail"}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchFields"}},{"kind":"Field","name":{"kind":"Name","value":"quotaAllocated"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BatchRefusalFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"districtName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Catalogue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCredits"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireSchoolReview"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"adminSelectsAfterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanGateRate"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgrammeRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classPerSchool"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPlaybackRate"}},{"kind":"Field","name":{"kind":"Name","value":"sessionIdleSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"rawRetentionDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minPostLength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPerTeacher"}},{"kind":"Field","name":{"kind":"Name","value":"tutorMayReject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxMark"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schoolBasedStudy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hoursCap"}},{"kind":"Field","name":{"kind":"Name","value":"teachingDiscussionHours"}},{"kind":"Field","name":{"kind":"Name","value":"studyAssignmentHours"}},{"kind":"Field","name":{"kind":"Name","value":"lessonCritiqueHours"}},{"kind":"Field","name":{"kind":"Name","value":"offlineMaxHours"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgrammeDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"district"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgrammeRulesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Batch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"stages"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"selectionOpensAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionClosesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BatchRefusalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaBelowEnrolledError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TotalQuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuota"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StageMismatchError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}},{"kind":"Field","name":{"kind":"Name","value":"schoolStages"}},{"kind":"Field","name":{"kind":"Name","value":"batchName"}},{"kind":"Field","name":{"kind":"Name","value":"batchStages"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolDeactivatedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateProgrammeMutation, UpdateProgrammeMutationVariables>;
export const ExtendSelectionWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendSelectionWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendSelectionWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendSelectionWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendSelectionWindowPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSummary"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExtensionTooEarlyError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"currentDueAt"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueExtended"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ExtendSelectionWindowMutation, ExtendSelectionWindowMutationVariables>;
export const ProgrammeSelectionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeSelectionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programmeSelectionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolSelectionProgressFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolSelectionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSelectionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"notSelected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"gateRate"}},{"kind":"Field","name":{"kind":"Name","value":"gateReached"}},{"kind":"Field","name":{"kind":"Name","value":"planUploaded"}}]}}]} as unknown as DocumentNode<ProgrammeSelectionProgressQuery, ProgrammeSelectionProgressQueryVariables>;
export const SchoolSelectionProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolSelectionProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolSelectionProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolSelectionProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolSelectionProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolSelectionProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"notSelected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"gateRate"}},{"kind":"Field","name":{"kind":"Name","value":"gateReached"}},{"kind":"Field","name":{"kind":"Name","value":"planUploaded"}}]}}]} as unknown as DocumentNode<SchoolSelectionProgressQuery, SchoolSelectionProgressQueryVariables>;
export const ClassRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RosterStatusFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueExtended"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}}]} as unknown as DocumentNode<ClassRosterQuery, ClassRosterQueryVariables>;
export const ProgrammeEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueExtended"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}}]} as unknown as DocumentNode<ProgrammeEnrolmentsQuery, ProgrammeEnrolmentsQueryVariables>;
export const ApproveSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSelectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveSelectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ApproveSelectionMutation, ApproveSelectionMutationVariables>;
export const ReturnSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnSelectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnSelectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ReturnSelectionMutation, ReturnSelectionMutationVariables>;
export const SelectOnBehalfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectOnBehalf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectOnBehalfInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectOnBehalf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectOnBehalfPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SelectOnBehalfMutation, SelectOnBehalfMutationVariables>;
export const SchoolRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRangeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]} as unknown as DocumentNode<SchoolRangeQuery, SchoolRangeQueryVariables>;
export const SetSchoolRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetSchoolRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetSchoolRangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setSchoolRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetSchoolRangePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolRangeFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnknownCompetenciesError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyIds"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolRangeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolRange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SetSchoolRangeMutation, SetSchoolRangeMutationVariables>;
export const UploadSchoolPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadSchoolPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UploadSchoolPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadSchoolPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UploadSchoolPlanPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolPlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTooLargeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTypeNotAllowedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedTypes"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GateNotReachedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selected"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"gateRate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<UploadSchoolPlanMutation, UploadSchoolPlanMutationVariables>;
export const SchoolPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"downloadTtlSeconds"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"300"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SchoolPlanFields"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ttlSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"downloadTtlSeconds"}}}]}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SchoolPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}}]} as unknown as DocumentNode<SchoolPlanQuery, SchoolPlanQueryVariables>;
export const EnrolTeacherDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolTeacher"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolTeacherInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolTeacher"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolTeacherPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountCreated"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSummary"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuotaExceededError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quota"}},{"kind":"Field","name":{"kind":"Name","value":"enrolled"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InvalidNationalIdError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueExtended"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EnrolTeacherMutation, EnrolTeacherMutationVariables>;
export const ImportEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEnrolmentsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEnrolmentsPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"written"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportEnrolmentRowFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileTooLargeError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportEnrolmentRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportEnrolmentRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"accountCreated"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ImportEnrolmentsMutation, ImportEnrolmentsMutationVariables>;
export const CreateClassDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateClass"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClassInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createClass"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateClassPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateClassMutation, CreateClassMutationVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const AssignClassTutorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignClassTutor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignClassTutorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignClassTutor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignClassTutorPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssignClassTutorMutation, AssignClassTutorMutationVariables>;
export const SetGroupLeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGroupLeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGroupLeaderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGroupLeader"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetGroupLeaderPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetGroupLeaderMutation, SetGroupLeaderMutationVariables>;
export const AddGroupMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupMembersInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupMembersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"membersFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoleAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AddGroupMembersMutation, AddGroupMembersMutationVariables>;
export const RemoveGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveGroupMemberPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RemoveGroupMemberMutation, RemoveGroupMemberMutationVariables>;
export const MyScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Score"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiredToPass"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<MyScoreQuery, MyScoreQueryVariables>;
export const ClassScoresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassScores"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Score"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"passThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiredToPass"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ClassScoresQuery, ClassScoresQueryVariables>;
export const MySharesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"countedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}}]} as unknown as DocumentNode<MySharesQuery, MySharesQueryVariables>;
export const ClassSharesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classShares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}},{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}}]} as unknown as DocumentNode<ClassSharesQuery, ClassSharesQueryVariables>;
export const ShareResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShareResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ShareResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shareResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareResourcePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ShareLimitError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ShareResourceMutation, ShareResourceMutationVariables>;
export const RejectShareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectShare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectShareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectShare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RejectSharePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RejectShareMutation, RejectShareMutationVariables>;
export const TeacherStudyPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeacherStudyPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"studySummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StudySummaryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"studyCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"closedReason"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CourseFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshopParticipationCount"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopActivityFields"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignmentSubmissionFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"countedShares"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ShareFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupHoursFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StudySummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StudySummary"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"requiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"electiveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"requiredMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"electiveMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"listCourses"}},{"kind":"Field","name":{"kind":"Name","value":"listRequiredSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"listElectiveSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"byModule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"creditedSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"creditedMinutes"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CourseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Course"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"media"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"participationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Assignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"brief"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsText"}},{"kind":"Field","name":{"kind":"Name","value":"acceptsFile"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignmentSubmissionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssignmentSubmission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"mark"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"markedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"recommended"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"teacherName"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ShareFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Share"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"module"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedReason"}},{"kind":"Field","name":{"kind":"Name","value":"rejectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sharedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupHoursFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupHours"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedHours"}},{"kind":"Field","name":{"kind":"Name","value":"countedHours"}},{"kind":"Field","name":{"kind":"Name","value":"capHours"}},{"kind":"Field","name":{"kind":"Name","value":"missingHours"}},{"kind":"Field","name":{"kind":"Name","value":"reached"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]} as unknown as DocumentNode<TeacherStudyPageQuery, TeacherStudyPageQueryVariables>;
export const MyEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnrolmentSummary"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"catalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionRulesFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnrolmentSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"selectionDueExtended"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowOpen"}},{"kind":"Field","name":{"kind":"Name","value":"coursesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"teacher"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batch"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionRulesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRules"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCredits"}},{"kind":"Field","name":{"kind":"Name","value":"minPoints"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"dimensionRule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"n"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requireSchoolReview"}},{"kind":"Field","name":{"kind":"Name","value":"selectionWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"adminSelectsAfterDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"schoolPlanGateRate"}}]}}]} as unknown as DocumentNode<MyEnrolmentsQuery, MyEnrolmentsQueryVariables>;
export const SchoolRangeForSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolRangeForSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolRange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}}]} as unknown as DocumentNode<SchoolRangeForSelectionQuery, SchoolRangeForSelectionQueryVariables>;
export const ValidateSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ValidateSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateSelectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validateSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidateSelectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionCheckFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionCheckFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ValidateSelectionMutation, ValidateSelectionMutationVariables>;
export const SubmitSelectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitSelection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSelectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSelection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSelectionPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionRejectedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DimensionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Dimension"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnvironmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Environment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetencyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"credits"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DimensionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"environment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnvironmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Decision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionViolationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SelectionViolation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"allowed"}},{"kind":"Field","name":{"kind":"Name","value":"competencyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Selection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"onBehalf"}},{"kind":"Field","name":{"kind":"Name","value":"pointCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCredits"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedByName"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetencyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelectionViolationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<SubmitSelectionMutation, SubmitSelectionMutationVariables>;
export const TutorEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TutorEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tutorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tutorEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"classId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}},{"kind":"Argument","name":{"kind":"Name","value":"tutorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tutorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TutorEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reachesExcellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<TutorEvaluationQuery, TutorEvaluationQueryVariables>;
export const ProgrammeTutorEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeTutorEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tutorEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TutorEvaluationFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reachesExcellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<ProgrammeTutorEvaluationsQuery, ProgrammeTutorEvaluationsQueryVariables>;
export const EnterTutorIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterTutorIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnterTutorIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterTutorIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EnterTutorIndicatorPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TutorEvaluationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotAnEnteredIndicatorError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reachesExcellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<EnterTutorIndicatorMutation, EnterTutorIndicatorMutationVariables>;
export const RecogniseExcellentTutorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecogniseExcellentTutor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecogniseExcellentTutorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recogniseExcellentTutor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecogniseExcellentTutorPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TutorEvaluationFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BelowExcellentThresholdError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TutorEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TutorEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"reachesExcellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellentThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"excellent"}},{"kind":"Field","name":{"kind":"Name","value":"recognisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"class"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tutor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<RecogniseExcellentTutorMutation, RecogniseExcellentTutorMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ViewerCapabilitiesFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ViewerCapabilitiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ViewerCapabilities"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectCompetencies"}},{"kind":"Field","name":{"kind":"Name","value":"viewClassProgress"}},{"kind":"Field","name":{"kind":"Name","value":"manageSchool"}},{"kind":"Field","name":{"kind":"Name","value":"reviewSelections"}},{"kind":"Field","name":{"kind":"Name","value":"manageProgrammes"}},{"kind":"Field","name":{"kind":"Name","value":"viewDistrict"}},{"kind":"Field","name":{"kind":"Name","value":"manageSchools"}},{"kind":"Field","name":{"kind":"Name","value":"manageDistricts"}},{"kind":"Field","name":{"kind":"Name","value":"managePeople"}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const MyWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enrolmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enrolment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshopParticipationCount"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopActivityFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"participationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"}}]}}]} as unknown as DocumentNode<MyWorkshopsQuery, MyWorkshopsQueryVariables>;
export const ProgrammeWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgrammeWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProgrammeWorkshopsQuery, ProgrammeWorkshopsQueryVariables>;
export const WorkshopPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipationCount"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopActivityFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"posts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopPostFields"}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopPostFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"participationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReply"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workshopTitle"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}}]}}]} as unknown as DocumentNode<WorkshopPageQuery, WorkshopPageQueryVariables>;
export const ActivityParticipationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityParticipations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopActivityFields"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teacherName"}},{"kind":"Field","name":{"kind":"Name","value":"countedAt"}},{"kind":"Field","name":{"kind":"Name","value":"postId"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"participationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"}}]}}]} as unknown as DocumentNode<ActivityParticipationsQuery, ActivityParticipationsQueryVariables>;
export const ClassActivityFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassActivityFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"classActivityFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopPostFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReply"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workshopTitle"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}}]}}]} as unknown as DocumentNode<ClassActivityFeedQuery, ClassActivityFeedQueryVariables>;
export const ClassNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClassNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"classId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassNoticeKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"classId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"classNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programmeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programmeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassNoticeFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassNoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}}]}}]} as unknown as DocumentNode<ClassNoticesQuery, ClassNoticesQueryVariables>;
export const PostInWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostInWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PostInWorkshopInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postInWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostInWorkshopPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopPostFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostTooLongError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopPostFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopPost"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"isReply"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"workshopTitle"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PostInWorkshopMutation, PostInWorkshopMutationVariables>;
export const CreateWorkshopActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkshopActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkshopActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshopActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkshopActivityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopActivityFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"participationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<CreateWorkshopActivityMutation, CreateWorkshopActivityMutationVariables>;
export const UpdateWorkshopActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkshopActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkshopActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkshopActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkshopActivityPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopActivityFields"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopActivityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}},{"kind":"Field","name":{"kind":"Name","value":"streamUrl"}},{"kind":"Field","name":{"kind":"Name","value":"participationCount"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipation"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkshopActivityMutation, UpdateWorkshopActivityMutationVariables>;
export const SetWorkshopHostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetWorkshopHost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkshopHostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setWorkshopHost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SetWorkshopHostPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostName"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SetWorkshopHostMutation, SetWorkshopHostMutationVariables>;
export const PinPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PinPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PinPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pinPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PinPostPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pinned"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PinPostMutation, PinPostMutationVariables>;
export const HidePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HidePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HidePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hidePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HidePostPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenReason"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<HidePostMutation, HidePostMutationVariables>;
export const UnhidePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnhidePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnhidePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unhidePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnhidePostPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hidden"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<UnhidePostMutation, UnhidePostMutationVariables>;
export const PublishClassNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishClassNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishClassNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishClassNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishClassNoticePayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ClassNoticeFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PostTooLongError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxLength"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ErrorFields"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ValidationIssues"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StoredFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StoredFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ClassNoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClassNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StoredFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Error"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ValidationIssues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ValidationError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<PublishClassNoticeMutation, PublishClassNoticeMutationVariables>;