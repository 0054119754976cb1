/**
 * A school's whole-school completion (整校推进) in a programme: its qualified rate against the threshold, the teachers
 * at risk with the reasons, the proof list (证明清单), the self-assessment, the district's expert assessment (绩效考核)
 * and the closing (结项). Read by the school's admins and the admins above it (completion:read) and by the experts the
 * district assigned to score the school (the SchoolCompletion resource's owner is the viewer when they are one).
 */

import { createContextCache } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type {
  SchoolExpertAssessment as AssessmentRow,
  SchoolProofItem as ProofItemRow,
  RubricVersion as RubricVersionRow,
  StoredFile as StoredFileRow,
} from '../../api/db/generated/prisma/client.js';
import { ClosingState as ClosingStateValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { CompletionPopulation, Programme, ProofItemForm as ProofForm } from '../programmes/index.js';
import { RubricVersion, versionContent } from '../rubrics/index.js';
import { registerResource, scopeOf } from '../shared/index.js';
import { explainQualification, type QualificationReason } from './qualification.js';
import type { ProofItemRule, QUALIFICATION_REASON_CODES } from './rules.js';
import {
  type CompletionState,
  completionKey,
  completionStateLoader,
  type EnrolledTeacher,
  parseCompletionKey,
} from './state.js';

export const ClosingState = builder.enumType(ClosingStateValues, {
  name: 'ClosingState',
  description:
    'Where a school’s closing (结项) stands: OPEN (not applied), APPLIED (waiting for the district), RETURNED (the district returned the ' +
    'application; the school may apply again), ACCEPTED (closed: its records in the programme no longer change).',
});

export const QualificationReasonCode = builder.enumType('QualificationReasonCode', {
  description: 'Why a teacher does not qualify (合格) yet.',
  values: {
    SCORE_NOT_PASSED: {
      description: 'The online-study score has not passed (rules.scoring; completion.requireScore).',
    },
    HOURS_NOT_MET: { description: 'The hour minimums are not met (rules.hours; completion.requireHours).' },
    EVIDENCE_NOT_PASSED: {
      description:
        'Not every competency of the submitted selection has evidence assessed PASS or EXCELLENT (completion.requireEvidence).',
    },
    SCHOOL_STUDY_NOT_PASSED: {
      description: 'The school-based study review has not passed (completion.requireSchoolStudy).',
    },
  } as const satisfies Record<(typeof QUALIFICATION_REASON_CODES)[number], object>,
});

export const QualificationReasonType = builder.objectRef<QualificationReason>('QualificationReason').implement({
  description: 'One reason a teacher does not qualify, as a code and in words.',
  fields: (t) => ({
    code: t.field({ type: QualificationReasonCode, resolve: (reason) => reason.code }),
    message: t.exposeString('message', {
      description: 'The reason with its numbers, in the request’s language (Accept-Language: zh-CN or en).',
    }),
  }),
});

export const AtRiskTeacher = builder.objectRef<EnrolledTeacher>('CompletionAtRiskTeacher').implement({
  description: 'An enrolled teacher of the school who does not qualify (yet), with every reason.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      description: 'The teacher’s enrolment (an Enrolment global ID).',
      resolve: (row) => ({ type: 'Enrolment', id: row.enrolmentId }),
    }),
    teacherId: t.globalID({
      description: 'The teacher (a User global ID).',
      resolve: (row) => ({ type: 'User', id: row.teacherId }),
    }),
    teacherName: t.exposeString('teacherName', { description: 'The teacher’s display name.' }),
    login: t.exposeString('login', { description: 'The teacher’s login.' }),
    reasons: t.field({
      type: [QualificationReasonType],
      description: 'Every reason, in the order of the rules.',
      resolve: (row, _args, context) => explainQualification(row.verdict, context.locale).reasons,
    }),
  }),
});

// ── Proof list ──────────────────────────────────────────────────────────────────────────────────────────────────────

export const SchoolProofItem = builder.prismaObject('SchoolProofItem', {
  description: 'An uploaded proof item: a file, or a text for lists and plan texts. Uploading again replaces it.',
  fields: (t) => ({
    form: t.expose('form', { type: ProofForm, description: 'The item’s form when it was uploaded.' }),
    file: t.relation('file', { nullable: true, description: 'The uploaded file; null when the item is a text.' }),
    text: t.exposeString('text', { nullable: true, description: 'The entered text; null when the item is a file.' }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime', description: 'When it was (last) uploaded.' }),
  }),
});

interface ProofListEntry {
  rule: ProofItemRule;
  upload: (ProofItemRow & { file: StoredFileRow | null }) | null;
}

export const ProofListItem = builder.objectRef<ProofListEntry>('ProofListItem').implement({
  description: 'One item of the programme’s proof list (整校推进证明清单) with the school’s upload, if any.',
  fields: (t) => ({
    key: t.string({ description: 'The item’s key (send it to uploadProofItem).', resolve: (e) => e.rule.key }),
    name: t.string({
      description: 'The item’s name in the request’s language.',
      resolve: (e, _args, context) => (context.locale === 'zh-CN' ? e.rule.nameZh : e.rule.nameEn),
    }),
    nameZh: t.string({ description: 'The item’s name in Chinese.', resolve: (e) => e.rule.nameZh }),
    form: t.field({ type: ProofForm, description: 'What the item is.', resolve: (e) => e.rule.form }),
    required: t.boolean({ description: 'Whether it is needed to apply to close.', resolve: (e) => e.rule.required }),
    provided: t.boolean({ description: 'True once uploaded.', resolve: (e) => e.upload !== null }),
    upload: t.field({
      type: SchoolProofItem,
      nullable: true,
      description: 'The school’s upload; null while missing.',
      resolve: (e) => e.upload,
    }),
  }),
});

/** Per request: the uploads of pairs by "programmeId:schoolId" (one statement for all). */
const proofLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, (ProofItemRow & { file: StoredFileRow | null })[]>(async (keys) => {
      const pairs = keys.map(parseCompletionKey).filter((key) => key !== null);
      const rows = await context.db.prisma.schoolProofItem.findMany({
        where: { OR: pairs.map(({ programmeId, schoolId }) => ({ programmeId, schoolId })) },
        include: { file: true },
      });
      return keys.map((key) => rows.filter((row) => completionKey(row) === key));
    }),
);

// ── Expert assessment ───────────────────────────────────────────────────────────────────────────────────────────────

/** Who sees an expert assessment: the expert, and the readers of completion over the school. */
export function canSeeAssessment(context: Context, assessment: { expertId: string; orgPath: string }): boolean {
  return (
    assessment.expertId === context.viewer.user?.id ||
    scopeOf(context.viewer, 'completion:read').some((root) => assessment.orgPath.startsWith(root))
  );
}

export function assessmentVisibleWhere(context: Context) {
  return {
    OR: [
      ...(context.viewer.user ? [{ expertId: context.viewer.user.id }] : []),
      ...context.viewer.within('orgPath', scopeOf(context.viewer, 'completion:read')).OR,
    ],
  };
}

const ASSESSMENT_INCLUDE = { completion: { select: { programmeId: true, schoolId: true } } } as const;

const userNameLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, string | null>(async (ids) => {
      const rows = await context.db.prisma.user.findMany({
        where: { id: { in: [...ids] } },
        select: { id: true, displayName: true },
      });
      const names = new Map(rows.map((row) => [row.id, row.displayName]));
      return ids.map((id) => names.get(id) ?? null);
    }),
);

const rubricVersionLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, RubricVersionRow | null>(async (ids) => {
      const rows = await context.db.prisma.rubricVersion.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

interface LevelChoice {
  criterionId: string;
  levelId: string;
}

const LevelChoiceRef = builder.objectRef<LevelChoice>('SchoolRubricLevelChoice').implement({
  description: 'The level an expert chose for one criterion.',
  fields: (t) => ({
    criterionId: t.exposeString('criterionId', { description: 'The criterion’s key (`RubricCriterion.key`).' }),
    levelId: t.exposeString('levelId', { description: 'The chosen level’s key (`RubricLevel.key`).' }),
  }),
});

export const SchoolExpertAssessment = builder.prismaNode('SchoolExpertAssessment', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An expert the district assigned to score a school’s whole-school performance (绩效考核) with a rubric version, and their score. ' +
    'Seen by the expert and the readers of the school’s completion.',
  include: ASSESSMENT_INCLUDE,
  findUnique: (id, context) => ({ id, ...assessmentVisibleWhere(context) }),
  authScopes: (assessment, context) => canSeeAssessment(context, assessment),
  fields: (t) => ({
    expertId: t.globalID({
      description: 'The expert (a User global ID).',
      resolve: (a) => ({ type: 'User', id: a.expertId }),
    }),
    expertName: t.string({
      nullable: true,
      description: 'The expert’s display name.',
      resolve: (a, _args, context) => userNameLoader(context).load(a.expertId),
    }),
    rubricVersion: t.field({
      type: RubricVersion,
      nullable: true,
      description: 'The rubric version the expert scores with (its criteria and levels).',
      resolve: (a, _args, context) => rubricVersionLoader(context).load(a.rubricVersionId),
    }),
    maxPoints: t.float({
      nullable: true,
      description: 'The most points the rubric version gives.',
      resolve: async (a, _args, context) => {
        const version = await rubricVersionLoader(context).load(a.rubricVersionId);
        return version
          ? versionContent(version).criteria.reduce(
              (sum, criterion) => sum + Math.max(0, ...criterion.levels.map((level) => level.points)),
              0,
            )
          : null;
      },
    }),
    scored: t.boolean({ description: 'True once the expert scored.', resolve: (a) => a.scoredAt !== null }),
    levels: t.field({
      type: [LevelChoiceRef],
      description: 'The chosen level per criterion; empty until scored.',
      resolve: (a) => (Array.isArray(a.levels) ? (a.levels as unknown as LevelChoice[]) : []),
    }),
    points: t.exposeFloat('points', { nullable: true, description: 'The points the levels give; null until scored.' }),
    comment: t.exposeString('comment', { nullable: true, description: 'The expert’s comment.' }),
    assignedAt: t.expose('assignedAt', { type: 'DateTime', description: 'When the district assigned the expert.' }),
    scoredAt: t.expose('scoredAt', { type: 'DateTime', nullable: true, description: 'When the expert scored.' }),
    completion: t.field({
      type: SchoolCompletionRef,
      nullable: true,
      description:
        'The school’s completion page, as the expert sees it while scoring (action completion:read: the assigned expert and the admins ' +
        'over the school).',
      authorize: {
        action: 'completion:read',
        resource: (a) => ({ paths: [a.orgPath], ownerId: a.expertId }),
      },
      resolve: (a, _args, context) => completionStateLoader(context).load(completionKey(a.completion)),
    }),
  }),
});

/** Per request: the expert assessments of completion rows (one statement for all). */
const assessmentsLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, (AssessmentRow & { completion: { programmeId: string; schoolId: string } })[]>(
      async (completionIds) => {
        const rows = await context.db.prisma.schoolExpertAssessment.findMany({
          where: { completionId: { in: [...completionIds] } },
          include: ASSESSMENT_INCLUDE,
          orderBy: [{ assignedAt: 'asc' }, { id: 'asc' }],
        });
        return completionIds.map((id) => rows.filter((row) => row.completionId === id));
      },
    ),
);

// ── The completion page ─────────────────────────────────────────────────────────────────────────────────────────────

interface SelfAssessmentShape {
  score: number;
  max: number;
  note: string | null;
  assessedAt: Date;
}

const SelfAssessment = builder.objectRef<SelfAssessmentShape>('SchoolSelfAssessment').implement({
  description: 'The school’s self-assessment (自评打分).',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'The score, 0 to `max`.' }),
    max: t.exposeFloat('max', { description: 'The highest score (rules.completion.selfAssessmentMax).' }),
    note: t.exposeString('note', { nullable: true, description: 'The school’s note.' }),
    assessedAt: t.expose('assessedAt', { type: 'DateTime', description: 'When it was (last) entered.' }),
  }),
});

interface AssessmentResultShape {
  points: number;
  outcome: string;
  confirmedAt: Date;
}

export const SchoolAssessmentOutcome = builder.enumType('SchoolAssessmentOutcome', {
  description: 'The outcome of the district’s assessment by the rubric’s thresholds.',
  values: {
    EXCELLENT: { description: '优秀: at or above the rubric’s excellentPoints.' },
    PASS: { description: '合格: at or above passPoints.' },
    FAIL: { description: '不合格: below passPoints.' },
  } as const,
});

const AssessmentResult = builder.objectRef<AssessmentResultShape>('SchoolAssessmentResult').implement({
  description: 'The district’s confirmed assessment result (绩效考核结果): the mean of its experts’ points.',
  fields: (t) => ({
    points: t.exposeFloat('points', { description: 'The mean of the experts’ points (two decimals).' }),
    outcome: t.field({
      type: SchoolAssessmentOutcome,
      description: 'By the rubric’s thresholds.',
      resolve: (r) => r.outcome as 'EXCELLENT' | 'PASS' | 'FAIL',
    }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', description: 'When the district confirmed it.' }),
  }),
});

export const SchoolCompletionRef = builder.objectRef<CompletionState>('SchoolCompletion');

SchoolCompletionRef.implement({
  description:
    'A school’s whole-school completion (整校推进) in a programme: the qualified rate against the threshold, the teachers at risk, ' +
    'the proof list, the self-assessment, the expert assessment and the closing (结项). Computed when asked (qualification is never stored).',
  fields: (t) => ({
    programmeId: t.globalID({
      description: 'The programme.',
      resolve: (s) => ({ type: 'Programme', id: s.programmeId }),
    }),
    schoolId: t.globalID({
      description: 'The school (an Organisation global ID).',
      resolve: (s) => ({ type: 'Organisation', id: s.schoolId }),
    }),
    schoolName: t.exposeString('schoolName', { description: 'The school’s name.' }),
    schoolCode: t.exposeString('schoolCode', { description: 'The school’s code.' }),
    threshold: t.float({
      description: 'Least share of the population that must qualify (0..1: Xinbei 0.9, Guangdong 0.95).',
      resolve: (s) => s.rules.completion.threshold,
    }),
    population: t.field({
      type: CompletionPopulation,
      description: 'Whom the rate counts: ENROLLED or FULL_TIME teachers.',
      resolve: (s) => s.rules.completion.population,
    }),
    enrolledCount: t.int({
      description: 'Teachers of the school enrolled in the programme.',
      resolve: (s) => s.teachers.length,
    }),
    fullTimeTeachers: t.int({
      nullable: true,
      description: 'The school’s full-time teachers (专任教师), when known.',
      resolve: (s) => s.fullTimeTeachers,
    }),
    qualifiedCount: t.exposeInt('qualifiedCount', { description: 'Enrolled teachers who qualify (合格).' }),
    denominator: t.int({
      description:
        'Teachers the rate counts: the enrolled, or the full-time teachers when the rule says so and the count is known.',
      resolve: (s) => s.rate.denominator,
    }),
    needed: t.int({ description: 'Least qualified teachers that reach the threshold.', resolve: (s) => s.rate.needed }),
    rate: t.float({ description: 'qualifiedCount / denominator (0..1, four decimals).', resolve: (s) => s.rate.rate }),
    eligible: t.boolean({
      description: 'True once the qualified teachers reach the threshold (compared exactly: 19 of 20 reaches 0.95).',
      resolve: (s) => s.rate.eligible,
    }),
    atRiskCount: t.int({
      description: 'Enrolled teachers who do not qualify (yet).',
      resolve: (s) => s.teachers.length - s.qualifiedCount,
    }),
    atRisk: t.connection(
      {
        type: AtRiskTeacher,
        description:
          'The enrolled teachers who do not qualify (yet), with every reason. At most 100 a page; no statement of its own.',
        resolve: (s, args) =>
          resolveOffsetConnection({ args }, ({ offset, limit }) =>
            s.teachers.filter((teacher) => !teacher.verdict.qualified).slice(offset, offset + limit),
          ),
      },
      { name: 'CompletionAtRiskTeacherConnection', description: 'A page of teachers at risk.' },
    ),
    proofItems: t.field({
      type: [ProofListItem],
      description:
        'Every item of the programme’s proof list (rules.completion.proofItems) in order, with the school’s upload or none.',
      resolve: async (s, _args, context) => {
        const uploads = await proofLoader(context).load(completionKey(s));
        return s.rules.completion.proofItems.map((rule) => ({
          rule,
          upload: uploads.find((upload) => upload.itemKey === rule.key) ?? null,
        }));
      },
    }),
    missingProofItems: t.stringList({
      description: 'Keys of the required items not provided yet.',
      resolve: async (s, _args, context) => {
        const uploads = new Set((await proofLoader(context).load(completionKey(s))).map((u) => u.itemKey));
        return s.rules.completion.proofItems.filter((i) => i.required && !uploads.has(i.key)).map((i) => i.key);
      },
    }),
    selfAssessmentMax: t.float({
      description: 'Highest self-assessment score (rules.completion.selfAssessmentMax).',
      resolve: (s) => s.rules.completion.selfAssessmentMax,
    }),
    selfAssessment: t.field({
      type: SelfAssessment,
      nullable: true,
      description: 'The school’s self-assessment; null until entered.',
      resolve: (s) =>
        s.row?.selfAssessmentScore != null && s.row.selfAssessedAt
          ? {
              score: s.row.selfAssessmentScore,
              max: s.rules.completion.selfAssessmentMax,
              note: s.row.selfAssessmentNote,
              assessedAt: s.row.selfAssessedAt,
            }
          : null,
    }),
    expertsPerSchool: t.int({
      description: 'Experts the district assigns to score each school (0: no expert assessment).',
      resolve: (s) => s.rules.completion.expertsPerSchool,
    }),
    expertAssessments: t.field({
      type: [SchoolExpertAssessment],
      description:
        'The assigned experts and their scores, in the order they were assigned. An expert sees their own only (experts score blind).',
      resolve: async (s, _args, context) =>
        s.row ? (await assessmentsLoader(context).load(s.row.id)).filter((a) => canSeeAssessment(context, a)) : [],
    }),
    assessment: t.field({
      type: AssessmentResult,
      nullable: true,
      description: 'The district’s confirmed assessment result; null until confirmed.',
      resolve: (s) =>
        s.row?.assessmentScore != null && s.row.assessmentOutcome && s.row.assessmentConfirmedAt
          ? {
              points: s.row.assessmentScore,
              outcome: s.row.assessmentOutcome,
              confirmedAt: s.row.assessmentConfirmedAt,
            }
          : null,
    }),
    closingState: t.field({
      type: ClosingState,
      description: 'Where the closing (结项) stands.',
      resolve: (s) => s.row?.closingState ?? 'OPEN',
    }),
    appliedRate: t.float({
      nullable: true,
      description: 'The qualified rate when the school (last) applied.',
      resolve: (s) => s.row?.appliedRate ?? null,
    }),
    appliedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the school (last) applied to close.',
      resolve: (s) => s.row?.appliedAt ?? null,
    }),
    decidedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the district (last) decided.',
      resolve: (s) => s.row?.decidedAt ?? null,
    }),
    decisionComment: t.string({
      nullable: true,
      description: 'The district’s comment on its decision (why it returned the application).',
      resolve: (s) => s.row?.decisionComment ?? null,
    }),
    closedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        'When the district accepted the closing; from then on the school’s records in the programme do not change.',
      resolve: (s) => s.row?.closedAt ?? null,
    }),
    finishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the school declared its training finished (the offline-hours entry window starts then).',
      resolve: (s) => s.row?.finishedAt ?? null,
    }),
  }),
});

// ── Resources ──────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A school's completion as actions see it: loaded by "programmeId:schoolId" (for the completion page, the row may not
 * exist yet) or by the row's id. It belongs to the school; its owner is the viewer when the district assigned them to
 * score the school (completion:read's `self: ['EXPERT']`). Visible to viewers who see the school and to its experts.
 */
registerResource('SchoolCompletion', async (ids, context) => {
  const viewerId = context.viewer.user?.id ?? null;
  const pairs = ids.map(parseCompletionKey).filter((key) => key !== null);
  const rowIds = ids.filter((id) => parseCompletionKey(id) === null);
  const [schools, programmes, rows] = await Promise.all([
    context.db.prisma.organisation.findMany({
      where: { id: { in: pairs.map((p) => p.schoolId) }, kind: 'SCHOOL' },
      select: { id: true, path: true },
    }),
    context.db.prisma.programme.findMany({
      where: { id: { in: pairs.map((p) => p.programmeId) } },
      select: { id: true, orgPath: true },
    }),
    context.db.prisma.schoolCompletion.findMany({
      where: { OR: [{ id: { in: rowIds } }, ...pairs.map(({ programmeId, schoolId }) => ({ programmeId, schoolId }))] },
      select: {
        id: true,
        programmeId: true,
        schoolId: true,
        orgPath: true,
        experts: viewerId ? { where: { expertId: viewerId }, select: { id: true } } : { take: 0, select: { id: true } },
      },
    }),
  ]);
  const result = new Map<string, { paths: string[]; ownerId: string | null; visible: boolean; programmeId: string }>();
  const resource = (programmeId: string, orgPath: string, assigned: boolean) => ({
    paths: [orgPath],
    ownerId: assigned ? viewerId : null,
    visible: assigned || context.viewer.canSee(orgPath),
    programmeId,
  });
  for (const row of rows) {
    const assigned = row.experts.length > 0;
    if (rowIds.includes(row.id)) result.set(row.id, resource(row.programmeId, row.orgPath, assigned));
  }
  const schoolPath = new Map(schools.map((s) => [s.id, s.path]));
  const programmePath = new Map(programmes.map((p) => [p.id, p.orgPath]));
  for (const pair of pairs) {
    const path = schoolPath.get(pair.schoolId);
    const district = programmePath.get(pair.programmeId);
    if (!path || !district || !path.startsWith(district)) continue;
    const row = rows.find((r) => r.programmeId === pair.programmeId && r.schoolId === pair.schoolId);
    result.set(completionKey(pair), resource(pair.programmeId, path, (row?.experts.length ?? 0) > 0));
  }
  return result;
});

/** An expert assessment: owned by the expert (completion:score's `self`), belongs to the school and its programme. */
registerResource('SchoolExpertAssessment', async (ids, context) => {
  const rows = await context.db.prisma.schoolExpertAssessment.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, expertId: true, orgPath: true, completion: { select: { programmeId: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.orgPath],
        ownerId: row.expertId,
        visible: canSeeAssessment(context, row),
        programmeId: row.completion.programmeId,
      },
    ]),
  );
});

/** A proof item belongs to the school and its programme; visible to the viewers who see the school. */
registerResource('SchoolProofItem', async (ids, context) => {
  const rows = await context.db.prisma.schoolProofItem.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, programmeId: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.orgPath],
        ownerId: null,
        visible: context.viewer.canSee(row.orgPath),
        programmeId: row.programmeId,
      },
    ]),
  );
});

// ── Queries ─────────────────────────────────────────────────────────────────────────────────────────────────────────

builder.queryField('schoolCompletion', (t) =>
  t.field({
    type: SchoolCompletionRef,
    nullable: true,
    description:
      'A school’s completion page (整校推进) in a programme: rate, threshold, at-risk teachers with reasons, proof list, self-assessment, ' +
      'expert assessments, confirmed result and closing. For the school’s admins and the admins above it, and the experts assigned to ' +
      'score the school (action completion:read); null for anyone else and for a school in none of the programme’s batches. A fixed ' +
      'number of SQL statements whatever the number of teachers.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({
        required: true,
        for: Organisation,
        description: 'A school (an Organisation of kind SCHOOL) in one of the programme’s batches.',
      }),
    },
    authorize: {
      action: 'completion:read',
      resource: (_root, args) => ({
        kind: 'SchoolCompletion',
        id: completionKey({ programmeId: args.programmeId.id, schoolId: args.schoolId.id }),
      }),
    },
    resolve: (_root, args, context) =>
      completionStateLoader(context).load(
        completionKey({ programmeId: args.programmeId.id, schoolId: args.schoolId.id }),
      ),
  }),
);

interface SchoolListRow {
  schoolId: string;
}

builder.queryField('districtCompletion', (t) =>
  t.connection(
    {
      type: SchoolCompletionRef,
      nullable: true,
      description:
        'The district’s closing console (结项验收): every school in the programme’s batches, by name, with its rate, eligibility, ' +
        'assessment and closing state. For the admins over the programme’s district (action completion:read on the Programme); null ' +
        'for anyone else. At most 100 a page; the same number of SQL statements for any page size.',
      args: {
        programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
        closingState: t.arg({
          type: ClosingState,
          required: false,
          description: 'Only the schools in this closing state (APPLIED: the applications to decide).',
        }),
      },
      authorize: {
        action: 'completion:read',
        resource: (_root, args) => ({ kind: 'Programme', id: args.programmeId.id }),
      },
      resolve: async (_root, args, context) => {
        const programmeId = args.programmeId.id;
        const state = args.closingState ?? null;
        const schools = await context.db.prisma.$queryRaw<SchoolListRow[]>`
          SELECT o.id AS "schoolId"
            FROM "Organisation" o
            LEFT JOIN "SchoolCompletion" c ON c."programmeId" = ${programmeId} AND c."schoolId" = o.id
           WHERE o.id IN (SELECT bs."schoolId" FROM "BatchSchool" bs JOIN "Batch" b ON b.id = bs."batchId"
                           WHERE b."programmeId" = ${programmeId})
             AND (${state}::text IS NULL OR coalesce(c."closingState"::text, 'OPEN') = ${state}::text)
           ORDER BY o.name, o.id`;
        const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          const page = schools.slice(offset, offset + limit);
          const loader = completionStateLoader(context);
          const states = await loader.loadMany(page.map(({ schoolId }) => completionKey({ programmeId, schoolId })));
          return states.filter((s): s is CompletionState => s !== null && !(s instanceof Error));
        });
        return { ...connection, totalCount: schools.length };
      },
    },
    {
      name: 'DistrictCompletionConnection',
      description: 'A page of the district’s schools with their completion.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Schools listed (in the closing state asked for).',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
);

builder.queryField('myExpertAssessments', (t) =>
  t.prismaConnection({
    type: SchoolExpertAssessment,
    cursor: 'id',
    description:
      'The schools the viewer was assigned to score as an expert (绩效考核), newest first; each leads to the school’s completion page. ' +
      'Empty for anyone else. At most 100 a page.',
    resolve: (query, _root, _args, context) =>
      context.db.prisma.schoolExpertAssessment.findMany({
        ...query,
        where: { expertId: context.viewer.user?.id ?? '' },
        orderBy: { id: 'desc' },
      }),
  }),
);
