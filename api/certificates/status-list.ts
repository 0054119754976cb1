/**
 * Bitstring Status Lists (W3C Bitstring Status List v1.0) for revocation: each list holds STATUS_LIST_SIZE entries
 * (16 KiB, the minimum the specification sets for herd privacy); a certificate's global `statusIndex` picks its list
 * (index ÷ size) and its entry in it (index mod size). Entry i is bit i counted from the most significant bit of the
 * first byte; 1 means revoked. `encodedList` is the GZIP-compressed bitstring, base64url without padding, with the
 * multibase prefix "u".
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** Entries in one list: 131,072 bits = 16 KiB. */
export const STATUS_LIST_SIZE = 131_072;
/** Largest decompressed list accepted when decoding (protects against gzip bombs). */
const MAX_LIST_BYTES = 16 * 1024 * 1024;

/** Where a certificate's status lives. */
export function statusPosition(statusIndex: number): { list: number; index: number } {
  if (!Number.isSafeInteger(statusIndex) || statusIndex < 0) throw new RangeError(`bad status index ${statusIndex}`);
  return { list: Math.floor(statusIndex / STATUS_LIST_SIZE), index: statusIndex % STATUS_LIST_SIZE };
}

/** The bitstring with the given entries set. */
export function bitstringOf(setIndices: Iterable<number>, size: number = STATUS_LIST_SIZE): Uint8Array {
  const bits = new Uint8Array(Math.ceil(size / 8));
  for (const index of setIndices) {
    if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`index ${index} out of list`);
    bits[index >> 3] = (bits[index >> 3] ?? 0) | (0x80 >> (index & 7));
  }
  return bits;
}

/** Whether entry `index` is set. */
export function bitAt(bits: Uint8Array, index: number): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8)
    throw new RangeError(`index ${index} out of list`);
  return ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;
}

/** The `encodedList` of a bitstring: "u" + base64url(gzip(bits)). */
export function encodeStatusList(bits: Uint8Array): string {
  return `u${gzipSync(bits).toString('base64url')}`;
}

/** The bitstring of an `encodedList` ("u" multibase prefix optional); throws on anything else. */
export function decodeStatusList(encoded: string): Uint8Array {
  if (typeof encoded !== 'string' || !/^u?[A-Za-z0-9_-]+$/.test(encoded))
    throw new Error('encodedList is not base64url');
  const body = encoded.startsWith('u') ? encoded.slice(1) : encoded;
  const bits = gunzipSync(Buffer.from(body, 'base64url'), { maxOutputLength: MAX_LIST_BYTES });
  return new Uint8Array(bits.buffer, bits.byteOffset, bits.byteLength);
}
