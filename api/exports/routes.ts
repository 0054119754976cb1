/**
 * `GET /exports/<token>`: downloads a finished export through the signed link `ExportJob.downloadUrl` minted for its
 * requester. The token's signature (403) and expiry (410) are checked; then that the job is still SUCCEEDED and not
 * expired (410 once its file was cleaned up), that the link's person is the job's requester, still active (a sync
 * client not revoked) and still holding a role of export:run over the job's scope (404 otherwise, like a missing
 * job); then the file streams with its type and an RFC 6266 file name.
 */
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { defineMessages, negotiateLocale, translate } from '../i18n/messages.js';
import { contentDisposition } from '../storage/download-route.js';
import type { FileServices } from '../storage/file-storage.js';
import { EXPORT_DOWNLOAD_PREFIX, EXPORT_ROLES, verifyExportToken } from './download-link.js';
import './job.js';
import { FORMAT_FILES } from './writers.js';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

type ResponseClass = typeof Response;

defineMessages({
  'EXPORT_DOWNLOAD.METHOD_NOT_ALLOWED': { en: 'Only GET and HEAD are allowed.', 'zh-CN': '只允许 GET 和 HEAD 请求。' },
  'EXPORT_DOWNLOAD.INVALID_LINK': { en: 'The export download link is not valid.', 'zh-CN': '导出文件下载链接无效。' },
  'EXPORT_DOWNLOAD.LINK_EXPIRED': {
    en: 'The export download link has expired; read the export job’s downloadUrl again for a new one.',
    'zh-CN': '导出文件下载链接已过期，请重新读取导出任务的 downloadUrl 获取新链接。',
  },
  'EXPORT_DOWNLOAD.EXPORT_NOT_FOUND': { en: 'The export was not found.', 'zh-CN': '导出任务不存在。' },
  'EXPORT_DOWNLOAD.EXPORT_EXPIRED': {
    en: 'The export has expired and its file was deleted; start a new export.',
    'zh-CN': '导出文件已过期并被删除，请重新发起导出。',
  },
});

type Problem = 'METHOD_NOT_ALLOWED' | 'INVALID_LINK' | 'LINK_EXPIRED' | 'EXPORT_NOT_FOUND' | 'EXPORT_EXPIRED';

const refuse = (
  R: ResponseClass,
  request: Request,
  status: number,
  code: Problem,
  headers: Record<string, string> = {},
) =>
  new R(
    JSON.stringify({
      error: {
        code,
        message: translate(negotiateLocale(request.headers.get('accept-language'), 'zh-CN'), `EXPORT_DOWNLOAD.${code}`),
      },
    }),
    {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    },
  );

/** The downloaded file's name: `<scope>-<dataset>-<yyyymmdd>.<ext>`, e.g. `新北区-credit-records-20261202.csv`. */
export function exportFilename(scopeName: string, dataset: string, extension: string, finishedAt: Date): string {
  const scope = [...scopeName]
    .map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c))
    .join('')
    .slice(0, 80);
  const day = finishedAt.toISOString().slice(0, 10).replaceAll('-', '');
  return `${scope}-${dataset.toLowerCase().replaceAll('_', '-')}-${day}.${extension}`;
}

export async function handleExportDownload(
  request: Request,
  token: string,
  { db, files }: { db: Database; files: FileServices },
  R: ResponseClass = Response,
  now = new Date(),
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(R, request, 405, 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
  if (!TOKEN_PATTERN.test(token)) return refuse(R, request, 403, 'INVALID_LINK');
  const check = await verifyExportToken(files.linkSecret, token, now);
  if (!check.ok)
    return check.reason === 'expired'
      ? refuse(R, request, 410, 'LINK_EXPIRED')
      : refuse(R, request, 403, 'INVALID_LINK');
  const { jobId, userId } = check.grant;
  const [job, user] = await Promise.all([
    db.prisma.exportJob.findUnique({ where: { id: jobId } }),
    db.prisma.user.findUnique({
      where: { id: userId },
      select: {
        deactivatedAt: true,
        syncClient: { select: { revokedAt: true } },
        roleAssignments: { where: { role: { in: [...EXPORT_ROLES] } }, select: { orgPath: true } },
      },
    }),
  ]);
  const allowed =
    job &&
    user &&
    job.requestedById === userId &&
    !user.deactivatedAt &&
    !user.syncClient?.revokedAt &&
    user.roleAssignments.some((assignment) => job.orgPath.startsWith(assignment.orgPath));
  if (!allowed) return refuse(R, request, 404, 'EXPORT_NOT_FOUND');
  if (job.state === 'EXPIRED' || job.expiresAt <= now) return refuse(R, request, 410, 'EXPORT_EXPIRED');
  if (job.state !== 'SUCCEEDED' || !job.fileKey || !job.finishedAt) return refuse(R, request, 404, 'EXPORT_NOT_FOUND');
  const body = request.method === 'HEAD' ? null : await files.storage.get(job.fileKey);
  if (request.method === 'GET' && !body) return refuse(R, request, 410, 'EXPORT_EXPIRED');
  const scope = job.programmeId
    ? await db.prisma.programme.findUnique({ where: { id: job.programmeId }, select: { code: true } })
    : await db.prisma.organisation.findUnique({ where: { id: job.organisationId }, select: { name: true } });
  const scopeName = (scope && ('code' in scope ? scope.code : scope.name)) ?? 'export';
  const file = FORMAT_FILES[job.format];
  return new R(body, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      ...(job.bytes !== null ? { 'content-length': String(job.bytes) } : {}),
      'content-disposition': contentDisposition(exportFilename(scopeName, job.dataset, file.extension, job.finishedAt)),
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
    },
  });
}

/** The export download route (signed links), before GraphQL sees the request. */
export function useExportDownloads(deps: { db: Database; files: FileServices }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(EXPORT_DOWNLOAD_PREFIX)) return;
      endResponse(
        await handleExportDownload(request, url.pathname.slice(EXPORT_DOWNLOAD_PREFIX.length), deps, fetchAPI.Response),
      );
    },
  };
}
