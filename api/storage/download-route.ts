import type { Plugin } from 'graphql-yoga';
import { Viewer } from '../auth/viewer.js';
import type { Database } from '../db/client.js';
import { defineMessages, negotiateLocale, translate } from '../i18n/messages.js';
import { DOWNLOAD_PATH_PREFIX, verifyDownloadToken } from './download-link.js';
import { reachableFiles } from './file-access.js';
import type { FileServices } from './file-storage.js';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

type ResponseClass = typeof Response;

defineMessages({
  'DOWNLOAD.METHOD_NOT_ALLOWED': { en: 'Only GET and HEAD are allowed.', 'zh-CN': '只允许 GET 和 HEAD 请求。' },
  'DOWNLOAD.INVALID_LINK': { en: 'The download link is not valid.', 'zh-CN': '下载链接无效。' },
  'DOWNLOAD.LINK_EXPIRED': {
    en: 'The download link has expired; ask the API for a new one.',
    'zh-CN': '下载链接已过期，请重新获取。',
  },
  'DOWNLOAD.FILE_NOT_FOUND': { en: 'The file was not found.', 'zh-CN': '文件不存在。' },
});

type DownloadProblem = 'METHOD_NOT_ALLOWED' | 'INVALID_LINK' | 'LINK_EXPIRED' | 'FILE_NOT_FOUND';

/** A refusal: its code for programs and a message in the request's language. */
const refuse = (
  R: ResponseClass,
  request: Request,
  status: number,
  code: DownloadProblem,
  headers: Record<string, string> = {},
) =>
  new R(
    JSON.stringify({
      error: {
        code,
        message: translate(negotiateLocale(request.headers.get('accept-language'), 'zh-CN'), `DOWNLOAD.${code}`),
      },
    }),
    {
      status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    },
  );

/** `attachment; filename="plan_.pdf"; filename*=UTF-8''%E8%A7%84%E5%88%92.pdf` (RFC 6266 / 8187). */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/**
 * Answers `GET /files/<token>`: a download link minted by `StoredFile.downloadUrl`. The token's
 * signature (403) and expiry (410) are checked, then that the user it was minted for still
 * exists and may still reach the file (file-access.ts; 404 otherwise, like a missing file); then the bytes stream.
 */
export async function handleDownload(
  request: Request,
  token: string,
  { db, files }: { db: Database; files: FileServices },
  R: ResponseClass = Response,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(R, request, 405, 'METHOD_NOT_ALLOWED', { allow: 'GET, HEAD' });
  if (!TOKEN_PATTERN.test(token)) return refuse(R, request, 403, 'INVALID_LINK');
  const check = await verifyDownloadToken(files.linkSecret, token);
  if (!check.ok) {
    return check.reason === 'expired'
      ? refuse(R, request, 410, 'LINK_EXPIRED')
      : refuse(R, request, 403, 'INVALID_LINK');
  }
  const { fileId, userId } = check.grant;
  const [user, file] = await Promise.all([
    db.prisma.user.findUnique({
      where: { id: userId },
      select: {
        id: true,
        login: true,
        displayName: true,
        roleAssignments: {
          select: { role: true, organisationId: true, orgPath: true, organisation: { select: { kind: true } } },
        },
      },
    }),
    db.prisma.storedFile.findUnique({
      where: { id: fileId },
      select: {
        id: true,
        storageKey: true,
        filename: true,
        contentType: true,
        size: true,
        sha256: true,
        orgPath: true,
      },
    }),
  ]);
  const viewer = user
    ? new Viewer(
        { id: user.id, login: user.login, displayName: user.displayName },
        user.roleAssignments.map((a) => ({
          role: a.role,
          organisationId: a.organisationId,
          orgPath: a.orgPath,
          organisationKind: a.organisation.kind,
        })),
      )
    : null;
  if (!file || !viewer || !(await reachableFiles(db, viewer, [file])).has(file.id))
    return refuse(R, request, 404, 'FILE_NOT_FOUND');
  const body = request.method === 'HEAD' ? null : await files.storage.get(file.storageKey);
  if (request.method === 'GET' && !body) return refuse(R, request, 404, 'FILE_NOT_FOUND');
  return new R(body, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.size),
      'content-disposition': contentDisposition(file.filename),
      'cache-control': 'private, no-store',
      etag: `"${file.sha256}"`,
      'x-content-type-options': 'nosniff',
    },
  });
}

/** A Yoga plugin serving download links under `/files/`, before GraphQL sees the request. */
export function useFileDownloads(deps: { db: Database; files: FileServices }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith(DOWNLOAD_PATH_PREFIX)) return;
      endResponse(
        await handleDownload(request, url.pathname.slice(DOWNLOAD_PATH_PREFIX.length), deps, fetchAPI.Response),
      );
    },
  };
}
