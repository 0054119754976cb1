import { describe, expect, it } from 'vitest';
import { mp4DurationSeconds } from '../../api/storage/mp4-duration.js';
import { mp4 } from '../kit/media.js';

/** The bytes in chunks of `size` (the last one shorter). */
async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const duration = (bytes: Uint8Array, chunk = 65_536) => mp4DurationSeconds(chunked(bytes, chunk));

function box(type: string, payload: Buffer): Buffer {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
}

/** The boxes of an MP4 from the kit, split at the top level. */
function topLevel(bytes: Buffer): Map<string, Buffer> {
  const boxes = new Map<string, Buffer>();
  for (let at = 0; at < bytes.length; ) {
    const size = bytes.readUInt32BE(at);
    boxes.set(bytes.toString('latin1', at + 4, at + 8), bytes.subarray(at, at + size));
    at += size;
  }
  return boxes;
}

describe('MP4 duration from the movie header', () => {
  it('reads a fast-start file (moov before mdat)', async () => {
    expect(await duration(mp4(299))).toBe(299);
    expect(await duration(mp4(300))).toBe(300);
    expect(await duration(mp4(301))).toBe(301);
  });

  it('reads a file whose moov comes after a large mdat', async () => {
    expect(await duration(mp4(299, { moovAtEnd: true, mediaBytes: 3_000_000 }))).toBe(299);
    expect(await duration(mp4(301, { moovAtEnd: true }))).toBe(301);
  });

  it('reads a version 1 (64-bit) movie header', async () => {
    expect(await duration(mp4(300, { version: 1 }))).toBe(300);
    expect(await duration(mp4(4 * 60 + 59, { version: 1, moovAtEnd: true, timescale: 90_000 }))).toBe(299);
  });

  it('divides by the time scale (600, 90000)', async () => {
    expect(await duration(mp4(300, { timescale: 600 }))).toBe(300);
    expect(await duration(mp4(301, { timescale: 90_000 }))).toBe(301);
    expect(await duration(mp4(12.5, { timescale: 600 }))).toBe(12.5);
  });

  it('does not depend on how the bytes are chunked', async () => {
    const file = mp4(301, { moovAtEnd: true, version: 1, timescale: 600 });
    for (const size of [1, 3, 7, 8, 13, 64, 1000]) expect(await duration(file, size)).toBe(301);
  });

  it('stops reading once the header is found (fast start: the media data is never read)', async () => {
    const file = mp4(120, { mediaBytes: 10_000_000 });
    let read = 0;
    async function* counted() {
      for await (const chunk of chunked(file, 4096)) {
        read += chunk.length;
        yield chunk;
      }
    }
    expect(await mp4DurationSeconds(counted(), { wholeFile: false })).toBe(120);
    expect(read).toBeLessThan(10_000);
  });

  it('skips a box with a 64-bit largesize and follows a moov running to the end of the file (size 0)', async () => {
    const file = mp4(240, { moovAtEnd: true, mediaBytes: 5000 });
    const boxes = topLevel(file);
    const ftyp = boxes.get('ftyp') as Buffer;
    const moov = Buffer.from(boxes.get('moov') as Buffer);
    const media = Buffer.alloc(5000, 0x22);
    const largeHeader = Buffer.alloc(16);
    largeHeader.writeUInt32BE(1, 0);
    largeHeader.write('mdat', 4, 'latin1');
    largeHeader.writeBigUInt64BE(BigInt(16 + media.length), 8);
    moov.writeUInt32BE(0, 0); // size 0: to the end of the file
    expect(await duration(Buffer.concat([ftyp, largeHeader, media, moov]), 100)).toBe(240);
  });

  it('finds mvhd after other children of moov', async () => {
    const boxes = topLevel(mp4(180));
    const mvhd = (boxes.get('moov') as Buffer).subarray(8);
    const moov = box('moov', Buffer.concat([box('udta', Buffer.alloc(40, 0x33)), mvhd]));
    expect(await duration(Buffer.concat([boxes.get('ftyp') as Buffer, moov]))).toBe(180);
  });

  it('gives null for a file without a readable movie header', async () => {
    // Not an MP4 at all.
    expect(await duration(Buffer.from('MZ\x90\x00 this is a Windows program, not a video'.repeat(20), 'latin1'))).toBe(
      null,
    );
    expect(await duration(Buffer.alloc(0))).toBe(null);
    expect(await duration(Buffer.alloc(4096, 0xff))).toBe(null);
    // Truncated: moov at the end, cut off.
    const whole = mp4(200, { moovAtEnd: true });
    expect(await duration(whole.subarray(0, whole.length - 60))).toBe(null);
    expect(await duration(whole.subarray(0, 500))).toBe(null);
    // Truncated media data after a fast-start moov.
    const fast = mp4(200, { mediaBytes: 5000 });
    expect(await duration(fast.subarray(0, fast.length - 1))).toBe(null);
    expect(await mp4DurationSeconds(chunked(fast.subarray(0, fast.length - 1), 64), { wholeFile: false })).toBe(200);
    // No moov at all.
    const boxes = topLevel(whole);
    expect(await duration(Buffer.concat([boxes.get('ftyp') as Buffer, boxes.get('mdat') as Buffer]))).toBe(null);
    // A moov without mvhd, and one whose child claims more than the moov holds.
    expect(await duration(box('moov', box('trak', Buffer.alloc(16))))).toBe(null);
    const lying = box('moov', box('mvhd', Buffer.alloc(100)));
    lying.writeUInt32BE(1000, 8);
    expect(await duration(lying)).toBe(null);
  });

  it('gives null for an unknown duration or a zero time scale', async () => {
    const unknown = Buffer.from(mp4(10));
    const moovAt = unknown.indexOf('mvhd', 0, 'latin1') + 4;
    unknown.writeUInt32BE(0xffffffff, moovAt + 16);
    expect(await duration(unknown)).toBe(null);
    const zero = Buffer.from(mp4(10));
    zero.writeUInt32BE(0, moovAt + 12);
    expect(await duration(zero)).toBe(null);
  });
});
