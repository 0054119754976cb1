/**
 * A teacher uploads their personal improvement plan (提升计划) or the summary of a selected competency (提升总结):
 * DOC, DOCX or PDF (by extension and content), at most the programme's documentMaxBytes (2048 KB in Guangdong). Uploading
 * again replaces the current file and keeps the earlier one as a version (“重复上传会覆盖之前的文件”). Uploads close once
 * the programme's uploadsCloseWithPhase phase has ended (“校本研修时间结束后将不开放上传和修改”).
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Enrolment } from '../enrolments/index.js';
import { storeUpload, Upload } from '../files/index.js';
import { recordDecision } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  ConflictError,
  formatDay,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { DOCUMENT_INCLUDE, PersonalDocument } from './document.js';
import { uploadDocumentErrors } from './errors.js';
import { DOCUMENT_FILE_TYPES, OPEN_PROGRAMME_STATUSES, SUMMARY_SELECTION_STATUSES, uploadWindow } from './rules.js';

const FILE_DESCRIPTION =
  'The file: DOC, DOCX or PDF (by extension and by content), at most the programme’s schoolBasedStudy.documentMaxBytes (2048 KB by ' +
  'default). Send it as a multipart request.';

const UploadImprovementPlanInput = builder.inputType('UploadImprovementPlanInput', {
  description: 'A teacher’s personal improvement plan (个人提升计划).',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The viewer’s own enrolment in a PUBLISHED or RUNNING programme.',
    }),
    file: t.field({ type: Upload, required: true, description: FILE_DESCRIPTION }),
  }),
});

const UploadImprovementSummaryInput = builder.inputType('UploadImprovementSummaryInput', {
  description: 'A teacher’s summary of one selected competency (个人提升总结).',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The viewer’s own enrolment in a PUBLISHED or RUNNING programme.',
    }),
    competencyId: t.globalID({
      required: true,
      for: Competency,
      description: 'A competency of the teacher’s SUBMITTED or APPROVED selection.',
    }),
    file: t.field({ type: Upload, required: true, description: FILE_DESCRIPTION }),
  }),
});

const fileSchema = z.custom<File>((value) => value instanceof Object);
const planSchema = z.object({ enrolmentId: globalIdSchema, file: fileSchema });
const summarySchema = z.object({ enrolmentId: globalIdSchema, competencyId: globalIdSchema, file: fileSchema });

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/**
 * Checks the enrolment, the programme's state and upload window (and, for a summary, the selection), stores the
 * file and creates or replaces the document with a new version and a history entry, in one transaction. Optimistic:
 * the document must still be at the version read before the upload (two first uploads: one wins, the other CONFLICT).
 */
async function uploadDocument(
  context: Context,
  input: { enrolmentId: string; competencyId: string | null; file: File },
): Promise<string> {
  const prisma = context.db.prisma;
  const actorId = actingUserId(context);
  const enrolment = await prisma.enrolment.findUnique({
    where: { id: input.enrolmentId },
    select: {
      id: true,
      orgPath: true,
      programme: { select: { status: true, rules: true, phases: { select: { kind: true, endsOn: true } } } },
      selection: { select: { status: true, items: { select: { competencyId: true } } } },
    },
  });
  if (!enrolment) throw new NotFoundError('Enrolment');
  const { programme } = enrolment;
  if (!OPEN_PROGRAMME_STATUSES.includes(programme.status))
    throw new InvalidStateError('improvementProgrammeNotOpen', { status: programme.status });
  const rules = parseProgrammeRules(programme.rules).schoolBasedStudy;
  const window = uploadWindow(rules, programme.phases, new Date());
  if (!window.open)
    throw new InvalidStateError('improvementUploadsClosed', { phase: window.phase, endsOn: formatDay(window.endsOn) });
  const kind = input.competencyId === null ? 'PLAN' : 'SUMMARY';
  if (input.competencyId !== null) {
    const selection = enrolment.selection;
    const selected =
      selection !== null &&
      SUMMARY_SELECTION_STATUSES.includes(selection.status) &&
      selection.items.some((item) => item.competencyId === input.competencyId);
    // A competency the teacher has not selected has no summary to upload.
    if (!selected) throw new NotFoundError('Competency');
  }
  const where = { enrolmentId: enrolment.id, kind, competencyId: input.competencyId } as const;
  const current = await prisma.personalDocument.findFirst({ where, select: { id: true, version: true } });

  return storeUpload(
    prisma,
    context.files.storage,
    input.file,
    {
      allowedTypes: DOCUMENT_FILE_TYPES,
      maxBytes: rules.documentMaxBytes,
      orgPath: enrolment.orgPath,
      uploadedById: actorId,
    },
    async (tx, stored) => {
      let id: string;
      let version: number;
      if (!current) {
        const created = await tx.personalDocument.create({
          data: { ...where, fileId: stored.id, version: 1, orgPath: enrolment.orgPath },
          select: { id: true },
        });
        id = created.id;
        version = 1;
      } else {
        version = current.version + 1;
        const { count } = await tx.personalDocument.updateMany({
          where: { id: current.id, version: current.version },
          data: { fileId: stored.id, version },
        });
        if (count !== 1) throw new ConflictError('personalDocumentMeanwhile');
        id = current.id;
      }
      await tx.personalDocumentVersion.create({
        data: { documentId: id, version, fileId: stored.id, uploadedById: actorId },
      });
      await recordDecision(tx, {
        subjectType: 'PersonalDocument',
        subjectId: id,
        actorId,
        action: current ? 'REPLACE' : 'UPLOAD',
        fromState: current ? `v${current.version}` : null,
        toState: `v${version}`,
        comment: stored.filename,
        orgPath: enrolment.orgPath,
      });
      return id;
    },
  ).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new ConflictError('personalDocumentMeanwhile');
    throw error;
  });
}

builder.mutationField('uploadImprovementPlan', (t) =>
  t.prismaField({
    type: PersonalDocument,
    description:
      'A teacher uploads their personal improvement plan (个人提升计划; action document:upload, their own enrolment, programme PUBLISHED ' +
      'or RUNNING). Uploading again replaces the current file; the earlier one stays in `versions`. DOC, DOCX or PDF, at most ' +
      'documentMaxBytes (FILE_TYPE_NOT_ALLOWED, FILE_TOO_LARGE); closed once the uploadsCloseWithPhase phase has ended (INVALID_STATE). ' +
      'A refused upload stores nothing. Recorded in the history (UPLOAD, REPLACE).',
    authorize: {
      action: 'document:upload',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: uploadDocumentErrors,
      result: { description: 'The plan is uploaded.' },
      dataField: { name: 'document', description: 'The plan at its new version.' },
    },
    args: { input: t.arg({ type: UploadImprovementPlanInput, required: true, description: 'The plan.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(planSchema, args.input);
      const id = await uploadDocument(context, {
        enrolmentId: input.enrolmentId.id,
        competencyId: null,
        file: input.file,
      });
      return context.db.prisma.personalDocument.findUniqueOrThrow({
        ...payloadQuery(query, DOCUMENT_INCLUDE),
        where: { id },
      });
    },
  }),
);

builder.mutationField('uploadImprovementSummary', (t) =>
  t.prismaField({
    type: PersonalDocument,
    description:
      'A teacher uploads the summary of one selected competency (个人提升总结; action document:upload, their own enrolment, programme ' +
      'PUBLISHED or RUNNING). Only for a competency of their SUBMITTED or APPROVED selection (else NOT_FOUND). Otherwise as ' +
      'uploadImprovementPlan: one file per competency, replaced by uploading again (“重复上传会覆盖之前的文件”). Recorded in the history.',
    authorize: {
      action: 'document:upload',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: uploadDocumentErrors,
      result: { description: 'The summary is uploaded.' },
      dataField: { name: 'document', description: 'The summary at its new version.' },
    },
    args: { input: t.arg({ type: UploadImprovementSummaryInput, required: true, description: 'The summary.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(summarySchema, args.input);
      const id = await uploadDocument(context, {
        enrolmentId: input.enrolmentId.id,
        competencyId: input.competencyId.id,
        file: input.file,
      });
      return context.db.prisma.personalDocument.findUniqueOrThrow({
        ...payloadQuery(query, DOCUMENT_INCLUDE),
        where: { id },
      });
    },
  }),
);
