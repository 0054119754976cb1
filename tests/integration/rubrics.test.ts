import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAssessmentSpecs } from '../../prisma/seed/assessment-specs.js';
import { C1_RUBRIC } from '../../prisma/seed/assessment-specs-data.js';
import {
  RubricsSpecsCreateRubricDocument,
  RubricsSpecsImportRubricDocument,
  RubricsSpecsReviseRubricDocument,
  RubricsSpecsRubricCaseJsonDocument,
  RubricsSpecsRubricDocument,
  RubricsSpecsRubricsDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import type { DistrictWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let other: DistrictWorld;
let s: SchoolWorld;
let teacher: UserRef;

const content = (passPoints = 6, excellentPoints = 9) => ({
  criteria: [
    {
      key: 'design',
      nameZh: '设计',
      nameEn: 'Design',
      levels: [
        { key: 'good', nameZh: '好', points: 5, descriptorZh: '设计完整' },
        { key: 'poor', nameZh: '差', points: 1, descriptorZh: '设计缺失' },
      ],
    },
    {
      key: 'video',
      nameZh: '视频',
      levels: [
        { key: 'good', nameZh: '好', points: 5, descriptorZh: '清楚', descriptorEn: 'Clear' },
        { key: 'poor', nameZh: '差', points: 0, descriptorZh: '不清楚' },
      ],
    },
  ],
  passPoints,
  excellentPoints,
});

beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
  await seedAssessmentSpecs(t.db.prisma);
  d = await t.world.district();
  other = await t.world.district();
  s = await d.school();
  teacher = await s.teacher();
});
afterAll(() => t.close());

const create = (input: AdHoc, as: UserRef) => t.mutate(RubricsSpecsCreateRubricDocument, input, { as });
const rubricCount = () => t.db.prisma.rubric.count();

describe('reading rubrics', () => {
  it('the national rubrics are readable by anyone, even anonymously', async () => {
    const anonymous = await t.data(RubricsSpecsRubricsDocument, { national: true }, { as: null });
    const keys = anonymous.rubrics.nodes.map((rubric) => rubric?.key);
    expect(keys).toEqual(expect.arrayContaining(['national-default', C1_RUBRIC.key]));
    const c1 = anonymous.rubrics.nodes.find((rubric) => rubric?.key === C1_RUBRIC.key);
    expect(c1).toMatchObject({ national: true, owner: null, latestVersion: 1 });
    expect(c1?.latest).toMatchObject({ version: 1, passPoints: 60, excellentPoints: 85, maxPoints: 100 });
    expect(c1?.latest.criteria.map((criterion) => [criterion.key, criterion.maxPoints])).toEqual([
      ['plan', 40],
      ['student-work', 30],
      ['reflection', 30],
    ]);
  });

  it('a district’s rubric is read on its line (its admin, its teachers, the province) and missing elsewhere', async () => {
    const made = ofType(
      await create({ organisationId: d.district.gid, key: 'line', titleZh: '本区量规', content: content() }, d.admin),
      'CreateRubricPayload',
    ).rubric;
    const seen = async (as: UserRef | null) =>
      (await t.data(RubricsSpecsRubricsDocument, { national: false, first: 100 }, { as })).rubrics.nodes.some(
        (rubric) => rubric?.id === made.id,
      );
    expect(await seen(d.admin)).toBe(true);
    expect(await seen(teacher)).toBe(true);
    expect(await seen(d.provinceAdmin)).toBe(true);
    expect(await seen(other.admin)).toBe(false);
    expect(await seen(null)).toBe(false);
    expect((await t.data(RubricsSpecsRubricDocument, { id: made.id }, { as: other.admin })).node).toBeNull();
    expect(
      (await t.data(RubricsSpecsRubricCaseJsonDocument, { rubricId: made.id }, { as: other.admin })).rubricCaseJson,
    ).toBeNull();
  });

  it('lists in a constant number of statements whatever the page size', async () => {
    for (let i = 0; i < 12; i += 1)
      await create(
        { organisationId: d.district.gid, key: `bulk-${i}`, titleZh: `量规 ${i}`, content: content() },
        d.admin,
      );
    const query = `query($first: Int) { rubrics(first: $first) { totalCount nodes { id key national owner { id }
      latest { version maxPoints criteria { key levels { key points } } } versions { version } caseJson } } }`;
    const one = await t.statementsFor(query, { first: 1 }, { as: d.admin });
    const ten = await t.statementsFor(query, { first: 10 }, { as: d.admin });
    expect(ten.data.rubrics.nodes).toHaveLength(10);
    expect(ten.count).toBe(one.count);
  });
});

describe('writing rubrics', () => {
  it('creates with version 1 and history; refuses bad content with coded messages in both languages', async () => {
    const made = ofType(
      await create(
        { organisationId: d.district.gid, key: 'lesson', titleZh: '课堂量规', titleEn: 'Lesson', content: content() },
        d.admin,
      ),
      'CreateRubricPayload',
    ).rubric;
    expect(made).toMatchObject({ key: 'lesson', national: false, latestVersion: 1, owner: { id: d.district.gid } });
    expect(made.latest).toMatchObject({ version: 1, maxPoints: 10, passPoints: 6, excellentPoints: 9 });

    const before = await rubricCount();
    const bad = ofType(
      await create({ organisationId: d.district.gid, key: 'bad', titleZh: '坏', content: content(8, 7) }, d.admin),
      'ValidationError',
    );
    expect(bad.issues).toEqual([
      { path: ['input', 'content', 'excellentPoints'], message: 'excellentPoints must be at least passPoints' },
    ]);
    const zh = await t.mutate(
      RubricsSpecsCreateRubricDocument,
      { organisationId: d.district.gid, key: 'bad', titleZh: '坏', content: content(11, 11) },
      { as: d.admin, locale: 'zh-CN' },
    );
    expect(ofType(zh, 'ValidationError').issues.map((issue) => issue.message)).toEqual([
      'passPoints不能高于量规满分（10）',
      'excellentPoints不能高于量规满分（10）',
    ]);
    const taken = await create(
      { organisationId: d.district.gid, key: 'lesson', titleZh: '重', content: content() },
      d.admin,
    );
    expect(ofType(taken, 'ConflictError').code).toBe('CONFLICT');
    expect(await rubricCount()).toBe(before);
  });

  it('only district and province admins over the owner write (a school admin and another district are refused)', async () => {
    const input = { organisationId: d.district.gid, key: 'nope', titleZh: '不行', content: content() };
    expect((await create(input, s.admin)).__typename).toMatch(/ForbiddenActionError|NotFoundError/);
    expect((await create(input, other.admin)).__typename).toMatch(/ForbiddenActionError|NotFoundError/);
    expect((await create(input, teacher)).__typename).toMatch(/ForbiddenActionError|NotFoundError/);
    const byProvince = await create({ ...input, organisationId: d.province.gid, key: 'province' }, d.provinceAdmin);
    expect(ofType(byProvince, 'CreateRubricPayload').rubric.owner?.id).toBe(d.province.gid);
    const onSchool = await create({ ...input, organisationId: s.school.gid }, d.admin);
    expect(ofType(onSchool, 'ValidationError').issues[0]?.path).toEqual(['input', 'organisationId']);
  });

  it('revises into a new immutable version; a stale expectedVersion is a CONFLICT; national rubrics are nobody’s', async () => {
    const made = ofType(
      await create({ organisationId: d.district.gid, key: 'rev', titleZh: '修订', content: content() }, d.admin),
      'CreateRubricPayload',
    ).rubric;
    const revise = (expectedVersion: number, as = d.admin) =>
      t.mutate(
        RubricsSpecsReviseRubricDocument,
        { rubricId: made.id, expectedVersion, content: content(5, 10) },
        { as },
      );
    const revised = ofType(await revise(1), 'ReviseRubricPayload').rubric;
    expect(revised).toMatchObject({ latestVersion: 2, latest: { version: 2, passPoints: 5, excellentPoints: 10 } });
    const stale = ofType(await revise(1), 'ConflictError');
    expect(stale.message).toContain('latest version is 2');
    const detail = (await t.data(RubricsSpecsRubricDocument, { id: made.id }, { as: d.admin })).node as AdHoc;
    expect(detail.versions.map((version: AdHoc) => [version.version, version.passPoints])).toEqual([
      [2, 5],
      [1, 6],
    ]);
    expect(detail.history.map((entry: AdHoc) => [entry.action, entry.toState])).toEqual([
      ['CREATE', 'v1'],
      ['REVISE', 'v2'],
    ]);
    // Two admins revising the same version at once: one makes version 3, the other gets a CONFLICT.
    const raced = await Promise.all([revise(2), revise(2)]);
    expect(raced.map((result) => result.__typename).sort()).toEqual(['ConflictError', 'ReviseRubricPayload']);
    expect(await t.db.prisma.rubricVersion.count({ where: { rubric: { key: 'rev' } } })).toBe(3);
    const national = await t.db.prisma.rubric.findFirstOrThrow({ where: { orgPath: '/' } });
    const refused = await t.mutate(
      RubricsSpecsReviseRubricDocument,
      { rubricId: gid('Rubric', national.id), expectedVersion: 1, content: content() },
      { as: d.admin },
    );
    expect(ofType(refused, 'ForbiddenActionError').code).toBe('FORBIDDEN_ACTION');
  });
});

describe('CASE CFRubric', () => {
  it('exports, imports into another district and exports the same content again', async () => {
    const national = await t.db.prisma.rubric.findFirstOrThrow({ where: { orgPath: '/', key: C1_RUBRIC.key } });
    const exported = (
      await t.data(RubricsSpecsRubricCaseJsonDocument, { rubricId: gid('Rubric', national.id) }, { as: null })
    ).rubricCaseJson;
    const json = JSON.parse(exported ?? '{}');
    expect(json).toMatchObject({ identifier: national.id, title: C1_RUBRIC.titleZh });
    expect(json.CFRubricCriteria).toHaveLength(3);

    const imported = ofType(
      await t.mutate(
        RubricsSpecsImportRubricDocument,
        { organisationId: other.district.gid, json: exported ?? '' },
        { as: other.admin },
      ),
      'ImportRubricPayload',
    ).rubric;
    expect(imported).toMatchObject({ key: C1_RUBRIC.key, national: false, owner: { id: other.district.gid } });
    expect(imported.latest.maxPoints).toBe(100);
    const again = JSON.parse(
      (await t.data(RubricsSpecsRubricCaseJsonDocument, { rubricId: imported.id }, { as: other.admin }))
        .rubricCaseJson ?? '{}',
    );
    // The identifier was taken (the national rubric keeps it), so the copy has its own; the content is the same.
    const strip = (value: AdHoc): AdHoc =>
      JSON.parse(JSON.stringify(value), (key, member) =>
        ['identifier', 'uri', 'rubricId', 'rubricCriterionId'].includes(key) ? undefined : member,
      );
    expect(strip(again)).toEqual(strip(json));

    // A document with a free identifier keeps it: export → import → export is the same document.
    const fresh = { ...json, identifier: '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5b' };
    const moved = ofType(
      await t.mutate(
        RubricsSpecsImportRubricDocument,
        { organisationId: d.district.gid, json: JSON.stringify(fresh), key: 'moved' },
        { as: d.admin },
      ),
      'ImportRubricPayload',
    ).rubric;
    expect(moved.id).toBe(gid('Rubric', fresh.identifier));
    const movedJson = JSON.parse(
      (await t.data(RubricsSpecsRubricCaseJsonDocument, { rubricId: moved.id }, { as: d.admin })).rubricCaseJson ??
        '{}',
    );
    // Same identifiers (derived from the kept identifier and the keys), same time; only the key given on import differs.
    expect(movedJson).toEqual({
      ...json,
      identifier: fresh.identifier,
      uri: `urn:uuid:${fresh.identifier}`,
      CFRubricCriteria: movedJson.CFRubricCriteria,
      extensions: { tisheng: { ...json.extensions.tisheng, key: 'moved' } },
    });
    const reimported = ofType(
      await t.mutate(
        RubricsSpecsImportRubricDocument,
        {
          organisationId: other.district.gid,
          json: JSON.stringify({ ...movedJson, identifier: '0190a5b2-7c3d-7e4f-8a9b-0c1d2e3f4a5c' }),
        },
        { as: other.admin },
      ),
      'ImportRubricPayload',
    ).rubric;
    expect(reimported.key).toBe('moved');
    expect(strip(movedJson.CFRubricCriteria)).toEqual(strip(json.CFRubricCriteria));
    expect(movedJson.CFRubricCriteria[0].identifier).toBe(
      JSON.parse(
        (await t.data(RubricsSpecsRubricCaseJsonDocument, { rubricId: moved.id }, { as: d.admin })).rubricCaseJson ??
          '{}',
      ).CFRubricCriteria[0].identifier,
    );
  });

  it('refuses bad JSON, a bad shape and missing thresholds, writing nothing', async () => {
    const before = await rubricCount();
    const send = (json: string, extra: AdHoc = {}) =>
      t.mutate(RubricsSpecsImportRubricDocument, { organisationId: d.district.gid, json, ...extra }, { as: d.admin });
    const notJson = ofType(await send('{ nope'), 'ValidationError');
    expect(notJson.issues).toEqual([{ path: ['input', 'json'], message: 'json is not valid JSON' }]);
    const shape = ofType(await send(JSON.stringify({ identifier: 'x', title: '' })), 'ValidationError');
    expect(shape.issues.every((issue) => issue.path[1] === 'json')).toBe(true);
    const foreign = {
      identifier: 'a1b2c3d4-0000-4000-8000-000000000001',
      title: 'Foreign',
      CFRubricCriteria: [{ category: 'Design', CFRubricCriterionLevels: [{ quality: 'Met', score: 10 }] }],
    };
    expect(ofType(await send(JSON.stringify(foreign)), 'ValidationError').issues[0]?.path).toEqual(['input', 'key']);
    expect(ofType(await send(JSON.stringify(foreign), { key: 'foreign' }), 'ValidationError').issues[0]?.path).toEqual([
      'input',
      'passPoints',
    ]);
    const tooHigh = ofType(
      await send(JSON.stringify(foreign), { key: 'foreign', passPoints: 20, excellentPoints: 30 }),
      'ValidationError',
    );
    expect(tooHigh.issues.map((issue) => issue.path.join('.'))).toEqual([
      'input.json.passPoints',
      'input.json.excellentPoints',
    ]);
    expect(await rubricCount()).toBe(before);
    const ok = ofType(
      await send(JSON.stringify(foreign), { key: 'foreign', passPoints: 6, excellentPoints: 9 }),
      'ImportRubricPayload',
    ).rubric;
    expect(ok.latest.criteria).toEqual([
      {
        key: 'c1',
        nameZh: 'Design',
        nameEn: null,
        maxPoints: 10,
        levels: [{ key: 'l1', nameZh: 'Met', nameEn: null, points: 10, descriptorZh: 'Met', descriptorEn: null }],
      },
    ]);
  });
});
