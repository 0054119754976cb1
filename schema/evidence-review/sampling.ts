/**
 * The district's sampling of schools' assessed evidence for expert re-review (区项目办组织学科专家评审): deterministic (by
 * sha256 of the programme and evidence ids), so a re-run takes the next pieces in the same order.
 */
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { builder } from '../builder.js';
import { Evidence } from '../evidence/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  ClosedError,
  closedSchoolPaths,
  decodeIDOrNull,
  isClosedFor,
  NotFoundError,
  parseInput,
  problem,
} from '../shared/index.js';
import { sampleEvidenceErrors } from './errors.js';
import { MAX_SAMPLE_PER_SCHOOL, MAX_SAMPLE_SCHOOLS, pickSample } from './rules.js';

const SampleEvidenceInput = builder.inputType('SampleEvidenceForExpertReviewInput', {
  description: 'Schools of the programme’s district and how many of each one’s assessed pieces to sample.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolIds: t.idList({
      required: true,
      description: `Schools (Organisation IDs of kind SCHOOL) of the programme’s district: 1 to ${MAX_SAMPLE_SCHOOLS}.`,
    }),
    perSchool: t.int({
      required: true,
      description: `Pieces to add to each school’s sample: 1 to ${MAX_SAMPLE_PER_SCHOOL}.`,
    }),
  }),
});

const sampleSchema = z.object({
  programmeId: z.object({ id: z.string() }),
  schoolIds: z
    .array(z.string())
    .min(1)
    .max(MAX_SAMPLE_SCHOOLS)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'VALIDATION.repeats' }),
  perSchool: z.int().min(1).max(MAX_SAMPLE_PER_SCHOOL),
});

builder.mutationField('sampleEvidenceForExpertReview', (t) =>
  t.prismaField({
    type: [Evidence],
    description:
      'The district samples schools’ ASSESSED evidence for expert re-review (action evidence:sample over the programme): up to ' +
      '`perSchool` pieces of each school not sampled yet, chosen deterministically (by sha256 of the programme and evidence ids), are ' +
      'marked `sampled` and appear in the experts’ EXPERT queue. A school outside the programme’s district is a ValidationError at its ' +
      'position; nothing is sampled then. Recorded in each piece’s history (SAMPLE). Returns the pieces sampled now.',
    authorize: {
      action: 'evidence:sample',
      resource: (_root, args) => ({ kind: 'Programme', id: args.input.programmeId.id }),
    },
    errors: {
      types: sampleEvidenceErrors,
      result: { description: 'The sample is taken.' },
      dataField: {
        name: 'evidence',
        description: 'The pieces sampled now (none when every assessed piece is sampled).',
      },
    },
    args: { input: t.arg({ type: SampleEvidenceInput, required: true, description: 'Schools and sample size.' }) },
    resolve: async (query, _root, args, context) => {
      const prisma = context.db.prisma;
      // The object is the programme, so the closing guard passes it: a school named here that closed (结项) in the
      // programme refuses the whole sample (its evidence no longer changes).
      const closed = await closedSchoolPaths(context, args.input.programmeId.id);
      if (closed.length > 0) {
        const named = args.input.schoolIds.map((id) => decodeIDOrNull('Organisation', String(id)));
        const paths = await prisma.organisation.findMany({
          where: { id: { in: named.filter((id): id is string => id !== null) } },
          select: { path: true },
        });
        if (paths.some((school) => isClosedFor([school.path], closed))) throw new ClosedError();
      }
      const input = parseInput(sampleSchema, args.input);
      const actorId = actingUserId(context);
      const programmeId = input.programmeId.id;
      const programme = await prisma.programme.findUnique({ where: { id: programmeId }, select: { orgPath: true } });
      if (!programme) throw new NotFoundError('Programme');
      const schoolIds = input.schoolIds.map((id) => decodeIDOrNull('Organisation', id));
      const schools = await prisma.organisation.findMany({
        where: { id: { in: schoolIds.filter((id): id is string => id !== null) }, kind: 'SCHOOL' },
        select: { id: true, path: true },
      });
      const pathOf = new Map(schools.map((school) => [school.id, school.path]));
      const outside = schoolIds.flatMap((id, index) => {
        const path = id ? pathOf.get(id) : undefined;
        return path?.startsWith(programme.orgPath) ? [] : [index];
      });
      if (outside.length)
        throw new InputValidationError({
          issues: outside.map((index) => problem(['input', 'schoolIds', index], 'VALIDATION.evidenceSchoolOutside')),
        });
      const sampledIds = await prisma.$transaction(async (tx) => {
        const candidates = await tx.evidence.findMany({
          where: {
            programmeId,
            status: 'ASSESSED',
            sampledAt: null,
            enrolment: { schoolId: { in: [...pathOf.keys()] } },
          },
          select: { id: true, orgPath: true, sampledAt: true, enrolment: { select: { schoolId: true } } },
        });
        const now = new Date();
        const picked = [...pathOf.keys()].flatMap((schoolId) =>
          pickSample(
            programmeId,
            candidates
              .filter((piece) => piece.enrolment.schoolId === schoolId)
              .map((piece) => ({ ...piece, sampled: piece.sampledAt !== null })),
            input.perSchool,
          ),
        );
        if (!picked.length) return [];
        await tx.evidence.updateMany({
          where: { id: { in: picked.map((piece) => piece.id) }, sampledAt: null, status: 'ASSESSED' },
          data: { sampledAt: now },
        });
        // The history entries of every sampled piece in one statement (recordDecision writes one at a time).
        await tx.decision.createMany({
          data: picked.map((piece) => ({
            subjectType: 'Evidence',
            subjectId: piece.id,
            actorId,
            action: 'SAMPLE',
            fromState: 'ASSESSED',
            toState: 'ASSESSED',
            comment: 'sampled for expert re-review',
            orgPath: piece.orgPath,
          })),
        });
        return picked.map((piece) => piece.id);
      });
      return prisma.evidence.findMany({
        ...query,
        where: { id: { in: sampledIds } },
        orderBy: [{ orgPath: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);
