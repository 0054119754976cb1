import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { OrgRef, UserRef } from '../helpers/factories.js';
import { mutate, PROGRAMME_PROGRESS, ROSTER, SCHOOL_PROGRESS, SUBMIT } from './selections.documents.js';
import { daysFromNow, gid, type SelectionData, selectionData, XINBEI } from './selections.fixtures.js';

let t: TestApp;
let d: SelectionData;
let district: OrgRef;
let districtAdmin: UserRef;

beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
  d = await selectionData(t);
  ({ district } = await t.seed.district('Xinbei'));
  districtAdmin = await t.seed.user(district, [['DISTRICT_ADMIN', district]]);
});
afterAll(() => t.close());

describe('Xinbei: the 90% plan gate in schoolSelectionProgress', () => {
  it('is not reached at 8 of 10 selected (a returned selection does not count), then reached at 9', async () => {
    const p = await d.programme(district, { ...XINBEI, requireSchoolReview: true });
    const s = await t.seed.school(district);
    await d.enrolSchool(p, s.school);
    const admin = await t.seed.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    const teachers = [];
    for (let i = 0; i < 10; i += 1) teachers.push(await d.teacher(p, s.school, s.class, daysFromNow(5)));
    for (const e of teachers.slice(0, 7)) await d.storedSelection(e, 'APPROVED', ['A1', 'B2', 'C3'], s.school.path);
    await d.storedSelection(teachers[7]!, 'SUBMITTED', ['A1', 'B2', 'C3'], s.school.path);
    await d.storedSelection(teachers[8]!, 'RETURNED', ['A1'], s.school.path);

    const vars = { programmeId: p.gid, schoolId: gid.organisation(s.school.id) };
    const before = (await t.gql(SCHOOL_PROGRESS, vars, admin)).data!.schoolSelectionProgress;
    expect(before).toEqual({
      school: { id: gid.organisation(s.school.id), name: s.school.name },
      enrolled: 10,
      selected: 8,
      submitted: 1,
      approved: 7,
      returned: 1,
      notSelected: 1,
      rate: 0.8,
      gateRate: 0.9,
      gateReached: false,
      planUploaded: false,
    });

    // The teacher whose selection was returned resubmits: 9 of 10.
    const resubmitted = await mutate(
      t,
      SUBMIT,
      { enrolmentId: teachers[8]!.gid, competencyIds: d.ids('A1', 'B2', 'C3') },
      teachers[8]!.teacher,
    );
    expect(resubmitted.selection.status).toBe('SUBMITTED');
    const after = (await t.gql(SCHOOL_PROGRESS, vars, districtAdmin)).data!.schoolSelectionProgress;
    expect(after).toMatchObject({
      enrolled: 10,
      selected: 9,
      submitted: 2,
      returned: 0,
      notSelected: 1,
      rate: 0.9,
      gateRate: 0.9,
      gateReached: true,
    });
  });

  it('has no gate where the programme sets none, and is null for a school not in the programme', async () => {
    const p = await d.programme(district, { minPoints: 3 });
    const s = await t.seed.school(district);
    await d.enrolSchool(p, s.school);
    await d.teacher(p, s.school, s.class);
    const progress = (
      await t.gql(SCHOOL_PROGRESS, { programmeId: p.gid, schoolId: gid.organisation(s.school.id) }, districtAdmin)
    ).data!.schoolSelectionProgress;
    expect(progress).toMatchObject({ enrolled: 1, selected: 0, rate: 0, gateRate: null, gateReached: true });
    const outside = await t.seed.school(district);
    expect(
      (
        await t.gql(
          SCHOOL_PROGRESS,
          { programmeId: p.gid, schoolId: gid.organisation(outside.school.id) },
          districtAdmin,
        )
      ).data!.schoolSelectionProgress,
    ).toBeNull();
  });
});

describe('programmeSelectionProgress', () => {
  it('lists every school of the programme by name with its numbers, paged', async () => {
    const p = await d.programme(district, XINBEI);
    const schools = [];
    for (const name of ['C school', 'A school', 'B school']) {
      const s = await t.seed.school(district, `${name} ${p.id}`);
      await d.enrolSchool(p, s.school);
      schools.push(s);
    }
    const e = await d.teacher(p, schools[1]!.school, schools[1]!.class);
    await d.teacher(p, schools[1]!.school, schools[1]!.class);
    await d.storedSelection(e, 'APPROVED', ['A1', 'B2', 'C3'], schools[1]!.school.path);

    const page1 = (await t.gql(PROGRAMME_PROGRESS, { programmeId: p.gid, first: 2 }, districtAdmin)).data!
      .programmeSelectionProgress;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.nodes.map((n: { school: { name: string } }) => n.school.name.split(' ')[0])).toEqual(['A', 'B']);
    expect(page1.nodes[0]).toMatchObject({
      enrolled: 2,
      selected: 1,
      approved: 1,
      notSelected: 1,
      rate: 0.5,
      gateRate: 0.9,
      gateReached: false,
    });
    expect(page1.nodes[1]).toMatchObject({ enrolled: 0, selected: 0, rate: 0, gateReached: false });
    const page2 = (
      await t.gql(PROGRAMME_PROGRESS, { programmeId: p.gid, first: 2, after: page1.pageInfo.endCursor }, districtAdmin)
    ).data!.programmeSelectionProgress;
    expect(page2.nodes.map((n: { school: { name: string } }) => n.school.name.split(' ')[0])).toEqual(['C']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});

describe('SQL statements do not grow with the page size', () => {
  async function statementsFor(query: string, variables: Record<string, unknown>, as: UserRef) {
    await t.tokenFor(as); // sign outside the counted window
    t.db.statements.reset();
    const res = await t.gql(query, variables, as);
    expect(res.errors).toBeUndefined();
    return { count: t.db.statements.count, data: res.data! };
  }

  /** A class of `n` enrolled teachers, each with an approved, reviewed selection and a school range. */
  async function classOf(n: number) {
    const p = await d.programme(district, { ...XINBEI, requireSchoolReview: true });
    const s = await t.seed.school(district);
    await d.enrolSchool(p, s.school);
    await d.range(p, s.school, ['A1', 'B2', 'C3', 'C4']);
    for (let i = 0; i < n; i += 1) {
      const e = await d.teacher(p, s.school, s.class);
      await d.storedSelection(e, i % 2 ? 'APPROVED' : 'SUBMITTED', ['A1', 'B2', 'C3'], s.school.path);
    }
    return { classId: gid.organisation(s.class.id), admin: await t.seed.user(s.school, [['SCHOOL_ADMIN', s.school]]) };
  }

  it('classRoster: the same for 1 and 20 teachers', async () => {
    const small = await classOf(1);
    const large = await classOf(20);
    const one = await statementsFor(ROSTER, { classId: small.classId, first: 20 }, small.admin);
    const twenty = await statementsFor(ROSTER, { classId: large.classId, first: 20 }, large.admin);
    expect(one.data.classRoster.nodes).toHaveLength(1);
    expect(twenty.data.classRoster.nodes).toHaveLength(20);
    expect(twenty.data.classRoster.nodes[0].selection).toMatchObject({
      pointCount: 3,
      competencies: [{ code: 'A1' }, { code: 'B2' }, { code: 'C3' }],
      violations: [],
    });
    expect(twenty.count).toBe(one.count);
  });

  /** A programme with `n` schools, each with two teachers, one of whom has selected. */
  async function programmeOf(n: number) {
    const p = await d.programme(district, XINBEI);
    for (let i = 0; i < n; i += 1) {
      const s = await t.seed.school(district);
      await d.enrolSchool(p, s.school);
      const e = await d.teacher(p, s.school, s.class);
      await d.teacher(p, s.school, s.class);
      await d.storedSelection(e, 'APPROVED', ['A1', 'B2', 'C3'], s.school.path);
    }
    return p.gid;
  }

  it('programmeSelectionProgress: the same for 1 and 20 schools', async () => {
    const small = await programmeOf(1);
    const large = await programmeOf(20);
    const one = await statementsFor(PROGRAMME_PROGRESS, { programmeId: small, first: 20 }, districtAdmin);
    const twenty = await statementsFor(PROGRAMME_PROGRESS, { programmeId: large, first: 20 }, districtAdmin);
    expect(one.data.programmeSelectionProgress.nodes).toHaveLength(1);
    expect(twenty.data.programmeSelectionProgress.nodes).toHaveLength(20);
    expect(
      twenty.data.programmeSelectionProgress.nodes.every(
        (n: { enrolled: number; selected: number; rate: number }) =>
          n.enrolled === 2 && n.selected === 1 && n.rate === 0.5,
      ),
    ).toBe(true);
    expect(twenty.count).toBe(one.count);
  });
});
