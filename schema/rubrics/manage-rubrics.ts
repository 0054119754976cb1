import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import {
  actingUserId,
  ConflictError,
  globalIdSchema,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { caseRubricSchema, caseToRubric } from './case.js';
import { manageRubricErrors } from './errors.js';
import { Rubric } from './rubric.js';
import {
  MAX_RUBRIC_CRITERIA,
  MAX_RUBRIC_LEVELS,
  MAX_RUBRIC_NAME_LENGTH,
  RUBRIC_KEY,
  type RubricContent,
  rubricContentSchema,
} from './rules.js';

/** Longest CASE JSON an import reads, in characters. */
const MAX_IMPORT_JSON_LENGTH = 1_000_000;

const RubricLevelInput = builder.inputType('RubricLevelInput', {
  description: 'One level of a criterion.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'Stable key within the criterion: 1 to 64 letters, digits, ".", "_" or "-".',
    }),
    nameZh: t.string({
      required: true,
      description: `Name in Chinese (优秀 / 合格 / 待改进 …), 1 to ${MAX_RUBRIC_NAME_LENGTH} characters.`,
    }),
    nameEn: t.string({ required: false, description: 'Name in English.' }),
    points: t.float({ required: true, description: 'Points the level gives, 0 or more.' }),
    descriptorZh: t.string({ required: true, description: 'What work at this level looks like, in Chinese.' }),
    descriptorEn: t.string({ required: false, description: 'The same in English.' }),
  }),
});

const RubricCriterionInput = builder.inputType('RubricCriterionInput', {
  description: 'One criterion of a rubric and its levels.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'Stable key within the rubric: 1 to 64 letters, digits, ".", "_" or "-".',
    }),
    nameZh: t.string({ required: true, description: 'Name in Chinese.' }),
    nameEn: t.string({ required: false, description: 'Name in English.' }),
    levels: t.field({
      type: [RubricLevelInput],
      required: true,
      description: `1 to ${MAX_RUBRIC_LEVELS} levels with distinct keys, best first.`,
    }),
  }),
});

export const RubricContentInput = builder.inputType('RubricContentInput', {
  description: 'The content of a rubric version: criteria × levels with points, and the thresholds.',
  fields: (t) => ({
    criteria: t.field({
      type: [RubricCriterionInput],
      required: true,
      description: `1 to ${MAX_RUBRIC_CRITERIA} criteria with distinct keys.`,
    }),
    passPoints: t.float({
      required: true,
      description: 'Total points at or above which the outcome is PASS (合格); at most the most points.',
    }),
    excellentPoints: t.float({
      required: true,
      description:
        'Total points at or above which the outcome is EXCELLENT (优秀); at least passPoints, at most the most points.',
    }),
  }),
});

const CreateRubricInput = builder.inputType('CreateRubricInput', {
  description: 'A new rubric of a district or province, with its first version.',
  fields: (t) => ({
    organisationId: t.globalID({ required: true, for: Organisation, description: 'The owning district or province.' }),
    key: t.string({
      required: true,
      description: 'Stable key, unique within the owner: 1 to 64 letters, digits, ".", "_" or "-".',
    }),
    titleZh: t.string({ required: true, description: `Title in Chinese, 1 to ${MAX_RUBRIC_NAME_LENGTH} characters.` }),
    titleEn: t.string({ required: false, description: 'Title in English.' }),
    content: t.field({ type: RubricContentInput, required: true, description: 'The first version’s content.' }),
  }),
});

const ReviseRubricInput = builder.inputType('ReviseRubricInput', {
  description: 'A new version of a rubric; older versions stay as they were, with the assessments made with them.',
  fields: (t) => ({
    rubricId: t.globalID({ required: true, for: Rubric, description: 'The rubric.' }),
    expectedVersion: t.int({
      required: true,
      description: 'The latest version the admin edited (`latestVersion`); another one is a CONFLICT.',
    }),
    content: t.field({ type: RubricContentInput, required: true, description: 'The new version’s content.' }),
  }),
});

const ImportRubricInput = builder.inputType('ImportRubricInput', {
  description: 'A rubric from CASE CFRubric JSON (as `rubricCaseJson` exports it, or from another CASE publisher).',
  fields: (t) => ({
    organisationId: t.globalID({ required: true, for: Organisation, description: 'The owning district or province.' }),
    json: t.string({ required: true, description: 'One CFRubric as JSON text.' }),
    key: t.string({
      required: false,
      description:
        'The rubric’s key; default the one the JSON carries (`extensions.tisheng.key`), required when it carries none.',
    }),
    passPoints: t.float({ required: false, description: 'Pass threshold; default the one the JSON carries.' }),
    excellentPoints: t.float({
      required: false,
      description: 'Excellent threshold; default the one the JSON carries.',
    }),
  }),
});

const keySchema = z.string().regex(RUBRIC_KEY, { message: 'VALIDATION.code' });
const titleSchema = z.string().trim().min(1).max(MAX_RUBRIC_NAME_LENGTH);

const createSchema = z.object({
  organisationId: globalIdSchema,
  key: keySchema,
  titleZh: titleSchema,
  titleEn: titleSchema.nullish(),
  content: rubricContentSchema,
});

const reviseSchema = z.object({
  rubricId: globalIdSchema,
  expectedVersion: z.int().min(1),
  content: rubricContentSchema,
});

const importSchema = z.object({
  organisationId: globalIdSchema,
  json: z.string().min(1).max(MAX_IMPORT_JSON_LENGTH),
  key: keySchema.nullish(),
  passPoints: z.number().finite().nullish(),
  excellentPoints: z.number().finite().nullish(),
});

const isUniqueViolation = (error: unknown): error is Prisma.PrismaClientKnownRequestError =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** The owner of a new rubric: a district or province the admin manages (the action was checked on it). */
async function ownerOf(context: Context, organisationId: string) {
  const organisation = await context.db.prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, kind: true, path: true },
  });
  if (!organisation) throw new NotFoundError('Organisation');
  if (organisation.kind !== 'DISTRICT' && organisation.kind !== 'PROVINCE')
    throw inputIssue(['organisationId'], 'VALIDATION.rubricOwner');
  return organisation;
}

const versionData = (content: RubricContent) => ({
  criteria: content.criteria as unknown as Prisma.InputJsonValue,
  passPoints: content.passPoints,
  excellentPoints: content.excellentPoints,
});

/** Creates a rubric with version 1 and its history entry, in one transaction; a taken key is a CONFLICT. */
async function createRubricRow(
  context: Context,
  data: {
    id?: string;
    organisation: { id: string; path: string };
    key: string;
    titleZh: string;
    titleEn: string | null;
    content: RubricContent;
    createdAt?: Date;
    action: 'CREATE' | 'IMPORT';
  },
): Promise<string> {
  const actorId = actingUserId(context);
  return context.db.prisma
    .$transaction(async (tx) => {
      const rubric = await tx.rubric.create({
        data: {
          ...(data.id ? { id: data.id } : {}),
          key: data.key,
          titleZh: data.titleZh,
          titleEn: data.titleEn,
          ownerOrganisationId: data.organisation.id,
          orgPath: data.organisation.path,
          latestVersion: 1,
          versions: {
            create: {
              version: 1,
              ...versionData(data.content),
              createdById: actorId,
              ...(data.createdAt ? { createdAt: data.createdAt } : {}),
            },
          },
        },
        select: { id: true },
      });
      await recordDecision(tx, {
        subjectType: 'Rubric',
        subjectId: rubric.id,
        actorId,
        action: data.action,
        toState: 'v1',
        orgPath: data.organisation.path,
      });
      return rubric.id;
    })
    .catch((error: unknown) => {
      if (!isUniqueViolation(error)) throw error;
      // An import whose identifier was taken meanwhile gets an id of its own.
      if (data.id && uniqueTarget(error).includes('id') && !uniqueTarget(error).includes('key'))
        return createRubricRow(context, { ...data, id: undefined });
      throw new ConflictError('rubricKey', { key: data.key });
    });
}

/** The columns a unique violation names (Prisma's `meta.target`, or the constraint name). */
function uniqueTarget(error: Prisma.PrismaClientKnownRequestError): string[] {
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  if (Array.isArray(target)) return target.map(String);
  return typeof target === 'string' ? [target.endsWith('_pkey') ? 'id' : target] : [];
}

builder.mutationFields((t) => ({
  createRubric: t.prismaField({
    type: Rubric,
    description:
      'A district or province admin creates a rubric (评价量规) with its first version (action rubric:manage over the owner). Keys are ' +
      'unique within the owner.',
    authorize: {
      action: 'rubric:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.organisationId.id }),
    },
    errors: {
      types: manageRubricErrors,
      result: { description: 'The rubric is created.' },
      dataField: { name: 'rubric', description: 'The new rubric.' },
    },
    args: { input: t.arg({ type: CreateRubricInput, required: true, description: 'The rubric.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createSchema, args.input);
      const organisation = await ownerOf(context, input.organisationId.id);
      const id = await createRubricRow(context, {
        organisation,
        key: input.key,
        titleZh: input.titleZh,
        titleEn: input.titleEn ?? null,
        content: input.content,
        action: 'CREATE',
      });
      return context.db.prisma.rubric.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
  reviseRubric: t.prismaField({
    type: Rubric,
    description:
      'A new immutable version of a rubric (action rubric:manage over its owner): version latestVersion + 1. Assessments made with ' +
      'older versions keep them. A stale `expectedVersion` is a CONFLICT; national rubrics are changed by nobody.',
    authorize: {
      action: 'rubric:manage',
      resource: (_root, args) => ({ kind: 'Rubric', id: args.input.rubricId.id }),
    },
    errors: {
      types: manageRubricErrors,
      result: { description: 'The new version is made.' },
      dataField: { name: 'rubric', description: 'The rubric with its new latest version.' },
    },
    args: { input: t.arg({ type: ReviseRubricInput, required: true, description: 'The new version.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(reviseSchema, args.input);
      const id = input.rubricId.id;
      const actorId = actingUserId(context);
      await context.db.prisma.$transaction(async (tx) => {
        // Optimistic: only the admin who saw the latest version moves it on.
        const moved = await tx.rubric.updateMany({
          where: { id, latestVersion: input.expectedVersion },
          data: { latestVersion: { increment: 1 } },
        });
        if (moved.count === 0) {
          const current = await tx.rubric.findUnique({ where: { id }, select: { latestVersion: true } });
          if (!current) throw new NotFoundError('Rubric');
          throw new ConflictError('rubricVersion', { version: current.latestVersion });
        }
        const rubric = await tx.rubric.findUniqueOrThrow({
          where: { id },
          select: { latestVersion: true, orgPath: true },
        });
        await tx.rubricVersion.create({
          data: { rubricId: id, version: rubric.latestVersion, ...versionData(input.content), createdById: actorId },
        });
        await recordDecision(tx, {
          subjectType: 'Rubric',
          subjectId: id,
          actorId,
          action: 'REVISE',
          fromState: `v${input.expectedVersion}`,
          toState: `v${rubric.latestVersion}`,
          orgPath: rubric.orgPath,
        });
      });
      return context.db.prisma.rubric.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
  importRubric: t.prismaField({
    type: Rubric,
    description:
      'A district or province admin imports a rubric from CASE CFRubric JSON (action rubric:manage over the owner). Bad JSON or a bad ' +
      'shape is a VALIDATION error and nothing is written. The CFRubric identifier becomes the rubric’s id when it is free, so an ' +
      'export imported into another system exports the same identifiers again.',
    authorize: {
      action: 'rubric:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.organisationId.id }),
    },
    errors: {
      types: manageRubricErrors,
      result: { description: 'The rubric is imported.' },
      dataField: { name: 'rubric', description: 'The imported rubric.' },
    },
    args: { input: t.arg({ type: ImportRubricInput, required: true, description: 'The CASE JSON and its owner.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(importSchema, args.input);
      let raw: unknown;
      try {
        raw = JSON.parse(input.json);
      } catch {
        throw inputIssue(['json'], 'VALIDATION.rubricJson');
      }
      const parsed = parseInput(z.object({ json: caseRubricSchema }), { json: raw }).json;
      const imported = caseToRubric(parsed);
      if (!input.key && !imported.key) throw inputIssue(['key'], 'VALIDATION.rubricKeyMissing');
      const { key } = parseInput(z.object({ key: keySchema }), { key: input.key ?? imported.key });
      const passPoints = input.passPoints ?? imported.content.passPoints;
      const excellentPoints = input.excellentPoints ?? imported.content.excellentPoints;
      if (passPoints == null || excellentPoints == null)
        throw inputIssue(['passPoints'], 'VALIDATION.rubricThresholdsMissing');
      const content = parseInput(z.object({ json: rubricContentSchema }), {
        json: { criteria: imported.content.criteria, passPoints, excellentPoints },
      }).json;
      const organisation = await ownerOf(context, input.organisationId.id);
      const taken = await context.db.prisma.rubric.findUnique({
        where: { id: imported.identifier },
        select: { id: true },
      });
      const id = await createRubricRow(context, {
        ...(taken ? {} : { id: imported.identifier }),
        organisation,
        key,
        titleZh: imported.titleZh.slice(0, MAX_RUBRIC_NAME_LENGTH),
        titleEn: imported.titleEn?.slice(0, MAX_RUBRIC_NAME_LENGTH) ?? null,
        content,
        ...(imported.lastChangeDateTime ? { createdAt: imported.lastChangeDateTime } : {}),
        action: 'IMPORT',
      });
      return context.db.prisma.rubric.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
}));
