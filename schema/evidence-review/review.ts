/**
 * Reads of the review trail: `EvidenceReview` (a group leader's review, a rater's rubric assessment or an expert's
 * re-review, never changed once written) and the fields this module adds to `Evidence`: `reviews` (filtered by the
 * blind-review rules), `rubricVersionUsed`, `expertOutcome` and `expertAgrees`.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import {
  EvidenceReviewKind as EvidenceReviewKindValues,
  GroupReviewDecision as GroupReviewDecisionValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { EvidenceOutcome, evidenceAccess, type VisibleEvidence } from '../evidence/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { Rubric, RubricVersion } from '../rubrics/index.js';
import {
  type EvidenceOutcomeValue,
  type EvidenceStatusValue,
  expertAgrees,
  type ReviewKindValue,
  reviewShown,
} from './rules.js';

export const EvidenceReviewKind = builder.enumType(EvidenceReviewKindValues, {
  name: 'EvidenceReviewKind',
  description:
    'GROUP_REVIEW: the group leader’s first review; ASSESSMENT: a school rater’s rubric assessment; EXPERT_REVIEW: a district ' +
    'expert’s re-review of sampled evidence.',
});

export const GroupReviewDecision = builder.enumType(GroupReviewDecisionValues, {
  name: 'GroupReviewDecision',
  description:
    'The group leader’s decision: PASS_ON to the school, RECOMMEND_EXCELLENT (pass on, recommended as excellent), or RETURN for rework.',
});

/** The blind-review flag of each programme asked about: one statement per request. */
export const blindReviewOf = createContextCache(
  (context: Context) =>
    new DataLoader<string, boolean>(async (programmeIds) => {
      const rows = await context.db.prisma.programme.findMany({
        where: { id: { in: [...programmeIds] } },
        select: { id: true, rules: true },
      });
      const blind = new Map(rows.map((row) => [row.id, parseProgrammeRules(row.rules).evidence.blindReview]));
      return programmeIds.map((id) => blind.get(id) ?? false);
    }),
);

interface LevelChoice {
  criterion: string;
  level: string;
}

const EvidenceReviewLevel = builder.objectRef<LevelChoice>('EvidenceReviewLevel').implement({
  description: 'The level a rater chose for one criterion of the rubric.',
  fields: (t) => ({
    criterion: t.exposeString('criterion', { description: 'The criterion’s key.' }),
    level: t.exposeString('level', { description: 'The chosen level’s key.' }),
  }),
});

/** `{ criterion: level }` as a list, in the rubric's order of criteria (JSON objects keep no order of their own). */
export function levelList(levels: unknown, criteria?: unknown): LevelChoice[] {
  if (!levels || typeof levels !== 'object' || Array.isArray(levels)) return [];
  const order = Array.isArray(criteria)
    ? criteria.map((criterion) => (criterion as { key?: unknown }).key).filter((key) => typeof key === 'string')
    : [];
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return Object.entries(levels as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([criterion, level]) => ({ criterion, level }))
    .sort((a, b) => rank(a.criterion) - rank(b.criterion) || a.criterion.localeCompare(b.criterion));
}

/** The flag the `reviews` field sets on each row it returns: false hides the reviewer's name. */
const NAMED = Symbol('named');
type Flagged = { [NAMED]?: boolean };

export const EvidenceReview = builder.prismaObject('EvidenceReview', {
  description:
    'One decision on one version of an evidence: the group leader’s review, a school rater’s rubric assessment (the rubric version, the ' +
    'level chosen per criterion, points and outcome), or a district expert’s re-review. Never changed once written.',
  select: { id: true, reviewerId: true, kind: true, version: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The review’s id.' }),
    kind: t.expose('kind', { type: EvidenceReviewKind, description: 'Which review it is.' }),
    version: t.exposeInt('version', { description: 'The evidence version it decided on.' }),
    decision: t.expose('decision', {
      type: GroupReviewDecision,
      nullable: true,
      description: 'The group leader’s decision (GROUP_REVIEW only).',
    }),
    reviewerName: t.string({
      nullable: true,
      description:
        'Display name of the reviewer; null where blind review hides it (the author does not see the raters’ or experts’ names under ' +
        '`rules.evidence.blindReview`).',
      select: { reviewer: { select: { displayName: true } } },
      resolve: (review) => ((review as Flagged)[NAMED] === false ? null : review.reviewer.displayName),
    }),
    rubricVersion: t.relation('rubricVersion', {
      nullable: true,
      description: 'The rubric version the rater scored with (ASSESSMENT only): kept even after the rubric changes.',
    }),
    rubric: t.field({
      type: Rubric,
      nullable: true,
      description: 'The rubric of `rubricVersion` (ASSESSMENT only).',
      select: (_args, _context, nestedSelection) => ({
        rubricVersion: { select: { rubric: nestedSelection(true) } },
      }),
      resolve: (review) => review.rubricVersion?.rubric ?? null,
    }),
    levels: t.field({
      type: [EvidenceReviewLevel],
      description: 'The level chosen per criterion (ASSESSMENT only; empty otherwise).',
      select: { levels: true, rubricVersion: { select: { criteria: true } } },
      resolve: (review) => levelList(review.levels, review.rubricVersion?.criteria),
    }),
    points: t.exposeFloat('points', { nullable: true, description: 'The rater’s rubric points (ASSESSMENT only).' }),
    outcome: t.expose('outcome', {
      type: EvidenceOutcome,
      nullable: true,
      description: 'The rater’s outcome by the rubric’s thresholds, or the expert’s outcome (EXPERT_REVIEW).',
    }),
    comment: t.exposeString('comment', { nullable: true, description: 'The reviewer’s comment.' }),
    at: t.expose('createdAt', { type: 'DateTime', description: 'When it was decided.' }),
  }),
});

type EvidenceForReviews = VisibleEvidence & {
  status: EvidenceStatusValue;
  version: number;
  programmeId: string;
  reviews: Array<{ reviewerId: string; kind: ReviewKindValue; version: number }>;
};

builder.prismaObjectFields('Evidence', (t) => ({
  reviews: t.field({
    type: [EvidenceReview],
    description:
      'Every review of every version, oldest first: the group leader’s, the raters’ assessments and the experts’ re-reviews. Peers and ' +
      'viewers of published work see none. An assessment of the current version is hidden from the author until the outcome is settled, ' +
      'and under `rules.evidence.blindReview` also from the other raters; the author then sees no rater’s name either.',
    select: (_args, _context, nestedSelection) => ({
      status: true,
      version: true,
      programmeId: true,
      reviews: nestedSelection({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    }),
    resolve: async (evidence, _args, context) => {
      const row = evidence as unknown as EvidenceForReviews;
      const access = await evidenceAccess(context, row);
      if (access === null || row.reviews.length === 0) return [];
      const blind = await blindReviewOf(context).load(row.programmeId);
      const viewerId = context.viewer.user?.id ?? null;
      return evidence.reviews.flatMap((review) => {
        const shown = reviewShown(review, row, access, viewerId, blind);
        return shown.visible ? [Object.assign(review, { [NAMED]: shown.named })] : [];
      });
    },
  }),
  rubricVersionUsed: t.field({
    type: RubricVersion,
    nullable: true,
    description:
      'The rubric version the current version was assessed with (the latest rater’s); null before any assessment of it is visible.',
    select: (_args, _context, nestedSelection) => ({
      version: true,
      status: true,
      reviews: {
        where: { kind: 'ASSESSMENT' as const },
        orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
        select: { version: true, rubricVersion: nestedSelection(true) },
      },
    }),
    resolve: (evidence) =>
      evidence.reviews.find((review) => review.version === evidence.version)?.rubricVersion ?? null,
  }),
  expertOutcome: t.field({
    type: EvidenceOutcome,
    nullable: true,
    description:
      'The district expert’s outcome on re-review (the latest, when several re-reviewed it); null until re-reviewed. The school’s ' +
      '`outcome` is never changed by it.',
    select: {
      reviews: {
        where: { kind: 'EXPERT_REVIEW' as const },
        orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
        take: 1,
        select: { outcome: true },
      },
    },
    resolve: (evidence) => (evidence.reviews[0]?.outcome as EvidenceOutcomeValue | null | undefined) ?? null,
  }),
  expertAgrees: t.boolean({
    nullable: true,
    description: 'True when the expert’s outcome equals the school’s, false when not; null until re-reviewed.',
    select: {
      outcome: true,
      reviews: {
        where: { kind: 'EXPERT_REVIEW' as const },
        orderBy: [{ createdAt: 'desc' as const }, { id: 'desc' as const }],
        take: 1,
        select: { outcome: true },
      },
    },
    resolve: (evidence) => expertAgrees(evidence.outcome, evidence.reviews[0]?.outcome ?? null),
  }),
}));
