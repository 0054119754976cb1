/**
 * Survey templates (问卷模板): reusable questionnaires, seeded as reference data (the seeds' training-needs survey and
 * satisfaction survey, prisma/seed/surveys.ts). Whoever may manage surveys somewhere reads them, and createSurvey copies
 * one's sections and questions into a new draft.
 */
import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { mayAnywhere, scopeOf } from '../shared/index.js';
import { type DefinitionInput, definitionSchema, layoutDefinition } from './rules.js';
import { SurveyPurpose } from './survey.js';

/** A template's definition, validated (templates are seeded through the same schema). */
export function templateDefinition(definition: unknown): DefinitionInput {
  return definitionSchema.parse(definition);
}

const mayManageSomewhere = (context: Context) => mayAnywhere(context.viewer, 'survey:manage');

const TemplateQuestion = builder
  .objectRef<ReturnType<typeof layoutDefinition>[number]['questions'][number]>('SurveyTemplateQuestion')
  .implement({
    description: 'A question of a template (copied into a survey by createSurvey).',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Key within the template.' }),
      position: t.exposeInt('position', { description: 'Order, from 1, across sections.' }),
      kind: t.exposeString('kind', { description: 'SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE, MATRIX or TEXT.' }),
      prompt: t.exposeString('prompt', { description: 'The question.' }),
      required: t.exposeBoolean('required', { description: 'Whether it must be answered.' }),
      optionLabels: t.stringList({
        nullable: true,
        description: 'Choice questions: the options’ labels, in order.',
        resolve: (q) => q.options?.map((o) => o.label) ?? null,
      }),
      rowLabels: t.stringList({
        nullable: true,
        description: 'MATRIX: the rows’ labels, in order.',
        resolve: (q) => q.rows?.map((r) => r.label) ?? null,
      }),
      scaleMin: t.exposeInt('scaleMin', { nullable: true, description: 'SCALE and MATRIX: lowest rating.' }),
      scaleMax: t.exposeInt('scaleMax', { nullable: true, description: 'SCALE and MATRIX: highest rating.' }),
      maxChoices: t.exposeInt('maxChoices', { nullable: true, description: 'MULTIPLE_CHOICE: most options.' }),
    }),
  });

const TemplateSection = builder
  .objectRef<ReturnType<typeof layoutDefinition>[number]>('SurveyTemplateSection')
  .implement({
    description: 'A section of a template.',
    fields: (t) => ({
      position: t.exposeInt('position', { description: 'Order, from 1.' }),
      title: t.exposeString('title', { description: 'The section’s title.' }),
      description: t.exposeString('description', { nullable: true, description: 'Its introduction.' }),
      questions: t.field({ type: [TemplateQuestion], description: 'Its questions.', resolve: (s) => s.questions }),
    }),
  });

export const SurveyTemplate = builder.prismaNode('SurveyTemplate', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A reusable questionnaire: the seeds’ training-needs survey (训前需求调研) and satisfaction survey (训后满意度调查). ' +
    'Readable by whoever may manage surveys somewhere (survey:manage); null for anyone else.',
  findUnique: (id) => ({ id }),
  authScopes: (_template, context) => mayManageSomewhere(context),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code (training-needs-2022, satisfaction-2022).' }),
    purpose: t.expose('purpose', { type: SurveyPurpose, description: 'What surveys made from it are for.' }),
    nameZh: t.exposeString('nameZh', { description: 'Name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'Name in English.' }),
    descriptionZh: t.exposeString('descriptionZh', { nullable: true, description: 'Introduction in Chinese.' }),
    descriptionEn: t.exposeString('descriptionEn', { nullable: true, description: 'Introduction in English.' }),
    sections: t.field({
      type: [TemplateSection],
      description: 'Its sections and questions, as createSurvey copies them.',
      select: { definition: true },
      resolve: (template) => layoutDefinition(templateDefinition(template.definition)),
    }),
  }),
});

builder.queryField('surveyTemplates', (t) =>
  t.prismaConnection({
    type: SurveyTemplate,
    cursor: 'id',
    nullable: true,
    description:
      'The survey templates, by code (action survey:manage anywhere: class tutors, school and district admins; null for ' +
      'anyone else). At most 100 a page.',
    authorize: {
      action: 'survey:manage',
      resource: (_root, _args, context) => ({ paths: scopeOf(context.viewer, 'survey:manage'), ownerId: null }),
    },
    totalCount: (_root, _args, context) => context.db.prisma.surveyTemplate.count(),
    resolve: (query, _root, _args, context) =>
      context.db.prisma.surveyTemplate.findMany({ ...query, orderBy: [{ code: 'asc' }, { id: 'asc' }] }),
  }),
);
