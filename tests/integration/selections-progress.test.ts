import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ProgrammeSelectionProgressDocument,
  SchoolSelectionProgressDocument,
  SubmitSelectionDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { daysFromNow } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import { XINBEI } from '../kit/rules.js';
import type { CatalogueRef, DistrictWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let catalogue: CatalogueRef;
let d: DistrictWorld;
let districtAdmin: UserRef;

beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
  d = await t.world.district({ name: 'Xinbei' });
  districtAdmin = d.admin;
});
afterAll(() => t.close());

describe('Xinbei: the 90% plan gate in schoolSelectionProgress', () => {
  it('is not reached at 8 of 10 selected (a returned selection does not count), then reached at 9', async () => {
    const s = await d.school();
    const p = await d.programme({ rules: { selection: { ...XINBEI, requireSchoolReview: true } }, schools: [s] });
    const teachers = [];
    for (let i = 0; i < 10; i += 1) teachers.push(await p.teacher(s, { selectionDueAt: daysFromNow(5) }));
    for (const e of teachers.slice(0, 7)) await p.select(e, ['A1', 'B2', 'C3'], 'APPROVED');
    await p.select(teachers[7]!, ['A1', 'B2', 'C3'], 'SUBMITTED');
    await p.select(teachers[8]!, ['A1'], 'RETURNED');

    const vars = { programmeId: p.gid, schoolId: s.school.gid };
    const before = (await t.data(SchoolSelectionProgressDocument, vars, { as: s.admin })).schoolSelectionProgress;
    expect(before).toEqual({
      school: { id: s.school.gid, kind: 'SCHOOL', code: s.school.code, name: s.school.name },
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
    const resubmitted = await t.mutate(
      SubmitSelectionDocument,
      { enrolmentId: teachers[8]!.gid, competencyIds: catalogue.ids('A1', 'B2', 'C3') },
      { as: teachers[8]!.teacher },
    );
    expect(ofType(resubmitted, 'SubmitSelectionPayload').selection.status).toBe('SUBMITTED');
    const after = (await t.data(SchoolSelectionProgressDocument, vars, { as: districtAdmin })).schoolSelectionProgress;
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
    const s = await d.school();
    const p = await d.programme({ rules: { selection: { minPoints: 3 } }, schools: [s] });
    await p.teacher(s);
    const progress = (
      await t.data(
        SchoolSelectionProgressDocument,
        { programmeId: p.gid, schoolId: s.school.gid },
        { as: districtAdmin },
      )
    ).schoolSelectionProgress;
    expect(progress).toMatchObject({ enrolled: 1, selected: 0, rate: 0, gateRate: null, gateReached: true });
    const outside = await d.school();
    expect(
      (
        await t.data(
          SchoolSelectionProgressDocument,
          { programmeId: p.gid, schoolId: outside.school.gid },
          { as: districtAdmin },
        )
      ).schoolSelectionProgress,
    ).toBeNull();
  });
});

describe('programmeSelectionProgress', () => {
  it('lists every school of the programme by name with its numbers, paged', async () => {
    const p = await d.programme({ rules: { selection: XINBEI } });
    const schools = [];
    for (const name of ['C school', 'A school', 'B school']) {
      const s = await d.school({ name: `${name} ${p.id}` });
      await p.enrolSchool(s);
      schools.push(s);
    }
    const e = await p.teacher(schools[1]!);
    await p.teacher(schools[1]!);
    await p.select(e, ['A1', 'B2', 'C3'], 'APPROVED');

    const progress = async (after?: string | null) =>
      (
        await t.data(
          ProgrammeSelectionProgressDocument,
          { programmeId: p.gid, first: 2, ...(after ? { after } : {}) },
          { as: districtAdmin },
        )
      ).programmeSelectionProgress!;
    const page1 = await progress();
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.nodes.map((n) => n.school.name.split(' ')[0])).toEqual(['A', 'B']);
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
    const page2 = await progress(page1.pageInfo.endCursor);
    expect(page2.nodes.map((n) => n.school.name.split(' ')[0])).toEqual(['C']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });
});

// The queries the counts were measured with (the review pages' own fields), kept as they were.
const ROSTER = `query($classId: ID!, $first: Int, $after: String, $status: RosterStatusFilter) {
  classRoster(classId: $classId, first: $first, after: $after, status: $status) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id teacher { login displayName } selection { status totalCredits pointCount onBehalf submittedByName
      competencies { code credits } history { action comment actorName at } violations { code } } } } }`;

const PROGRAMME_PROGRESS = `query($programmeId: ID!, $first: Int, $after: String) { programmeSelectionProgress(programmeId: $programmeId, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { school { id name } enrolled selected submitted approved returned notSelected rate gateRate gateReached planUploaded } } }`;

describe('SQL statements do not grow with the page size', () => {
  /** A class of `n` enrolled teachers, each with an approved, reviewed selection and a school range. */
  async function classOf(n: number) {
    const s = await d.school();
    const p = await d.programme({ rules: { selection: { ...XINBEI, requireSchoolReview: true } }, schools: [s] });
    await p.range(s, ['A1', 'B2', 'C3', 'C4']);
    for (let i = 0; i < n; i += 1) {
      const e = await p.teacher(s);
      await p.select(e, ['A1', 'B2', 'C3'], i % 2 ? 'APPROVED' : 'SUBMITTED');
    }
    return { classId: s.class.gid, admin: s.admin };
  }

  it('classRoster: the same for 1 and 20 teachers', async () => {
    const small = await classOf(1);
    const large = await classOf(20);
    const one = await t.statementsFor(ROSTER, { classId: small.classId, first: 20 }, { as: small.admin });
    const twenty = await t.statementsFor(ROSTER, { classId: large.classId, first: 20 }, { as: large.admin });
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
    const p = await d.programme({ rules: { selection: XINBEI } });
    for (let i = 0; i < n; i += 1) {
      const s = await d.school();
      await p.enrolSchool(s);
      const e = await p.teacher(s);
      await p.teacher(s);
      await p.select(e, ['A1', 'B2', 'C3'], 'APPROVED');
    }
    return p.gid;
  }

  it('programmeSelectionProgress: the same for 1 and 20 schools', async () => {
    const small = await programmeOf(1);
    const large = await programmeOf(20);
    const one = await t.statementsFor(PROGRAMME_PROGRESS, { programmeId: small, first: 20 }, { as: districtAdmin });
    const twenty = await t.statementsFor(PROGRAMME_PROGRESS, { programmeId: large, first: 20 }, { as: districtAdmin });
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
