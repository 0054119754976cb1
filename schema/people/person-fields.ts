/**
 * A person's fields and their limits, checked the same way whether they come from a mutation's input or a cell
 * of an imported file: one zod schema per field. Free text must not begin like a spreadsheet formula (=, +, -, @,
 * a tab or a carriage return), since exports write it back into spreadsheets.
 */
import { z } from 'zod';
import type { SchoolStage } from '../../api/db/generated/prisma/enums.js';
import { startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';
import { checkNationalId } from '../users/index.js';

/** Longest login, in characters. */
export const MAX_LOGIN_LENGTH = 64;
/** A login: letters A–Z or a–z, digits, ".", "_", "-" or "@", beginning with a letter or digit. */
export const LOGIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;
/** Longest display name, in characters. */
export const MAX_DISPLAY_NAME_LENGTH = 100;
/** Longest e-mail address, in characters (RFC 5321). */
export const MAX_EMAIL_LENGTH = 254;
/** Digits a phone number has: 7 (a local landline) to 15 (E.164's longest). */
export const PHONE_DIGITS = { min: 7, max: 15 } as const;
/** Longest phone number as written, separators included, in characters. */
export const MAX_PHONE_LENGTH = 24;
/** Longest teaching subject (语文, 信息技术 …), in characters. */
export const MAX_SUBJECT_LENGTH = 50;
/** Longest employee number (工号), in characters. */
export const MAX_EMPLOYEE_NUMBER_LENGTH = 32;
/** Longest identity-provider issuer or subject, in characters. */
export const MAX_IDENTITY_LENGTH = 255;

/**
 * A phone number: digits with optional spaces, hyphens and brackets (0551-6262 1234, (010) 12345678, 13812345678),
 * beginning with a digit or "(" and ending with a digit. A leading "+" is refused like any formula-like text: write
 * the international prefix as 00 (008613812345678).
 */
export function isPhoneNumber(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return (
    /^[0-9(][0-9 ()-]*[0-9]$/.test(text) &&
    text.length <= MAX_PHONE_LENGTH &&
    digits >= PHONE_DIGITS.min &&
    digits <= PHONE_DIGITS.max
  );
}

/** School stages by the names a file may use: the enum value (any case) or its Chinese name. */
export const STAGE_NAMES: Readonly<Record<string, SchoolStage>> = {
  KINDERGARTEN: 'KINDERGARTEN',
  PRIMARY: 'PRIMARY',
  JUNIOR_SECONDARY: 'JUNIOR_SECONDARY',
  SENIOR_SECONDARY: 'SENIOR_SECONDARY',
  VOCATIONAL: 'VOCATIONAL',
  幼儿园: 'KINDERGARTEN',
  学前: 'KINDERGARTEN',
  小学: 'PRIMARY',
  初中: 'JUNIOR_SECONDARY',
  高中: 'SENIOR_SECONDARY',
  中职: 'VOCATIONAL',
  职业学校: 'VOCATIONAL',
};

/** The school stage a cell names, or null. */
export function stageNamed(text: string): SchoolStage | null {
  const name = text.trim();
  return STAGE_NAMES[name.toUpperCase()] ?? STAGE_NAMES[name] ?? null;
}

/** Text a spreadsheet would not run as a formula; checked before trimming, as an imported cell is. */
const notFormula = () => z.string().refine((value) => !startsLikeFormula(value), 'VALIDATION.formulaLike');
const text = (max: number) => notFormula().trim().min(1).max(max);

/** One schema per field: what a mutation's input and an imported cell must be. */
export const personFields = {
  login: notFormula()
    .trim()
    .refine((login) => LOGIN_PATTERN.test(login), { message: 'PEOPLE.loginFormat', params: { max: MAX_LOGIN_LENGTH } }),
  displayName: text(MAX_DISPLAY_NAME_LENGTH),
  email: notFormula().trim().pipe(z.email().max(MAX_EMAIL_LENGTH)),
  phone: notFormula()
    .trim()
    .refine(isPhoneNumber, { message: 'PEOPLE.phoneFormat', params: { ...PHONE_DIGITS } }),
  teachingSubject: text(MAX_SUBJECT_LENGTH),
  employeeNumber: text(MAX_EMPLOYEE_NUMBER_LENGTH),
  /** A national ID number, normalized (upper-case X, trimmed); its problems are worded as NATIONAL_ID.<problem>. */
  nationalId: z.string().transform((value, context) => {
    const check = checkNationalId(value);
    if (check.valid) return check.normalized;
    context.addIssue({
      code: 'custom',
      message: `NATIONAL_ID.${check.problem}`,
      params: { birthDate: check.birthDate ?? '' },
    });
    return z.NEVER;
  }),
  identityIssuer: text(MAX_IDENTITY_LENGTH),
  identitySubject: text(MAX_IDENTITY_LENGTH),
} as const;

export type PersonField = keyof typeof personFields;

/** The editable details of a person, as stored. */
export interface PersonDetails {
  displayName: string;
  email: string | null;
  phone: string | null;
  teachingSubject: string | null;
  stage: SchoolStage | null;
  employeeNumber: string | null;
  nationalIdHash: string | null;
  nationalIdMasked: string | null;
}
