/**
 * The school's self-assessment (自评打分) and the district's performance assessment (绩效考核): the district assigns
 * experts of its own (EXPERT) to score the school with a rubric version, each expert scores once or again until the
 * district confirms the result: the mean of their points, with the outcome by the rubric's thresholds.
 */
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { commentSchema, MAX_COMMENT_LENGTH, Programme } from '../programmes/index.js';
import {
  aggregatePoints,
  outcomeFor,
  Rubric,
  type RubricContent,
  rubricVisible,
  scoreRubric,
  versionContent,
} from '../rubrics/index.js';
import {
  actingUserId,
  ClosedError,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  problem,
} from '../shared/index.js';
import { User } from '../users/index.js';
import { SchoolCompletionRef, SchoolExpertAssessment } from './completion.js';
import { completionWriteErrors } from './errors.js';
import { assertOpenForChanges } from './proof.js';
import {
  type CompletionKey,
  type CompletionState,
  completionStateLoader,
  conflictOnDuplicate,
  ensureCompletionRow,
  pairState,
} from './state.js';

const pairSchema = { programmeId: globalIdSchema, schoolId: globalIdSchema };
const keyOf = (input: { programmeId: { id: string }; schoolId: { id: string } }): CompletionKey => ({
  programmeId: input.programmeId.id,
  schoolId: input.schoolId.id,
});

/** The page after a write in the same request: re-read. */
export async function reloadCompletion(context: Context, key: CompletionKey): Promise<CompletionState> {
  const loader = completionStateLoader(context);
  const id = `${key.programmeId}:${key.schoolId}`;
  loader.clear(id);
  const state = await loader.load(id);
  if (!state) throw new NotFoundError('School');
  return state;
}

const schoolAuthorize = (action: 'completion:manage' | 'completion:assignExperts' | 'completion:decide') => ({
  action,
  resource: (_root: unknown, args: { input: { programmeId: { id: string }; schoolId: { id: string } } }) => ({
    kind: 'School' as const,
    id: args.input.schoolId.id,
    programmeId: args.input.programmeId.id,
  }),
});

// ── Self-assessment ─────────────────────────────────────────────────────────────────────────────────────────────────

const SubmitSelfAssessmentInput = builder.inputType('SubmitSelfAssessmentInput', {
  description: 'The school’s self-assessment (自评打分).',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({ required: true, for: Organisation, description: 'The school.' }),
    score: t.float({
      required: true,
      description: 'The score: 0 to rules.completion.selfAssessmentMax (100 by default).',
    }),
    note: t.string({ required: false, description: `A note: at most ${MAX_COMMENT_LENGTH} characters.` }),
  }),
});

const selfSchema = z.object({
  ...pairSchema,
  score: z.number().finite(),
  note: commentSchema.nullish().transform((note) => note || null),
});

builder.mutationField('submitSelfAssessment', (t) =>
  t.field({
    type: SchoolCompletionRef,
    description:
      'The school enters (or changes) its self-assessment score (自评打分; action completion:manage over the school): 0 to the programme’s ' +
      'selfAssessmentMax (INVALID_INPUT otherwise). Refused while the closing application waits (INVALID_STATE) and once closed (CLOSED). ' +
      'Recorded in the history (SELF_ASSESS).',
    authorize: schoolAuthorize('completion:manage'),
    errors: {
      types: completionWriteErrors,
      result: { description: 'The self-assessment is saved.' },
      dataField: { name: 'completion', description: 'The school’s completion page.' },
    },
    args: { input: t.arg({ type: SubmitSelfAssessmentInput, required: true, description: 'The score.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(selfSchema, args.input);
      const key = keyOf(input);
      const actorId = actingUserId(context);
      await context.db.prisma
        .$transaction(async (tx) => {
          const state = await pairState(tx, key, { teachers: false });
          const max = state.rules.completion.selfAssessmentMax;
          if (input.score < 0 || input.score > max)
            throw inputIssue(['score'], 'VALIDATION.selfAssessmentRange', { max });
          assertOpenForChanges(state);
          const row = await ensureCompletionRow(tx, state);
          const { count } = await tx.schoolCompletion.updateMany({
            where: { id: row.id, closingState: { in: ['OPEN', 'RETURNED'] } },
            data: { selfAssessmentScore: input.score, selfAssessmentNote: input.note, selfAssessedAt: new Date() },
          });
          if (count !== 1) throw new ConflictError('completionChangedMeanwhile');
          await recordDecision(tx, {
            subjectType: 'SchoolCompletion',
            subjectId: row.id,
            actorId,
            action: 'SELF_ASSESS',
            toState: String(input.score),
            comment: input.note,
            orgPath: state.orgPath,
          });
        })
        .catch(conflictOnDuplicate);
      return reloadCompletion(context, key);
    },
  }),
);

// ── Expert assignment ───────────────────────────────────────────────────────────────────────────────────────────────

/** Most experts in one assignment (the rules allow at most 10 a school). */
const MAX_EXPERTS = 10;

const AssignSchoolExpertsInput = builder.inputType('AssignSchoolExpertsInput', {
  description: 'The experts who score a school (绩效考核) and the rubric they score with.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({ required: true, for: Organisation, description: 'The school.' }),
    expertIds: t.globalIDList({
      required: true,
      for: User,
      description:
        'The experts (each holding EXPERT in the programme’s district, or above it): 1 to rules.completion.expertsPerSchool. ' +
        'They replace the earlier assignment; an expert kept keeps their score unless the rubric version changes.',
    }),
    rubricId: t.globalID({ required: true, for: Rubric, description: 'A rubric the district admin can see.' }),
    rubricVersion: t.int({ required: false, description: 'Its version (1, 2, …); the latest when omitted.' }),
  }),
});

const assignSchema = z.object({
  ...pairSchema,
  expertIds: z.array(globalIdSchema).max(MAX_EXPERTS),
  rubricId: globalIdSchema,
  rubricVersion: z.int().min(1).nullish(),
});

async function expertsOfDistrict(tx: Transaction, ids: string[], districtPath: string): Promise<Set<string>> {
  const rows = await tx.roleAssignment.findMany({
    where: { userId: { in: ids }, role: 'EXPERT' },
    select: { userId: true, orgPath: true },
  });
  return new Set(
    rows
      .filter((row) => row.orgPath.startsWith(districtPath) || districtPath.startsWith(row.orgPath))
      .map((row) => row.userId),
  );
}

builder.mutationField('assignSchoolExperts', (t) =>
  t.field({
    type: SchoolCompletionRef,
    description:
      'The district assigns experts to score a school’s whole-school performance (绩效考核) with a rubric version (action ' +
      'completion:assignExperts over the school). Each must hold EXPERT in the programme’s district (or above it), at most ' +
      'rules.completion.expertsPerSchool of them (INVALID_INPUT); the rubric must be visible (NOT_FOUND). Refused when the programme has ' +
      'no expert assessment and once the result is confirmed (INVALID_STATE), and once the school closed (CLOSED). Recorded in the history.',
    authorize: schoolAuthorize('completion:assignExperts'),
    errors: {
      types: completionWriteErrors,
      result: { description: 'The experts are assigned.' },
      dataField: { name: 'completion', description: 'The school’s completion page with its experts.' },
    },
    args: { input: t.arg({ type: AssignSchoolExpertsInput, required: true, description: 'The experts.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(assignSchema, args.input);
      const key = keyOf(input);
      const actorId = actingUserId(context);
      const expertIds = input.expertIds.map((expert) => expert.id);
      await context.db.prisma
        .$transaction(async (tx) => {
          const state = await pairState(tx, key, { teachers: false });
          const max = state.rules.completion.expertsPerSchool;
          if (max === 0) throw new InvalidStateError('completionNoExperts');
          if (expertIds.length === 0) throw inputIssue(['expertIds'], 'VALIDATION.expertsNone');
          if (expertIds.length > max) throw inputIssue(['expertIds'], 'VALIDATION.expertsTooMany', { max });
          const repeated = expertIds.findIndex((id, index) => expertIds.indexOf(id) !== index);
          if (repeated >= 0) throw inputIssue(['expertIds', repeated], 'VALIDATION.expertsRepeat');
          const experts = await expertsOfDistrict(tx, expertIds, state.districtPath);
          const stranger = expertIds.findIndex((id) => !experts.has(id));
          if (stranger >= 0) throw inputIssue(['expertIds', stranger], 'VALIDATION.notDistrictExpert');
          const rubric = await tx.rubric.findUnique({
            where: { id: input.rubricId.id },
            select: { orgPath: true, latestVersion: true },
          });
          if (!rubric || !rubricVisible(context, rubric.orgPath)) throw new NotFoundError('Rubric');
          const versionNumber = input.rubricVersion ?? rubric.latestVersion;
          const version = await tx.rubricVersion.findUnique({
            where: { rubricId_version: { rubricId: input.rubricId.id, version: versionNumber } },
            select: { id: true },
          });
          if (!version)
            throw inputIssue(['rubricVersion'], 'VALIDATION.rubricVersionUnknown', { version: versionNumber });
          if (state.row?.closedAt) throw new ClosedError();
          if (state.row?.assessmentConfirmedAt) throw new InvalidStateError('completionAssessmentConfirmed');
          const row = await ensureCompletionRow(tx, state);
          // Optimistic: the result must still be unconfirmed when the assignment is written.
          const { count } = await tx.schoolCompletion.updateMany({
            where: { id: row.id, assessmentConfirmedAt: null, closedAt: null },
            data: { updatedAt: new Date() },
          });
          if (count !== 1) throw new ConflictError('completionChangedMeanwhile');
          await tx.schoolExpertAssessment.deleteMany({
            where: {
              completionId: row.id,
              OR: [{ expertId: { notIn: expertIds } }, { rubricVersionId: { not: version.id } }],
            },
          });
          const kept = new Set(
            (
              await tx.schoolExpertAssessment.findMany({ where: { completionId: row.id }, select: { expertId: true } })
            ).map((a) => a.expertId),
          );
          await tx.schoolExpertAssessment.createMany({
            data: expertIds
              .filter((id) => !kept.has(id))
              .map((expertId) => ({
                completionId: row.id,
                expertId,
                rubricVersionId: version.id,
                orgPath: state.orgPath,
                assignedById: actorId,
              })),
          });
          await recordDecision(tx, {
            subjectType: 'SchoolCompletion',
            subjectId: row.id,
            actorId,
            action: 'ASSIGN_EXPERTS',
            toState: `${expertIds.length} experts; rubric version ${versionNumber}`,
            orgPath: state.orgPath,
          });
        })
        .catch(conflictOnDuplicate);
      return reloadCompletion(context, key);
    },
  }),
);

// ── Scoring ─────────────────────────────────────────────────────────────────────────────────────────────────────────

const SchoolRubricLevelInput = builder.inputType('SchoolRubricLevelInput', {
  description: 'The level an expert chooses for one criterion of the rubric.',
  fields: (t) => ({
    criterionId: t.string({ required: true, description: 'The criterion’s key (`RubricCriterion.key`).' }),
    levelId: t.string({ required: true, description: 'The chosen level’s key (`RubricLevel.key`).' }),
  }),
});

const ScoreSchoolInput = builder.inputType('ScoreSchoolInput', {
  description: 'An expert’s score of a school with the assigned rubric version.',
  fields: (t) => ({
    assessmentId: t.globalID({
      required: true,
      for: SchoolExpertAssessment,
      description: 'The viewer’s assignment (`myExpertAssessments`).',
    }),
    levels: t.field({
      type: [SchoolRubricLevelInput],
      required: true,
      description: 'One level for every criterion of the rubric version (at most 20).',
    }),
    comment: t.string({ required: false, description: `A comment: at most ${MAX_COMMENT_LENGTH} characters.` }),
  }),
});

const scoreSchema = z.object({
  assessmentId: globalIdSchema,
  levels: z
    .array(z.object({ criterionId: z.string().trim().min(1).max(64), levelId: z.string().trim().min(1).max(64) }))
    .max(20),
  comment: commentSchema.nullish().transform((comment) => comment || null),
});

function levelIssues(content: RubricContent, levels: { criterionId: string; levelId: string }[]) {
  const scored = scoreRubric(content, Object.fromEntries(levels.map((choice) => [choice.criterionId, choice.levelId])));
  if (scored.ok) return scored;
  const issues = scored.problems.map((found) => {
    const index = Math.max(
      0,
      levels.findIndex((choice) => choice.criterionId === found.criterion),
    );
    const criterion = content.criteria.find((candidate) => candidate.key === found.criterion);
    if (found.problem === 'MISSING')
      return problem(['input', 'levels'], 'VALIDATION.schoolRubricMissing', { criterion: found.criterion });
    if (found.problem === 'UNKNOWN_CRITERION')
      return problem(['input', 'levels', index, 'criterionId'], 'VALIDATION.schoolRubricUnknownCriterion', {
        criterion: found.criterion,
        criteria: content.criteria.map((candidate) => candidate.key).join(', '),
      });
    return problem(['input', 'levels', index, 'levelId'], 'VALIDATION.schoolRubricUnknownLevel', {
      criterion: found.criterion,
      level: levels[index]?.levelId ?? '',
      levels: (criterion?.levels ?? []).map((level) => level.key).join(', '),
    });
  });
  throw new InputValidationError({ issues });
}

builder.mutationField('scoreSchool', (t) =>
  t.prismaField({
    type: SchoolExpertAssessment,
    description:
      'An assigned expert scores the school with the rubric version (action completion:score: their own assignment): one level for every ' +
      'criterion (INVALID_INPUT names a missing criterion, an unknown criterion or level). They may score again until the district ' +
      'confirms the result (then INVALID_STATE); refused once the school closed (CLOSED). Recorded in the history (SCORE).',
    authorize: {
      action: 'completion:score',
      resource: (_root, args) => ({ kind: 'SchoolExpertAssessment', id: args.input.assessmentId.id }),
    },
    errors: {
      types: completionWriteErrors,
      result: { description: 'The score is saved.' },
      dataField: { name: 'assessment', description: 'The assignment with its score.' },
    },
    args: { input: t.arg({ type: ScoreSchoolInput, required: true, description: 'The score.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(scoreSchema, args.input);
      const actorId = actingUserId(context);
      const id = input.assessmentId.id;
      await context.db.prisma.$transaction(async (tx) => {
        const assessment = await tx.schoolExpertAssessment.findUnique({
          where: { id },
          select: {
            id: true,
            orgPath: true,
            scoredAt: true,
            rubricVersionId: true,
            completion: { select: { id: true, assessmentConfirmedAt: true, closedAt: true } },
          },
        });
        if (!assessment) throw new NotFoundError('SchoolExpertAssessment');
        const version = await tx.rubricVersion.findUnique({ where: { id: assessment.rubricVersionId } });
        if (!version) throw new NotFoundError('RubricVersion');
        const scored = levelIssues(versionContent(version), input.levels);
        if (assessment.completion.closedAt) throw new ClosedError();
        if (assessment.completion.assessmentConfirmedAt) throw new InvalidStateError('completionAssessmentConfirmed');
        const now = new Date();
        const { count } = await tx.schoolExpertAssessment.updateMany({
          where: { id, scoredAt: assessment.scoredAt, completion: { assessmentConfirmedAt: null } },
          data: {
            levels: input.levels.map(({ criterionId, levelId }) => ({ criterionId, levelId })),
            points: scored.points,
            comment: input.comment,
            scoredAt: now,
          },
        });
        if (count !== 1) throw new ConflictError('completionChangedMeanwhile');
        await recordDecision(tx, {
          subjectType: 'SchoolExpertAssessment',
          subjectId: id,
          actorId,
          action: 'SCORE',
          fromState: assessment.scoredAt ? 'SCORED' : 'ASSIGNED',
          toState: `${scored.points} (${scored.outcome})`,
          comment: input.comment,
          orgPath: assessment.orgPath,
        });
      });
      return context.db.prisma.schoolExpertAssessment.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

// ── Confirmation ────────────────────────────────────────────────────────────────────────────────────────────────────

const ConfirmSchoolAssessmentInput = builder.inputType('ConfirmSchoolAssessmentInput', {
  description: 'The district confirms a school’s assessment result.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({ required: true, for: Organisation, description: 'The school.' }),
  }),
});

const confirmSchema = z.object(pairSchema);

builder.mutationField('confirmSchoolAssessment', (t) =>
  t.field({
    type: SchoolCompletionRef,
    description:
      'The district confirms a school’s assessment result (绩效考核结果; action completion:decide over the school): the mean of the ' +
      'assigned experts’ points, with the outcome by the rubric’s thresholds. Every assigned expert must have scored (INVALID_STATE ' +
      'says how many did); refused when the programme has no expert assessment or the result is already confirmed (INVALID_STATE), ' +
      'and once the school closed (CLOSED). Recorded in the history (CONFIRM_ASSESSMENT).',
    authorize: schoolAuthorize('completion:decide'),
    errors: {
      types: completionWriteErrors,
      result: { description: 'The result is confirmed.' },
      dataField: { name: 'completion', description: 'The school’s completion page with its result.' },
    },
    args: { input: t.arg({ type: ConfirmSchoolAssessmentInput, required: true, description: 'The school.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(confirmSchema, args.input);
      const key = keyOf(input);
      const actorId = actingUserId(context);
      await context.db.prisma
        .$transaction(async (tx) => {
          const state = await pairState(tx, key, { teachers: false });
          if (state.rules.completion.expertsPerSchool === 0) throw new InvalidStateError('completionNoExperts');
          if (state.row?.closedAt) throw new ClosedError();
          if (state.row?.assessmentConfirmedAt) throw new InvalidStateError('completionAssessmentConfirmed');
          const assessments = state.row
            ? await tx.schoolExpertAssessment.findMany({
                where: { completionId: state.row.id },
                select: { points: true, scoredAt: true, rubricVersionId: true },
              })
            : [];
          const scored = assessments.filter((a) => a.scoredAt !== null && a.points !== null);
          if (assessments.length === 0 || scored.length < assessments.length)
            throw new InvalidStateError('completionExpertsNotScored', {
              scored: scored.length,
              assigned: assessments.length,
            });
          const row = state.row as NonNullable<CompletionState['row']>;
          const version = await tx.rubricVersion.findUnique({
            where: { id: (scored[0] as (typeof scored)[number]).rubricVersionId },
            select: { passPoints: true, excellentPoints: true },
          });
          if (!version) throw new NotFoundError('RubricVersion');
          const points = aggregatePoints(
            scored.map((a) => a.points as number),
            'MEAN',
          );
          const outcome = outcomeFor(points, version.passPoints, version.excellentPoints);
          const now = new Date();
          const { count } = await tx.schoolCompletion.updateMany({
            where: { id: row.id, assessmentConfirmedAt: null, closedAt: null },
            data: {
              assessmentScore: points,
              assessmentOutcome: outcome,
              assessmentConfirmedAt: now,
              assessmentConfirmedById: actorId,
            },
          });
          if (count !== 1) throw new ConflictError('completionChangedMeanwhile');
          await recordDecision(tx, {
            subjectType: 'SchoolCompletion',
            subjectId: row.id,
            actorId,
            action: 'CONFIRM_ASSESSMENT',
            toState: `${points} (${outcome})`,
            orgPath: state.orgPath,
          });
        })
        .catch(conflictOnDuplicate);
      return reloadCompletion(context, key);
    },
  }),
);
