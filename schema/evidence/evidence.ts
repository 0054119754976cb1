import {
  EvidenceOutcome as EvidenceOutcomeValues,
  EvidenceStatus as EvidenceStatusValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { EVIDENCE_VISIBILITY_SELECT, evidenceAccess, evidenceVisibleWhere } from './visibility.js';

export const EvidenceStatus = builder.enumType(EvidenceStatusValues, {
  name: 'EvidenceStatus',
  description:
    'DRAFT: the teacher is preparing a version; SUBMITTED: waiting for the group leader (or, without group review, the school); ' +
    'GROUP_REVIEWED: the group leader passed it on, waiting for the school’s raters; ASSESSED: the outcome is settled; ' +
    'RETURNED: sent back for rework (the teacher revises it as a new version).',
});

export const EvidenceOutcome = builder.enumType(EvidenceOutcomeValues, {
  name: 'EvidenceOutcome',
  description: 'The school’s outcome: PASS (合格), EXCELLENT (优秀) or FAIL (不合格).',
});

/**
 * A teacher's practice evidence (实践证据) for one selected competency: its state, current version and outcome. Other
 * modules add fields (versions and artefacts, reviews, peer reviews, publication) with `builder.prismaObjectFields`.
 */
export const Evidence = builder.prismaNode('Evidence', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A teacher’s practice evidence (实践证据 / 测评证据) for one selected competency of an enrolment: versions of artefacts, the group ' +
    'leader’s review, the raters’ rubric assessments and the outcome, with every decision in `history`.',
  select: EVIDENCE_VISIBILITY_SELECT,
  findUnique: (id, context) => ({ id, ...evidenceVisibleWhere(context) }),
  authScopes: async (evidence, context) => (await evidenceAccess(context, evidence)) !== null,
  fields: (t) => ({
    status: t.expose('status', { type: EvidenceStatus, description: 'Where it is in its review.' }),
    version: t.exposeInt('version', {
      description: 'The current version (1, 2, …): send it as `expectedVersion` when reviewing or assessing it.',
    }),
    outcome: t.expose('outcome', {
      type: EvidenceOutcome,
      nullable: true,
      description: 'The settled outcome once ASSESSED; null before.',
    }),
    points: t.exposeFloat('points', {
      nullable: true,
      description: 'The raters’ aggregated rubric points once ASSESSED (mean or median, as the programme says).',
    }),
    groupRecommended: t.exposeBoolean('groupRecommended', {
      description: 'True when the group leader recommended the current version as excellent.',
    }),
    firstSubmittedAt: t.expose('firstSubmittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its first version was submitted; null while it was never submitted.',
    }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the current version was submitted; null while it is a draft.',
    }),
    assessedAt: t.expose('assessedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the outcome was settled.',
    }),
    publishConsent: t.exposeBoolean('publishConsent', {
      description: 'True when the teacher consents to province-wide publication of this work if it is excellent.',
    }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was published province-wide as excellent work; null unless published.',
    }),
    sampled: t.boolean({
      description: 'True when the district sampled it for expert re-review.',
      select: { sampledAt: true },
      resolve: (evidence) => evidence.sampledAt !== null,
    }),
    competency: t.relation('competency', { description: 'The competency it proves.' }),
  }),
});
