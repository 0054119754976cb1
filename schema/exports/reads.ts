/** Reading one's export jobs: one by ID, and the list, newest first. */
import { builder } from '../builder.js';
import { ExportJob, exportJobVisibleWhere, OPEN_TO_CLIENTS } from './export-job.js';

builder.queryFields((t) => ({
  exportJob: t.prismaField({
    type: ExportJob,
    nullable: true,
    extensions: OPEN_TO_CLIENTS,
    description:
      'One of the viewer’s export jobs: its state, progress and, once SUCCEEDED, a fresh signed `downloadUrl`. Null when missing or ' +
      'started by someone else (only the requester sees an export).',
    args: { id: t.arg.globalID({ required: true, for: ExportJob, description: 'The export job.' }) },
    resolve: (query, _root, args, context) =>
      context.db.prisma.exportJob.findFirst({ ...query, where: { id: args.id.id, ...exportJobVisibleWhere(context) } }),
  }),
  exportJobs: t.prismaConnection({
    type: ExportJob,
    cursor: 'id',
    extensions: OPEN_TO_CLIENTS,
    description:
      'The export jobs the viewer started, newest first (expired ones included until their records are purged). At most 100 a page; ' +
      'the same number of SQL statements for any page size.',
    totalCount: (_root, _args, context) => context.db.prisma.exportJob.count({ where: exportJobVisibleWhere(context) }),
    resolve: (query, _root, _args, context) =>
      context.db.prisma.exportJob.findMany({
        ...query,
        where: exportJobVisibleWhere(context),
        orderBy: { id: 'desc' },
      }),
  }),
}));
