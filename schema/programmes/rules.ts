/**
 * A programme's rules: typed, versioned JSON stored with the programme.
 *
 * Every number here is configuration of one programme (Tianchang: 20 credits; Yiyuan: 3 points;
 * Jiangsu: 7-day window, 90% plan gate), never a constant in code.
 *
 * Growth: new optional keys with defaults keep old v1 JSON valid. A breaking change bumps
 * `version` and adds an upgrader (v1 → v2) to `upgraders` below; `parseProgrammeRules` runs
 * the chain, so stored programmes never need migrating. Later sections (`hours`)
 * join `selection` as optional keys of the top-level object; until then, unknown top-level
 * sections are kept as they are (not validated) so that parsing and saving never drops them.
 */
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import { defineMessages } from '../../api/i18n/messages.js';

defineMessages({
  'RULES.share': {
    en: '{field} must be at most 1 (a share, e.g. 0.9 for 90%)',
    'zh-CN': '{field}不能大于 1（是比例，例如 0.9 表示 90%）',
  },
  'RULES.minPointsAboveMax': {
    en: 'minPoints ({minPoints}) must not exceed maxPoints ({maxPoints})',
    'zh-CN': '最少能力点数（{minPoints}）不能大于最多能力点数（{maxPoints}）',
  },
  'RULES.dimensionsAboveMaxPoints': {
    en: 'dimensionRule needs {n} dimensions but maxPoints ({maxPoints}) allows fewer points than that',
    'zh-CN': '维度规则要求 {n} 个维度，但最多能力点数（{maxPoints}）不足以覆盖',
  },
  'RULES.requiredCourseAboveTotal': {
    en: 'requiredCourseMinutes ({requiredCourseMinutes}) must not exceed requiredMinutes ({requiredMinutes})',
    'zh-CN': '必修课程分钟数（{requiredCourseMinutes}）不能大于总分钟数（{requiredMinutes}）',
  },
  'RULES.minAboveMax': {
    en: 'minPoints ({minPoints}) must not exceed maxPoints ({maxPoints})',
    'zh-CN': '最低分（{minPoints}）不能大于满分（{maxPoints}）',
  },
  'RULES.duplicateItemKey': {
    en: 'Item key “{key}” is used twice',
    'zh-CN': '考核项编码“{key}”重复',
  },
  'RULES.weightsNotOne': {
    en: 'The indicators’ weights must sum to 1 (100%), not {sum}',
    'zh-CN': '各考核指标的权重之和必须为 1（100%），当前为 {sum}',
  },
  'RULES.notAllSameNeedsTwo': {
    en: 'dimensionRule NOT_ALL_SAME needs at least 2 points but maxPoints is {maxPoints}',
    'zh-CN': '维度规则“不全在同一维度”至少需要 2 个能力点，但最多能力点数为 {maxPoints}',
  },
});

export const CURRENT_RULES_VERSION = 1;

/** How the dimensions (学情分析, 教学设计, …) of the selected points must be spread. */
export const dimensionRuleSchema = z.discriminatedUnion('kind', [
  /** No dimension requirement (Yiyuan, Guangdong). */
  z.strictObject({ kind: z.literal('NONE') }),
  /** Not all points in one dimension ("原则上不在同一维度", Tianchang). */
  z.strictObject({ kind: z.literal('NOT_ALL_SAME') }),
  /** At least `n` distinct dimensions. */
  z.strictObject({
    kind: z.literal('AT_LEAST_N'),
    n: z.int().min(1),
  }),
]);
export type DimensionRule = z.infer<typeof dimensionRuleSchema>;

/** Selection (选学) rules. Unset optional numbers mean "no such requirement". */
export const selectionRulesSchema = z
  .strictObject({
    /** Minimum total credits (学分) of the selected points. */
    minCredits: z.int().min(0).optional(),
    /** Minimum number of selected points. */
    minPoints: z.int().min(1).optional(),
    /** Maximum number of selected points. */
    maxPoints: z.int().min(1).optional(),
    dimensionRule: dimensionRuleSchema.default({ kind: 'NONE' }),
    /** Days after enrolment during which the teacher selects (Jiangsu: 7). */
    selectionWindowDays: z.int().min(1).optional(),
    /** After the window closes, the school admin selects for teachers who have not. */
    adminSelectsAfterDeadline: z.boolean().default(false),
    /** Share of a school's teachers who must have selected before it uploads its plan (0.9). */
    schoolPlanGateRate: z.number().gt(0).lte(1, 'RULES.share').optional(),
    /** The school reviews (and may return) each selection ("学校指导审核"). */
    requireSchoolReview: z.boolean().default(false),
  })
  .superRefine((s, ctx) => {
    if (s.minPoints !== undefined && s.maxPoints !== undefined && s.minPoints > s.maxPoints) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxPoints'],
        message: 'RULES.minPointsAboveMax',
        params: { minPoints: s.minPoints, maxPoints: s.maxPoints },
      });
    }
    if (s.maxPoints === undefined) return;
    const rule = s.dimensionRule;
    if (rule.kind === 'AT_LEAST_N' && rule.n > s.maxPoints) {
      ctx.addIssue({
        code: 'custom',
        path: ['dimensionRule', 'n'],
        message: 'RULES.dimensionsAboveMaxPoints',
        params: { n: rule.n, maxPoints: s.maxPoints },
      });
    }
    if (rule.kind === 'NOT_ALL_SAME' && s.maxPoints < 2) {
      ctx.addIssue({
        code: 'custom',
        path: ['dimensionRule'],
        message: 'RULES.notAllSameNeedsTwo',
        params: { maxPoints: s.maxPoints },
      });
    }
  });
export type SelectionRules = z.infer<typeof selectionRulesSchema>;

/** Enrolment rules. */
export const enrolmentRulesSchema = z.strictObject({
  /** Each school's enrolled teachers form one class (以学校为单位组建班级, Tianchang). */
  classPerSchool: z.boolean().default(true),
});
export type EnrolmentRules = z.infer<typeof enrolmentRulesSchema>;

/** How watch time is credited (server-verified; see schema/viewing). */
export const viewingRulesSchema = z.strictObject({
  /** Most seconds of course credited per second of server wall-clock time between a session's batches. */
  maxPlaybackRate: z.number().gt(0).lte(4).default(1),
  /** Seconds without a batch after which a session is no longer live (its lease passes to another tab). */
  sessionIdleSeconds: z.int().min(10).max(3600).default(120),
  /** Days raw event batches are kept for audit. */
  rawRetentionDays: z.int().min(1).max(3650).default(180),
});
export type ViewingRules = z.infer<typeof viewingRulesSchema>;

/** Workshop participation (工作坊). */
export const workshopRulesSchema = z.strictObject({
  /** Least characters a post needs to count as participation in an activity. */
  minPostLength: z.int().min(1).max(10000).default(1),
});
export type WorkshopRules = z.infer<typeof workshopRulesSchema>;

/** Shared resources and articles (上传共享资源 / 学科文章). */
export const sharesRulesSchema = z.strictObject({
  /** Most shares a teacher may make in the programme; unset: no limit. */
  maxPerTeacher: z.int().min(1).optional(),
  /** Whether a tutor may reject a share that breaks the rules. */
  tutorMayReject: z.boolean().default(true),
});
export type SharesRules = z.infer<typeof sharesRulesSchema>;

/** Assignments (研修作业): how they are marked. */
export const assignmentsRulesSchema = z.strictObject({
  /** Highest mark a tutor gives (marks run 0..maxMark). */
  maxMark: z.int().min(1).max(1000).default(100),
  /** Most attempts a teacher may make (a returned submission may be resubmitted until then). */
  maxAttempts: z.int().min(1).max(20).default(3),
});
export type AssignmentsRules = z.infer<typeof assignmentsRulesSchema>;

/** School-based study (校本研修, Guangdong): hours of each group activity kind and the cap counted. */
export const schoolBasedStudyRulesSchema = z.strictObject({
  /** Hours counted at most; hours above it are kept but not counted (Guangdong: 25). */
  hoursCap: z.number().gt(0).max(1000).default(25),
  teachingDiscussionHours: z.number().gt(0).max(100).default(2),
  studyAssignmentHours: z.number().gt(0).max(100).default(5),
  lessonCritiqueHours: z.number().gt(0).max(100).default(5),
  /** Most hours a leader may set for one OFFLINE activity (Guangdong: 10). */
  offlineMaxHours: z.number().gt(0).max(100).default(10),
  /** Each teacher uploads a personal improvement plan (提升计划, Guangdong). */
  planRequired: z.boolean().default(false),
  /** Each teacher uploads one summary (提升总结) per selected competency (Guangdong). */
  summaryPerCompetency: z.boolean().default(false),
  /** Largest plan or summary file, in bytes (Guangdong: 2048 KB). */
  documentMaxBytes: z
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(2 * 1024 * 1024),
  /** Plans and summaries can be uploaded until this phase of the programme ends (none: while it runs). */
  uploadsCloseWithPhase: z.enum(['PREPARATION', 'IMPLEMENTATION', 'SUMMARY', 'FOLLOW_UP']).optional(),
});
export type SchoolBasedStudyRules = z.infer<typeof schoolBasedStudyRulesSchema>;

/** Peer review (同行评价, Xinbei): each teacher reviews others' evidence of the same competency. */
export const peerReviewRulesSchema = z.strictObject({
  /** Pieces each teacher reviews, and reviews each piece gets (about): N. */
  reviewsPerPiece: z.int().min(1).max(10),
  /** Offline hours count only once the teacher's own allocated reviews are done (read by the ledger). */
  requiredForOfflineHours: z.boolean().default(false),
  /** Peer reviewers do not see the author's name. */
  blind: z.boolean().default(true),
  /** Highest rating a peer gives (1 to this). */
  maxRating: z.int().min(1).max(10).default(5),
});
export type PeerReviewRules = z.infer<typeof peerReviewRulesSchema>;

/** Publication of excellent work province-wide and the school's target (Xinbei: ≥ 30% of full-time teachers, every subject). */
export const excellentWorkRulesSchema = z.strictObject({
  /** Share of the school's full-time teachers (or of enrolled teachers when the school has no count) with published excellent videos. */
  targetRate: z.number().gt(0).lte(1, 'RULES.share'),
  /** Every subject taught by the school's enrolled teachers must be covered. */
  everySubject: z.boolean().default(true),
});
export type ExcellentWorkRules = z.infer<typeof excellentWorkRulesSchema>;

/** Practice evidence and its assessment (实践证据, 校本应用考核). */
export const evidenceRulesSchema = z.strictObject({
  /** Evidence can be submitted only after the teacher's online study passed (Yiyuan: 成绩合格的，方有资格参加测评). */
  requireOnlinePass: z.boolean().default(false),
  /** The group leader (教研组长) reviews first; off, or for a teacher in no group, it goes straight to the school. */
  groupReview: z.boolean().default(true),
  /** Raters (school assessment team) whose assessments settle the outcome. */
  raters: z.int().min(1).max(10).default(1),
  /** How several raters' points become one: their MEAN or MEDIAN. */
  aggregation: z.enum(['MEAN', 'MEDIAN']).default('MEAN'),
  /** Raters see neither the author's name nor the other raters' scores before the outcome is settled. */
  blindReview: z.boolean().default(false),
  /** Most versions an evidence may have (a return after the last one is refused: assess it). */
  maxVersions: z.int().min(1).max(20).default(5),
  /** Absent: no peer review. */
  peerReview: peerReviewRulesSchema.optional(),
  /** Absent: no publication target (publication itself is still possible). */
  excellentWork: excellentWorkRulesSchema.optional(),
});
export type EvidenceRules = z.infer<typeof evidenceRulesSchema>;

/** States of a credit-hour entry, from least to most confirmed. */
export const CREDIT_STATES = ['PENDING', 'SCHOOL_CONFIRMED', 'DISTRICT_CONFIRMED'] as const;
export type CreditState = (typeof CREDIT_STATES)[number];

/** Credit hours (学时): what online study earns, the minimums a teacher must reach, when offline hours are entered. */
export const hoursRulesSchema = z.strictObject({
  /** Hours credited automatically when the teacher's online study passes (Tianchang 30, Xinbei 25). */
  onlineHours: z.number().min(0).max(1000),
  /** Least hours in all (Yiyuan 50). */
  minTotal: z.number().min(0).max(1000).optional(),
  /** Least online hours (Yiyuan 25, Xinbei 25). */
  minOnline: z.number().min(0).max(1000).optional(),
  /** Least offline (practice) hours (Xinbei 25). */
  minOffline: z.number().min(0).max(1000).optional(),
  /** Least share of offline practice in all counted hours (Yiyuan 0.5: 实践不少于50%). */
  minOfflineShare: z.number().gt(0).lte(1, 'RULES.share').optional(),
  /** Credit completed school-based group activities (up to schoolBasedStudy.hoursCap) as GROUP_ACTIVITY entries. */
  creditGroupActivities: z.boolean().default(false),
  /**
   * Days after the school declared its training finished within which it enters offline hours (Xinbei 7: 全校培训完成后
   * 一周内); absent: any time until the school closes.
   */
  entryWindowDays: z.int().min(1).max(365).optional(),
  /** The least confirmation an entry needs to count toward the minimums. */
  countFrom: z.enum(CREDIT_STATES).default('SCHOOL_CONFIRMED'),
});
export type HoursRules = z.infer<typeof hoursRulesSchema>;

/** The typed forms of proof-list items (证明形式). */
export const PROOF_FORMS = ['FORM', 'REPORT', 'PLAN_TEXT', 'LIST', 'CASE'] as const;

/** One item of a school's proof list (整校推进证明清单). */
export const proofItemSchema = z.strictObject({
  /** Stable key of the item (letters, digits, "-" and "_"; unique in the list). */
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/),
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  form: z.enum(PROOF_FORMS),
  /** Whether the school must provide it before applying to close. */
  required: z.boolean().default(true),
});
export type ProofItemRule = z.infer<typeof proofItemSchema>;

/** Qualification (合格), whole-school completion (整校推进) and closing (结项). */
export const completionRulesSchema = z
  .strictObject({
    /** Least share of the population that must qualify before the school may apply to close (Xinbei 0.9, Guangdong 0.95). */
    threshold: z.number().gt(0).lte(1, 'RULES.share').default(0.9),
    /**
     * Whom the rate counts: ENROLLED teachers (Xinbei: 参考教师) or the school's FULL_TIME teachers (Guangdong: 专任教师,
     * the school's fullTimeTeachers; its enrolled teachers when that is unknown).
     */
    population: z.enum(['ENROLLED', 'FULL_TIME']).default('ENROLLED'),
    /** A teacher must pass online study (when the programme scores it). */
    requireScore: z.boolean().default(true),
    /** A teacher must meet the hour rules (when the programme has them). */
    requireHours: z.boolean().default(true),
    /** Every selected competency's evidence must be assessed PASS or EXCELLENT. */
    requireEvidence: z.boolean().default(false),
    /** The school-based study review (校本研修考核) must have passed. */
    requireSchoolStudy: z.boolean().default(false),
    /** The proof list (Guangdong's 15 items); empty: none. */
    proofItems: z.array(proofItemSchema).max(50).default([]),
    /** Highest self-assessment score (自评打分). */
    selfAssessmentMax: z.number().gt(0).max(10_000).default(100),
    /** Experts the district assigns to score each school (绩效考核); 0: no expert assessment. */
    expertsPerSchool: z.int().min(0).max(10).default(0),
  })
  .superRefine((completion, ctx) => {
    const seen = new Set<string>();
    completion.proofItems.forEach((item, i) => {
      if (seen.has(item.key))
        ctx.addIssue({
          code: 'custom',
          path: ['proofItems', i, 'key'],
          message: 'RULES.duplicateItemKey',
          params: item,
        });
      seen.add(item.key);
    });
  });
export type CompletionRules = z.infer<typeof completionRulesSchema>;

/** Certificates (证书) issued as Open Badges 3.0 credentials. */
export const certificateRulesSchema = z.strictObject({
  /** Completion certificates (结业证书) for qualified teachers. */
  completion: z.boolean().default(true),
  /** Excellent-trainee certificates (优秀学员证书) for confirmed nominees (within scoring.excellentQuotaRate). */
  excellentTrainee: z.boolean().default(true),
  /** Years a certificate stays valid; absent: it does not expire. */
  validYears: z.int().min(1).max(50).optional(),
});
export type CertificateRules = z.infer<typeof certificateRulesSchema>;

/** Fields every scoring item has: a stable key, names for people, and whether passing it is required to pass. */
const scoringItemBase = {
  /** Stable key of the item (letters, digits, "-" and "_"; unique in the scheme). */
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/),
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  /** Whether the item must be complete (its minimum met) for the teacher to pass. */
  required: z.boolean().default(true),
};

/** Units a PER_UNIT item counts. */
export const SCORING_UNITS = ['WORKSHOP_PARTICIPATION', 'SHARE', 'GROUP_ACTIVITY'] as const;

/**
 * One item of a scoring scheme (考核项).
 * - WATCH_MINUTES: points × min(1, credited minutes / requiredMinutes); complete once the minutes are reached and, when
 *   set, at least requiredCourseMinutes of them in required courses (Huaibei: 960 minutes, ≥ 600 required; 50 points).
 * - PER_UNIT: pointsPerUnit per counted unit, at most maxPoints; complete at minPoints (Tianchang: 10 per discussion,
 *   max 50, ≥ 30; Huaibei shares: 10 each, max 20, ≥ 10).
 * - MARK_WEIGHT: the tutor's mark of an assignment × weight; complete at minPoints (Huaibei: × 0.15, ≥ 9).
 * - GROUP_HOURS: school-based hours × pointsPerHour, hours counted up to capHours; complete at minHours (Guangdong: 25).
 */
export const scoringItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('WATCH_MINUTES'),
    ...scoringItemBase,
    points: z.number().gt(0).max(1000),
    requiredMinutes: z.int().min(1).max(100_000),
    requiredCourseMinutes: z.int().min(0).max(100_000).optional(),
  }),
  z.strictObject({
    kind: z.literal('PER_UNIT'),
    ...scoringItemBase,
    unit: z.enum(SCORING_UNITS),
    pointsPerUnit: z.number().gt(0).max(1000),
    maxPoints: z.number().gt(0).max(1000),
    minPoints: z.number().min(0).max(1000).default(0),
  }),
  z.strictObject({
    kind: z.literal('MARK_WEIGHT'),
    ...scoringItemBase,
    /** Code of the programme's assignment whose mark counts. */
    assignmentCode: z.string().trim().min(1).max(64),
    weight: z.number().gt(0).lte(1, 'RULES.share'),
    minPoints: z.number().min(0).max(1000).default(0),
  }),
  z.strictObject({
    kind: z.literal('GROUP_HOURS'),
    ...scoringItemBase,
    capHours: z.number().gt(0).max(1000),
    pointsPerHour: z.number().gt(0).max(100).default(1),
    minHours: z.number().min(0).max(1000).default(0),
  }),
]);
export type ScoringItem = z.infer<typeof scoringItemSchema>;

/** How a teacher's online study is scored (考核方案): items, the pass mark, the excellent quota of a class. */
export const scoringRulesSchema = z
  .strictObject({
    items: z.array(scoringItemSchema).min(1).max(20),
    /** Least total to pass (Tianchang 80, Huaibei 78); every required item must be complete too. */
    passThreshold: z.number().min(0).max(10_000),
    /** Share of a class's enrolled teachers who may be excellent (优秀学员), rounded down (0.15). */
    excellentQuotaRate: z.number().min(0).lte(1, 'RULES.share').default(0.15),
  })
  .superRefine((scoring, ctx) => {
    const seen = new Set<string>();
    scoring.items.forEach((item, i) => {
      if (seen.has(item.key))
        ctx.addIssue({ code: 'custom', path: ['items', i, 'key'], message: 'RULES.duplicateItemKey', params: item });
      seen.add(item.key);
      if (item.kind === 'WATCH_MINUTES' && (item.requiredCourseMinutes ?? 0) > item.requiredMinutes)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'requiredCourseMinutes'],
          message: 'RULES.requiredCourseAboveTotal',
          params: { requiredCourseMinutes: item.requiredCourseMinutes, requiredMinutes: item.requiredMinutes },
        });
      if (item.kind === 'PER_UNIT' && item.minPoints > item.maxPoints)
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'minPoints'],
          message: 'RULES.minAboveMax',
          params: { minPoints: item.minPoints, maxPoints: item.maxPoints },
        });
    });
  });
export type ScoringRules = z.infer<typeof scoringRulesSchema>;

/** Where a tutor-evaluation indicator's value comes from: entered by the district, or computed from the class's data. */
export const TUTOR_INDICATOR_SOURCES = [
  'ENTERED',
  'REGISTRATION_RATE',
  'STATISTICS_POSTED',
  'MARKING_ON_TIME',
  'BRIEFINGS',
  'ACTIVITIES_HELD',
  'PASS_RATE',
] as const;
export type TutorIndicatorSource = (typeof TUTOR_INDICATOR_SOURCES)[number];

/**
 * One indicator of the tutor evaluation (班级辅导者考核). It earns weight × 100 × share points, where share is
 * min(1, measured / target) for computed sources (0 below the target when `allOrNothing`), and the district's entered
 * score / 100 for ENTERED. `target` (computed sources only): a share for REGISTRATION_RATE, MARKING_ON_TIME and
 * PASS_RATE (default 1, 1 and 0.98), a count for BRIEFINGS and ACTIVITIES_HELD (default 1), and for STATISTICS_POSTED a
 * count (default: the weeks of the IMPLEMENTATION phase, 1 without it). `withinDays` (MARKING_ON_TIME): a submission
 * counts as marked on time when MARKED within that many days of its submission (default 7).
 */
export const tutorIndicatorSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,39}$/),
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(100),
  /** Share of the 100 points (0.15 for 15%); the weights of all indicators sum to 1. */
  weight: z.number().gt(0).lte(1, 'RULES.share'),
  source: z.enum(TUTOR_INDICATOR_SOURCES),
  target: z.number().gt(0).max(10_000).optional(),
  withinDays: z.int().min(1).max(365).optional(),
  /** Below the target the indicator earns nothing (instead of measured / target of its weight). */
  allOrNothing: z.boolean().default(false),
});
export type TutorIndicator = z.infer<typeof tutorIndicatorSchema>;

/** How a programme evaluates its class tutors; absent: no tutor evaluation. */
export const tutorEvaluationRulesSchema = z
  .strictObject({
    indicators: z.array(tutorIndicatorSchema).min(1).max(30),
    /** Least total (of 100) for the district to recognise an excellent tutor (优秀班级辅导者); unset: no minimum. */
    excellentThreshold: z.number().min(0).max(100).optional(),
  })
  .superRefine((rules, ctx) => {
    const seen = new Set<string>();
    rules.indicators.forEach((indicator, i) => {
      if (seen.has(indicator.key))
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'key'],
          message: 'RULES.duplicateItemKey',
          params: indicator,
        });
      seen.add(indicator.key);
      const share = ['REGISTRATION_RATE', 'MARKING_ON_TIME', 'PASS_RATE'].includes(indicator.source);
      if (share && indicator.target !== undefined && indicator.target > 1)
        ctx.addIssue({
          code: 'custom',
          path: ['indicators', i, 'target'],
          message: 'RULES.share',
          params: { field: 'target' },
        });
    });
    const sum = rules.indicators.reduce((total, indicator) => total + indicator.weight, 0);
    if (Math.abs(sum - 1) > 1e-6)
      ctx.addIssue({
        code: 'custom',
        path: ['indicators'],
        message: 'RULES.weightsNotOne',
        params: { sum: Math.round(sum * 10_000) / 10_000 },
      });
  });
export type TutorEvaluationRules = z.infer<typeof tutorEvaluationRulesSchema>;

/** The current (v1) rules object. */
export const programmeRulesSchema = z.looseObject({
  version: z.literal(CURRENT_RULES_VERSION),
  enrolment: enrolmentRulesSchema.default({ classPerSchool: true }),
  selection: selectionRulesSchema,
  viewing: viewingRulesSchema.default(() => viewingRulesSchema.parse({})),
  workshop: workshopRulesSchema.default(() => workshopRulesSchema.parse({})),
  shares: sharesRulesSchema.default(() => sharesRulesSchema.parse({})),
  assignments: assignmentsRulesSchema.default(() => assignmentsRulesSchema.parse({})),
  schoolBasedStudy: schoolBasedStudyRulesSchema.default(() => schoolBasedStudyRulesSchema.parse({})),
  evidence: evidenceRulesSchema.default(() => evidenceRulesSchema.parse({})),
  /** Absent: the programme scores nothing online (a teacher's score is null). */
  scoring: scoringRulesSchema.optional(),
  /** Absent: the programme does not evaluate its class tutors. */
  tutorEvaluation: tutorEvaluationRulesSchema.optional(),
  /** Absent: the programme credits no hours (no ledger entries, no hour minimums). */
  hours: hoursRulesSchema.optional(),
  completion: completionRulesSchema.default(() => completionRulesSchema.parse({})),
  certificates: certificateRulesSchema.default(() => certificateRulesSchema.parse({})),
});
export type ProgrammeRules = z.infer<typeof programmeRulesSchema>;

/** Rules for a new programme: no requirements beyond selecting something. */
export const defaultProgrammeRules: ProgrammeRules = programmeRulesSchema.parse({
  version: CURRENT_RULES_VERSION,
  selection: {},
});

type RulesJson = Record<string, unknown>;
/** `upgraders[n]` turns version-n JSON into version-(n+1) JSON. None yet: only v1 exists. */
const upgraders: Readonly<Record<number, (old: RulesJson) => RulesJson>> = {};

const versionProbe = z.looseObject({
  version: z
    .int('version must be an integer')
    .min(1, 'version must be at least 1')
    .max(CURRENT_RULES_VERSION, `version is newer than this server supports (${CURRENT_RULES_VERSION})`),
});

/** Parsed rules by their JSON text (the programmes in use: a province runs a few dozen at a time). */
const parsedRules = new LRUCache<string, ProgrammeRules>({ max: 500 });

/** Parsed rules by the loaded JSON object itself, so rows that share one rules object (a page statement's rows do)
 * skip even the stringify. Loaded rows are never mutated, so an object stands for its text. */
const parsedObjects = new WeakMap<object, ProgrammeRules>();

/**
 * Parses stored rules JSON of any supported version into the current shape.
 * Throws a `z.ZodError` whose issues carry paths and readable messages.
 */
export function parseProgrammeRules(json: unknown): ProgrammeRules {
  const key = typeof json === 'object' && json !== null ? json : undefined;
  const known = key && parsedObjects.get(key);
  if (known) return known;
  const rules = parseRulesText(json);
  if (key) parsedObjects.set(key, rules);
  return rules;
}

function parseRulesText(json: unknown): ProgrammeRules {
  // A page of 50 enrolments asks for the rules of one programme 100 times, each time from a row object of its own:
  // parsed once per distinct JSON text, and frozen, since every caller shares the result.
  const text = JSON.stringify(json);
  const cached = text === undefined ? undefined : parsedRules.get(text);
  if (cached) return cached;
  let doc: RulesJson = versionProbe.parse(json);
  for (let v = doc.version as number; v < CURRENT_RULES_VERSION; v++) {
    const upgrade = upgraders[v];
    if (!upgrade) throw new Error(`No upgrader from programme rules version ${v}`);
    doc = { ...upgrade(doc), version: v + 1 };
  }
  const rules = deepFreeze(programmeRulesSchema.parse(doc));
  if (text !== undefined) parsedRules.set(text, rules);
  return rules;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
