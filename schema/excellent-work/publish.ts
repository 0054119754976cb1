import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { Evidence } from '../evidence/index.js';
import { recordDecision } from '../history/index.js';
import {
  actingUserId,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { PublishConsentRequiredError, publishErrors, withdrawErrors } from './errors.js';
import { MAX_WITHDRAW_REASON_LENGTH, type PublishRefusal, publishRefusal } from './rules.js';

type Transaction = Parameters<Parameters<Context['db']['prisma']['$transaction']>[0]>[0];

async function loadEvidence(tx: Transaction, id: string) {
  const evidence = await tx.evidence.findUnique({
    where: { id },
    select: { status: true, outcome: true, version: true, publishConsent: true, publishedAt: true, orgPath: true },
  });
  if (!evidence) throw new NotFoundError('Evidence');
  return evidence;
}

function refusalError(refusal: PublishRefusal, evidence: Awaited<ReturnType<typeof loadEvidence>>) {
  switch (refusal) {
    case 'STALE':
      return new ConflictError('excellentWorkStale', { version: evidence.version });
    case 'NOT_EXCELLENT':
      return new InvalidStateError('excellentWorkNotExcellent', {
        status: evidence.status,
        outcome: evidence.outcome ?? 'NONE',
      });
    case 'CONSENT_REQUIRED':
      return new PublishConsentRequiredError();
  }
}

/**
 * Publishes ASSESSED excellent evidence with the teacher's consent, in one transaction with its history entry;
 * publishing published work changes nothing. Optimistic: the version the admin looked at must still be current, and
 * the update is conditional on everything checked, so a change meanwhile (a new version, withdrawn consent) refuses.
 */
async function publish(context: Context, evidenceId: string, expectedVersion: number): Promise<void> {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const evidence = await loadEvidence(tx, evidenceId);
    const refusal = publishRefusal(evidence, expectedVersion);
    if (refusal) throw refusalError(refusal, evidence);
    if (evidence.publishedAt !== null) return;
    const { count } = await tx.evidence.updateMany({
      where: {
        id: evidenceId,
        version: expectedVersion,
        status: 'ASSESSED',
        outcome: 'EXCELLENT',
        publishConsent: true,
        publishedAt: null,
      },
      data: { publishedAt: new Date(), publishedById: actorId },
    });
    if (count !== 1) {
      // Changed since it was read: say how it is now (published meanwhile by someone else: nothing to do).
      const now = await loadEvidence(tx, evidenceId);
      const late = publishRefusal(now, expectedVersion);
      if (late) throw refusalError(late, now);
      return;
    }
    await recordDecision(tx, {
      subjectType: 'Evidence',
      subjectId: evidenceId,
      actorId,
      action: 'PUBLISH',
      orgPath: evidence.orgPath,
    });
  });
}

/** Withdraws a publication with the reason, in one transaction with its history entry. */
async function withdraw(context: Context, evidenceId: string, reason: string): Promise<void> {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const evidence = await loadEvidence(tx, evidenceId);
    const { count } = await tx.evidence.updateMany({
      where: { id: evidenceId, publishedAt: { not: null } },
      data: { publishedAt: null, publishedById: null },
    });
    if (count !== 1) throw new InvalidStateError('excellentWorkNotPublished');
    await recordDecision(tx, {
      subjectType: 'Evidence',
      subjectId: evidenceId,
      actorId,
      action: 'WITHDRAW',
      comment: reason,
      orgPath: evidence.orgPath,
    });
  });
}

const PublishExcellentEvidenceInput = builder.inputType('PublishExcellentEvidenceInput', {
  description: 'A school or district admin publishes excellent evidence province-wide.',
  fields: (t) => ({
    evidenceId: t.globalID({
      required: true,
      for: Evidence,
      description:
        'Evidence of a school the admin is over, ASSESSED as EXCELLENT, whose teacher consents to publication.',
    }),
    expectedVersion: t.int({
      required: true,
      description:
        'The version the admin looked at (`Evidence.version` as loaded); another current version is a CONFLICT.',
    }),
  }),
});

const WithdrawPublishedEvidenceInput = builder.inputType('WithdrawPublishedEvidenceInput', {
  description: 'A school or district admin withdraws published excellent work from the province-wide library.',
  fields: (t) => ({
    evidenceId: t.globalID({ required: true, for: Evidence, description: 'Published evidence of the admin’s school.' }),
    reason: t.string({
      required: true,
      description: `Why, for the history and the teacher: 1 to ${MAX_WITHDRAW_REASON_LENGTH} characters (trimmed).`,
    }),
  }),
});

const publishSchema = z.object({ evidenceId: globalIdSchema, expectedVersion: z.int().min(1).max(1000) });
const withdrawSchema = z.object({
  evidenceId: globalIdSchema,
  reason: z.string().trim().min(1).max(MAX_WITHDRAW_REASON_LENGTH),
});

const authorizePublish = {
  action: 'evidence:publish' as const,
  resource: (_root: unknown, args: { input: { evidenceId: { id: string } } }) => ({
    kind: 'Evidence' as const,
    id: args.input.evidenceId.id,
  }),
};

const reread = (context: Context, query: object, id: string) =>
  context.db.prisma.evidence.findUniqueOrThrow({ ...payloadQuery(query as { select?: object }), where: { id } });

builder.mutationFields((t) => ({
  publishExcellentEvidence: t.prismaField({
    type: Evidence,
    description:
      'A school or district admin over the evidence’s school publishes it province-wide (校级管理员将该学员应用成果上传至平台供全省教师学习点评) ' +
      '(action evidence:publish): it then appears in `publishedEvidence` for everyone signed in within the province. Only evidence ' +
      'ASSESSED as EXCELLENT (INVALID_STATE otherwise) whose teacher consents (CONSENT_REQUIRED otherwise). Optimistic: ' +
      '`expectedVersion` must be the current version, else CONFLICT. Publishing published work changes nothing. Recorded in the ' +
      'evidence’s history (PUBLISH).',
    authorize: authorizePublish,
    errors: {
      types: publishErrors,
      result: { description: 'The evidence is published.' },
      dataField: { name: 'evidence', description: 'The evidence, published.' },
    },
    args: {
      input: t.arg({
        type: PublishExcellentEvidenceInput,
        required: true,
        description: 'The evidence and its version.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(publishSchema, args.input);
      await publish(context, input.evidenceId.id, input.expectedVersion);
      return reread(context, query, input.evidenceId.id);
    },
  }),
  withdrawPublishedEvidence: t.prismaField({
    type: Evidence,
    description:
      'A school or district admin over the evidence’s school withdraws its publication (action evidence:publish): it leaves ' +
      '`publishedEvidence` and is no longer public. INVALID_STATE unless it is published. Recorded in the evidence’s history ' +
      '(WITHDRAW) with the reason; it may be published again later.',
    authorize: authorizePublish,
    errors: {
      types: withdrawErrors,
      result: { description: 'The publication is withdrawn.' },
      dataField: { name: 'evidence', description: 'The evidence, no longer published.' },
    },
    args: {
      input: t.arg({ type: WithdrawPublishedEvidenceInput, required: true, description: 'The evidence and why.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(withdrawSchema, args.input);
      await withdraw(context, input.evidenceId.id, input.reason);
      return reread(context, query, input.evidenceId.id);
    },
  }),
}));
