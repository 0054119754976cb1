/**
 * Resident identity card numbers (居民身份证号, GB 11643-1999): 18 characters, a 6-digit region
 * code, an 8-digit birth date (YYYYMMDD), a 3-digit sequence and a check character (0–9 or X)
 * computed with ISO 7064 MOD 11-2. Pure functions: the number itself is never stored, only a
 * keyed hash (to find duplicates) and a masked form (for display).
 */
import { createHmac } from 'node:crypto';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARACTERS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;

export type NationalIdProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECK_DIGIT';

export type NationalIdCheck =
  | { valid: true; normalized: string }
  /** `birthDate` (YYYYMMDD) is given for a BIRTH_DATE problem; the wording is `NATIONAL_ID.<problem>`. */
  | { valid: false; problem: NationalIdProblem; birthDate?: string };

/** The check character for the first 17 digits. */
export function nationalIdCheckCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(first17[i]), 0);
  return CHECK_CHARACTERS.charAt(sum % 11);
}

/**
 * Checks a national ID number: trims it, accepts a lower-case x, and requires 18 characters,
 * a real birth date (1900-01-01 up to `today`) and a matching check character.
 */
export function checkNationalId(raw: string, today: Date = new Date()): NationalIdCheck {
  const normalized = raw.trim().toUpperCase();
  if (!SHAPE.test(normalized)) {
    return { valid: false, problem: 'FORMAT' };
  }
  const [year, month, day] = [normalized.slice(6, 10), normalized.slice(10, 12), normalized.slice(12, 14)].map(
    Number,
  ) as [number, number, number];
  const birth = new Date(Date.UTC(year, month - 1, day));
  const realDate = birth.getUTCFullYear() === year && birth.getUTCMonth() === month - 1 && birth.getUTCDate() === day;
  if (!realDate || year < 1900 || birth.getTime() > today.getTime()) {
    return { valid: false, problem: 'BIRTH_DATE', birthDate: normalized.slice(6, 14) };
  }
  const expected = nationalIdCheckCharacter(normalized);
  if (normalized[17] !== expected) {
    return { valid: false, problem: 'CHECK_DIGIT' };
  }
  return { valid: true, normalized };
}

/** Keyed hash (HMAC-SHA256, hex) of a normalized number: equal numbers give equal hashes under one key. */
export function hashNationalId(normalized: string, key: string): string {
  return createHmac('sha256', key).update(normalized).digest('hex');
}

/** The displayable form: the first 6 and last 4 characters, 8 stars between (440402********1234). */
export function maskNationalId(normalized: string): string {
  return `${normalized.slice(0, 6)}********${normalized.slice(-4)}`;
}

/** What is stored for a valid number: never the number itself. */
export function protectNationalId(normalized: string, key: string) {
  return { nationalIdHash: hashNationalId(normalized, key), nationalIdMasked: maskNationalId(normalized) };
}
