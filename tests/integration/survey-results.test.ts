/**
 * Survey results (issue 15): a deterministic seeded data set (3 classes in 2 schools, 25 respondents, every question
 * kind) whose figures per class, school and district must equal a hand count made here by plain JS over the inserted
 * rows; suppression of small groups of anonymous surveys; the free text's scope; flat statement counts; the XLSX
 * export read back; framework self-assessments by grouping and the teacher's own self-assessment beside the range.
 */
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { respondentKeyOf } from '../../schema/surveys/index.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { daysFromNow, gid } from '../kit/ids.js';
import type { DistrictWorld, OrgRef, SchoolWorld, UserRef } from '../kit/world.js';

/** The API's development key for keyed hashes (tests run with it). */
const KEY = 'tisheng-development-national-id-key-not-secret';

let t: TestApp;
let d: DistrictWorld;
let s1: SchoolWorld;
let s2: SchoolWorld;
let c2: OrgRef;

/** mulberry32: the same sequence on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  user: UserRef;
  school: OrgRef;
  klass: OrgRef;
}

interface Answer {
  responseId: string;
  schoolPath: string;
  classPath: string;
  question: string;
  optionKey?: string;
  rowKey?: string;
  value?: number;
  text?: string;
}

const QUESTIONS = [
  {
    key: 'q1',
    kind: 'SINGLE_CHOICE',
    options: [
      { key: 'a', label: '线上' },
      { key: 'b', label: '线下' },
      { key: 'c', label: '=混合' },
    ],
  },
  {
    key: 'q2',
    kind: 'MULTIPLE_CHOICE',
    options: [
      { key: 'x', label: '微课' },
      { key: 'y', label: '讲座' },
      { key: 'z', label: '案例' },
    ],
  },
  { key: 'q3', kind: 'SCALE', scaleMin: 1, scaleMax: 5 },
  {
    key: 'q4',
    kind: 'MATRIX',
    scaleMin: 1,
    scaleMax: 5,
    rows: [
      { key: 'r1', label: '内容' },
      { key: 'r2', label: '组织' },
    ],
  },
  { key: 'q5', kind: 'TEXT' },
] as const;

interface SurveyMade {
  id: string;
  gid: string;
  questionIds: Map<string, string>;
  answers: Answer[];
  responses: Array<{ id: string; person: Person }>;
}

let people: Person[];

async function createSurvey(options: {
  anonymous: boolean;
  minGroupSize?: number;
  audience: OrgRef;
  audienceKind?: 'CLASS' | 'DISTRICT_TEACHERS' | 'SCHOOL_TEACHERS';
}): Promise<SurveyMade> {
  const survey = await t.db.prisma.survey.create({
    data: {
      title: '培训满意度调查',
      purpose: 'SATISFACTION',
      status: 'PUBLISHED',
      anonymous: options.anonymous,
      minGroupSize: options.minGroupSize ?? 1,
      audienceKind: options.audienceKind ?? 'DISTRICT_TEACHERS',
      audienceOrganisationId: options.audience.id,
      orgPath: options.audience.path,
      publisherId: d.admin.id,
      opensAt: daysFromNow(-10),
      closesAt: daysFromNow(10),
      publishedAt: daysFromNow(-10),
    },
    select: { id: true },
  });
  const questionIds = new Map<string, string>();
  for (const [position, q] of QUESTIONS.entries()) {
    const row = await t.db.prisma.surveyQuestion.create({
      data: {
        surveyId: survey.id,
        position,
        key: q.key,
        kind: q.kind,
        prompt: `问题 ${q.key}`,
        options: 'options' in q ? (q.options as unknown as Prisma.InputJsonArray) : undefined,
        rows: 'rows' in q ? (q.rows as unknown as Prisma.InputJsonArray) : undefined,
        scaleMin: 'scaleMin' in q ? q.scaleMin : null,
        scaleMax: 'scaleMax' in q ? q.scaleMax : null,
      },
      select: { id: true },
    });
    questionIds.set(q.key, row.id);
  }
  return { id: survey.id, gid: gid('Survey', survey.id), questionIds, answers: [], responses: [] };
}

const TEXTS = ['希望增加案例', "=cmd|' /C calc'!A0", '+很好', '讲得清楚', '@home 学习'];

/** Every person of `who` answers, deterministically from `seed`; some skip questions or matrix rows. */
async function answerAll(survey: SurveyMade, who: Person[], seed: number, anonymous: boolean) {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const responses: Prisma.SurveyResponseCreateManyInput[] = [];
  const answers: Prisma.SurveyAnswerCreateManyInput[] = [];
  for (const person of who) {
    const responseId = randomUUID();
    responses.push({
      id: responseId,
      surveyId: survey.id,
      respondentKey: anonymous ? respondentKeyOf(KEY, survey.id, person.user.id) : person.user.id,
      respondentId: anonymous ? null : person.user.id,
      schoolPath: person.school.path,
      classPath: person.klass.path,
      submittedAt: anonymous ? null : new Date(Date.UTC(2026, 10, 1, 8, pick(50))),
    });
    survey.responses.push({ id: responseId, person });
    const base = { responseId, schoolPath: person.school.path, classPath: person.klass.path };
    const add = (answer: Omit<Answer, keyof typeof base>) => {
      survey.answers.push({ ...base, ...answer });
      answers.push({
        id: randomUUID(),
        responseId,
        surveyId: survey.id,
        questionId: survey.questionIds.get(answer.question) as string,
        optionKey: answer.optionKey ?? null,
        rowKey: answer.rowKey ?? null,
        value: answer.value ?? null,
        text: answer.text ?? null,
      });
    };
    if (next() < 0.9) add({ question: 'q1', optionKey: ['a', 'b', 'c'][pick(3)] as string });
    for (const key of ['x', 'y', 'z']) if (next() < 0.5) add({ question: 'q2', optionKey: key });
    if (next() < 0.85) add({ question: 'q3', value: 1 + pick(5) });
    for (const row of ['r1', 'r2']) if (next() < 0.8) add({ question: 'q4', rowKey: row, value: 1 + pick(5) });
    if (next() < 0.6) add({ question: 'q5', text: TEXTS[pick(TEXTS.length)] as string });
  }
  await t.db.prisma.surveyResponse.createMany({ data: responses });
  await t.db.prisma.surveyAnswer.createMany({ data: answers });
}

// The hand count: plain JS over the inserted rows, written apart from the module's rules.
const share = (count: number, total: number) => (total ? Math.round((count * 10000) / total) / 10000 : 0);
const mean = (sum: number, count: number) => (count ? Math.round((sum * 100) / count) / 100 : null);

function distributionOf(values: number[]) {
  const out = [];
  for (let v = 1; v <= 5; v += 1) {
    const count = values.filter((x) => x === v).length;
    out.push({ value: v, count, share: share(count, values.length) });
  }
  return out;
}

function handCount(survey: SurveyMade, inGroup: (answer: { schoolPath: string; classPath: string }) => boolean) {
  const responses = survey.responses.filter((r) =>
    inGroup({ schoolPath: r.person.school.path, classPath: r.person.klass.path }),
  );
  const answers = survey.answers.filter(inGroup);
  return {
    suppressed: false,
    respondents: responses.length,
    questions: QUESTIONS.map((q) => {
      const mine = answers.filter((a) => a.question === q.key);
      const answered = new Set(mine.map((a) => a.responseId)).size;
      const values = mine.flatMap((a) => (a.value !== undefined && !a.rowKey ? [a.value] : []));
      return {
        key: q.key,
        kind: q.kind,
        answered,
        options:
          'options' in q
            ? q.options.map((o) => {
                const count = mine.filter((a) => a.optionKey === o.key).length;
                return { key: o.key, count, share: share(count, answered) };
              })
            : [],
        mean:
          q.kind === 'SCALE'
            ? mean(
                values.reduce((s, v) => s + v, 0),
                values.length,
              )
            : null,
        distribution: q.kind === 'SCALE' ? distributionOf(values) : [],
        rows:
          'rows' in q
            ? q.rows.map((row) => {
                const rated = mine.filter((a) => a.rowKey === row.key).map((a) => a.value as number);
                return {
                  key: row.key,
                  answered: rated.length,
                  mean: mean(
                    rated.reduce((s, v) => s + v, 0),
                    rated.length,
                  ),
                  distribution: distributionOf(rated),
                };
              })
            : [],
      };
    }),
  };
}

const SET = `suppressed respondents questions { key kind answered options { key count share } mean
  distribution { value count share } rows { key answered mean distribution { value count share } } }`;
const RESULTS = `query($s: ID!, $o: ID) { surveyResults(surveyId: $s, organisationId: $o) { organisationName ${SET} } }`;
const GROUPS = `query($s: ID!, $l: SurveyResultLevel!, $first: Int, $after: String) {
  surveyResultGroups(surveyId: $s, level: $l, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { level organisationId organisationName ${SET} } } }`;
const TEXTS_QUERY = `query($s: ID!, $q: ID!, $first: Int) { surveyTextAnswers(surveyId: $s, questionId: $q, first: $first) {
  totalCount nodes { text respondentId respondentName submittedAt } } }`;

async function ask(query: string, variables: Record<string, unknown>, as: UserRef | null): Promise<AdHoc> {
  const res = await t.gql(query, variables, { as });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return Object.values(res.data as Record<string, unknown>)[0];
}

const strip = ({ organisationName: _name, ...rest }: AdHoc) => rest;

let named: SurveyMade;
let anonymous: SurveyMade;

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s1 = await d.school();
  s2 = await d.school();
  c2 = await t.world.organisation('CLASS', s1.school);
  const make = async (school: SchoolWorld, klass: OrgRef, n: number) => {
    const made: Person[] = [];
    for (let i = 0; i < n; i += 1)
      made.push({
        user: await t.world.user(school.school, [
          ['TEACHER', school.school],
          ['TEACHER', klass],
        ]),
        school: school.school,
        klass,
      });
    return made;
  };
  people = [...(await make(s1, s1.class, 10)), ...(await make(s1, c2, 8)), ...(await make(s2, s2.class, 7))];
  named = await createSurvey({ anonymous: false, audience: d.district });
  await answerAll(named, people, 15, false);
  anonymous = await createSurvey({ anonymous: true, minGroupSize: 8, audience: d.district });
  await answerAll(anonymous, people, 16, true);
}, 120_000);
afterAll(() => t?.close());

const inPath = (path: string) => (a: { schoolPath: string; classPath: string }) =>
  a.schoolPath.startsWith(path) || a.classPath.startsWith(path);

describe('surveyResults', () => {
  it('equals the hand count for the district, each school and each class', async () => {
    const all = await ask(RESULTS, { s: named.gid }, d.admin);
    expect(all.organisationName).toBe(d.district.name);
    expect(strip(all)).toEqual(handCount(named, () => true));
    expect(all.respondents).toBe(25);
    for (const org of [d.district, s1.school, s2.school, s1.class, c2, s2.class]) {
      const result = await ask(RESULTS, { s: named.gid, o: org.gid }, d.admin);
      expect(strip(result), org.kind).toEqual(handCount(named, inPath(org.path)));
    }
    // The audience (the district's 25 teachers) and the response rate, for the district and a school.
    const AUDIENCE =
      'query($s: ID!, $o: ID) { surveyResults(surveyId: $s, organisationId: $o) { respondents audienceSize responseRate } }';
    expect(await ask(AUDIENCE, { s: named.gid }, d.admin)).toEqual({
      respondents: 25,
      audienceSize: 25,
      responseRate: 1,
    });
    expect(await ask(AUDIENCE, { s: named.gid, o: s2.school.gid }, d.admin)).toEqual({
      respondents: 7,
      audienceSize: 7,
      responseRate: 1,
    });
    // The sizes of the seeded groups.
    expect((await ask(RESULTS, { s: named.gid, o: c2.gid }, d.admin)).respondents).toBe(8);
    expect((await ask(RESULTS, { s: named.gid, o: s2.school.gid }, d.admin)).respondents).toBe(7);
  });

  it('answers each reader over their own groups only; anything else looks missing', async () => {
    const other = await t.world.district();
    const otherSchool = await other.school();
    const cases: Array<[UserRef | null, OrgRef | null, boolean]> = [
      [s1.tutor, s1.class, true],
      [s1.tutor, c2, false],
      [s1.tutor, s1.school, false],
      [s1.tutor, null, false],
      [s1.admin, s1.school, true],
      [s1.admin, c2, true],
      [s1.admin, s2.school, false],
      [s1.admin, null, false],
      [people[0]!.user, s1.class, false],
      [null, null, false],
      [d.provinceAdmin, null, true],
      [other.admin, null, false],
      [d.admin, otherSchool.school, false],
    ];
    for (const [as, org, allowed] of cases) {
      const result = await ask(RESULTS, { s: named.gid, ...(org ? { o: org.gid } : {}) }, as);
      expect(result === null, `${as?.login ?? 'anonymous'} · ${org?.kind ?? 'survey'}`).toBe(!allowed);
    }
    // A global ID of another type looks missing too.
    expect(await ask(RESULTS, { s: d.district.gid }, d.admin)).toBeNull();
  });
});

describe('surveyResultGroups', () => {
  it('gives every class and school with the hand count, by name', async () => {
    const classes = await ask(GROUPS, { s: named.gid, l: 'CLASS', first: 10 }, d.admin);
    expect(classes.totalCount).toBe(3);
    const byId = new Map<string, AdHoc>(classes.nodes.map((node: AdHoc) => [node.organisationId, node]));
    for (const klass of [s1.class, c2, s2.class]) {
      const node = byId.get(klass.gid);
      expect(node.level).toBe('CLASS');
      expect(strip({ ...node, level: undefined, organisationId: undefined })).toEqual({
        ...handCount(named, inPath(klass.path)),
        level: undefined,
        organisationId: undefined,
      });
    }
    const names = classes.nodes.map((node: AdHoc) => node.organisationName);
    expect(names).toEqual([...names].sort());
    const schools = await ask(GROUPS, { s: named.gid, l: 'SCHOOL', first: 10 }, d.admin);
    expect(schools.nodes.map((n: AdHoc) => [n.organisationId, n.respondents]).sort()).toEqual(
      [
        [s1.school.gid, 18],
        [s2.school.gid, 7],
      ].sort(),
    );
  });

  it('pages with cursors', async () => {
    const first = await ask(GROUPS, { s: named.gid, l: 'CLASS', first: 2 }, d.admin);
    expect(first.nodes).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = await ask(GROUPS, { s: named.gid, l: 'CLASS', first: 2, after: first.pageInfo.endCursor }, d.admin);
    expect(rest.nodes).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('lists only the groups the viewer may read; a survey they may read nothing of looks missing', async () => {
    const ids = async (as: UserRef | null, level: string) =>
      ((await ask(GROUPS, { s: named.gid, l: level, first: 10 }, as))?.nodes ?? null)
        ?.map((n: AdHoc) => n.organisationId)
        .sort() ?? null;
    expect(await ids(s1.admin, 'CLASS')).toEqual([s1.class.gid, c2.gid].sort());
    expect(await ids(s1.admin, 'SCHOOL')).toEqual([s1.school.gid]);
    expect(await ids(s1.tutor, 'CLASS')).toEqual([s1.class.gid]);
    expect(await ids(s1.tutor, 'SCHOOL')).toEqual([]);
    expect(await ids(s2.admin, 'CLASS')).toEqual([s2.class.gid]);
    expect(await ids(people[0]!.user, 'CLASS')).toBeNull();
    expect(await ids(s1.leader, 'CLASS')).toBeNull();
    expect(await ids(null, 'CLASS')).toBeNull();
    const other = await t.world.district();
    expect(await ids(other.admin, 'CLASS')).toBeNull();
  });
});

describe('suppression (anonymous surveys)', () => {
  it('withholds a class or school with fewer respondents than minGroupSize, and what would reveal it by subtraction', async () => {
    const classes = await ask(GROUPS, { s: anonymous.gid, l: 'CLASS', first: 10 }, d.admin);
    const byId = new Map<string, AdHoc>(classes.nodes.map((node: AdHoc) => [node.organisationId, node]));
    expect(classes.totalCount).toBe(3);
    // minGroupSize 8: class 3 (7) and school 2 (7) are small. The district (25) minus school 1 (18) would give school
    // 2, so school 1 is withheld too; the district minus classes 1 and 2 would still give 7, so class 2 (8) goes too.
    expect(strip({ ...byId.get(s1.class.gid), level: 0, organisationId: 0 })).toEqual({
      ...handCount(anonymous, inPath(s1.class.path)),
      level: 0,
      organisationId: 0,
    });
    for (const hidden of [c2, s2.class])
      expect(byId.get(hidden.gid)).toMatchObject({ suppressed: true, respondents: null, questions: [] });
    const schools = await ask(GROUPS, { s: anonymous.gid, l: 'SCHOOL', first: 10 }, d.admin);
    expect(schools.nodes.map((n: AdHoc) => [n.suppressed, n.respondents])).toEqual([
      [true, null],
      [true, null],
    ]);
    for (const hidden of [s2.class, s2.school, s1.school, c2])
      expect(await ask(RESULTS, { s: anonymous.gid, o: hidden.gid }, d.admin), hidden.kind).toMatchObject({
        suppressed: true,
        respondents: null,
        questions: [],
      });
    // The whole survey (25) is shown, and equals the hand count; so does class 1 (10).
    expect(strip(await ask(RESULTS, { s: anonymous.gid }, d.admin))).toEqual(handCount(anonymous, () => true));
    expect(strip(await ask(RESULTS, { s: anonymous.gid, o: s1.class.gid }, d.admin))).toEqual(
      handCount(anonymous, inPath(s1.class.path)),
    );
    // A named survey's small group is never suppressed.
    expect((await ask(RESULTS, { s: named.gid, o: s2.class.gid }, d.admin)).suppressed).toBe(false);
  });
});

describe('surveyTextAnswers', () => {
  it('shows a named survey’s texts with respondents to the publisher’s scope only', async () => {
    const q = gid('SurveyQuestion', named.questionIds.get('q5') as string);
    const texts = await ask(TEXTS_QUERY, { s: named.gid, q, first: 100 }, d.admin);
    const expected = named.answers.filter((a) => a.question === 'q5');
    expect(texts.totalCount).toBe(expected.length);
    expect(texts.nodes.map((n: AdHoc) => n.text).sort()).toEqual(expected.map((a) => a.text).sort());
    const byResponse = new Map(named.responses.map((r) => [r.id, r.person.user]));
    expect(texts.nodes.map((n: AdHoc) => n.respondentId).sort()).toEqual(
      expected.map((a) => byResponse.get(a.responseId)!.gid).sort(),
    );
    expect(texts.nodes.every((n: AdHoc) => n.respondentName && n.submittedAt)).toBe(true);
    // Newest first.
    const times = texts.nodes.map((n: AdHoc) => n.submittedAt);
    expect(times).toEqual([...times].sort().reverse());
    // Free text is for the survey's own scope (a district survey: district and province admins).
    expect(await ask(TEXTS_QUERY, { s: named.gid, q, first: 5 }, d.provinceAdmin)).not.toBeNull();
    for (const as of [s1.admin, s1.tutor, people[0]!.user, null])
      expect(await ask(TEXTS_QUERY, { s: named.gid, q, first: 5 }, as)).toBeNull();
    // A question that is not a TEXT question of the survey looks missing.
    const choice = gid('SurveyQuestion', named.questionIds.get('q1') as string);
    expect(await ask(TEXTS_QUERY, { s: named.gid, q: choice, first: 5 }, d.admin)).toBeNull();
    const foreign = gid('SurveyQuestion', anonymous.questionIds.get('q5') as string);
    expect(await ask(TEXTS_QUERY, { s: named.gid, q: foreign, first: 5 }, d.admin)).toBeNull();
  });

  it('gives an anonymous survey’s texts without respondent or time, in the order of their random ids', async () => {
    const q = gid('SurveyQuestion', anonymous.questionIds.get('q5') as string);
    const texts = await ask(TEXTS_QUERY, { s: anonymous.gid, q, first: 100 }, d.admin);
    const rows = await t.db.prisma.surveyAnswer.findMany({
      where: { surveyId: anonymous.id, questionId: anonymous.questionIds.get('q5') },
      select: { id: true, text: true },
    });
    const byId = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(texts.nodes.map((n: AdHoc) => n.text)).toEqual(byId.map((r) => r.text));
    expect(
      texts.nodes.every((n: AdHoc) => n.respondentId === null && n.respondentName === null && n.submittedAt === null),
    ).toBe(true);
  });

  it('withholds the texts of an anonymous survey with fewer respondents than minGroupSize', async () => {
    const small = await createSurvey({ anonymous: true, minGroupSize: 11, audience: s1.class, audienceKind: 'CLASS' });
    await answerAll(small, people.slice(0, 10), 18, true);
    const q = gid('SurveyQuestion', small.questionIds.get('q5') as string);
    expect(await ask(TEXTS_QUERY, { s: small.gid, q, first: 5 }, s1.tutor)).toBeNull();
    expect(await ask(RESULTS, { s: small.gid }, s1.tutor)).toMatchObject({ suppressed: true, respondents: null });
    await t.db.prisma.survey.update({ where: { id: small.id }, data: { minGroupSize: 10 } });
    const texts = await ask(TEXTS_QUERY, { s: small.gid, q, first: 100 }, s1.tutor);
    expect(texts.totalCount).toBe(small.answers.filter((a) => a.question === 'q5').length);
  });

  it('lets a class survey’s tutor read its texts (the class is the publisher’s scope)', async () => {
    const classSurvey = await createSurvey({ anonymous: false, audience: s1.class, audienceKind: 'CLASS' });
    await answerAll(classSurvey, people.slice(0, 10), 17, false);
    const q = gid('SurveyQuestion', classSurvey.questionIds.get('q5') as string);
    const texts = await ask(TEXTS_QUERY, { s: classSurvey.gid, q, first: 100 }, s1.tutor);
    expect(texts.totalCount).toBe(classSurvey.answers.filter((a) => a.question === 'q5').length);
    expect(await ask(TEXTS_QUERY, { s: classSurvey.gid, q, first: 5 }, s2.admin)).toBeNull();
    // The class's results, for its tutor.
    expect(strip(await ask(RESULTS, { s: classSurvey.gid }, s1.tutor))).toEqual(handCount(classSurvey, () => true));
  });
});

describe('statement counts', () => {
  it('are the same at page sizes 1, 10 and 50', async () => {
    const q = gid('SurveyQuestion', named.questionIds.get('q5') as string);
    // The whole aggregates of 50 groups cost more than a request may (the cost limit): a page's figures, then.
    const LIGHT_GROUPS = `query($s: ID!, $l: SurveyResultLevel!, $first: Int) {
      surveyResultGroups(surveyId: $s, level: $l, first: $first) {
        totalCount nodes { organisationName suppressed respondents questions { key answered mean options { count } } } } }`;
    // Budgets, with the request's own statement (the viewer's last-seen time): the survey, the page, the questions and
    // the grouped counts (and, for an anonymous survey, its cells for suppression); for texts the survey, the question
    // and the page.
    const pages: Array<[string, Record<string, unknown>, number]> = [
      [LIGHT_GROUPS, { s: named.gid, l: 'CLASS' }, 5],
      [LIGHT_GROUPS, { s: anonymous.gid, l: 'SCHOOL' }, 6],
      [TEXTS_QUERY, { s: named.gid, q }, 4],
    ];
    for (const [query, variables, budget] of pages) {
      await t.statementsFor(query, { ...variables, first: 1 }, { as: d.admin });
      const counts: number[] = [];
      for (const first of [1, 10, 50])
        counts.push((await t.statementsFor(query, { ...variables, first }, { as: d.admin })).count);
      expect(counts, query.slice(0, 40)).toEqual([counts[0], counts[0], counts[0]]);
      expect(counts[0]).toBe(budget);
    }
    // One subtree's results: the same statements for a class (10 respondents) as for the district (25).
    const klass = await t.statementsFor(RESULTS, { s: named.gid, o: s1.class.gid }, { as: d.admin });
    const district = await t.statementsFor(RESULTS, { s: named.gid, o: d.district.gid }, { as: d.admin });
    expect(klass.count).toBe(district.count);
  });
});

describe('exportSurveyResults', () => {
  const EXPORT = `mutation($input: ExportSurveyResultsInput!) { exportSurveyResults(input: $input) {
    __typename ... on ExportSurveyResultsPayload { file { filename contentType downloadUrl } } ... on Error { code } } }`;

  async function download(as: UserRef, input: Record<string, unknown>) {
    const result = await ask(EXPORT, { input }, as);
    expect(result.__typename).toBe('ExportSurveyResultsPayload');
    expect(result.file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const url = new URL(result.file.downloadUrl, 'http://yoga');
    const response = await t.fetch(url.pathname + url.search, {
      headers: { authorization: `Bearer ${await t.tokenFor(as)}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.arrayBuffer()) as never);
    return workbook;
  }

  const values = (sheet: ExcelJS.Worksheet | undefined) =>
    ((sheet?.getSheetValues() ?? []).filter(Boolean) as unknown[][]).map((row) => row.slice(1));

  it('writes the results, the groups and the free text, with no cell a formula', async () => {
    const workbook = await download(d.admin, { surveyId: named.gid });
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Results', 'Groups', 'Texts']);
    const results = values(workbook.getWorksheet('Results'));
    expect(results[2]).toEqual(['答卷人数 Respondents', 25]);
    const hand = handCount(named, () => true);
    const q1 = hand.questions[0]!;
    const optionRows = results.filter((row) => row[0] === 'q1');
    expect(optionRows.map((row) => [row[3], row[5], row[6], row[8]])).toEqual(
      q1.options.map((o, i) => [['线上', '线下', "'=混合"][i], o.count, o.share, q1.answered]),
    );
    const q3 = hand.questions[2]!;
    expect(results.filter((row) => row[0] === 'q3').map((row) => [row[4], row[5], row[7]])).toEqual(
      q3.distribution.map((v) => [v.value, v.count, q3.mean]),
    );
    const q4 = hand.questions[3]!;
    expect(results.filter((row) => row[0] === 'q4' && row[3] === '组织').map((row) => row[5])).toEqual(
      q4.rows[1]!.distribution.map((v) => v.count),
    );
    const groups = values(workbook.getWorksheet('Groups'));
    expect(new Set(groups.slice(1).map((row) => row[1]))).toEqual(
      new Set([s1.school.name, s2.school.name, s1.class.name, c2.name, s2.class.name]),
    );
    const texts = values(workbook.getWorksheet('Texts'));
    const written = named.answers.filter((a) => a.question === 'q5').map((a) => a.text as string);
    expect(
      texts
        .slice(1)
        .map((row) => row[2])
        .sort(),
    ).toEqual(written.map((text) => (/^[=+\-@]/.test(text) ? `'${text}` : text)).sort());
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  it('writes a school admin’s school only, without free text, and refuses what they may not read', async () => {
    const workbook = await download(s1.admin, { surveyId: named.gid, organisationId: s1.school.gid });
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Results', 'Groups']);
    expect(values(workbook.getWorksheet('Results'))[2]).toEqual(['答卷人数 Respondents', 18]);
    const groups = values(workbook.getWorksheet('Groups'));
    expect(new Set(groups.slice(1).map((row) => row[1]))).toEqual(new Set([s1.school.name, s1.class.name, c2.name]));
    for (const input of [{ surveyId: named.gid }, { surveyId: named.gid, organisationId: s2.school.gid }])
      expect((await ask(EXPORT, { input }, s1.admin)).code).toBe('NOT_FOUND');
    expect((await ask(EXPORT, { input: { surveyId: named.gid } }, people[0]!.user)).code).toBe('NOT_FOUND');
  });

  it('suppresses small groups of an anonymous survey in the workbook too', async () => {
    const workbook = await download(d.admin, { surveyId: anonymous.gid });
    const groups = values(workbook.getWorksheet('Groups'));
    const hidden = new Set([s2.class.name, s2.school.name, s1.school.name, c2.name]);
    const small = groups.filter((row) => hidden.has(row[1] as string));
    expect(small).toHaveLength(4);
    for (const row of small) expect(row).toEqual([expect.any(String), row[1], '人数过少未显示 suppressed']);
    expect(groups.filter((row) => row[1] === s1.class.name).length).toBeGreaterThan(1);
    const texts = values(workbook.getWorksheet('Texts'));
    expect(texts.slice(1).every((row) => row[3] === undefined || row[3] === '')).toBe(true);
  });
});

describe('self-assessments', () => {
  it('gives the leadership standard’s results per duty (3 groupings, 15 items) for a school and the district', async () => {
    const standard = await t.world.principalStandard();
    const items = await t.db.prisma.competency.findMany({
      where: { catalogueId: standard.id },
      orderBy: { position: 'asc' },
      select: { id: true, code: true, dimensionId: true, dimension: { select: { code: true, position: true } } },
    });
    expect(items).toHaveLength(15);
    const survey = await t.db.prisma.survey.create({
      data: {
        title: '校长信息化领导力自评',
        purpose: 'SELF_ASSESSMENT',
        status: 'PUBLISHED',
        audienceKind: 'DISTRICT_LEADERS',
        audienceOrganisationId: d.district.id,
        orgPath: d.district.path,
        publisherId: d.admin.id,
        catalogueId: standard.id,
        opensAt: daysFromNow(-5),
        closesAt: daysFromNow(5),
        questions: {
          create: items.map((item, position) => ({
            position,
            key: `item.${item.code}`,
            kind: 'SCALE',
            prompt: item.code,
            scaleMin: 1,
            scaleMax: 5,
            competencyId: item.id,
            dimensionId: item.dimensionId,
          })),
        },
      },
      select: { id: true, questions: { select: { id: true, competencyId: true } } },
    });
    const questionOf = new Map(survey.questions.map((q) => [q.competencyId, q.id]));
    const principals = [
      { user: s1.admin, school: s1.school },
      { user: await t.world.user(s1.school, [['SCHOOL_ADMIN', s1.school]]), school: s1.school },
      { user: s2.admin, school: s2.school },
    ];
    const next = random(42);
    const ratings: Array<{ school: string; item: string; dimension: string; value: number; response: string }> = [];
    for (const principal of principals) {
      const response = await t.db.prisma.surveyResponse.create({
        data: {
          surveyId: survey.id,
          respondentKey: principal.user.id,
          respondentId: principal.user.id,
          schoolPath: principal.school.path,
          submittedAt: new Date(),
        },
        select: { id: true },
      });
      for (const item of items) {
        if (next() < 0.1) continue;
        const value = 1 + Math.floor(next() * 5);
        ratings.push({
          school: principal.school.path,
          item: item.code,
          dimension: item.dimension.code,
          value,
          response: response.id,
        });
        await t.db.prisma.surveyAnswer.create({
          data: { responseId: response.id, surveyId: survey.id, questionId: questionOf.get(item.id) as string, value },
        });
      }
    }
    const QUERY = `query($s: ID!, $o: ID) { selfAssessmentResults(surveyId: $s, organisationId: $o) {
      respondents suppressed groupings { code name respondents mean items { code respondents mean } } } }`;
    const duties = [...new Map(items.map((i) => [i.dimension.code, i.dimension.position])).entries()]
      .sort((a, b) => a[1] - b[1])
      .map(([code]) => code);
    expect(duties).toHaveLength(3);
    for (const [org, filter] of [
      [null, () => true],
      [s1.school, (r: { school: string }) => r.school === s1.school.path],
      [s2.school, (r: { school: string }) => r.school === s2.school.path],
    ] as const) {
      const mine = ratings.filter(filter);
      const result = await ask(QUERY, { s: gid('Survey', survey.id), ...(org ? { o: org.gid } : {}) }, d.admin);
      expect(result.respondents).toBe(new Set(mine.map((r) => r.response)).size);
      expect(result.groupings.map((g: AdHoc) => [g.code, g.respondents, g.mean, g.items.length])).toEqual(
        duties.map((code) => {
          const rated = mine.filter((r) => r.dimension === code);
          const count = items.filter((i) => i.dimension.code === code).length;
          return [
            code,
            new Set(rated.map((r) => r.response)).size,
            mean(
              rated.reduce((s, r) => s + r.value, 0),
              rated.length,
            ),
            count,
          ];
        }),
      );
      const first = result.groupings[0].items[0];
      const firstRatings = mine.filter((r) => r.item === first.code);
      expect([first.respondents, first.mean]).toEqual([
        firstRatings.length,
        mean(
          firstRatings.reduce((s, r) => s + r.value, 0),
          firstRatings.length,
        ),
      ]);
    }
    expect(result3Names(await ask(QUERY, { s: gid('Survey', survey.id) }, d.admin))).toHaveLength(3);
    // The school admin reads their school, not the district; a survey of another purpose is not a self-assessment.
    expect(await ask(QUERY, { s: gid('Survey', survey.id), o: s1.school.gid }, s1.admin)).not.toBeNull();
    expect(await ask(QUERY, { s: gid('Survey', survey.id) }, s1.admin)).toBeNull();
    expect(await ask(QUERY, { s: named.gid }, d.admin)).toBeNull();
  });

  it('shows the teacher’s own rating of the 30 points beside the school’s range, lowest-rated in-range first', async () => {
    const national = await t.world.catalogue();
    const p = await d.programme({ schools: [s1] });
    const range = ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'];
    await p.range(s1, range);
    const competencies = await t.db.prisma.competency.findMany({
      where: { catalogueId: national.id },
      orderBy: { position: 'asc' },
      select: { id: true, code: true, dimensionId: true, position: true },
    });
    expect(competencies).toHaveLength(30);
    async function selfAssessment(anon: boolean, opensDaysAgo: number) {
      return t.db.prisma.survey.create({
        data: {
          title: anon ? '能力点自评（匿名）' : '能力点自评',
          purpose: 'SELF_ASSESSMENT',
          status: 'PUBLISHED',
          anonymous: anon,
          audienceKind: 'SCHOOL_TEACHERS',
          audienceOrganisationId: s1.school.id,
          orgPath: s1.school.path,
          publisherId: s1.admin.id,
          catalogueId: national.id,
          opensAt: daysFromNow(-opensDaysAgo),
          closesAt: daysFromNow(10),
          questions: {
            create: competencies.map((c, position) => ({
              position,
              key: c.code,
              kind: 'SCALE',
              prompt: c.code,
              scaleMin: 1,
              scaleMax: 5,
              competencyId: c.id,
              dimensionId: c.dimensionId,
            })),
          },
        },
        select: { id: true, questions: { select: { id: true, competencyId: true } } },
      });
    }
    async function rate(
      survey: Awaited<ReturnType<typeof selfAssessment>>,
      anon: boolean,
      teacher: UserRef,
      rating: (code: string, i: number) => number,
    ) {
      const response = await t.db.prisma.surveyResponse.create({
        data: {
          surveyId: survey.id,
          respondentKey: anon ? respondentKeyOf(KEY, survey.id, teacher.id) : teacher.id,
          respondentId: anon ? null : teacher.id,
          schoolPath: s1.school.path,
          classPath: s1.class.path,
          submittedAt: anon ? null : new Date(),
        },
        select: { id: true },
      });
      const questionOf = new Map(survey.questions.map((q) => [q.competencyId, q.id]));
      await t.db.prisma.surveyAnswer.createMany({
        data: competencies.map((c, i) => ({
          responseId: response.id,
          surveyId: survey.id,
          questionId: questionOf.get(c.id) as string,
          value: rating(c.code, i),
        })),
      });
    }
    const enrolments = [];
    for (let i = 0; i < 12; i += 1) enrolments.push(await p.teacher(s1));
    const namedSurvey = await selfAssessment(false, 20);
    const ratingOf = (code: string, i: number) => 1 + ((i * 7 + code.charCodeAt(0)) % 5);
    for (const e of enrolments) await rate(namedSurvey, false, e.teacher, ratingOf);
    const me = enrolments[0]!;
    const QUERY = `query($id: ID!) { node(id: $id) { ... on Enrolment { selfAssessment { title anonymous
      points { code rating inRange } suggestions { code rating inRange } } } } }`;
    const expectedPoints = competencies.map((c, i) => ({
      code: c.code,
      rating: ratingOf(c.code, i),
      inRange: range.includes(c.code),
    }));
    const expectedSuggestions = expectedPoints
      .filter((point) => point.inRange)
      .sort(
        (a, b) =>
          a.rating - b.rating ||
          competencies.findIndex((c) => c.code === a.code) - competencies.findIndex((c) => c.code === b.code),
      );
    for (const as of [me.teacher, s1.admin, s1.tutor, d.admin]) {
      const own = (await ask(QUERY, { id: me.gid }, as)).selfAssessment;
      expect(own.title).toBe('能力点自评');
      expect(own.points).toEqual(expectedPoints);
      expect(own.suggestions).toEqual(expectedSuggestions);
    }
    // A later anonymous self-assessment: only the teacher themselves finds it; the others still see the named one.
    const anonSurvey = await selfAssessment(true, 2);
    await rate(anonSurvey, true, me.teacher, () => 3);
    const mine = (await ask(QUERY, { id: me.gid }, me.teacher)).selfAssessment;
    expect([mine.title, mine.anonymous, mine.suggestions.every((p: AdHoc) => p.rating === 3)]).toEqual([
      '能力点自评（匿名）',
      true,
      true,
    ]);
    expect((await ask(QUERY, { id: me.gid }, s1.admin)).selfAssessment.title).toBe('能力点自评');
    // A teacher without a self-assessment has none.
    const fresh = await p.teacher(s1);
    expect((await ask(QUERY, { id: fresh.gid }, fresh.teacher)).selfAssessment).toBeNull();

    // A page of enrolments with their self-assessments: the same statements at 1, 10 and 50.
    const PAGE = `query($p: ID!, $first: Int) { enrolments(programmeId: $p, first: $first) {
      nodes { id selfAssessment { title suggestions { code rating } } } } }`;
    await t.statementsFor(PAGE, { p: p.gid, first: 1 }, { as: s1.admin });
    const counts: number[] = [];
    for (const first of [1, 10, 50])
      counts.push((await t.statementsFor(PAGE, { p: p.gid, first }, { as: s1.admin })).count);
    // 10 and 50 hold teachers with and without one: the same statements. A page of 1 holds whichever enrolment sorts
    // first (teachers made in the same millisecond sort by chance); without a self-assessment its loaders stop early.
    expect(counts[2]).toBe(counts[1]);
    expect(counts[0]).toBeLessThanOrEqual(counts[1]!);
  });
});

function result3Names(result: AdHoc): string[] {
  return result.groupings.map((g: AdHoc) => g.name);
}
