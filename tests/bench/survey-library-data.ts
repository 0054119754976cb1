/**
 * The bench's survey and library data (issue 15), from a PRNG of its own:
 *   - one published NAMED district survey (DISTRICT_TEACHERS, by the district admin) of five questions (single
 *     choice, multiple choice, a 1–5 scale, a matrix of three rows, text), answered by ~60% of the district's teachers;
 *   - SCHOOL_SURVEYS published SCHOOL_TEACHERS surveys of the first school (one scale question each, closing one a
 *     week apart), every other one answered by the first school's first teacher (a teacher's survey list of 12);
 *   - LIBRARY_PER_SCHOOL PUBLISHED library resources in each school's library and LIBRARY_DISTRICT in the district's
 *     (2,000 in all), ~30% with 思维导图 in the title or body. `searchTokens` is made by the project's own rule
 *     (schema/library/rules.ts searchTokens, tagNames, plainText) with its segmenter (api/library/segmenter.ts), as
 *     curation makes it, so the generated `searchVector` indexes the words exactly as the API would.
 */
import { segmenter } from '../../api/library/segmenter.js';
import { plainText, searchTokens, tagNames } from '../../schema/library/rules.js';
import { at, prng, Table, ts } from './rows.js';

const START = '2025-06-01';
/** Far enough ahead that the surveys stay open while the data is reused. */
const CLOSES = '2099-12-01';
export const SCHOOL_SURVEYS = 11;
export const LIBRARY_PER_SCHOOL = 18;
export const LIBRARY_DISTRICT = 200;
/** The search the library scenario sends. */
export const LIBRARY_QUERY = '思维导图';

export interface SurveyLibraryInput {
  districtPath: string;
  districtAdminId: string;
  programmeId: string;
  schools: Array<{
    org: { id: string; path: string };
    adminId: string;
    teachers: Array<{ id: string }>;
  }>;
}

const SUBJECTS = ['语文', '数学', '英语', '物理', '化学', '生物', '历史', '地理', '道德与法治', '信息技术'];
const STAGES = ['PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY'];
const KINDS = ['LESSON_PLAN', 'COURSEWARE', 'VIDEO', 'CASE', 'REFLECTION', 'ARTICLE'] as const;
const TOPICS = ['单元整体教学', '大概念教学', '课堂提问策略', '作业设计', '小组合作学习', '项目式学习', '分层教学'];
const MIND_MAP_TITLES = ['用思维导图梳理单元知识', '思维导图在复习课中的应用', '借助思维导图开展阅读教学'];
const MIND_MAP_BODIES = [
  '本课例引导学生绘制思维导图，整理概念之间的联系。',
  '教师示范思维导图的画法，学生分组完成并展示交流。',
];

export async function generateSurveysAndLibrary(input: SurveyLibraryInput): Promise<Table[]> {
  const random = prng(20_261_208);
  const districtId = input.districtPath.split('/').filter(Boolean).at(-1)!;
  const survey = new Table('Survey', [
    ['id', 'text'],
    ['title', 'text'],
    ['purpose', '"SurveyPurpose"'],
    ['status', '"SurveyStatus"'],
    ['anonymous', 'boolean'],
    ['minGroupSize', 'int'],
    ['audienceKind', '"SurveyAudienceKind"'],
    ['audienceOrganisationId', 'text'],
    ['orgPath', 'text'],
    ['publisherId', 'text'],
    ['opensAt', ts],
    ['closesAt', ts],
    ['publishedAt', ts],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]);
  const question = new Table('SurveyQuestion', [
    ['id', 'text'],
    ['surveyId', 'text'],
    ['position', 'int'],
    ['key', 'text'],
    ['kind', '"SurveyQuestionKind"'],
    ['prompt', 'text'],
    ['required', 'boolean'],
    ['options', 'jsonb'],
    ['rows', 'jsonb'],
    ['scaleMin', 'int'],
    ['scaleMax', 'int'],
    ['maxChoices', 'int'],
  ]);
  const response = new Table('SurveyResponse', [
    ['id', 'text'],
    ['surveyId', 'text'],
    ['respondentKey', 'text'],
    ['respondentId', 'text'],
    ['schoolPath', 'text'],
    ['classPath', 'text'],
    ['submittedAt', ts],
    ['updatedAt', ts],
  ]);
  const answer = new Table('SurveyAnswer', [
    ['id', 'text'],
    ['responseId', 'text'],
    ['surveyId', 'text'],
    ['questionId', 'text'],
    ['optionKey', 'text'],
    ['rowKey', 'text'],
    ['value', 'int'],
    ['text', 'text'],
  ]);

  // The district survey.
  const districtSurvey = random.uuid();
  survey.add(
    districtSurvey,
    '2025 年教师培训需求调研',
    'TRAINING_NEEDS',
    'PUBLISHED',
    false,
    1,
    'DISTRICT_TEACHERS',
    districtId,
    input.districtPath,
    input.districtAdminId,
    at(START, 0),
    `${CLOSES}T00:00:00.000`,
    at(START, 0),
    at(START, 0),
    at(START, 0),
  );
  const labelled = (labels: string[]) => JSON.stringify(labels.map((label, i) => ({ key: `o${i + 1}`, label })));
  const choice = ['线上课程', '线下集中', '工作坊研修', '跟岗学习'];
  const topics = ['信息技术应用', '作业设计', '课堂管理', '心理健康教育', '家校沟通'];
  const matrixRows = ['课程内容', '授课教师', '组织管理'];
  const q = {
    single: random.uuid(),
    multiple: random.uuid(),
    scale: random.uuid(),
    matrix: random.uuid(),
    text: random.uuid(),
  };
  question.add(
    q.single,
    districtSurvey,
    1,
    'format',
    'SINGLE_CHOICE',
    '最希望的培训形式',
    true,
    labelled(choice),
    null,
    null,
    null,
    null,
  );
  question.add(
    q.multiple,
    districtSurvey,
    2,
    'topics',
    'MULTIPLE_CHOICE',
    '需要的培训主题（最多三项）',
    false,
    labelled(topics),
    null,
    null,
    null,
    3,
  );
  question.add(q.scale, districtSurvey, 3, 'workload', 'SCALE', '目前的工作负担', true, null, null, 1, 5, null);
  question.add(
    q.matrix,
    districtSurvey,
    4,
    'satisfaction',
    'MATRIX',
    '对上一年度培训的满意度',
    false,
    null,
    JSON.stringify(matrixRows.map((label, i) => ({ key: `r${i + 1}`, label }))),
    1,
    5,
    null,
  );
  question.add(q.text, districtSurvey, 5, 'advice', 'TEXT', '其他建议', false, null, null, null, null, null);
  const add = (
    responseId: string,
    surveyId: string,
    questionId: string,
    option: string | null,
    row: string | null,
    value: number | null,
    text: string | null,
  ) => answer.add(random.uuid(), responseId, surveyId, questionId, option, row, value, text);
  for (const school of input.schools) {
    for (const teacher of school.teachers) {
      if (random.next() >= 0.6) continue;
      const id = random.uuid();
      const day = 1 + random.int(20);
      response.add(id, districtSurvey, teacher.id, teacher.id, school.org.path, null, at(START, day), at(START, day));
      add(id, districtSurvey, q.single, `o${1 + random.int(choice.length)}`, null, null, null);
      if (random.next() < 0.8) {
        const picked = new Set(Array.from({ length: 1 + random.int(3) }, () => `o${1 + random.int(topics.length)}`));
        for (const option of [...picked].sort()) add(id, districtSurvey, q.multiple, option, null, null, null);
      }
      add(id, districtSurvey, q.scale, null, null, 1 + random.int(5), null);
      if (random.next() < 0.9)
        for (const [i] of matrixRows.entries())
          add(id, districtSurvey, q.matrix, null, `r${i + 1}`, 1 + random.int(5), null);
      if (random.next() < 0.3)
        add(id, districtSurvey, q.text, null, null, null, `建议增加${random.pick(topics)}方面的实践课例`);
    }
  }

  // The first school's own surveys (its first teacher answers every other one).
  const first = input.schools[0]!;
  const firstTeacher = first.teachers[0]!;
  for (let n = 0; n < SCHOOL_SURVEYS; n++) {
    const id = random.uuid();
    survey.add(
      id,
      `校本研修反馈（第 ${n + 1} 期）`,
      'SATISFACTION',
      'PUBLISHED',
      false,
      1,
      'SCHOOL_TEACHERS',
      first.org.id,
      first.org.path,
      first.adminId,
      at(START, n),
      at('2099-01-01', n * 7),
      at(START, n),
      at(START, n),
      at(START, n),
    );
    const questionId = random.uuid();
    question.add(questionId, id, 1, 'rating', 'SCALE', '本期研修的收获', true, null, null, 1, 5, null);
    if (n % 2 === 0) {
      const responseId = random.uuid();
      response.add(
        responseId,
        id,
        firstTeacher.id,
        firstTeacher.id,
        first.org.path,
        null,
        at(START, n + 1),
        at(START, n + 1),
      );
      add(responseId, id, questionId, null, null, 1 + random.int(5), null);
    }
  }

  // The library.
  const segment = await segmenter();
  const resource = new Table('LibraryResource', [
    ['id', 'text'],
    ['scope', '"LibraryScope"'],
    ['scopeOrganisationId', 'text'],
    ['orgPath', 'text'],
    ['sourceOrgPath', 'text'],
    ['sourceKind', '"LibrarySourceKind"'],
    ['sourceId', 'text'],
    ['programmeId', 'text'],
    ['authorId', 'text'],
    ['attribution', 'text'],
    ['curatedById', 'text'],
    ['title', 'text'],
    ['body', 'text'],
    ['kind', '"LibraryResourceKind"'],
    ['stage', '"SchoolStage"'],
    ['subject', 'text'],
    ['status', '"LibraryResourceStatus"'],
    ['consentedAt', ts],
    ['searchTokens', 'text'],
    ['createdAt', ts],
    ['updatedAt', ts],
  ]);
  const addResource = (
    scope: 'SCHOOL' | 'DISTRICT',
    org: { id: string; path: string },
    school: SurveyLibraryInput['schools'][number],
    curatorId: string,
    day: number,
  ) => {
    const author = random.pick(school.teachers);
    const kind = random.pick(KINDS);
    const stage = random.pick(STAGES);
    const subject = random.pick(SUBJECTS);
    const topic = random.pick(TOPICS);
    const mindMap = random.next() < 0.3;
    const inTitle = mindMap && random.next() < 0.5;
    const title = inTitle ? `${subject}：${random.pick(MIND_MAP_TITLES)}` : `${subject}${topic}的实践与反思`;
    const body =
      mindMap && !inTitle
        ? `围绕${topic}设计教学活动。${random.pick(MIND_MAP_BODIES)}`
        : `围绕${topic}设计教学活动，记录课堂实施过程与学生反馈。`;
    const tags = tagNames({ competency: null, stage, subject, kind });
    resource.add(
      random.uuid(),
      scope,
      org.id,
      org.path,
      school.org.path,
      'SHARE',
      random.uuid(),
      input.programmeId,
      author.id,
      `教师（${school.org.path}）`,
      curatorId,
      title,
      body,
      kind,
      stage,
      subject,
      'PUBLISHED',
      at(START, day),
      searchTokens({ title, body: plainText(body), tags }, segment),
      at(START, day),
      at(START, day),
    );
  };
  input.schools.forEach((school, n) => {
    for (let i = 0; i < LIBRARY_PER_SCHOOL; i++)
      addResource('SCHOOL', school.org, school, school.adminId, 30 + (n % 30) + i / 100);
  });
  const district = { id: districtId, path: input.districtPath };
  for (let i = 0; i < LIBRARY_DISTRICT; i++)
    addResource('DISTRICT', district, input.schools[i % input.schools.length]!, input.districtAdminId, 60 + i / 1000);
  return [survey, question, response, answer, resource];
}
