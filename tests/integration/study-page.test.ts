/**
 * The teacher study page (TeacherStudyPage) in one request: courses with credited minutes, workshops and their
 * activities, assignments, shares and school-based hours. Its SQL statements do not grow with how much the teacher
 * has: the same count for 1, 10 and 50 of each; and whoever may not see the teacher's enrolment gets nothing.
 */
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TeacherStudyPageDocument } from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { assignment, submission } from '../kit/assignments.js';
import { course, progress } from '../kit/courses.js';
import { activity, type GroupWorld, groupWorld } from '../kit/group-activities.js';
import { daysFromNow } from '../kit/ids.js';
import type { UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
});
afterAll(() => t.close());

/** A teacher (group member, class member) with `n` courses half watched, class activities, assignments, shares and group activities. */
async function teacherWith(n: number): Promise<GroupWorld> {
  const w = await groupWorld(t, { members: 1 });
  const [e] = w.members;
  if (!e?.classId) throw new Error('the group world enrols its members in the school class');
  const prisma = t.db.prisma;
  const workshop = await prisma.workshop.findUniqueOrThrow({
    where: { programmeId_classId: { programmeId: w.p.id, classId: e.classId } },
    select: { id: true, orgPath: true },
  });
  for (let i = 0; i < n; i += 1) {
    const c = await course(prisma, w.p, { module: i % 2 ? '专业发展' : '师德素养', position: i });
    await progress(prisma, e, c, 300);
    await prisma.workshopActivity.create({
      data: {
        workshopId: workshop.id,
        kind: 'DISCUSSION',
        title: `研讨 ${i}`,
        opensAt: daysFromNow(-1),
        closesAt: daysFromNow(10),
        hostId: w.s.tutor.id,
        orgPath: workshop.orgPath,
      },
    });
    await submission(prisma, await assignment(prisma, w.p, { position: i }), e, 'MARKED');
    await prisma.share.create({
      data: {
        enrolmentId: e.id,
        teacherId: e.teacher.id,
        kind: 'ARTICLE',
        title: `文章 ${i}`,
        url: 'https://example.org/a',
        orgPath: e.orgPath,
      },
    });
    await activity(t, w, { hours: 2 });
  }
  return w;
}

describe('teacher study page', () => {
  it('shows the teacher everything they did, with the same statements for 1, 10 and 50 of each', async () => {
    const counts: number[] = [];
    for (const n of [1, 10, 50]) {
      const w = await teacherWith(n);
      const [e] = w.members;
      const page = await t.statementsFor(print(TeacherStudyPageDocument), { enrolmentId: e?.gid }, { as: e?.teacher });
      const node = page.data.node;
      expect(node.studyCourses.totalCount).toBe(n);
      expect(node.studySummary.byModule.length).toBe(Math.min(n, 2));
      expect(node.studyCourses.nodes[0]).toMatchObject({ creditedMinutes: 5, requiredMinutes: 10, completed: false });
      expect(node.workshops.nodes).toHaveLength(1);
      expect(node.workshops.nodes[0].activities.totalCount).toBe(n);
      expect(node.assignments.totalCount).toBe(n);
      expect(node.assignments.nodes[0].submission.status).toBe('MARKED');
      expect(node.countedShares).toBe(n);
      expect(node.groupHours).toMatchObject({ recordedHours: 2 * n, countedHours: Math.min(2 * n, 25) });
      counts.push(page.count);
    }
    console.log(`[statements] teacher study page: ${counts.join(', ')} for 1, 10 and 50 of each`);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(14);
  });

  it('the class tutor sees it; a teacher of another school and another district’s admin get nothing', async () => {
    const w = await teacherWith(1);
    const [e] = w.members;
    const ask = async (as: UserRef | null) =>
      (await t.data(TeacherStudyPageDocument, { enrolmentId: e?.gid ?? '' }, { as })).node;
    expect(await ask(w.s.tutor)).toMatchObject({ countedShares: 1 });
    const other = await w.d.school();
    expect(await ask(await other.teacher())).toBeNull();
    expect(await ask((await t.world.district()).admin)).toBeNull();
    expect(await ask(null)).toBeNull();
  });
});
