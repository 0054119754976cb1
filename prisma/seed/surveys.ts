/**
 * Survey templates (reference data) and the demo district's surveys (demo data).
 *
 * Templates: the seeds' training-needs survey (训前需求调研: Tianchang's preparation stage, "参训教师培训需求调研", and
 * the follow-up studio's inventory of each teacher's basic situation and service needs) and satisfaction survey
 * (训后满意度调查: the follow-up visits that ask about "培训满意度和训后指导需求"), with sections and every question
 * kind. Validated with the same definition schema createSurvey uses. Idempotent, keyed by code: an existing template
 * is left as it is.
 *
 * Demo: a training-needs survey for the demo district's teachers (open now), an anonymous satisfaction survey for the
 * demo class, and the principals' leadership self-assessment for the district's school leaders, each published by the
 * district admin or the class tutor, with the demo teacher's named answers to the first. Idempotent, keyed by title.
 */
import type { Transaction } from '../../api/db/client.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import type { SurveyAudienceKind, SurveyPurpose } from '../../api/db/generated/prisma/enums.js';
import { writeSections } from '../../schema/surveys/definition-writes.js';
import {
  type DefinitionInput,
  definitionSchema,
  layoutDefinition,
  selfAssessmentLayout,
} from '../../schema/surveys/rules.js';

interface TemplateSpec {
  code: string;
  purpose: SurveyPurpose;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  definition: DefinitionInput;
}

const choices = (...labels: string[]) => labels.map((label, i) => ({ key: `o${i + 1}`, label }));
const rows = (...labels: string[]) => labels.map((label, i) => ({ key: `r${i + 1}`, label }));

/** 训前需求调研: who the teacher is, where they stand, what they need and how they want to learn. */
export const TRAINING_NEEDS_TEMPLATE: TemplateSpec = {
  code: 'training-needs-2022',
  purpose: 'TRAINING_NEEDS',
  nameZh: '能力提升工程 2.0 参训教师训前需求调研',
  nameEn: 'ICT capability 2.0: pre-training needs survey of participating teachers',
  descriptionZh:
    '为科学制定培训计划、合理配置培训资源，请参训教师如实填写基本情况、信息技术应用现状和培训需求。问卷结果仅用于培训方案设计。',
  descriptionEn:
    'Tell us about yourself, how you use ICT today and what you need, so the programme plan and resources fit. Used only to design the training.',
  definition: {
    sections: [
      {
        title: '一、基本情况',
        description: '请填写您的任教学段、学科、教龄和学校的教学环境。',
        questions: [
          {
            key: 'basic.stage',
            kind: 'SINGLE_CHOICE',
            prompt: '您任教的学段',
            required: true,
            options: choices('幼儿园', '小学', '初中', '高中', '中等职业学校'),
          },
          {
            key: 'basic.subject',
            kind: 'SINGLE_CHOICE',
            prompt: '您任教的主要学科',
            required: true,
            options: choices(
              '语文',
              '数学',
              '英语',
              '物理、化学、生物或科学',
              '道德与法治、历史或地理',
              '音乐、体育或美术',
              '信息技术',
              '其他学科',
            ),
          },
          {
            key: 'basic.years',
            kind: 'SINGLE_CHOICE',
            prompt: '您的教龄',
            required: true,
            options: choices('5 年以下', '5–10 年', '11–20 年', '20 年以上'),
          },
          {
            key: 'basic.environment',
            kind: 'SINGLE_CHOICE',
            prompt: '您所在学校主要的信息化教学环境',
            required: true,
            options: choices(
              '多媒体教学环境（一间教室一套多媒体设备）',
              '混合学习环境（师生可使用网络学习空间和移动终端）',
              '智慧学习环境（一人一终端、数据支持的精准教学）',
            ),
          },
        ],
      },
      {
        title: '二、信息技术应用现状',
        questions: [
          {
            key: 'current.frequency',
            kind: 'SINGLE_CHOICE',
            prompt: '您在课堂教学中使用信息技术的频率',
            required: true,
            options: choices('几乎每节课', '每周数次', '每月数次', '很少使用'),
          },
          {
            key: 'current.skills',
            kind: 'MATRIX',
            prompt: '请评价您目前在以下方面的熟练程度（1 = 很不熟练，5 = 非常熟练）',
            required: true,
            rows: rows(
              '演示文稿设计与制作',
              '微课程设计与制作',
              '数字教育资源的获取与评价',
              '利用网络学习平台组织教学',
              '利用数据开展学情分析与学业评价',
            ),
            scaleMin: 1,
            scaleMax: 5,
          },
          {
            key: 'current.confidence',
            kind: 'SCALE',
            prompt: '总体而言，您对运用信息技术优化课堂教学的信心如何？（1 = 很没有信心，5 = 非常有信心）',
            required: true,
            scaleMin: 1,
            scaleMax: 5,
          },
        ],
      },
      {
        title: '三、培训需求',
        questions: [
          {
            key: 'needs.dimensions',
            kind: 'MULTIPLE_CHOICE',
            prompt: '您最希望提升哪些维度的能力？（最多选 2 项）',
            required: true,
            options: choices('学情分析', '教学设计', '学法指导', '学业评价'),
            maxChoices: 2,
          },
          {
            key: 'needs.competencies',
            kind: 'MULTIPLE_CHOICE',
            prompt: '您最想学习的微能力点（最多选 3 项）',
            required: true,
            options: choices(
              'A1 技术支持的学情分析',
              'A3 演示文稿设计与制作',
              'A5 技术支持的课堂导入',
              'A6 技术支持的课堂讲授',
              'B2 微课程设计与制作',
              'B3 探究型学习活动设计',
              'B5 学习小组组织与管理',
              'C1 跨学科学习活动设计',
              'C5 基于数据的个别化指导',
            ),
            maxChoices: 3,
          },
          {
            key: 'needs.difficulties',
            kind: 'TEXT',
            prompt: '您在教学中应用信息技术时遇到的主要困难是什么？',
          },
        ],
      },
      {
        title: '四、培训方式与安排',
        questions: [
          {
            key: 'format.preferred',
            kind: 'MULTIPLE_CHOICE',
            prompt: '您希望采用哪些培训方式？（最多选 3 项）',
            required: true,
            options: choices(
              '网络研修（在线课程学习）',
              '专家专题讲座与在线答疑',
              '教师工作坊研讨',
              '校本研修（教研组活动）',
              '名师课堂观摩与案例分析',
              '送培送教、实地指导',
            ),
            maxChoices: 3,
          },
          {
            key: 'format.hours',
            kind: 'SINGLE_CHOICE',
            prompt: '您每周能投入网络研修的时间',
            required: true,
            options: choices('2 小时以内', '2–4 小时', '4–6 小时', '6 小时以上'),
          },
          {
            key: 'format.time',
            kind: 'SINGLE_CHOICE',
            prompt: '您适宜参加集中学习的时段',
            options: choices('工作日白天', '工作日晚上', '周末', '寒暑假'),
          },
          {
            key: 'format.support',
            kind: 'MULTIPLE_CHOICE',
            prompt: '您希望班级辅导者（坊主）提供哪些支持？',
            options: choices('学习进度提醒', '及时答疑解惑', '作业点评与反馈', '优秀案例推送', '线下实践指导'),
          },
        ],
      },
      {
        title: '五、其他',
        questions: [{ key: 'other.suggestions', kind: 'TEXT', prompt: '您对本次培训还有哪些期待和建议？' }],
      },
    ],
  },
};

/** 训后满意度调查: courses, tutors, workshops and school-based study, the platform, overall, suggestions. */
export const SATISFACTION_TEMPLATE: TemplateSpec = {
  code: 'satisfaction-2022',
  purpose: 'SATISFACTION',
  nameZh: '能力提升工程 2.0 训后满意度调查',
  nameEn: 'ICT capability 2.0: post-training satisfaction survey',
  descriptionZh: '感谢您参加本次培训！请对课程、辅导、工作坊活动和平台服务作出评价，帮助我们改进训后跟踪指导。',
  descriptionEn:
    'Thank you for taking part! Rate the courses, tutoring, workshop activities and platform so we can improve the follow-up support.',
  definition: {
    sections: [
      {
        title: '一、课程质量',
        questions: [
          {
            key: 'course.quality',
            kind: 'MATRIX',
            prompt: '请对课程作出评价（1 = 很不满意，5 = 非常满意）',
            required: true,
            rows: rows('课程内容的实用性', '与教学实际的结合度', '课程资源的丰富程度', '视频讲解的清晰程度'),
            scaleMin: 1,
            scaleMax: 5,
          },
        ],
      },
      {
        title: '二、辅导与服务',
        questions: [
          {
            key: 'tutor.overall',
            kind: 'SCALE',
            prompt: '您对班级辅导者（坊主）的总体评价（1 = 很不满意，5 = 非常满意）',
            required: true,
            scaleMin: 1,
            scaleMax: 5,
          },
          {
            key: 'tutor.aspects',
            kind: 'MATRIX',
            prompt: '请对辅导工作的以下方面作出评价',
            rows: rows('答疑解惑的及时性', '学习督促与提醒', '作业批阅与反馈', '培训简报与学情通报'),
            scaleMin: 1,
            scaleMax: 5,
          },
        ],
      },
      {
        title: '三、工作坊与校本研修',
        questions: [
          {
            key: 'workshop.gain',
            kind: 'SCALE',
            prompt: '参加工作坊研讨活动对您的帮助程度（1 = 没有帮助，5 = 帮助很大）',
            required: true,
            scaleMin: 1,
            scaleMax: 5,
          },
          {
            key: 'workshop.count',
            kind: 'SINGLE_CHOICE',
            prompt: '培训期间您参加工作坊活动的次数',
            options: choices('没有参加', '1–2 次', '3–5 次', '5 次以上'),
          },
          {
            key: 'school.practice',
            kind: 'SCALE',
            prompt: '校本研修与您的教学实践结合得如何？（1 = 很差，5 = 很好）',
            scaleMin: 1,
            scaleMax: 5,
          },
        ],
      },
      {
        title: '四、平台与技术支持',
        questions: [
          {
            key: 'platform.aspects',
            kind: 'MATRIX',
            prompt: '请对研修平台作出评价',
            required: true,
            rows: rows('登录与使用的便捷性', '视频播放的流畅度', '手机端学习体验', '技术支持的响应速度'),
            scaleMin: 1,
            scaleMax: 5,
          },
        ],
      },
      {
        title: '五、总体评价',
        questions: [
          {
            key: 'overall.satisfaction',
            kind: 'SCALE',
            prompt: '您对本次培训的总体满意度（1 = 很不满意，5 = 非常满意）',
            required: true,
            scaleMin: 1,
            scaleMax: 5,
          },
          {
            key: 'overall.recommend',
            kind: 'SINGLE_CHOICE',
            prompt: '您是否愿意向同事推荐本次培训？',
            required: true,
            options: choices('非常愿意', '愿意', '不确定', '不愿意'),
          },
          {
            key: 'overall.gains',
            kind: 'MULTIPLE_CHOICE',
            prompt: '您收获最大的方面（最多选 2 项）',
            options: choices(
              '信息技术应用能力',
              '教学设计与课堂实施',
              '学情分析与学业评价',
              '与同行交流研讨',
              '优秀资源与案例',
            ),
            maxChoices: 2,
          },
        ],
      },
      {
        title: '六、意见建议',
        questions: [
          { key: 'suggest.training', kind: 'TEXT', prompt: '您对本次培训的意见和建议' },
          { key: 'suggest.followUp', kind: 'TEXT', prompt: '训后您希望获得哪些跟踪指导？' },
        ],
      },
    ],
  },
};

export const SURVEY_TEMPLATES: readonly TemplateSpec[] = [TRAINING_NEEDS_TEMPLATE, SATISFACTION_TEMPLATE];

/** Writes the templates that are missing (reference data; an existing code is left as it is). */
export async function seedSurveyTemplates(tx: Transaction): Promise<void> {
  for (const spec of SURVEY_TEMPLATES) {
    const definition = definitionSchema.parse(spec.definition);
    const present = await tx.surveyTemplate.findUnique({ where: { code: spec.code }, select: { id: true } });
    if (present) continue;
    await tx.surveyTemplate.create({
      data: {
        code: spec.code,
        purpose: spec.purpose,
        nameZh: spec.nameZh,
        nameEn: spec.nameEn,
        descriptionZh: spec.descriptionZh,
        descriptionEn: spec.descriptionEn,
        definition: definition as unknown as Prisma.InputJsonValue,
      },
    });
  }
}

const DAY = 86_400_000;

interface DemoSurvey {
  title: string;
  purpose: SurveyPurpose;
  anonymous: boolean;
  minGroupSize: number;
  audienceKind: SurveyAudienceKind;
  audienceCode: string;
  publisherLogin: string;
  /** A template code, or the principals' standard (a self-assessment). */
  source: { template: string } | { catalogue: { code: string; version: string } };
}

const DEMO_SURVEYS: DemoSurvey[] = [
  {
    title: '天长市 2022 年能力提升工程 2.0 参训教师训前需求调研',
    purpose: 'TRAINING_NEEDS',
    anonymous: false,
    minGroupSize: 1,
    audienceKind: 'DISTRICT_TEACHERS',
    audienceCode: 'demo-district',
    publisherLogin: 'district.admin',
    source: { template: TRAINING_NEEDS_TEMPLATE.code },
  },
  {
    title: '提升工程 2.0 班训后满意度调查',
    purpose: 'SATISFACTION',
    anonymous: true,
    minGroupSize: 1,
    audienceKind: 'CLASS',
    audienceCode: 'demo-school-1-class-1',
    publisherLogin: 'class.tutor',
    source: { template: SATISFACTION_TEMPLATE.code },
  },
  {
    title: '校长信息化领导力自评',
    purpose: 'SELF_ASSESSMENT',
    anonymous: false,
    minGroupSize: 1,
    audienceKind: 'DISTRICT_LEADERS',
    audienceCode: 'demo-district',
    publisherLogin: 'district.admin',
    source: { catalogue: { code: 'principal-ict-leadership', version: '2018' } },
  },
];

/** The demo teacher's answers to the training-needs survey, by question key (option keys, a rating, rows, a text). */
const DEMO_NEEDS_ANSWERS: Record<string, { options?: string[]; value?: number; rows?: number[]; text?: string }> = {
  'basic.stage': { options: ['o2'] },
  'basic.subject': { options: ['o1'] },
  'basic.years': { options: ['o3'] },
  'basic.environment': { options: ['o2'] },
  'current.frequency': { options: ['o2'] },
  'current.skills': { rows: [4, 2, 3, 3, 2] },
  'current.confidence': { value: 3 },
  'needs.dimensions': { options: ['o1', 'o4'] },
  'needs.competencies': { options: ['o1', 'o5', 'o9'] },
  'needs.difficulties': { text: '班级学生多，课堂上难以及时掌握每个学生的学习情况，希望学习用数据做学情分析。' },
  'format.preferred': { options: ['o1', 'o3', 'o4'] },
  'format.hours': { options: ['o2'] },
};

/** The demo district's surveys (published, open for 60 days from the seeding) and the demo teacher's answers. */
export async function seedDemoSurveys(tx: Transaction): Promise<void> {
  const now = Date.now();
  for (const spec of DEMO_SURVEYS) {
    if (await tx.survey.findFirst({ where: { title: spec.title }, select: { id: true } })) continue;
    const organisation = await tx.organisation.findUnique({
      where: { code: spec.audienceCode },
      select: { id: true, path: true },
    });
    const publisher = await tx.user.findUnique({ where: { login: spec.publisherLogin }, select: { id: true } });
    if (!organisation || !publisher) continue;
    let templateId: string | null = null;
    let catalogueId: string | null = null;
    let sections: ReturnType<typeof layoutDefinition> = [];
    let links = new Map<string, { competencyId: string; dimensionId: string }>();
    let description: string | null = null;
    if ('template' in spec.source) {
      const template = await tx.surveyTemplate.findUnique({
        where: { code: spec.source.template },
        select: { id: true, definition: true, descriptionZh: true },
      });
      if (!template) continue;
      templateId = template.id;
      description = template.descriptionZh;
      sections = layoutDefinition(definitionSchema.parse(template.definition));
    } else {
      const catalogue = await tx.catalogue.findUnique({
        where: { code_version: spec.source.catalogue },
        select: {
          id: true,
          dimensions: { select: { id: true, code: true, nameZh: true, position: true } },
          competencies: {
            select: { id: true, code: true, nameZh: true, dimensionId: true },
            orderBy: { position: 'asc' },
          },
        },
      });
      if (!catalogue) continue;
      catalogueId = catalogue.id;
      description = '请对照《中小学校长信息化领导力标准》的 15 项要求，对本人目前的表现作出 1–5 分的自我评价。';
      ({ sections, links } = selfAssessmentLayout(catalogue.dimensions, catalogue.competencies));
    }
    const { id: surveyId } = await tx.survey.create({
      select: { id: true },
      data: {
        title: spec.title,
        description,
        purpose: spec.purpose,
        status: 'PUBLISHED',
        anonymous: spec.anonymous,
        minGroupSize: spec.minGroupSize,
        audienceKind: spec.audienceKind,
        audienceOrganisationId: organisation.id,
        orgPath: organisation.path,
        publisherId: publisher.id,
        templateId,
        catalogueId,
        opensAt: new Date(now - DAY),
        closesAt: new Date(now + 60 * DAY),
        publishedAt: new Date(now - DAY),
      },
    });
    await writeSections(tx, surveyId, sections, links);
    if ('template' in spec.source && spec.source.template === TRAINING_NEEDS_TEMPLATE.code)
      await answerAsDemoTeacher(tx, surveyId);
  }
}

/** The demo teacher's named response to the training-needs survey (they hold TEACHER at demo school 1). */
async function answerAsDemoTeacher(tx: Transaction, surveyId: string): Promise<void> {
  const teacher = await tx.user.findUnique({ where: { login: 'teacher' }, select: { id: true } });
  const school = await tx.organisation.findUnique({ where: { code: 'demo-school-1' }, select: { path: true } });
  if (!teacher || !school) return;
  const questions = await tx.surveyQuestion.findMany({
    where: { surveyId },
    select: { id: true, key: true, rows: true },
  });
  const now = new Date();
  const response = await tx.surveyResponse.create({
    data: {
      surveyId,
      respondentKey: teacher.id,
      respondentId: teacher.id,
      schoolPath: school.path,
      submittedAt: now,
      updatedAt: now,
    },
    select: { id: true },
  });
  const answers = questions.flatMap((q): Prisma.SurveyAnswerCreateManyInput[] => {
    const given = DEMO_NEEDS_ANSWERS[q.key];
    if (!given) return [];
    const base = { responseId: response.id, surveyId, questionId: q.id };
    if (given.options) return given.options.map((optionKey) => ({ ...base, optionKey }));
    if (given.rows) {
      const keys = (q.rows as Array<{ key: string }>).map((row) => row.key);
      return given.rows.map((value, i) => ({ ...base, rowKey: keys[i] ?? `r${i + 1}`, value }));
    }
    if (given.value !== undefined) return [{ ...base, value: given.value }];
    return [{ ...base, text: given.text ?? null }];
  });
  await tx.surveyAnswer.createMany({ data: answers });
}
