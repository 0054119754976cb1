/**
 * The bench's learning data (issue 10) for the running programme, from a PRNG of its own (the rest of the world is
 * drawn as before):
 *   - courses: 40 REQUIRED courses bound to no competency, 5 per competency of the catalogue (the fifth ELECTIVE) and
 *     12 ELECTIVE courses without one;
 *   - study: a fifth of the teachers (and always the first school's first teacher, the study page's) added electives
 *     and have credited time (CourseProgress, segments [0, credited)) on courses of their list; the enrolments'
 *     roll-ups (studyRequiredSeconds / studyElectiveSeconds) are then summed from that progress in SQL;
 *   - workshops: the database opens them (the triggers of migration 20261203000003_workshops fire on the bulk
 *     INSERTs: the programme's competency workshops, then a class workshop per class as its enrolments arrive); the
 *     build gives them fixed ids and the class tutors as hosts (`workshopFixes`). Each class workshop has 3 activities
 *     hosted by its tutor, each competency workshop 2 hosted by the district admin. Every enrolled teacher writes
 *     3 posts (a thread in the class discussion, a reply, a post in one of their competency workshops or a lesson
 *     critique), about 3% hidden by the tutor; each tutor writes 3 (one pinned). Participation (the first visible
 *     post within an activity's window) is derived from the posts in SQL, as the API keeps it;
 *   - 2 assignments, submissions (with their attempt) from most teachers, SUBMITTED, MARKED or RETURNED;
 *   - 0 to 3 shares per teacher (7 for the study page's teacher), about 10% rejected;
 *   - the first school's teaching-research group (its first 20 teachers, the second one leading it) with 5 group
 *     activities, 4 completed (2 + 5 + 5 + 8 hours).
 */
import type { SqlTransaction } from '../../api/db/sql-runner.js';
import { at, prng, type Random, Table, ts } from './rows.js';

export interface LearningInput {
  programmeId: string;
  districtPath: string;
  districtAdminId: string;
  /** The programme's catalogue's competencies. */
  competencies: Array<{ id: string; code: string }>;
  schools: Array<{
    code: string;
    org: { id: string; path: string };
    /** The school's SCHOOL_ADMIN. */
    adminId: string;
    classes: Array<{ id: string; path: string; tutorId: string }>;
    teachers: Array<{
      id: string;
      /** The enrolment in the running programme. */
      enrolmentId: string;
      classIndex: number;
      /** Competencies of a SUBMITTED or APPROVED selection (what makes study-list courses and workshop members). */
      selected: string[];
    }>;
  }>;
}

/** A workshop the triggers opened: the id and host the build gives it. */
export interface WorkshopFix {
  kind: 'CLASS' | 'COMPETENCY';
  /** The class's or the competency's id. */
  key: string;
  id: string;
  hostId: string | null;
}

const MODULES = ['师德素养', '专业发展', '信息技术应用', '学科教学'];
const KINDS = ['OVERVIEW', 'THEORY', 'PRACTICE', 'CASE', 'SPECIFICATION'];
const PHRASES = [
  '本节课利用希沃白板的课堂活动功能，学生参与度明显提高。',
  '我尝试用问卷星做课前诊断，根据结果调整了教学重点。',
  '微能力点的案例很有启发，准备在下周的公开课中实践。',
  '请问大家在多媒体环境下如何组织小组合作学习？',
  '分享一个学情分析的小技巧：先收集数据再分层设计任务。',
  '同意楼上的观点，技术只是手段，关键是教学设计。',
  '我们教研组正在研究智慧课堂的评价方式，欢迎交流。',
  '观看课例后，我认为教师的提问设计还可以更开放一些。',
];
const HIDE_REASONS = ['与研讨主题无关', '重复发帖'];
const RETURN_COMMENTS = ['请补充教学反思部分。', '附件无法打开，请重新提交。'];

/** A moment `days` (fractional) after another (as `at` writes them). */
const later = (moment: string, days: number) =>
  new Date(Date.parse(`${moment.replace(' ', 'T')}Z`) + Math.round(days * 86_400_000)).toISOString().replace('Z', '');

const body = (random: Random) => {
  const parts = 1 + random.int(3);
  return Array.from({ length: parts }, () => random.pick(PHRASES)).join('');
};

/** The first school's teaching-research group as built. */
export interface BenchGroup {
  id: string;
  path: string;
  leaderId: string;
  memberIds: string[];
}

export function generateLearning(input: LearningInput): {
  tables: Table[];
  workshopFixes: WorkshopFix[];
  group: BenchGroup;
} {
  const random = prng(20_261_203);
  const main = input.programmeId;
  const course = new Table('Course', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['orgPath', 'text'],
    ['code', 'text'],
    ['title', 'text'],
    ['kind', '"CourseKind"'],
    ['media', '"CourseMedia"'],
    ['durationSeconds', 'int'],
    ['competencyId', 'text'],
    ['module', 'text'],
    ['requirement', '"CourseRequirement"'],
    ['position', 'int'],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]);
  const elective = new Table('StudyElective', [
    ['enrolmentId', 'text'],
    ['courseId', 'text'],
    ['addedAt', ts],
  ]);
  const progress = new Table('CourseProgress', [
    ['enrolmentId', 'text'],
    ['courseId', 'text'],
    ['teacherId', 'text'],
    ['orgPath', 'text'],
    ['segments', 'int4multirange'],
    ['creditedSeconds', 'int'],
    ['updatedAt', ts],
  ]);
  const activity = new Table('WorkshopActivity', [
    ['id', 'text'],
    ['workshopId', 'text'],
    ['kind', '"ActivityKind"'],
    ['title', 'text'],
    ['description', 'text'],
    ['opensAt', ts],
    ['closesAt', ts],
    ['hostId', 'text'],
    ['scheduledAt', ts],
    ['streamUrl', 'text'],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);
  const post = new Table('WorkshopPost', [
    ['id', 'text'],
    ['workshopId', 'text'],
    ['activityId', 'text'],
    ['parentId', 'text'],
    ['authorId', 'text'],
    ['body', 'text'],
    ['pinned', 'boolean'],
    ['hiddenAt', ts],
    ['hiddenById', 'text'],
    ['hiddenReason', 'text'],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);
  const assignment = new Table('Assignment', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['code', 'text'],
    ['title', 'text'],
    ['brief', 'text'],
    ['dueAt', ts],
    ['mode', '"AssignmentMode"'],
    ['position', 'int'],
    ['createdAt', ts],
  ]);
  const submission = new Table('AssignmentSubmission', [
    ['id', 'text'],
    ['assignmentId', 'text'],
    ['enrolmentId', 'text'],
    ['teacherId', 'text'],
    ['status', '"SubmissionStatus"'],
    ['attempt', 'int'],
    ['mark', 'int'],
    ['comment', 'text'],
    ['markedById', 'text'],
    ['markedAt', ts],
    ['submittedAt', ts],
    ['orgPath', 'text'],
    ['classPath', 'text'],
    ['updatedAt', ts],
  ]);
  const attempt = new Table('AssignmentAttempt', [
    ['id', 'text'],
    ['submissionId', 'text'],
    ['attempt', 'int'],
    ['text', 'text'],
    ['submittedAt', ts],
    ['decision', '"SubmissionStatus"'],
    ['mark', 'int'],
    ['comment', 'text'],
    ['decidedById', 'text'],
    ['decidedAt', ts],
  ]);
  const share = new Table('Share', [
    ['id', 'text'],
    ['enrolmentId', 'text'],
    ['teacherId', 'text'],
    ['kind', '"ShareKind"'],
    ['title', 'text'],
    ['url', 'text'],
    ['competencyId', 'text'],
    ['module', 'text'],
    ['status', '"ShareStatus"'],
    ['rejectedReason', 'text'],
    ['rejectedById', 'text'],
    ['rejectedAt', ts],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);
  const organisation = new Table('Organisation', [
    ['id', 'text'],
    ['kind', '"OrganisationKind"'],
    ['code', 'text'],
    ['name', 'text'],
    ['parentId', 'text'],
    ['path', 'text'],
    ['createdAt', ts],
  ]);
  const role = new Table('RoleAssignment', [
    ['id', 'text'],
    ['userId', 'text'],
    ['role', '"Role"'],
    ['organisationId', 'text'],
    ['orgPath', 'text'],
    ['createdAt', ts],
  ]);
  const groupActivity = new Table('GroupActivity', [
    ['id', 'text'],
    ['programmeId', 'text'],
    ['groupId', 'text'],
    ['orgPath', 'text'],
    ['kind', '"GroupActivityKind"'],
    ['title', 'text'],
    ['hours', 'float8'],
    ['startsAt', ts],
    ['endsAt', ts],
    ['status', '"GroupActivityStatus"'],
    ['publishedById', 'text'],
    ['completedAt', ts],
    ['createdAt', ts],
  ]);
  const participant = new Table('GroupActivityParticipant', [
    ['activityId', 'text'],
    ['enrolmentId', 'text'],
    ['teacherId', 'text'],
    ['hours', 'float8'],
    ['completedAt', ts],
  ]);

  // Courses
  interface CourseRow {
    id: string;
    duration: number;
    competencyId: string | null;
    requirement: 'REQUIRED' | 'ELECTIVE';
  }
  const addCourse = (
    code: string,
    title: string,
    competencyId: string | null,
    requirement: CourseRow['requirement'],
    position: number,
  ): CourseRow => {
    const id = random.uuid();
    const video = random.next() < 0.75;
    const duration = video ? 600 + random.int(2100) : 300 + random.int(600);
    course.add(
      id,
      main,
      input.districtPath,
      code,
      title,
      random.pick(KINDS),
      video ? 'VIDEO' : 'DOCUMENT',
      duration,
      competencyId,
      random.next() < 0.9 ? random.pick(MODULES) : null,
      requirement,
      position,
      '2025-02-20 00:00:00',
      '2025-02-20 00:00:00',
    );
    return { id, duration, competencyId, requirement };
  };
  const required = Array.from({ length: 40 }, (_, i) =>
    addCourse(`R${String(i + 1).padStart(3, '0')}`, `必修课程 ${i + 1}`, null, 'REQUIRED', i + 1),
  );
  const byCompetency = new Map<string, CourseRow[]>();
  const competencies = [...input.competencies].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  competencies.forEach((c, ci) => {
    byCompetency.set(
      c.id,
      Array.from({ length: 5 }, (_, k) =>
        addCourse(
          `${c.code}-${k + 1}`,
          `${c.code} 微能力点课程 ${k + 1}`,
          c.id,
          k === 4 ? 'ELECTIVE' : 'REQUIRED',
          100 + ci * 5 + k,
        ),
      ),
    );
  });
  const electives = Array.from({ length: 12 }, (_, i) =>
    addCourse(`E${String(i + 1).padStart(3, '0')}`, `选修课程 ${i + 1}`, null, 'ELECTIVE', 1000 + i),
  );

  // Workshops: the ids and hosts the build gives to the ones the triggers open.
  const workshopFixes: WorkshopFix[] = [];
  const classWorkshop = new Map<string, { id: string; path: string }>();
  const competencyWorkshop = new Map<string, string>();
  for (const school of input.schools) {
    for (const klass of school.classes) {
      const id = random.uuid();
      workshopFixes.push({ kind: 'CLASS', key: klass.id, id, hostId: klass.tutorId });
      classWorkshop.set(klass.id, { id, path: klass.path });
    }
  }
  for (const c of competencies) {
    const id = random.uuid();
    workshopFixes.push({ kind: 'COMPETENCY', key: c.id, id, hostId: null });
    competencyWorkshop.set(c.id, id);
  }
  // Activities: [discussion, lesson critique, live Q&A] per class workshop; [discussion, resource share] per point.
  const addActivity = (
    workshopId: string,
    kind: string,
    title: string,
    opens: string,
    days: number,
    hostId: string,
    orgPath: string,
    live = false,
  ) => {
    const id = random.uuid();
    activity.add(
      id,
      workshopId,
      kind,
      title,
      `${title}：请在活动时间内发帖参与。`,
      `${opens} 00:00:00`,
      at(opens, days),
      hostId,
      live ? `${opens} 19:00:00` : null,
      live ? `https://live.bench.invalid/${id}` : null,
      orgPath,
      '2025-03-20 00:00:00',
    );
    return { id };
  };
  type Activity = ReturnType<typeof addActivity>;
  const classActivities = new Map<string, Activity[]>();
  for (const school of input.schools) {
    for (const klass of school.classes) {
      const w = classWorkshop.get(klass.id)!;
      classActivities.set(klass.id, [
        addActivity(w.id, 'DISCUSSION', '主题研讨：信息技术支持的学情分析', '2025-04-01', 30, klass.tutorId, w.path),
        addActivity(w.id, 'LESSON_CRITIQUE', '课例研磨：多媒体教学环境', '2025-05-01', 31, klass.tutorId, w.path),
        addActivity(w.id, 'LIVE_QA', '在线答疑', '2025-06-10', 1, klass.tutorId, w.path, true),
      ]);
    }
  }
  const pointActivities = new Map<string, Activity>();
  for (const c of competencies) {
    const w = competencyWorkshop.get(c.id)!;
    pointActivities.set(
      c.id,
      addActivity(w, 'DISCUSSION', `${c.code} 应用研讨`, '2025-04-15', 45, input.districtAdminId, input.districtPath),
    );
    addActivity(w, 'RESOURCE_SHARE', `${c.code} 资源分享`, '2025-06-01', 60, input.districtAdminId, input.districtPath);
  }

  // Assignments
  const assignments = [
    { id: random.uuid(), code: 'A-ONLINE', due: '2025-07-15 23:59:59', mode: 'ONLINE', share: 0.6 },
    { id: random.uuid(), code: 'A-SCHOOL', due: '2025-09-30 23:59:59', mode: 'SCHOOL_BASED', share: 0.35 },
  ];
  for (const [i, a] of assignments.entries()) {
    assignment.add(
      a.id,
      main,
      a.code,
      i === 0 ? '信息技术应用能力提升：教学设计' : '校本研修：课例与反思',
      '提交一份运用所选微能力点的教学设计及反思。',
      a.due,
      a.mode,
      i,
      '2025-03-01 00:00:00',
    );
  }

  // The first school's teaching-research group.
  const first = input.schools[0]!;
  const group = { id: random.uuid(), path: '' };
  group.path = `${first.org.path}${group.id}/`;
  organisation.add(
    group.id,
    'GROUP',
    `${first.code}-group-1`,
    '信息技术教研组',
    first.org.id,
    group.path,
    '2025-03-01 00:00:00',
  );
  const members = first.teachers.slice(0, 20);
  const leader = members[1]!;
  role.add(random.uuid(), leader.id, 'GROUP_LEADER', group.id, group.path, '2025-03-01 00:00:00');
  for (const m of members) role.add(random.uuid(), m.id, 'TEACHER', group.id, group.path, '2025-03-01 00:00:00');
  const groupSpecs: Array<[string, string, number, string | null]> = [
    ['TEACHING_DISCUSSION', '教研组研讨：智慧课堂', 2, '2025-04-20 17:00:00'],
    ['STUDY_ASSIGNMENT', '研修作业互评', 5, '2025-05-20 17:00:00'],
    ['LESSON_CRITIQUE', '组内磨课', 5, '2025-06-20 17:00:00'],
    ['OFFLINE', '线下集中研修', 8, '2025-07-05 17:00:00'],
    ['LESSON_CRITIQUE', '秋季组内磨课', 5, null],
  ];
  for (const [kind, title, hours, completedAt] of groupSpecs) {
    const id = random.uuid();
    groupActivity.add(
      id,
      main,
      group.id,
      group.path,
      kind,
      title,
      hours,
      null,
      null,
      completedAt ? 'COMPLETED' : 'PUBLISHED',
      leader.id,
      completedAt,
      '2025-04-01 00:00:00',
    );
    for (const [i, m] of members.entries()) {
      if (i !== 0 && random.next() < 0.2) continue;
      participant.add(id, m.enrolmentId, m.id, hours, completedAt);
    }
  }

  // Per teacher: study, posts, submissions, shares.
  input.schools.forEach((school, n) => {
    for (const klass of school.classes) {
      const w = classWorkshop.get(klass.id)!;
      const [discussion, critique] = classActivities.get(klass.id)!;
      const teachers = school.teachers.filter((t) => school.classes[t.classIndex] === klass);
      const roots: Array<{ id: string; activityId: string | null; createdAt: string }> = [];
      const hide = (): [string, string, string] | [null, null, null] =>
        random.next() < 0.03
          ? [at('2025-07-01', random.next() * 10), klass.tutorId, random.pick(HIDE_REASONS)]
          : [null, null, null];
      // The tutor opens the class workshop: three posts, the first pinned.
      for (let i = 0; i < 3; i += 1) {
        const id = random.uuid();
        const createdAt = at('2025-03-25', i * 3 + random.next());
        post.add(id, w.id, null, null, klass.tutorId, body(random), i === 0, null, null, null, klass.path, createdAt);
        roots.push({ id, activityId: null, createdAt });
      }
      // Each teacher: a thread in the discussion (within its window, mostly) …
      for (const t of teachers) {
        const id = random.uuid();
        const createdAt = at('2025-04-01', random.next() < 0.9 ? random.next() * 30 : 30 + random.next() * 10);
        post.add(id, w.id, discussion!.id, null, t.id, body(random), false, ...hide(), klass.path, createdAt);
        roots.push({ id, activityId: discussion!.id, createdAt });
      }
      // … a reply to an earlier thread (in the thread's activity) …
      for (const t of teachers) {
        const parent = random.pick(roots);
        const createdAt = later(parent.createdAt, 0.1 + random.next() * 3);
        post.add(
          random.uuid(),
          w.id,
          parent.activityId,
          parent.id,
          t.id,
          body(random),
          false,
          ...hide(),
          klass.path,
          createdAt,
        );
      }
      // … and a post in one of their competency workshops, or else a lesson critique.
      for (const t of teachers) {
        if (t.selected.length) {
          const point = random.pick(t.selected);
          const inActivity = random.next() < 0.7;
          post.add(
            random.uuid(),
            competencyWorkshop.get(point)!,
            inActivity ? pointActivities.get(point)!.id : null,
            null,
            t.id,
            body(random),
            false,
            ...hide(),
            klass.path,
            at('2025-04-15', random.next() * 50),
          );
        } else {
          post.add(
            random.uuid(),
            w.id,
            critique!.id,
            null,
            t.id,
            body(random),
            false,
            ...hide(),
            klass.path,
            at('2025-05-01', random.next() * 35),
          );
        }
      }
    }

    for (const [i, t] of school.teachers.entries()) {
      const klass = school.classes[t.classIndex]!;
      const studyPageTeacher = n === 0 && i === 0;
      // Study: electives added, credited time on courses of the list.
      if (studyPageTeacher || random.next() < 0.2) {
        const added = new Set<CourseRow>();
        const wanted = studyPageTeacher ? 3 : random.int(4);
        while (added.size < wanted) added.add(random.pick(electives));
        for (const e of added) elective.add(t.enrolmentId, e.id, at('2025-03-10', random.next() * 20));
        const list = [...required, ...t.selected.flatMap((c) => byCompetency.get(c) ?? []), ...added];
        for (const c of list) {
          if (random.next() >= (studyPageTeacher ? 0.8 : 0.5)) continue;
          const credited = random.next() < 0.4 ? c.duration : 1 + random.int(c.duration - 1);
          progress.add(
            t.enrolmentId,
            c.id,
            t.id,
            school.org.path,
            `{[0,${credited})}`,
            credited,
            at('2025-03-15', random.next() * 120),
          );
        }
      }
      // Assignments (the study page's teacher has a marked first one).
      for (const [k, a] of assignments.entries()) {
        if (!(studyPageTeacher && k === 0) && random.next() >= a.share) continue;
        const roll = studyPageTeacher ? 0.6 : random.next();
        const status = roll < 0.5 ? 'SUBMITTED' : roll < 0.85 ? 'MARKED' : 'RETURNED';
        const submitted = at(k === 0 ? '2025-06-01' : '2025-08-15', random.next() * 50);
        const decided = status === 'SUBMITTED' ? null : later(submitted, 1 + random.next() * 5);
        const mark = status === 'MARKED' ? 60 + random.int(41) : null;
        const comment =
          status === 'RETURNED' ? random.pick(RETURN_COMMENTS) : status === 'MARKED' ? '完成较好。' : null;
        const decidedBy = decided ? klass.tutorId : null;
        const id = random.uuid();
        submission.add(
          id,
          a.id,
          t.enrolmentId,
          t.id,
          status,
          1,
          mark,
          comment,
          decidedBy,
          decided,
          submitted,
          school.org.path,
          klass.path,
          decided ?? submitted,
        );
        attempt.add(
          random.uuid(),
          id,
          1,
          body(random),
          submitted,
          status === 'SUBMITTED' ? null : status,
          mark,
          comment,
          decidedBy,
          decided,
        );
      }
      // Shares.
      const shares = studyPageTeacher ? 7 : random.int(4);
      for (let s = 0; s < shares; s += 1) {
        const rejected = studyPageTeacher ? s === 2 : random.next() < 0.1;
        const created = at('2025-04-01', random.next() * 150);
        share.add(
          random.uuid(),
          t.enrolmentId,
          t.id,
          random.next() < 0.7 ? 'RESOURCE' : 'ARTICLE',
          `教学资源分享 ${s + 1}`,
          `https://res.bench.invalid/${n + 1}/${i + 1}/${s + 1}`,
          t.selected.length && random.next() < 0.5 ? random.pick(t.selected) : null,
          random.next() < 0.5 ? random.pick(MODULES) : null,
          rejected ? 'REJECTED' : 'ACTIVE',
          rejected ? '与研修主题无关' : null,
          rejected ? klass.tutorId : null,
          rejected ? later(created, 2) : null,
          school.org.path,
          created,
        );
      }
    }
  });

  return {
    tables: [
      organisation,
      role,
      course,
      elective,
      progress,
      activity,
      post,
      assignment,
      submission,
      attempt,
      share,
      groupActivity,
      participant,
    ],
    workshopFixes,
    group: { id: group.id, path: group.path, leaderId: leader.id, memberIds: members.map((m) => m.id) },
  };
}

/**
 * Gives the workshops the triggers opened their fixed ids and hosts; fails unless the triggers opened exactly the
 * expected ones (every class of the programme, every competency of its catalogue).
 */
export async function fixWorkshops(tx: SqlTransaction, programmeId: string, fixes: WorkshopFix[]) {
  const updated = await tx.query<{ id: string }>(
    `UPDATE "Workshop" w SET id = u.id, "hostId" = u.host, "createdAt" = '2025-03-01 00:00:00'
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS u(kind, key, id, host)
      WHERE w."programmeId" = $1 AND w.kind::text = u.kind
        AND (CASE WHEN u.kind = 'CLASS' THEN w."classId" ELSE w."competencyId" END) = u.key
      RETURNING w.id`,
    [
      programmeId,
      fixes.map((f) => f.kind),
      fixes.map((f) => f.key),
      fixes.map((f) => f.id),
      fixes.map((f) => f.hostId),
    ],
  );
  const [{ count } = { count: -1 }] = await tx.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Workshop" WHERE "programmeId" = $1`,
    [programmeId],
  );
  if (updated.length !== fixes.length || count !== fixes.length) {
    throw new Error(
      `bench data: the workshop triggers opened ${count} workshops (${updated.length} matched), expected ${fixes.length}`,
    );
  }
}

/**
 * What the API maintains alongside the rows, derived in SQL as it does: counted participation (the first visible
 * post of a teacher of the programme within the activity's window; the programme's minPostLength is 1) and the
 * enrolments' study roll-ups (credited seconds by the course's requirement).
 */
export async function deriveLearning(tx: SqlTransaction, programmeId: string) {
  await tx.query(
    `INSERT INTO "ActivityParticipation" ("activityId", "enrolmentId", "teacherId", "postId", "countedAt")
     SELECT DISTINCT ON (p."activityId", e.id) p."activityId", e.id, p."authorId", p.id, p."createdAt"
       FROM "WorkshopPost" p
       JOIN "WorkshopActivity" a ON a.id = p."activityId"
       JOIN "Workshop" w ON w.id = p."workshopId"
       JOIN "Enrolment" e ON e."programmeId" = w."programmeId" AND e."teacherId" = p."authorId"
      WHERE w."programmeId" = $1 AND p."hiddenAt" IS NULL
        AND p."createdAt" >= a."opensAt" AND p."createdAt" <= a."closesAt" AND char_length(p.body) >= 1
      ORDER BY p."activityId", e.id, p."createdAt", p.id`,
    [programmeId],
  );
  await tx.query(
    `UPDATE "Enrolment" e
        SET "studyRequiredSeconds" = s.required, "studyElectiveSeconds" = s.elective
       FROM (SELECT cp."enrolmentId",
                    COALESCE(SUM(cp."creditedSeconds") FILTER (WHERE c.requirement = 'REQUIRED'), 0) AS required,
                    COALESCE(SUM(cp."creditedSeconds") FILTER (WHERE c.requirement = 'ELECTIVE'), 0) AS elective
               FROM "CourseProgress" cp JOIN "Course" c ON c.id = cp."courseId"
              WHERE c."programmeId" = $1
              GROUP BY cp."enrolmentId") s
      WHERE e.id = s."enrolmentId"`,
    [programmeId],
  );
}
