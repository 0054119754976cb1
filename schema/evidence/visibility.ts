/**
 * Who sees a piece of practice evidence. The author always; once it was first submitted also: the admins over the
 * school (evidence:read), the leader of the teacher's teaching-research group, the district's experts when it was
 * sampled for re-review (evidence:expertReview), the peers it is allocated to (同行评价), and, once published as
 * excellent work, anyone signed in to an organisation of the same province. Everyone else finds it missing.
 */
import { createContextCache } from '@pothos/core';
import type { Context } from '../../api/context.js';
import { registerResource, scopeOf } from '../shared/index.js';

/** The columns the rule reads. */
export const EVIDENCE_VISIBILITY_SELECT = {
  id: true,
  teacherId: true,
  orgPath: true,
  groupPath: true,
  firstSubmittedAt: true,
  sampledAt: true,
  publishedAt: true,
} as const;

export interface VisibleEvidence {
  id: string;
  teacherId: string;
  orgPath: string;
  groupPath: string | null;
  firstSubmittedAt: Date | null;
  sampledAt: Date | null;
  publishedAt: Date | null;
}

/** "/province/" of a materialised path "/province/city/…/". */
export function provinceOf(path: string): string {
  const end = path.indexOf('/', 1);
  return end < 0 ? path : path.slice(0, end + 1);
}

/** The provinces a viewer belongs to through a human role (a sync client reads nothing here). */
export function viewerProvinces(context: Pick<Context, 'viewer'>): string[] {
  return [
    ...new Set(
      context.viewer.assignments
        .filter((assignment) => assignment.role !== 'SYNC_CLIENT')
        .map((assignment) => provinceOf(assignment.orgPath)),
    ),
  ];
}

/** The ids of the evidence allocated to the viewer for peer review (one statement per request). */
export const peerReviewedEvidence = createContextCache(async (context: Context): Promise<Set<string>> => {
  const userId = context.viewer.user?.id;
  if (!userId) return new Set();
  const rows = await context.db.prisma.peerReview.findMany({
    where: { reviewerId: userId },
    select: { evidenceId: true },
  });
  return new Set(rows.map((row) => row.evidenceId));
});

const within = (roots: readonly string[], path: string) => roots.some((root) => path.startsWith(root));

/** Why the viewer sees the evidence (the first reason that holds), or null when they may not. */
export type EvidenceAccess = 'AUTHOR' | 'ADMIN' | 'GROUP_LEADER' | 'EXPERT' | 'PEER' | 'PUBLIC';

/** How the viewer reaches one loaded evidence; null: it is missing for them. */
export async function evidenceAccess(context: Context, evidence: VisibleEvidence): Promise<EvidenceAccess | null> {
  const viewer = context.viewer;
  if (!viewer.user) return null;
  if (evidence.teacherId === viewer.user.id) return 'AUTHOR';
  if (evidence.firstSubmittedAt === null) return null;
  if (within(scopeOf(viewer, 'evidence:read'), evidence.orgPath)) return 'ADMIN';
  if (evidence.groupPath !== null && viewer.holdsOver(['GROUP_LEADER'], evidence.groupPath)) return 'GROUP_LEADER';
  if (evidence.sampledAt !== null && within(scopeOf(viewer, 'evidence:expertReview'), evidence.orgPath))
    return 'EXPERT';
  if ((await peerReviewedEvidence(context)).has(evidence.id)) return 'PEER';
  if (evidence.publishedAt !== null && within(viewerProvinces(context), evidence.orgPath)) return 'PUBLIC';
  return null;
}

/** The same rule as a Prisma filter on Evidence. */
export function evidenceVisibleWhere(context: Pick<Context, 'viewer'>) {
  const viewer = context.viewer;
  const userId = viewer.user?.id;
  if (!userId) return { OR: [{ teacherId: { in: [] as string[] } }] };
  const leaders = viewer.pathsWith(['GROUP_LEADER']);
  const experts = scopeOf(viewer, 'evidence:expertReview');
  const provinces = viewerProvinces(context);
  return {
    OR: [
      { teacherId: userId },
      {
        firstSubmittedAt: { not: null },
        OR: [
          ...viewer.within('orgPath', scopeOf(viewer, 'evidence:read')).OR,
          ...(leaders.length ? viewer.within('groupPath', leaders).OR : []),
          ...(experts.length ? [{ sampledAt: { not: null }, ...viewer.within('orgPath', experts) }] : []),
          { peerReviews: { some: { reviewerId: userId } } },
          ...(provinces.length ? [{ publishedAt: { not: null }, ...viewer.within('orgPath', provinces) }] : []),
        ],
      },
    ],
  };
}

/**
 * An evidence as actions see it: the author owns it; it belongs to the teacher's group (when they had one at
 * submission) and school, so group leaders' and school raters' actions are checked against those.
 */
registerResource('Evidence', async (ids, context) => {
  const rows = await context.db.prisma.evidence.findMany({
    where: { id: { in: [...ids] } },
    select: { ...EVIDENCE_VISIBILITY_SELECT, programmeId: true },
  });
  const entries = await Promise.all(
    rows.map(async (row) => {
      const visible = (await evidenceAccess(context, row)) !== null;
      const paths = row.groupPath ? [row.groupPath, row.orgPath] : [row.orgPath];
      return [row.id, { paths, ownerId: row.teacherId, visible, programmeId: row.programmeId }] as const;
    }),
  );
  return new Map(entries);
});

/** What `authorVisibleTo` reads of an evidence. */
export interface AuthorVisibilityEvidence {
  teacherId: string;
  orgPath: string;
  groupPath: string | null;
  status: string;
}

/** The programme rules `authorVisibleTo` reads (a parsed `ProgrammeRules` fits). */
export interface AuthorVisibilityRules {
  evidence: { blindReview: boolean; peerReview?: { blind: boolean } | undefined };
}

/**
 * Whether the viewer, who reaches the evidence through `access`, sees its author's name. Always: the author, the
 * leader of the teacher's group, district and province admins over the school, and anyone viewing published work.
 * Hidden from peer reviewers when `rules.evidence.peerReview.blind` (blind unless the programme says otherwise), and
 * from the school's raters (school admins) and re-reviewing experts while `rules.evidence.blindReview` holds and the
 * outcome is not settled yet (status other than ASSESSED).
 */
export function authorVisibleTo(
  context: Context,
  evidence: AuthorVisibilityEvidence,
  access: EvidenceAccess | null,
  rules: AuthorVisibilityRules,
): boolean {
  const viewer = context.viewer;
  if (access === null || !viewer.user) return false;
  if (access === 'AUTHOR' || evidence.teacherId === viewer.user.id) return true;
  if (evidence.groupPath !== null && viewer.holdsOver(['GROUP_LEADER'], evidence.groupPath)) return true;
  if (viewer.holdsOver(['DISTRICT_ADMIN', 'PROVINCE_ADMIN'], evidence.orgPath)) return true;
  const blindRaters = rules.evidence.blindReview && evidence.status !== 'ASSESSED';
  switch (access) {
    case 'GROUP_LEADER':
    case 'PUBLIC':
      return true;
    case 'ADMIN':
    case 'EXPERT':
      return !blindRaters;
    case 'PEER':
      return !(rules.evidence.peerReview?.blind ?? true);
    default:
      return false;
  }
}
