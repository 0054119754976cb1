/**
 * Minimal, valid ISO base media (MP4) files for tests: an `ftyp` box, a `moov` box with a movie header (`mvhd`)
 * giving the duration, and an `mdat` of filler bytes; `moov` first (fast start) or after `mdat`, version 0 or 1 mvhd.
 */
function box(type: string, ...payload: Buffer[]): Buffer {
  const body = Buffer.concat(payload);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + body.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, body]);
}

function mvhd(durationSeconds: number, timescale: number, version: 0 | 1): Buffer {
  const duration = Math.round(durationSeconds * timescale);
  const times = version === 1 ? Buffer.alloc(16) : Buffer.alloc(8); // creation and modification time
  const scale = Buffer.alloc(4);
  scale.writeUInt32BE(timescale);
  const length = Buffer.alloc(version === 1 ? 8 : 4);
  if (version === 1) length.writeBigUInt64BE(BigInt(duration));
  else length.writeUInt32BE(duration);
  const rest = Buffer.alloc(80); // rate, volume, reserved, matrix, pre_defined, next_track_ID
  rest.writeUInt32BE(0x00010000, 0);
  rest.writeUInt16BE(0x0100, 4);
  rest.writeUInt32BE(2, 76);
  return box('mvhd', Buffer.from([version, 0, 0, 0]), times, scale, length, rest);
}

export interface Mp4Options {
  /** Units per second of the movie's time scale (default 1000). */
  timescale?: number;
  /** Bytes of filler media data (default 1024). */
  mediaBytes?: number;
  /** Put `moov` after `mdat`, as recorders that do not "fast start" do. */
  moovAtEnd?: boolean;
  /** mvhd version 1 (64-bit times). */
  version?: 0 | 1;
}

/** An MP4 whose movie header says it lasts `durationSeconds`. */
export function mp4(durationSeconds: number, options: Mp4Options = {}): Buffer {
  const ftyp = box('ftyp', Buffer.from('isom'), Buffer.alloc(4), Buffer.from('isomiso2mp41'));
  const moov = box('moov', mvhd(durationSeconds, options.timescale ?? 1000, options.version ?? 0));
  const mdat = box('mdat', Buffer.alloc(options.mediaBytes ?? 1024, 0x11));
  return options.moovAtEnd ? Buffer.concat([ftyp, mdat, moov]) : Buffer.concat([ftyp, moov, mdat]);
}
