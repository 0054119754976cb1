/**
 * Loading what a OneRoster plan compares against (a fixed number of statements per 1,000 names), and applying a plan
 * without errors inside one transaction. People go through the people import's apply step (applyPeople), which
 * re-reads and re-plans them under its own lock: a concurrent change to the same people makes it report an error row,
 * and the whole import is rolled back (CONFLICT).
 */
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { OneRosterBundle } from '../../api/standards/oneroster-csv.js';
import type { GrantorAssignment } from '../people/index.js';
import { applyPeople } from '../people/index.js';
import { ConflictError } from '../shared/index.js';
import { actingAs } from '../users/index.js';
import {
  codesNamed,
  loginsNamed,
  type RosterOrganisation,
  type RosterPlanContext,
  type RosterUser,
  type RosterWrites,
} from './plan.js';

const CHUNK = 1000;
const chunks = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
};

type Reader = Pick<Transaction, 'organisation' | 'user' | 'enrolment' | 'schoolCompletion'>;

/** What the plan needs besides the bundle, read in a fixed number of statements (per chunk of 1,000 names). */
export async function loadRosterState(
  db: Reader,
  bundle: OneRosterBundle,
  districtPath: string,
  programmeId: string | null,
): Promise<
  Pick<RosterPlanContext, 'organisations' | 'namesakes' | 'users' | 'busySchoolIds' | 'enrolments' | 'closedSchoolIds'>
> {
  const organisations: RosterOrganisation[] = [];
  for (const part of chunks(codesNamed(bundle)))
    organisations.push(
      ...(await db.organisation.findMany({
        where: { code: { in: part } },
        select: { id: true, code: true, kind: true, path: true, name: true, parentId: true, deactivatedAt: true },
      })),
    );
  const names = [
    ...new Set([...bundle.orgs.map((row) => row.name.trim()), ...bundle.classes.map((row) => row.title.trim())]),
  ].filter(Boolean);
  const namesakes: RosterPlanContext['namesakes'][number][] = [];
  for (const part of chunks(names))
    namesakes.push(
      ...(await db.organisation.findMany({
        where: { name: { in: part }, kind: { in: ['SCHOOL', 'CLASS'] }, path: { startsWith: districtPath } },
        select: { id: true, kind: true, parentId: true, name: true },
      })),
    );
  const users: RosterUser[] = [];
  for (const part of chunks(loginsNamed(bundle))) {
    const found = await db.user.findMany({
      where: { login: { in: part } },
      select: {
        id: true,
        login: true,
        orgPath: true,
        displayName: true,
        email: true,
        phone: true,
        teachingSubject: true,
        stage: true,
        employeeNumber: true,
        nationalIdHash: true,
        nationalIdMasked: true,
        deactivatedAt: true,
        roleAssignments: { select: { role: true, organisationId: true, orgPath: true } },
        identities: { select: { issuer: true, subject: true } },
      },
    });
    for (const { roleAssignments, identities, ...user } of found)
      users.push({ ...user, roles: roleAssignments, identities });
  }
  const deleting = bundle.orgs
    .filter((row) => row.status === 'tobedeleted')
    .map((row) => row.identifier || row.sourcedId);
  const deletingIds = organisations
    .filter((org) => deleting.includes(org.code) && org.kind === 'SCHOOL')
    .map((org) => org.id);
  const busy = deletingIds.length
    ? await db.enrolment.findMany({
        where: { schoolId: { in: deletingIds }, programme: { status: 'RUNNING' } },
        select: { schoolId: true },
        distinct: ['schoolId'],
      })
    : [];
  const enrolments: RosterPlanContext['enrolments'][number][] = [];
  if (programmeId)
    for (const part of chunks(users.map((user) => user.id)))
      enrolments.push(
        ...(await db.enrolment.findMany({
          where: { programmeId, teacherId: { in: part } },
          select: { id: true, teacherId: true, schoolId: true, classId: true },
        })),
      );
  const closed = programmeId
    ? await db.schoolCompletion.findMany({
        where: { programmeId, closedAt: { not: null } },
        select: { schoolId: true },
      })
    : [];
  return {
    organisations,
    namesakes,
    users,
    busySchoolIds: busy.map((row) => row.schoolId),
    enrolments,
    closedSchoolIds: closed.map((row) => row.schoolId),
  };
}

export interface ApplyRosterOptions {
  districtId: string;
  actorId: string | null;
  grantor: readonly GrantorAssignment[];
  nationalIdKey: string;
  now: Date;
}

/** Writes a plan that has no error rows. */
export async function applyRoster(tx: Transaction, writes: RosterWrites, options: ApplyRosterOptions): Promise<void> {
  const { now } = options;
  await actingAs(tx, options.actorId);
  // Serialises imports into one district.
  await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${options.districtId} FOR NO KEY UPDATE`;
  try {
    for (const kind of ['SCHOOL', 'CLASS'] as const) {
      const data = writes.newOrganisations.filter((org) => org.kind === kind);
      for (const part of chunks(data))
        await tx.organisation.createMany({
          data: part.map((org) => ({
            id: org.id,
            kind,
            code: org.code,
            name: org.name,
            parentId: org.parentId,
            path: org.path,
          })),
        });
    }
    for (const rename of writes.renames)
      await tx.organisation.update({ where: { id: rename.id }, data: { name: rename.name }, select: { id: true } });
    if (writes.deactivations.length)
      await tx.organisation.updateMany({
        where: { id: { in: writes.deactivations }, deactivatedAt: null },
        data: { deactivatedAt: now },
      });
    if (writes.reactivations.length)
      await tx.organisation.updateMany({ where: { id: { in: writes.reactivations } }, data: { deactivatedAt: null } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw new ConflictError('ROSTER.concurrentChange');
    throw error;
  }

  for (const group of writes.people) {
    const result = await applyPeople(tx, group.home, group.rows, {
      dryRun: false,
      grantor: options.grantor,
      nationalIdKey: options.nationalIdKey,
      now,
    });
    if (result.errors > 0) throw new ConflictError('ROSTER.concurrentChange');
  }

  const newLogins = [...new Set(writes.grants.filter((grant) => grant.userId === null).map((grant) => grant.login))];
  const ids = new Map<string, string>();
  for (const part of chunks(newLogins))
    for (const user of await tx.user.findMany({ where: { login: { in: part } }, select: { id: true, login: true } }))
      ids.set(user.login, user.id);
  const at = now.toISOString();
  for (const part of chunks(writes.grants)) {
    const userIds = part.map((grant) => grant.userId ?? ids.get(grant.login) ?? '');
    // The RoleAssignment trigger writes each grant's RoleChange, with the actor the transaction names (actingAs).
    await tx.$executeRaw`
      INSERT INTO "RoleAssignment" (id, "userId", role, "organisationId", "orgPath", "createdAt")
      SELECT v.id, v.user_id, v.role::"Role", v.org_id, v.org_path, (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${part.map(() => uuidv7({ msecs: now.getTime() }))}::text[], ${userIds}::text[], ${part.map((g) => g.role)}::text[],
                    ${part.map((g) => g.organisationId)}::text[], ${part.map((g) => g.orgPath)}::text[])
             AS v(id, user_id, role, org_id, org_path)
      ON CONFLICT ("userId", role, "organisationId") DO NOTHING`;
  }
  for (const part of chunks(writes.revocations))
    await tx.roleAssignment.deleteMany({
      where: { OR: part.map((r) => ({ userId: r.userId, role: r.role, organisationId: r.organisationId })) },
    });
  for (const part of chunks(writes.placements)) {
    // A school that closed (结项) since the plan was made keeps its placements: the import stops as a concurrent change.
    const placed = await tx.$executeRaw`
      UPDATE "Enrolment" AS e SET "classId" = v.class_id
        FROM unnest(${part.map((p) => p.enrolmentId)}::text[], ${part.map((p) => p.classId)}::text[]) AS v(id, class_id)
       WHERE e.id = v.id
         AND NOT EXISTS (SELECT 1 FROM "SchoolCompletion" c
                          WHERE c."programmeId" = e."programmeId" AND c."schoolId" = e."schoolId" AND c."closedAt" IS NOT NULL)`;
    if (placed !== part.length) throw new ConflictError('ROSTER.concurrentChange');
  }
  if (writes.userDeactivations.length)
    await tx.user.updateMany({
      where: { id: { in: writes.userDeactivations }, deactivatedAt: null },
      data: { deactivatedAt: now },
    });
}
