/**
 * The decisions on a piece of evidence: the group leader's review, a school rater's rubric assessment, the school's
 * return for rework, and a district expert's re-review. Each runs in one transaction that first locks the evidence
 * row (`SELECT … FOR UPDATE`, so simultaneous raters take turns), checks the version the reviewer looked at, writes an
 * immutable EvidenceReview, moves the evidence with an update conditional on (id, version, status), and appends a
 * history entry (who, when, the version and, for assessments, the rubric version).
 */
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { effectiveSpec } from '../assessment-specs/index.js';
import { builder } from '../builder.js';
import { Evidence, EvidenceOutcome, StaleEvidenceError } from '../evidence/index.js';
import { recordDecision } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { type RubricContent, scoreRubric } from '../rubrics/index.js';
import {
  actingUserId,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
  problem,
} from '../shared/index.js';
import { refusalError, reviewEvidenceErrors } from './errors.js';
import { GroupReviewDecision } from './review.js';
import {
  type EvidenceStatusValue,
  expertReviewCheck,
  type GroupDecisionValue,
  groupDecisionResult,
  groupReviewCheck,
  MAX_REVIEW_COMMENT_LENGTH,
  type ReviewRefusal,
  schoolDecisionCheck,
  settle,
} from './rules.js';

type Transaction = Parameters<Parameters<Context['db']['prisma']['$transaction']>[0]>[0];

/** Raters queue for the row lock; a burst of decisions on one piece waits its turn. */
export const REVIEW_TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

interface LockedEvidence {
  id: string;
  status: EvidenceStatusValue;
  version: number;
  teacherId: string;
  programmeId: string;
  competencyId: string;
  orgPath: string;
  groupPath: string | null;
  sampledAt: Date | null;
}

/** Locks the evidence row for the rest of the transaction and reads it as committed now. */
async function lockEvidence(tx: Transaction, id: string): Promise<LockedEvidence> {
  const [row] = await tx.$queryRaw<LockedEvidence[]>`
    SELECT id, status::text AS status, version, "teacherId", "programmeId", "competencyId", "orgPath", "groupPath", "sampledAt"
    FROM "Evidence" WHERE id = ${id} FOR UPDATE`;
  if (!row) throw new NotFoundError('Evidence');
  return row;
}

async function rulesOf(tx: Transaction, programmeId: string) {
  const programme = await tx.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { rules: true } });
  return parseProgrammeRules(programme.rules).evidence;
}

function refuse(refusal: ReviewRefusal | null) {
  if (refusal) throw refusalError(refusal);
}

/** Moves the evidence from the state it was read in; another change since is reported as stale. */
async function moveEvidence(tx: Transaction, evidence: LockedEvidence, data: Prisma.EvidenceUpdateManyMutationInput) {
  const { count } = await tx.evidence.updateMany({
    where: { id: evidence.id, version: evidence.version, status: evidence.status },
    data,
  });
  if (count !== 1) throw new StaleEvidenceError(evidence.version);
}

const withComment = (text: string, comment: string | null | undefined) => (comment ? `${text}: ${comment}` : text);

const commentSchema = z
  .string()
  .trim()
  .max(MAX_REVIEW_COMMENT_LENGTH)
  .nullish()
  .transform((comment) => comment || null);
const requiredComment = z.string().trim().min(1).max(MAX_REVIEW_COMMENT_LENGTH);
const versionSchema = z.int().min(1).max(1000);

// ── Group review ────────────────────────────────────────────────────────────────────────────────────────────────────

const groupSchema = z
  .object({
    evidenceId: globalIdSchema,
    expectedVersion: versionSchema,
    decision: z.enum(['PASS_ON', 'RECOMMEND_EXCELLENT', 'RETURN']),
    comment: commentSchema,
  })
  .superRefine((input, ctx) => {
    if (input.decision === 'RETURN' && !input.comment)
      ctx.addIssue({
        code: 'too_small',
        origin: 'string',
        minimum: 1,
        inclusive: true,
        path: ['comment'],
        message: '',
      });
  });

async function groupReview(context: Context, input: z.output<typeof groupSchema>) {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const evidence = await lockEvidence(tx, input.evidenceId.id);
    const rules = await rulesOf(tx, evidence.programmeId);
    refuse(groupReviewCheck(evidence, input.expectedVersion, actorId, input.decision as GroupDecisionValue, rules));
    const { toState, groupRecommended } = groupDecisionResult(input.decision as GroupDecisionValue);
    await tx.evidenceReview.create({
      data: {
        evidenceId: evidence.id,
        version: evidence.version,
        kind: 'GROUP_REVIEW',
        reviewerId: actorId,
        decision: input.decision,
        comment: input.comment,
      },
    });
    await moveEvidence(tx, evidence, { status: toState, groupRecommended });
    await recordDecision(tx, {
      subjectType: 'Evidence',
      subjectId: evidence.id,
      actorId,
      action: input.decision === 'RETURN' ? 'GROUP_RETURN' : `GROUP_${input.decision}`,
      fromState: evidence.status,
      toState,
      comment: withComment(`version ${evidence.version}`, input.comment),
      orgPath: evidence.orgPath,
    });
  }, REVIEW_TRANSACTION_OPTIONS);
}

// ── Assessment ─────────────────────────────────────────────────────────────────────────────────────────────────────

const assessSchema = z.object({
  evidenceId: globalIdSchema,
  expectedVersion: versionSchema,
  levels: z
    .array(z.object({ criterion: z.string().trim().min(1).max(64), level: z.string().trim().min(1).max(64) }))
    .min(1)
    .max(50)
    .superRefine((levels, ctx) => {
      const seen = new Set<string>();
      levels.forEach((choice, index) => {
        if (seen.has(choice.criterion))
          ctx.addIssue({
            code: 'custom',
            path: [index, 'criterion'],
            message: 'VALIDATION.givenTwice',
            params: { field: 'criterion', value: choice.criterion },
          });
        seen.add(choice.criterion);
      });
    }),
  comment: commentSchema,
});

/** The coded problems of a rater's levels against the rubric, each at its criterion in the input. */
function levelIssues(content: RubricContent, levels: ReadonlyArray<{ criterion: string; level: string }>) {
  const scored = scoreRubric(content, Object.fromEntries(levels.map((choice) => [choice.criterion, choice.level])));
  if (scored.ok) return { scored, issues: [] };
  const issues = scored.problems.map((found) => {
    const index = levels.findIndex((choice) => choice.criterion === found.criterion);
    const criterion = content.criteria.find((candidate) => candidate.key === found.criterion);
    if (found.problem === 'MISSING')
      return problem(['input', 'levels'], 'VALIDATION.evidenceRubricMissing', { criterion: found.criterion });
    if (found.problem === 'UNKNOWN_CRITERION')
      return problem(['input', 'levels', index, 'criterion'], 'VALIDATION.evidenceRubricUnknownCriterion', {
        criterion: found.criterion,
        criteria: content.criteria.map((candidate) => candidate.key).join(', '),
      });
    return problem(['input', 'levels', index, 'level'], 'VALIDATION.evidenceRubricUnknownLevel', {
      criterion: found.criterion,
      level: levels[index]?.level ?? '',
      levels: (criterion?.levels ?? []).map((level) => level.key).join(', '),
    });
  });
  return { scored, issues };
}

async function assess(context: Context, input: z.output<typeof assessSchema>) {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const evidence = await lockEvidence(tx, input.evidenceId.id);
    const rules = await rulesOf(tx, evidence.programmeId);
    refuse(schoolDecisionCheck(evidence, input.expectedVersion, actorId, false, rules));
    const spec = await effectiveSpec(tx, evidence.programmeId, evidence.competencyId);
    const rubric = spec
      ? await tx.rubric.findUnique({
          where: { id: spec.rubricId },
          select: {
            key: true,
            versions: { orderBy: { version: 'desc' }, take: 1 },
          },
        })
      : null;
    const rubricVersion = rubric?.versions[0] ?? null;
    if (!rubric || !rubricVersion) throw new InvalidStateError('evidenceNoRubric');
    const content: RubricContent = {
      criteria: rubricVersion.criteria as RubricContent['criteria'],
      passPoints: rubricVersion.passPoints,
      excellentPoints: rubricVersion.excellentPoints,
    };
    const { scored, issues } = levelIssues(content, input.levels);
    if (!scored.ok) throw new InputValidationError({ issues });
    const earlier = await tx.evidenceReview.findMany({
      where: { evidenceId: evidence.id, version: evidence.version, kind: 'ASSESSMENT' },
      select: { reviewerId: true, points: true },
    });
    if (earlier.some((review) => review.reviewerId === actorId))
      throw new ConflictError('evidenceAlreadyAssessed', { version: evidence.version });
    await tx.evidenceReview.create({
      data: {
        evidenceId: evidence.id,
        version: evidence.version,
        kind: 'ASSESSMENT',
        reviewerId: actorId,
        rubricVersionId: rubricVersion.id,
        levels: Object.fromEntries(input.levels.map((choice) => [choice.criterion, choice.level])),
        points: scored.points,
        outcome: scored.outcome,
        comment: input.comment,
      },
    });
    const settlement = settle([...earlier.map((review) => review.points ?? 0), scored.points], rules, content);
    const now = new Date();
    await moveEvidence(
      tx,
      evidence,
      settlement.settled
        ? { status: 'ASSESSED', points: settlement.points, outcome: settlement.outcome, assessedAt: now }
        : { updatedAt: now },
    );
    const rated = `version ${evidence.version}; rubric ${rubric.key} v${rubricVersion.version}; ${scored.points} points (${scored.outcome})`;
    const settled = settlement.settled
      ? `; settled by ${rules.aggregation} of ${settlement.assessments} raters: ${settlement.points} points (${settlement.outcome})`
      : `; ${settlement.assessments} of ${settlement.raters} raters`;
    await recordDecision(tx, {
      subjectType: 'Evidence',
      subjectId: evidence.id,
      actorId,
      action: 'ASSESS',
      fromState: evidence.status,
      toState: settlement.settled ? 'ASSESSED' : evidence.status,
      comment: withComment(rated + settled, input.comment),
      orgPath: evidence.orgPath,
    });
  }, REVIEW_TRANSACTION_OPTIONS);
}

// ── Return by the school ───────────────────────────────────────────────────────────────────────────────────────────

const returnSchema = z.object({
  evidenceId: globalIdSchema,
  expectedVersion: versionSchema,
  comment: requiredComment,
});

async function returnBySchool(context: Context, input: z.output<typeof returnSchema>) {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const evidence = await lockEvidence(tx, input.evidenceId.id);
    const rules = await rulesOf(tx, evidence.programmeId);
    refuse(schoolDecisionCheck(evidence, input.expectedVersion, actorId, true, rules));
    await moveEvidence(tx, evidence, { status: 'RETURNED', groupRecommended: false });
    await recordDecision(tx, {
      subjectType: 'Evidence',
      subjectId: evidence.id,
      actorId,
      action: 'RETURN',
      fromState: evidence.status,
      toState: 'RETURNED',
      comment: withComment(`version ${evidence.version}`, input.comment),
      orgPath: evidence.orgPath,
    });
  }, REVIEW_TRANSACTION_OPTIONS);
}

// ── Expert re-review ───────────────────────────────────────────────────────────────────────────────────────────────

const expertSchema = z.object({
  evidenceId: globalIdSchema,
  expectedVersion: versionSchema,
  outcome: z.enum(['PASS', 'EXCELLENT', 'FAIL']),
  comment: requiredComment,
});

async function expertReview(context: Context, input: z.output<typeof expertSchema>) {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const evidence = await lockEvidence(tx, input.evidenceId.id);
    refuse(expertReviewCheck({ ...evidence, sampled: evidence.sampledAt !== null }, input.expectedVersion, actorId));
    const done = await tx.evidenceReview.findUnique({
      where: {
        evidenceId_version_kind_reviewerId: {
          evidenceId: evidence.id,
          version: evidence.version,
          kind: 'EXPERT_REVIEW',
          reviewerId: actorId,
        },
      },
      select: { id: true },
    });
    if (done) throw new ConflictError('evidenceAlreadyReReviewed');
    await tx.evidenceReview.create({
      data: {
        evidenceId: evidence.id,
        version: evidence.version,
        kind: 'EXPERT_REVIEW',
        reviewerId: actorId,
        outcome: input.outcome,
        comment: input.comment,
      },
    });
    await moveEvidence(tx, evidence, { updatedAt: new Date() });
    await recordDecision(tx, {
      subjectType: 'Evidence',
      subjectId: evidence.id,
      actorId,
      action: 'EXPERT_REVIEW',
      fromState: evidence.status,
      toState: evidence.status,
      comment: withComment(`version ${evidence.version}; expert outcome ${input.outcome}`, input.comment),
      orgPath: evidence.orgPath,
    });
  }, REVIEW_TRANSACTION_OPTIONS);
}

// ── Schema ─────────────────────────────────────────────────────────────────────────────────────────────────────────

const ReviewEvidenceAsGroupLeaderInput = builder.inputType('ReviewEvidenceAsGroupLeaderInput', {
  description: 'The group leader’s first review of a SUBMITTED evidence of their group.',
  fields: (t) => ({
    evidenceId: t.globalID({
      required: true,
      for: Evidence,
      description: 'A SUBMITTED evidence of the leader’s group.',
    }),
    expectedVersion: t.int({
      required: true,
      description: 'The version reviewed (`Evidence.version` as loaded); another current version is a CONFLICT.',
    }),
    decision: t.field({ type: GroupReviewDecision, required: true, description: 'Pass on, recommend, or return.' }),
    comment: t.string({
      required: false,
      description: `A comment for the teacher (required to RETURN): at most ${MAX_REVIEW_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const RubricLevelChoiceInput = builder.inputType('RubricLevelChoiceInput', {
  description: 'The level a rater chooses for one criterion of the rubric.',
  fields: (t) => ({
    criterion: t.string({ required: true, description: 'The criterion’s key (`RubricCriterion.key`).' }),
    level: t.string({ required: true, description: 'The chosen level’s key (`RubricLevel.key`).' }),
  }),
});

const AssessEvidenceInput = builder.inputType('AssessEvidenceInput', {
  description: 'A school rater’s rubric assessment of the current version.',
  fields: (t) => ({
    evidenceId: t.globalID({ required: true, for: Evidence, description: 'Evidence waiting for the school.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The version assessed (`Evidence.version` as loaded); another current version is a CONFLICT.',
    }),
    levels: t.field({
      type: [RubricLevelChoiceInput],
      required: true,
      description: 'One level for every criterion of the rubric at its latest version (the spec’s rubric).',
    }),
    comment: t.string({ required: false, description: `A comment: at most ${MAX_REVIEW_COMMENT_LENGTH} characters.` }),
  }),
});

const ReturnEvidenceInput = builder.inputType('ReturnEvidenceInput', {
  description: 'The school returns evidence for rework.',
  fields: (t) => ({
    evidenceId: t.globalID({ required: true, for: Evidence, description: 'Evidence waiting for the school.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The version returned (`Evidence.version` as loaded); another current version is a CONFLICT.',
    }),
    comment: t.string({ required: true, description: `What to rework: 1 to ${MAX_REVIEW_COMMENT_LENGTH} characters.` }),
  }),
});

const ExpertReviewEvidenceInput = builder.inputType('ExpertReviewEvidenceInput', {
  description: 'A district expert’s re-review of sampled evidence.',
  fields: (t) => ({
    evidenceId: t.globalID({ required: true, for: Evidence, description: 'Assessed evidence the district sampled.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The version re-reviewed (`Evidence.version` as loaded); another current version is a CONFLICT.',
    }),
    outcome: t.field({
      type: EvidenceOutcome,
      required: true,
      description: 'The expert’s outcome; the school’s outcome is kept (compare with `expertAgrees`).',
    }),
    comment: t.string({ required: true, description: `Why: 1 to ${MAX_REVIEW_COMMENT_LENGTH} characters.` }),
  }),
});

const reread = (context: Context, query: { select?: object }, id: string) =>
  context.db.prisma.evidence.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });

const onEvidence = <A extends 'evidence:groupReview' | 'evidence:assess' | 'evidence:expertReview'>(action: A) =>
  ({
    action,
    resource: (_root: unknown, args: { input: { evidenceId: { id: string } } }) => ({
      kind: 'Evidence' as const,
      id: args.input.evidenceId.id,
    }),
  }) as const;

const resultOf = (what: string) => ({
  types: reviewEvidenceErrors,
  result: { description: what },
  dataField: { name: 'evidence', description: 'The evidence as it is now.' },
});

builder.mutationFields((t) => ({
  reviewEvidenceAsGroupLeader: t.prismaField({
    type: Evidence,
    description:
      'The leader of the teacher’s teaching-research group reviews SUBMITTED evidence first (action evidence:groupReview): PASS_ON or ' +
      'RECOMMEND_EXCELLENT (groupRecommended) moves it to GROUP_REVIEWED for the school’s raters; RETURN (comment required) sends it back ' +
      'as RETURNED for a new version, unless it is the last version the programme allows (INVALID_STATE). Only for evidence submitted from ' +
      'a group while `rules.evidence.groupReview` holds. Nobody reviews their own work (SELF_REVIEW). Optimistic: `expectedVersion` must be ' +
      'current (StaleEvidenceError). Writes an EvidenceReview and a history entry.',
    authorize: onEvidence('evidence:groupReview'),
    errors: resultOf('The group leader’s review is recorded.'),
    args: { input: t.arg({ type: ReviewEvidenceAsGroupLeaderInput, required: true, description: 'The review.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(groupSchema, args.input);
      await groupReview(context, input);
      return reread(context, query, input.evidenceId.id);
    },
  }),
  assessEvidence: t.prismaField({
    type: Evidence,
    description:
      'A school rater (校本应用考核, action evidence:assess) scores the current version with the rubric of the competency’s assessment ' +
      'specification at its latest version: one level per criterion (a level or criterion outside the rubric is a ValidationError at ' +
      'that criterion, and nothing is written). Accepted when GROUP_REVIEWED, or SUBMITTED when no group review applies. Each rater once ' +
      'per version (CONFLICT); nobody assesses their own work (SELF_REVIEW). When `rules.evidence.raters` assessments of the version are ' +
      'in, their points are aggregated (`rules.evidence.aggregation`: MEAN or MEDIAN) and the rubric’s thresholds settle the outcome: ' +
      'ASSESSED with points, outcome and assessedAt. Simultaneous raters take turns on a row lock. Writes an EvidenceReview (rubric ' +
      'version, levels, points, outcome) and a history entry naming the rubric version.',
    authorize: onEvidence('evidence:assess'),
    errors: resultOf('The assessment is recorded.'),
    args: { input: t.arg({ type: AssessEvidenceInput, required: true, description: 'The rater’s levels.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(assessSchema, args.input);
      await assess(context, input);
      return reread(context, query, input.evidenceId.id);
    },
  }),
  returnEvidence: t.prismaField({
    type: Evidence,
    description:
      'The school returns evidence waiting for its assessment for rework with a comment (action evidence:assess): RETURNED, and the ' +
      'teacher revises it as a new version. The last version the programme allows (`rules.evidence.maxVersions`) cannot be returned ' +
      '(INVALID_STATE): assess it. Optimistic like assessEvidence. Recorded in the history (RETURN).',
    authorize: onEvidence('evidence:assess'),
    errors: resultOf('The evidence is returned.'),
    args: { input: t.arg({ type: ReturnEvidenceInput, required: true, description: 'What to rework.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(returnSchema, args.input);
      await returnBySchool(context, input);
      return reread(context, query, input.evidenceId.id);
    },
  }),
  expertReviewEvidence: t.prismaField({
    type: Evidence,
    description:
      'A district expert re-reviews ASSESSED evidence the district sampled (区项目办组织学科专家评审; action evidence:expertReview) with an ' +
      'outcome and a comment: an EXPERT_REVIEW is written, `expertOutcome` and `expertAgrees` show it; the school’s outcome is not ' +
      'changed. Once per expert (CONFLICT). Recorded in the history (EXPERT_REVIEW).',
    authorize: onEvidence('evidence:expertReview'),
    errors: resultOf('The re-review is recorded.'),
    args: { input: t.arg({ type: ExpertReviewEvidenceInput, required: true, description: 'The re-review.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(expertSchema, args.input);
      await expertReview(context, input);
      return reread(context, query, input.evidenceId.id);
    },
  }),
}));
