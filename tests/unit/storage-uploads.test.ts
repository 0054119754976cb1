import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectContent, type FileKind, hasWordDocumentStream, kindByExtension } from '../../api/storage/file-types.js';
import { LocalDiskStorage } from '../../api/storage/local-disk.js';
import { FileTooLargeError, FileTypeNotAllowedError } from '../../schema/files/errors.js';
import { cleanFilename, stageUpload } from '../../schema/files/store-upload.js';
import { mp4 } from '../kit/media.js';
import { compoundFile, doc, docx, elf, exe, jpg, pdf, png, pptx, xlsx, zip } from '../kit/office-files.js';

const kindOf = async (bytes: Uint8Array) => (await detectContent(new Blob([bytes as BlobPart]))).kind;

describe('file types by extension and content', () => {
  it('recognises each kind by its bytes (the file-type library), and nothing else as it', async () => {
    const samples: Record<FileKind, Buffer> = {
      pdf: pdf(),
      doc: doc(),
      docx: docx(),
      xlsx: xlsx(),
      pptx: pptx(),
      jpg: jpg(),
      png: png(),
      mp4: mp4(120),
    };
    for (const [kind, bytes] of Object.entries(samples)) expect(await kindOf(bytes), kind).toBe(kind);
    expect(await detectContent(new Blob([exe()]))).toEqual({ kind: null, detected: 'exe' });
    expect(await detectContent(new Blob(['login,name\nwang,王芳\n']))).toEqual({ kind: null, detected: null });
  });

  it('refuses an executable with a PDF header at byte 64 (today’s search of the first 1024 bytes took it for a PDF)', async () => {
    expect(await detectContent(new Blob([exe(64)]))).toEqual({ kind: null, detected: 'exe' });
    expect(await detectContent(new Blob([elf()]))).toEqual({ kind: null, detected: 'elf' });
    // the header must open the file
    expect(await kindOf(Buffer.concat([Buffer.alloc(64, 0x20), pdf()]))).toBeNull();
  });

  it('recognises a real XLSX written by exceljs (compressed entries, data descriptors)', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('教师');
    for (let i = 0; i < 2000; i += 1) sheet.addRow([`teacher-${i}`, `教师${i}`]);
    expect(await kindOf(Buffer.from(await workbook.xlsx.writeBuffer()))).toBe('xlsx');
  });

  it('tells Office packages from other ZIP archives by their content types, whatever the entries are called', async () => {
    expect(await kindOf(docx('x', 600_000))).toBe('docx');
    // Word Online names the main part document2.xml
    expect(await kindOf(docx('x', 0, 'word/document2.xml'))).toBe('docx');
    expect(
      await detectContent(new Blob([zip({ 'notes.txt': 'hello', 'word/document.xml': '<w:document/>' })])),
    ).toEqual({ kind: null, detected: 'zip' });
  });

  it('takes an OLE2 compound file for a DOC only when it has a WordDocument stream', async () => {
    expect(hasWordDocumentStream(doc())).toBe(true);
    // the directory spans two sectors, chained through the FAT
    expect(
      hasWordDocumentStream(compoundFile(['1Table', 'Data', 'ObjectPool', 'SummaryInformation', 'WordDocument'])),
    ).toBe(true);
    // an Excel 97 workbook, an installer: compound files too
    expect(await detectContent(new Blob([compoundFile(['Workbook'])]))).toEqual({ kind: null, detected: 'cfb' });
    expect(hasWordDocumentStream(compoundFile(['WordDocument.bak', 'SummaryInformation']))).toBe(false);
    expect(hasWordDocumentStream(doc().subarray(0, 600))).toBe(false);
    expect(hasWordDocumentStream(pdf())).toBe(false);
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
  const stored = async () =>
    (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
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
    ['an executable with a PDF header at byte 64', new File([exe(64)], 'plan.pdf'), FileTypeNotAllowedError],
    ['a DOCX named .pdf', new File([docx()], 'plan.pdf'), FileTypeNotAllowedError],
    ['an Excel 97 workbook named .doc', new File([compoundFile(['Workbook'])], 'plan.doc'), FileTypeNotAllowedError],
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
