/** Small but well-formed files of each upload type, for upload tests. */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive with the entries stored uncompressed. */
export function zip(entries: Record<string, string | Uint8Array>): Buffer<ArrayBuffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = typeof content === 'string' ? Buffer.from(content) : Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** `[Content_Types].xml` naming the package's main part, as Word and Excel write it. */
function contentTypes(mainPart: string, mainType: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/${mainPart}" ContentType="${mainType}"/></Types>`
  );
}

/** A minimal DOCX; `padding` bytes of extra content make it as large as needed. */
export function docx(text = '学校信息化发展规划', padding = 0, mainPart = 'word/document.xml'): Buffer<ArrayBuffer> {
  return zip({
    '[Content_Types].xml': contentTypes(
      mainPart,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    ),
    '_rels/.rels': '<Relationships/>',
    [mainPart]: `<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    ...(padding ? { 'word/media/padding.bin': new Uint8Array(padding) } : {}),
  });
}

/** A minimal XLSX-shaped archive. */
export function xlsx(): Buffer<ArrayBuffer> {
  return zip({
    '[Content_Types].xml': contentTypes(
      'xl/workbook.xml',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    ),
    'xl/workbook.xml': '<workbook/>',
    'xl/worksheets/sheet1.xml': '<worksheet/>',
  });
}

/** A minimal PPTX-shaped archive. */
export function pptx(): Buffer<ArrayBuffer> {
  return zip({
    '[Content_Types].xml': contentTypes(
      'ppt/presentation.xml',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    ),
    'ppt/presentation.xml': '<p:presentation/>',
  });
}

/** The first bytes of a JPEG (JFIF) photo: all content detection reads. */
export function jpg(): Buffer<ArrayBuffer> {
  const header = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01];
  return Buffer.from([...header, 0x00, 0x01, 0x00, 0x00, ...new Array(48).fill(0), 0xff, 0xd9]);
}

/** A complete 1×1 PNG (signature, IHDR, IDAT, IEND). */
export function png(): Buffer<ArrayBuffer> {
  return Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  );
}

/** A minimal PDF of about `size` bytes (at least ~60). */
export function pdf(size = 0, text = 'plan'): Buffer<ArrayBuffer> {
  const head = `%PDF-1.4\n% ${text}\n`;
  const tail = '\n%%EOF\n';
  return Buffer.concat([
    Buffer.from(head),
    Buffer.alloc(Math.max(0, size - head.length - tail.length), 0x20),
    Buffer.from(tail),
  ]);
}

const FREE_SECTOR = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;

/**
 * An OLE2 compound file (MS-CFB version 3, 512-byte sectors) whose directory lists `streams`
 * (empty): sector 0 is the FAT, the directory follows in as many chained sectors as it needs.
 */
export function compoundFile(streams: readonly string[]): Buffer<ArrayBuffer> {
  const entries = ['Root Entry', ...streams];
  const directorySectors = Math.ceil(entries.length / 4);
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version
  header.writeUInt16LE(0xfffe, 0x1c); // byte order
  header.writeUInt16LE(9, 0x1e); // sector shift: 512 bytes
  header.writeUInt16LE(6, 0x20); // mini sector shift
  header.writeUInt32LE(1, 0x2c); // FAT sectors
  header.writeUInt32LE(1, 0x30); // first directory sector
  header.writeUInt32LE(4096, 0x38); // mini stream cut-off
  header.writeUInt32LE(END_OF_CHAIN, 0x3c); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 0x44); // no DIFAT sectors
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE_SECTOR, 0x4c + 4 * i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0 holds the FAT
  for (let i = 1; i <= directorySectors; i += 1)
    fat.writeUInt32LE(i === directorySectors ? END_OF_CHAIN : i + 1, 4 * i);
  const directory = Buffer.alloc(512 * directorySectors);
  entries.forEach((name, i) => {
    const at = 128 * i;
    directory.write(name, at, 'utf16le');
    directory.writeUInt16LE(2 * name.length + 2, at + 0x40);
    directory.writeUInt8(i === 0 ? 5 : 2, at + 0x42); // root storage, then streams
    directory.writeUInt32LE(FREE_SECTOR, at + 0x44); // left sibling
    directory.writeUInt32LE(i === 0 || i === entries.length - 1 ? FREE_SECTOR : i + 1, at + 0x48); // right sibling: the next stream
    directory.writeUInt32LE(i === 0 && streams.length ? 1 : FREE_SECTOR, at + 0x4c); // child of the root: the first stream
    directory.writeUInt32LE(END_OF_CHAIN, at + 0x74); // no data
  });
  for (let i = entries.length; i < 4 * directorySectors; i += 1) {
    directory.writeUInt32LE(FREE_SECTOR, 128 * i + 0x44);
    directory.writeUInt32LE(FREE_SECTOR, 128 * i + 0x48);
    directory.writeUInt32LE(FREE_SECTOR, 128 * i + 0x4c);
  }
  return Buffer.concat([header, fat, directory]);
}

/** A legacy Word document's structure: a compound file with the WordDocument stream (MS-DOC). */
export function doc(): Buffer<ArrayBuffer> {
  return compoundFile(['WordDocument', '1Table', '\u0005SummaryInformation']);
}

/** Not a document: a Windows executable's first bytes; with `pdfAt`, a PDF header at that byte. */
export function exe(pdfAt?: number): Buffer<ArrayBuffer> {
  const bytes = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
  if (pdfAt !== undefined) bytes.write('%PDF-1.7\n', pdfAt, 'latin1');
  return bytes;
}

/** Not a document: a Linux (ELF) executable's first bytes with a PDF header at byte 64. */
export function elf(): Buffer<ArrayBuffer> {
  const bytes = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]), Buffer.alloc(400)]);
  bytes.write('%PDF-1.7\n', 64, 'latin1');
  return bytes;
}
