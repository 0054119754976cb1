import type { Viewer } from '../../../api/auth/viewer.js';
import type { Role } from '../../../api/db/generated/prisma/enums.js';

/**
 * Who may do what: the one table of actions. A role in `roles` grants the action over the subtree
 * of the organisation the role is held on; `self` grants it on one's own records (a teacher's own
 * enrolment) to holders of those roles, or to anyone signed in. Every mutation and every field with role-restricted
 * data names its action (`authorize: { action, resource }`); lists filter rows with the same
 * table (`scopeOf`). Resolvers never check roles themselves.
 */
export interface ActionRule {
  roles: readonly Role[];
  self?: readonly Role[] | 'anyone';
  /** What it allows, for people (README, error messages, the schema's descriptions). */
  description: string;
  /**
   * Sync clients (SYNC_CLIENT, provincial systems): `only` for the sync-only operations (roles is exactly
   * ['SYNC_CLIENT']; no human role may use them), `also` for operations open to clients and people alike (exports,
   * standards routes). A sync client is granted no action without it, whatever `roles` says.
   */
  clients?: 'only' | 'also';
}

export const ACTIONS = {
  'province:manageDistricts': {
    roles: ['PROVINCE_ADMIN'],
    description:
      'create a province’s cities and districts, rename and re-code districts, and move schools between its districts',
  },
  'district:manageSchools': {
    roles: ['DISTRICT_ADMIN'],
    description:
      'create a district’s schools, rename, re-code, deactivate and move them, set their stages and teacher counts',
  },
  'people:manage': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description:
      'create, edit, import, deactivate and reactivate people at or below one’s organisation, and link their sign-on identities',
  },
  'people:grantRoles': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'grant and revoke roles on organisations at or below one’s own (never a role above one’s own level)',
  },
  'programme:create': { roles: ['DISTRICT_ADMIN'], description: 'create a programme in a district' },
  'programme:manage': {
    roles: ['DISTRICT_ADMIN'],
    description: 'change a programme: its rules, dates, batches, quotas and life cycle',
  },
  'programme:readProgress': {
    roles: ['DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'read every school’s progress in a programme',
  },
  'school:enrolTeachers': { roles: ['SCHOOL_ADMIN'], description: 'enrol a school’s teachers in a programme' },
  'school:manageUnits': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description: 'create a school’s classes and groups and appoint their tutors, leaders and members',
  },
  'school:setRange': { roles: ['SCHOOL_ADMIN'], description: 'set the competencies a school allows' },
  'school:uploadPlan': { roles: ['SCHOOL_ADMIN'], description: 'upload a school’s IT development plan' },
  'school:readSelectionProgress': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN', 'EXPERT'],
    description: 'read a school’s selection progress',
  },
  'class:readRoster': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'read a class roster with each teacher’s selection',
  },
  'enrolment:readAll': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN', 'EXPERT'],
    description: 'read every enrolment and selection in a subtree',
  },
  'enrolment:readClass': { roles: ['CLASS_TUTOR'], description: 'read the enrolments and selections of a class' },
  'selection:make': { roles: [], self: ['TEACHER'], description: 'submit one’s own competency selection' },
  'selection:validate': {
    roles: ['SCHOOL_ADMIN'],
    self: ['TEACHER'],
    description: 'check a selection against the rules without saving it',
  },
  'selection:review': { roles: ['SCHOOL_ADMIN'], description: 'approve or return a teacher’s selection' },
  'selection:makeOnBehalf': {
    roles: ['SCHOOL_ADMIN'],
    description: 'select for a teacher after their selection window closed',
  },
  // Learning (issue 10). Courses and viewing:
  'course:manage': {
    roles: ['DISTRICT_ADMIN'],
    description: 'create, edit and import a programme’s courses',
  },
  'study:learn': {
    roles: [],
    self: ['TEACHER'],
    description: 'study one’s own courses: add and drop electives, report viewing from the player',
  },
  'study:readProgress': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description: 'read a teacher’s study list and credited minutes',
  },
  // Workshops (the Workshop resource's owner is the viewer when they are a member or the host):
  'workshop:manage': {
    roles: ['DISTRICT_ADMIN'],
    description: 'open a programme’s workshops and appoint their hosts',
  },
  'workshop:read': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description: 'read a workshop, its activities and posts (members, hosts and the admins above it)',
  },
  'workshop:post': {
    roles: ['CLASS_TUTOR'],
    self: 'anyone',
    description: 'post and reply in a workshop one is a member or host of',
  },
  'workshop:host': {
    roles: ['CLASS_TUTOR', 'DISTRICT_ADMIN'],
    self: ['EXPERT', 'CLASS_TUTOR'],
    description: 'publish a workshop’s activities, pin and hide posts (its host, its class’s tutors, the district)',
  },
  'class:publishNotice': {
    roles: ['CLASS_TUTOR'],
    description: 'publish a class’s announcements (公告) and briefings (简报)',
  },
  // Shares and assignments:
  'share:make': { roles: [], self: ['TEACHER'], description: 'share a resource or article in one’s programme' },
  'share:reject': {
    roles: ['CLASS_TUTOR'],
    description: 'reject a class member’s share that breaks the rules, with a reason',
  },
  'assignment:manage': {
    roles: ['DISTRICT_ADMIN'],
    description: 'set a programme’s assignments (研修作业)',
  },
  'assignment:submit': { roles: [], self: ['TEACHER'], description: 'submit and resubmit one’s own assignments' },
  'assignment:mark': {
    roles: ['CLASS_TUTOR'],
    description: 'mark a class’s assignments, return them for rework and recommend excellent work',
  },
  'assignment:readRecommended': {
    roles: ['EXPERT', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'read the work tutors recommended to the district’s experts',
  },
  // School-based group activities (校本研修):
  'group:publishActivity': {
    roles: ['GROUP_LEADER'],
    description: 'publish a teaching-research group’s activities, record participants and complete them',
  },
  'group:readHours': {
    roles: ['GROUP_LEADER', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description: 'read teachers’ school-based hours against the programme’s cap',
  },
  // Scoring (issue 11):
  'score:read': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description:
      'read a teacher’s score with its explanation (the teacher, their class tutors, the admins over the school)',
  },
  'excellent:nominate': {
    roles: ['CLASS_TUTOR'],
    description:
      'nominate a class’s teachers as excellent trainees (优秀学员) within the class’s quota, and withdraw them',
  },
  'excellent:confirm': {
    roles: ['DISTRICT_ADMIN'],
    description: 'confirm or decline the excellent-trainee nominations of a district’s classes',
  },
  'excellent:read': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description: 'read excellent-trainee nominations (the nominee, the class’s tutors, the admins over it)',
  },
  'class:readProgress': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description:
      'read a class’s progress console (every teacher’s minutes, activities, score and verdict) and follow its changes',
  },
  'class:postStatistics': {
    roles: ['CLASS_TUTOR'],
    description: 'post the class’s weekly statistics (学情通报) to its workshop, frozen as they are',
  },
  'school:readProgress': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'read a school’s learning console (rates, verdicts, excellent nominees) and export it',
  },
  'tutor:evaluate': {
    roles: ['DISTRICT_ADMIN'],
    description: 'enter the indicators of a tutor evaluation the data does not show, and recognise excellent tutors',
  },
  'tutor:readEvaluation': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: ['CLASS_TUTOR'],
    description: 'read a tutor’s evaluation (the tutor, their school and district)',
  },
  // Evidence, rubrics and assessment (issue 12):
  'rubric:manage': {
    roles: ['DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'create rubrics (评价量规) and their new versions, import and export them as CASE CFRubric JSON',
  },
  'assessmentSpec:manage': {
    roles: ['DISTRICT_ADMIN'],
    description: 'override a competency’s assessment specification (测评规范) for one of the district’s programmes',
  },
  'evidence:submit': {
    roles: [],
    self: ['TEACHER'],
    description: 'prepare, upload and submit one’s own practice evidence, and consent to its publication',
  },
  'evidence:read': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description:
      'read practice evidence (the author, their group leader, the admins over their school; experts the sampled pieces; peers the pieces allocated to them; anyone in the province the published ones)',
  },
  'evidence:groupReview': {
    roles: ['GROUP_LEADER'],
    description: 'review a group’s evidence first: pass it on, recommend it as excellent, or return it for rework',
  },
  'evidence:assess': {
    roles: ['SCHOOL_ADMIN'],
    description: 'assess a school’s evidence with the rubric (校本应用考核), as one of its raters',
  },
  'evidence:readResults': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'read and export a school’s assessment result sheet (测评结果登记表) and its excellent-work report',
  },
  'evidence:sample': {
    roles: ['DISTRICT_ADMIN'],
    description: 'sample schools’ assessed evidence for expert re-review (区项目办组织学科专家评审)',
  },
  'evidence:expertReview': {
    roles: ['EXPERT'],
    description: 're-review the sampled evidence of a district’s schools',
  },
  'evidence:publish': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description: 'publish excellent evidence province-wide (with the teacher’s consent) and withdraw it',
  },
  'peerReview:allocate': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description: 'allocate (and re-run the allocation of) peer reviews (同行评价) of a programme’s evidence',
  },
  'peerReview:make': {
    roles: [],
    self: ['TEACHER'],
    description: 'watch, rate and comment on the evidence allocated to one for peer review',
  },
  'document:upload': {
    roles: [],
    self: ['TEACHER'],
    description: 'upload one’s personal improvement plan (提升计划) and summaries (提升总结)',
  },
  'schoolStudy:review': {
    roles: ['SCHOOL_ADMIN'],
    description: 'review teachers’ school-based study (plan, group hours, summaries) and pass or fail it',
  },
  'schoolStudy:read': {
    roles: ['GROUP_LEADER', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description: 'read a teacher’s plan, summaries and school-based study verdict',
  },
  // Credit hours, completion, closing, remediation and certificates (issue 13):
  'credit:read': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description:
      'read a teacher’s credit-hour ledger (学时), transcript, qualification and certificates (the teacher, the admins over the school)',
  },
  'credit:enter': {
    roles: ['SCHOOL_ADMIN'],
    description:
      'declare a school’s training finished and enter its teachers’ offline hours in bulk (grid, CSV or XLSX) within the entry window',
  },
  'credit:confirmSchool': {
    roles: ['SCHOOL_ADMIN'],
    description: 'confirm a school’s pending credit-hour entries (SCHOOL_CONFIRMED)',
  },
  'credit:confirmDistrict': {
    roles: ['DISTRICT_ADMIN'],
    description: 'confirm a district’s school-confirmed credit-hour entries (审核确认, DISTRICT_CONFIRMED)',
  },
  'credit:reverse': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description: 'correct a credit-hour entry with a reversal entry (entries are never edited or deleted)',
  },
  'credit:recompute': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description:
      'credit the online study and group-activity hours teachers have earned but that are not on the ledger yet',
  },
  'completion:read': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: ['EXPERT'],
    description:
      'read a school’s completion page: qualified rate, at-risk teachers, proof list, self-assessment, expert scores and closing',
  },
  'completion:manage': {
    roles: ['SCHOOL_ADMIN'],
    description: 'upload a school’s proof list (证明清单), enter its self-assessment and apply to close (申请结项)',
  },
  'completion:assignExperts': {
    roles: ['DISTRICT_ADMIN'],
    description: 'assign experts to score a school’s whole-school performance (绩效考核) with a rubric',
  },
  'completion:score': {
    roles: [],
    self: ['EXPERT'],
    description: 'score a school one was assigned to, with the rubric',
  },
  'completion:decide': {
    roles: ['DISTRICT_ADMIN'],
    description: 'confirm a school’s assessment result and accept or return its closing application (结项验收)',
  },
  'remediation:enrol': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description: 'enrol a teacher who failed in a remedial round (补学), carrying over what was earned and confirmed',
  },
  'certificate:issue': {
    roles: ['DISTRICT_ADMIN'],
    description: 'issue completion and excellent-trainee certificates to a district’s qualified teachers',
  },
  'certificate:revoke': {
    roles: ['DISTRICT_ADMIN'],
    description: 'revoke a certificate (it then verifies as revoked)',
  },
  'user:readPersonal': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description: 'read a person’s contact details, employee number and masked national ID number',
  },
  // Provincial integration (issue 14).
  'syncClient:manage': {
    roles: ['DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description:
      'register a sync client (a provincial or district system) for one’s province or district, rotate and revoke its keys',
  },
  'sync:self': {
    roles: ['SYNC_CLIENT'],
    clients: 'only',
    description: 'read one’s own registration as a sync client: its scope, keys and feed positions',
  },
  'sync:readCredit': {
    roles: ['SYNC_CLIENT'],
    clients: 'only',
    description:
      'pull and acknowledge the confirmed credit records, reversals, certificates and closings of one’s scope',
  },
  'sync:readRoster': {
    roles: ['SYNC_CLIENT'],
    clients: 'only',
    description: 'pull and acknowledge the roster changes (people, schools, enrolments) of one’s scope',
  },
  'sync:manageWebhooks': {
    roles: ['SYNC_CLIENT'],
    clients: 'only',
    description: 'subscribe webhooks to one’s events, read their deliveries and dead letters, and replay them',
  },
  'export:run': {
    roles: ['DISTRICT_ADMIN', 'PROVINCE_ADMIN', 'SYNC_CLIENT'],
    clients: 'also',
    description:
      'export a district’s or programme’s confirmed records and rosters (NDJSON, CSV, XLSX) and download them',
  },
  'roster:read': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN', 'SYNC_CLIENT'],
    clients: 'also',
    description: 'read the OneRoster 1.2 rostering routes (orgs, users, classes, enrollments) of one’s subtree',
  },
  'roster:import': {
    roles: ['DISTRICT_ADMIN'],
    description: 'import a OneRoster 1.2 CSV bundle (orgs, users, classes, enrollments) into one’s district',
  },
  // Surveys, self-assessments, the resource library and rule previews (issue 15).
  'survey:manage': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description:
      'create, edit, publish and close questionnaires and self-assessments for an audience within one’s class, school or district',
  },
  'survey:respond': {
    roles: ['TEACHER', 'CLASS_TUTOR', 'GROUP_LEADER', 'SCHOOL_ADMIN'],
    description: 'answer the surveys one is in the audience of (once; editable until the survey closes)',
  },
  'survey:readResults': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description:
      'read and export a survey’s aggregated results (counts, shares, means) for the classes and schools below one',
  },
  'survey:readText': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description: 'read a survey’s free-text answers (only over the survey’s own audience: the publisher’s scope)',
  },
  'library:read': {
    roles: ['TEACHER', 'CLASS_TUTOR', 'GROUP_LEADER', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN', 'EXPERT'],
    description: 'search and download the published resources of the libraries of one’s school, district and province',
  },
  'library:curate': {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description:
      'curate excellent outputs (shares, marked assignments, evidence, briefings) of one’s class, school or district into a library, tag and withdraw them',
  },
  'library:consent': {
    roles: [],
    self: 'anyone',
    description: 'consent to (or decline, or withdraw) one’s own work being published in a library',
  },
  'library:withdraw': {
    roles: ['SCHOOL_ADMIN', 'DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    self: 'anyone',
    description: 'take a resource out of a library: its author, or an admin over the library’s organisation',
  },
  'rules:preview': {
    roles: ['DISTRICT_ADMIN', 'PROVINCE_ADMIN'],
    description:
      'preview what a proposed rules change would do to a programme’s teachers and schools, without saving it',
  },
} as const satisfies Record<string, ActionRule>;

export type Action = keyof typeof ACTIONS;

/** The object an action is checked against: the organisations it belongs to and its owner. */
export interface Resource {
  /** Materialised paths of the organisations the object belongs to, most specific first. */
  paths: readonly string[];
  /** The person the object belongs to (for `self`), if any. */
  ownerId: string | null;
}

/** False when the action is closed to this kind of viewer: every action but clients' to a sync client, clients-only ones to people. */
function openTo(viewer: Viewer, rule: ActionRule): boolean {
  return viewer.isSyncClient ? rule.clients !== undefined : rule.clients !== 'only';
}

/** True when the viewer may perform `action` on `resource`. */
export function grants(viewer: Viewer, action: Action, resource: Resource): boolean {
  const rule: ActionRule = ACTIONS[action];
  if (!openTo(viewer, rule)) return false;
  if (rule.self && resource.ownerId !== null && resource.ownerId === viewer.user?.id) {
    if (rule.self === 'anyone' || rule.self.some((role) => viewer.roles.has(role))) return true;
  }
  return resource.paths.some((path) => viewer.holdsOver(rule.roles, path));
}

/** Paths of the organisations over whose subtrees the viewer may perform `action` (for SQL filters). */
export function scopeOf(viewer: Viewer, action: Action): string[] {
  const rule: ActionRule = ACTIONS[action];
  return openTo(viewer, rule) ? viewer.pathsWith(rule.roles) : [];
}

/** True when some role of the viewer grants `action` somewhere (for the portal's `viewer.can` hints). */
export function mayAnywhere(viewer: Viewer, action: Action): boolean {
  const rule: ActionRule = ACTIONS[action];
  if (!openTo(viewer, rule)) return false;
  const self = rule.self === 'anyone' ? viewer.user !== null : (rule.self ?? []).some((role) => viewer.roles.has(role));
  return self || scopeOf(viewer, action).length > 0;
}
