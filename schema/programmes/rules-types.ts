/**
 * GraphQL shapes of the programme rules in rules.ts: output types mirroring the parsed rules, and
 * the input objects a district admin writes them with. The zod schema in rules.ts stays the one
 * source of truth for what is valid; `rulesFromInput` only turns GraphQL input into its JSON.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import { PhaseKind } from './enums.js';
import {
  type AssignmentsRules as AssignmentsRulesValue,
  CURRENT_RULES_VERSION,
  type DimensionRule as DimensionRuleValue,
  type EnrolmentRules as EnrolmentRulesValue,
  type EvidenceRules as EvidenceRulesValue,
  type ExcellentWorkRules as ExcellentWorkRulesValue,
  type PeerReviewRules as PeerReviewRulesValue,
  type ProgrammeRules as ProgrammeRulesValue,
  programmeRulesSchema,
  type SCORING_UNITS,
  type SchoolBasedStudyRules as SchoolBasedStudyRulesValue,
  type ScoringItem as ScoringItemValue,
  type ScoringRules as ScoringRulesValue,
  type SelectionRules as SelectionRulesValue,
  type SharesRules as SharesRulesValue,
  type TUTOR_INDICATOR_SOURCES,
  type TutorEvaluationRules as TutorEvaluationRulesValue,
  type TutorIndicator as TutorIndicatorValue,
  type ViewingRules as ViewingRulesValue,
  type WorkshopRules as WorkshopRulesValue,
} from './rules.js';
import {
  CertificateRules,
  CertificateRulesInput,
  CompletionRules,
  CompletionRulesInput,
  HoursRules,
  HoursRulesInput,
} from './rules-types-completion.js';

export const DimensionRuleKind = builder.enumType('DimensionRuleKind', {
  description: 'How the dimensions of the selected points must be spread.',
  values: {
    NONE: { description: 'No requirement (Yiyuan, Guangdong).' },
    NOT_ALL_SAME: { description: 'Not all points in one dimension (原则上不在同一维度, Tianchang).' },
    AT_LEAST_N: { description: 'At least `n` distinct dimensions.' },
  } as const,
});

export const DimensionRule = builder.objectRef<DimensionRuleValue>('DimensionRule').implement({
  description: 'How the dimensions (学情分析, 教学设计, 学法指导, 学业评价) of the selected points must be spread.',
  fields: (t) => ({
    kind: t.field({ type: DimensionRuleKind, resolve: (rule) => rule.kind }),
    n: t.int({
      nullable: true,
      description: 'For AT_LEAST_N: the least number of distinct dimensions (1 or more); null otherwise.',
      resolve: (rule) => (rule.kind === 'AT_LEAST_N' ? rule.n : null),
    }),
  }),
});

export const SelectionRules = builder.objectRef<SelectionRulesValue>('SelectionRules').implement({
  description: 'Selection (选学) rules. A null number means "no such requirement".',
  fields: (t) => ({
    minCredits: t.int({
      nullable: true,
      description: 'Least total credits (学分) of the selected points; 0 or more.',
      resolve: (s) => s.minCredits ?? null,
    }),
    minPoints: t.int({
      nullable: true,
      description: 'Least number of selected points; 1 or more.',
      resolve: (s) => s.minPoints ?? null,
    }),
    maxPoints: t.int({
      nullable: true,
      description: 'Most selected points; 1 or more, and at least `minPoints`.',
      resolve: (s) => s.maxPoints ?? null,
    }),
    dimensionRule: t.field({ type: DimensionRule, resolve: (s) => s.dimensionRule }),
    selectionWindowDays: t.int({
      nullable: true,
      description:
        'Days a teacher has to select (Jiangsu: 7), counted from enrolment or the batch’s selectionOpensAt, whichever is later, ' +
        'and capped by the batch’s selectionClosesAt; null: the batch’s selectionClosesAt alone ends the window (no window when it has none).',
      resolve: (s) => s.selectionWindowDays ?? null,
    }),
    adminSelectsAfterDeadline: t.exposeBoolean('adminSelectsAfterDeadline', {
      description: 'After the window closes, the school admin selects for teachers who have not.',
    }),
    schoolPlanGateRate: t.float({
      nullable: true,
      description:
        'Share (0 < rate ≤ 1, e.g. 0.9 for 90%) of a school’s enrolled teachers who must have selected before it uploads its plan; null for no gate.',
      resolve: (s) => s.schoolPlanGateRate ?? null,
    }),
    requireSchoolReview: t.exposeBoolean('requireSchoolReview', {
      description: 'The school reviews (approves or returns) each selection.',
    }),
  }),
});

export const EnrolmentRules = builder.objectRef<EnrolmentRulesValue>('EnrolmentRules').implement({
  description: 'Enrolment rules.',
  fields: (t) => ({
    classPerSchool: t.exposeBoolean('classPerSchool', {
      description: 'Each school’s enrolled teachers form one class (以学校为单位组建班级).',
    }),
  }),
});

export const ViewingRules = builder.objectRef<ViewingRulesValue>('ViewingRules').implement({
  description: 'How watch time is credited: the server’s own clock and the played segments decide, never the player.',
  fields: (t) => ({
    maxPlaybackRate: t.exposeFloat('maxPlaybackRate', {
      description:
        'Most seconds of a course credited per second of server time between a session’s batches (1.0: real time; at most 4).',
    }),
    sessionIdleSeconds: t.exposeInt('sessionIdleSeconds', {
      description: 'Seconds without a batch after which a viewing session stops being the teacher’s live one.',
    }),
    rawRetentionDays: t.exposeInt('rawRetentionDays', {
      description: 'Days the raw event batches are kept for audit before they are purged.',
    }),
  }),
});

export const WorkshopRules = builder.objectRef<WorkshopRulesValue>('WorkshopRules').implement({
  description: 'Workshop (工作坊) participation.',
  fields: (t) => ({
    minPostLength: t.exposeInt('minPostLength', {
      description: 'Least characters a post within an activity’s window needs to count as the teacher’s participation.',
    }),
  }),
});

export const SharesRules = builder.objectRef<SharesRulesValue>('SharesRules').implement({
  description: 'Shared resources and articles (上传共享资源 / 学科文章).',
  fields: (t) => ({
    maxPerTeacher: t.int({
      nullable: true,
      description: 'Most shares a teacher may make in the programme; null: no limit.',
      resolve: (rules) => rules.maxPerTeacher ?? null,
    }),
    tutorMayReject: t.exposeBoolean('tutorMayReject', {
      description: 'A class tutor may reject a share that breaks the rules (it then stops counting).',
    }),
  }),
});

export const AssignmentsRules = builder.objectRef<AssignmentsRulesValue>('AssignmentsRules').implement({
  description: 'How assignments (研修作业) are marked.',
  fields: (t) => ({
    maxMark: t.exposeInt('maxMark', {
      description: 'Highest mark a tutor gives; marks run from 0 to it (usually 100).',
    }),
    maxAttempts: t.exposeInt('maxAttempts', {
      description: 'Most attempts a teacher makes at one assignment (a returned one may be resubmitted until then).',
    }),
  }),
});

export const SchoolBasedStudyRules = builder.objectRef<SchoolBasedStudyRulesValue>('SchoolBasedStudyRules').implement({
  description: 'School-based study (校本研修): hours of each group activity kind and the most hours counted.',
  fields: (t) => ({
    hoursCap: t.exposeFloat('hoursCap', {
      description: 'Most hours counted (Guangdong: 25); hours above it are kept but not counted.',
    }),
    teachingDiscussionHours: t.exposeFloat('teachingDiscussionHours', {
      description: 'Hours of a TEACHING_DISCUSSION activity (Guangdong: 2).',
    }),
    studyAssignmentHours: t.exposeFloat('studyAssignmentHours', {
      description: 'Hours of a STUDY_ASSIGNMENT activity (Guangdong: 5).',
    }),
    lessonCritiqueHours: t.exposeFloat('lessonCritiqueHours', {
      description: 'Hours of a LESSON_CRITIQUE activity (Guangdong: 5).',
    }),
    offlineMaxHours: t.exposeFloat('offlineMaxHours', {
      description: 'Most hours a group leader may set for one OFFLINE activity (Guangdong: 10).',
    }),
    planRequired: t.exposeBoolean('planRequired', {
      description: 'Each teacher uploads a personal improvement plan (个人提升计划, Guangdong).',
    }),
    summaryPerCompetency: t.exposeBoolean('summaryPerCompetency', {
      description: 'Each teacher uploads one improvement summary (提升总结) per selected competency (Guangdong).',
    }),
    documentMaxBytes: t.exposeInt('documentMaxBytes', {
      description: 'Largest plan or summary file, in bytes (Guangdong: 2048 KB = 2097152).',
    }),
    uploadsCloseWithPhase: t.field({
      type: PhaseKind,
      nullable: true,
      description:
        'Plans and summaries can be uploaded until this phase of the programme ends; null: while the programme runs.',
      resolve: (rules) => rules.uploadsCloseWithPhase ?? null,
    }),
  }),
});

export const EvidenceAggregation = builder.enumType('EvidenceAggregation', {
  description: 'How several raters’ rubric points become one.',
  values: {
    MEAN: { description: 'Their mean (rounded to 2 decimals).' },
    MEDIAN: { description: 'Their median (the mean of the middle two for an even number).' },
  } as const,
});

export const PeerReviewRules = builder.objectRef<PeerReviewRulesValue>('PeerReviewRules').implement({
  description: 'Peer review (同行评价, Xinbei): each teacher reviews others’ evidence of the same competency.',
  fields: (t) => ({
    reviewsPerPiece: t.exposeInt('reviewsPerPiece', {
      description: 'Pieces each teacher reviews, and reviews each piece gets (about).',
    }),
    requiredForOfflineHours: t.exposeBoolean('requiredForOfflineHours', {
      description: 'Offline hours count only once the teacher’s own allocated reviews are done.',
    }),
    blind: t.exposeBoolean('blind', { description: 'Peer reviewers do not see the author’s name.' }),
    maxRating: t.exposeInt('maxRating', { description: 'Highest rating a peer gives (ratings run 1 to it).' }),
  }),
});

export const ExcellentWorkRules = builder.objectRef<ExcellentWorkRulesValue>('ExcellentWorkRules').implement({
  description:
    'The school’s target for excellent work published province-wide (Xinbei: ≥ 30% of full-time teachers, every subject).',
  fields: (t) => ({
    targetRate: t.exposeFloat('targetRate', {
      description:
        'Share (0 to 1) of the school’s full-time teachers (or of enrolled teachers when the school has no count) with published excellent work.',
    }),
    everySubject: t.exposeBoolean('everySubject', {
      description: 'Every subject taught by the school’s enrolled teachers must be covered.',
    }),
  }),
});

export const EvidenceRules = builder.objectRef<EvidenceRulesValue>('EvidenceRules').implement({
  description:
    'Practice evidence (实践证据) and its assessment (校本应用考核): who reviews, how raters’ points combine.',
  fields: (t) => ({
    requireOnlinePass: t.exposeBoolean('requireOnlinePass', {
      description: 'Evidence can be submitted only after the teacher’s online study passed (Yiyuan).',
    }),
    groupReview: t.exposeBoolean('groupReview', {
      description:
        'The group leader (教研组长) reviews first; off, or for a teacher in no group, evidence goes straight to the school.',
    }),
    raters: t.exposeInt('raters', {
      description: 'Raters (school assessment team) whose assessments settle the outcome.',
    }),
    aggregation: t.field({
      type: EvidenceAggregation,
      description: 'How several raters’ points become one.',
      resolve: (rules) => rules.aggregation,
    }),
    blindReview: t.exposeBoolean('blindReview', {
      description: 'Raters see neither the author’s name nor the other raters’ scores before the outcome is settled.',
    }),
    maxVersions: t.exposeInt('maxVersions', {
      description: 'Most versions an evidence may have (a return after the last one is refused: assess it).',
    }),
    peerReview: t.field({
      type: PeerReviewRules,
      nullable: true,
      description: 'Peer review; null: none.',
      resolve: (rules) => rules.peerReview ?? null,
    }),
    excellentWork: t.field({
      type: ExcellentWorkRules,
      nullable: true,
      description: 'The publication target; null: none (publication itself is still possible).',
      resolve: (rules) => rules.excellentWork ?? null,
    }),
  }),
});

export const ScoringItemKind = builder.enumType('ScoringItemKind', {
  description: 'How a scoring item turns counted facts into points.',
  values: {
    WATCH_MINUTES: {
      description:
        'points × min(1, credited minutes / requiredMinutes); complete at the minutes (and requiredCourseMinutes in required courses).',
    },
    PER_UNIT: { description: 'pointsPerUnit per counted unit, at most maxPoints; complete at minPoints.' },
    MARK_WEIGHT: { description: 'The tutor’s mark of an assignment × weight; complete at minPoints.' },
    GROUP_HOURS: { description: 'School-based hours (up to capHours) × pointsPerHour; complete at minHours.' },
  } as const,
});

export const ScoringUnit = builder.enumType('ScoringUnit', {
  description: 'What a PER_UNIT item counts.',
  values: {
    WORKSHOP_PARTICIPATION: { description: 'Counted participations in workshop activities (one per activity).' },
    SHARE: { description: 'Shares that count (not rejected).' },
    GROUP_ACTIVITY: { description: 'Completed school-based group activities.' },
  } as const satisfies Record<(typeof SCORING_UNITS)[number], { description: string }>,
});

const numberField =
  <K extends string>(key: K) =>
  (item: ScoringItemValue): number | null =>
    key in item ? ((item as unknown as Record<K, number | undefined>)[key] ?? null) : null;

export const ScoringItem = builder.objectRef<ScoringItemValue>('ScoringItem').implement({
  description: 'One item of a programme’s scoring scheme (考核项). Fields that do not apply to its kind are null.',
  fields: (t) => ({
    kind: t.field({ type: ScoringItemKind, resolve: (item) => item.kind }),
    key: t.exposeString('key', { description: 'Stable key of the item, unique in the scheme.' }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    required: t.exposeBoolean('required', { description: 'The item must be complete for the teacher to pass.' }),
    points: t.float({
      nullable: true,
      description: 'WATCH_MINUTES: the item’s points.',
      resolve: numberField('points'),
    }),
    requiredMinutes: t.int({
      nullable: true,
      description: 'WATCH_MINUTES: minutes to reach.',
      resolve: numberField('requiredMinutes'),
    }),
    requiredCourseMinutes: t.int({
      nullable: true,
      description: 'WATCH_MINUTES: of those, minutes in required courses (Huaibei: 600); null for none.',
      resolve: numberField('requiredCourseMinutes'),
    }),
    unit: t.field({
      type: ScoringUnit,
      nullable: true,
      description: 'PER_UNIT: what is counted.',
      resolve: (item) => (item.kind === 'PER_UNIT' ? item.unit : null),
    }),
    pointsPerUnit: t.float({
      nullable: true,
      description: 'PER_UNIT: points per unit.',
      resolve: numberField('pointsPerUnit'),
    }),
    maxPoints: t.float({ nullable: true, description: 'PER_UNIT: most points.', resolve: numberField('maxPoints') }),
    minPoints: t.float({
      nullable: true,
      description: 'PER_UNIT and MARK_WEIGHT: points that complete the item.',
      resolve: numberField('minPoints'),
    }),
    assignmentCode: t.string({
      nullable: true,
      description: 'MARK_WEIGHT: code of the assignment whose mark counts.',
      resolve: (item) => (item.kind === 'MARK_WEIGHT' ? item.assignmentCode : null),
    }),
    weight: t.float({
      nullable: true,
      description: 'MARK_WEIGHT: the mark’s weight (0.15).',
      resolve: numberField('weight'),
    }),
    capHours: t.float({
      nullable: true,
      description: 'GROUP_HOURS: most hours counted.',
      resolve: numberField('capHours'),
    }),
    pointsPerHour: t.float({
      nullable: true,
      description: 'GROUP_HOURS: points per hour.',
      resolve: numberField('pointsPerHour'),
    }),
    minHours: t.float({
      nullable: true,
      description: 'GROUP_HOURS: hours that complete the item.',
      resolve: numberField('minHours'),
    }),
  }),
});

export const ScoringRules = builder.objectRef<ScoringRulesValue>('ScoringRules').implement({
  description: 'How online study is scored (考核方案): items, the pass mark and the excellent quota of a class.',
  fields: (t) => ({
    items: t.field({ type: [ScoringItem], resolve: (scoring) => scoring.items }),
    passThreshold: t.exposeFloat('passThreshold', {
      description: 'Least total to pass (Tianchang 80, Huaibei 78); every required item must be complete too.',
    }),
    excellentQuotaRate: t.exposeFloat('excellentQuotaRate', {
      description: 'Share of a class’s enrolled teachers who may be excellent (优秀学员), rounded down (0.15).',
    }),
  }),
});

export const TutorIndicatorSource = builder.enumType('TutorIndicatorSource', {
  description: 'Where a tutor-evaluation indicator’s value comes from.',
  values: {
    ENTERED: { description: 'A score 0–100 the district enters with a comment (training, rules, summary …).' },
    REGISTRATION_RATE: {
      description: 'Share of the class’s enrolled teachers who have used the platform (registered).',
    },
    STATISTICS_POSTED: { description: 'Weekly statistics (学情通报) the tutor posted for the class.' },
    MARKING_ON_TIME: {
      description: 'Share of the class’s submissions due for marking that the tutor MARKED within `withinDays` days.',
    },
    BRIEFINGS: { description: 'Briefings (简报, class notices of kind BRIEFING) the tutor published for the class.' },
    ACTIVITIES_HELD: { description: 'Activities of the class workshop the tutor hosts.' },
    PASS_RATE: { description: 'Share of the class’s enrolled teachers whose score verdict is PASSED.' },
  } as const satisfies Record<(typeof TUTOR_INDICATOR_SOURCES)[number], { description: string }>,
});

export const TutorIndicator = builder.objectRef<TutorIndicatorValue>('TutorIndicator').implement({
  description: 'One indicator of the class-tutor evaluation (班级辅导者考核): weight × 100 × share points.',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Stable key of the indicator, unique in the evaluation.' }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    weight: t.exposeFloat('weight', { description: 'Share of the 100 points (0.15 = 15%); all weights sum to 1.' }),
    source: t.field({ type: TutorIndicatorSource, resolve: (indicator) => indicator.source }),
    target: t.float({
      nullable: true,
      description:
        'Computed sources: what earns the full weight (a share for rates, a count otherwise); null: the default (rates 1, pass rate 0.98, ' +
        'counts 1, statistics the weeks of the IMPLEMENTATION phase).',
      resolve: (indicator) => indicator.target ?? null,
    }),
    withinDays: t.int({
      nullable: true,
      description: 'MARKING_ON_TIME: days after submission within which marking is on time; null: 7.',
      resolve: (indicator) => indicator.withinDays ?? null,
    }),
    allOrNothing: t.exposeBoolean('allOrNothing', {
      description: 'Below the target the indicator earns 0 (otherwise measured / target of its weight).',
    }),
  }),
});

export const TutorEvaluationRules = builder.objectRef<TutorEvaluationRulesValue>('TutorEvaluationRules').implement({
  description: 'How the programme evaluates its class tutors (班级辅导者考核): weighted indicators summing to 100.',
  fields: (t) => ({
    indicators: t.field({ type: [TutorIndicator], resolve: (rules) => rules.indicators }),
    excellentThreshold: t.float({
      nullable: true,
      description: 'Least total for the district to recognise an excellent tutor (优秀班级辅导者); null: no minimum.',
      resolve: (rules) => rules.excellentThreshold ?? null,
    }),
  }),
});

export const ProgrammeRules = builder.objectRef<ProgrammeRulesValue>('ProgrammeRules').implement({
  description:
    'A programme’s rules: versioned configuration, validated on save. Every section but selection is optional on input and takes its defaults.',
  fields: (t) => ({
    version: t.int({ description: 'Version of the rules format (currently 1).', resolve: (rules) => rules.version }),
    enrolment: t.field({ type: EnrolmentRules, resolve: (rules) => rules.enrolment }),
    selection: t.field({ type: SelectionRules, resolve: (rules) => rules.selection }),
    viewing: t.field({ type: ViewingRules, resolve: (rules) => rules.viewing }),
    workshop: t.field({ type: WorkshopRules, resolve: (rules) => rules.workshop }),
    shares: t.field({ type: SharesRules, resolve: (rules) => rules.shares }),
    assignments: t.field({ type: AssignmentsRules, resolve: (rules) => rules.assignments }),
    schoolBasedStudy: t.field({ type: SchoolBasedStudyRules, resolve: (rules) => rules.schoolBasedStudy }),
    evidence: t.field({ type: EvidenceRules, resolve: (rules) => rules.evidence }),
    scoring: t.field({
      type: ScoringRules,
      nullable: true,
      description: 'The scoring scheme; null when the programme scores nothing online.',
      resolve: (rules) => rules.scoring ?? null,
    }),
    tutorEvaluation: t.field({
      type: TutorEvaluationRules,
      nullable: true,
      description: 'The class-tutor evaluation; null when the programme does not evaluate its tutors.',
      resolve: (rules) => rules.tutorEvaluation ?? null,
    }),
    hours: t.field({
      type: HoursRules,
      nullable: true,
      description: 'Credit hours (学时); null when the programme credits none.',
      resolve: (rules) => rules.hours ?? null,
    }),
    completion: t.field({ type: CompletionRules, resolve: (rules) => rules.completion }),
    certificates: t.field({ type: CertificateRules, resolve: (rules) => rules.certificates }),
  }),
});

export const DimensionRuleInput = builder.inputType('DimensionRuleInput', {
  description: 'How the dimensions of the selected points must be spread.',
  fields: (t) => ({
    kind: t.field({ type: DimensionRuleKind, required: true }),
    n: t.int({
      required: false,
      description: 'Only with AT_LEAST_N: the least number of distinct dimensions (1 or more, at most maxPoints).',
    }),
  }),
});

export const SelectionRulesInput = builder.inputType('SelectionRulesInput', {
  description: 'Selection rules; omitted numbers mean "no such requirement", omitted flags false.',
  fields: (t) => ({
    minCredits: t.int({ required: false, description: 'Least total credits; 0 or more.' }),
    minPoints: t.int({ required: false, description: 'Least number of points; 1 or more.' }),
    maxPoints: t.int({ required: false, description: 'Most points; 1 or more, at least minPoints.' }),
    dimensionRule: t.field({ type: DimensionRuleInput, required: false, description: 'Default: NONE.' }),
    selectionWindowDays: t.int({
      required: false,
      description:
        'Days a teacher has to select, from enrolment or the batch’s selectionOpensAt (the later), capped by its selectionClosesAt; 1 or more. ' +
        'Changing it (only while DRAFT) recomputes the enrolled teachers’ deadlines, except those extended one by one.',
    }),
    adminSelectsAfterDeadline: t.boolean({ required: false, description: 'Default false.' }),
    schoolPlanGateRate: t.float({ required: false, description: 'Share greater than 0 and at most 1 (0.9 = 90%).' }),
    requireSchoolReview: t.boolean({ required: false, description: 'Default false.' }),
  }),
});

export const EnrolmentRulesInput = builder.inputType('EnrolmentRulesInput', {
  description: 'Enrolment rules; omitted flags take their defaults.',
  fields: (t) => ({
    classPerSchool: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

export const ViewingRulesInput = builder.inputType('ViewingRulesInput', {
  description: 'How watch time is credited; omitted values take their defaults.',
  fields: (t) => ({
    maxPlaybackRate: t.float({ required: false, description: 'Greater than 0, at most 4. Default 1.0.' }),
    sessionIdleSeconds: t.int({ required: false, description: '10 to 3600. Default 120.' }),
    rawRetentionDays: t.int({ required: false, description: '1 to 3650. Default 180.' }),
  }),
});

export const WorkshopRulesInput = builder.inputType('WorkshopRulesInput', {
  description: 'Workshop participation; omitted values take their defaults.',
  fields: (t) => ({
    minPostLength: t.int({ required: false, description: '1 to 10000 characters. Default 1.' }),
  }),
});

export const SharesRulesInput = builder.inputType('SharesRulesInput', {
  description: 'Shares; omitted values take their defaults.',
  fields: (t) => ({
    maxPerTeacher: t.int({ required: false, description: '1 or more; omitted: no limit.' }),
    tutorMayReject: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

export const AssignmentsRulesInput = builder.inputType('AssignmentsRulesInput', {
  description: 'Assignment marking; omitted values take their defaults.',
  fields: (t) => ({
    maxMark: t.int({ required: false, description: '1 to 1000. Default 100.' }),
    maxAttempts: t.int({ required: false, description: '1 to 20. Default 3.' }),
  }),
});

export const SchoolBasedStudyRulesInput = builder.inputType('SchoolBasedStudyRulesInput', {
  description: 'School-based study hours; omitted values take their defaults (Guangdong’s).',
  fields: (t) => ({
    hoursCap: t.float({ required: false, description: 'Greater than 0, at most 1000. Default 25.' }),
    teachingDiscussionHours: t.float({ required: false, description: 'Greater than 0, at most 100. Default 2.' }),
    studyAssignmentHours: t.float({ required: false, description: 'Greater than 0, at most 100. Default 5.' }),
    lessonCritiqueHours: t.float({ required: false, description: 'Greater than 0, at most 100. Default 5.' }),
    offlineMaxHours: t.float({ required: false, description: 'Greater than 0, at most 100. Default 10.' }),
    planRequired: t.boolean({
      required: false,
      description: 'Each teacher uploads a personal improvement plan. Default false.',
    }),
    summaryPerCompetency: t.boolean({
      required: false,
      description: 'Each teacher uploads one improvement summary per selected competency. Default false.',
    }),
    documentMaxBytes: t.int({
      required: false,
      description: 'Largest plan or summary file, in bytes: 1024 to 104857600. Default 2097152 (2048 KB).',
    }),
    uploadsCloseWithPhase: t.field({
      type: PhaseKind,
      required: false,
      description: 'Plans and summaries can be uploaded until this phase ends; omitted: while the programme runs.',
    }),
  }),
});

export const PeerReviewRulesInput = builder.inputType('PeerReviewRulesInput', {
  description: 'Peer review (同行评价); omitted values take their defaults.',
  fields: (t) => ({
    reviewsPerPiece: t.int({ required: true, description: '1 to 10.' }),
    requiredForOfflineHours: t.boolean({ required: false, description: 'Default false.' }),
    blind: t.boolean({ required: false, description: 'Default true.' }),
    maxRating: t.int({ required: false, description: '1 to 10. Default 5.' }),
  }),
});

export const ExcellentWorkRulesInput = builder.inputType('ExcellentWorkRulesInput', {
  description: 'The school’s target for published excellent work.',
  fields: (t) => ({
    targetRate: t.float({ required: true, description: 'Share greater than 0 and at most 1 (0.3 = 30%).' }),
    everySubject: t.boolean({ required: false, description: 'Default true.' }),
  }),
});

export const EvidenceRulesInput = builder.inputType('EvidenceRulesInput', {
  description: 'Practice evidence and its assessment; omitted values take their defaults.',
  fields: (t) => ({
    requireOnlinePass: t.boolean({ required: false, description: 'Default false.' }),
    groupReview: t.boolean({ required: false, description: 'Default true.' }),
    raters: t.int({ required: false, description: '1 to 10. Default 1.' }),
    aggregation: t.field({ type: EvidenceAggregation, required: false, description: 'Default MEAN.' }),
    blindReview: t.boolean({ required: false, description: 'Default false.' }),
    maxVersions: t.int({ required: false, description: '1 to 20. Default 5.' }),
    peerReview: t.field({ type: PeerReviewRulesInput, required: false, description: 'Omitted: no peer review.' }),
    excellentWork: t.field({
      type: ExcellentWorkRulesInput,
      required: false,
      description: 'Omitted: no publication target.',
    }),
  }),
});

export const ScoringItemInput = builder.inputType('ScoringItemInput', {
  description: 'One scoring item: give the fields of its kind only (see ScoringItem).',
  fields: (t) => ({
    kind: t.field({ type: ScoringItemKind, required: true }),
    key: t.string({
      required: true,
      description: '1 to 40 letters, digits, "-" or "_", starting with a letter; unique.',
    }),
    nameZh: t.string({ required: true, description: '1 to 100 characters.' }),
    nameEn: t.string({ required: true, description: '1 to 100 characters.' }),
    required: t.boolean({ required: false, description: 'Default true.' }),
    points: t.float({ required: false, description: 'WATCH_MINUTES: greater than 0.' }),
    requiredMinutes: t.int({ required: false, description: 'WATCH_MINUTES: 1 or more.' }),
    requiredCourseMinutes: t.int({ required: false, description: 'WATCH_MINUTES: 0 to requiredMinutes.' }),
    unit: t.field({ type: ScoringUnit, required: false, description: 'PER_UNIT.' }),
    pointsPerUnit: t.float({ required: false, description: 'PER_UNIT: greater than 0.' }),
    maxPoints: t.float({ required: false, description: 'PER_UNIT: greater than 0.' }),
    minPoints: t.float({ required: false, description: 'PER_UNIT (at most maxPoints) and MARK_WEIGHT; default 0.' }),
    assignmentCode: t.string({ required: false, description: 'MARK_WEIGHT: the assignment’s code.' }),
    weight: t.float({ required: false, description: 'MARK_WEIGHT: greater than 0, at most 1.' }),
    capHours: t.float({ required: false, description: 'GROUP_HOURS: greater than 0.' }),
    pointsPerHour: t.float({ required: false, description: 'GROUP_HOURS: default 1.' }),
    minHours: t.float({ required: false, description: 'GROUP_HOURS: default 0.' }),
  }),
});

export const ScoringRulesInput = builder.inputType('ScoringRulesInput', {
  description: 'A scoring scheme.',
  fields: (t) => ({
    items: t.field({ type: [ScoringItemInput], required: true, description: '1 to 20 items.' }),
    passThreshold: t.float({ required: true, description: 'Least total to pass; 0 or more.' }),
    excellentQuotaRate: t.float({ required: false, description: 'Share 0 to 1 of a class (default 0.15).' }),
  }),
});

export const TutorIndicatorInput = builder.inputType('TutorIndicatorInput', {
  description: 'One tutor-evaluation indicator (see TutorIndicator).',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: '1 to 40 letters, digits, "-" or "_", starting with a letter; unique.',
    }),
    nameZh: t.string({ required: true, description: '1 to 100 characters.' }),
    nameEn: t.string({ required: true, description: '1 to 100 characters.' }),
    weight: t.float({ required: true, description: 'Greater than 0, at most 1; all weights sum to 1.' }),
    source: t.field({ type: TutorIndicatorSource, required: true }),
    target: t.float({ required: false, description: 'Computed sources: greater than 0 (at most 1 for rates).' }),
    withinDays: t.int({ required: false, description: 'MARKING_ON_TIME: 1 to 365 (default 7).' }),
    allOrNothing: t.boolean({ required: false, description: 'Default false.' }),
  }),
});

export const TutorEvaluationRulesInput = builder.inputType('TutorEvaluationRulesInput', {
  description: 'A class-tutor evaluation.',
  fields: (t) => ({
    indicators: t.field({ type: [TutorIndicatorInput], required: true, description: '1 to 30 indicators.' }),
    excellentThreshold: t.float({ required: false, description: '0 to 100; omitted: no minimum.' }),
  }),
});

export const ProgrammeRulesInput = builder.inputType('ProgrammeRulesInput', {
  description:
    'A programme’s rules, saved as the current rules version. The rules are replaced as a whole: an omitted section takes its defaults.',
  fields: (t) => ({
    enrolment: t.field({ type: EnrolmentRulesInput, required: false, description: 'Default: one class per school.' }),
    selection: t.field({ type: SelectionRulesInput, required: true }),
    viewing: t.field({ type: ViewingRulesInput, required: false, description: 'Default: real time, 120 s, 180 days.' }),
    workshop: t.field({ type: WorkshopRulesInput, required: false, description: 'Default: any post counts.' }),
    shares: t.field({ type: SharesRulesInput, required: false, description: 'Default: no limit, tutors may reject.' }),
    assignments: t.field({ type: AssignmentsRulesInput, required: false, description: 'Default: 0–100, 3 attempts.' }),
    schoolBasedStudy: t.field({
      type: SchoolBasedStudyRulesInput,
      required: false,
      description: 'Default: Guangdong’s hours (2, 5, 5, up to 10; 25 counted).',
    }),
    evidence: t.field({
      type: EvidenceRulesInput,
      required: false,
      description: 'Default: group review first, one rater, MEAN, 5 versions, no peer review, no publication target.',
    }),
    scoring: t.field({
      type: ScoringRulesInput,
      required: false,
      description: 'The scoring scheme; omitted: the programme scores nothing online.',
    }),
    tutorEvaluation: t.field({
      type: TutorEvaluationRulesInput,
      required: false,
      description: 'The class-tutor evaluation; omitted: the programme does not evaluate its tutors.',
    }),
    hours: t.field({
      type: HoursRulesInput,
      required: false,
      description: 'Credit hours; omitted: the programme credits none.',
    }),
    completion: t.field({
      type: CompletionRulesInput,
      required: false,
      description: 'Default: 90% of enrolled teachers qualify on score and hours; no proof list, no experts.',
    }),
    certificates: t.field({
      type: CertificateRulesInput,
      required: false,
      description: 'Default: completion and excellent-trainee certificates, no expiry.',
    }),
  }),
});

/** Drops null and undefined members (GraphQL's "not given") so zod defaults and optionals apply. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, member]) => member !== null && member !== undefined)
      .map(([key, member]) => [key, withoutNulls(member)]),
  );
}

/** Validates rules given as GraphQL input and yields the JSON to store (current version). */
export const rulesInputSchema = z.preprocess(
  (input) => ({ version: CURRENT_RULES_VERSION, ...(withoutNulls(input) as object) }),
  programmeRulesSchema,
);
