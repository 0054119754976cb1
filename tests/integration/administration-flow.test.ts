/**
 * A district that adopts Tisheng, end to end through the SDK: the district admin builds a school with a class and a
 * group, creates its admin, and imports a tutor, a group leader and ten teachers; the school runs the selection flow
 * there (range, enrolment by roster, a teacher's selection, the school's approval). A second district built the same
 * way is invisible to the first in every query, and its province admin sees both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApproveSelectionDocument,
  ClassRosterDocument,
  CreateClassDocument,
  CreateGroupDocument,
  CreateSchoolDocument,
  CreateUserDocument,
  DistrictSchoolsDocument,
  ImportEnrolmentsDocument,
  ImportPeopleDocument,
  MyEnrolmentsDocument,
  OrganisationDocument,
  OrganisationsDocument,
  PersonDocument,
  ProgrammeDocument,
  ProgrammeEnrolmentsDocument,
  ProvinceOverviewDocument,
  SchoolPeopleDocument,
  SetSchoolRangeDocument,
  SubmitSelectionDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { gid, unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import type { CatalogueRef, DistrictWorld, OrgRef, ProgrammeWorld } from '../kit/world.js';

let t: TestApp;
let national: CatalogueRef;
beforeAll(async () => {
  t = await testApp();
  national = await t.world.catalogue();
});
afterAll(() => t.close());

const TIANCHANG = { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true };
const RANGE = ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'];

const csv = (rows: string[][]) => ({
  bytes: `\uFEFF${rows.map((row) => row.join(',')).join('\n')}\n`,
  filename: 'people.csv',
  contentType: 'text/csv',
});

/** What a district built through the API holds. */
interface Built {
  d: DistrictWorld;
  school: OrgRef;
  klass: OrgRef;
  group: OrgRef;
  admin: { login: string };
  tutor: { login: string };
  leader: { login: string };
  teachers: Array<{ login: string }>;
  programme: ProgrammeWorld;
  /** The first teacher's enrolment and selection, approved. */
  enrolmentId: string;
  teacherId: string;
}

async function orgRef(id: string): Promise<OrgRef> {
  const row = await t.db.prisma.organisation.findUniqueOrThrow({
    where: { id },
    select: { id: true, path: true, code: true, name: true, kind: true },
  });
  return { ...row, gid: gid('Organisation', row.id) };
}

const idOf = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

/** Builds a district's school, people and a running programme through the API, as its admins would. */
async function buildDistrict(d: DistrictWorld): Promise<Built> {
  const as = { as: d.admin };
  const created = ofType(
    await t.mutate(
      CreateSchoolDocument,
      { districtId: d.district.gid, name: `实验小学 ${unique()}`, stages: ['PRIMARY'], fullTimeTeachers: 60 },
      as,
    ),
    'CreateSchoolPayload',
  );
  const school = await orgRef(idOf(created.school.id));
  const klass = ofType(
    await t.mutate(CreateClassDocument, { schoolId: school.gid, name: '提升工程2.0 班', code: `c-${unique()}` }, as),
    'CreateClassPayload',
  ).class;
  const group = ofType(
    await t.mutate(CreateGroupDocument, { schoolId: school.gid, name: '数学教研组', code: `g-${unique()}` }, as),
    'CreateGroupPayload',
  ).group;

  const admin = { login: `admin.${unique()}` };
  ofType(
    await t.mutate(
      CreateUserDocument,
      {
        organisationId: school.gid,
        login: admin.login,
        displayName: '校管理员',
        roles: [{ role: 'SCHOOL_ADMIN', organisationId: school.gid }],
      },
      as,
    ),
    'CreateUserPayload',
  );

  // A tutor, a group leader and ten teachers, by import (as the district admin).
  const prefix = `p${unique()}`;
  const people = [
    [`${prefix}.tutor`, '辅导者', `TEACHER;CLASS_TUTOR@${klass.code}`, klass.code, ''],
    [`${prefix}.leader`, '组长', `TEACHER;GROUP_LEADER@${group.code}`, '', group.code],
    ...Array.from({ length: 10 }, (_, i) => [`${prefix}.t${i}`, `教师${i}`, 'TEACHER', klass.code, group.code]),
  ];
  const imported = await t.upload(
    ImportPeopleDocument,
    { input: { organisationId: school.gid, file: null } },
    { 'input.file': csv([['login', 'name', 'roles', 'class', 'group'], ...people]) },
    as,
  );
  expect(imported.errors).toBeUndefined();
  expect(imported.data?.importPeople).toMatchObject({ __typename: 'ImportPeoplePayload', created: 12, errors: 0 });

  // The district runs a programme with the school; the school admin frames the range and enrols the teachers.
  const programme = await d.programme({ status: 'RUNNING', rules: { selection: TIANCHANG }, schools: [school] });
  const schoolAdmin = { as: admin };
  ofType(
    await t.mutate(
      SetSchoolRangeDocument,
      { programmeId: programme.gid, schoolId: school.gid, competencyIds: national.ids(...RANGE) },
      schoolAdmin,
    ),
    'SetSchoolRangePayload',
  );
  const teachers = people.slice(2).map(([login]) => ({ login: login! }));
  const roster = await t.upload(
    ImportEnrolmentsDocument,
    { input: { batchId: programme.batch.gid, schoolId: school.gid, file: null } },
    {
      'input.file': {
        ...csv([['login', 'name', 'class'], ...people.slice(2).map(([login, name]) => [login!, name!, klass.code])]),
        filename: 'roster.csv',
      },
    },
    schoolAdmin,
  );
  expect(roster.errors).toBeUndefined();
  expect(roster.data?.importEnrolments).toMatchObject({ __typename: 'ImportEnrolmentsPayload', created: 10 });

  // The first teacher selects; the school approves.
  const teacher = teachers[0]!;
  const mine = await t.data(MyEnrolmentsDocument, { first: 10 }, { as: teacher });
  const enrolmentId = mine.enrolments.nodes[0]!.id;
  const submitted = ofType(
    await t.mutate(
      SubmitSelectionDocument,
      { enrolmentId, competencyIds: national.ids('A7', 'B3', 'B1', 'B6') },
      { as: teacher },
    ),
    'SubmitSelectionPayload',
  );
  expect(submitted.selection).toMatchObject({ status: 'SUBMITTED', totalCredits: 21 });
  const approved = ofType(
    await t.mutate(ApproveSelectionDocument, { selectionId: submitted.selection.id }, schoolAdmin),
    'ApproveSelectionPayload',
  );
  expect(approved.selection.status).toBe('APPROVED');
  const teacherId = gid('User', (await t.db.prisma.user.findUniqueOrThrow({ where: { login: teacher.login } })).id);

  return {
    d,
    school,
    klass: await orgRef(idOf(klass.id)),
    group: await orgRef(idOf(group.id)),
    admin,
    tutor: { login: people[0]![0]! },
    leader: { login: people[1]![0]! },
    teachers,
    programme,
    enrolmentId,
    teacherId,
  };
}

let A: Built;
let B: Built;

describe('a district builds its school and people through the API', () => {
  beforeAll(async () => {
    const first = await t.world.district();
    A = await buildDistrict(first);
    B = await buildDistrict(await t.world.district({ in: first }));
  }, 120_000);

  it('the tutor sees the class roster with the approved selection; the leader leads the group', async () => {
    const roster = await t.data(
      ClassRosterDocument,
      { classId: A.klass.gid, programmeId: A.programme.gid, first: 50 },
      { as: A.tutor },
    );
    expect(roster.classRoster?.totalCount).toBe(10);
    const statuses = roster.classRoster?.nodes.map((n) => n.selection?.status ?? null);
    expect(statuses?.filter((s) => s === 'APPROVED')).toHaveLength(1);
    const people = await t.data(
      SchoolPeopleDocument,
      { organisationId: A.school.gid, role: 'GROUP_LEADER', first: 10 },
      { as: A.admin },
    );
    expect(people.people?.nodes.map((p) => p.login)).toEqual([A.leader.login]);
  });

  it('the district schools page shows the school with its stages, teacher count and totals', async () => {
    const page = await t.data(DistrictSchoolsDocument, { districtId: A.d.district.gid, first: 20 }, { as: A.d.admin });
    expect(page.organisation?.schools.nodes).toEqual([
      expect.objectContaining({ id: A.school.gid, stages: ['PRIMARY'], fullTimeTeachers: 60, teacherCount: 12 }),
    ]);
  });

  it('the province admin sees both districts', async () => {
    const overview = await t.data(ProvinceOverviewDocument, { first: 20 }, { as: A.d.provinceAdmin });
    expect(overview.districts.nodes.map((n) => n.id).sort()).toEqual([A.d.district.gid, B.d.district.gid].sort());
  });

  it('each district is invisible to the other in every query', async () => {
    for (const [mine, theirs] of [
      [A, B],
      [B, A],
    ] as const) {
      for (const viewer of [mine.d.admin, mine.admin, mine.tutor, mine.teachers[0]!]) {
        const as = { as: viewer };
        expect((await t.data(OrganisationDocument, { id: theirs.school.gid }, as)).organisation).toBeNull();
        expect((await t.data(OrganisationDocument, { id: theirs.d.district.gid }, as)).organisation).toBeNull();
        const lists = await t.data(OrganisationsDocument, { first: 100 }, as);
        expect(JSON.stringify(lists)).not.toContain(theirs.school.gid);
        expect(JSON.stringify(lists)).not.toContain(theirs.d.district.gid);
        expect(
          (await t.data(DistrictSchoolsDocument, { districtId: theirs.d.district.gid, first: 20 }, as)).organisation,
        ).toBeNull();
        expect(
          (await t.data(SchoolPeopleDocument, { organisationId: theirs.school.gid, first: 20 }, as)).people,
        ).toBeNull();
        expect((await t.data(PersonDocument, { id: theirs.teacherId }, as)).node).toBeNull();
        expect((await t.data(ProgrammeDocument, { id: theirs.programme.gid }, as)).programme).toBeNull();
        expect(
          (
            await t.data(
              ClassRosterDocument,
              { classId: theirs.klass.gid, programmeId: theirs.programme.gid, first: 50 },
              as,
            )
          ).classRoster,
        ).toBeNull();
        const enrolments = await t.data(
          ProgrammeEnrolmentsDocument,
          { programmeId: theirs.programme.gid, schoolId: theirs.school.gid, first: 50 },
          as,
        );
        expect(JSON.stringify(enrolments)).not.toContain(theirs.enrolmentId);
      }
    }
  });
});
