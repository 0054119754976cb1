import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentMatches, headRulesOut, HEAD_BYTES, kindByExtension, TAIL_BYTES, zipEntryNames, type FileKind } from '../../api/storage/file-types.js';
import { LocalDiskStorage } from '../../api/storage/local-disk.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../../schema/files/errors.js';
import { cleanFilename, stageUpload } from '../../schema/files/store-upload.js';
import { doc, docx, exe, pdf, xlsx } from '../helpers/office-files.js';

const sniff = (kind: FileKind, bytes: Buffer) => contentMatches(kind, bytes.subarray(0, HEAD_BYTES), bytes.subarray(-TAIL_BYTES), bytes.length);

describe('file types by extension and content', () => {
  it('recognises each kind by its bytes, and nothing else as it', () => {
    const samples: Record<FileKind, Buffer> = { pdf: pdf(), doc: doc(), docx: docx(), xlsx: xlsx() };
    for (const [kind, bytes] of Object.entries(samples) as Array<[FileKind, Buffer]>) {
      for (const other of Object.keys(samples) as FileKind[]) expect(sniff(other, bytes), `${kind} as ${other}`).toBe(kind === other);
      expect(sniff(kind, exe())).toBe(false);
    }
  });

  it('recognises a real XLSX written by exceljs (compressed entries, data descriptors)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('教师');
    for (let i = 0; i < 2000; i += 1) sheet.addRow([`teacher-${i}`, `教师${i}`]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(sniff('xlsx', bytes)).toBe(true);
    expect(sniff('docx', bytes)).toBe(false);
  });

  it('accepts a PDF header anywhere in the first 1024 bytes, not later', () => {
    expect(sniff('pdf', Buffer.concat([Buffer.alloc(1000, 0x20), pdf()]))).toBe(true);
    expect(sniff('pdf', Buffer.concat([Buffer.alloc(1100, 0x20), pdf()]))).toBe(false);
  });

  it('reads a ZIP’s entry names from its central directory, even when the file is larger than the tail', () => {
    expect(zipEntryNames(docx(), docx().length)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const big = docx('x', 2 * TAIL_BYTES);
    expect(sniff('docx', big)).toBe(true);
    expect(zipEntryNames(pdf(), pdf().length)).toBeNull();
    // a ZIP that is not an Office document
    expect(sniff('docx', Buffer.from(docx().toString('latin1').replaceAll('word/document.xml', 'text/notes.xml.'), 'latin1'))).toBe(false);
    // Word Online names the main part document2.xml
    expect(sniff('docx', Buffer.from(docx().toString('latin1').replaceAll('word/document.xml', 'word/document2.xm'), 'latin1'))).toBe(true);
  });

  it('rules out a wrong kind from the first 8 bytes (except PDF)', () => {
    expect(headRulesOut('docx', exe())).toBe(true);
    expect(headRulesOut('doc', pdf())).toBe(true);
    expect(headRulesOut('docx', docx())).toBe(false);
    expect(headRulesOut('pdf', exe())).toBe(false);
  });

  it('matches extensions case-insensitively among the allowed kinds', () => {
    expect(kindByExtension('规划.PDF', ['pdf', 'doc', 'docx'])).toBe('pdf');
    expect(kindByExtension('plan.docx', ['pdf', 'doc', 'docx'])).toBe('docx');
    expect(kindByExtension('plan.xlsx', ['pdf', 'doc', 'docx'])).toBeNull();
    expect(kindByExtension('plan.pdf.exe', ['pdf'])).toBeNull();
    expect(kindByExtension('pdf', ['pdf'])).toBeNull();
  });

  it('cleans file names of folders and control characters', () => {
    expect(cleanFilename('C:\\Users\\张三\\规划.pdf')).toBe('规划.pdf');
    expect(cleanFilename('../../etc/passwd')).toBe('passwd');
    expect(cleanFilename('a\u0000b\nc.pdf')).toBe('abc.pdf');
    expect(cleanFilename('')).toBe('file');
    const long = cleanFilename(`${'长'.repeat(300)}.docx`);
    expect(long).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });
});

describe('staging an upload', () => {
  let dir: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'tisheng-stage-'));
    storage = new LocalDiskStorage(dir);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));
  const stored = async () => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const limits = { allowedTypes: ['pdf', 'doc', 'docx'] as FileKind[], maxBytes: 4096 };

  it('stores the bytes with their sha256 and our content type', async () => {
    const bytes = docx();
    const staged = await stageUpload(storage, new File([bytes], '规划.docx', { type: 'text/html' }), limits);
    expect(staged).toMatchObject({
      filename: '规划.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(await stored()).toEqual([staged.storageKey]);
  });

  it.each([
    ['too large by its size', new File([pdf(4097)], 'plan.pdf'), FileTooLargeError],
    ['a wrong extension', new File([pdf()], 'plan.txt'), FileTypeNotAllowedError],
    ['an executable renamed', new File([exe()], 'plan.docx'), FileTypeNotAllowedError],
    ['a PDF named .doc', new File([pdf()], 'plan.doc'), FileTypeNotAllowedError],
    ['text named .pdf', new File(['hello'.repeat(10)], 'plan.pdf'), FileTypeNotAllowedError],
  ])('refuses %s and stores nothing', async (_what, file, type) => {
    await expect(stageUpload(storage, file, limits)).rejects.toBeInstanceOf(type);
    expect(await stored()).toEqual([]);
  });

  it('counts the bytes it reads, whatever the declared size says', async () => {
    const bytes = pdf(5000);
    const lying = Object.assign(new File([bytes], 'plan.pdf'), {});
    Object.defineProperty(lying, 'size', { value: 10 });
    const error = await stageUpload(storage, lying, limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileTooLargeError);
    expect((error as FileTooLargeError).message).toBe('The file is too large: at most 4096 bytes is allowed.');
    expect(await stored()).toEqual([]);
  });
});
