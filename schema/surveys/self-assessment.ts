/**
 * Framework self-assessments (自评): a SELF_ASSESSMENT survey generated from a published catalogue version. One
 * section per grouping (Dimension: the four dimensions of the teacher catalogue, or the three duties of the principals'
 * leadership standard), in the grouping's order, and one required SCALE question (1–5) per item in catalogue order,
 * linked to the item (competencyId) and its grouping (dimensionId) so results can be read per grouping. Principals
 * rate themselves on the 15 items of the standard; teachers on the 30 points before selecting.
 */
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { builder } from '../builder.js';
import { Catalogue, catalogueVisibleWhere } from '../catalogues/index.js';
import { actingUserId, globalIdSchema, inputIssue, NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { writeSections } from './definition-writes.js';
import { createErrors } from './errors.js';
import { AudienceInput, audienceSchema, checkedAudience, checkedWindow, NOT_A_PROGRAMME_RECORD } from './manage.js';
import { SURVEY_LIMITS, selfAssessmentLayout } from './rules.js';
import { Survey } from './survey.js';

const CreateSelfAssessmentInput = builder.inputType('CreateSelfAssessmentInput', {
  description: 'A self-assessment generated from a published framework version, for an audience and a window.',
  fields: (t) => ({
    catalogueId: t.globalID({
      required: true,
      for: Catalogue,
      description:
        'A published catalogue: the principals’ ICT-leadership standard (PRINCIPAL_LEADERSHIP, 3 duties, 15 items) or a teacher ' +
        'competency catalogue (30 points).',
    }),
    title: t.string({
      required: false,
      description: `1 to ${SURVEY_LIMITS.title} characters (default: the catalogue’s name and 自评).`,
    }),
    description: t.string({ required: false, description: `At most ${SURVEY_LIMITS.description} characters.` }),
    audience: t.field({
      type: AudienceInput,
      required: true,
      description: 'Whom it asks (principals: DISTRICT_LEADERS).',
    }),
    opensAt: t.field({ type: 'DateTime', required: true, description: 'When answering starts.' }),
    closesAt: t.field({ type: 'DateTime', required: true, description: 'When answering ends (after opensAt).' }),
    anonymous: t.boolean({ required: false, description: 'Anonymous (default false: named).' }),
    minGroupSize: t.int({
      required: false,
      description: `Anonymous: least respondents per group before results show (1 to ${SURVEY_LIMITS.minGroupSize}, default 1).`,
    }),
  }),
});

const createSchema = z.object({
  catalogueId: globalIdSchema,
  title: z.string().trim().min(1).max(SURVEY_LIMITS.title).nullish(),
  description: z.string().trim().max(SURVEY_LIMITS.description).nullish(),
  audience: audienceSchema,
  opensAt: z.date(),
  closesAt: z.date(),
  anonymous: z.boolean().nullish(),
  minGroupSize: z.number().int().min(1).max(SURVEY_LIMITS.minGroupSize).nullish(),
});

builder.mutationField('createSelfAssessment', (t) =>
  t.prismaField({
    type: Survey,
    description:
      'Creates a draft SELF_ASSESSMENT survey from a published framework version (action survey:manage over the audience ' +
      'organisation): one section per grouping (dimension or duty) in order, one required 1–5 SCALE question per item, each ' +
      'linked to its item and grouping. Publish it with publishSurvey.',
    authorize: {
      action: 'survey:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.audience.organisationId.id }),
      afterClosing: 'allowed',
      afterClosingReason: NOT_A_PROGRAMME_RECORD,
    },
    errors: {
      types: createErrors,
      result: { description: 'The self-assessment is created as a draft.' },
      dataField: { name: 'survey', description: 'The new draft.' },
    },
    args: { input: t.arg({ type: CreateSelfAssessmentInput, required: true, description: 'The self-assessment.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createSchema, args.input);
      const prisma = context.db.prisma;
      checkedWindow(input.opensAt, input.closesAt);
      const audience = await checkedAudience(prisma, input.audience);
      const catalogue = await prisma.catalogue.findFirst({
        where: { id: input.catalogueId.id, ...catalogueVisibleWhere(context) },
        select: {
          id: true,
          status: true,
          nameZh: true,
          dimensions: { select: { id: true, code: true, nameZh: true, position: true }, orderBy: { position: 'asc' } },
          competencies: {
            select: { id: true, code: true, nameZh: true, dimensionId: true },
            orderBy: [{ position: 'asc' }, { id: 'asc' }],
          },
        },
      });
      if (!catalogue) throw new NotFoundError('Catalogue');
      if (catalogue.status !== 'PUBLISHED') throw inputIssue(['catalogueId'], 'VALIDATION.surveyCatalogue');
      const { sections, links } = selfAssessmentLayout(catalogue.dimensions, catalogue.competencies);
      const id = uuidv7();
      await prisma.$transaction(async (tx) => {
        await tx.survey.create({
          data: {
            id,
            title: input.title ?? `${catalogue.nameZh} 自评`.slice(0, SURVEY_LIMITS.title),
            description: input.description ?? null,
            purpose: 'SELF_ASSESSMENT',
            anonymous: input.anonymous ?? false,
            minGroupSize: input.minGroupSize ?? 1,
            audienceKind: audience.kind,
            audienceOrganisationId: audience.organisationId,
            programmeId: audience.programmeId,
            orgPath: audience.orgPath,
            publisherId: actingUserId(context),
            catalogueId: catalogue.id,
            opensAt: input.opensAt,
            closesAt: input.closesAt,
          },
        });
        await writeSections(tx, id, sections, links);
      });
      return prisma.survey.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);
