import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseAccess } from '../../schema/courses/index.js';
import { AddElectiveDocument, DropElectiveDocument, MyStudyCoursesDocument } from '../../sdk/src/generated/graphql.js';
import type { AdHoc, TestApp } from '../kit/app.js';
import { testApp } from '../kit/app.js';
import { type CourseRef, course, elective, progress, uploadPlan } from '../kit/courses.js';
import type { CatalogueRef, EnrolmentRef, ProgrammeOptions } from '../kit/world.js';

let t: TestApp;
let catalogue: CatalogueRef;
beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
});
afterAll(() => t.close());

/**
 * A programme with: a REQUIRED course, a REQUIRED course of A1 and one of B3, an ELECTIVE of A1, and two ELECTIVES
 * without competency; a teacher who selected A1 (and A2).
 */
async function setup(options: ProgrammeOptions = {}) {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ schools: [s], ...options });
  const prisma = t.db.prisma;
  const c = {
    required: await course(prisma, p, { code: 'req', position: 0, module: '师德素养', durationSeconds: 1200 }),
    a1: await course(prisma, p, {
      code: 'a1',
      position: 1,
      competencyId: catalogue.competency('A1').id,
      module: '专业发展',
    }),
    b3: await course(prisma, p, { code: 'b3', position: 2, competencyId: catalogue.competency('B3').id }),
    a1Elective: await course(prisma, p, {
      code: 'a1e',
      position: 3,
      requirement: 'ELECTIVE',
      competencyId: catalogue.competency('A1').id,
    }),
    elective: await course(prisma, p, { code: 'el', position: 4, requirement: 'ELECTIVE', module: '高效课堂' }),
    other: await course(prisma, p, { code: 'el2', position: 5, requirement: 'ELECTIVE' }),
  };
  const enrolment = await p.teacher(s);
  await p.select(enrolment, ['A1', 'A2'], 'SUBMITTED');
  return { d, s, p, c, enrolment };
}

async function study(enrolment: EnrolmentRef, as = enrolment.teacher, variables: Record<string, unknown> = {}) {
  const data = await t.data(MyStudyCoursesDocument, { enrolmentId: enrolment.gid, first: 100, ...variables }, { as });
  return data.node as AdHoc;
}

const listed = (node: AdHoc) => node.studyCourses.nodes.map((item: AdHoc) => [item.course.code, item.source]);

describe('the study list', () => {
  it('is the required courses, the courses of the selected competencies and the electives added', async () => {
    const { c, enrolment } = await setup();
    expect(listed(await study(enrolment))).toEqual([
      ['req', 'REQUIRED'],
      ['a1', 'COMPETENCY'],
      ['a1e', 'COMPETENCY'],
    ]);
    await elective(t.db.prisma, enrolment, c.elective);
    const node = await study(enrolment);
    expect(listed(node)).toEqual([
      ['req', 'REQUIRED'],
      ['a1', 'COMPETENCY'],
      ['a1e', 'COMPETENCY'],
      ['el', 'ELECTIVE'],
    ]);
    expect(node.studyCourses).toMatchObject({ open: true, closedReason: null, totalCount: 4 });
    expect(listed(await study(enrolment, enrolment.teacher, { source: 'COMPETENCY' }))).toEqual([
      ['a1', 'COMPETENCY'],
      ['a1e', 'COMPETENCY'],
    ]);
  });

  it('pages with offset cursors and counts the whole list', async () => {
    const { enrolment } = await setup();
    const first = await study(enrolment, enrolment.teacher, { first: 2 });
    expect(first.studyCourses.nodes).toHaveLength(2);
    expect(first.studyCourses.totalCount).toBe(3);
    expect(first.studyCourses.pageInfo.hasNextPage).toBe(true);
    const rest = await study(enrolment, enrolment.teacher, { first: 2, after: first.studyCourses.pageInfo.endCursor });
    expect(listed(rest)).toEqual([['a1e', 'COMPETENCY']]);
    expect(rest.studyCourses.totalCount).toBe(3);
    const past = await study(enrolment, enrolment.teacher, { first: 2, after: rest.studyCourses.pageInfo.endCursor });
    expect(past.studyCourses.nodes).toEqual([]);
    expect(past.studyCourses.totalCount).toBe(3);
  });

  it('leaves out the competencies of a RETURNED selection', async () => {
    const { p, s } = await setup();
    const returned = await p.teacher(s);
    await p.select(returned, ['A1'], 'RETURNED');
    expect(listed(await study(returned))).toEqual([['req', 'REQUIRED']]);
  });

  it('shows credited against required time per course and in total, and credit per module', async () => {
    const { c, enrolment } = await setup();
    await elective(t.db.prisma, enrolment, c.elective);
    await progress(t.db.prisma, enrolment, c.required, 1200);
    await progress(t.db.prisma, enrolment, c.a1, 150);
    await progress(t.db.prisma, enrolment, c.elective, 3600); // more than its 600 s: shown capped
    await t.db.prisma.enrolment.update({
      where: { id: enrolment.id },
      data: { studyRequiredSeconds: 1350, studyElectiveSeconds: 600 },
    });
    const node = await study(enrolment);
    const items = Object.fromEntries(node.studyCourses.nodes.map((item: AdHoc) => [item.course.code, item]));
    expect(items.req).toMatchObject({
      creditedSeconds: 1200,
      requiredSeconds: 1200,
      creditedMinutes: 20,
      completed: true,
    });
    expect(items.a1).toMatchObject({
      creditedSeconds: 150,
      requiredSeconds: 600,
      creditedMinutes: 2,
      requiredMinutes: 10,
    });
    expect(items.a1e).toMatchObject({ creditedSeconds: 0, completed: false });
    expect(items.el).toMatchObject({ creditedSeconds: 600, completed: true });
    expect(node.studySummary).toEqual({
      open: true,
      requiredSeconds: 1350,
      electiveSeconds: 600,
      requiredMinutes: 22,
      electiveMinutes: 10,
      listCourses: 4,
      listRequiredSeconds: 1200 + 600,
      listElectiveSeconds: 600 + 600,
      byModule: [
        { module: '专业发展', creditedSeconds: 150, creditedMinutes: 2 },
        { module: '师德素养', creditedSeconds: 1200, creditedMinutes: 20 },
        { module: '高效课堂', creditedSeconds: 600, creditedMinutes: 10 },
      ],
    });
  });

  it('is read by the teacher, the class tutor and the admins over the school; others see null', async () => {
    const { d, s, enrolment } = await setup();
    for (const reader of [enrolment.teacher, s.tutor, s.admin, d.admin, d.provinceAdmin]) {
      const node = await study(enrolment, reader);
      expect(node.studyCourses.totalCount, reader.login).toBe(3);
      expect(node.studySummary, reader.login).not.toBeNull();
    }
    const colleague = await s.teacher();
    expect(await study(enrolment, colleague)).toBeNull();
    const stranger = await t.world.district();
    expect(await study(enrolment, stranger.admin)).toBeNull();
  });
});

describe('the plan gate', () => {
  const gated = { rules: { selection: { minCredits: 20, schoolPlanGateRate: 0.8 } } };

  it('closes the list (empty, PLAN_GATE) and course access until the school uploads its plan', async () => {
    const { p, s, c, enrolment } = await setup(gated);
    const closed = await study(enrolment);
    expect(closed.coursesOpen).toBe(false);
    expect(closed.studyCourses).toMatchObject({ open: false, closedReason: 'PLAN_GATE', totalCount: 0, nodes: [] });
    expect(closed.studySummary.open).toBe(false);
    expect(await courseAccess(t.db.prisma, enrolment.teacher.id, c.required.id)).toBeNull();
    const refused = (await t.mutate(
      AddElectiveDocument,
      { enrolmentId: enrolment.gid, courseId: c.elective.gid },
      { as: enrolment.teacher },
    )) as AdHoc;
    expect(refused).toMatchObject({ __typename: 'StudyListClosedError', code: 'STUDY_LIST_CLOSED' });

    await uploadPlan(t.db.prisma, p, s);
    const open = await study(enrolment);
    expect(open.coursesOpen).toBe(true);
    expect(open.studyCourses).toMatchObject({ open: true, closedReason: null, totalCount: 3 });
    expect(await courseAccess(t.db.prisma, enrolment.teacher.id, c.required.id)).not.toBeNull();
  });
});

describe('courseAccess', () => {
  it('gives the enrolment, the course and the rules for a course on the list, null otherwise', async () => {
    const { p, s, c, enrolment } = await setup();
    const access = await courseAccess(t.db.prisma, enrolment.teacher.id, c.a1.id);
    expect(access).toMatchObject({
      courseId: c.a1.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      programmeId: p.id,
      orgPath: enrolment.orgPath,
      media: 'VIDEO',
      durationSeconds: 600,
      requirement: 'REQUIRED',
      rules: { viewing: { maxPlaybackRate: 1 } },
    });
    // B3 not selected, an elective not added, a teacher of another programme, a course that does not exist.
    expect(await courseAccess(t.db.prisma, enrolment.teacher.id, c.b3.id)).toBeNull();
    expect(await courseAccess(t.db.prisma, enrolment.teacher.id, c.elective.id)).toBeNull();
    const outsider = await s.teacher();
    expect(await courseAccess(t.db.prisma, outsider.id, c.required.id)).toBeNull();
    expect(await courseAccess(t.db.prisma, enrolment.teacher.id, '00000000-0000-7000-8000-000000000000')).toBeNull();
    await elective(t.db.prisma, enrolment, c.elective);
    expect(await courseAccess(t.db.prisma, enrolment.teacher.id, c.elective.id)).toMatchObject({
      requirement: 'ELECTIVE',
    });
  });
});

describe('addElective and dropElective', () => {
  const add = (enrolment: EnrolmentRef, c: CourseRef, as = enrolment.teacher) =>
    t.mutate(AddElectiveDocument, { enrolmentId: enrolment.gid, courseId: c.gid }, { as }) as Promise<AdHoc>;
  const drop = (enrolment: EnrolmentRef, c: CourseRef, as = enrolment.teacher) =>
    t.mutate(DropElectiveDocument, { enrolmentId: enrolment.gid, courseId: c.gid }, { as }) as Promise<AdHoc>;

  it('adds an elective once (adding again changes nothing) and drops it', async () => {
    const { c, enrolment } = await setup();
    const added = await add(enrolment, c.elective);
    expect(added).toMatchObject({ __typename: 'AddElectivePayload', enrolment: { studySummary: { listCourses: 4 } } });
    expect((await add(enrolment, c.elective)).enrolment.studySummary.listCourses).toBe(4);
    expect(await t.db.prisma.studyElective.count({ where: { enrolmentId: enrolment.id } })).toBe(1);
    const dropped = await drop(enrolment, c.elective);
    expect(dropped.enrolment.studySummary.listCourses).toBe(3);
    expect((await drop(enrolment, c.elective)).__typename).toBe('DropElectivePayload');
  });

  it('refuses required courses and other programmes’ courses (NOT_AN_ELECTIVE)', async () => {
    const { c, enrolment } = await setup();
    const other = await setup();
    expect(await add(enrolment, c.required)).toMatchObject({
      __typename: 'NotAnElectiveError',
      code: 'NOT_AN_ELECTIVE',
    });
    expect((await add(enrolment, other.c.elective)).code).toBe('NOT_AN_ELECTIVE');
    expect(await t.db.prisma.studyElective.count({ where: { enrolmentId: enrolment.id } })).toBe(0);
  });

  it('keeps an elective the teacher has credited time on (COURSE_IN_PROGRESS)', async () => {
    const { c, enrolment } = await setup();
    await add(enrolment, c.elective);
    await progress(t.db.prisma, enrolment, c.elective, 30);
    expect(await drop(enrolment, c.elective)).toMatchObject({ code: 'COURSE_IN_PROGRESS' });
    expect(listed(await study(enrolment))).toContainEqual(['el', 'ELECTIVE']);
  });

  it('is the teacher’s own: the tutor is refused, a colleague finds nothing', async () => {
    const { s, c, enrolment } = await setup();
    expect((await add(enrolment, c.elective, s.tutor)).__typename).toBe('ForbiddenActionError');
    expect((await add(enrolment, c.elective, await s.teacher())).__typename).toBe('NotFoundError');
  });
});

describe('statements of the study page', () => {
  const QUERY = `query($id: ID!) { node(id: $id) { ... on Enrolment { coursesOpen
    studySummary { requiredMinutes electiveMinutes listCourses listRequiredSeconds byModule { module creditedMinutes } }
    studyCourses(first: 100) { totalCount open pageInfo { hasNextPage endCursor }
      nodes { source creditedSeconds requiredSeconds creditedMinutes completed
        course { id code title kind media durationSeconds module stage subject requirement competency { code nameZh } } } } } } }`;

  /** A teacher whose list has `n` courses (required, of a selected competency, electives), each partly studied. */
  async function teacherWith(n: number) {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s], rules: { selection: { minCredits: 20, schoolPlanGateRate: 0.5 } } });
    await uploadPlan(t.db.prisma, p, s);
    const enrolment = await p.teacher(s);
    await p.select(enrolment, ['A1']);
    for (let i = 0; i < n; i += 1) {
      const kind = i % 3;
      const c = await course(t.db.prisma, p, {
        position: i,
        module: `M${i % 4}`,
        requirement: kind === 2 ? 'ELECTIVE' : 'REQUIRED',
        competencyId: kind === 1 ? catalogue.competency('A1').id : null,
      });
      if (kind === 2) await elective(t.db.prisma, enrolment, c);
      await progress(t.db.prisma, enrolment, c, 60);
    }
    return enrolment;
  }

  it('are the same for 1, 10 and 50 courses', async () => {
    const counts: number[] = [];
    for (const n of [1, 10, 50]) {
      const enrolment = await teacherWith(n);
      const { count, data } = await t.statementsFor(QUERY, { id: enrolment.gid }, { as: enrolment.teacher });
      expect((data as AdHoc).node.studyCourses.nodes).toHaveLength(n);
      expect((data as AdHoc).node.studySummary.listCourses).toBe(n);
      counts.push(count);
    }
    console.log(`[statements] study page: ${counts.join(', ')} for 1, 10 and 50 courses`);
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
    // The viewer, the enrolment, the plan, the page, its courses (with competencies), the list totals, credit by module.
    expect(counts[0]).toBeLessThanOrEqual(8);
  });
});
