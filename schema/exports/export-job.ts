/**
 * An export job (导出任务): a bulk export of a district's, province's or programme's confirmed credit records or
 * rosters, run in the background and delivered through a signed link. Only its requester sees it: the file holds what
 * the requester was allowed to export when asking, and other admins of the scope start exports of their own. Anyone
 * else finds it missing.
 */
import type { Context } from '../../api/context.js';
import {
  ExportDataset as ExportDatasetValues,
  ExportFormat as ExportFormatValues,
  JobState as JobStateValues,
} from '../../api/db/generated/prisma/enums.js';
import { exportDownloadPath } from '../../api/exports/download-link.js';
import { builder } from '../builder.js';
import { OPEN_TO_CLIENTS, registerResource } from '../shared/index.js';

export const ExportDataset = builder.enumType(ExportDatasetValues, {
  name: 'ExportDataset',
  description:
    'What an export holds (columns in the README, "Bulk exports"): CREDIT_RECORDS, the district-confirmed credit-hour ledger ' +
    '(reversals as their own negative rows); PEOPLE, the people of the scope (no phone, e-mail or national ID); SCHOOLS; ENROLMENTS.',
});

export const ExportFormat = builder.enumType(ExportFormatValues, {
  name: 'ExportFormat',
  description:
    'NDJSON: one JSON object per line (UTF-8). CSV: RFC 4180, UTF-8 with a byte order mark, CRLF line ends, formula-like text ' +
    "cells prefixed with '. XLSX: one worksheet, a header row, numbers as numbers and timestamps as dates (UTC).",
});

export const ExportJobState = builder.enumType(JobStateValues, {
  name: 'ExportJobState',
  description:
    'QUEUED (waiting, or waiting for a retry after a failure), RUNNING, SUCCEEDED (the file can be downloaded until expiresAt), ' +
    'FAILED (after its retries; see error), EXPIRED (its file was deleted).',
});

export { OPEN_TO_CLIENTS };

/** Only the requester sees an export job. */
export const exportJobVisibleWhere = (context: Context) => ({ requestedById: context.viewer.user?.id ?? '' });

export const ExportJob = builder.prismaNode('ExportJob', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A bulk export (startExport): its progress while it runs and, once SUCCEEDED, a signed `downloadUrl`. Seen only by the person ' +
    '(or sync client) who started it; missing for anyone else.',
  findUnique: (id, context) => ({ id, ...exportJobVisibleWhere(context) }),
  authScopes: (job, context) => job.requestedById === context.viewer.user?.id,
  fields: (t) => ({
    dataset: t.expose('dataset', { type: ExportDataset, description: 'What it exports.' }),
    format: t.expose('format', { type: ExportFormat, description: 'The file format.' }),
    organisationId: t.globalID({
      description: 'The district or province exported (for a programme export: the programme’s district).',
      resolve: (job) => ({ type: 'Organisation', id: job.organisationId }),
    }),
    programmeId: t.globalID({
      nullable: true,
      description: 'The programme exported, when the export is of one programme.',
      resolve: (job) => (job.programmeId ? { type: 'Programme', id: job.programmeId } : null),
    }),
    state: t.expose('state', { type: ExportJobState, description: 'Where it is.' }),
    progress: t.float({
      description:
        'How far it is, from 0 to 1: rowsDone / rowsTotal while running (updated every 1,000 rows), 1 once SUCCEEDED.',
      resolve: (job) => (job.state === 'SUCCEEDED' ? 1 : job.rowsTotal ? Math.min(1, job.rowsDone / job.rowsTotal) : 0),
    }),
    rowsDone: t.exposeInt('rowsDone', { description: 'Rows written so far (all of them once SUCCEEDED).' }),
    rowsTotal: t.exposeInt('rowsTotal', {
      nullable: true,
      description: 'Rows to write, counted when it started; null before.',
    }),
    bytes: t.float({
      nullable: true,
      description: 'Size of the finished file in bytes; null before it SUCCEEDED.',
      resolve: (job) => (job.bytes === null ? null : Number(job.bytes)),
    }),
    error: t.exposeString('error', {
      nullable: true,
      description: 'Why the last attempt failed (technical text, in English); null when none failed.',
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was requested.' }),
    startedAt: t.expose('startedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its (last) run started: the rows are those as of this moment.',
    }),
    finishedAt: t.expose('finishedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it SUCCEEDED or FAILED.',
    }),
    expiresAt: t.expose('expiresAt', {
      type: 'DateTime',
      description: 'When its file is deleted and it becomes EXPIRED (the export keep time after it finished).',
    }),
    downloadUrl: t.string({
      nullable: true,
      description:
        'A link downloading the file, as a path on this API ("/exports/<token>"), minted when read and valid for 5 minutes, only ' +
        'for the requester (no Authorization header needed); null unless SUCCEEDED and not expired.',
      resolve: async (job, _args, context) => {
        const userId = context.viewer.user?.id;
        if (job.state !== 'SUCCEEDED' || job.expiresAt <= new Date() || !userId || userId !== job.requestedById)
          return null;
        return exportDownloadPath(context.files.linkSecret, { jobId: job.id, userId });
      },
    }),
  }),
});

/** An export job as actions see it: its scope, owned by its requester; visible to the requester only. */
registerResource('ExportJob', async (ids, context) => {
  const rows = await context.db.prisma.exportJob.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, requestedById: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      {
        paths: [row.orgPath],
        ownerId: row.requestedById,
        visible: row.requestedById === context.viewer.user?.id,
      },
    ]),
  );
});
