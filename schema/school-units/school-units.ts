/**
 * Classes (班级) and teaching-research groups (教研组) of a school, and the school's users who
 * join them: shared loading and checks of the class and group mutations.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { assertActive, newOrganisationKey, organisationCodeSchema, type SchoolRef } from '../organisations/index.js';
import { ConflictError, NotFoundError } from '../shared/index.js';
import { userVisibleWhere } from '../users/index.js';

export type UnitKind = 'CLASS' | 'GROUP';

/** Longest class or group name, in characters. */
export const MAX_UNIT_NAME_LENGTH = 100;

export const unitNameSchema = z.string().trim().min(1).max(MAX_UNIT_NAME_LENGTH);

/** A class's or group's code: the rule of every organisation's code. */
export const unitCodeSchema = organisationCodeSchema;

export interface SchoolUnit {
  id: string;
  path: string;
  /** The school the class or group belongs to. */
  schoolId: string;
}

/** Loads a class or group (the mutation's `authorize` has checked the viewer administers its school). */
export async function loadSchoolUnit(db: Transaction, id: string, kind: UnitKind): Promise<SchoolUnit> {
  const unit = await db.organisation.findUniqueOrThrow({
    where: { id, kind },
    select: { id: true, path: true, parentId: true },
  });
  if (!unit.parentId) throw new Error(`${kind} ${id} has no school`);
  return { id: unit.id, path: unit.path, schoolId: unit.parentId };
}

/**
 * Checks that every user is visible to the viewer (else NOT_FOUND) and has the school as home
 * (else CONFLICT).
 */
export async function assertSchoolUsers(
  db: Transaction,
  context: Context,
  userIds: readonly string[],
  schoolId: string,
): Promise<void> {
  const ids = [...new Set(userIds)];
  const users = await db.user.findMany({
    where: { id: { in: ids }, ...userVisibleWhere(context) },
    select: { id: true, login: true, organisationId: true },
  });
  if (users.length < ids.length) throw new NotFoundError('User');
  const outsiders = users.filter((user) => user.organisationId !== schoolId);
  if (outsiders.length) {
    throw new ConflictError('notSchoolUsers', { logins: outsiders.map((user) => user.login).join(', ') });
  }
}

/**
 * Creates a class or group under the school. CONFLICT when the school already has one of that
 * kind with the name, or the code is taken.
 */
export async function createSchoolUnit(
  db: Transaction,
  school: SchoolRef,
  kind: UnitKind,
  name: string,
  code: string | null,
): Promise<string> {
  assertActive(school);
  const sameName = await db.organisation.findFirst({
    where: { parentId: school.id, kind, name },
    select: { id: true },
  });
  if (sameName) throw new ConflictError('unitName', { kind, name });
  const key = newOrganisationKey(school.path);
  try {
    await db.organisation.create({
      data: {
        ...key,
        kind,
        name,
        parentId: school.id,
        code: code ?? `${school.code}-${kind.toLowerCase()}-${randomBytes(3).toString('hex')}`,
      },
      select: { id: true },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new ConflictError('codeTaken', { code });
    throw error;
  }
  return key.id;
}

/** Gives a user a role on a class or group (idempotent); returns the assignment's id. */
export async function grantUnitRole(
  db: Transaction,
  userId: string,
  role: 'CLASS_TUTOR' | 'GROUP_LEADER',
  unit: SchoolUnit,
): Promise<string> {
  const key = { userId, role, organisationId: unit.id };
  const assignment = await db.roleAssignment.upsert({
    where: { userId_role_organisationId: key },
    create: { ...key, orgPath: unit.path },
    update: {},
    select: { id: true },
  });
  return assignment.id;
}
