/**
 * A teacher submits the current draft version of their evidence, and consents (or not) to province-wide
 * publication of excellent work. Submitting checks every artefact slot of the assessment specification is filled,
 * the online-study gate where the programme sets one (Yiyuan: 参与线上研修并且成绩合格的，方有资格参加测评), and the
 * version the teacher looked at (optimistic: a stale `expectedVersion` is refused). One transaction: the evidence's
 * conditional update, the version's submission time and the history entry.
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { effectiveSpec } from '../assessment-specs/index.js';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import { loadScores } from '../scoring/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { consentErrors, MissingArtefactsError, StaleEvidenceError, submitEvidenceErrors } from './errors.js';
import { Evidence } from './evidence.js';
import {
  countBySlot,
  MAX_NOTE_LENGTH,
  missingSlots,
  OPEN_PROGRAMME_STATUSES,
  type SubmitRefusal,
  submitAction,
  submitCheck,
} from './rules.js';

type Transaction = Parameters<Parameters<Context['db']['prisma']['$transaction']>[0]>[0];

function submitRefusalError(refusal: SubmitRefusal) {
  switch (refusal.code) {
    case 'STALE':
      return new StaleEvidenceError(refusal.version);
    case 'RETURNED':
      return new InvalidStateError('evidenceReturnedRevise');
    case 'NOT_DRAFT':
      return new InvalidStateError('evidenceNotDraft', { status: refusal.status });
  }
}

/**
 * The teacher's teaching-research group (教研组) in their school: a TEACHER role on a GROUP organisation under the
 * school, the first by path; null when they are in none.
 */
export async function teachersGroupPath(
  tx: Transaction,
  teacherId: string,
  schoolPath: string,
): Promise<string | null> {
  const row = await tx.roleAssignment.findFirst({
    where: {
      userId: teacherId,
      role: 'TEACHER',
      orgPath: { startsWith: schoolPath },
      organisation: { kind: 'GROUP' },
    },
    orderBy: [{ orgPath: 'asc' }],
    select: { orgPath: true },
  });
  return row?.orgPath ?? null;
}

const SubmitEvidenceInput = builder.inputType('SubmitEvidenceInput', {
  description: 'The teacher’s own evidence, at the version they prepared, with an optional note to the reviewers.',
  fields: (t) => ({
    evidenceId: t.globalID({ required: true, for: Evidence, description: 'The viewer’s own evidence, a DRAFT.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The version the teacher prepared (Evidence.version); if it moved on meanwhile, CONFLICT.',
    }),
    note: t.string({ required: false, description: `A note to the reviewers, at most ${MAX_NOTE_LENGTH} characters.` }),
  }),
});

const submitSchema = z.object({
  evidenceId: globalIdSchema,
  expectedVersion: z.int().min(1),
  note: z
    .string()
    .trim()
    .max(MAX_NOTE_LENGTH)
    .nullish()
    .transform((note) => note || null),
});

builder.mutationField('submitEvidence', (t) =>
  t.prismaField({
    type: Evidence,
    description:
      'A teacher submits the current draft version of their evidence (action evidence:submit): to their teaching-research group’s leader ' +
      'where the programme has group review (rules.evidence.groupReview) and they are in a group, else to the school’s raters. Every ' +
      'artefact slot of the assessment specification must hold its count of files (MISSING_ARTEFACTS, listing the slots); where ' +
      'rules.evidence.requireOnlinePass, the teacher’s online study must have passed (INVALID_STATE); `expectedVersion` must be current ' +
      '(CONFLICT, StaleEvidenceError). A returned evidence is revised first (changing an artefact starts its next version). Recorded in the ' +
      'history (SUBMIT, or RESUBMIT for a later version).',
    authorize: {
      action: 'evidence:submit',
      resource: (_root, args) => ({ kind: 'Evidence', id: args.input.evidenceId.id }),
    },
    errors: {
      types: submitEvidenceErrors,
      result: { description: 'The evidence is submitted.' },
      dataField: { name: 'evidence', description: 'The evidence, SUBMITTED.' },
    },
    args: { input: t.arg({ type: SubmitEvidenceInput, required: true, description: 'What to submit.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(submitSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const evidenceId = input.evidenceId.id;
      const evidence = await prisma.evidence.findUnique({
        where: { id: evidenceId },
        select: {
          id: true,
          status: true,
          version: true,
          competencyId: true,
          programmeId: true,
          enrolmentId: true,
          teacherId: true,
          orgPath: true,
          enrolment: { select: { programme: { select: { status: true, rules: true } } } },
        },
      });
      if (!evidence) throw new NotFoundError('Evidence');
      const { programme } = evidence.enrolment;
      if (!OPEN_PROGRAMME_STATUSES.includes(programme.status))
        throw new InvalidStateError('evidenceProgrammeNotOpen', { status: programme.status });
      const early = submitCheck(evidence, input.expectedVersion);
      if (early) throw submitRefusalError(early);
      const rules = parseProgrammeRules(programme.rules).evidence;
      if (rules.requireOnlinePass) {
        // No scoring scheme: nothing to pass, no gate.
        const score = (await loadScores(prisma, [evidence.enrolmentId])).get(evidence.enrolmentId) ?? null;
        if (score !== null && score.verdict !== 'PASSED') throw new InvalidStateError('evidenceOnlineNotPassed');
      }
      const spec = await effectiveSpec(prisma, evidence.programmeId, evidence.competencyId);
      if (!spec) throw new InvalidStateError('evidenceNoSpec');

      await prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Evidence" WHERE id = ${evidenceId} FOR UPDATE`;
        const current = await tx.evidence.findUniqueOrThrow({
          where: { id: evidenceId },
          select: { status: true, version: true, firstSubmittedAt: true },
        });
        const refusal = submitCheck(current, input.expectedVersion);
        if (refusal) throw submitRefusalError(refusal);
        const version = await tx.evidenceVersion.findUniqueOrThrow({
          where: { evidenceId_version: { evidenceId, version: current.version } },
          select: { id: true, artefacts: { select: { slot: true } } },
        });
        const missing = missingSlots(spec.artefacts, countBySlot(version.artefacts));
        if (missing.length) throw new MissingArtefactsError(missing);
        const groupPath = rules.groupReview ? await teachersGroupPath(tx, evidence.teacherId, evidence.orgPath) : null;
        const now = new Date();
        const { count } = await tx.evidence.updateMany({
          where: { id: evidenceId, status: 'DRAFT', version: input.expectedVersion },
          data: {
            status: 'SUBMITTED',
            submittedAt: now,
            firstSubmittedAt: current.firstSubmittedAt ?? now,
            groupPath,
            groupRecommended: false,
          },
        });
        if (count !== 1) throw new StaleEvidenceError(current.version);
        await tx.evidenceVersion.update({ where: { id: version.id }, data: { submittedAt: now, note: input.note } });
        await recordDecision(tx, {
          subjectType: 'Evidence',
          subjectId: evidenceId,
          actorId,
          action: submitAction(current.version),
          fromState: 'DRAFT',
          toState: 'SUBMITTED',
          comment: input.note ? `version ${current.version}: ${input.note}` : `version ${current.version}`,
          orgPath: evidence.orgPath,
        });
      });
      return prisma.evidence.findUniqueOrThrow({ ...payloadQuery(query), where: { id: evidenceId } });
    },
  }),
);

const SetEvidencePublishConsentInput = builder.inputType('SetEvidencePublishConsentInput', {
  description: 'The teacher’s consent to province-wide publication of their evidence if it is excellent.',
  fields: (t) => ({
    evidenceId: t.globalID({ required: true, for: Evidence, description: 'The viewer’s own evidence.' }),
    consent: t.boolean({ required: true, description: 'True to consent, false to withdraw consent.' }),
  }),
});

builder.mutationField('setEvidencePublishConsent', (t) =>
  t.prismaField({
    type: Evidence,
    description:
      'A teacher consents (or withdraws consent) to province-wide publication of their evidence as excellent work (action evidence:submit, ' +
      'in any state). Publication itself is decided by the school or district (evidence:publish); withdrawing consent also unpublishes ' +
      'published work. Setting the same value twice changes ' +
      'nothing; a change is recorded in the history (CONSENT_PUBLISH, WITHDRAW_CONSENT).',
    authorize: {
      action: 'evidence:submit',
      resource: (_root, args) => ({ kind: 'Evidence', id: args.input.evidenceId.id }),
    },
    errors: {
      types: consentErrors,
      result: { description: 'The consent is recorded.' },
      dataField: { name: 'evidence', description: 'The evidence.' },
    },
    args: { input: t.arg({ type: SetEvidencePublishConsentInput, required: true, description: 'The consent.' }) },
    resolve: async (query, _root, args, context) => {
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const evidenceId = args.input.evidenceId.id;
      const consent = args.input.consent;
      await prisma.$transaction(async (tx) => {
        const before = await tx.evidence.findUniqueOrThrow({
          where: { id: evidenceId },
          select: { orgPath: true, publishedAt: true },
        });
        // Withdrawing consent also takes published work out of the province's library: nothing stays public
        // without the teacher's consent.
        const { count } = await tx.evidence.updateMany({
          where: { id: evidenceId, publishConsent: !consent },
          data: consent ? { publishConsent: true } : { publishConsent: false, publishedAt: null, publishedById: null },
        });
        if (count === 0) return;
        await recordDecision(tx, {
          subjectType: 'Evidence',
          subjectId: evidenceId,
          actorId,
          action: consent ? 'CONSENT_PUBLISH' : 'WITHDRAW_CONSENT',
          comment: !consent && before.publishedAt ? 'unpublished: the teacher withdrew consent' : null,
          orgPath: before.orgPath,
        });
      });
      return prisma.evidence.findUniqueOrThrow({ ...payloadQuery(query), where: { id: evidenceId } });
    },
  }),
);
