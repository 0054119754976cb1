/**
 * Allocating peer reviews (同行评价): per competency of a programme, the teachers who submitted evidence of it review
 * each other's (schema/peer-review/rules.ts). Re-runnable: a re-run only folds in late submitters. One allocation of a
 * programme at a time, across API instances (a transaction-scoped advisory lock on the programme).
 */
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { closedSchoolPaths, InvalidStateError, isClosedFor, NotFoundError } from '../shared/index.js';
import { allocatePeerReviewsErrors } from './errors.js';
import { allocatePeerReviews, type PeerAllocation, peerReviewOpen } from './rules.js';

/** Waits for another allocation of the same programme to finish (a district-wide one reads and writes thousands of rows). */
const ALLOCATION_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 60_000 } as const;

/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters. */
const INSERT_CHUNK = 2000;

const CATALOGUE_CHECK = {
  catalogue: { select: { status: true, ownerOrganisation: { select: { path: true } } } },
} as const;

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

interface PoolShape {
  competency: unknown;
  pieces: number;
  reviewers: number;
  allocated: number;
}

interface AllocationShape {
  allocated: number;
  pools: PoolShape[];
}

const PeerReviewPool = builder.objectRef<PoolShape>('PeerReviewPool').implement({
  description:
    'One competency’s pool of an allocation: its submitted pieces, the teachers who review them (their authors) and the reviews allocated now.',
  fields: (t) => ({
    competency: t.field({
      type: Competency,
      description: 'The competency: teachers review others’ evidence of it.',
      resolve: (pool) => pool.competency as never,
    }),
    pieces: t.exposeInt('pieces', { description: 'Submitted pieces of evidence of the competency in the pool.' }),
    reviewers: t.exposeInt('reviewers', {
      description: 'Teachers who review them: those who submitted evidence of it.',
    }),
    allocated: t.exposeInt('allocated', { description: 'Reviews allocated by this run (0 when nothing was new).' }),
  }),
});

const AllocatePeerReviewsPayload = builder.objectRef<AllocationShape>('AllocatePeerReviewsPayload').implement({
  description: 'The peer reviews are allocated.',
  fields: (t) => ({
    allocated: t.exposeInt('allocated', { description: 'Reviews allocated by this run, over every competency.' }),
    pools: t.field({
      type: [PeerReviewPool],
      description: 'Each competency with submitted evidence in the pool, in catalogue order.',
      resolve: (result) => result.pools,
    }),
  }),
});

const AllocatePeerReviewsInput = builder.inputType('AllocatePeerReviewsInput', {
  description:
    'The programme whose peer reviews to allocate, and the pool: one school’s teachers, or (for the district, without a school) every teacher of the programme.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'A programme with peer review.' }),
    schoolId: t.globalID({
      required: false,
      for: Organisation,
      description:
        'A school of the programme’s district: its teachers review each other. Required for a school admin; a district admin may leave it out ' +
        'to allocate across the whole district.',
    }),
  }),
});

builder.mutationField('allocatePeerReviews', (t) =>
  t.field({
    type: AllocatePeerReviewsPayload,
    description:
      'Allocates peer reviews (同行评价, action peerReview:allocate): per competency of the programme, each teacher who submitted evidence of it ' +
      '(`firstSubmittedAt` set) gets N other teachers’ pieces of that competency and each piece about N reviews (N = ' +
      '`rules.evidence.peerReview.reviewsPerPiece`); never their own, never twice the same piece; deterministic. Re-run it when late ' +
      'submitters arrive: earlier allocations, finished or not, are kept as they are and only the late ones are folded in (re-running with ' +
      'nothing new allocates 0). A school admin names their school (the pool is its teachers); a district admin names a school or none (the ' +
      'pool is the programme’s whole district). INVALID_STATE when the programme has no peer review or is not published or running. Two ' +
      'allocations of one programme never run at once, even on two API instances.',
    authorize: {
      action: 'peerReview:allocate',
      resource: (_root, args) =>
        args.input.schoolId
          ? { kind: 'School', id: args.input.schoolId.id }
          : { kind: 'Programme', id: args.input.programmeId.id },
    },
    errors: { types: allocatePeerReviewsErrors, directResult: true },
    args: {
      input: t.arg({ type: AllocatePeerReviewsInput, required: true, description: 'The programme and the pool.' }),
    },
    resolve: async (_root, args, context) => {
      const prisma = context.db.prisma;
      const programmeId = args.input.programmeId.id;
      const programme = await prisma.programme.findUnique({
        where: { id: programmeId },
        select: { orgPath: true, status: true, rules: true },
      });
      if (!programme || !context.viewer.isOnLine(programme.orgPath)) throw new NotFoundError('Programme');
      let pool = programme.orgPath;
      if (args.input.schoolId) {
        const school = await prisma.organisation.findUnique({
          where: { id: args.input.schoolId.id },
          select: { path: true },
        });
        if (!school) throw new NotFoundError('School');
        if (!school.path.startsWith(programme.orgPath)) throw new InvalidStateError('peerReviewSchoolOutside');
        pool = school.path;
      }
      const rules = parseProgrammeRules(programme.rules).evidence.peerReview;
      if (!rules) throw new InvalidStateError('peerReviewNotInProgramme');
      if (!peerReviewOpen(programme.status))
        throw new InvalidStateError('peerReviewProgrammeNotOpen', { status: programme.status });

      // Schools closed (结项) in the programme take no part: their records no longer change.
      const closed = await closedSchoolPaths(context, programmeId);
      const counted = await prisma.$transaction(async (tx) => {
        // One allocation of the programme at a time: a second one waits here and then sees the first one's rows.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`peer-review:${programmeId}`}::text))`;
        const pieces = (
          await tx.evidence.findMany({
            where: { programmeId, firstSubmittedAt: { not: null }, orgPath: { startsWith: pool } },
            select: { id: true, teacherId: true, enrolmentId: true, competencyId: true, orgPath: true },
            orderBy: { id: 'asc' },
          })
        ).filter((piece) => !isClosedFor([piece.orgPath], closed));
        if (pieces.length === 0) return [];
        const existing = await tx.peerReview.findMany({
          where: { programmeId, competencyId: { in: [...new Set(pieces.map((piece) => piece.competencyId))] } },
          select: { evidenceId: true, reviewerId: true, competencyId: true },
        });
        const byCompetency = groupBy(pieces, (piece) => piece.competencyId);
        const existingBy = groupBy(existing, (pair) => pair.competencyId);
        const rows: Array<PeerAllocation & { competencyId: string; orgPath: string }> = [];
        const pools = [...byCompetency].map(([competencyId, ofCompetency]) => {
          // The reviewers are the authors; a reviewer's school is the one of their evidence.
          const schoolOf = new Map(ofCompetency.map((piece) => [piece.teacherId, piece.orgPath]));
          const reviewers = ofCompetency.map((piece) => ({ userId: piece.teacherId, enrolmentId: piece.enrolmentId }));
          const made = allocatePeerReviews({
            pieces: ofCompetency.map((piece) => ({ evidenceId: piece.id, authorId: piece.teacherId })),
            reviewers,
            existing: existingBy.get(competencyId) ?? [],
            n: rules.reviewsPerPiece,
          });
          for (const allocation of made)
            rows.push({ ...allocation, competencyId, orgPath: schoolOf.get(allocation.reviewerId) ?? pool });
          return {
            competencyId,
            pieces: ofCompetency.length,
            reviewers: new Set(reviewers.map((r) => r.userId)).size,
            allocated: made.length,
          };
        });
        const allocatedAt = new Date();
        for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
          await tx.peerReview.createMany({
            data: rows.slice(start, start + INSERT_CHUNK).map((row) => ({
              evidenceId: row.evidenceId,
              programmeId,
              competencyId: row.competencyId,
              reviewerId: row.reviewerId,
              reviewerEnrolmentId: row.enrolmentId,
              orgPath: row.orgPath,
              allocatedAt,
            })),
          });
        }
        return pools;
      }, ALLOCATION_TRANSACTION_OPTIONS);

      const competencies = await prisma.competency.findMany({
        where: { id: { in: counted.map((pool) => pool.competencyId) } },
        include: CATALOGUE_CHECK,
      });
      const ordered = [...competencies].sort((a, b) => a.position - b.position || a.code.localeCompare(b.code));
      const byId = new Map(counted.map((pool) => [pool.competencyId, pool]));
      const pools = ordered.flatMap((competency) => {
        const pool = byId.get(competency.id);
        return pool ? [{ competency, pieces: pool.pieces, reviewers: pool.reviewers, allocated: pool.allocated }] : [];
      });
      return { allocated: counted.reduce((sum, pool) => sum + pool.allocated, 0), pools };
    },
  }),
);
