/**
 * `evidenceReviewQueue`: the evidence waiting for the viewer at one stage of a programme, oldest submitted first.
 * The rows are filtered with the action table (`scopeOf`), as every list is: GROUP for the groups the viewer leads,
 * SCHOOL for the schools where they assess, EXPERT for the districts where they re-review.
 */
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Evidence } from '../evidence/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { scopeOf } from '../shared/index.js';
import type { ReviewStage } from './rules.js';

export const EvidenceReviewStage = builder.enumType('EvidenceReviewStage', {
  description: 'A stage of the review of evidence.',
  values: {
    GROUP: { description: 'The group leader’s first review: SUBMITTED evidence of the groups the viewer leads.' },
    SCHOOL: {
      description:
        'The school’s rubric assessment: GROUP_REVIEWED evidence (or SUBMITTED where no group review applies) of the schools where the ' +
        'viewer assesses, not yet assessed by the viewer on its current version.',
    },
    EXPERT: {
      description: 'Expert re-review: sampled, ASSESSED evidence of the viewer’s districts they have not re-reviewed.',
    },
  } as const,
});

/** The ids of the programme's evidence waiting for the school that the viewer already assessed on its current version. */
async function assessedByViewer(context: Context, programmeId: string, userId: string): Promise<string[]> {
  const rows = await context.db.prisma.$queryRaw<Array<{ id: string }>>`
    SELECT e.id FROM "Evidence" e
    JOIN "EvidenceReview" r ON r."evidenceId" = e.id AND r.version = e.version
    WHERE e."programmeId" = ${programmeId} AND e.status IN ('SUBMITTED', 'GROUP_REVIEWED')
      AND r.kind = 'ASSESSMENT' AND r."reviewerId" = ${userId}`;
  return rows.map((row) => row.id);
}

/** The filter of the viewer's queue at `stage`; null when the viewer has no part in it (an empty queue). */
async function queueWhere(
  context: Context,
  stage: ReviewStage,
  programmeId: string,
): Promise<Prisma.EvidenceWhereInput | null> {
  const viewer = context.viewer;
  const userId = viewer.user?.id;
  if (!userId) return null;
  const base = { programmeId, teacherId: { not: userId } };
  if (stage === 'EXPERT') {
    const scope = scopeOf(viewer, 'evidence:expertReview');
    if (!scope.length) return null;
    return {
      ...base,
      status: 'ASSESSED',
      sampledAt: { not: null },
      reviews: { none: { kind: 'EXPERT_REVIEW', reviewerId: userId } },
      ...viewer.within('orgPath', scope),
    };
  }
  const programme = await context.db.prisma.programme.findUnique({
    where: { id: programmeId },
    select: { rules: true },
  });
  if (!programme) return null;
  const { groupReview } = parseProgrammeRules(programme.rules).evidence;
  if (stage === 'GROUP') {
    const scope = scopeOf(viewer, 'evidence:groupReview');
    if (!scope.length || !groupReview) return null;
    return { ...base, status: 'SUBMITTED', groupPath: { not: null }, ...viewer.within('groupPath', scope) };
  }
  const scope = scopeOf(viewer, 'evidence:assess');
  if (!scope.length) return null;
  const done = await assessedByViewer(context, programmeId, userId);
  const ready: Prisma.EvidenceWhereInput[] = groupReview
    ? [{ status: 'GROUP_REVIEWED' }, { status: 'SUBMITTED', groupPath: null }]
    : [{ status: { in: ['SUBMITTED', 'GROUP_REVIEWED'] } }];
  return {
    ...base,
    ...(done.length ? { id: { notIn: done } } : {}),
    AND: [{ OR: ready }, viewer.within('orgPath', scope)],
  };
}

builder.queryField('evidenceReviewQueue', (t) =>
  t.prismaConnection({
    type: Evidence,
    cursor: 'id',
    nullable: true,
    description:
      'The evidence waiting for the viewer at one stage of a programme, oldest submitted first (the reviewer’s worklist): GROUP for a ' +
      'group leader (evidence:groupReview), SCHOOL for a school rater (evidence:assess), EXPERT for a district expert ' +
      '(evidence:expertReview). Nobody finds their own work in it. Empty for a viewer with no part in the stage; null when signed out. ' +
      'A page costs the same few statements whatever its size. At most 100 a page.',
    args: {
      stage: t.arg({ type: EvidenceReviewStage, required: true, description: 'The stage.' }),
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
    },
    totalCount: async (_root, args, context) => {
      const where = await queueWhere(context, args.stage, args.programmeId.id);
      return where ? context.db.prisma.evidence.count({ where }) : 0;
    },
    resolve: async (query, _root, args, context) => {
      if (!context.viewer.user) return null as never;
      const where = await queueWhere(context, args.stage, args.programmeId.id);
      return context.db.prisma.evidence.findMany({
        ...query,
        where: where ?? { id: { in: [] } },
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);
