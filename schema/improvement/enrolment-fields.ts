/**
 * A teacher's improvement plan, summaries and school-based study verdict on their enrolment (the teacher's own
 * page; the admins over the school read them too).
 */
import { SchoolStudyResult as SchoolStudyResultValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { historyField } from '../history/index.js';
import { canSeeDocument, PersonalDocument } from './document.js';
import { SUMMARY_SELECTION_STATUSES } from './rules.js';

export const SchoolStudyResult = builder.enumType(SchoolStudyResultValues, {
  name: 'SchoolStudyResult',
  description:
    'The school admin’s verdict on a teacher’s school-based study (考核结果): PASSED (通过) or FAILED (不通过).',
});

/** Who reads a teacher's school-based study: the teacher, and the readers over the school (schoolStudy:read). */
export const studyReader = (enrolment: { orgPath: string; teacherId: string }) => ({
  paths: [enrolment.orgPath],
  ownerId: enrolment.teacherId,
});

export const SchoolStudyReview = builder.prismaObject('SchoolStudyReview', {
  description: 'The school admin’s verdict on a teacher’s school-based study (校本研修考核) and why.',
  include: { enrolment: { select: { teacherId: true } } },
  authScopes: (review, context) =>
    canSeeDocument(context, { teacherId: review.enrolment.teacherId, orgPath: review.orgPath }),
  fields: (t) => ({
    result: t.expose('result', { type: SchoolStudyResult, description: 'PASSED or FAILED.' }),
    comment: t.exposeString('comment', {
      nullable: true,
      description: 'The school admin’s comment (required when FAILED).',
    }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', description: 'When the verdict was (last) given.' }),
    enrolment: t.relation('enrolment', { description: 'The teacher’s enrolment.' }),
    history: historyField('SchoolStudyReview')(t),
  }),
});

interface SummaryShape {
  competency: { id: string };
  document: { id: string } | null;
}

const ImprovementSummary = builder.objectRef<SummaryShape>('ImprovementSummary').implement({
  description: 'One selected competency and the teacher’s summary of it (个人提升总结), if uploaded.',
  fields: (t) => ({
    competency: t.field({
      type: Competency,
      description: 'The selected competency.',
      // biome-ignore lint/suspicious/noExplicitAny: the row carries what the Competency type reads.
      resolve: (summary) => summary.competency as any,
    }),
    document: t.field({
      type: PersonalDocument,
      nullable: true,
      description: 'The summary uploaded for it; null: 未上传.',
      // biome-ignore lint/suspicious/noExplicitAny: the planned selection of PersonalDocument.
      resolve: (summary) => summary.document as any,
    }),
  }),
});

/**
 * A planned document query that also reads `id` and `competencyId` (the summaries are matched to the selection by
 * it): an empty `select` (nothing or only `__typename` asked of the document, which Prisma refuses) becomes the two
 * columns, a `select` gets them added.
 */
function withCompetency<Query>(query: Query): Query {
  const { select } = query as { select?: object };
  if (!select) return query;
  return { ...query, select: { id: true, competencyId: true, ...select } };
}

/** A planned query with an empty `select` (only `__typename` asked), which Prisma refuses, reads the id instead. */
function withId<Query>(query: Query): Query {
  const { select } = (query ?? {}) as { select?: object };
  if (!select || Object.keys(select).length > 0) return query;
  return { ...query, select: { id: true } };
}

builder.prismaObjectFields('Enrolment', (t) => ({
  improvementPlan: t.field({
    type: PersonalDocument,
    nullable: true,
    description:
      'The teacher’s personal improvement plan (个人提升计划); null when not uploaded (未上传计划). For the teacher and the school, ' +
      'district and province admins over the school (action schoolStudy:read); null for anyone else.',
    authorize: { action: 'schoolStudy:read', resource: studyReader },
    select: (_args, _context, nestedSelection) => ({
      personalDocuments: withCompetency(nestedSelection({ where: { kind: 'PLAN' }, take: 1 })),
    }),
    // biome-ignore lint/suspicious/noExplicitAny: the planned selection of PersonalDocument.
    resolve: (enrolment) => ((enrolment.personalDocuments as any[])[0] ?? null) as any,
  }),
  improvementSummaries: t.field({
    type: [ImprovementSummary],
    nullable: true,
    description:
      'One entry per competency of the teacher’s SUBMITTED or APPROVED selection, in its order, with the summary uploaded for it ' +
      '(个人提升总结; null: 未上传); empty without such a selection. Same readers as improvementPlan; null for anyone else.',
    authorize: { action: 'schoolStudy:read', resource: studyReader },
    // The documents and competencies are planned with what the query selects under `document` and `competency`.
    select: (_args, _context, nestedSelection) => ({
      selection: {
        select: {
          status: true,
          items: {
            orderBy: { position: 'asc' },
            select: { competency: withId(nestedSelection(true, ['competency'])) },
          },
        },
      },
      personalDocuments: withCompetency(nestedSelection({ where: { kind: 'SUMMARY' } }, ['document'])),
    }),
    resolve: (enrolment) => {
      const selection = enrolment.selection;
      if (!selection || !SUMMARY_SELECTION_STATUSES.includes(selection.status)) return [];
      const byCompetency = new Map(enrolment.personalDocuments.map((doc) => [doc.competencyId, doc]));
      return selection.items.map((item) => ({
        competency: item.competency,
        document: byCompetency.get(item.competency.id) ?? null,
      }));
    },
  }),
  schoolStudyResult: t.relation('schoolStudyReview', {
    nullable: true,
    description:
      'The school admin’s verdict on the teacher’s school-based study (考核结果); null while pending (待考核). Same readers as ' +
      'improvementPlan; null for anyone else.',
    authorize: { action: 'schoolStudy:read', resource: studyReader },
  }),
}));
