/**
 * Authoring surveys (action survey:manage over the audience organisation): create a draft (own questions or a
 * template's), edit it, publish it (DRAFT → PUBLISHED), close it early, delete a draft. A class tutor publishes to
 * their class; a school admin to a class of the school, the school's teachers, or a programme's teachers at the
 * school; a district admin any of these in the district, and the district's teachers and school leaders: each holds
 * survey:manage over exactly those organisations, and each audience kind is drawn from one kind of organisation.
 */
import { encodeGlobalID } from '@pothos/plugin-relay';
import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { clearSections, writeSections } from './definition-writes.js';
import { createErrors, transitionErrors, updateErrors } from './errors.js';
import {
  AUDIENCE_KINDS,
  AUDIENCE_ORGANISATION_KINDS,
  type AudienceKind,
  audienceShapeProblem,
  type DefinitionInput,
  definitionSchema,
  layoutDefinition,
  SURVEY_LIMITS,
  type SurveyStatusName,
  sectionSchema,
  windowProblem,
} from './rules.js';
import { Survey, SurveyAudienceKind, SurveyPurpose, SurveyQuestionKind } from './survey.js';
import { SurveyTemplate, templateDefinition } from './templates.js';

/** Surveys are not a school's programme records: closing (结项) a school in a programme does not freeze them. */
export const NOT_A_PROGRAMME_RECORD =
  'A survey (and its responses) is a questionnaire of its audience organisation, not a record of a school in a programme.';

export const SURVEY_PURPOSES = ['GENERAL', 'TRAINING_NEEDS', 'SATISFACTION', 'SELF_ASSESSMENT'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Input types

const ChoiceInput = builder.inputType('SurveyChoiceInput', {
  description: 'An option of a choice question, or a row of a matrix question.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `Key within the question: 1 to ${SURVEY_LIMITS.key} letters, digits, ".", "_" or "-"; unique in the question.`,
    }),
    label: t.string({ required: true, description: `The text shown: 1 to ${SURVEY_LIMITS.label} characters.` }),
  }),
});

const QuestionInput = builder.inputType('SurveyQuestionInput', {
  description: 'A question.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: `Key within the survey: 1 to ${SURVEY_LIMITS.key} letters, digits, ".", "_" or "-"; unique in the survey.`,
    }),
    kind: t.field({ type: SurveyQuestionKind, required: true, description: 'What kind of answer it takes.' }),
    prompt: t.string({ required: true, description: `The question: 1 to ${SURVEY_LIMITS.prompt} characters.` }),
    required: t.boolean({ required: false, description: 'Whether it must be answered (default false).' }),
    options: t.field({
      type: [ChoiceInput],
      required: false,
      description: `SINGLE_CHOICE and MULTIPLE_CHOICE: 2 to ${SURVEY_LIMITS.options} options, keys unique.`,
    }),
    rows: t.field({
      type: [ChoiceInput],
      required: false,
      description: `MATRIX: 1 to ${SURVEY_LIMITS.rows} rows, keys unique, each rated on the scale.`,
    }),
    scaleMin: t.int({ required: false, description: 'SCALE and MATRIX: lowest rating, 1 to 5 (default 1).' }),
    scaleMax: t.int({ required: false, description: 'SCALE and MATRIX: highest rating, 1 to 5 (default 5).' }),
    maxChoices: t.int({
      required: false,
      description: 'MULTIPLE_CHOICE: most options one may pick (1 to the number of options); omitted: any number.',
    }),
  }),
});

const SectionInput = builder.inputType('SurveySectionInput', {
  description: 'A section with its questions.',
  fields: (t) => ({
    title: t.string({ required: true, description: `1 to ${SURVEY_LIMITS.title} characters.` }),
    description: t.string({ required: false, description: `At most ${SURVEY_LIMITS.description} characters.` }),
    questions: t.field({
      type: [QuestionInput],
      required: true,
      description: `1 to ${SURVEY_LIMITS.questionsPerSection} questions (at most ${SURVEY_LIMITS.questions} in the survey).`,
    }),
  }),
});

export const AudienceInput = builder.inputType('SurveyAudienceInput', {
  description:
    'Whom a survey asks: CLASS (organisationId: a class), SCHOOL_TEACHERS (a school), DISTRICT_TEACHERS and ' +
    'DISTRICT_LEADERS (a district), PROGRAMME_TEACHERS (a school or district, with programmeId: a programme of that district).',
  fields: (t) => ({
    kind: t.field({ type: SurveyAudienceKind, required: true, description: 'The audience kind.' }),
    organisationId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The class, school or district the audience is drawn from (survey:manage over it is required).',
    }),
    programmeId: t.globalID({
      required: false,
      for: Programme,
      description: 'PROGRAMME_TEACHERS only: the programme.',
    }),
  }),
});

export const audienceSchema = z.object({
  kind: z.enum(AUDIENCE_KINDS),
  organisationId: globalIdSchema,
  programmeId: globalIdSchema.nullish(),
});

const textFields = {
  title: z.string().trim().min(1).max(SURVEY_LIMITS.title),
  description: z.string().trim().max(SURVEY_LIMITS.description).nullish(),
  minGroupSize: z.number().int().min(1).max(SURVEY_LIMITS.minGroupSize).nullish(),
};

// ---------------------------------------------------------------------------------------------------------------
// Shared checks

type Audience = z.output<typeof audienceSchema>;

/**
 * The audience organisation and programme checked: the organisation's kind fits the audience kind, it is active, and
 * a programme (PROGRAMME_TEACHERS only) belongs to the organisation's district. Returns the path the survey belongs to.
 */
export async function checkedAudience(
  prisma: PrismaClient | Transaction,
  audience: Audience,
): Promise<{ orgPath: string; organisationId: string; programmeId: string | null; kind: AudienceKind }> {
  const org = await prisma.organisation.findUnique({
    where: { id: audience.organisationId.id },
    select: { id: true, kind: true, path: true, deactivatedAt: true },
  });
  if (!org) throw new NotFoundError('Organisation');
  const problem = audienceShapeProblem(audience.kind, org.kind, Boolean(audience.programmeId));
  if (problem)
    throw inputIssue(
      problem === 'ORGANISATION_KIND' ? ['audience', 'organisationId'] : ['audience', 'programmeId'],
      'VALIDATION.surveyAudience',
      {
        problem,
        kind: audience.kind,
        expected: AUDIENCE_ORGANISATION_KINDS[audience.kind].join(' / '),
        actual: org.kind,
      },
    );
  if (org.deactivatedAt) throw new InvalidStateError('surveyAudienceInactive');
  let programmeId: string | null = null;
  if (audience.programmeId) {
    const programme = await prisma.programme.findUnique({
      where: { id: audience.programmeId.id },
      select: { id: true, orgPath: true },
    });
    // A programme of another district looks missing, exactly like one that does not exist.
    if (!programme || !org.path.startsWith(programme.orgPath)) throw new NotFoundError('Programme');
    programmeId = programme.id;
  }
  return { orgPath: org.path, organisationId: org.id, programmeId, kind: audience.kind };
}

export function checkedWindow(opensAt: Date, closesAt: Date): void {
  const problem = windowProblem(opensAt, closesAt);
  if (problem) throw inputIssue(['closesAt'], 'VALIDATION.surveyWindow', { problem });
}

/** Locks the survey row for the transaction and returns its state (a concurrent publish or edit waits). */
export async function lockedSurvey(tx: Transaction, id: string) {
  await tx.$queryRaw`SELECT id FROM "Survey" WHERE id = ${id} FOR UPDATE`;
  return tx.survey.findUniqueOrThrow({
    where: { id },
    select: { id: true, status: true, opensAt: true, closesAt: true },
  });
}

const draftOnly = (status: SurveyStatusName, action: string) => {
  if (status !== 'DRAFT') throw new InvalidStateError('surveyNotDraft', { status, action });
};

const surveyResource = {
  action: 'survey:manage' as const,
  resource: (_root: unknown, args: { input: { surveyId: { id: string } } }) => ({
    kind: 'Survey' as const,
    id: args.input.surveyId.id,
  }),
  afterClosing: 'allowed' as const,
  afterClosingReason: NOT_A_PROGRAMME_RECORD,
};

// ---------------------------------------------------------------------------------------------------------------
// createSurvey

const CreateSurveyInput = builder.inputType('CreateSurveyInput', {
  description: 'A new draft survey: its texts, audience, window, and either its own sections or a template.',
  fields: (t) => ({
    title: t.string({ required: true, description: `1 to ${SURVEY_LIMITS.title} characters.` }),
    description: t.string({ required: false, description: `At most ${SURVEY_LIMITS.description} characters.` }),
    purpose: t.field({
      type: SurveyPurpose,
      required: false,
      description: 'What it is for (default: the template’s purpose, else GENERAL).',
    }),
    anonymous: t.boolean({
      required: false,
      description: 'Anonymous (default false): no response can be linked to its respondent.',
    }),
    minGroupSize: t.int({
      required: false,
      description: `Anonymous surveys: least respondents a class or school must have before its results are shown (1 to ${SURVEY_LIMITS.minGroupSize}, default 1).`,
    }),
    audience: t.field({ type: AudienceInput, required: true, description: 'Whom it asks.' }),
    opensAt: t.field({ type: 'DateTime', required: true, description: 'When answering starts.' }),
    closesAt: t.field({ type: 'DateTime', required: true, description: 'When answering ends (after opensAt).' }),
    sections: t.field({
      type: [SectionInput],
      required: false,
      description: `Its sections and questions (at most ${SURVEY_LIMITS.sections} sections). Give this or templateId; a draft may start empty.`,
    }),
    templateId: t.globalID({
      required: false,
      for: SurveyTemplate,
      description: 'A template whose sections and questions are copied. Give this or sections.',
    }),
  }),
});

const createSchema = z.object({
  ...textFields,
  purpose: z.enum(SURVEY_PURPOSES).nullish(),
  anonymous: z.boolean().nullish(),
  audience: audienceSchema,
  opensAt: z.date(),
  closesAt: z.date(),
  sections: z.array(sectionSchema).nullish(),
  templateId: globalIdSchema.nullish(),
});

builder.mutationField('createSurvey', (t) =>
  t.prismaField({
    type: Survey,
    description:
      'Creates a draft survey for an audience (action survey:manage over the audience organisation: a class tutor their class; ' +
      'a school admin a class of the school, its teachers, or a programme’s teachers at the school; a district admin any of ' +
      'these in the district and the district’s teachers and school leaders). Its questions come from `sections` or are ' +
      'copied from a template. Nothing is shown to the audience until publishSurvey.',
    authorize: {
      action: 'survey:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.audience.organisationId.id }),
      afterClosing: 'allowed',
      afterClosingReason: NOT_A_PROGRAMME_RECORD,
    },
    errors: {
      types: createErrors,
      result: { description: 'The draft is created.' },
      dataField: { name: 'survey', description: 'The new draft.' },
    },
    args: { input: t.arg({ type: CreateSurveyInput, required: true, description: 'The survey.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createSchema, args.input);
      if (input.sections && input.templateId) throw inputIssue(['templateId'], 'VALIDATION.surveySectionsOrTemplate');
      let definition: DefinitionInput = input.sections
        ? parseInput(definitionSchema, { sections: input.sections })
        : { sections: [] };
      const prisma = context.db.prisma;
      checkedWindow(input.opensAt, input.closesAt);
      const audience = await checkedAudience(prisma, input.audience);
      let purpose = input.purpose ?? null;
      let templateId: string | null = null;
      if (input.templateId) {
        const template = await prisma.surveyTemplate.findUnique({
          where: { id: input.templateId.id },
          select: { id: true, purpose: true, definition: true },
        });
        if (!template) throw new NotFoundError('SurveyTemplate');
        definition = templateDefinition(template.definition);
        purpose ??= template.purpose;
        templateId = template.id;
      }
      const id = uuidv7();
      const publisherId = actingUserId(context);
      await prisma.$transaction(async (tx) => {
        await tx.survey.create({
          data: {
            id,
            title: input.title,
            description: input.description ?? null,
            purpose: purpose ?? 'GENERAL',
            anonymous: input.anonymous ?? false,
            minGroupSize: input.minGroupSize ?? 1,
            audienceKind: audience.kind,
            audienceOrganisationId: audience.organisationId,
            programmeId: audience.programmeId,
            orgPath: audience.orgPath,
            publisherId,
            templateId,
            opensAt: input.opensAt,
            closesAt: input.closesAt,
          },
        });
        await writeSections(tx, id, layoutDefinition(definition));
      });
      return prisma.survey.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// updateSurvey

const UpdateSurveyInput = builder.inputType('UpdateSurveyInput', {
  description: 'What to change in a draft; an omitted field stays as it is. The audience does not change.',
  fields: (t) => ({
    surveyId: t.globalID({ required: true, for: Survey, description: 'The draft survey.' }),
    title: t.string({ required: false, description: `1 to ${SURVEY_LIMITS.title} characters.` }),
    description: t.string({ required: false, description: 'A new introduction; an empty string clears it.' }),
    purpose: t.field({ type: SurveyPurpose, required: false, description: 'What it is for.' }),
    anonymous: t.boolean({ required: false, description: 'Anonymous or named.' }),
    minGroupSize: t.int({ required: false, description: `1 to ${SURVEY_LIMITS.minGroupSize}.` }),
    opensAt: t.field({ type: 'DateTime', required: false, description: 'When answering starts.' }),
    closesAt: t.field({ type: 'DateTime', required: false, description: 'When answering ends (after opensAt).' }),
    sections: t.field({
      type: [SectionInput],
      required: false,
      description: 'All its sections and questions, replacing the current ones.',
    }),
  }),
});

const updateSchema = z.object({
  surveyId: globalIdSchema,
  title: textFields.title.nullish(),
  description: textFields.description,
  purpose: z.enum(SURVEY_PURPOSES).nullish(),
  anonymous: z.boolean().nullish(),
  minGroupSize: textFields.minGroupSize,
  opensAt: z.date().nullish(),
  closesAt: z.date().nullish(),
  sections: z.array(sectionSchema).nullish(),
});

builder.mutationField('updateSurvey', (t) =>
  t.prismaField({
    type: Survey,
    description:
      'Changes a draft survey (action survey:manage over it): its texts, purpose, anonymity, window and, with `sections`, all ' +
      'its questions at once. A published or closed survey is INVALID_STATE.',
    authorize: surveyResource,
    errors: {
      types: updateErrors,
      result: { description: 'The draft is changed.' },
      dataField: { name: 'survey', description: 'The draft as it is now.' },
    },
    args: { input: t.arg({ type: UpdateSurveyInput, required: true, description: 'What to change.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateSchema, args.input);
      const definition = input.sections ? parseInput(definitionSchema, { sections: input.sections }) : null;
      const id = input.surveyId.id;
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const current = await lockedSurvey(tx, id);
        draftOnly(current.status, 'update');
        const opensAt = input.opensAt ?? current.opensAt;
        const closesAt = input.closesAt ?? current.closesAt;
        checkedWindow(opensAt, closesAt);
        await tx.survey.update({
          where: { id },
          data: {
            title: input.title ?? undefined,
            description:
              input.description === undefined || input.description === null ? undefined : input.description || null,
            purpose: input.purpose ?? undefined,
            anonymous: input.anonymous ?? undefined,
            minGroupSize: input.minGroupSize ?? undefined,
            opensAt,
            closesAt,
          },
        });
        if (definition) {
          await clearSections(tx, id);
          await writeSections(tx, id, layoutDefinition(definition));
        }
      });
      return prisma.survey.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

// ---------------------------------------------------------------------------------------------------------------
// publishSurvey, closeSurvey, deleteSurvey

const surveyRefInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({ surveyId: t.globalID({ required: true, for: Survey, description: 'The survey.' }) }),
  });

builder.mutationField('publishSurvey', (t) =>
  t.prismaField({
    type: Survey,
    description:
      'Publishes a draft (DRAFT → PUBLISHED; action survey:manage over it): its audience sees it from now on and answers ' +
      'between opensAt and closesAt. Needs at least one question and a window that closes in the future (INVALID_STATE ' +
      'otherwise). Its questions no longer change.',
    authorize: surveyResource,
    errors: {
      types: transitionErrors,
      result: { description: 'The survey is published.' },
      dataField: { name: 'survey', description: 'The survey.' },
    },
    args: {
      input: t.arg({
        type: surveyRefInput('PublishSurveyInput', 'The draft to publish.'),
        required: true,
        description: 'The survey.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const id = args.input.surveyId.id;
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const current = await lockedSurvey(tx, id);
        draftOnly(current.status, 'publish');
        if ((await tx.surveyQuestion.count({ where: { surveyId: id } })) === 0)
          throw new InvalidStateError('surveyNoQuestions');
        const now = new Date();
        const problem = windowProblem(current.opensAt, current.closesAt, now);
        if (problem) throw new InvalidStateError('surveyWindow', { problem });
        await tx.survey.update({ where: { id }, data: { status: 'PUBLISHED', publishedAt: now } });
      });
      return prisma.survey.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

builder.mutationField('closeSurvey', (t) =>
  t.prismaField({
    type: Survey,
    description:
      'Closes a published survey before its window ends (PUBLISHED → CLOSED; action survey:manage over it): no more answers ' +
      'or changes. Its responses are kept.',
    authorize: surveyResource,
    errors: {
      types: transitionErrors,
      result: { description: 'The survey is closed.' },
      dataField: { name: 'survey', description: 'The survey.' },
    },
    args: {
      input: t.arg({
        type: surveyRefInput('CloseSurveyInput', 'The published survey to close.'),
        required: true,
        description: 'The survey.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const id = args.input.surveyId.id;
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const current = await lockedSurvey(tx, id);
        if (current.status !== 'PUBLISHED')
          throw new InvalidStateError('surveyNotPublished', { status: current.status });
        await tx.survey.update({ where: { id }, data: { status: 'CLOSED', closedAt: new Date() } });
      });
      return prisma.survey.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);

const DeleteSurveyPayload = builder.objectRef<{ deletedSurveyId: string }>('DeleteSurveyPayload').implement({
  description: 'The draft is deleted with its sections and questions.',
  fields: (t) => ({
    deletedSurveyId: t.exposeID('deletedSurveyId', { description: 'Global ID of the deleted survey.' }),
  }),
});

builder.mutationField('deleteSurvey', (t) =>
  t.field({
    type: DeleteSurveyPayload,
    description:
      'Deletes a draft survey with its sections and questions (action survey:manage over it). A published or closed survey ' +
      'is INVALID_STATE (close it instead).',
    authorize: surveyResource,
    errors: { types: transitionErrors, directResult: true },
    args: {
      input: t.arg({
        type: surveyRefInput('DeleteSurveyInput', 'The draft to delete.'),
        required: true,
        description: 'The survey.',
      }),
    },
    resolve: async (_root, args, context) => {
      const id = args.input.surveyId.id;
      await context.db.prisma.$transaction(async (tx) => {
        const current = await lockedSurvey(tx, id);
        draftOnly(current.status, 'delete');
        await tx.survey.delete({ where: { id } });
      });
      return { deletedSurveyId: encodeGlobalID('Survey', id) };
    },
  }),
);
