/**
 * What the organisation mutations share: loading the organisation acted on, creating one under a parent, saving a
 * new name or code (codes are unique across the service), the programmes a school takes part in, and the check of
 * the declared action on a second object (a move's target district).
 */
import { randomBytes } from 'node:crypto';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { OrganisationKind, SchoolStage } from '../../api/db/generated/prisma/enums.js';
import {
  ACTIONS,
  type Action,
  ConflictError,
  ForbiddenActionError,
  grants,
  InvalidStateError,
  loadResource,
  NotFoundError,
  type ResourceKind,
} from '../shared/index.js';
import type { SchoolParticipation } from './rules.js';
import { newOrganisationKey } from './tree.js';

/** An organisation as the mutations acting on it need it. */
export interface OrganisationRef {
  id: string;
  kind: OrganisationKind;
  path: string;
  code: string;
  name: string;
  parentId: string | null;
  deactivatedAt: Date | null;
}

const REF_SELECT = {
  id: true,
  kind: true,
  path: true,
  code: true,
  name: true,
  parentId: true,
  deactivatedAt: true,
} as const;

/** Loads an organisation the mutation's `authorize` has found (existing and visible to the viewer). */
export function loadOrganisation(db: Pick<Transaction, 'organisation'>, id: string): Promise<OrganisationRef> {
  return db.organisation.findUniqueOrThrow({ where: { id }, select: REF_SELECT });
}

/** Refuses new work under a deactivated organisation. */
export function assertActive(organisation: Pick<OrganisationRef, 'name' | 'deactivatedAt'>): void {
  if (organisation.deactivatedAt) throw new InvalidStateError('organisationDeactivated', { name: organisation.name });
}

/** CONFLICT when another organisation of `kind` under the parent already has the name. */
async function assertFreeName(
  db: Transaction,
  parent: Pick<OrganisationRef, 'id' | 'name'>,
  kind: OrganisationKind,
  name: string,
  exceptId: string | null = null,
): Promise<void> {
  const sameName = await db.organisation.findFirst({
    where: { parentId: parent.id, kind, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (sameName) throw new ConflictError('organisationName', { parentName: parent.name, kind, name });
}

/** Runs a write, turning a taken code (the unique index) into CONFLICT. */
async function savingCode<T>(code: string | null, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new ConflictError('organisationCode', { code });
    throw error;
  }
}

export interface NewOrganisation {
  name: string;
  /** Null: a generated code ("school-" and ten hexadecimal digits). */
  code: string | null;
  stages?: SchoolStage[];
  fullTimeTeachers?: number | null;
}

/**
 * Creates an organisation of `kind` under an active parent; its name is unique among the parent's organisations of
 * the kind and its code across the service (else CONFLICT). Returns the new id.
 */
export async function createOrganisation(
  db: Transaction,
  parent: OrganisationRef,
  kind: OrganisationKind,
  fields: NewOrganisation,
): Promise<string> {
  assertActive(parent);
  await assertFreeName(db, parent, kind, fields.name);
  const key = newOrganisationKey(parent.path);
  const code = fields.code ?? `${kind.toLowerCase()}-${randomBytes(5).toString('hex')}`;
  await savingCode(code, () =>
    db.organisation.create({
      data: {
        ...key,
        kind,
        code,
        name: fields.name,
        parentId: parent.id,
        stages: fields.stages ?? [],
        fullTimeTeachers: fields.fullTimeTeachers ?? null,
      },
      select: { id: true },
    }),
  );
  return key.id;
}

export interface OrganisationChanges {
  name?: string | null;
  code?: string | null;
  stages?: SchoolStage[] | null;
  fullTimeTeachers?: number | null;
}

/** Saves the changes given (null or absent: unchanged), with the same name and code checks as creating. */
export async function updateOrganisation(
  db: Transaction,
  organisation: OrganisationRef,
  changes: OrganisationChanges,
): Promise<void> {
  const data: Prisma.OrganisationUpdateInput = {
    ...(changes.name != null ? { name: changes.name } : {}),
    ...(changes.code != null ? { code: changes.code } : {}),
    ...(changes.stages != null ? { stages: changes.stages } : {}),
    ...(changes.fullTimeTeachers != null ? { fullTimeTeachers: changes.fullTimeTeachers } : {}),
  };
  if (!Object.keys(data).length) return;
  if (changes.name != null && changes.name !== organisation.name && organisation.parentId) {
    const parent = await loadOrganisation(db, organisation.parentId);
    await assertFreeName(db, parent, organisation.kind, changes.name, organisation.id);
  }
  await savingCode(changes.code ?? null, () =>
    db.organisation.update({ where: { id: organisation.id }, data, select: { id: true } }),
  );
}

/** The programmes a school takes part in (with enrolled teachers or in a batch), one statement. */
export async function schoolParticipation(
  db: Pick<Transaction, 'programme'>,
  schoolId: string,
): Promise<SchoolParticipation[]> {
  const programmes = await db.programme.findMany({
    where: {
      OR: [{ enrolments: { some: { schoolId } } }, { batches: { some: { schools: { some: { schoolId } } } } }],
    },
    select: {
      code: true,
      status: true,
      _count: { select: { enrolments: { where: { schoolId } } } },
      batches: { where: { schools: { some: { schoolId } } }, select: { id: true }, take: 1 },
    },
  });
  return programmes.map((programme) => ({
    code: programme.code,
    status: programme.status,
    enrolments: programme._count.enrolments,
    inBatch: programme.batches.length > 0,
  }));
}

/**
 * Checks the mutation's declared action on a second object (the field's `authorize` covers its first): reported
 * like `authorize` does, NOT_FOUND when the viewer cannot see it, FORBIDDEN_ACTION when no role grants the action.
 */
export async function authorizeAlso(context: Context, action: Action, kind: ResourceKind, id: string): Promise<void> {
  const resource = await loadResource(context, kind, id);
  if (!resource?.visible) throw new NotFoundError(kind);
  if (!grants(context.viewer, action, resource)) throw new ForbiddenActionError(action, ACTIONS[action].roles);
}
