import { z } from 'zod';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { recordDecision } from '../history/index.js';
import { Programme } from '../programmes/index.js';
import { Rubric, rubricVisible } from '../rubrics/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  registerResource,
} from '../shared/index.js';
import { effectiveSpec } from './effective-spec.js';
import { manageSpecErrors } from './errors.js';
import {
  FILE_KINDS,
  MAX_GUIDANCE_LENGTH,
  MAX_SLOT_COUNT,
  MAX_SLOT_VIDEO_SECONDS,
  MAX_SPEC_SLOTS,
  specArtefactsSchema,
} from './rules.js';
import { ArtefactKind, AssessmentSpec } from './spec.js';

/** A spec row belongs to its path ("/" for a catalogue's, the district's for an override). */
registerResource('AssessmentSpec', async (ids, context) => {
  const rows = await context.db.prisma.assessmentSpec.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { paths: [row.orgPath], ownerId: null, visible: row.orgPath === '/' || context.viewer.isOnLine(row.orgPath) },
    ]),
  );
});

const ArtefactSlotInput = builder.inputType('ArtefactSlotInput', {
  description: 'One artefact slot of a spec.',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'Stable key within the spec: 1 to 64 letters, digits, ".", "_" or "-".',
    }),
    kind: t.field({ type: ArtefactKind, required: true }),
    nameZh: t.string({ required: true, description: 'Name in Chinese (活动方案, 学生作品, 反思视频 …).' }),
    nameEn: t.string({ required: true, description: 'Name in English.' }),
    descriptionZh: t.string({ required: false, description: 'What it must contain, in Chinese.' }),
    count: t.int({ required: true, description: `Files required, 1 to ${MAX_SLOT_COUNT}.` }),
    maxCount: t.int({ required: true, description: 'Files allowed at most (≥ count).' }),
    formats: t.stringList({ required: true, description: `Accepted file kinds, among ${FILE_KINDS.join(', ')}.` }),
    maxBytes: t.float({ required: true, description: 'Largest file, in bytes (a whole number, at most 2 GB).' }),
    maxVideoSeconds: t.int({
      required: false,
      description: `Longest video in seconds, 1 to ${MAX_SLOT_VIDEO_SECONDS}; only with the mp4 format.`,
    }),
    teacherVisible: t.boolean({ required: true, description: 'The teacher must appear in the video (needs mp4).' }),
    commentRequired: t.boolean({ required: true, description: 'Each file needs the teacher’s comment.' }),
  }),
});

const SetProgrammeAssessmentSpecInput = builder.inputType('SetProgrammeAssessmentSpecInput', {
  description: 'A district’s own assessment spec of one competency for one programme (replaces an earlier override).',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme; not CLOSED.' }),
    competencyId: t.globalID({ required: true, for: Competency, description: 'A competency of its catalogue.' }),
    artefacts: t.field({
      type: [ArtefactSlotInput],
      required: true,
      description: `1 to ${MAX_SPEC_SLOTS} slots with distinct keys.`,
    }),
    guidanceZh: t.string({
      required: true,
      description: `Guidance in Chinese, 1 to ${MAX_GUIDANCE_LENGTH} characters.`,
    }),
    guidanceEn: t.string({ required: false, description: 'Guidance in English.' }),
    rubricId: t.globalID({
      required: true,
      for: Rubric,
      description: 'The rubric raters use: a national one or one on the admin’s line.',
    }),
  }),
});

const ResetProgrammeAssessmentSpecInput = builder.inputType('ResetProgrammeAssessmentSpecInput', {
  description: 'Drops a programme’s own spec of a competency: the catalogue’s applies again.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme; not CLOSED.' }),
    competencyId: t.globalID({ required: true, for: Competency, description: 'The competency.' }),
  }),
});

const guidanceSchema = z.string().trim().min(1).max(MAX_GUIDANCE_LENGTH);

const setSchema = z.object({
  programmeId: globalIdSchema,
  competencyId: globalIdSchema,
  artefacts: specArtefactsSchema,
  guidanceZh: guidanceSchema,
  guidanceEn: guidanceSchema.nullish(),
  rubricId: globalIdSchema,
});

const resetSchema = z.object({ programmeId: globalIdSchema, competencyId: globalIdSchema });

/** The programme, locked, and checks shared by set and reset. */
async function lockedProgramme(tx: Prisma.TransactionClient, programmeId: string, competencyId: string) {
  await tx.$queryRaw`SELECT id FROM "Programme" WHERE id = ${programmeId} FOR UPDATE`;
  const programme = await tx.programme.findUnique({
    where: { id: programmeId },
    select: { id: true, status: true, orgPath: true, catalogueId: true },
  });
  if (!programme) throw new NotFoundError('Programme');
  if (programme.status === 'CLOSED') throw new InvalidStateError('specProgrammeClosed');
  const competency = await tx.competency.findUnique({
    where: { id: competencyId },
    select: { id: true, code: true, catalogueId: true },
  });
  if (!competency || competency.catalogueId !== programme.catalogueId)
    throw inputIssue(['competencyId'], 'VALIDATION.specCompetencyNotInCatalogue');
  return { programme, competency };
}

builder.mutationFields((t) => ({
  setProgrammeAssessmentSpec: t.field({
    type: AssessmentSpec,
    description:
      'A district admin sets the programme’s own assessment spec (测评规范) of one competency: artefacts, guidance and rubric (action ' +
      'assessmentSpec:manage over the programme’s district). It replaces the catalogue’s in this programme. Not in a CLOSED programme.',
    authorize: {
      action: 'assessmentSpec:manage',
      resource: (_root, args) => ({ kind: 'Programme', id: args.input.programmeId.id }),
    },
    errors: {
      types: manageSpecErrors,
      result: { description: 'The spec is set.' },
      dataField: { name: 'spec', description: 'The programme’s spec of the competency.' },
    },
    args: { input: t.arg({ type: SetProgrammeAssessmentSpecInput, required: true, description: 'The spec.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(setSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const rubric = await prisma.rubric.findUnique({ where: { id: input.rubricId.id }, select: { orgPath: true } });
      if (!rubric || !rubricVisible(context, rubric.orgPath)) throw new NotFoundError('Rubric');
      await prisma.$transaction(async (tx) => {
        const { programme, competency } = await lockedProgramme(tx, input.programmeId.id, input.competencyId.id);
        const data = {
          artefacts: input.artefacts as unknown as Prisma.InputJsonValue,
          guidanceZh: input.guidanceZh,
          guidanceEn: input.guidanceEn ?? null,
          rubricId: input.rubricId.id,
          updatedById: actorId,
        };
        const existing = await tx.assessmentSpec.findFirst({
          where: { programmeId: programme.id, competencyId: competency.id },
          select: { id: true },
        });
        if (existing) await tx.assessmentSpec.update({ where: { id: existing.id }, data });
        else
          await tx.assessmentSpec.create({
            data: { ...data, programmeId: programme.id, competencyId: competency.id, orgPath: programme.orgPath },
          });
        await recordDecision(tx, {
          subjectType: 'Programme',
          subjectId: programme.id,
          actorId,
          action: existing ? 'ASSESSMENT_SPEC_CHANGE' : 'ASSESSMENT_SPEC_SET',
          toState: competency.code,
          orgPath: programme.orgPath,
        });
      });
      const spec = await effectiveSpec(prisma, input.programmeId.id, input.competencyId.id);
      if (!spec) throw new NotFoundError('AssessmentSpec');
      return spec;
    },
  }),
  resetProgrammeAssessmentSpec: t.field({
    type: AssessmentSpec,
    nullable: true,
    description:
      'A district admin drops the programme’s own spec of a competency (action assessmentSpec:manage): the catalogue’s applies again ' +
      '(the payload’s spec; null when the catalogue has none). Not in a CLOSED programme.',
    authorize: {
      action: 'assessmentSpec:manage',
      resource: (_root, args) => ({ kind: 'Programme', id: args.input.programmeId.id }),
    },
    errors: {
      types: manageSpecErrors,
      result: { description: 'The override is dropped.' },
      dataField: { name: 'spec', description: 'The spec now in force: the catalogue’s.' },
    },
    args: {
      input: t.arg({
        type: ResetProgrammeAssessmentSpecInput,
        required: true,
        description: 'The programme and competency.',
      }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(resetSchema, args.input);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const { programme, competency } = await lockedProgramme(tx, input.programmeId.id, input.competencyId.id);
        const dropped = await tx.assessmentSpec.deleteMany({
          where: { programmeId: programme.id, competencyId: competency.id },
        });
        if (dropped.count === 0) throw new InvalidStateError('specNotOverridden');
        await recordDecision(tx, {
          subjectType: 'Programme',
          subjectId: programme.id,
          actorId: actingUserId(context),
          action: 'ASSESSMENT_SPEC_RESET',
          fromState: competency.code,
          orgPath: programme.orgPath,
        });
      });
      return effectiveSpec(prisma, input.programmeId.id, input.competencyId.id);
    },
  }),
}));
