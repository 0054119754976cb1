import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { SchoolStage } from '../../api/db/generated/prisma/enums.js';
import type { builder } from '../builder.js';
import { ConflictError } from '../shared/index.js';
import { protectNationalId } from '../users/index.js';
import {
  MAX_DISPLAY_NAME_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_EMPLOYEE_NUMBER_LENGTH,
  MAX_PHONE_LENGTH,
  MAX_SUBJECT_LENGTH,
  PHONE_DIGITS,
  personFields,
} from './person-fields.js';

type InputFieldBuilder = PothosSchemaTypes.InputFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  'InputObject'
>;

const FORMULA = 'not beginning with =, +, -, @, a tab or a carriage return';

/**
 * The optional details of a person, as `createUser` and `updateUser` take them. On update, an omitted field stays as
 * it is and null clears it.
 */
export function detailFields(t: InputFieldBuilder, { update = false } = {}) {
  const keep = update ? ' Omitted: unchanged; null: cleared.' : '';
  return {
    email: t.string({
      required: false,
      description: `E-mail address, at most ${MAX_EMAIL_LENGTH} characters, ${FORMULA}.${keep}`,
    }),
    phone: t.string({
      required: false,
      description:
        `Phone number: ${PHONE_DIGITS.min} to ${PHONE_DIGITS.max} digits with optional spaces, hyphens or brackets, at most ${MAX_PHONE_LENGTH} ` +
        `characters, beginning with a digit or "(" (an international prefix is written 00, not +).${keep}`,
    }),
    teachingSubject: t.string({
      required: false,
      description: `Subject taught (语文, 数学, 信息技术 …): 1 to ${MAX_SUBJECT_LENGTH} characters, ${FORMULA}.${keep}`,
    }),
    stage: t.field({
      type: SchoolStage,
      required: false,
      description: `School stage (学段) the person teaches at.${keep}`,
    }),
    employeeNumber: t.string({
      required: false,
      description: `Employee number (工号): 1 to ${MAX_EMPLOYEE_NUMBER_LENGTH} characters, ${FORMULA}.${keep}`,
    }),
    nationalId: t.string({
      required: false,
      description:
        'National ID number (居民身份证号): 18 characters with a valid GB 11643 check character; unique. Stored only as a keyed hash and a ' +
        `masked form (440402********1234).${keep}`,
    }),
  };
}

/** The display name field: required on create, optional on update. */
export const displayNameDescription = `Name shown to others: 1 to ${MAX_DISPLAY_NAME_LENGTH} characters, ${FORMULA}.`;

/** zod checks of the details: each field as `personFields` says, absent or null allowed. */
export const detailsSchema = {
  email: personFields.email.nullish(),
  phone: personFields.phone.nullish(),
  teachingSubject: personFields.teachingSubject.nullish(),
  stage: z.enum(SchoolStage).nullish(),
  employeeNumber: personFields.employeeNumber.nullish(),
  nationalId: personFields.nationalId.nullish(),
};

export interface ParsedDetails {
  email?: string | null;
  phone?: string | null;
  teachingSubject?: string | null;
  stage?: SchoolStage | null;
  employeeNumber?: string | null;
  nationalId?: string | null;
}

/** Columns of a person a mutation writes; a column left out stays as it is. */
export interface DetailColumns {
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  teachingSubject?: string | null;
  stage?: SchoolStage | null;
  employeeNumber?: string | null;
  nationalIdHash?: string | null;
  nationalIdMasked?: string | null;
}

/**
 * The columns to write for the given details: omitted ones are left out, null clears; a national ID number is
 * stored as its keyed hash and masked form. CONFLICT when another user holds the number.
 */
export async function detailColumns(
  db: Transaction,
  { nationalId, ...rest }: ParsedDetails,
  key: string,
  userId: string | null,
): Promise<DetailColumns> {
  const columns: DetailColumns = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined));
  if (nationalId === null) Object.assign(columns, { nationalIdHash: null, nationalIdMasked: null });
  if (nationalId) {
    const protectedId = protectNationalId(nationalId, key);
    const holder = await db.user.findUnique({
      where: { nationalIdHash: protectedId.nationalIdHash },
      select: { id: true },
    });
    if (holder && holder.id !== userId) throw new ConflictError('PEOPLE.nationalIdTaken');
    Object.assign(columns, protectedId);
  }
  return columns;
}

/** A unique constraint refused a write: someone wrote the same login, number or identity since it was checked. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)?.driverAdapterError
    ?.cause;
  return error.code === 'P2002' || cause?.kind === 'UniqueConstraintViolation';
}

/** Runs a write, turning a unique violation into CONFLICT (PEOPLE.concurrentChange). */
export async function withoutRaces<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('PEOPLE.concurrentChange');
    throw error;
  }
}
