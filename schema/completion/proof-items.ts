/**
 * Guangdong's whole-school proof list (整校推进证明清单): 15 items, each a typed upload. Pure data for the seeds and
 * for programmes configured like Guangdong (rules.completion.proofItems); every item is required (the schema's default).
 * Item 10 may be a list or cases (列表;案例): it is configured as CASE.
 */
export interface ProofItemSeed {
  key: string;
  nameZh: string;
  nameEn: string;
  form: 'FORM' | 'REPORT' | 'PLAN_TEXT' | 'LIST' | 'CASE';
}

export const GUANGDONG_PROOF_ITEMS = [
  {
    key: 'managementTeam',
    nameZh: '学校信息化管理团队成员及其责任分工',
    nameEn: 'School IT management team and its responsibilities',
    form: 'FORM',
  },
  {
    key: 'swotDiagnosis',
    nameZh: '学校信息化环境和教师应用现状',
    nameEn: 'School IT environment and teachers’ use of it (SWOT diagnosis)',
    form: 'REPORT',
  },
  {
    key: 'itDevelopmentPlan',
    nameZh: '学校信息化发展规划',
    nameEn: 'School IT development plan',
    form: 'PLAN_TEXT',
  },
  {
    key: 'blendedStudyPlan',
    nameZh: '混合式校本研修计划',
    nameEn: 'Blended school-based study plan',
    form: 'PLAN_TEXT',
  },
  {
    key: 'principalSpeech',
    nameZh: '校长动员讲话稿',
    nameEn: 'Principal’s mobilisation speech',
    form: 'PLAN_TEXT',
  },
  {
    key: 'groupActivityPlans',
    nameZh: '教研组活动计划',
    nameEn: 'Teaching-research group activity plans',
    form: 'PLAN_TEXT',
  },
  {
    key: 'teacherStudyPlans',
    nameZh: '教师个人研修计划',
    nameEn: 'Teachers’ personal study plans',
    form: 'PLAN_TEXT',
  },
  {
    key: 'managementRules',
    nameZh: '学校信息化管理制度与运作流程',
    nameEn: 'School IT management rules and workflows',
    form: 'PLAN_TEXT',
  },
  {
    key: 'selectionMethods',
    nameZh: '教师信息化应用选学选测办法',
    nameEn: 'Methods for teachers’ selection of study and assessment',
    form: 'PLAN_TEXT',
  },
  {
    key: 'selectionIssues',
    nameZh: '选学选测问题解决',
    nameEn: 'Selection issues and how they were solved',
    form: 'CASE',
  },
  {
    key: 'assessmentAnalysis',
    nameZh: '测评结果分析',
    nameEn: 'Analysis of the assessment results',
    form: 'REPORT',
  },
  {
    key: 'excellentWorks',
    nameZh: '测评优秀作品',
    nameEn: 'Excellent assessed works',
    form: 'CASE',
  },
  {
    key: 'resourceCatalogue',
    nameZh: '学校信息化资源库建设目录',
    nameEn: 'Catalogue of the school’s IT resource library',
    form: 'FORM',
  },
  {
    key: 'selfAssessmentReport',
    nameZh: '校本应用考核自评报告',
    nameEn: 'Self-assessment report of the school-based application assessment',
    form: 'REPORT',
  },
  {
    key: 'assessmentReport',
    nameZh: '校本应用考核评估报告',
    nameEn: 'Evaluation report of the school-based application assessment',
    form: 'REPORT',
  },
] as const satisfies readonly ProofItemSeed[];
