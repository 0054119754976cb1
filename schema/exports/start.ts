/**
 * Starting an export (action export:run over the district or province, or over a programme's district): the job row
 * and its queued run are written in one transaction, so a job exists exactly when its run is queued. With an
 * idempotency key, a retried request returns the job the first one started.
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { EXPORT_RUN_JOB } from '../../api/exports/job.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  idempotent,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
  scopeOf,
} from '../shared/index.js';
import { ExportsUnavailableError, startExportErrors } from './errors.js';
import { ExportDataset, ExportFormat, ExportJob, OPEN_TO_CLIENTS } from './export-job.js';

/** Longest idempotency key, in characters. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

const StartExportInput = builder.inputType('StartExportInput', {
  description: 'What to export and in which format: give exactly one of organisationId and programmeId.',
  fields: (t) => ({
    organisationId: t.globalID({
      required: false,
      for: Organisation,
      description: 'A district or province: every programme’s records of its schools.',
    }),
    programmeId: t.globalID({
      required: false,
      for: Programme,
      description: 'One programme: its records (CREDIT_RECORDS, ENROLMENTS), its schools and its enrolled teachers.',
    }),
    dataset: t.field({ type: ExportDataset, required: true, description: 'What to export.' }),
    format: t.field({ type: ExportFormat, required: true, description: 'NDJSON, CSV or XLSX.' }),
    idempotencyKey: t.string({
      required: false,
      description:
        `A key of the caller’s choosing (1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters): the same key with the same input returns ` +
        'the job the first call started instead of starting another; with another input, IDEMPOTENCY_KEY_REUSED.',
    }),
  }),
});

const inputSchema = z.object({
  organisationId: globalIdSchema.nullish(),
  programmeId: globalIdSchema.nullish(),
  dataset: z.enum(['CREDIT_RECORDS', 'PEOPLE', 'SCHOOLS', 'ENROLMENTS']),
  format: z.enum(['NDJSON', 'CSV', 'XLSX']),
  idempotencyKey: z.string().min(1).max(MAX_IDEMPOTENCY_KEY_LENGTH).nullish(),
});

interface ExportTarget {
  organisationId: string;
  orgPath: string;
  programmeId: string | null;
}

async function targetOf(
  context: Context,
  input: { organisationId?: { id: string } | null; programmeId?: { id: string } | null },
): Promise<ExportTarget> {
  const prisma = context.db.prisma;
  if (input.programmeId) {
    const programme = await prisma.programme.findUnique({
      where: { id: input.programmeId.id },
      select: { id: true, districtId: true, orgPath: true },
    });
    if (!programme) throw new NotFoundError('Programme');
    return { organisationId: programme.districtId, orgPath: programme.orgPath, programmeId: programme.id };
  }
  const organisationId = input.organisationId?.id;
  if (!organisationId) throw new NotFoundError('Organisation');
  const organisation = await prisma.organisation.findUnique({
    where: { id: organisationId },
    select: { id: true, kind: true, path: true },
  });
  if (!organisation) throw new NotFoundError('Organisation');
  if (organisation.kind !== 'DISTRICT' && organisation.kind !== 'PROVINCE')
    throw new InvalidStateError('exportOrganisationKind', { kind: organisation.kind });
  return { organisationId: organisation.id, orgPath: organisation.path, programmeId: null };
}

builder.mutationField('startExport', (t) =>
  t.prismaField({
    type: ExportJob,
    extensions: OPEN_TO_CLIENTS,
    description:
      'Starts a bulk export (导出) of a district’s or province’s (organisationId) or one programme’s (programmeId) confirmed credit ' +
      'records or rosters, as NDJSON, CSV or XLSX (action export:run: the district and province admins and sync clients over it). ' +
      'The export runs in the background: read `exportJob(id)` for its progress and, once SUCCEEDED, its `downloadUrl`. Rows are ' +
      'those of the scope as of the moment the run starts. INVALID_INPUT without exactly one of organisationId and programmeId; ' +
      'INVALID_STATE for an organisation that is not a district or province; EXPORTS_UNAVAILABLE when this instance has no job ' +
      'queue; IDEMPOTENCY_KEY_REUSED for a key used with another input.',
    authorize: {
      action: 'export:run',
      resource: (_root, args, context) => {
        const { organisationId, programmeId } = args.input;
        if (programmeId && !organisationId) return { kind: 'Programme', id: programmeId.id };
        if (organisationId && !programmeId) return { kind: 'Organisation', id: organisationId.id };
        // Neither or both: whoever may export somewhere learns that the input is wrong; others find nothing.
        return { paths: scopeOf(context.viewer, 'export:run'), ownerId: null };
      },
      afterClosing: 'allowed',
      afterClosingReason:
        'An export reads records and writes only its own job: a closed school’s confirmed records are exactly what is exported.',
    },
    errors: {
      types: startExportErrors,
      result: { description: 'The export is queued.' },
      dataField: { name: 'exportJob', description: 'The export job (QUEUED, or as it is now for a repeated key).' },
    },
    args: { input: t.arg({ type: StartExportInput, required: true, description: 'What to export.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(inputSchema, args.input);
      if (!input.organisationId === !input.programmeId) throw inputIssue(['organisationId'], 'VALIDATION.exportScope');
      const jobs = context.jobs;
      if (!jobs) throw new ExportsUnavailableError();
      const target = await targetOf(context, input);
      const requestedById = actingUserId(context);
      const body = { ...target, dataset: input.dataset, format: input.format };
      const { id } = await idempotent(
        context,
        { key: input.idempotencyKey, operation: 'startExport', body },
        async (tx) => {
          const job = await tx.exportJob.create({
            data: {
              requestedById,
              organisationId: target.organisationId,
              orgPath: target.orgPath,
              programmeId: target.programmeId,
              dataset: input.dataset,
              format: input.format,
              // Until it finishes: a job that never ran expires (and is cleaned up) like a finished one.
              expiresAt: new Date(Date.now() + context.integration.exportKeepHours * 3_600_000),
            },
            select: { id: true },
          });
          await jobs.send(EXPORT_RUN_JOB, { jobId: job.id }, { tx });
          return { id: job.id };
        },
      );
      return context.db.prisma.exportJob.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
    },
  }),
);
