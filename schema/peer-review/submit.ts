/** A teacher rates and comments on a piece allocated to them for peer review (同行评价): once, and final. */
import { z } from 'zod';
import { builder } from '../builder.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { submitPeerReviewErrors } from './errors.js';
import { PEER_REVIEW_INCLUDE, PeerReview } from './peer-review.js';
import { MAX_PEER_COMMENT_LENGTH, peerReviewOpen, ratingInRange } from './rules.js';

const SubmitPeerReviewInput = builder.inputType('SubmitPeerReviewInput', {
  description: 'The reviewer’s rating and comment on a piece allocated to them.',
  fields: (t) => ({
    peerReviewId: t.globalID({
      required: true,
      for: PeerReview,
      description: 'A peer review allocated to the viewer and not completed yet.',
    }),
    rating: t.int({
      required: true,
      description: 'A whole number from 1 to the programme’s maxRating (`PeerReview.maxRating`, default 5).',
    }),
    comment: t.string({
      required: true,
      description: `What the reviewer thinks of the piece: 1 to ${MAX_PEER_COMMENT_LENGTH} characters (trimmed).`,
    }),
  }),
});

const submitSchema = z.object({
  peerReviewId: globalIdSchema,
  rating: z.int(),
  comment: z.string().trim().min(1).max(MAX_PEER_COMMENT_LENGTH),
});

builder.mutationField('submitPeerReview', (t) =>
  t.prismaField({
    type: PeerReview,
    description:
      'The reviewer rates (1 to `rules.evidence.peerReview.maxRating`) and comments on a piece allocated to them (action peerReview:make): ' +
      'the review is completed, and final (a second submit is INVALID_STATE). Bad input is a ValidationError and changes nothing. Only ' +
      'while the programme is published or running (INVALID_STATE).',
    authorize: {
      action: 'peerReview:make',
      resource: (_root, args) => ({ kind: 'PeerReview', id: args.input.peerReviewId.id }),
    },
    errors: {
      types: submitPeerReviewErrors,
      result: { description: 'The peer review is completed.' },
      dataField: { name: 'peerReview', description: 'The completed peer review.' },
    },
    args: { input: t.arg({ type: SubmitPeerReviewInput, required: true, description: 'The rating and comment.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(submitSchema, args.input);
      const prisma = context.db.prisma;
      const id = input.peerReviewId.id;
      const review = await prisma.peerReview.findUnique({
        where: { id },
        select: {
          completedAt: true,
          reviewerEnrolment: { select: { programme: { select: { status: true, rules: true } } } },
        },
      });
      if (!review) throw new NotFoundError('PeerReview');
      const { programme } = review.reviewerEnrolment;
      const rules = parseProgrammeRules(programme.rules).evidence.peerReview;
      if (!rules) throw new InvalidStateError('peerReviewNotInProgramme');
      if (!ratingInRange(input.rating, rules.maxRating))
        throw inputIssue(['rating'], 'VALIDATION.peerReviewRatingRange', { max: rules.maxRating });
      if (!peerReviewOpen(programme.status))
        throw new InvalidStateError('peerReviewProgrammeNotOpen', { status: programme.status });
      if (review.completedAt !== null) throw new InvalidStateError('peerReviewCompleted');
      // Conditional: of two simultaneous submits, exactly one completes it.
      const { count } = await prisma.peerReview.updateMany({
        where: { id, completedAt: null },
        data: { rating: input.rating, comment: input.comment, completedAt: new Date() },
      });
      if (count !== 1) throw new InvalidStateError('peerReviewCompleted');
      return prisma.peerReview.findUniqueOrThrow({ ...payloadQuery(query, PEER_REVIEW_INCLUDE), where: { id } });
    },
  }),
);
