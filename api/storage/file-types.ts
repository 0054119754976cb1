/**
 * The file types the API accepts, recognised by extension AND by their first and last bytes, so
 * a renamed executable is refused and the stored content type is ours, never the client's.
 */
export const FILE_TYPES = {
  pdf: { label: 'PDF', extensions: ['.pdf'], contentType: 'application/pdf' },
  doc: { label: 'DOC', extensions: ['.doc'], contentType: 'application/msword' },
  docx: { label: 'DOCX', extensions: ['.docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { label: 'XLSX', extensions: ['.xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;

export type FileKind = keyof typeof FILE_TYPES;

/** Bytes the sniffers look at from the start of a file. */
export const HEAD_BYTES = 1024;
/** Bytes the sniffers look at from the end of a file (a ZIP's end record and central directory). */
export const TAIL_BYTES = 256 * 1024;

/** The kind an extension names, among `allowed`; null for any other name. */
export function kindByExtension(filename: string, allowed: readonly FileKind[]): FileKind | null {
  const lower = filename.toLowerCase();
  return allowed.find((kind) => FILE_TYPES[kind].extensions.some((extension) => lower.endsWith(extension))) ?? null;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // compound file (legacy Office)
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END = [0x50, 0x4b, 0x05, 0x06];
const ZIP_CENTRAL = [0x50, 0x4b, 0x01, 0x02];

/** PDF readers accept the header anywhere in the first 1024 bytes. */
function isPdf(head: Uint8Array) {
  for (let at = 0; at + PDF.length <= Math.min(head.length, HEAD_BYTES); at += 1) if (startsWith(head, PDF, at)) return true;
  return false;
}

/**
 * Names of the entries of a ZIP archive whose central directory lies within `tail` (the last
 * bytes of a file of `size` bytes); null when `tail` holds no end-of-central-directory record.
 */
export function zipEntryNames(tail: Uint8Array, size: number): string[] | null {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const tailStart = size - tail.length;
  for (let end = tail.length - 22; end >= 0; end -= 1) {
    if (!startsWith(tail, ZIP_END, end)) continue;
    const entries = view.getUint16(end + 10, true);
    const directoryOffset = view.getUint32(end + 16, true);
    const names: string[] = [];
    // Entries whose header lies before the tail are not read; the marker entries of Office files
    // are usually early, but a directory larger than the tail is rare (hundreds of entries).
    let at = directoryOffset - tailStart;
    if (at < 0) {
      at = tail.indexOf(0x50);
      while (at >= 0 && at < end && !startsWith(tail, ZIP_CENTRAL, at)) at = tail.indexOf(0x50, at + 1);
      if (at < 0) return names;
    }
    for (let i = 0; i < entries && at + 46 <= end && startsWith(tail, ZIP_CENTRAL, at); i += 1) {
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      names.push(new TextDecoder().decode(tail.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  }
  return null;
}

/**
 * An Office Open XML package: a ZIP with `[Content_Types].xml` and parts in the application's
 * folder (`word/`, `xl/`). The main part's name varies (Word Online writes `word/document2.xml`).
 */
function isOfficeZip(head: Uint8Array, tail: Uint8Array, size: number, folder: string) {
  if (!startsWith(head, ZIP_LOCAL)) return false;
  const names = zipEntryNames(tail, size);
  return names !== null && names.includes('[Content_Types].xml') && names.some((name) => name.startsWith(folder));
}

/** Whether the bytes are a file of `kind`, judged by its first bytes and (for ZIP formats) last bytes. */
export function contentMatches(kind: FileKind, head: Uint8Array, tail: Uint8Array, size: number): boolean {
  switch (kind) {
    case 'pdf':
      return isPdf(head);
    case 'doc':
      return startsWith(head, OLE2);
    case 'docx':
      return isOfficeZip(head, tail, size, 'word/');
    case 'xlsx':
      return isOfficeZip(head, tail, size, 'xl/');
  }
}

/**
 * True when the first bytes (at least 8) already show the file is not of `kind`, so an upload can
 * be refused before the rest is read. PDF is only judged at the end (its header may start late).
 */
export function headRulesOut(kind: FileKind, head: Uint8Array): boolean {
  if (head.length < 8) return false;
  switch (kind) {
    case 'pdf':
      return false;
    case 'doc':
      return !startsWith(head, OLE2);
    case 'docx':
    case 'xlsx':
      return !startsWith(head, ZIP_LOCAL);
  }
}

/** "PDF, DOC or DOCX" */
export function describeKinds(kinds: readonly FileKind[]): string {
  const labels = kinds.map((kind) => FILE_TYPES[kind].label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}
