import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { catalogueData, district, programme, schoolGid, seedCatalogues } from './school-ranges.fixtures.js';

let t: TestApp;
let catalogue: Awaited<ReturnType<typeof catalogueData>>;
beforeAll(async () => {
  t = await createTestApp();
  await seedCatalogues(t);
  catalogue = await catalogueData(t);
});
afterAll(() => t?.close());

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

async function setup(options: Parameters<typeof programme>[4] = {}) {
  const d = await district(t);
  const p = await programme(t, catalogue.catalogueId, d.district, [d.school, d.otherSchool], options);
  return {
    ...d,
    p,
    input: (codes: string[], school = d.school) => ({
      programmeId: p.gid,
      schoolId: schoolGid(school),
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
    const res = await t.gql(SET_RANGE, { input: s.input(TIANCHANG_RANGE) }, s.schoolAdmin);
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
        actorName: s.schoolAdmin.login,
      },
    ]);

    const again = await t.gql(SET_RANGE, { input: s.input(['B1', 'A1', 'A1']) }, s.schoolAdmin);
    expect(again.data!.setSchoolRange.schoolRange.competencies).toEqual([{ code: 'A1' }, { code: 'B1' }]);
    expect(again.data!.setSchoolRange.schoolRange.history.map((h: { comment: string }) => h.comment)).toEqual([
      '10 competencies: A1, A2, A3, A5, A6, A7, B1, B3, B6, C5',
      '2 competencies: A1, B1',
    ]);
    const rows = await rangeRows(s.p.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.items).toHaveLength(2);
    expect(rows[0]!.updatedById).toBe(s.schoolAdmin.id);
  });

  it('refuses other roles: teachers and district admins may not (FORBIDDEN_ACTION), other schools’ admins do not see the school (NOT_FOUND)', async () => {
    const s = await setup();
    for (const [who, code] of [
      [s.teacher, 'FORBIDDEN_ACTION'],
      [s.districtAdmin, 'FORBIDDEN_ACTION'],
      [s.otherSchoolAdmin, 'NOT_FOUND'],
    ] as const) {
      const res = await t.gql(SET_RANGE, { input: s.input(['A1']) }, who);
      expect(res.data!.setSchoolRange).toMatchObject({ code });
    }
    const anonymous = await t.gql(SET_RANGE, { input: s.input(['A1']) }, null);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]?.message).toMatch(/Not authorized/);
    expect(await rangeRows(s.p.id)).toEqual([]);
  });

  it('reports competencies outside the programme’s catalogue with the IDs given, and changes nothing', async () => {
    const s = await setup();
    await t.gql(SET_RANGE, { input: s.input(['A1', 'A2']) }, s.schoolAdmin);
    const before = await rangeRows(s.p.id);
    const bad = [
      catalogue.otherCatalogueId,
      'not-an-id',
      schoolGid(s.school),
      encodeGlobalID('Competency', 'no-such-competency'),
    ];
    const res = await t.gql(
      SET_RANGE,
      { input: { ...s.input(['A3']), competencyIds: [...catalogue.ids('A3'), ...bad] } },
      s.schoolAdmin,
    );
    expect(res.data!.setSchoolRange).toMatchObject({
      __typename: 'UnknownCompetenciesError',
      code: 'UNKNOWN_COMPETENCY',
      competencyIds: bad,
    });
    expect(await rangeRows(s.p.id)).toEqual(before);
  });

  it('needs 1 to 100 competencies (ValidationError)', async () => {
    const s = await setup();
    const none = await t.gql(SET_RANGE, { input: s.input([]) }, s.schoolAdmin);
    expect(none.data!.setSchoolRange).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ message: 'competencyIds must name at least one competency', path: ['input', 'competencyIds'] }],
    });
    const many = await t.gql(
      SET_RANGE,
      { input: { ...s.input([]), competencyIds: Array.from({ length: 101 }, () => catalogue.ids('A1')[0]) } },
      s.schoolAdmin,
    );
    expect(many.data!.setSchoolRange).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ message: 'competencyIds must name at most 100 competencies' }],
    });
    expect(await rangeRows(s.p.id)).toEqual([]);
  });

  it('needs the school in one of the programme’s batches (NOT_FOUND) and a programme that is not CLOSED (INVALID_STATE)', async () => {
    const s = await setup();
    const elsewhere = await programme(t, catalogue.catalogueId, s.district, [s.otherSchool]);
    const notEnrolled = await t.gql(
      SET_RANGE,
      { input: { ...s.input(['A1']), programmeId: elsewhere.gid } },
      s.schoolAdmin,
    );
    expect(notEnrolled.data!.setSchoolRange).toMatchObject({ code: 'NOT_FOUND', message: 'Programme was not found.' });

    const closed = await setup({ status: 'CLOSED' });
    const res = await t.gql(SET_RANGE, { input: closed.input(['A1']) }, closed.schoolAdmin);
    expect(res.data!.setSchoolRange).toMatchObject({ code: 'INVALID_STATE' });
    expect(await rangeRows(closed.p.id)).toEqual([]);
  });

  it('refuses an ID of the wrong type for the school or the programme', async () => {
    const s = await setup();
    const res = await t.gql(
      SET_RANGE,
      { input: { ...s.input(['A1']), programmeId: schoolGid(s.school) } },
      s.schoolAdmin,
    );
    expect(res.errors?.[0]?.message).toMatch(/Programme/);
    expect(await rangeRows(s.p.id)).toEqual([]);
  });
});

describe('schoolRange', () => {
  it('is visible to whoever can see the school (its teachers select within it), null to others and when none is set', async () => {
    const s = await setup();
    const vars = { programmeId: s.p.gid, schoolId: schoolGid(s.school) };
    expect((await t.gql(RANGE, vars, s.teacher)).data!.schoolRange).toBeNull();
    await t.gql(SET_RANGE, { input: s.input(TIANCHANG_RANGE) }, s.schoolAdmin);

    const other = await district(t);
    for (const viewer of [s.teacher, s.schoolAdmin, s.districtAdmin]) {
      const res = await t.gql(RANGE, vars, viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolRange.competencyCount).toBe(10);
      expect(res.data!.schoolRange.competencies[0]).toMatchObject({
        code: 'A1',
        credits: 4,
        dimension: { code: 'LEARNING_ANALYSIS' },
      });
      expect(res.data!.schoolRange.history).toHaveLength(1);
    }
    for (const viewer of [s.otherTeacher, s.otherSchoolAdmin, other.districtAdmin, other.teacher, null]) {
      const res = await t.gql(RANGE, vars, viewer);
      expect(res.errors).toBeUndefined();
      expect(res.data!.schoolRange).toBeNull();
    }
  });

  it('loads its competencies in a fixed number of SQL statements, whatever their number', async () => {
    const s = await setup();
    const count = async (codes: string[], school: typeof s.school) => {
      await t.gql(
        SET_RANGE,
        { input: s.input(codes, school) },
        school === s.school ? s.schoolAdmin : s.otherSchoolAdmin,
      );
      const admin = school === s.school ? s.schoolAdmin : s.otherSchoolAdmin;
      await t.tokenFor(admin);
      t.db.statements.reset();
      const res = await t.gql(RANGE, { programmeId: s.p.gid, schoolId: schoolGid(school) }, admin);
      expect(res.data!.schoolRange.competencies).toHaveLength(codes.length);
      return t.db.statements.count;
    };
    const two = await count(['A1', 'B2'], s.school);
    const thirty = await count(catalogue.codes.slice(0, 30), s.otherSchool);
    expect(thirty).toBe(two);
  });
});
