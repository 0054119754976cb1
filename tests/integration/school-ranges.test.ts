import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchoolRangeDocument, SetSchoolRangeDocument } from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';
import type { CatalogueRef, OrgRef, ProgrammeOptions } from '../kit/world.js';

let t: TestApp;
let catalogue: CatalogueRef;
/** A competency of another catalogue (the principals' standard). */
let otherCatalogueId: string;
beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
  const principal = await t.world.principalStandard();
  otherCatalogueId = principal.competency(principal.codes[0]!).gid;
});
afterAll(() => t?.close());

// The SDK's SetSchoolRange selects no programme: the first test reads the programme's code through this one.
const SET_RANGE = `mutation($input: SetSchoolRangeInput!) {
  setSchoolRange(input: $input) {
    __typename
    ... on Error { code message }
    ... on UnknownCompetenciesError { competencyIds }
    ... on ValidationError { issues { message path } }
    ... on SetSchoolRangePayload { schoolRange { competencyCount competencies { code } school { name } programme { code } history { action comment actorName } } }
  }
}`;

const RANGE = `query($programmeId: ID!, $schoolId: ID!) {
  schoolRange(programmeId: $programmeId, schoolId: $schoolId) { updatedAt competencyCount competencies { code credits dimension { code } } history { action comment actorName } }
}`;

/** Tianchang's example range (学校框定能力点范围示例), deliberately out of catalogue order. */
const TIANCHANG_RANGE = ['B6', 'A1', 'C5', 'A2', 'A3', 'B1', 'A5', 'A6', 'A7', 'B3'];

/** Two schools of a district in a programme's batch, a teacher at each; `input` sets the first school's range. */
async function setup(options: ProgrammeOptions = {}) {
  const d = await t.world.district();
  const [one, two] = [await d.school(), await d.school()];
  const p = await d.programme({ schools: [one, two], ...options });
  return {
    d,
    one,
    two,
    p,
    teacher: await one.teacher(),
    otherTeacher: await two.teacher({ class: null }),
    input: (codes: string[], school: OrgRef = one.school) => ({
      programmeId: p.gid,
      schoolId: school.gid,
      competencyIds: catalogue.ids(...codes),
    }),
  };
}

const rangeRows = (programmeId: string) =>
  t.db.prisma.schoolRange.findMany({
    where: { programmeId },
    include: { items: { orderBy: { competencyId: 'asc' } } },
  });

describe('setSchoolRange', () => {
  it('lets the school admin set the range; it is kept in catalogue order with its history', async () => {
    const s = await setup();
    const res = await t.gql(SET_RANGE, { input: s.input(TIANCHANG_RANGE) }, { as: s.one.admin });
    expect(res.errors).toBeUndefined();
    const range = res.data!.setSchoolRange.schoolRange;
    expect(range.competencies.map((c: { code: string }) => c.code)).toEqual([
      'A1',
      'A2',
      'A3',
      'A5',
      'A6',
      'A7',
      'B1',
      'B3',
      'B6',
      'C5',
    ]);
    expect(range.competencyCount).toBe(10);
    expect(range.programme.code).toMatch(/^prog-/);
    expect(range.history).toEqual([
      {
        action: 'SET_RANGE',
        comment: '10 competencies: A1, A2, A3, A5, A6, A7, B1, B3, B6, C5',
        actorName: s.one.admin.login,
      },
    ]);

    const again = await t.gql(SET_RANGE, { input: s.input(['B1', 'A1', 'A1']) }, { as: s.one.admin });
    expect(again.data!.setSchoolRange.schoolRange.competencies).toEqual([{ code: 'A1' }, { code: 'B1' }]);
    expect(again.data!.setSchoolRange.schoolRange.history.map((h: { comment: string }) => h.comment)).toEqual([
      '10 competencies: A1, A2, A3, A5, A6, A7, B1, B3, B6, C5',
      '2 competencies: A1, B1',
    ]);
    const rows = await rangeRows(s.p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.items).toHaveLength(2);
    expect(rows[0]!.updatedById).toBe(s.one.admin.id);
  });

  it('refuses other roles: teachers and district admins may not (FORBIDDEN_ACTION), other schools’ admins do not see the school (NOT_FOUND)', async () => {
    const s = await setup();
    for (const [who, code] of [
      [s.teacher, 'FORBIDDEN_ACTION'],
      [s.d.admin, 'FORBIDDEN_ACTION'],
      [s.two.admin, 'NOT_FOUND'],
    ] as const) {
      expect(await t.mutate(SetSchoolRangeDocument, s.input(['A1']), { as: who })).toMatchObject({ code });
    }
    const anonymous = await t.request(SetSchoolRangeDocument, { input: s.input(['A1']) }, { as: null });
    expect(anonymous.data?.setSchoolRange).toMatchObject({ code: 'NOT_FOUND', message: 'School was not found.' });
    expect(await rangeRows(s.p.id)).toEqual([]);
  });

  it('reports competencies outside the programme’s catalogue with the IDs given, and changes nothing', async () => {
    const s = await setup();
    await t.mutate(SetSchoolRangeDocument, s.input(['A1', 'A2']), { as: s.one.admin });
    const before = await rangeRows(s.p.id);
    const bad = [otherCatalogueId, 'not-an-id', s.one.school.gid, gid('Competency', 'no-such-competency')];
    const res = await t.mutate(
      SetSchoolRangeDocument,
      { ...s.input(['A3']), competencyIds: [...catalogue.ids('A3'), ...bad] },
      { as: s.one.admin },
    );
    expect(res).toMatchObject({
      __typename: 'UnknownCompetenciesError',
      code: 'UNKNOWN_COMPETENCY',
      competencyIds: bad,
    });
    expect(await rangeRows(s.p.id)).toEqual(before);
  });

  it('needs 1 to 100 competencies (ValidationError)', async () => {
    const s = await setup();
    const none = await t.mutate(SetSchoolRangeDocument, s.input([]), { as: s.one.admin });
    expect(none).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ message: 'competencyIds must list at least 1 item', path: ['input', 'competencyIds'] }],
    });
    const many = await t.mutate(
      SetSchoolRangeDocument,
      { ...s.input([]), competencyIds: Array.from({ length: 101 }, () => catalogue.ids('A1')[0]!) },
      { as: s.one.admin },
    );
    expect(many).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ message: 'competencyIds may list at most 100 items' }],
    });
    expect(await rangeRows(s.p.id)).toEqual([]);
  });

  it('needs the school in one of the programme’s batches (NOT_FOUND) and a programme that is not CLOSED (INVALID_STATE)', async () => {
    const s = await setup();
    const elsewhere = await s.d.programme({ schools: [s.two] });
    const notEnrolled = await t.mutate(
      SetSchoolRangeDocument,
      { ...s.input(['A1']), programmeId: elsewhere.gid },
      { as: s.one.admin },
    );
    expect(notEnrolled).toMatchObject({ code: 'NOT_FOUND', message: 'Programme was not found.' });

    const closed = await setup({ status: 'CLOSED' });
    const res = await t.mutate(SetSchoolRangeDocument, closed.input(['A1']), { as: closed.one.admin });
    expect(res).toMatchObject({ code: 'INVALID_STATE' });
    expect(await rangeRows(closed.p.id)).toEqual([]);
  });

  it('refuses an ID of the wrong type for the school or the programme', async () => {
    const s = await setup();
    const res = await t.request(
      SetSchoolRangeDocument,
      { input: { ...s.input(['A1']), programmeId: s.one.school.gid } },
      { as: s.one.admin },
    );
    expect(res.errors?.[0]?.message).toMatch(/Programme/);
    expect(await rangeRows(s.p.id)).toEqual([]);
  });
});

describe('schoolRange', () => {
  it('is visible to whoever can see the school (its teachers select within it), null to others and when none is set', async () => {
    const s = await setup();
    const vars = { programmeId: s.p.gid, schoolId: s.one.school.gid };
    expect((await t.data(SchoolRangeDocument, vars, { as: s.teacher })).schoolRange).toBeNull();
    await t.mutate(SetSchoolRangeDocument, s.input(TIANCHANG_RANGE), { as: s.one.admin });

    const other = await t.world.district();
    const otherTeacher = await other.school().teacher();
    for (const viewer of [s.teacher, s.one.admin, s.d.admin]) {
      const res = await t.request(SchoolRangeDocument, vars, { as: viewer });
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolRange!.competencyCount).toBe(10);
      expect(res.data!.schoolRange!.competencies[0]).toMatchObject({
        code: 'A1',
        credits: 4,
        dimension: { code: 'LEARNING_ANALYSIS' },
      });
      expect(res.data!.schoolRange!.history).toHaveLength(1);
    }
    for (const viewer of [s.otherTeacher, s.two.admin, other.admin, otherTeacher, null]) {
      const res = await t.request(SchoolRangeDocument, vars, { as: viewer });
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolRange).toBeNull();
    }
  });

  it('loads its competencies in a fixed number of SQL statements, whatever their number', async () => {
    const s = await setup();
    const count = async (codes: string[], school: OrgRef) => {
      const admin = school === s.one.school ? s.one.admin : s.two.admin;
      await t.mutate(SetSchoolRangeDocument, s.input(codes, school), { as: admin });
      const { result: res, statements } = await t.measure(() =>
        t.gql(RANGE, { programmeId: s.p.gid, schoolId: school.gid }, { as: admin }),
      );
      expect(res.data!.schoolRange.competencies).toHaveLength(codes.length);
      return statements;
    };
    const two = await count(['A1', 'B2'], s.one.school);
    const thirty = await count(catalogue.codes.slice(0, 30), s.two.school);
    expect(thirty).toBe(two);
  });
});
