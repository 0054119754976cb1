/**
 * Data of the national rubrics (评价量规) and the national catalogue's assessment specifications (测评规范). Numbers
 * here are data: a district overrides them per programme with setProgrammeAssessmentSpec.
 *
 * - C1 跨学科学习活动设计 (Guangdong's worked example, "1方案+2成果+1视频"): one activity plan (theme, goals, flow,
 *   resources, tools and strategies, assessment; doc/docx/pdf), two student works each with the teacher's comment,
 *   one reflection video of at most 5 minutes with the teacher on screen; rubric `C1-interdisciplinary`.
 * - Every other point: the default spec, one plan or design document (doc/docx/pdf) and one lesson or reflection
 *   video of at most 10 minutes with the teacher on screen; rubric `national-default` (3 criteria, 100 points, pass
 *   60, excellent 85).
 */
import type { ArtefactSlot } from '../../schema/assessment-specs/rules.js';
import type { RubricContent } from '../../schema/rubrics/rules.js';

const MB = 1024 * 1024;

/** Four levels of a criterion worth `max` points: 优秀 100%, 良好 80%, 合格 60%, 待改进 25% (rounded). */
function levels(max: number, descriptors: [string, string, string, string]) {
  const names: [string, string, string][] = [
    ['excellent', '优秀', 'Excellent'],
    ['good', '良好', 'Good'],
    ['pass', '合格', 'Pass'],
    ['improve', '待改进', 'Needs improvement'],
  ];
  const shares = [1, 0.8, 0.6, 0.25];
  return names.map(([key, nameZh, nameEn], index) => ({
    key,
    nameZh,
    nameEn,
    points: Math.round(max * (shares[index] ?? 0)),
    descriptorZh: descriptors[index] ?? nameZh,
  }));
}

export interface RubricSeed {
  key: string;
  titleZh: string;
  titleEn: string;
  content: RubricContent;
}

export const NATIONAL_DEFAULT_RUBRIC: RubricSeed = {
  key: 'national-default',
  titleZh: '应用能力点测评通用量规',
  titleEn: 'General rubric of a competency’s practice evidence',
  content: {
    criteria: [
      {
        key: 'design',
        nameZh: '方案设计',
        nameEn: 'Design',
        levels: levels(40, [
          '目标明确，技术应用与教学问题紧密结合，设计完整、可操作，有创新。',
          '目标明确，技术应用恰当，设计完整。',
          '有基本的设计，技术应用与教学目标基本相符。',
          '设计不完整，或技术应用与教学目标脱节。',
        ]),
      },
      {
        key: 'practice',
        nameZh: '实施与成效',
        nameEn: 'Practice and effect',
        levels: levels(30, [
          '课堂实施流畅，技术有效支持学生学习，成效显著。',
          '实施较好，技术支持了教学，有一定成效。',
          '完成了实施，技术应用基本合理。',
          '实施不完整，技术应用效果不明显。',
        ]),
      },
      {
        key: 'reflection',
        nameZh: '反思与改进',
        nameEn: 'Reflection and improvement',
        levels: levels(30, [
          '反思深入，能分析问题成因并提出可行的改进措施。',
          '反思较具体，提出了改进设想。',
          '有基本反思。',
          '缺少反思或流于形式。',
        ]),
      },
    ],
    passPoints: 60,
    excellentPoints: 85,
  },
};

export const C1_RUBRIC: RubricSeed = {
  key: 'C1-interdisciplinary',
  titleZh: 'C1 跨学科学习活动设计测评量规',
  titleEn: 'C1 Designing interdisciplinary learning activities: rubric',
  content: {
    criteria: [
      {
        key: 'plan',
        nameZh: '学习活动方案',
        nameEn: 'Activity plan',
        levels: levels(40, [
          '主题、学习目标、活动流程、学习资源、技术工具及应用策略、学习评价齐全，跨学科融合自然，技术应用策略得当。',
          '各要素齐全，体现跨学科融合，技术工具选用合理。',
          '要素基本齐全，能体现跨学科学习。',
          '要素缺失，未体现跨学科学习。',
        ]),
      },
      {
        key: 'student-work',
        nameZh: '学生成果及点评',
        nameEn: 'Student works and comments',
        levels: levels(30, [
          '两份成果体现跨学科学习成效，点评具体、有针对性、有激励性。',
          '两份成果完整，点评具体。',
          '提交两份成果并有点评。',
          '成果不足两份或缺少点评。',
        ]),
      },
      {
        key: 'reflection',
        nameZh: '教师反思',
        nameEn: 'Teacher’s reflection',
        levels: levels(30, [
          '教师出镜，5 分钟内清楚总结过程与效果，深入分析问题及应对，说明技术的作用。',
          '教师出镜，总结了过程与效果，分析了问题。',
          '教师出镜，有基本的总结与反思。',
          '未出镜、超时或缺少反思。',
        ]),
      },
    ],
    passPoints: 60,
    excellentPoints: 85,
  },
};

export interface SpecSeed {
  rubricKey: string;
  guidanceZh: string;
  guidanceEn: string;
  artefacts: ArtefactSlot[];
}

export const DEFAULT_SPEC: SpecSeed = {
  rubricKey: NATIONAL_DEFAULT_RUBRIC.key,
  guidanceZh:
    '围绕所选能力点提交实践证据：一份教学设计或活动方案，说明要解决的教学问题、技术的应用与预期效果；一段不超过 10 分钟的课堂实录或教师反思视频，需出现教师本人。',
  guidanceEn:
    'Submit practice evidence of the competency: one lesson design or activity plan stating the teaching problem, how technology is used and the expected effect; and one lesson recording or reflection video of at most 10 minutes with the teacher on screen.',
  artefacts: [
    {
      key: 'plan',
      kind: 'PLAN',
      nameZh: '教学设计或活动方案',
      nameEn: 'Lesson design or activity plan',
      descriptionZh: '说明教学问题、技术应用与预期效果。',
      count: 1,
      maxCount: 1,
      formats: ['doc', 'docx', 'pdf'],
      maxBytes: 10 * MB,
      maxVideoSeconds: null,
      teacherVisible: false,
      commentRequired: false,
    },
    {
      key: 'video',
      kind: 'LESSON_VIDEO',
      nameZh: '课堂实录或反思视频',
      nameEn: 'Lesson recording or reflection video',
      descriptionZh: '不超过 10 分钟，需出现教师本人。',
      count: 1,
      maxCount: 1,
      formats: ['mp4'],
      maxBytes: 500 * MB,
      maxVideoSeconds: 600,
      teacherVisible: true,
      commentRequired: false,
    },
  ],
};

export const C1_SPEC: SpecSeed = {
  rubricKey: C1_RUBRIC.key,
  guidanceZh:
    '要解决的实践问题：1. 跨学科学习与 STEM 学习有哪些异同之处？2. 技术工具可以为跨学科学习活动设计提供哪些便利？' +
    '提交 1 个方案 + 2 份学生成果 + 1 个反思视频。',
  guidanceEn:
    'Practice questions: 1. How does interdisciplinary learning differ from STEM learning? 2. How can technology tools help design interdisciplinary activities? ' +
    'Submit one plan, two student works and one reflection video.',
  artefacts: [
    {
      key: 'plan',
      kind: 'PLAN',
      nameZh: '学习活动方案',
      nameEn: 'Learning activity plan',
      descriptionZh:
        '以自己开展过的跨学科学习实践为例设计活动方案，说明主题、学习目标、学习活动流程、学习资源、技术工具及应用策略、学习评价等。',
      count: 1,
      maxCount: 1,
      formats: ['doc', 'docx', 'pdf'],
      maxBytes: 10 * MB,
      maxVideoSeconds: null,
      teacherVisible: false,
      commentRequired: false,
    },
    {
      key: 'student-work',
      kind: 'STUDENT_WORK',
      nameZh: '学生成果及点评',
      nameEn: 'Student works with comments',
      descriptionZh: '提交两份学生的跨学科学习成果，并分别进行点评。',
      count: 2,
      maxCount: 2,
      formats: ['doc', 'docx', 'pdf', 'pptx', 'jpg', 'png'],
      maxBytes: 20 * MB,
      maxVideoSeconds: null,
      teacherVisible: false,
      commentRequired: true,
    },
    {
      key: 'reflection',
      kind: 'REFLECTION_VIDEO',
      nameZh: '教师反思视频',
      nameEn: 'Reflection video',
      descriptionZh:
        '结合方案和学生成果，总结开展跨学科学习的过程及效果，回顾遇到的问题及应对，技术发挥了什么作用；需出现教师个人形象，时间不超过 5 分钟。',
      count: 1,
      maxCount: 1,
      formats: ['mp4'],
      maxBytes: 300 * MB,
      maxVideoSeconds: 300,
      teacherVisible: true,
      commentRequired: false,
    },
  ],
};

/** The national catalogue's specs: by competency code, DEFAULT_SPEC for every code not listed. */
export const NATIONAL_SPECS: { catalogue: { code: string; version: string }; byCode: Record<string, SpecSeed> } = {
  catalogue: { code: 'national-2019', version: '2019' },
  byCode: { C1: C1_SPEC },
};

export const NATIONAL_RUBRICS: RubricSeed[] = [NATIONAL_DEFAULT_RUBRIC, C1_RUBRIC];
