/**
 * The printable certificate: an HTML page (everything escaped; the QR code of the verification URL inline as SVG)
 * and a PDF (pdfkit, A4 landscape, Noto Sans SC from @fontsource/noto-sans-sc for the Chinese text, the QR code drawn
 * as vector squares). Both show only what the credential carries, and its verification status.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { type CertificateKindValue, KIND_NAMES } from './credential.js';
import type { VerificationResult, VerificationStatus } from './verify.js';

export interface CertificateView {
  /** The verification URL (the credential's id): what the QR code holds. */
  url: string;
  pdfUrl: string;
  jwtUrl: string;
  jwksUrl: string;
  kind: CertificateKindValue | null;
  subjectName: string;
  achievementName: string;
  description: string;
  issuerName: string;
  issuedAt: Date | null;
  expiresAt: Date | null;
  status: VerificationStatus;
}

const STATUS_TEXT: Record<VerificationStatus, { zh: string; en: string }> = {
  VALID: { zh: '有效', en: 'Valid' },
  REVOKED: { zh: '已撤销', en: 'Revoked' },
  EXPIRED: { zh: '已过期', en: 'Expired' },
  NOT_YET_VALID: { zh: '尚未生效', en: 'Not yet valid' },
  INVALID_SIGNATURE: { zh: '签名无效', en: 'Invalid signature' },
  UNKNOWN_ISSUER: { zh: '签发方未知', en: 'Unknown issuer' },
  MALFORMED: { zh: '格式错误', en: 'Malformed' },
};

/** The view of a stored credential from its own JSON and its verification. */
export function viewOf(
  credential: Record<string, unknown>,
  result: VerificationResult,
  urls: { pdf: string; jwt: string; jwks: string },
): CertificateView {
  const subject = credential.credentialSubject as { achievement?: { description?: unknown } } | undefined;
  const description = subject?.achievement?.description;
  return {
    url: result.credentialId ?? '',
    pdfUrl: urls.pdf,
    jwtUrl: urls.jwt,
    jwksUrl: urls.jwks,
    kind: result.kind,
    subjectName: result.subjectName ?? '',
    achievementName: result.achievementName ?? '',
    description: typeof description === 'string' ? description : '',
    issuerName: result.issuer?.name ?? '',
    issuedAt: result.issuedAt,
    expiresAt: result.expiresAt,
    status: result.status,
  };
}

/** Text safe in HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"'`=]/g,
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;', '=': '&#61;' })[c] ?? c,
  );
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : '—');

/** The HTML page. */
export async function renderCertificateHtml(view: CertificateView): Promise<string> {
  const e = escapeHtml;
  const kind = view.kind ? KIND_NAMES[view.kind] : { zh: '证书', en: 'Certificate' };
  const status = STATUS_TEXT[view.status];
  // qrcode's SVG holds only paths and numbers; the URL itself is never written into it.
  const qr = await QRCode.toString(view.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, width: 160 });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${e(kind.zh)} · ${e(view.subjectName)}</title>
<style>
  body { font-family: "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; background: #f4f1ea; color: #222; }
  .sheet { max-width: 960px; margin: 24px auto; background: #fff; border: 12px double #8a6d3b; padding: 48px 56px; }
  h1 { text-align: center; font-size: 40px; letter-spacing: 0.3em; margin: 0 0 4px; color: #8a1c1c; }
  .en { text-align: center; color: #666; margin: 0 0 32px; }
  .name { font-size: 28px; text-align: center; margin: 24px 0; }
  .body { font-size: 18px; line-height: 1.8; text-align: center; }
  .meta { display: flex; justify-content: space-between; align-items: flex-end; margin-top: 40px; }
  .meta dl { margin: 0; display: grid; grid-template-columns: auto auto; gap: 4px 16px; }
  .meta dt { color: #666; }
  .meta dd { margin: 0; }
  .status { display: inline-block; padding: 2px 10px; border-radius: 4px; font-weight: bold; }
  .status-VALID { background: #e3f4e3; color: #1b6b1b; }
  .status-other { background: #fbe3e3; color: #8a1c1c; }
  .qr { text-align: center; font-size: 12px; color: #666; }
  .qr svg { width: 160px; height: 160px; display: block; margin: 0 auto 4px; }
  .links { font-size: 12px; color: #666; margin-top: 24px; word-break: break-all; }
  @media print { body { background: #fff; } .sheet { margin: 0; } .links { display: none; } }
</style>
</head>
<body>
<main class="sheet">
  <h1>${e(kind.zh)}</h1>
  <p class="en">${e(kind.en)}</p>
  <p class="name">${e(view.subjectName)}</p>
  <p class="body">${e(view.description)}</p>
  <p class="body"><strong>${e(view.achievementName)}</strong></p>
  <div class="meta">
    <dl>
      <dt>签发方 Issuer</dt><dd>${e(view.issuerName)}</dd>
      <dt>签发日期 Issued</dt><dd>${e(day(view.issuedAt))}</dd>
      <dt>有效期至 Valid until</dt><dd>${e(view.expiresAt ? day(view.expiresAt) : '长期有效 No expiry')}</dd>
      <dt>状态 Status</dt><dd><span class="status ${view.status === 'VALID' ? 'status-VALID' : 'status-other'}">${e(status.zh)} ${e(status.en)}</span></dd>
    </dl>
    <div class="qr">${qr}扫码验证 Scan to verify</div>
  </div>
  <p class="links">验证地址 Verification: ${e(view.url)}<br>
    <a href="${e(view.pdfUrl)}">PDF</a> · <a href="${e(view.jwtUrl)}">VC-JWT</a> · <a href="${e(view.jwksUrl)}">JWKS</a></p>
</main>
</body>
</html>
`;
}

const require = createRequire(import.meta.url);
let fontBytes: Buffer | null = null;

/**
 * A WOFF 1.0 font as the plain OpenType (sfnt) font it wraps: each table inflated once. fontkit reads WOFF too, but
 * inflates tables again on every access, which makes a CJK page take seconds; the plain font takes milliseconds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF font');
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error('WOFF table of the wrong length');
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data };
  });
  const entrySelector = Math.floor(Math.log2(numTables));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * numTables);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(numTables, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(numTables * 16 - searchRange, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + i * 16;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** Noto Sans SC (simplified Chinese, Latin and punctuation: about 8,000 glyphs), read and unwrapped once. */
function cjkFont(): Buffer {
  fontBytes ??= woffToSfnt(
    readFileSync(require.resolve('@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff')),
  );
  return fontBytes;
}

/** The PDF bytes. */
export async function renderCertificatePdf(view: CertificateView): Promise<Buffer> {
  const kind = view.kind ? KIND_NAMES[view.kind] : { zh: '证书', en: 'Certificate' };
  const status = STATUS_TEXT[view.status];
  const qr = QRCode.create(view.url, { errorCorrectionLevel: 'M' });
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `${kind.zh} ${view.subjectName}`, Author: view.issuerName, Subject: view.achievementName },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('cjk', cjkFont());
  const { width, height } = doc.page;
  doc
    .lineWidth(6)
    .strokeColor('#8a6d3b')
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(1.5)
    .rect(36, 36, width - 72, height - 72)
    .stroke();
  const text = (value: string, y: number, size: number, color = '#222222') =>
    doc
      .font('cjk')
      .fontSize(size)
      .fillColor(color)
      .text(value, 80, y, { width: width - 160, align: 'center' });
  text(kind.zh, 70, 40, '#8a1c1c');
  text(kind.en, 124, 14, '#666666');
  text(view.subjectName, 175, 26);
  text(view.description, 230, 15);
  text(view.achievementName, 290, 15);
  const left = 90;
  let y = 380;
  const line = (label: string, value: string) => {
    doc.font('cjk').fontSize(11).fillColor('#666666').text(label, left, y, { width: 150 });
    doc
      .font('cjk')
      .fontSize(11)
      .fillColor('#222222')
      .text(value, left + 150, y, { width: 380 });
    y += 22;
  };
  line('签发方 Issuer', view.issuerName);
  line('签发日期 Issued', day(view.issuedAt));
  line('有效期至 Valid until', view.expiresAt ? day(view.expiresAt) : '长期有效 No expiry');
  line('状态 Status', `${status.zh} ${status.en}`);
  doc
    .font('cjk')
    .fontSize(8)
    .fillColor('#666666')
    .text(`验证地址 Verification: ${view.url}`, left, y + 8, {
      width: 480,
    });
  // The QR code, one square per dark module.
  const size = qr.modules.size;
  const box = 130;
  const cell = box / size;
  const qx = width - 90 - box;
  const qy = 360;
  doc.fillColor('#000000');
  for (let row = 0; row < size; row++)
    for (let col = 0; col < size; col++)
      if (qr.modules.get(row, col)) doc.rect(qx + col * cell, qy + row * cell, cell + 0.05, cell + 0.05);
  doc.fill();
  doc
    .font('cjk')
    .fontSize(9)
    .fillColor('#666666')
    .text('扫码验证 Scan to verify', qx - 20, qy + box + 6, {
      width: box + 40,
      align: 'center',
    });
  doc.end();
  return done;
}
