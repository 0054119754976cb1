/**
 * An MP4's duration read from the file itself (music-metadata reports none for a video-only MP4). An MP4 is a
 * sequence of ISO base media boxes: a 32-bit size (1: a 64-bit `largesize` follows the type; 0: the box runs to the
 * end of the file) and a four-letter type. The movie box `moov` holds the movie header `mvhd` with the time scale
 * (units per second) and the duration in those units (32-bit in version 0, 64-bit in version 1).
 *
 * The bytes are read once, as a stream of chunks: boxes other than `moov` (the media data `mdat` above all, which may
 * be gigabytes) are skipped without being buffered, and `moov` is walked child by child to its `mvhd`. By default the
 * rest of the file is walked too, so a truncated file is caught; `wholeFile: false` stops once the header is read.
 * `moov` may come before `mdat` ("fast start") or after it, as many recorders write it. A file without a readable
 * `mvhd` (truncated, not an MP4, an unknown duration) has no duration: null.
 */

/** Reads exact byte counts from a stream of chunks, or skips them without keeping them. */
class ChunkReader {
  private pending: Uint8Array = new Uint8Array(0);
  private finished = false;

  constructor(private readonly iterator: AsyncIterator<Uint8Array>) {}

  private async pull(): Promise<boolean> {
    if (this.finished) return false;
    const next = await this.iterator.next();
    if (next.done) {
      this.finished = true;
      return false;
    }
    const chunk = next.value;
    if (this.pending.length === 0) this.pending = chunk;
    else {
      const joined = new Uint8Array(this.pending.length + chunk.length);
      joined.set(this.pending, 0);
      joined.set(chunk, this.pending.length);
      this.pending = joined;
    }
    return true;
  }

  /** The next `count` bytes, or null when the stream ends first. */
  async read(count: number): Promise<Uint8Array | null> {
    while (this.pending.length < count) if (!(await this.pull())) return null;
    const bytes = this.pending.subarray(0, count);
    this.pending = this.pending.subarray(count);
    return bytes;
  }

  /** Drops the next `count` bytes; false when the stream ends first. */
  async skip(count: bigint): Promise<boolean> {
    let left = count;
    for (;;) {
      const available = BigInt(this.pending.length);
      if (available >= left) {
        this.pending = this.pending.subarray(Number(left));
        return true;
      }
      left -= available;
      this.pending = new Uint8Array(0);
      if (!(await this.pull())) return false;
    }
  }

  /** True when no byte is left. */
  async atEnd(): Promise<boolean> {
    while (this.pending.length === 0) if (!(await this.pull())) return true;
    return false;
  }

  /** Stops the source (cancels the stream) when the reader is done early. */
  async close(): Promise<void> {
    if (!this.finished) {
      this.finished = true;
      await this.iterator.return?.();
    }
  }
}

interface BoxHeader {
  type: string;
  /** Bytes of the header itself (8, or 16 with a 64-bit size). */
  headerLength: bigint;
  /** Bytes of the payload after the header; null: to the end of the enclosing box or file. */
  payload: bigint | null;
}

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The next box header, or null at the end or on a malformed header. `room`: bytes left in the parent (null: unknown). */
async function readHeader(reader: ChunkReader, room: bigint | null): Promise<BoxHeader | null> {
  if (room !== null && room < 8n) return null;
  const head = await reader.read(8);
  if (!head) return null;
  const size = view(head).getUint32(0);
  const type = String.fromCharCode(head[4] ?? 0, head[5] ?? 0, head[6] ?? 0, head[7] ?? 0);
  if (!/^[\x20-\xff]{4}$/.test(type)) return null;
  if (size === 0) return { type, headerLength: 8n, payload: room === null ? null : room - 8n };
  if (size === 1) {
    const large = await reader.read(8);
    if (!large) return null;
    const total = view(large).getBigUint64(0);
    if (total < 16n || (room !== null && total > room)) return null;
    return { type, headerLength: 16n, payload: total - 16n };
  }
  if (size < 8 || (room !== null && BigInt(size) > room)) return null;
  return { type, headerLength: 8n, payload: BigInt(size - 8) };
}

/** Seconds from an `mvhd` payload (version, flags, times, timescale, duration), or null when unusable. */
function movieHeaderSeconds(bytes: Uint8Array): number | null {
  const data = view(bytes);
  const version = data.getUint8(0);
  let timescale: number;
  let duration: bigint;
  if (version === 1) {
    if (bytes.length < 32) return null;
    timescale = data.getUint32(20);
    duration = data.getBigUint64(24);
    if (duration === 0xffffffffffffffffn) return null;
  } else if (version === 0) {
    if (bytes.length < 20) return null;
    timescale = data.getUint32(12);
    duration = BigInt(data.getUint32(16));
    if (duration === 0xffffffffn) return null;
  } else return null;
  if (timescale === 0) return null;
  return Number(duration) / timescale;
}

/** Longest `mvhd` payload accepted (version 1 needs 108 bytes; anything far larger is not a movie header). */
const MAX_MOVIE_HEADER = 1024n;

/**
 * Walks the children of a `moov` box (`room` bytes, null: to the end of the file) and returns the seconds of its
 * `mvhd`, or null; with `whole`, the rest of the box is skipped too and must be complete.
 */
async function movieSeconds(reader: ChunkReader, room: bigint | null, whole: boolean): Promise<number | null> {
  let left = room;
  let seconds: number | null = null;
  for (;;) {
    if (left === 0n || (left === null && (await reader.atEnd()))) return seconds;
    const header = await readHeader(reader, left);
    if (!header) return null;
    if (header.type === 'mvhd' && seconds === null) {
      // A movie header never runs to the end of the file, and is never much larger than 108 bytes.
      if (header.payload === null || header.payload > MAX_MOVIE_HEADER) return null;
      const bytes = await reader.read(Number(header.payload));
      if (!bytes || bytes.length < 20) return null;
      seconds = movieHeaderSeconds(bytes);
      if (seconds === null || !whole) return seconds;
    } else {
      if (header.payload === null) return null;
      if (!(await reader.skip(header.payload))) return null;
    }
    if (left !== null) left -= header.headerLength + (header.payload as bigint);
  }
}

export interface Mp4DurationOptions {
  /**
   * Read to the end and check that every top-level box is complete, so a truncated file has no duration (default
   * true). False: stop as soon as the movie header is read (a fast-start file's media data is then never read).
   */
  wholeFile?: boolean;
}

/** The duration in seconds an MP4's movie header gives, or null when the bytes hold none (or are truncated). */
export async function mp4DurationSeconds(
  source: AsyncIterable<Uint8Array>,
  options: Mp4DurationOptions = {},
): Promise<number | null> {
  const whole = options.wholeFile ?? true;
  const reader = new ChunkReader(source[Symbol.asyncIterator]());
  let seconds: number | null = null;
  try {
    for (;;) {
      if (await reader.atEnd()) return seconds;
      const header = await readHeader(reader, null);
      if (!header) return null;
      if (header.type === 'moov' && seconds === null) {
        seconds = await movieSeconds(reader, header.payload, whole);
        if (seconds === null || !whole || header.payload === null) return seconds;
      } else {
        if (header.payload === null) return seconds; // a box running to the end of the file
        if (!(await reader.skip(header.payload))) return null;
      }
    }
  } finally {
    await reader.close();
  }
}
