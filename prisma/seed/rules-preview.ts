/**
 * Demo data for the rule what-if (规则预演, issue 15) on Tianchang 2022 (course time 1200 minutes → 50 points; 10 per
 * workshop discussion joined, at most 50, at least 30; pass at 80): ten teachers of the two demo schools enrolled in
 * the programme, each with an APPROVED selection of their school's ten range points, credited watch time on
 * those points' courses (CourseProgress, and the enrolment's roll-up kept equal to it), posts in discussions of the B1
 * workshop (counted participations, as the workshops module counts them), and, for those who passed, the 30
 * online hours the ledger credits automatically (confirmed by the school). Their totals spread around the pass mark:
 *
 *   rp.s1.t01 100 · rp.s1.t02 90 · rp.s1.t03 80 · rp.s1.t04 80 · rp.s1.t05 70 · rp.s1.t06 75 (600 minutes, 5 discussions)
 *   rp.s2.t01 80 · rp.s2.t02 100 · rp.s2.t03 70 (960 minutes, 3 discussions) · rp.s2.t04 0
 *
 * so raising the pass mark from 80 to 85 changes exactly the three teachers at 80. The demo's own users (`teacher`,
 * `teacher2`) are left alone: they enrol through the flow. Idempotent: nothing is written once the first teacher exists.
 */
import type { Transaction } from '../../api/db/client.js';
import { countNewPost } from '../../schema/workshops/participation.js';
import { DEMO_PROGRAMMES } from './programmes.js';

interface DemoTeacher {
  login: string;
  displayName: string;
  minutes: number;
  discussions: number;
}

/** The Tianchang programme's demo teachers by school (demo-school-1, demo-school-2). */
export const RULES_PREVIEW_TEACHERS: Array<{ school: string; klass: string | null; teachers: DemoTeacher[] }> = [
  {
    school: 'demo-school-1',
    // Not in demo-school-1's class: its roster and members stay the demo's own (the class tutor's pages show them).
    klass: null,
    teachers: [
      { login: 'rp.s1.t01', displayName: '陈思远 (preview)', minutes: 1200, discussions: 5 },
      { login: 'rp.s1.t02', displayName: '林晓雯 (preview)', minutes: 1250, discussions: 4 },
      { login: 'rp.s1.t03', displayName: '黄志强 (preview)', minutes: 1200, discussions: 3 },
      { login: 'rp.s1.t04', displayName: '周雅琴 (preview)', minutes: 1230, discussions: 3 },
      { login: 'rp.s1.t05', displayName: '吴建华 (preview)', minutes: 1200, discussions: 2 },
      { login: 'rp.s1.t06', displayName: '郑丽娟 (preview)', minutes: 600, discussions: 5 },
    ],
  },
  {
    school: 'demo-school-2',
    klass: 'demo-school-2-class-1',
    teachers: [
      { login: 'rp.s2.t01', displayName: '刘海涛 (preview)', minutes: 1200, discussions: 3 },
      { login: 'rp.s2.t02', displayName: '杨春梅 (preview)', minutes: 1250, discussions: 5 },
      { login: 'rp.s2.t03', displayName: '赵国庆 (preview)', minutes: 960, discussions: 3 },
      { login: 'rp.s2.t04', displayName: '孙玉兰 (preview)', minutes: 0, discussions: 0 },
    ],
  },
];

const DISCUSSIONS = 5;
const WINDOW = { opensAt: new Date('2022-05-06T00:00:00Z'), closesAt: new Date('2022-07-10T23:59:59Z') };

export async function seedRulesPreviewDemo(tx: Transaction): Promise<void> {
  const spec = DEMO_PROGRAMMES.find((programme) => programme.code === 'tianchang-2022');
  const programme = await tx.programme.findUnique({
    where: { code: 'tianchang-2022' },
    select: {
      id: true,
      status: true,
      catalogueId: true,
      batches: { select: { id: true }, orderBy: { position: 'asc' } },
    },
  });
  const batch = programme?.batches[0];
  if (!spec?.ranges || !programme || programme.status !== 'RUNNING' || !batch) return;
  const firstLogin = RULES_PREVIEW_TEACHERS[0]?.teachers[0]?.login ?? '';
  if (await tx.user.findUnique({ where: { login: firstLogin }, select: { id: true } })) return;
  const competencies = await tx.competency.findMany({
    where: { catalogueId: programme.catalogueId },
    select: { id: true, code: true, credits: true },
  });
  const byCode = new Map(competencies.map((c) => [c.code, c]));

  // The discussions are in the B1 workshop (a point of both schools' ranges, so every demo teacher selected it).
  const b1 = byCode.get('B1');
  const [workshop, expert] = await Promise.all([
    tx.workshop.findFirst({
      where: { programmeId: programme.id, competencyId: b1?.id ?? '' },
      select: { id: true, orgPath: true },
    }),
    tx.user.findUnique({ where: { login: 'expert' }, select: { id: true } }),
  ]);
  if (!workshop || !expert) return;
  const activities = [];
  for (let n = 1; n <= DISCUSSIONS; n += 1) {
    const title = `B1 研讨 第${n}期：技术支持的课堂导入`;
    activities.push(
      (await tx.workshopActivity.findFirst({ where: { workshopId: workshop.id, title }, select: { id: true } })) ??
        (await tx.workshopActivity.create({
          data: {
            workshopId: workshop.id,
            kind: 'DISCUSSION',
            title,
            description: '结合本期主题，分享你在课堂中的一次实践与反思。',
            hostId: expert.id,
            orgPath: workshop.orgPath,
            ...WINDOW,
          },
          select: { id: true },
        })),
    );
  }

  for (const [index, group] of RULES_PREVIEW_TEACHERS.entries()) {
    const school = await tx.organisation.findUniqueOrThrow({
      where: { code: group.school },
      select: { id: true, path: true },
    });
    const klass = group.klass
      ? await tx.organisation.findUniqueOrThrow({ where: { code: group.klass }, select: { id: true, path: true } })
      : null;
    const points = (spec.ranges[index] ?? []).flatMap((code) => byCode.get(code) ?? []);
    const courses = await tx.course.findMany({
      where: { programmeId: programme.id, competencyId: { in: points.map((p) => p.id) } },
      select: { id: true, durationSeconds: true, competencyId: true, position: true },
      orderBy: { position: 'asc' },
    });

    const enrolled: Array<{ enrolmentId: string; teacherId: string; teacher: DemoTeacher }> = [];
    for (const teacher of group.teachers) {
      const user = await tx.user.create({
        data: {
          login: teacher.login,
          displayName: teacher.displayName,
          email: `${teacher.login}@demo.tisheng.invalid`,
          organisationId: school.id,
          orgPath: school.path,
          roleAssignments: {
            createMany: {
              data: [
                { role: 'TEACHER' as const, organisationId: school.id, orgPath: school.path },
                ...(klass ? [{ role: 'TEACHER' as const, organisationId: klass.id, orgPath: klass.path }] : []),
              ],
            },
          },
        },
        select: { id: true },
      });
      const enrolment = await tx.enrolment.create({
        data: {
          programmeId: programme.id,
          batchId: batch.id,
          schoolId: school.id,
          classId: klass?.id ?? null,
          teacherId: user.id,
          orgPath: school.path,
          enrolledAt: new Date('2022-05-06T01:00:00Z'),
        },
        select: { id: true },
      });
      await tx.selection.create({
        data: {
          enrolmentId: enrolment.id,
          status: 'APPROVED',
          totalCredits: points.reduce((sum, p) => sum + (p.credits ?? 0), 0),
          submittedAt: new Date('2022-05-08T02:00:00Z'),
          submittedById: user.id,
          decidedAt: new Date('2022-05-09T02:00:00Z'),
          orgPath: school.path,
          items: { createMany: { data: points.map((p, position) => ({ competencyId: p.id, position })) } },
        },
      });
      // Watch time: the selected points' courses in order, each credited from its start, until the minutes are reached.
      let remaining = teacher.minutes * 60;
      for (const course of courses) {
        if (remaining <= 0) break;
        const seconds = Math.min(course.durationSeconds, remaining);
        remaining -= seconds;
        await tx.$executeRaw`
          INSERT INTO "CourseProgress" ("enrolmentId", "courseId", "teacherId", "orgPath", segments, "creditedSeconds", "updatedAt")
          VALUES (${enrolment.id}, ${course.id}, ${user.id}, ${school.path},
                  int4multirange(int4range(0, ${seconds}::int)), ${seconds}::int, ${new Date('2022-06-01T00:00:00Z')})`;
      }
      await tx.enrolment.update({
        where: { id: enrolment.id },
        data: { studyRequiredSeconds: teacher.minutes * 60 - Math.max(0, remaining) },
        select: { id: true },
      });
      enrolled.push({ enrolmentId: enrolment.id, teacherId: user.id, teacher });
    }

    for (const { enrolmentId, teacherId, teacher } of enrolled) {
      for (const [n, activity] of activities.slice(0, teacher.discussions).entries()) {
        await tx.workshopPost.create({
          data: {
            workshopId: workshop.id,
            activityId: activity.id,
            authorId: teacherId,
            body: `第${n + 1}期研讨：我在课堂上尝试了所选微能力点的做法，学生参与度明显提高。`,
            orgPath: school.path,
            createdAt: new Date(Date.UTC(2022, 4, 10 + n * 7, 2, 0, 0)),
          },
          select: { id: true },
        });
        // Tianchang counts a post of at least 10 characters (rules.workshop.minPostLength).
        await countNewPost(tx, activity.id, enrolmentId, teacherId, 10);
      }
      // Passed (1200 minutes and at least 3 discussions): the 30 online hours, as the ledger credits them.
      const points = Math.min(50, (50 * teacher.minutes) / 1200) + Math.min(50, 10 * teacher.discussions);
      if (teacher.minutes >= 1200 && teacher.discussions >= 3) {
        const entry = await tx.creditEntry.create({
          data: {
            programmeId: programme.id,
            enrolmentId,
            teacherId,
            orgPath: school.path,
            source: 'ONLINE_STUDY',
            category: 'ONLINE',
            hours: 30,
            basis: { score: points, minutes: teacher.minutes },
            createdAt: new Date('2022-07-01T00:00:00Z'),
          },
          select: { id: true },
        });
        await tx.creditConfirmation.create({
          data: {
            entryId: entry.id,
            level: 'SCHOOL',
            orgPath: school.path,
            confirmedAt: new Date('2022-07-01T00:00:00Z'),
          },
        });
      }
    }
  }
}
