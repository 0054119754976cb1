/**
 * The public certificate routes, answered before GraphQL sees the request:
 *
 *   GET  /.well-known/jwks.json        every issuer key's public half (retired ones too): verify with it alone
 *   GET  /credentials/issuer           the issuer's Open Badges Profile
 *   GET  /credentials/status/<n>       status list n (BitstringStatusListCredential) as a signed VC-JWT
 *   POST /credentials/verify           body: a VC-JWT (text/plain, application/vc+jwt, or JSON {"credential"}) → result
 *   GET  /credentials/<id>             the printable certificate (HTML, with a QR code of this URL)
 *   GET  /credentials/<id>.pdf         the same as a PDF
 *   GET  /credentials/<id>.jwt         the signed credential itself (application/vc+jwt)
 *
 * Everything public shows only what the credential carries and its verification status (never who revoked it, why,
 * or anything else stored about the teacher). The key set, status lists and verification are open to any origin (no
 * credentials are involved).
 */
import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { publishedJwks } from './keys.js';
import { MAX_STATUS_LIST, signedStatusList, verifyWithDatabase } from './service.js';
import { type CertificateSettings, CREDENTIALS_PATH, certificateUrls, JWKS_PATH } from './settings.js';
import { describeCredential } from './verify.js';
import { renderCertificateHtml, renderCertificatePdf, viewOf } from './view.js';

type ResponseClass = typeof Response;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CERTIFICATE_PATH = new RegExp(`^${CREDENTIALS_PATH}(${UUID})(\\.pdf|\\.jwt)?$`);
const STATUS_PATH = /^\/credentials\/status\/(0|[1-9][0-9]{0,6})$/;
/** Largest verification request body, in bytes. */
const MAX_VERIFY_BYTES = 128 * 1024;

const PUBLIC = { 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' };

const json = (R: ResponseClass, body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new R(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...PUBLIC, ...headers },
  });

const problem = (
  R: ResponseClass,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) => json(R, { error: { code, message } }, status, { 'cache-control': 'no-store', ...headers });

async function readBody(request: Request): Promise<string | null> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > MAX_VERIFY_BYTES) return null;
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_VERIFY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The VC-JWT of a verification request: the raw body, or the `credential` of a JSON body. */
function credentialOf(body: string, contentType: string): unknown {
  if (/^application\/json/i.test(contentType)) {
    try {
      const parsed = JSON.parse(body) as unknown;
      return typeof parsed === 'object' && parsed !== null ? (parsed as { credential?: unknown }).credential : null;
    } catch {
      return null;
    }
  }
  return body.trim();
}

/** The result as JSON (dates as ISO strings). */
export function verificationJson(result: Awaited<ReturnType<typeof verifyWithDatabase>>) {
  return {
    valid: result.valid,
    status: result.status,
    credentialId: result.credentialId,
    kind: result.kind,
    subjectName: result.subjectName,
    achievementName: result.achievementName,
    issuedAt: result.issuedAt?.toISOString() ?? null,
    expiresAt: result.expiresAt?.toISOString() ?? null,
    issuer: result.issuer,
    statusChecked: result.statusChecked,
    errors: result.errors,
  };
}

export async function handleCertificateRoute(
  request: Request,
  pathname: string,
  { db, settings }: { db: Database; settings: CertificateSettings },
  R: ResponseClass = Response,
): Promise<Response | null> {
  const urls = certificateUrls(settings.baseUrl);
  const method = request.method;
  const getOnly = () => problem(R, 405, 'METHOD_NOT_ALLOWED', 'Only GET and HEAD are allowed.', { allow: 'GET, HEAD' });
  if (pathname === JWKS_PATH) {
    if (method !== 'GET' && method !== 'HEAD') return getOnly();
    return json(R, await publishedJwks(db.prisma), 200, { 'cache-control': 'public, max-age=300' });
  }
  if (!pathname.startsWith(CREDENTIALS_PATH)) return null;
  if (pathname === '/credentials/issuer') {
    if (method !== 'GET' && method !== 'HEAD') return getOnly();
    return json(
      R,
      {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: urls.issuer,
        type: ['Profile'],
        name: settings.issuerName,
      },
      200,
      { 'cache-control': 'public, max-age=3600' },
    );
  }
  if (pathname === '/credentials/verify') {
    if (method !== 'POST')
      return problem(R, 405, 'METHOD_NOT_ALLOWED', 'POST the VC-JWT as the body.', { allow: 'POST' });
    const body = await readBody(request);
    if (body === null) return problem(R, 413, 'REQUEST_ENTITY_TOO_LARGE', 'A credential is at most 128 KB.');
    const result = await verifyWithDatabase(
      db.prisma,
      settings,
      credentialOf(body, request.headers.get('content-type') ?? ''),
    );
    return json(R, verificationJson(result), 200, { 'cache-control': 'no-store' });
  }
  const status = STATUS_PATH.exec(pathname);
  if (status) {
    if (method !== 'GET' && method !== 'HEAD') return getOnly();
    const list = Number(status[1]);
    if (list > MAX_STATUS_LIST) return problem(R, 404, 'NOT_FOUND', 'No such status list.');
    const jwt = await signedStatusList(db.prisma, settings, list);
    return new R(jwt, {
      status: 200,
      headers: { 'content-type': 'application/vc+jwt', 'cache-control': 'public, max-age=60', ...PUBLIC },
    });
  }
  const certificate = CERTIFICATE_PATH.exec(pathname);
  if (!certificate?.[1]) return problem(R, 404, 'NOT_FOUND', 'No such credential.');
  if (method !== 'GET' && method !== 'HEAD') return getOnly();
  const id = certificate[1];
  const row = await db.prisma.certificate.findUnique({ where: { id }, select: { credential: true } });
  if (!row) return problem(R, 404, 'NOT_FOUND', 'No such credential.');
  const headers = { 'cache-control': 'no-store', ...PUBLIC };
  if (certificate[2] === '.jwt')
    return new R(row.credential, { status: 200, headers: { 'content-type': 'application/vc+jwt', ...headers } });
  const result = await verifyWithDatabase(db.prisma, settings, row.credential);
  const payload = JSON.parse(Buffer.from(row.credential.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  if (!describeCredential(payload)) return problem(R, 404, 'NOT_FOUND', 'No such credential.');
  const view = viewOf(payload, result, { pdf: urls.pdf(id), jwt: urls.jwt(id), jwks: urls.jwks });
  if (certificate[2] === '.pdf') {
    const pdf = await renderCertificatePdf(view);
    return new R(method === 'HEAD' ? null : new Uint8Array(pdf), {
      status: 200,
      headers: {
        'content-type': 'application/pdf',
        'content-length': String(pdf.byteLength),
        'content-disposition': `inline; filename="certificate-${id}.pdf"`,
        ...headers,
      },
    });
  }
  const html = await renderCertificateHtml(view);
  return new R(method === 'HEAD' ? null : html, {
    status: 200,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      // Nothing but inline styles: no scripts, no frames, nothing from elsewhere.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
      'referrer-policy': 'no-referrer',
      ...headers,
    },
  });
}

/** A Yoga plugin serving the certificate routes. */
export function useCertificateRoutes(deps: { db: Database; settings: CertificateSettings }): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== JWKS_PATH && !url.pathname.startsWith(CREDENTIALS_PATH)) return;
      const response = await handleCertificateRoute(request, url.pathname, deps, fetchAPI.Response);
      if (response) endResponse(response);
    },
  };
}
