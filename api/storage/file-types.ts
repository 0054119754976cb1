import { Readable } from 'node:stream';
import CFB from 'cfb';
import { fileTypeFromStream } from 'file-type';
import { chunksOf } from './file-storage.js';

/**
 * The file types the API accepts, recognised by extension AND by content (detected by the
 * `file-type` library), so a renamed executable is refused and the stored content type is ours,
 * never the client's. `detectedAs` is file-type's name for the kind.
 */
export const FILE_TYPES = {
  pdf: { label: 'PDF', extensions: ['.pdf'], contentType: 'application/pdf', detectedAs: 'pdf' },
  doc: { label: 'DOC', extensions: ['.doc'], contentType: 'application/msword', detectedAs: 'cfb' },
  docx: {
    label: 'DOCX',
    extensions: ['.docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    detectedAs: 'docx',
  },
  xlsx: {
    label: 'XLSX',
    extensions: ['.xlsx'],
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    detectedAs: 'xlsx',
  },
  pptx: {
    label: 'PPTX',
    extensions: ['.pptx'],
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    detectedAs: 'pptx',
  },
  jpg: { label: 'JPEG', extensions: ['.jpg', '.jpeg'], contentType: 'image/jpeg', detectedAs: 'jpg' },
  png: { label: 'PNG', extensions: ['.png'], contentType: 'image/png', detectedAs: 'png' },
  mp4: { label: 'MP4', extensions: ['.mp4'], contentType: 'video/mp4', detectedAs: 'mp4' },
} as const;

export type FileKind = keyof typeof FILE_TYPES;

/** The kind an extension names, among `allowed`; null for any other name. */
export function kindByExtension(filename: string, allowed: readonly FileKind[]): FileKind | null {
  const lower = filename.toLowerCase();
  return allowed.find((kind) => FILE_TYPES[kind].extensions.some((extension) => lower.endsWith(extension))) ?? null;
}

export interface DetectedContent {
  /** The kind the content is, or null for any other content. */
  kind: FileKind | null;
  /** file-type's extension for the content ("pdf", "cfb", "exe", "zip", …); null when it knows no format (e.g. text). */
  detected: string | null;
}

/**
 * What the bytes are, judged from their content only: file-type reads their signatures and, for
 * ZIP packages, the entries (so a DOCX, an XLSX and any other ZIP are told apart). It reads only as
 * much as it needs, as a Node stream: Yoga's uploaded File has neither `slice` nor a BYOB reader.
 */
export async function detectContent(bytes: Pick<Blob, 'stream' | 'arrayBuffer'>): Promise<DetectedContent> {
  const type = await fileTypeFromStream(
    Readable.from(chunksOf(bytes.stream() as ReadableStream<Uint8Array>), { objectMode: false }),
  );
  if (!type) return { kind: null, detected: null };
  const kind =
    (Object.keys(FILE_TYPES) as FileKind[]).find((candidate) => FILE_TYPES[candidate].detectedAs === type.ext) ?? null;
  // file-type names every OLE2 compound file "cfb" (.doc, .xls, .msi…): only Word's has a WordDocument stream.
  if (kind === 'doc' && !hasWordDocumentStream(new Uint8Array(await bytes.arrayBuffer())))
    return { kind: null, detected: type.ext };
  return { kind, detected: type.ext };
}

/**
 * Whether an OLE2 compound file (MS-CFB) holds a stream named WordDocument, as every Word 97–2003
 * document does (MS-DOC 2.1.1); read with SheetJS's `cfb`. A malformed container is not a document.
 */
export function hasWordDocumentStream(bytes: Uint8Array): boolean {
  try {
    const container = CFB.read(bytes, { type: 'buffer' });
    return container.FileIndex.some(
      (entry, index) => entry.type === 2 && entry.name === 'WordDocument' && container.FullPaths[index] !== undefined,
    );
  } catch {
    return false;
  }
}

/** "PDF, DOC or DOCX" */
export function describeKinds(kinds: readonly FileKind[]): string {
  const labels = kinds.map((kind) => FILE_TYPES[kind].label);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} or ${labels.at(-1)}`;
}
