/**
 * Rows of bulk exports: starting one (export:run over the district: its admin, the province admin and sync clients;
 * the matrix's app runs without a job queue, so an allowed start ends in EXPORTS_UNAVAILABLE and writes nothing),
 * and reading export jobs, which only their requester sees (each tenant's district admin has one, prepared here).
 */
import { ask, lists, matrix, mutate, type Outcome, present, type Row, type Tenant } from './kit.js';

interface Objects {
  jobGid: string;
}

const objects = (x: Tenant) => x.extra.exports as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const job = await matrix.t.db.prisma.exportJob.create({
    data: {
      requestedById: target.d.admin.id,
      organisationId: target.d.district.id,
      orgPath: target.d.district.path,
      dataset: 'SCHOOLS',
      format: 'CSV',
      expiresAt: new Date(Date.now() + 86_400_000),
    },
    select: { id: true },
  });
  target.extra.exports = { jobGid: Buffer.from(`ExportJob:${job.id}`).toString('base64') } satisfies Objects;
}

/** Only the requester (the tenant's district admin) sees its job. */
const REQUESTER: Partial<Record<string, Outcome>> = { districtAdmin: 'allowed' };

export const rows: Record<string, Row> = {
  'Mutation.startExport': {
    run: (x, as) =>
      mutate(
        'startExport',
        'StartExportInput',
        { organisationId: x.d.district.gid, dataset: 'SCHOOLS', format: 'CSV' },
        as,
      ),
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed', syncClient: 'allowed', expert: 'forbidden' },
    clients: true,
  },
  'Query.exportJob': {
    run: async (x, as) =>
      present(await ask('query($id: ID!) { exportJob(id: $id) { id state } }', { id: objects(x).jobGid }, as)),
    own: REQUESTER,
    clients: true,
  },
  'Query.exportJobs': {
    run: async (x, as) =>
      lists((await ask('{ exportJobs(first: 100) { nodes { id } } }', {}, as))?.nodes, objects(x).jobGid),
    own: REQUESTER,
    clients: true,
  },
};
