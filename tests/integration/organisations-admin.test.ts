/**
 * Administration of the organisation tree through the API: district admins' schools, province admins' cities and
 * districts, moving a school, deactivating classes and groups; refusals look like missing objects and change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDatamodel } from '../../api/db/generated/pothos-types.js';
import { PATH_COLUMNS } from '../../schema/organisations/move-school.js';
import {
  ClassRosterDocument,
  CreateCityDocument,
  CreateDistrictDocument,
  CreateSchoolDocument,
  DeactivateClassDocument,
  DeactivateGroupDocument,
  DeactivateSchoolDocument,
  DistrictSchoolsDocument,
  MoveSchoolDocument,
  ProvinceOverviewDocument,
  ReactivateSchoolDocument,
  UpdateDistrictDocument,
  UpdateSchoolDocument,
} from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { gid, unique } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import type { DistrictWorld, OrgRef, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/** Every organisation row and the counts of everything a mutation might write: equal before and after a refusal. */
async function snapshot() {
  const [organisations, writes, roleChanges] = await Promise.all([
    t.db.prisma.organisation.findMany({ orderBy: { id: 'asc' } }),
    t.rows.writes(),
    t.db.prisma.roleChange.findMany({ orderBy: { id: 'asc' } }),
  ]);
  return { organisations, writes, roleChanges };
}

const NODE = `query($id: ID!) { node(id: $id) { id } }`;
const ORGANISATION = `query($id: ID!) { organisation(id: $id) { id name } }`;
const SCHOOL_CODES = `query($all: Boolean) { organisations(kind: SCHOOL, includeDeactivated: $all, first: 100) { totalCount nodes { code } } }`;

/** createClass (no SDK document has it): its result's type name. */
async function createClass(schoolId: string, name: string, as: UserRef): Promise<{ __typename: string }> {
  const res = await t.gql(
    `mutation($input: CreateClassInput!) { createClass(input: $input) { __typename } }`,
    { input: { schoolId, name } },
    { as },
  );
  expect(res.errors).toBeUndefined();
  return res.data.createClass;
}

async function sees(as: UserRef, id: string): Promise<boolean> {
  const res = await t.gql(NODE, { id }, { as });
  expect(res.errors).toBeUndefined();
  return res.data.node !== null;
}

const schoolInput = (district: OrgRef, extra: Record<string, unknown> = {}) => ({
  districtId: district.gid,
  name: `第${unique()}小学`,
  stages: ['PRIMARY' as const],
  fullTimeTeachers: 60,
  ...extra,
});

describe('a district admin’s schools', () => {
  let d: DistrictWorld;
  beforeAll(async () => {
    d = await t.world.district();
  });

  it('creates, renames, re-codes, deactivates and reactivates a school', async () => {
    const code = `sch-${unique()}`;
    const created = ofType(
      await t.mutate(
        CreateSchoolDocument,
        schoolInput(d.district, {
          name: '  实验学校 ',
          code,
          stages: ['JUNIOR_SECONDARY', 'PRIMARY'],
          fullTimeTeachers: 80,
        }),
        { as: d.admin },
      ),
      'CreateSchoolPayload',
    ).school;
    expect(created).toMatchObject({
      code,
      name: '实验学校',
      stages: ['PRIMARY', 'JUNIOR_SECONDARY'],
      fullTimeTeachers: 80,
      active: true,
      deactivatedAt: null,
      teacherCount: 0,
      parent: { id: d.district.gid },
    });
    const row = await t.db.prisma.organisation.findFirstOrThrow({ where: { code } });
    expect(row).toMatchObject({ kind: 'SCHOOL', parentId: d.district.id, path: `${d.district.path}${row.id}/` });

    const newCode = `sch-${unique()}`;
    const renamed = ofType(
      await t.mutate(UpdateSchoolDocument, { id: created.id, name: '实验中学', code: newCode }, { as: d.admin }),
      'UpdateSchoolPayload',
    ).school;
    expect(renamed).toMatchObject({ name: '实验中学', code: newCode, stages: ['PRIMARY', 'JUNIOR_SECONDARY'] });
    const restaged = ofType(
      await t.mutate(
        UpdateSchoolDocument,
        { id: created.id, stages: ['SENIOR_SECONDARY'], fullTimeTeachers: 0 },
        { as: d.admin },
      ),
      'UpdateSchoolPayload',
    ).school;
    expect(restaged).toMatchObject({ name: '实验中学', stages: ['SENIOR_SECONDARY'], fullTimeTeachers: 0 });

    const deactivated = ofType(
      await t.mutate(DeactivateSchoolDocument, { id: created.id }, { as: d.admin }),
      'DeactivateSchoolPayload',
    ).school;
    expect(deactivated.active).toBe(false);
    expect(deactivated.deactivatedAt).not.toBeNull();
    // Left out of lists unless asked for, still readable by id, still on the district's page.
    const listed = await t.gql(SCHOOL_CODES, {}, { as: d.admin });
    expect(listed.data.organisations.nodes.map((n: { code: string }) => n.code)).not.toContain(newCode);
    const all = await t.gql(SCHOOL_CODES, { all: true }, { as: d.admin });
    expect(all.data.organisations.nodes.map((n: { code: string }) => n.code)).toContain(newCode);
    expect((await t.gql(ORGANISATION, { id: created.id }, { as: d.admin })).data.organisation).toEqual({
      id: created.id,
      name: '实验中学',
    });
    const page = await t.data(DistrictSchoolsDocument, { districtId: d.district.gid }, { as: d.admin });
    expect(page.organisation?.schools.nodes.find((s) => s.id === created.id)?.active).toBe(false);
    const activeOnly = await t.data(
      DistrictSchoolsDocument,
      { districtId: d.district.gid, includeDeactivated: false },
      { as: d.admin },
    );
    expect(activeOnly.organisation?.schools.nodes.map((s) => s.id)).not.toContain(created.id);
    // Deactivating again changes nothing.
    const again = ofType(
      await t.mutate(DeactivateSchoolDocument, { id: created.id }, { as: d.admin }),
      'DeactivateSchoolPayload',
    ).school;
    expect(again.deactivatedAt).toBe(deactivated.deactivatedAt);

    const reactivated = ofType(
      await t.mutate(ReactivateSchoolDocument, { id: created.id }, { as: d.admin }),
      'ReactivateSchoolPayload',
    ).school;
    expect(reactivated).toMatchObject({ active: true, deactivatedAt: null });
    const history = await t.gql(
      `query($id: ID!) { organisation(id: $id) { history { action fromState toState actorName } } }`,
      { id: created.id },
      { as: d.admin },
    );
    expect(history.data.organisation.history).toEqual([
      { action: 'DEACTIVATE', fromState: 'ACTIVE', toState: 'DEACTIVATED', actorName: d.admin.displayName },
      { action: 'REACTIVATE', fromState: 'DEACTIVATED', toState: 'ACTIVE', actorName: d.admin.displayName },
    ]);
  });

  it('counts teachers and totals per school on the district’s page', async () => {
    const d2 = await t.world.district();
    const s = await d2.school({ stages: ['PRIMARY', 'JUNIOR_SECONDARY'], fullTimeTeachers: 40 });
    const s2 = await d2.school({ fullTimeTeachers: 25 });
    await s.teachers(3);
    const quitter = await s.teacher();
    await t.db.prisma.user.update({ where: { id: quitter.id }, data: { deactivatedAt: new Date() } });
    await s2.teachers(1);
    const page = await t.data(DistrictSchoolsDocument, { districtId: d2.district.gid, first: 10 }, { as: d2.admin });
    expect(page.organisation?.schoolTotals).toEqual({
      schools: 2,
      deactivatedSchools: 0,
      fullTimeTeachers: 65,
      teachers: 4,
    });
    const rows = new Map(page.organisation?.schools.nodes.map((node) => [node.id, node]));
    expect(rows.get(s.school.gid)).toMatchObject({
      stages: ['PRIMARY', 'JUNIOR_SECONDARY'],
      fullTimeTeachers: 40,
      teacherCount: 3,
      active: true,
    });
    expect(rows.get(s2.school.gid)?.teacherCount).toBe(1);
  });

  it('refuses deactivation while teachers are enrolled in a running programme', async () => {
    const s = await d.school();
    const p = await d.programme({ schools: [s] });
    await p.teacher(s);
    await p.teacher(s);
    const before = await snapshot();
    for (const locale of ['en', 'zh-CN'] as const) {
      const refused = ofType(
        await t.mutate(DeactivateSchoolDocument, { id: s.school.gid }, { as: d.admin, locale }),
        'SchoolInProgrammeError',
      );
      expect(refused).toMatchObject({ code: 'SCHOOL_IN_PROGRAMME', programmes: [p.code], enrolments: 2 });
      expect(refused.message).toBe(
        locale === 'en'
          ? `${s.school.name} cannot be deactivated: 2 of its teachers are enrolled in running programmes (${p.code}).`
          : `${s.school.name}有 2 名教师正在参加进行中的项目（${p.code}），不能停用。`,
      );
    }
    expect(await snapshot()).toEqual(before);
    // Once the programme is closed, the school may be deactivated, its records kept.
    await t.db.prisma.programme.update({ where: { id: p.id }, data: { status: 'CLOSED' } });
    ofType(await t.mutate(DeactivateSchoolDocument, { id: s.school.gid }, { as: d.admin }), 'DeactivateSchoolPayload');
    expect(await t.db.prisma.enrolment.count({ where: { schoolId: s.school.id } })).toBe(2);
  });
});

describe('a deactivated district', () => {
  it('takes no new school, and none of its schools is reactivated, until it is active again', async () => {
    const d = await t.world.district();
    const s = await d.school();
    ofType(await t.mutate(DeactivateSchoolDocument, { id: s.school.gid }, { as: d.admin }), 'DeactivateSchoolPayload');
    await t.db.prisma.organisation.update({ where: { id: d.district.id }, data: { deactivatedAt: new Date() } });
    const before = await snapshot();
    for (const locale of ['en', 'zh-CN'] as const) {
      const create = ofType(
        await t.mutate(CreateSchoolDocument, schoolInput(d.district), { as: d.admin, locale }),
        'InvalidStateError',
      );
      const reactivate = ofType(
        await t.mutate(ReactivateSchoolDocument, { id: s.school.gid }, { as: d.admin, locale }),
        'InvalidStateError',
      );
      for (const refused of [create, reactivate]) {
        expect(refused.code).toBe('INVALID_STATE');
        expect(refused.message).toBe(
          locale === 'en'
            ? `${d.district.name} is deactivated; reactivate it first.`
            : `${d.district.name}已停用，请先重新启用。`,
        );
      }
    }
    expect(await snapshot()).toEqual(before);
    await t.db.prisma.organisation.update({ where: { id: d.district.id }, data: { deactivatedAt: null } });
    ofType(await t.mutate(ReactivateSchoolDocument, { id: s.school.gid }, { as: d.admin }), 'ReactivateSchoolPayload');
  });
});

describe('another district’s admin', () => {
  it('cannot create, rename or deactivate anything in the other district: refused like a missing object', async () => {
    const a = await t.world.district();
    const b = await t.world.district({ in: a });
    const s = await a.school();
    const before = await snapshot();
    const attempts = [
      () => t.mutate(CreateSchoolDocument, schoolInput(a.district), { as: b.admin }),
      () => t.mutate(UpdateSchoolDocument, { id: s.school.gid, name: 'Renamed' }, { as: b.admin }),
      () => t.mutate(UpdateSchoolDocument, { id: s.school.gid, code: `x-${unique()}` }, { as: b.admin }),
      () => t.mutate(DeactivateSchoolDocument, { id: s.school.gid }, { as: b.admin }),
      () => t.mutate(ReactivateSchoolDocument, { id: s.school.gid }, { as: b.admin }),
      () => t.mutate(DeactivateClassDocument, { id: s.class.gid }, { as: b.admin }),
      () => t.mutate(DeactivateGroupDocument, { id: s.group.gid }, { as: b.admin }),
      () => createClass(s.school.gid, '新班', b.admin),
    ];
    for (const attempt of attempts) expect((await attempt()).__typename).toBe('NotFoundError');
    expect(await snapshot()).toEqual(before);

    // Exactly like a missing object.
    const missing = gid('Organisation', '00000000-0000-4000-8000-000000000000');
    const denied = await t.request(UpdateSchoolDocument, { input: { id: s.school.gid, name: 'x' } }, { as: b.admin });
    const absent = await t.request(UpdateSchoolDocument, { input: { id: missing, name: 'x' } }, { as: b.admin });
    expect(denied).toEqual(absent);
    expect(await sees(b.admin, s.school.gid)).toBe(false);

    // Those who see the school but hold no district admin role are refused as such.
    for (const as of [s.admin, a.provinceAdmin]) {
      const refused = await t.mutate(UpdateSchoolDocument, { id: s.school.gid, name: 'x' }, { as });
      expect(refused).toMatchObject({ __typename: 'ForbiddenActionError', code: 'FORBIDDEN_ACTION' });
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad input', () => {
  let d: DistrictWorld;
  let taken: string;
  beforeAll(async () => {
    d = await t.world.district();
    taken = (await d.school()).school.code;
  });

  const cases = [
    {
      what: 'a blank name',
      input: { name: '   ' },
      typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issue: { path: ['input', 'name'], en: 'name must not be empty', zh: 'name不能为空' },
    },
    {
      what: 'a name of 101 characters',
      input: { name: '校'.repeat(101) },
      typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issue: { path: ['input', 'name'], en: 'name must be at most 100 characters', zh: 'name最多 100 个字符' },
    },
    {
      what: 'no stage',
      input: { stages: [] },
      typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issue: { path: ['input', 'stages'], en: 'stages must list at least 1 item', zh: 'stages至少 1 项' },
    },
    {
      what: 'a stage twice',
      input: { stages: ['PRIMARY', 'PRIMARY'] },
      typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issue: { path: ['input', 'stages'], en: 'stages must not repeat', zh: 'stages不能重复' },
    },
    {
      what: 'a negative teacher count',
      input: { fullTimeTeachers: -1 },
      typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issue: {
        path: ['input', 'fullTimeTeachers'],
        en: 'fullTimeTeachers must be at least 0',
        zh: 'fullTimeTeachers不能小于 0',
      },
    },
    {
      what: 'a code with a space',
      input: { code: 'a b' },
      typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issue: {
        path: ['input', 'code'],
        en: 'code must be 1 to 64 letters, digits, ".", "_" or "-", starting with a letter or digit',
        zh: 'code须为 1 到 64 个字母、数字、“.”、“_”或“-”，以字母或数字开头',
      },
    },
  ] as const;

  it.each(cases)('$what gives a coded error in en and zh-CN and writes nothing', async ({ input, issue, code }) => {
    const before = await snapshot();
    for (const locale of ['en', 'zh-CN'] as const) {
      const res = ofType(
        await t.mutate(CreateSchoolDocument, schoolInput(d.district, input), { as: d.admin, locale }),
        'ValidationError',
      );
      expect(res.code).toBe(code);
      expect(res.message).toBe(
        locale === 'en' ? 'The input is not valid; see the issues.' : '输入不正确，详见各项问题。',
      );
      expect(res.issues).toEqual([{ path: [...issue.path], message: locale === 'en' ? issue.en : issue.zh }]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a duplicate code or name is a CONFLICT, on create and on update, and writes nothing', async () => {
    const s = await d.school();
    const before = await snapshot();
    for (const locale of ['en', 'zh-CN'] as const) {
      const onCreate = ofType(
        await t.mutate(CreateSchoolDocument, schoolInput(d.district, { code: taken }), { as: d.admin, locale }),
        'ConflictError',
      );
      expect(onCreate.message).toBe(
        locale === 'en' ? `The code "${taken}" is taken by another organisation.` : `编码“${taken}”已被其他组织使用。`,
      );
      const onUpdate = ofType(
        await t.mutate(UpdateSchoolDocument, { id: s.school.gid, code: taken }, { as: d.admin, locale }),
        'ConflictError',
      );
      expect(onUpdate.code).toBe('CONFLICT');
      const sameName = ofType(
        await t.mutate(CreateSchoolDocument, schoolInput(d.district, { name: s.school.name }), {
          as: d.admin,
          locale,
        }),
        'ConflictError',
      );
      expect(sameName.message).toBe(
        locale === 'en'
          ? `${d.district.name} already has a school named "${s.school.name}".`
          : `${d.district.name}已有名为“${s.school.name}”的学校。`,
      );
    }
    expect(await snapshot()).toEqual(before);
    // Its own name and code again are no conflict.
    ofType(
      await t.mutate(
        UpdateSchoolDocument,
        { id: s.school.gid, name: s.school.name, code: s.school.code },
        { as: d.admin },
      ),
      'UpdateSchoolPayload',
    );
  });

  it('a bad update changes nothing', async () => {
    const s = await d.school();
    const before = await snapshot();
    const res = ofType(
      await t.mutate(UpdateSchoolDocument, { id: s.school.gid, name: 'ok', stages: [] }, { as: d.admin }),
      'ValidationError',
    );
    expect(res.issues.map((issue) => issue.path)).toEqual([['input', 'stages']]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('a province admin', () => {
  let d: DistrictWorld;
  let d2: DistrictWorld;
  let elsewhere: DistrictWorld;
  beforeAll(async () => {
    d = await t.world.district();
    d2 = await t.world.district({ in: d });
    elsewhere = await t.world.district();
  });

  it('creates a city and districts, and sees both districts and everything below them', async () => {
    const city = ofType(
      await t.mutate(CreateCityDocument, { provinceId: d.province.gid, name: '新市' }, { as: d.provinceAdmin }),
      'CreateCityPayload',
    ).city;
    expect(city).toMatchObject({ kind: 'CITY', name: '新市', parent: { id: d.province.gid } });
    const inCity = ofType(
      await t.mutate(
        CreateDistrictDocument,
        { parentId: city.id, name: '新区', code: `dist-${unique()}` },
        { as: d.provinceAdmin },
      ),
      'CreateDistrictPayload',
    ).district;
    expect(inCity).toMatchObject({ kind: 'DISTRICT', active: true, parent: { id: city.id } });
    const direct = ofType(
      await t.mutate(CreateDistrictDocument, { parentId: d.province.gid, name: '直辖县' }, { as: d.provinceAdmin }),
      'CreateDistrictPayload',
    ).district;
    expect(direct.parent?.id).toBe(d.province.gid);
    const renamed = ofType(
      await t.mutate(UpdateDistrictDocument, { id: direct.id, name: '直辖县（新）' }, { as: d.provinceAdmin }),
      'UpdateDistrictPayload',
    ).district;
    expect(renamed.name).toBe('直辖县（新）');

    const s = await d.school({ fullTimeTeachers: 30 });
    await s.teachers(2);
    await d2.school({ fullTimeTeachers: 12 });
    const overview = await t.data(ProvinceOverviewDocument, { first: 100 }, { as: d.provinceAdmin });
    expect(overview.provinces.nodes.map((p) => p.id)).toEqual([d.province.gid]);
    const districts = new Map(overview.districts.nodes.map((node) => [node.id, node]));
    expect([...districts.keys()].sort()).toEqual([d.district.gid, d2.district.gid, inCity.id, direct.id].sort());
    expect(districts.get(d.district.gid)).toMatchObject({
      parent: { id: d.city.gid },
      schoolTotals: { schools: 1, fullTimeTeachers: 30, teachers: 2 },
    });
    expect(districts.get(d2.district.gid)?.schoolTotals).toMatchObject({ schools: 1, fullTimeTeachers: 12 });
    expect(districts.get(direct.id)?.schoolTotals).toMatchObject({ schools: 0, fullTimeTeachers: 0 });
    expect(overview.provinces.nodes[0]?.schoolTotals).toMatchObject({ schools: 2, fullTimeTeachers: 42 });

    // organisations, organisation, node and children reach everything below the province.
    const top = await t.gql(
      `{ organisations(first: 10) { nodes { id children(first: 10, kind: CITY) { nodes { id children(first: 10) { totalCount } } } } } }`,
      {},
      { as: d.provinceAdmin },
    );
    expect(top.data.organisations.nodes.map((n: { id: string }) => n.id)).toEqual([d.province.gid]);
    expect(top.data.organisations.nodes[0].children.nodes.map((n: { id: string }) => n.id).sort()).toEqual(
      [d.city.gid, city.id].sort(),
    );
    for (const id of [s.school.gid, s.class.gid, s.group.gid, d2.district.gid, s.admin.gid]) {
      expect(await sees(d.provinceAdmin, id)).toBe(true);
    }
    const page = await t.data(DistrictSchoolsDocument, { districtId: d.district.gid }, { as: d.provinceAdmin });
    expect(page.organisation?.schools.nodes.map((n) => n.id)).toEqual([s.school.gid]);
  });

  it('finds another province’s objects missing, and may not manage a district’s schools', async () => {
    const s = await elsewhere.school();
    for (const id of [elsewhere.province.gid, elsewhere.district.gid, s.school.gid, s.admin.gid]) {
      expect(await sees(d.provinceAdmin, id)).toBe(false);
    }
    expect((await t.gql(ORGANISATION, { id: s.school.gid }, { as: d.provinceAdmin })).data.organisation).toBeNull();
    const before = await snapshot();
    for (const result of [
      await t.mutate(CreateCityDocument, { provinceId: elsewhere.province.gid, name: 'x' }, { as: d.provinceAdmin }),
      await t.mutate(CreateDistrictDocument, { parentId: elsewhere.city.gid, name: 'x' }, { as: d.provinceAdmin }),
      await t.mutate(UpdateDistrictDocument, { id: elsewhere.district.gid, name: 'x' }, { as: d.provinceAdmin }),
      // District admins see no province or city, nor another district.
      await t.mutate(CreateCityDocument, { provinceId: d.province.gid, name: 'x' }, { as: d.admin }),
      await t.mutate(CreateDistrictDocument, { parentId: d.city.gid, name: 'x' }, { as: d.admin }),
      await t.mutate(UpdateDistrictDocument, { id: d2.district.gid, name: 'x' }, { as: d.admin }),
    ]) {
      expect(result.__typename).toBe('NotFoundError');
    }
    const own = await t.mutate(UpdateDistrictDocument, { id: d.district.gid, name: 'x' }, { as: d.admin });
    expect(own.__typename).toBe('ForbiddenActionError');
    const schools = await t.mutate(CreateSchoolDocument, schoolInput(d.district), { as: d.provinceAdmin });
    expect(schools).toMatchObject({ __typename: 'ForbiddenActionError', code: 'FORBIDDEN_ACTION' });
    expect(schools.__typename === 'ForbiddenActionError' && schools.message).toContain('district:manageSchools');
    expect(await snapshot()).toEqual(before);
  });

  it('puts a district only under a province or a city', async () => {
    const s = await d.school();
    const before = await snapshot();
    for (const [parent, locale] of [
      [d.district, 'en'],
      [s.school, 'zh-CN'],
    ] as const) {
      const res = ofType(
        await t.mutate(CreateDistrictDocument, { parentId: parent.gid, name: 'x' }, { as: d.provinceAdmin, locale }),
        'ValidationError',
      );
      expect(res.issues).toEqual([
        {
          path: ['input', 'parentId'],
          message: locale === 'en' ? 'parentId must be a province or one of its cities' : 'parentId必须是省或其下的市',
        },
      ]);
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('moving a school', () => {
  it('moves the school, its units, people, roles and records; the new district admin sees them, the old one does not', async () => {
    const from = await t.world.district();
    const to = await t.world.district({ in: from });
    const s = await from.school();
    const teacher = await s.teacher();
    const stay = await from.school();
    // A closed programme's records move with the school.
    const closed = await from.programme({ schools: [s], status: 'CLOSED' });
    const enrolment = await closed.enrol(teacher, s);
    await closed.select(enrolment, ['A1', 'A2', 'A3'], 'APPROVED');
    const roleChanges = await t.db.prisma.roleChange.count();

    const moved = ofType(
      await t.mutate(MoveSchoolDocument, { id: s.school.gid, districtId: to.district.gid }, { as: from.provinceAdmin }),
      'MoveSchoolPayload',
    ).school;
    expect(moved.parent?.id).toBe(to.district.gid);

    const newPath = `${to.district.path}${s.school.id}/`;
    const school = await t.db.prisma.organisation.findUniqueOrThrow({ where: { id: s.school.id } });
    expect(school).toMatchObject({ parentId: to.district.id, path: newPath });
    for (const unit of [s.class, s.group]) {
      expect((await t.db.prisma.organisation.findUniqueOrThrow({ where: { id: unit.id } })).path).toBe(
        `${newPath}${unit.id}/`,
      );
    }
    // No path anywhere still starts with the old one; the other school stays.
    for (const [table, column] of PATH_COLUMNS) {
      const [{ n }] = await t.db.prisma.$queryRawUnsafe<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM "${table}" WHERE "${column}" LIKE $1`,
        `${s.school.path}%`,
      );
      expect(n, `${table}.${column}`).toBe(0);
    }
    expect((await t.db.prisma.user.findUniqueOrThrow({ where: { id: teacher.id } })).orgPath).toBe(newPath);
    expect(
      (await t.db.prisma.roleAssignment.findMany({ where: { userId: s.tutor.id } })).map((r) => r.orgPath),
    ).toEqual([`${newPath}${s.class.id}/`]);
    expect((await t.db.prisma.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).orgPath).toBe(newPath);
    expect((await t.db.prisma.organisation.findUniqueOrThrow({ where: { id: stay.school.id } })).path).toBe(
      stay.school.path,
    );
    // Rewriting paths grants and revokes nothing; the role history keeps its rows (with the new paths).
    expect(await t.db.prisma.roleChange.count()).toBe(roleChanges);
    expect(
      await t.db.prisma.roleChange.count({ where: { userId: s.admin.id, orgPath: newPath, change: 'GRANTED' } }),
    ).toBe(1);

    for (const id of [s.school.gid, s.class.gid, teacher.gid, s.admin.gid, enrolment.gid]) {
      expect(await sees(to.admin, id), id).toBe(true);
      expect(await sees(from.admin, id), id).toBe(false);
    }
    expect(await sees(from.admin, stay.school.gid)).toBe(true);
    // The school's own staff still see their school.
    expect(await sees(s.admin, s.school.gid)).toBe(true);
    const history = await t.gql(
      `query($id: ID!) { organisation(id: $id) { history { action fromState toState } } }`,
      { id: s.school.gid },
      { as: to.admin },
    );
    expect(history.data.organisation.history).toEqual([
      { action: 'MOVE', fromState: from.district.code, toState: to.district.code },
    ]);
  });

  it('is refused while the school takes part in a running programme, and changes nothing', async () => {
    const from = await t.world.district();
    const to = await t.world.district({ in: from });
    const s = await from.school();
    const listed = await from.programme({ schools: [s] });
    const before = await snapshot();
    for (const locale of ['en', 'zh-CN'] as const) {
      const refused = ofType(
        await t.mutate(
          MoveSchoolDocument,
          { id: s.school.gid, districtId: to.district.gid },
          { as: from.provinceAdmin, locale },
        ),
        'SchoolInProgrammeError',
      );
      expect(refused).toMatchObject({ code: 'SCHOOL_IN_PROGRAMME', programmes: [listed.code], enrolments: 0 });
      expect(refused.message).toBe(
        locale === 'en'
          ? `${s.school.name} cannot move to another district while it takes part in programmes that are not closed (${listed.code}).`
          : `${s.school.name}仍在参加未结项的项目（${listed.code}），不能调整到其他区县。`,
      );
    }
    await listed.teacher(s);
    const withTeacher = await t.mutate(
      MoveSchoolDocument,
      { id: s.school.gid, districtId: to.district.gid },
      { as: from.provinceAdmin },
    );
    expect(withTeacher).toMatchObject({ __typename: 'SchoolInProgrammeError', enrolments: 1 });
    expect((await snapshot()).organisations).toEqual(before.organisations);
  });

  it('needs a province admin over both the school and the district', async () => {
    const from = await t.world.district();
    const to = await t.world.district({ in: from });
    const abroad = await t.world.district();
    const s = await from.school();
    const before = await snapshot();
    const move = (districtId: string, as: UserRef) =>
      t.mutate(MoveSchoolDocument, { id: s.school.gid, districtId }, { as });
    expect((await move(to.district.gid, from.admin)).__typename).toBe('ForbiddenActionError');
    expect((await move(to.district.gid, to.admin)).__typename).toBe('NotFoundError');
    expect(await move(abroad.district.gid, from.provinceAdmin)).toMatchObject({
      __typename: 'NotFoundError',
      message: 'District was not found.',
    });
    expect((await move(s.class.gid, from.provinceAdmin)).__typename).toBe('NotFoundError');
    expect((await move(from.district.gid, abroad.provinceAdmin)).__typename).toBe('NotFoundError');
    // Into a deactivated district: refused as such.
    await t.db.prisma.organisation.update({ where: { id: to.district.id }, data: { deactivatedAt: new Date() } });
    const snapshotBefore = await snapshot();
    const closed = ofType(await move(to.district.gid, from.provinceAdmin), 'InvalidStateError');
    expect(closed.message).toBe(`${to.district.name} is deactivated; reactivate it first.`);
    expect(await snapshot()).toEqual(snapshotBefore);
    await t.db.prisma.organisation.update({ where: { id: to.district.id }, data: { deactivatedAt: null } });
    expect((await snapshot()).organisations).toEqual(before.organisations);
    // To its own district: nothing changes.
    ofType(await move(from.district.gid, from.provinceAdmin), 'MoveSchoolPayload');
    expect((await snapshot()).organisations).toEqual(before.organisations);
  });

  it('rewrites every path column of the data model', () => {
    const columns = Object.entries(getDatamodel().datamodel.models).flatMap(([table, { fields }]) =>
      fields
        .filter((field) => field.name === 'path' || field.name.endsWith('Path'))
        .map((field) => `${table}.${field.name}`),
    );
    expect(columns.sort()).toEqual(PATH_COLUMNS.map(([table, column]) => `${table}.${column}`).sort());
  });
});

describe('classes and groups', () => {
  it('school admins deactivate their classes and groups; the class keeps its enrolments and roster', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const other = await d.school();
    const p = await d.programme({ schools: [s] });
    const enrolment = await p.teacher(s);
    const teacher = await s.teacher();
    const before = await snapshot();
    expect((await t.mutate(DeactivateClassDocument, { id: s.class.gid }, { as: teacher })).__typename).toBe(
      'ForbiddenActionError',
    );
    expect((await t.mutate(DeactivateClassDocument, { id: s.class.gid }, { as: other.admin })).__typename).toBe(
      'NotFoundError',
    );
    // The leader sees their group but may not deactivate it; the class tutor does not see the group.
    expect((await t.mutate(DeactivateGroupDocument, { id: s.group.gid }, { as: s.leader })).__typename).toBe(
      'ForbiddenActionError',
    );
    expect((await t.mutate(DeactivateGroupDocument, { id: s.group.gid }, { as: s.tutor })).__typename).toBe(
      'NotFoundError',
    );
    expect((await t.mutate(DeactivateClassDocument, { id: s.group.gid }, { as: s.admin })).__typename).toBe(
      'NotFoundError',
    );
    expect(await snapshot()).toEqual(before);

    const klass = ofType(
      await t.mutate(DeactivateClassDocument, { id: s.class.gid }, { as: s.admin }),
      'DeactivateClassPayload',
    ).class;
    expect(klass).toMatchObject({ id: s.class.gid, active: false });
    const group = ofType(
      await t.mutate(DeactivateGroupDocument, { id: s.group.gid }, { as: d.admin }),
      'DeactivateGroupPayload',
    ).group;
    expect(group.active).toBe(false);

    const roster = await t.data(ClassRosterDocument, { classId: s.class.gid }, { as: s.tutor });
    expect(roster.classRoster?.nodes.map((node) => node.id)).toEqual([enrolment.gid]);
    expect(await sees(s.admin, enrolment.gid)).toBe(true);
    const children = `query($id: ID!, $all: Boolean) { organisation(id: $id) { children(first: 10, includeDeactivated: $all) { totalCount nodes { id active } } } }`;
    expect((await t.gql(children, { id: s.school.gid }, { as: s.admin })).data.organisation.children.totalCount).toBe(
      0,
    );
    expect(
      (await t.gql(children, { id: s.school.gid, all: true }, { as: s.admin })).data.organisation.children.nodes,
    ).toHaveLength(2);
    // The existing class mutations keep working.
    expect((await createClass(s.school.gid, `新班 ${unique()}`, s.admin)).__typename).toBe('CreateClassPayload');
  });
});

describe('statement counts', () => {
  async function districtWith(schools: number): Promise<DistrictWorld> {
    const d = await t.world.district();
    for (let i = 0; i < schools; i += 1) await (await d.school()).teachers(1);
    return d;
  }

  it('the district schools page: the same for 1 and 20 schools', async () => {
    const small = await districtWith(1);
    const large = await districtWith(20);
    const query = (await import('graphql')).print(DistrictSchoolsDocument);
    // The viewers cached first, as in production.
    await t.statementsFor(query, { districtId: small.district.gid, first: 20 }, { as: small.admin });
    await t.statementsFor(query, { districtId: large.district.gid, first: 20 }, { as: large.admin });
    const one = await t.statementsFor(query, { districtId: small.district.gid, first: 20 }, { as: small.admin });
    const twenty = await t.statementsFor(query, { districtId: large.district.gid, first: 20 }, { as: large.admin });
    expect(one.data.organisation.schools.nodes).toHaveLength(1);
    expect(twenty.data.organisation.schools.nodes).toHaveLength(20);
    expect(twenty.data.organisation.schools.nodes.every((n: { teacherCount: number }) => n.teacherCount === 1)).toBe(
      true,
    );
    console.log(`[statements] district schools: ${one.count} for 1 school, ${twenty.count} for 20`);
    expect(twenty.count).toBe(one.count);
    expect(one.count).toBeLessThanOrEqual(4);
  });

  it('the province overview: the same for 1 and 6 districts', async () => {
    const small = await t.world.district();
    const large = await t.world.district();
    for (let i = 0; i < 5; i += 1) await (await t.world.district({ in: large })).school();
    const query = (await import('graphql')).print(ProvinceOverviewDocument);
    await t.statementsFor(query, { first: 20 }, { as: small.provinceAdmin });
    await t.statementsFor(query, { first: 20 }, { as: large.provinceAdmin });
    const one = await t.statementsFor(query, { first: 20 }, { as: small.provinceAdmin });
    const six = await t.statementsFor(query, { first: 20 }, { as: large.provinceAdmin });
    expect(one.data.districts.nodes).toHaveLength(1);
    expect(six.data.districts.nodes).toHaveLength(6);
    console.log(`[statements] province overview: ${one.count} for 1 district, ${six.count} for 6`);
    // 6 or 7: the provinces' and the districts' totals share one batch when the two root fields resolve in the same
    // tick (always on PGlite), two otherwise. Either way the same for 1 and 6 districts (one more per district if not).
    expect(one.count).toBeGreaterThanOrEqual(6);
    expect(one.count).toBeLessThanOrEqual(7);
    expect(six.count).toBeLessThanOrEqual(7);
  });
});
