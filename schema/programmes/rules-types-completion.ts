/**
 * GraphQL shapes of the credit-hour, completion and certificate rules (rules.hours, rules.completion,
 * rules.certificates): outputs mirroring the parsed rules and the inputs a district admin writes them with.
 */
import { builder } from '../builder.js';
import {
  type CertificateRules as CertificateRulesValue,
  type CompletionRules as CompletionRulesValue,
  CREDIT_STATES,
  type HoursRules as HoursRulesValue,
  type PROOF_FORMS,
  type ProofItemRule as ProofItemRuleValue,
} from './rules.js';

export const HoursCountFrom = builder.enumType('HoursCountFrom', {
  description: 'The least confirmation a credit-hour entry needs to count toward the hour minimums.',
  values: Object.fromEntries(CREDIT_STATES.map((state) => [state, {}])) as Record<
    (typeof CREDIT_STATES)[number],
    object
  >,
});

export const ProofItemForm = builder.enumType('ProofForm', {
  description: 'The typed form of a proof-list item (证明形式).',
  values: {
    FORM: { description: '表单: a form or table (a spreadsheet or a document).' },
    REPORT: { description: '报告: a report (诊断报告, 分析报告, 报告单).' },
    PLAN_TEXT: { description: '文本: a plan, speech, rules or method text.' },
    LIST: { description: '列表: a list (entered as text or uploaded).' },
    CASE: { description: '案例: cases or works (documents, or a list with links).' },
  } as const satisfies Record<(typeof PROOF_FORMS)[number], object>,
});

export const CompletionPopulation = builder.enumType('CompletionPopulation', {
  description: 'Whom a school’s qualified rate counts.',
  values: {
    ENROLLED: { description: 'The school’s enrolled teachers (Xinbei: 参考教师总数).' },
    FULL_TIME: {
      description:
        'The school’s full-time teachers (Guangdong: 专任教师), its enrolled teachers when the count is unknown.',
    },
  } as const,
});

export const HoursRules = builder.objectRef<HoursRulesValue>('HoursRules').implement({
  description: 'Credit hours (学时): what online study earns, the minimums a teacher must reach, the entry window.',
  fields: (t) => ({
    onlineHours: t.exposeFloat('onlineHours', {
      description: 'Hours credited automatically when the teacher’s online study passes.',
    }),
    minTotal: t.float({ nullable: true, description: 'Least hours in all.', resolve: (r) => r.minTotal ?? null }),
    minOnline: t.float({ nullable: true, description: 'Least online hours.', resolve: (r) => r.minOnline ?? null }),
    minOffline: t.float({
      nullable: true,
      description: 'Least offline (practice) hours.',
      resolve: (r) => r.minOffline ?? null,
    }),
    minOfflineShare: t.float({
      nullable: true,
      description: 'Least share (0 to 1) of offline practice in all counted hours (Yiyuan 0.5).',
      resolve: (r) => r.minOfflineShare ?? null,
    }),
    creditGroupActivities: t.exposeBoolean('creditGroupActivities', {
      description: 'Completed school-based group activities are credited (up to schoolBasedStudy.hoursCap).',
    }),
    entryWindowDays: t.int({
      nullable: true,
      description:
        'Days after the school declared its training finished within which it enters offline hours (Xinbei 7); null: until it closes.',
      resolve: (r) => r.entryWindowDays ?? null,
    }),
    countFrom: t.field({
      type: HoursCountFrom,
      description: 'The least confirmation an entry needs to count.',
      resolve: (r) => r.countFrom,
    }),
  }),
});

export const ProofItemRule = builder.objectRef<ProofItemRuleValue>('ProofItemRule').implement({
  description: 'One item of the school’s proof list (整校推进证明清单).',
  fields: (t) => ({
    key: t.exposeString('key'),
    nameZh: t.exposeString('nameZh'),
    nameEn: t.exposeString('nameEn'),
    form: t.field({ type: ProofItemForm, resolve: (item) => item.form }),
    required: t.exposeBoolean('required', { description: 'Needed before the school may apply to close.' }),
  }),
});

export const CompletionRules = builder.objectRef<CompletionRulesValue>('CompletionRules').implement({
  description: 'Qualification (合格), whole-school completion (整校推进) and closing (结项).',
  fields: (t) => ({
    threshold: t.exposeFloat('threshold', {
      description: 'Least share (0 to 1) that must qualify before the school may apply to close.',
    }),
    population: t.field({ type: CompletionPopulation, resolve: (r) => r.population }),
    requireScore: t.exposeBoolean('requireScore', { description: 'Qualifying needs a passed online score.' }),
    requireHours: t.exposeBoolean('requireHours', { description: 'Qualifying needs the hour minimums met.' }),
    requireEvidence: t.exposeBoolean('requireEvidence', {
      description: 'Qualifying needs every selected competency’s evidence assessed PASS or EXCELLENT.',
    }),
    requireSchoolStudy: t.exposeBoolean('requireSchoolStudy', {
      description: 'Qualifying needs a passed school-based study review.',
    }),
    proofItems: t.field({ type: [ProofItemRule], resolve: (r) => r.proofItems }),
    selfAssessmentMax: t.exposeFloat('selfAssessmentMax', { description: 'Highest self-assessment score.' }),
    expertsPerSchool: t.exposeInt('expertsPerSchool', {
      description: 'Experts the district assigns to score each school; 0: no expert assessment.',
    }),
  }),
});

export const CertificateRules = builder.objectRef<CertificateRulesValue>('CertificateRules').implement({
  description: 'Certificates issued as Open Badges 3.0 credentials.',
  fields: (t) => ({
    completion: t.exposeBoolean('completion', { description: 'Completion certificates (结业证书).' }),
    excellentTrainee: t.exposeBoolean('excellentTrainee', { description: 'Excellent-trainee certificates.' }),
    validYears: t.int({
      nullable: true,
      description: 'Years a certificate stays valid; null: it does not expire.',
      resolve: (r) => r.validYears ?? null,
    }),
  }),
});

export const HoursRulesInput = builder.inputType('HoursRulesInput', {
  description: 'Credit hours; omitted values take their defaults.',
  fields: (t) => ({
    onlineHours: t.float({ required: true, description: '0 to 1000.' }),
    minTotal: t.float({ required: false, description: '0 to 1000; omitted: no minimum.' }),
    minOnline: t.float({ required: false, description: '0 to 1000; omitted: no minimum.' }),
    minOffline: t.float({ required: false, description: '0 to 1000; omitted: no minimum.' }),
    minOfflineShare: t.float({ required: false, description: 'Greater than 0, at most 1; omitted: none.' }),
    creditGroupActivities: t.boolean({ required: false, description: 'Default false.' }),
    entryWindowDays: t.int({ required: false, description: '1 to 365; omitted: until the school closes.' }),
    countFrom: t.field({ type: HoursCountFrom, required: false, description: 'Default SCHOOL_CONFIRMED.' }),
  }),
});

export const ProofItemRuleInput = builder.inputType('ProofItemRuleInput', {
  description: 'One proof-list item.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: '1 to 40 letters, digits, "-" or "_", starting with a letter; unique.',
    }),
    nameZh: t.string({ required: true, description: '1 to 100 characters.' }),
    nameEn: t.string({ required: true, description: '1 to 100 characters.' }),
    form: t.field({ type: ProofItemForm, required: true }),
    required: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

export const CompletionRulesInput = builder.inputType('CompletionRulesInput', {
  description: 'Qualification, completion and closing; omitted values take their defaults.',
  fields: (t) => ({
    threshold: t.float({ required: false, description: 'Greater than 0, at most 1. Default 0.9.' }),
    population: t.field({ type: CompletionPopulation, required: false, description: 'Default ENROLLED.' }),
    requireScore: t.boolean({ required: false, description: 'Default true.' }),
    requireHours: t.boolean({ required: false, description: 'Default true.' }),
    requireEvidence: t.boolean({ required: false, description: 'Default false.' }),
    requireSchoolStudy: t.boolean({ required: false, description: 'Default false.' }),
    proofItems: t.field({ type: [ProofItemRuleInput], required: false, description: 'At most 50. Default none.' }),
    selfAssessmentMax: t.float({ required: false, description: 'Greater than 0. Default 100.' }),
    expertsPerSchool: t.int({ required: false, description: '0 to 10. Default 0.' }),
  }),
});

export const CertificateRulesInput = builder.inputType('CertificateRulesInput', {
  description: 'Certificates; omitted values take their defaults.',
  fields: (t) => ({
    completion: t.boolean({ required: false, description: 'Default true.' }),
    excellentTrainee: t.boolean({ required: false, description: 'Default true.' }),
    validYears: t.int({ required: false, description: '1 to 50; omitted: no expiry.' }),
  }),
});
