import type { Plugin } from 'graphql-yoga';
import { Viewer } from '../auth/viewer.js';
import type { Database } from '../db/client.js';
import { DOWNLOAD_PATH_PREFIX, verifyDownloadToken } from './download-link.js';
import type { FileServices } from './file-storage.js';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

type ResponseClass = typeof Response;

const json = (R: ResponseClass, status: number, error: string, headers: Record<string, string> = {}) =>
  new R(JSON.stringify({ error }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });

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
 * exists and may still see the file (404 otherwise, like a missing file); then the bytes stream.
 */
export async function handleDownload(
  request: Request,
  token: string,
  { db, files }: { db: Database; files: FileServices },
  R: ResponseClass = Response,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return json(R, 405, 'method not allowed', { allow: 'GET, HEAD' });
  if (!TOKEN_PATTERN.test(token)) return json(R, 403, 'invalid link');
  const check = await verifyDownloadToken(files.linkSecret, token);
  if (!check.ok) return check.reason === 'expired' ? json(R, 410, 'link expired') : json(R, 403, 'invalid link');
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
      select: { storageKey: true, filename: true, contentType: true, size: true, sha256: true, orgPath: true },
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
  if (!file || !viewer?.canSee(file.orgPath)) return json(R, 404, 'file not found');
  const body = request.method === 'HEAD' ? null : await files.storage.get(file.storageKey);
  if (request.method === 'GET' && !body) return json(R, 404, 'file not found');
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
