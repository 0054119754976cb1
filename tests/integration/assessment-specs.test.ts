import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAssessmentSpecs } from '../../prisma/seed/assessment-specs.js';
import { C1_RUBRIC } from '../../prisma/seed/assessment-specs-data.js';
import {
  RubricsSpecsCompetencySpecDocument,
  RubricsSpecsCreateRubricDocument,
  RubricsSpecsProgrammeSpecsDocument,
  RubricsSpecsResetProgrammeSpecDocument,
  RubricsSpecsSetProgrammeSpecDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { gid } from '../kit/ids.js';
import { ofType } from '../kit/results.js';
import type { CatalogueRef, DistrictWorld, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let other: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;
let teacher: UserRef;
let catalogue: CatalogueRef;
let c1: string;
let b2: string;
let districtRubric: string;
let otherRubric: string;

const slots = [
  {
    key: 'design',
    kind: 'PLAN' as const,
    nameZh: '教学设计',
    nameEn: 'Lesson design',
    count: 1,
    maxCount: 1,
    formats: ['docx', 'pdf'],
    maxBytes: 5 * 1024 * 1024,
    teacherVisible: false,
    commentRequired: false,
  },
  {
    key: 'video',
    kind: 'LESSON_VIDEO' as const,
    nameZh: '课堂实录',
    nameEn: 'Lesson video',
    count: 1,
    maxCount: 1,
    formats: ['mp4'],
    maxBytes: 200 * 1024 * 1024,
    maxVideoSeconds: 480,
    teacherVisible: true,
    commentRequired: false,
  },
];

const rubricContent = {
  criteria: [
    {
      key: 'all',
      nameZh: '整体',
      levels: [
        { key: 'good', nameZh: '好', points: 10, descriptorZh: '好' },
        { key: 'poor', nameZh: '差', points: 0, descriptorZh: '差' },
      ],
    },
  ],
  passPoints: 6,
  excellentPoints: 9,
};

async function makeRubric(world: DistrictWorld, key: string) {
  const result = await t.mutate(
    RubricsSpecsCreateRubricDocument,
    { organisationId: world.district.gid, key, titleZh: key, content: rubricContent },
    { as: world.admin },
  );
  return ofType(result, 'CreateRubricPayload').rubric.id;
}

beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
  const seeded = await seedAssessmentSpecs(t.db.prisma);
  expect(seeded).toEqual({ rubrics: 2, specs: 30 });
  d = await t.world.district();
  other = await t.world.district();
  s = await d.school();
  teacher = await s.teacher();
  p = await d.programme({ schools: [s] });
  const ids = await t.db.prisma.competency.findMany({
    where: { catalogueId: catalogue.id, code: { in: ['C1', 'B2'] } },
    select: { id: true, code: true },
  });
  c1 = gid('Competency', ids.find((row) => row.code === 'C1')?.id ?? '');
  b2 = gid('Competency', ids.find((row) => row.code === 'B2')?.id ?? '');
  districtRubric = await makeRubric(d, 'district-spec');
  otherRubric = await makeRubric(other, 'other-spec');
});
afterAll(() => t.close());

const view = async (competencyId: string, programmeId: string | null, as: UserRef | null) =>
  ((await t.data(RubricsSpecsCompetencySpecDocument, { competencyId, programmeId }, { as })).node as AdHoc)
    ?.assessmentSpec ?? null;
const set = (input: AdHoc, as: UserRef = d.admin) => t.mutate(RubricsSpecsSetProgrammeSpecDocument, input, { as });
const reset = (input: AdHoc, as: UserRef = d.admin) => t.mutate(RubricsSpecsResetProgrammeSpecDocument, input, { as });

describe('the catalogue’s specs', () => {
  it('C1 is Guangdong’s example: 1 plan + 2 student works with comments + 1 reflection video ≤ 5 min, its own rubric', async () => {
    const spec = await view(c1, null, null);
    expect(spec.overridden).toBe(false);
    expect(spec.artefacts.map((slot: AdHoc) => [slot.kind, slot.count, slot.formats])).toEqual([
      ['PLAN', 1, ['doc', 'docx', 'pdf']],
      ['STUDENT_WORK', 2, ['doc', 'docx', 'pdf', 'pptx', 'jpg', 'png']],
      ['REFLECTION_VIDEO', 1, ['mp4']],
    ]);
    expect(spec.artefacts[1].commentRequired).toBe(true);
    expect(spec.artefacts[2]).toMatchObject({ maxVideoSeconds: 300, teacherVisible: true });
    expect(spec.rubric).toMatchObject({
      key: C1_RUBRIC.key,
      national: true,
      latest: { passPoints: 60, excellentPoints: 85 },
    });
  });

  it('every other point has the default spec: a plan and a video of at most 10 minutes, the default rubric', async () => {
    const spec = await view(b2, p.gid, teacher);
    expect(spec.artefacts.map((slot: AdHoc) => [slot.kind, slot.maxVideoSeconds])).toEqual([
      ['PLAN', null],
      ['LESSON_VIDEO', 600],
    ]);
    expect(spec.rubric).toMatchObject({ key: 'national-default', latest: { maxPoints: 100 } });
  });

  it('seeding again adds nothing', async () => {
    expect(await seedAssessmentSpecs(t.db.prisma)).toEqual({ rubrics: 0, specs: 0 });
  });

  it('a programme the viewer cannot see gives no spec', async () => {
    expect(await view(c1, p.gid, other.admin)).toBeNull();
    expect(await view(c1, p.gid, null)).toBeNull();
  });
});

describe('a programme’s own specs', () => {
  it('the district admin overrides a competency’s spec; the teacher sees it; the catalogue’s stays', async () => {
    const input = {
      programmeId: p.gid,
      competencyId: c1,
      artefacts: slots,
      guidanceZh: '本区要求：一份教学设计和一段课堂实录。',
      rubricId: districtRubric,
    };
    const first = ofType(await set(input), 'SetProgrammeAssessmentSpecPayload').spec;
    expect(first).toMatchObject({ overridden: true, guidanceZh: input.guidanceZh, rubric: { id: districtRubric } });
    expect(first.artefacts[1]).toMatchObject({
      maxVideoSeconds: 480,
      teacherVisible: true,
      maxBytes: 200 * 1024 * 1024,
    });
    const changed = ofType(
      await set({ ...input, guidanceEn: 'One design, one lesson video.' }),
      'SetProgrammeAssessmentSpecPayload',
    ).spec;
    expect(changed).toMatchObject({ id: first.id, guidanceEn: 'One design, one lesson video.' });
    expect(await t.db.prisma.assessmentSpec.count({ where: { programmeId: p.id } })).toBe(1);

    expect(await view(c1, p.gid, teacher)).toMatchObject({ overridden: true, rubric: { key: 'district-spec' } });
    expect(await view(c1, null, teacher)).toMatchObject({ overridden: false, rubric: { key: C1_RUBRIC.key } });

    const page = (await t.data(RubricsSpecsProgrammeSpecsDocument, { programmeId: p.gid, first: 100 }, { as: d.admin }))
      .node as AdHoc;
    expect(page.assessmentSpecs.totalCount).toBe(30);
    const overridden = page.assessmentSpecs.nodes.filter((node: AdHoc) => node.overridden);
    expect(overridden.map((node: AdHoc) => node.competency.code)).toEqual(['C1']);

    const history = await t.db.prisma.decision.findMany({
      where: { subjectType: 'Programme', subjectId: p.id, action: { startsWith: 'ASSESSMENT_SPEC' } },
      orderBy: { createdAt: 'asc' },
    });
    expect(history.map((entry) => [entry.action, entry.toState])).toEqual([
      ['ASSESSMENT_SPEC_SET', 'C1'],
      ['ASSESSMENT_SPEC_CHANGE', 'C1'],
    ]);
  });

  it('refuses bad slots, a rubric the admin cannot see, a competency of another catalogue; nothing changes', async () => {
    const input = {
      programmeId: p.gid,
      competencyId: b2,
      artefacts: slots,
      guidanceZh: '说明',
      rubricId: districtRubric,
    };
    const bad = ofType(await set({ ...input, artefacts: [{ ...slots[0], count: 2, maxCount: 1 }] }), 'ValidationError');
    expect(bad.issues).toEqual([
      { path: ['input', 'artefacts', '0', 'maxCount'], message: 'maxCount must be at least count' },
    ]);
    const noVideo = ofType(
      await set({ ...input, artefacts: [{ ...slots[0], maxVideoSeconds: 60 }] }, d.admin),
      'ValidationError',
    );
    expect(noVideo.issues[0]?.path).toEqual(['input', 'artefacts', '0', 'maxVideoSeconds']);
    const format = ofType(await set({ ...input, artefacts: [{ ...slots[0], formats: ['exe'] }] }), 'ValidationError');
    expect(format.issues[0]?.path).toEqual(['input', 'artefacts', '0', 'formats', '0']);
    expect(ofType(await set({ ...input, rubricId: otherRubric }), 'NotFoundError').code).toBe('NOT_FOUND');
    const principal = await t.world.principalStandard();
    const foreign = await t.db.prisma.competency.findFirstOrThrow({ where: { catalogueId: principal.id } });
    const wrong = ofType(await set({ ...input, competencyId: gid('Competency', foreign.id) }), 'ValidationError');
    expect(wrong.issues[0]?.path).toEqual(['input', 'competencyId']);
    expect(await t.db.prisma.assessmentSpec.count({ where: { programmeId: p.id } })).toBe(1);
  });

  it('only the district admin over the programme may set or reset; a CLOSED programme is refused', async () => {
    const input = {
      programmeId: p.gid,
      competencyId: b2,
      artefacts: slots,
      guidanceZh: '说明',
      rubricId: districtRubric,
    };
    expect(ofType(await set(input, s.admin), 'ForbiddenActionError').code).toBe('FORBIDDEN_ACTION');
    expect(ofType(await set(input, teacher), 'ForbiddenActionError').code).toBe('FORBIDDEN_ACTION');
    expect(ofType(await set(input, other.admin), 'NotFoundError').code).toBe('NOT_FOUND');
    expect(ofType(await set(input, d.provinceAdmin), 'ForbiddenActionError').code).toBe('FORBIDDEN_ACTION');
    const closed = await d.programme({ status: 'CLOSED' });
    const refused = ofType(await set({ ...input, programmeId: closed.gid }), 'InvalidStateError');
    expect(refused.message).toBe('The programme is closed: its assessment specifications no longer change.');
    const zh = ofType(
      await t.mutate(
        RubricsSpecsResetProgrammeSpecDocument,
        { programmeId: closed.gid, competencyId: b2 },
        { as: d.admin, locale: 'zh-CN' },
      ),
      'InvalidStateError',
    );
    expect(zh.message).toBe('项目已结项，测评规范不能再修改。');
  });

  it('resetting goes back to the catalogue’s spec; resetting again is refused', async () => {
    const back = ofType(
      await reset({ programmeId: p.gid, competencyId: c1 }),
      'ResetProgrammeAssessmentSpecPayload',
    ).spec;
    expect(back).toMatchObject({ overridden: false, rubric: { key: C1_RUBRIC.key } });
    expect(await view(c1, p.gid, teacher)).toMatchObject({ overridden: false });
    expect(ofType(await reset({ programmeId: p.gid, competencyId: c1 }), 'InvalidStateError').code).toBe(
      'INVALID_STATE',
    );
  });
});

describe('statement counts', () => {
  it('Programme.assessmentSpecs reads 1, 10 or 30 specs in the same number of statements', async () => {
    // Some overrides, so both kinds of spec are on the page.
    for (const code of ['A1', 'B3', 'C2']) {
      const row = await t.db.prisma.competency.findFirstOrThrow({ where: { catalogueId: catalogue.id, code } });
      ofType(
        await set({
          programmeId: p.gid,
          competencyId: gid('Competency', row.id),
          artefacts: slots,
          guidanceZh: '说明',
          rubricId: districtRubric,
        }),
        'SetProgrammeAssessmentSpecPayload',
      );
    }
    const query = `query($id: ID!, $first: Int) { node(id: $id) { ... on Programme { assessmentSpecs(first: $first) {
      totalCount nodes { overridden competency { code nameZh dimension { code } }
      spec { id guidanceZh artefacts { key kind formats maxVideoSeconds }
        rubric { key ownerName latest { version maxPoints criteria { key levels { key points } } } } } } } } } }`;
    const counts: number[] = [];
    for (const first of [1, 10, 30]) {
      const { count, data } = await t.statementsFor(query, { id: p.gid, first }, { as: d.admin });
      expect(data.node.assessmentSpecs.nodes).toHaveLength(first);
      counts.push(count);
    }
    expect(new Set(counts).size, counts.join(', ')).toBe(1);
  });

  it('Competency.assessmentSpec over a catalogue page is one statement for all the specs', async () => {
    const query = `query($id: ID!, $programmeId: ID, $first: Int) { node(id: $id) { ... on Catalogue { competencies(first: $first) {
      nodes { code assessmentSpec(programmeId: $programmeId) { overridden artefacts { key } rubric { key } } } } } } }`;
    const one = await t.statementsFor(query, { id: catalogue.gid, programmeId: p.gid, first: 1 }, { as: teacher });
    const thirty = await t.statementsFor(query, { id: catalogue.gid, programmeId: p.gid, first: 30 }, { as: teacher });
    expect(thirty.data.node.competencies.nodes.filter((node: AdHoc) => node.assessmentSpec.overridden)).toHaveLength(3);
    expect(thirty.count).toBe(one.count);
  });
});
