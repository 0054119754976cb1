/**
 * The PeerReview type (同行评价) and who sees one: the reviewer (their peer-review page), the evidence's author (the
 * reviews they received), and the admins over either school (evidence:read). Names are hidden across when the
 * programme's peer review is blind: the reviewer does not see the author's, the author not the reviewer's.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { authorVisibleTo, EVIDENCE_VISIBILITY_SELECT, evidenceAccess } from '../evidence/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { registerResource, scopeOf } from '../shared/index.js';
import { nameHidden, peerReviewsComplete } from './rules.js';

/** What the type-level check reads besides the row itself. */
export const PEER_REVIEW_INCLUDE = { evidence: { select: { teacherId: true, orgPath: true } } } as const;

interface VisiblePeerReview {
  reviewerId: string;
  /** The reviewer's school. */
  orgPath: string;
  evidence: { teacherId: string; orgPath: string };
}

const within = (roots: readonly string[], path: string) => roots.some((root) => path.startsWith(root));

/** True when the viewer is an admin over the school at `path` (evidence:read). */
const adminOver = (context: Context, path: string) => within(scopeOf(context.viewer, 'evidence:read'), path);

/** The reviewer, the evidence's author, and the admins over the reviewer's or the evidence's school. */
export function canSeePeerReview(context: Context, review: VisiblePeerReview): boolean {
  const userId = context.viewer.user?.id;
  if (!userId) return false;
  return (
    review.reviewerId === userId ||
    review.evidence.teacherId === userId ||
    adminOver(context, review.orgPath) ||
    adminOver(context, review.evidence.orgPath)
  );
}

/** The same rule as a Prisma filter on PeerReview. */
export function peerReviewVisibleWhere(context: Context) {
  const userId = context.viewer.user?.id;
  if (!userId) return { OR: [{ id: { in: [] as string[] } }] };
  const admins = scopeOf(context.viewer, 'evidence:read');
  return {
    OR: [
      { reviewerId: userId },
      { evidence: { teacherId: userId } },
      ...(admins.length
        ? [context.viewer.within('orgPath', admins), { evidence: context.viewer.within('orgPath', admins) }]
        : []),
    ],
  };
}

/** The programme's peer-review rules as a row's `reviewerEnrolment.programme.rules` carries them. */
const peerRulesOf = (row: { reviewerEnrolment: { programme: { rules: unknown } } }) =>
  parseProgrammeRules(row.reviewerEnrolment.programme.rules).evidence.peerReview;

const RULES_SELECT = { reviewerEnrolment: { select: { programme: { select: { rules: true } } } } } as const;

export const PeerReview = builder.prismaNode('PeerReview', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A peer review (同行评价): another teacher’s evidence of the same competency allocated to a teacher, who watches it and rates and ' +
    'comments on it once (final). Seen by the reviewer, the evidence’s author and the admins over either school. When the programme’s ' +
    'peer review is blind, the reviewer does not see the author’s name and the author not the reviewer’s.',
  include: PEER_REVIEW_INCLUDE,
  findUnique: (id, context) => ({ id, ...peerReviewVisibleWhere(context) }),
  authScopes: (review, context) => canSeePeerReview(context, review),
  fields: (t) => ({
    evidence: t.relation('evidence', {
      nullable: true,
      description:
        'The evidence to review (its competency, versions and artefacts). Null for a viewer who may not see it (an admin of the ' +
        'reviewer’s school, for a piece of another school).',
    }),
    authorName: t.string({
      nullable: true,
      description:
        'Display name of the evidence’s author; null when hidden from the viewer: from the reviewer when the programme’s peer review is ' +
        'blind (`rules.evidence.peerReview.blind`), and as `Evidence.authorName` hides it from others (blind assessment).',
      select: {
        evidence: {
          select: { ...EVIDENCE_VISIBILITY_SELECT, status: true, teacher: { select: { displayName: true } } },
        },
        ...RULES_SELECT,
      },
      resolve: async (review, _args, context) => {
        const { evidence } = review;
        const access = await evidenceAccess(context, evidence);
        const rules = parseProgrammeRules(review.reviewerEnrolment.programme.rules);
        return authorVisibleTo(context, evidence, access, rules) ? evidence.teacher.displayName : null;
      },
    }),
    reviewerName: t.string({
      nullable: true,
      description:
        'Display name of the reviewer; null for the evidence’s author when the programme’s peer review is blind.',
      select: {
        orgPath: true,
        evidence: { select: { teacherId: true } },
        reviewer: { select: { displayName: true } },
        ...RULES_SELECT,
      },
      resolve: (review, _args, context) => {
        const viewerIsAuthor =
          review.evidence.teacherId === context.viewer.user?.id && !adminOver(context, review.orgPath);
        return nameHidden(peerRulesOf(review)?.blind ?? true, viewerIsAuthor) ? null : review.reviewer.displayName;
      },
    }),
    maxRating: t.int({
      nullable: true,
      description:
        'The highest rating of the programme’s scale (`rules.evidence.peerReview.maxRating`): rate 1 to this. Null when the programme ' +
        'no longer has peer review.',
      select: RULES_SELECT,
      resolve: (review) => peerRulesOf(review)?.maxRating ?? null,
    }),
    rating: t.exposeInt('rating', {
      nullable: true,
      description: 'The rating given, 1 to maxRating; null until completed.',
    }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'The reviewer’s comment; null until completed.',
    }),
    completed: t.boolean({
      description: 'True once the reviewer rated and commented on it (final).',
      select: { completedAt: true },
      resolve: (review) => review.completedAt !== null,
    }),
    completedAt: t.expose('completedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the reviewer completed it; null while it is to do.',
    }),
    allocatedAt: t.expose('allocatedAt', { type: 'DateTime', description: 'When it was allocated.' }),
  }),
});

/** A peer review as actions see it: the reviewer owns it; it belongs to the reviewer's school and the evidence's. */
registerResource('PeerReview', async (ids, context) => {
  const rows = await context.db.prisma.peerReview.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, reviewerId: true, orgPath: true, programmeId: true, ...PEER_REVIEW_INCLUDE },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.orgPath, row.evidence.orgPath],
        ownerId: row.reviewerId,
        visible: canSeePeerReview(context, row),
        // Closed when either school (the reviewer's, the evidence's) closed in the programme.
        programmeId: row.programmeId,
      },
    ]),
  );
});

/** A teacher's own peer reviews in their programme. */
export interface PeerReviewProgressShape {
  /** The programme has peer review. */
  enabled: boolean;
  /** Offline hours count only once they are done (`requiredForOfflineHours`). */
  required: boolean;
  allocated: number;
  completed: number;
  done: boolean;
}

type Queryable = Pick<PrismaClient, '$queryRaw'> | Pick<Transaction, '$queryRaw'>;

/**
 * The peer-review progress of each enrolment asked about (those that exist), in one statement: the pieces allocated to
 * the teacher, how many they completed, and whether they are done (all completed and at least one allocated; always
 * done when the programme has no peer review).
 */
export async function loadPeerReviewProgress(
  db: Queryable,
  enrolmentIds: readonly string[],
): Promise<Map<string, PeerReviewProgressShape>> {
  if (enrolmentIds.length === 0) return new Map();
  const rows = await (db as Pick<PrismaClient, '$queryRaw'>).$queryRaw<
    Array<{ id: string; rules: unknown; allocated: number; completed: number }>
  >`
    SELECT e.id, p.rules,
           count(r.id)::int AS allocated,
           count(r."completedAt")::int AS completed
      FROM "Enrolment" e
      JOIN "Programme" p ON p.id = e."programmeId"
      LEFT JOIN "PeerReview" r ON r."reviewerEnrolmentId" = e.id
     WHERE e.id = ANY(${[...enrolmentIds]}::text[])
     GROUP BY e.id, p.id`;
  return new Map(
    rows.map((row) => {
      const rules = parseProgrammeRules(row.rules).evidence.peerReview;
      const progress = { enabled: rules !== undefined, allocated: row.allocated, completed: row.completed };
      return [
        row.id,
        { ...progress, required: rules?.requiredForOfflineHours ?? false, done: peerReviewsComplete(progress) },
      ];
    }),
  );
}

/**
 * Whether each teacher's own peer reviews are done, by enrolment id, in one statement: every piece allocated to them
 * completed and at least one allocated; true in a programme without peer review. For the credit-hours ledger, which
 * counts offline hours only once this is true where the programme sets `rules.evidence.peerReview.requiredForOfflineHours`.
 * `db` is a Prisma client or a transaction. Unknown enrolments are left out of the map.
 */
export async function peerReviewsDone(db: Queryable, enrolmentIds: readonly string[]): Promise<Map<string, boolean>> {
  const progress = await loadPeerReviewProgress(db, enrolmentIds);
  return new Map([...progress].map(([id, row]) => [id, row.done]));
}

/** The progress of a page of enrolments: one statement per request. */
const progressLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, PeerReviewProgressShape | null>(async (ids) => {
      const found = await loadPeerReviewProgress(context.db.prisma, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
);

const PeerReviewProgress = builder.objectRef<PeerReviewProgressShape>('PeerReviewProgress').implement({
  description:
    'A teacher’s own peer reviews (同行评价) in their programme: how many pieces are allocated to them and how many they completed. ' +
    'Where the programme says so (`requiredForOfflineHours`), their offline hours count only once they are done.',
  fields: (t) => ({
    enabled: t.exposeBoolean('enabled', {
      description: 'True when the programme has peer review (`rules.evidence.peerReview`).',
    }),
    requiredForOfflineHours: t.exposeBoolean('required', {
      description: 'True when offline hours count only once the teacher’s peer reviews are done.',
    }),
    allocated: t.exposeInt('allocated', { description: 'Pieces allocated to the teacher to review.' }),
    completed: t.exposeInt('completed', { description: 'Of those, the ones the teacher completed.' }),
    remaining: t.int({
      description: 'Pieces still to review: allocated − completed.',
      resolve: (progress) => Math.max(0, progress.allocated - progress.completed),
    }),
    done: t.exposeBoolean('done', {
      description:
        'True when every allocated piece is completed and at least one was allocated; always true when the programme has no peer review.',
    }),
  }),
});

/** The teacher's own records and the admins over their school (evidence:read). */
const enrolmentReaders = (enrolment: { orgPath: string; teacherId: string }) => ({
  paths: [enrolment.orgPath],
  ownerId: enrolment.teacherId,
});

builder.prismaObjectFields('Enrolment', (t) => ({
  peerReviews: t.relatedConnection('peerReviewsGiven', {
    cursor: 'id',
    totalCount: true,
    nullable: true,
    description:
      'The teacher’s peer-review page (同行评价): other teachers’ evidence allocated to them to watch, rate and comment on, with their ' +
      'rating and comment, in allocation order; `completed` filters. For the teacher and the admins over their school (action ' +
      'evidence:read); null for anyone else. Read in one statement for the page. At most 100 a page.',
    authorize: { action: 'evidence:read', resource: enrolmentReaders },
    args: {
      completed: t.arg.boolean({
        required: false,
        description: 'True: only completed reviews; false: only those still to do; absent: all.',
      }),
    },
    query: (args) => ({
      where: typeof args.completed === 'boolean' ? { completedAt: args.completed ? { not: null } : null } : {},
      orderBy: [{ allocatedAt: 'asc' }, { id: 'asc' }],
    }),
  }),
  peerReviewProgress: t.field({
    type: PeerReviewProgress,
    nullable: true,
    description:
      'How far the teacher is with their own peer reviews (allocated, completed, done). For the teacher and the admins over their school ' +
      '(action evidence:read); null for anyone else. One statement for a page of enrolments.',
    authorize: { action: 'evidence:read', resource: enrolmentReaders },
    resolve: (enrolment, _args, context) => progressLoader(context).load(enrolment.id),
  }),
}));

builder.prismaObjectFields('Evidence', (t) => ({
  peerReviews: t.relatedConnection('peerReviews', {
    cursor: 'id',
    totalCount: true,
    nullable: true,
    description:
      'The peer reviews this evidence received (同行评价), in allocation order; `completed` filters. For its author and the admins over ' +
      'the school (action evidence:read); null for anyone else, peers included. The reviewers’ names are hidden from the author when the ' +
      'programme’s peer review is blind. At most 100 a page.',
    authorize: {
      action: 'evidence:read',
      resource: (evidence) => ({ paths: [evidence.orgPath], ownerId: evidence.teacherId }),
    },
    args: {
      completed: t.arg.boolean({
        required: false,
        description: 'True: only completed reviews; false: only those still to do; absent: all.',
      }),
    },
    query: (args) => ({
      where: typeof args.completed === 'boolean' ? { completedAt: args.completed ? { not: null } : null } : {},
      orderBy: [{ allocatedAt: 'asc' }, { id: 'asc' }],
    }),
  }),
}));
