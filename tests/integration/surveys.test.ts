/**
 * Surveys through the real server: templates, authoring and who may publish which audience, the window, the
 * leadership self-assessment, answering once (validated, replaced on resubmission, one row under concurrency on
 * PostgreSQL), anonymous surveys that no query links to a person, the reads, and their SQL statement counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerCache } from '../../api/auth/viewer-cache.js';
import { DEVELOPMENT_NATIONAL_ID_KEY } from '../../api/config.js';
import { seedSurveyTemplates } from '../../prisma/seed/surveys.js';
import {
  audienceGroups,
  audienceGroupsOf,
  audienceSize,
  membershipOf,
  respondentKeyOf,
} from '../../schema/surveys/index.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { testServerUrl } from '../kit/database.js';
import { gid } from '../kit/ids.js';
import type { DistrictWorld, OrgRef, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
  await t.world.principalStandard();
  await t.db.prisma.$transaction((tx) => seedSurveyTemplates(tx));
}, 60_000);
afterAll(() => t?.close());

const DAY = 86_400_000;
const window = (fromDays = -1, toDays = 30) => ({
  opensAt: new Date(Date.now() + fromDays * DAY).toISOString(),
  closesAt: new Date(Date.now() + toDays * DAY).toISOString(),
});

const SECTIONS = [
  {
    title: '基本情况',
    questions: [
      {
        key: 'stage',
        kind: 'SINGLE_CHOICE',
        prompt: '任教学段',
        required: true,
        options: [
          { key: 'primary', label: '小学' },
          { key: 'junior', label: '初中' },
        ],
      },
      {
        key: 'formats',
        kind: 'MULTIPLE_CHOICE',
        prompt: '偏好的培训形式',
        options: [
          { key: 'online', label: '网络研修' },
          { key: 'workshop', label: '工作坊' },
          { key: 'school', label: '校本研修' },
        ],
        maxChoices: 2,
      },
    ],
  },
  {
    title: '评价',
    questions: [
      { key: 'overall', kind: 'SCALE', prompt: '总体满意度', required: true },
      {
        key: 'aspects',
        kind: 'MATRIX',
        prompt: '各方面评价',
        rows: [
          { key: 'course', label: '课程' },
          { key: 'tutor', label: '辅导' },
        ],
        required: true,
      },
      { key: 'suggest', kind: 'TEXT', prompt: '建议' },
    ],
  },
];

const SURVEY_FIELDS = `id title status purpose anonymous isOpen questionCount audience { kind organisationId organisationName }
  sections { position title questions { id key kind required options { key label } rows { key label } scaleMin scaleMax maxChoices } }`;

const CREATE = `mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { __typename
  ... on CreateSurveyPayload { survey { ${SURVEY_FIELDS} } }
  ... on ValidationError { issues { path message } } ... on Error { code message } } }`;
const PUBLISH = `mutation($input: PublishSurveyInput!) { publishSurvey(input: $input) { __typename
  ... on PublishSurveyPayload { survey { id status publishedAt } } ... on Error { code message } } }`;
const CLOSE = `mutation($input: CloseSurveyInput!) { closeSurvey(input: $input) { __typename
  ... on CloseSurveyPayload { survey { id status closedAt isOpen } } ... on Error { code message } } }`;
const UPDATE = `mutation($input: UpdateSurveyInput!) { updateSurvey(input: $input) { __typename
  ... on UpdateSurveyPayload { survey { ${SURVEY_FIELDS} } } ... on ValidationError { issues { path message } } ... on Error { code message } } }`;
const DELETE = `mutation($input: DeleteSurveyInput!) { deleteSurvey(input: $input) { __typename
  ... on DeleteSurveyPayload { deletedSurveyId } ... on Error { code message } } }`;
const SUBMIT = `mutation($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) { __typename
  ... on SubmitSurveyResponsePayload { response { submittedAt updatedAt respondent { id } answers { questionId optionKeys value rows { rowKey value } text } } }
  ... on ValidationError { issues { path message } } ... on Error { code message } } }`;
const SELF = `mutation($input: CreateSelfAssessmentInput!) { createSelfAssessment(input: $input) { __typename
  ... on CreateSelfAssessmentPayload { survey { id title purpose questionCount sections { position title questions { key kind scaleMin scaleMax competency { code } dimension { code } } } } }
  ... on ValidationError { issues { path message } } ... on Error { code message } } }`;

async function run(
  query: string,
  input: Record<string, unknown>,
  as: UserRef | null,
  locale?: 'en' | 'zh-CN',
): Promise<AdHoc> {
  const res = await t.gql(query, { input }, { as, ...(locale ? { locale } : {}) });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data as Record<string, unknown>)[0];
}

interface Made {
  id: string;
  questions: Array<{ id: string; key: string }>;
}

/** A published survey for an audience, made through the API by `as`. */
async function publishedSurvey(
  as: UserRef,
  audience: { kind: string; organisationId: string; programmeId?: string },
  extra: Record<string, unknown> = {},
): Promise<Made> {
  const created = await run(CREATE, { title: '问卷', audience, ...window(), sections: SECTIONS, ...extra }, as);
  expect(created.__typename, JSON.stringify(created)).toBe('CreateSurveyPayload');
  const published = await run(PUBLISH, { surveyId: created.survey.id }, as);
  expect(published.__typename, JSON.stringify(published)).toBe('PublishSurveyPayload');
  return {
    id: created.survey.id,
    questions: created.survey.sections.flatMap((s: AdHoc) => s.questions.map((q: AdHoc) => ({ id: q.id, key: q.key }))),
  };
}

const q = (made: Made, key: string) => made.questions.find((question) => question.key === key)!.id;

/** A complete, valid answer set. */
const answersTo = (made: Made, overall = 4) => [
  { questionId: q(made, 'stage'), optionKeys: ['primary'] },
  { questionId: q(made, 'formats'), optionKeys: ['online', 'school'] },
  { questionId: q(made, 'overall'), value: overall },
  {
    questionId: q(made, 'aspects'),
    rows: [
      { rowKey: 'course', value: 5 },
      { rowKey: 'tutor', value: 3 },
    ],
  },
  { questionId: q(made, 'suggest'), text: '希望多一些课堂实录' },
];

const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

describe('templates', () => {
  it('seeds the training-needs and satisfaction templates once, readable by those who manage surveys', async () => {
    await t.db.prisma.$transaction((tx) => seedSurveyTemplates(tx));
    const d = await t.world.district();
    const s = await d.school();
    const query = `{ surveyTemplates(first: 10) { totalCount nodes { code purpose nameZh sections { title questions { kind } } } } }`;
    const asTutor = (await t.gql(query, {}, { as: s.tutor })).data as AdHoc;
    expect(asTutor.surveyTemplates.totalCount).toBe(2);
    const byCode = Object.fromEntries(asTutor.surveyTemplates.nodes.map((n: AdHoc) => [n.code, n]));
    expect(byCode['training-needs-2022'].purpose).toBe('TRAINING_NEEDS');
    expect(byCode['satisfaction-2022'].purpose).toBe('SATISFACTION');
    for (const template of asTutor.surveyTemplates.nodes) {
      const kinds = new Set(template.sections.flatMap((sec: AdHoc) => sec.questions.map((x: AdHoc) => x.kind)));
      expect(kinds.size).toBe(5);
    }
    expect(byCode['training-needs-2022'].sections.map((sec: AdHoc) => sec.title)).toEqual([
      '一、基本情况',
      '二、信息技术应用现状',
      '三、培训需求',
      '四、培训方式与安排',
      '五、其他',
    ]);
    const asTeacher = (await t.gql(query, {}, { as: await s.teacher() })).data as AdHoc;
    expect(asTeacher.surveyTemplates).toBeNull();
  });

  it('copies a template into a new draft, with its purpose', async () => {
    const d = await t.world.district();
    const template = await t.db.prisma.surveyTemplate.findUniqueOrThrow({ where: { code: 'satisfaction-2022' } });
    const created = await run(
      CREATE,
      {
        title: '2025 年训后满意度调查',
        audience: { kind: 'DISTRICT_TEACHERS', organisationId: d.district.gid },
        ...window(),
        templateId: gid('SurveyTemplate', template.id),
        anonymous: true,
      },
      d.admin,
    );
    expect(created.__typename).toBe('CreateSurveyPayload');
    expect(created.survey.purpose).toBe('SATISFACTION');
    expect(created.survey.status).toBe('DRAFT');
    expect(created.survey.sections.map((sec: AdHoc) => sec.title)[0]).toBe('一、课程质量');
    expect(created.survey.questionCount).toBe(12);
    const both = await run(
      CREATE,
      {
        title: 'x',
        audience: { kind: 'DISTRICT_TEACHERS', organisationId: d.district.gid },
        ...window(),
        templateId: gid('SurveyTemplate', template.id),
        sections: SECTIONS,
      },
      d.admin,
    );
    expect(both.__typename).toBe('ValidationError');
  });
});

describe('authoring: who may publish which audience', () => {
  let d: DistrictWorld;
  let s: SchoolWorld;
  let otherClass: OrgRef;
  beforeAll(async () => {
    d = await t.world.district();
    s = await d.school();
    otherClass = await t.world.organisation('CLASS', s.school);
  });

  const attempt = async (as: UserRef, kind: string, organisation: OrgRef, programmeId?: string) => {
    const result = await run(
      CREATE,
      {
        title: '调查',
        audience: { kind, organisationId: organisation.gid, ...(programmeId ? { programmeId } : {}) },
        ...window(),
        sections: SECTIONS,
      },
      as,
    );
    return result.__typename === 'CreateSurveyPayload' ? 'allowed' : result.__typename;
  };

  it('a class tutor: their own class only', async () => {
    expect(await attempt(s.tutor, 'CLASS', s.class)).toBe('allowed');
    expect(await attempt(s.tutor, 'CLASS', otherClass)).toBe('NotFoundError');
    expect(await attempt(s.tutor, 'SCHOOL_TEACHERS', s.school)).toBe('NotFoundError');
  });

  it('a school admin: classes, teachers and programme teachers of their school, nothing district-wide', async () => {
    const p = await d.programme({ schools: [s] });
    expect(await attempt(s.admin, 'CLASS', otherClass)).toBe('allowed');
    expect(await attempt(s.admin, 'SCHOOL_TEACHERS', s.school)).toBe('allowed');
    expect(await attempt(s.admin, 'PROGRAMME_TEACHERS', s.school, p.gid)).toBe('allowed');
    expect(await attempt(s.admin, 'DISTRICT_TEACHERS', d.district)).toBe('NotFoundError');
    expect(await attempt(s.admin, 'PROGRAMME_TEACHERS', d.district, p.gid)).toBe('NotFoundError');
  });

  it('a district admin: all of these in the district, and its teachers and school leaders', async () => {
    const p = await d.programme({ schools: [s] });
    for (const [kind, org] of [
      ['CLASS', s.class],
      ['SCHOOL_TEACHERS', s.school],
      ['DISTRICT_TEACHERS', d.district],
      ['DISTRICT_LEADERS', d.district],
    ] as const)
      expect(await attempt(d.admin, kind, org)).toBe('allowed');
    expect(await attempt(d.admin, 'PROGRAMME_TEACHERS', d.district, p.gid)).toBe('allowed');
    const other = await t.world.district();
    expect(await attempt(d.admin, 'DISTRICT_TEACHERS', other.district)).toBe('NotFoundError');
    expect(await attempt(await s.teacher(), 'SCHOOL_TEACHERS', s.school)).toBe('ForbiddenActionError');
  });

  it('refuses an audience drawn from the wrong kind of organisation, a missing programme, a bad window', async () => {
    const wrongKind = await run(
      CREATE,
      { title: 'x', audience: { kind: 'DISTRICT_LEADERS', organisationId: s.school.gid }, ...window(), sections: [] },
      d.admin,
      'zh-CN',
    );
    expect(wrongKind.__typename).toBe('ValidationError');
    expect(wrongKind.issues[0].path).toEqual(['input', 'audience', 'organisationId']);
    expect(wrongKind.issues[0].message).toContain('DISTRICT_LEADERS');
    const noProgramme = await run(
      CREATE,
      { title: 'x', audience: { kind: 'PROGRAMME_TEACHERS', organisationId: s.school.gid }, ...window(), sections: [] },
      d.admin,
    );
    expect(noProgramme.issues[0].path).toEqual(['input', 'audience', 'programmeId']);
    const badWindow = await run(
      CREATE,
      { title: 'x', audience: { kind: 'CLASS', organisationId: s.class.gid }, ...window(5, 1), sections: [] },
      d.admin,
    );
    expect(badWindow.issues.map((i: AdHoc) => i.path)).toEqual([['input', 'closesAt']]);
    const badQuestion = await run(
      CREATE,
      {
        title: 'x',
        audience: { kind: 'CLASS', organisationId: s.class.gid },
        ...window(),
        sections: [{ title: 'A', questions: [{ key: 'q', kind: 'SINGLE_CHOICE', prompt: 'p', options: [] }] }],
      },
      d.admin,
    );
    expect(badQuestion.issues.map((i: AdHoc) => i.path.join('.'))).toEqual(['input.sections.0.questions.0.options']);
    expect(await t.db.prisma.survey.count({ where: { title: 'x' } })).toBe(0);
  });

  it('edits, publishes, closes and deletes only in the right states', async () => {
    const created = await run(
      CREATE,
      { title: '草稿', audience: { kind: 'CLASS', organisationId: s.class.gid }, ...window() },
      s.tutor,
    );
    const surveyId = created.survey.id;
    expect((await run(PUBLISH, { surveyId }, s.tutor)).code).toBe('INVALID_STATE');
    const updated = await run(UPDATE, { surveyId, title: '训后满意度', anonymous: true, sections: SECTIONS }, s.tutor);
    expect(updated.survey.title).toBe('训后满意度');
    expect(updated.survey.anonymous).toBe(true);
    expect(updated.survey.questionCount).toBe(5);
    expect((await run(UPDATE, { surveyId, sections: [SECTIONS[0]] }, s.tutor)).survey.questionCount).toBe(2);
    expect((await run(UPDATE, { surveyId, sections: SECTIONS }, s.tutor)).survey.questionCount).toBe(5);
    expect((await run(CLOSE, { surveyId }, s.tutor)).code).toBe('INVALID_STATE');
    expect((await run(PUBLISH, { surveyId }, s.tutor)).survey.status).toBe('PUBLISHED');
    const edit = await run(UPDATE, { surveyId, title: 'changed' }, s.tutor, 'zh-CN');
    expect(edit.code).toBe('INVALID_STATE');
    expect(edit.message).toContain('已发布');
    expect((await run(DELETE, { surveyId }, s.tutor)).code).toBe('INVALID_STATE');
    const closed = await run(CLOSE, { surveyId }, s.tutor);
    expect(closed.survey.status).toBe('CLOSED');
    expect(closed.survey.isOpen).toBe(false);
    const draft = await run(
      CREATE,
      { title: '删除', audience: { kind: 'CLASS', organisationId: s.class.gid }, ...window(), sections: SECTIONS },
      s.tutor,
    );
    expect((await run(DELETE, { surveyId: draft.survey.id }, s.tutor)).deletedSurveyId).toBe(draft.survey.id);
    expect(await t.db.prisma.surveyQuestion.count({ where: { surveyId: rawId(draft.survey.id) } })).toBe(0);
    const past = await run(
      CREATE,
      {
        title: '过期',
        audience: { kind: 'CLASS', organisationId: s.class.gid },
        ...window(-10, -5),
        sections: SECTIONS,
      },
      s.tutor,
    );
    expect((await run(PUBLISH, { surveyId: past.survey.id }, s.tutor)).code).toBe('INVALID_STATE');
  });
});

describe('the principals’ leadership self-assessment', () => {
  it('has one section per duty (3) and one 1–5 question per item (15), linked to item and duty', async () => {
    const d = await t.world.district();
    const standard = await t.world.principalStandard();
    const made = await run(
      SELF,
      {
        catalogueId: standard.gid,
        audience: { kind: 'DISTRICT_LEADERS', organisationId: d.district.gid },
        ...window(),
      },
      d.admin,
    );
    expect(made.__typename).toBe('CreateSelfAssessmentPayload');
    expect(made.survey.purpose).toBe('SELF_ASSESSMENT');
    expect(made.survey.questionCount).toBe(15);
    expect(
      made.survey.sections.map((sec: AdHoc) => [
        sec.position,
        sec.title,
        sec.questions.map((x: AdHoc) => x.key).join(','),
      ]),
    ).toEqual([
      [1, '规划设计', '1,2,3,4,5'],
      [2, '组织实施', '6,7,8,9,10,11'],
      [3, '评价推动', '12,13,14,15'],
    ]);
    const questions = made.survey.sections.flatMap((sec: AdHoc) => sec.questions);
    expect(new Set(questions.map((x: AdHoc) => `${x.kind} ${x.scaleMin}-${x.scaleMax}`))).toEqual(
      new Set(['SCALE 1-5']),
    );
    expect(made.survey.sections.map((sec: AdHoc) => sec.questions[0].dimension.code)).toEqual([
      'PLANNING_AND_DESIGN',
      'ORGANISING_AND_IMPLEMENTING',
      'EVALUATING_AND_DRIVING',
    ]);
    expect(questions.every((x: AdHoc) => x.competency.code === x.key)).toBe(true);
  });

  it('gives the teacher catalogue 4 dimension sections and 30 questions', async () => {
    const d = await t.world.district();
    const national = await t.world.catalogue();
    const made = await run(
      SELF,
      {
        catalogueId: national.gid,
        audience: { kind: 'DISTRICT_TEACHERS', organisationId: d.district.gid },
        ...window(),
      },
      d.admin,
    );
    expect(made.survey.questionCount).toBe(30);
    expect(made.survey.sections.map((sec: AdHoc) => sec.title)).toEqual([
      '学情分析',
      '教学设计',
      '学法指导',
      '学业评价',
    ]);
  });
});

describe('answering', () => {
  let d: DistrictWorld;
  let s: SchoolWorld;
  let member: UserRef;
  let made: Made;
  beforeAll(async () => {
    d = await t.world.district();
    s = await d.school();
    const p = await d.programme({ schools: [s] });
    member = (await p.teacher(s)).teacher;
    made = await publishedSurvey(s.tutor, { kind: 'CLASS', organisationId: s.class.gid });
  });

  it('stores one response per person, replaced when answered again, with the school and class', async () => {
    const first = await run(SUBMIT, { surveyId: made.id, answers: answersTo(made, 4) }, member);
    expect(first.__typename, JSON.stringify(first)).toBe('SubmitSurveyResponsePayload');
    expect(first.response.respondent.id).toBe(member.gid);
    expect(first.response.answers.find((a: AdHoc) => a.questionId === q(made, 'formats')).optionKeys).toEqual([
      'online',
      'school',
    ]);
    const second = await run(SUBMIT, { surveyId: made.id, answers: answersTo(made, 2) }, member);
    expect(second.response.answers.find((a: AdHoc) => a.questionId === q(made, 'overall')).value).toBe(2);
    expect(second.response.submittedAt).toBe(first.response.submittedAt);
    const rows = await t.db.prisma.surveyResponse.findMany({ where: { surveyId: rawId(made.id) } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      respondentId: member.id,
      respondentKey: member.id,
      schoolPath: s.school.path,
      classPath: s.class.path,
    });
    expect(await t.db.prisma.surveyAnswer.count({ where: { surveyId: rawId(made.id) } })).toBe(7);
  });

  it('refuses invalid answers with every problem and stores nothing', async () => {
    const before = await t.db.prisma.surveyAnswer.findMany({
      where: { surveyId: rawId(made.id) },
      orderBy: { id: 'asc' },
    });
    const bad = await run(
      SUBMIT,
      {
        surveyId: made.id,
        answers: [
          { questionId: q(made, 'stage'), optionKeys: ['primary', 'junior'] },
          { questionId: q(made, 'overall'), value: 9 },
          { questionId: q(made, 'suggest'), text: '长'.repeat(2001) },
        ],
      },
      member,
      'zh-CN',
    );
    expect(bad.__typename).toBe('ValidationError');
    expect(bad.issues.map((i: AdHoc) => i.path.join('.'))).toEqual([
      'input.answers.0.optionKeys',
      'input.answers.1.value',
      'input.answers.2.text',
      'input.answers',
    ]);
    expect(bad.issues[0].message).toBe('第 stage 题只能选一项');
    expect(bad.issues[3].message).toBe('第 aspects 题为必答题');
    const english = await run(
      SUBMIT,
      {
        surveyId: made.id,
        answers: [...answersTo(made).slice(0, 2), { questionId: q(made, 'overall'), value: 3, text: 'x' }],
      },
      member,
      'en',
    );
    expect(english.issues.map((i: AdHoc) => i.message)).toEqual([
      'text does not apply to question overall (a scale question)',
      'Question aspects must be answered',
    ]);
    const after = await t.db.prisma.surveyAnswer.findMany({
      where: { surveyId: rawId(made.id) },
      orderBy: { id: 'asc' },
    });
    expect(after).toEqual(before);
  });

  it('answers only for audience members, while open', async () => {
    const outsider = await s.teacher(); // holds TEACHER on the class, but is not enrolled in it
    expect((await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, outsider)).code).toBe('NOT_FOUND');
    expect((await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, s.admin)).code).toBe(
      'SURVEY_NOT_IN_AUDIENCE',
    );
    expect((await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, d.admin)).code).toBe('NOT_FOUND');
    const elsewhere = await (await t.world.district()).school().teacher();
    expect((await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, elsewhere)).code).toBe('NOT_FOUND');
    const later = await run(
      CREATE,
      {
        title: '未开始',
        audience: { kind: 'CLASS', organisationId: s.class.gid },
        ...window(2, 9),
        sections: SECTIONS,
      },
      s.tutor,
    );
    await run(PUBLISH, { surveyId: later.survey.id }, s.tutor);
    const notYet = await run(SUBMIT, { surveyId: later.survey.id, answers: [] }, member);
    expect(notYet.code).toBe('INVALID_STATE');
    const closing = await publishedSurvey(s.tutor, { kind: 'CLASS', organisationId: s.class.gid });
    await run(CLOSE, { surveyId: closing.id }, s.tutor);
    expect((await run(SUBMIT, { surveyId: closing.id, answers: answersTo(closing) }, member)).code).toBe(
      'INVALID_STATE',
    );
    expect(await t.db.prisma.surveyResponse.count({ where: { surveyId: rawId(closing.id) } })).toBe(0);
  });

  it('checks audiences of each kind in SQL as the pure rule does, and counts them', async () => {
    const p = await d.programme({ schools: [s] });
    const enrolled = await p.teacher(s, { class: null });
    const cases = [
      { kind: 'SCHOOL_TEACHERS', organisationId: s.school.gid },
      { kind: 'DISTRICT_TEACHERS', organisationId: d.district.gid },
      { kind: 'DISTRICT_LEADERS', organisationId: d.district.gid },
      { kind: 'PROGRAMME_TEACHERS', organisationId: s.school.gid, programmeId: p.gid },
      { kind: 'CLASS', organisationId: s.class.gid },
    ];
    const people = [member, enrolled.teacher, s.admin, s.tutor, d.admin];
    const expected: Record<string, string[]> = {
      SCHOOL_TEACHERS: [member.login, enrolled.teacher.login],
      DISTRICT_TEACHERS: [member.login, enrolled.teacher.login],
      DISTRICT_LEADERS: [s.admin.login],
      PROGRAMME_TEACHERS: [enrolled.teacher.login],
      CLASS: [member.login],
    };
    for (const audience of cases) {
      const survey = await publishedSurvey(d.admin, audience);
      const inSql: string[] = [];
      const listed: string[] = [];
      for (const person of people) {
        if (await membershipOf(t.db.prisma, rawId(survey.id), person.id)) inSql.push(person.login);
        const mine = (await t.gql('{ mySurveys(first: 100) { nodes { id } } }', {}, { as: person })).data as AdHoc;
        if (mine.mySurveys.nodes.some((n: AdHoc) => n.id === survey.id)) listed.push(person.login);
      }
      expect({ kind: audience.kind, inSql }).toEqual({ kind: audience.kind, inSql: expected[audience.kind] });
      expect({ kind: audience.kind, listed }).toEqual({ kind: audience.kind, listed: expected[audience.kind] });
      if (audience.kind === 'CLASS' || audience.kind === 'PROGRAMME_TEACHERS') {
        // Only `member` is enrolled in the class; only `enrolled` in the new programme.
        const sized = await t.gql(
          'query($id: ID!) { survey(id: $id) { audienceSize } }',
          { id: survey.id },
          { as: d.admin },
        );
        expect((sized.data as AdHoc).survey.audienceSize).toBe(1);
        const asTeacher = await t.gql(
          'query($id: ID!) { survey(id: $id) { audienceSize } }',
          { id: survey.id },
          { as: member },
        );
        expect((asTeacher.data as AdHoc)?.survey?.audienceSize ?? null).toBeNull();
      }
      if (audience.kind === 'DISTRICT_TEACHERS') {
        // Every teacher of the district's school (the kit's teachers hold TEACHER at the school).
        const teachers = await t.db.prisma.roleAssignment.findMany({
          where: { role: 'TEACHER', orgPath: { startsWith: d.district.path } },
          distinct: ['userId'],
        });
        expect(await audienceSize(t.db.prisma, rawId(survey.id))).toBe(teachers.length);
        const groups = await audienceGroups(t.db.prisma, rawId(survey.id));
        expect(groups.reduce((sum, g) => sum + g.members, 0)).toBe(teachers.length);
        expect(groups.every((g) => g.schoolPath === s.school.path && g.classPath === null)).toBe(true);
        const many = await audienceGroupsOf(t.db.prisma, [rawId(survey.id), rawId(made.id)]);
        expect(many.get(rawId(survey.id))).toEqual(groups);
        expect(many.get(rawId(made.id))).toEqual([{ schoolPath: s.school.path, classPath: s.class.path, members: 1 }]);
      }
    }
  });
});

describe('anonymous surveys', () => {
  it('cannot be linked to a person by any query, as any role', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s] });
    const respondent = (await p.teacher(s)).teacher;
    const made = await publishedSurvey(s.tutor, { kind: 'CLASS', organisationId: s.class.gid }, { anonymous: true });
    const answered = await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, respondent);
    expect(answered.response).toMatchObject({ respondent: null, submittedAt: null, updatedAt: null });
    // The database rows hold no user id and no time.
    const [row] = await t.db.sql.query<Record<string, unknown>>(
      `SELECT r.*, (SELECT json_agg(a) FROM "SurveyAnswer" a WHERE a."responseId" = r.id) AS answers
       FROM "SurveyResponse" r WHERE r."surveyId" = $1`,
      [rawId(made.id)],
    );
    expect(row).toBeDefined();
    expect(JSON.stringify(row)).not.toContain(respondent.id);
    expect(row!.respondentId).toBeNull();
    expect(row!.submittedAt).toBeNull();
    expect(row!.respondentKey).toBe(respondentKeyOf(DEVELOPMENT_NATIONAL_ID_KEY, rawId(made.id), respondent.id));
    // The respondent finds their own answers; nobody else can, whatever their role.
    const probe = `query($id: ID!) { survey(id: $id) { id anonymous answered
      myResponse { submittedAt updatedAt respondent { id login } answers { questionId optionKeys value text } }
      responses(first: 10) { totalCount nodes { respondent { id } submittedAt } } } }`;
    const own = await t.gql(probe, { id: made.id }, { as: respondent });
    expect((own.data as AdHoc).survey.myResponse.answers).toHaveLength(5);
    expect((own.data as AdHoc).survey.myResponse.respondent).toBeNull();
    const province = d.provinceAdmin;
    const expert = await t.world.user(d.district, [['EXPERT', d.district]]);
    const syncClient = await t.world.user(d.district, [['SYNC_CLIENT', d.district]]);
    const viewers = [
      null,
      respondent,
      await s.teacher(),
      s.tutor,
      s.leader,
      s.admin,
      d.admin,
      province,
      expert,
      syncClient,
    ];
    for (const viewer of viewers) {
      const res = await t.gql(probe, { id: made.id }, { as: viewer });
      const text = JSON.stringify(res);
      expect(text).not.toContain(respondent.id);
      expect(text).not.toContain(respondent.gid);
      expect(text).not.toContain(respondent.login);
      const survey = (res.data as AdHoc)?.survey;
      if (viewer !== respondent) expect(survey?.myResponse ?? null).toBeNull();
      if (survey) {
        expect(survey.responses).toBeNull();
        if (viewer === s.tutor || viewer === s.admin || viewer === d.admin)
          expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['SURVEY_ANONYMOUS']);
      }
    }
  });

  it('lists named responses with their respondents to the survey’s managers only', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s] });
    const respondent = (await p.teacher(s)).teacher;
    const made = await publishedSurvey(s.tutor, { kind: 'CLASS', organisationId: s.class.gid });
    await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, respondent);
    const probe = `query($id: ID!) { survey(id: $id) { responses(first: 10) { totalCount nodes { respondent { login } submittedAt answers { value } } } } }`;
    for (const [viewer, sees] of [
      [s.tutor, true],
      [s.admin, true],
      [d.admin, true],
      [respondent, false],
      [d.provinceAdmin, false],
    ] as const) {
      const res = (await t.gql(probe, { id: made.id }, { as: viewer })).data as AdHoc;
      if (sees) expect(res.survey.responses.nodes.map((n: AdHoc) => n.respondent.login)).toEqual([respondent.login]);
      else expect(res.survey?.responses ?? null).toBeNull();
    }
  });
});

describe('reads', () => {
  it('mySurveys lists the viewer’s open and other surveys with whether they answered', async () => {
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s] });
    const teacher = (await p.teacher(s)).teacher;
    const open = await publishedSurvey(s.tutor, { kind: 'CLASS', organisationId: s.class.gid });
    const closed = await publishedSurvey(s.tutor, { kind: 'CLASS', organisationId: s.class.gid });
    await run(SUBMIT, { surveyId: closed.id, answers: answersTo(closed) }, teacher);
    await run(CLOSE, { surveyId: closed.id }, s.tutor);
    const draft = await run(
      CREATE,
      { title: '草稿', audience: { kind: 'CLASS', organisationId: s.class.gid }, ...window(), sections: SECTIONS },
      s.tutor,
    );
    const list = async (open?: boolean) =>
      (
        (
          await t.gql(
            'query($open: Boolean) { mySurveys(first: 10, open: $open) { totalCount nodes { id answered isOpen } } }',
            { open },
            { as: teacher },
          )
        ).data as AdHoc
      ).mySurveys;
    expect((await list()).totalCount).toBe(2);
    expect((await list(true)).nodes).toEqual([{ id: open.id, answered: false, isOpen: true }]);
    expect((await list(false)).nodes).toEqual([{ id: closed.id, answered: true, isOpen: false }]);
    const byId = await t.gql('query($id: ID!) { survey(id: $id) { id } }', { id: draft.survey.id }, { as: teacher });
    expect((byId.data as AdHoc).survey).toBeNull();
    const node = `query($id: ID!) { node(id: $id) { id ... on Survey { status } } }`;
    expect((await t.gql(node, { id: draft.survey.id }, { as: teacher })).data).toEqual({ node: null });
    expect((await t.gql(node, { id: open.id }, { as: teacher })).data).toEqual({
      node: { id: open.id, status: 'PUBLISHED' },
    });
    expect((await t.gql(node, { id: draft.survey.id }, { as: s.tutor })).data).toEqual({
      node: { id: draft.survey.id, status: 'DRAFT' },
    });
    const stranger = await (await t.world.district()).school().teacher();
    expect((await t.gql(node, { id: open.id }, { as: stranger })).data).toEqual({ node: null });
    const managers = (
      await t.gql('{ surveys(first: 10, status: DRAFT) { totalCount nodes { id } } }', {}, { as: s.tutor })
    ).data as AdHoc;
    expect(managers.surveys.nodes.map((n: AdHoc) => n.id)).toEqual([draft.survey.id]);
    const asTeacher = (await t.gql('{ surveys(first: 10) { totalCount } }', {}, { as: teacher })).data as AdHoc;
    expect(asTeacher.surveys.totalCount).toBe(0);
  });
});

describe('the demo data', () => {
  it('publishes the needs survey, the class satisfaction survey and the principals’ self-assessment, idempotently', async () => {
    await t.world.demo();
    const titles = async () =>
      (
        await t.db.prisma.survey.findMany({
          where: { publisher: { login: { in: ['district.admin', 'class.tutor'] } } },
        })
      )
        .map((survey) => survey.title)
        .sort();
    const first = await titles();
    expect(first).toHaveLength(3);
    const { seed } = await import('../../prisma/seed/seed.js');
    await seed(t.db.prisma);
    expect(await titles()).toEqual(first);
    const mine = (
      await t.gql('{ mySurveys(first: 10) { nodes { title purpose anonymous answered } } }', {}, { as: 'teacher' })
    ).data as AdHoc;
    expect(mine.mySurveys.nodes.map((n: AdHoc) => [n.purpose, n.anonymous, n.answered]).sort()).toEqual([
      ['SATISFACTION', true, false],
      ['TRAINING_NEEDS', false, true],
    ]);
    const principal = (
      await t.gql('{ mySurveys(first: 10) { nodes { purpose questionCount } } }', {}, { as: 'school.admin' })
    ).data as AdHoc;
    expect(principal.mySurveys.nodes).toEqual([{ purpose: 'SELF_ASSESSMENT', questionCount: 15 }]);
  }, 120_000);
});

describe(`concurrent double submission (${testServerUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it.skipIf(!testServerUrl)(
    '10 identical requests at once as one person leave exactly one response (skipped on PGlite: it runs one transaction at a time)',
    async () => {
      const d = await t.world.district();
      const s = await d.school();
      const p = await d.programme({ schools: [s] });
      const teacher = (await p.teacher(s)).teacher;
      for (const anonymous of [false, true]) {
        const made = await publishedSurvey(s.tutor, { kind: 'CLASS', organisationId: s.class.gid }, { anonymous });
        const results = await Promise.all(
          Array.from({ length: 10 }, () => run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, teacher)),
        );
        expect(results.map((r) => r.__typename)).toEqual(Array(10).fill('SubmitSurveyResponsePayload'));
        expect(await t.db.prisma.surveyResponse.count({ where: { surveyId: rawId(made.id) } })).toBe(1);
        expect(await t.db.prisma.surveyAnswer.count({ where: { surveyId: rawId(made.id) } })).toBe(7);
      }
    },
    60_000,
  );
});

describe('SQL statements do not grow with the page size', () => {
  let pages: TestApp;
  let world: { d: DistrictWorld; s: SchoolWorld; teacher: UserRef; namedId: string };

  beforeAll(async () => {
    pages = t.variant({ viewers: await ViewerCache.listening(t.db, 600) });
    const d = await t.world.district();
    const s = await d.school();
    const p = await d.programme({ schools: [s] });
    const enrolments = [];
    for (let i = 0; i < 50; i += 1) enrolments.push(await p.teacher(s));
    const teacher = enrolments[0]!.teacher;
    let namedId = '';
    for (let i = 0; i < 50; i += 1) {
      const made = await publishedSurvey(
        s.tutor,
        { kind: 'CLASS', organisationId: s.class.gid },
        { anonymous: i % 2 === 1 },
      );
      await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, teacher);
      if (i === 0) {
        namedId = made.id;
        for (const e of enrolments.slice(1))
          await run(SUBMIT, { surveyId: made.id, answers: answersTo(made) }, e.teacher);
      }
    }
    world = { d, s, teacher, namedId };
  }, 300_000);

  const cases = [
    {
      list: 'surveys (managers)',
      query: `query($first: Int) { surveys(first: $first) { totalCount nodes { id title status isOpen questionCount audienceSize audience { kind organisationName } } } }`,
      as: () => world.s.tutor,
      size: (data: AdHoc) => data.surveys.nodes.length,
      variables: {},
    },
    {
      list: 'mySurveys (respondents) with answered and myResponse',
      query: `query($first: Int) { mySurveys(first: $first) { totalCount nodes { id title isOpen answered audience { kind }
        myResponse { answers { questionId optionKeys value rows { rowKey value } text } } } } }`,
      as: () => world.teacher,
      size: (data: AdHoc) => data.mySurveys.nodes.length,
      variables: {},
    },
    {
      list: 'surveyTemplates',
      query: `query($first: Int) { surveyTemplates(first: $first) { totalCount nodes { code sections { title } } } }`,
      as: () => world.s.tutor,
      size: (data: AdHoc) => data.surveyTemplates.nodes.length,
      variables: {},
    },
    {
      list: 'Survey.responses (named)',
      query: `query($id: ID!, $first: Int) { survey(id: $id) { responses(first: $first) { totalCount nodes { submittedAt respondent { login } answers { value } } } } }`,
      as: () => world.s.tutor,
      size: (data: AdHoc) => data.survey.responses.nodes.length,
      variables: { id: '' },
    },
  ];

  it.each(cases)('$list: the same at 1, 10 and 50', async (c) => {
    const variables = c.list.startsWith('Survey.responses') ? { id: world.namedId } : c.variables;
    await pages.gql(c.query, { ...variables, first: 1 }, { as: c.as() });
    const counts: number[] = [];
    for (const first of [1, 10, 50]) {
      const { result, statements } = await pages.measure(() =>
        pages.gql(c.query, { ...variables, first }, { as: c.as() }),
      );
      expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      expect(c.size(result.data)).toBeGreaterThan(0);
      counts.push(statements);
    }
    console.log(`[statements] ${c.list}: ${counts.join(', ')} at page sizes 1, 10, 50`);
    expect(new Set(counts).size).toBe(1);
  });
});
