/**
 * Applies a people file inside one transaction: reads what exists in a few statements per chunk of rows, plans with
 * `planPeople`, then writes in bulk with one `INSERT … SELECT FROM unnest(…)` or `UPDATE … FROM unnest(…)` per chunk
 * and table, every value a parameter. SQL statements grow with the number of chunks, never with the number of rows.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '../../api/db/client.js';
import { must } from '../../api/util/must.js';
import { ConflictError } from '../shared/index.js';
import { checkNationalId, protectNationalId } from '../users/index.js';
import {
  type ExistingPerson,
  organisationCodesNamed,
  type PeoplePlan,
  type PeopleWrites,
  type PersonRow,
  type PlanOrganisation,
  planPeople,
} from './import-plan.js';
import { isUniqueViolation } from './person-input.js';
import type { GrantorAssignment } from './role-rules.js';

/** Rows per read (`IN` list) and per bulk write statement (one array parameter per column). */
export const PEOPLE_CHUNK_SIZE = 1000;
/** Longest an import transaction may run (5,000 rows included), in milliseconds. */
export const PEOPLE_TRANSACTION_TIMEOUT_MS = 120_000;

const chunks = <T>(items: readonly T[], size = PEOPLE_CHUNK_SIZE): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export interface PeopleOptions {
  /** Plan only: report every row's outcome and write nothing. */
  dryRun: boolean;
  /** The importer's role assignments (what they may grant). */
  grantor: readonly GrantorAssignment[];
  /** HMAC key national ID numbers are hashed with (the request context's). */
  nationalIdKey: string;
  now?: Date;
}

export interface PeopleResult extends PeoplePlan {
  /** True when something was written: not a dry run, no row failed and some row creates or changes something. */
  written: boolean;
}

/** Plans a people file against the database and, unless it is a dry run or a row fails, applies it. */
export async function applyPeople(
  tx: Transaction,
  organisation: PlanOrganisation,
  rows: readonly PersonRow[],
  options: PeopleOptions,
): Promise<PeopleResult> {
  const now = options.now ?? new Date();
  const key = options.nationalIdKey;
  // Serialises imports into one organisation, so two cannot both create the same login.
  if (!options.dryRun)
    await tx.$queryRaw`SELECT id FROM "Organisation" WHERE id = ${organisation.id} FOR NO KEY UPDATE`;

  const logins = [...new Set(rows.map((row) => row.login.trim()).filter(Boolean))];
  const users: ExistingPerson[] = [];
  for (const part of chunks(logins)) {
    const found = await tx.user.findMany({
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
        roleAssignments: { select: { role: true, organisationId: true, orgPath: true } },
        identities: { select: { issuer: true, subject: true } },
      },
    });
    for (const { roleAssignments, identities, ...user } of found)
      users.push({ ...user, roles: roleAssignments, identities });
  }

  const hashes = [
    ...new Set(
      rows.flatMap((row) => {
        const check = row.nationalId.trim() ? checkNationalId(row.nationalId, now) : null;
        return check?.valid ? [protectNationalId(check.normalized, key).nationalIdHash] : [];
      }),
    ),
  ];
  const nationalIdHolders: Array<{ id: string; nationalIdHash: string | null }> = [];
  for (const part of chunks(hashes)) {
    nationalIdHolders.push(
      ...(await tx.user.findMany({
        where: { nationalIdHash: { in: part } },
        select: { id: true, nationalIdHash: true },
      })),
    );
  }

  const subjects = [...new Set(rows.map((row) => row.identitySubject.trim()).filter(Boolean))];
  const identityHolders: Array<{ userId: string; issuer: string; subject: string }> = [];
  for (const part of chunks(subjects)) {
    identityHolders.push(
      ...(await tx.userIdentity.findMany({
        where: { subject: { in: part } },
        select: { userId: true, issuer: true, subject: true },
      })),
    );
  }

  const codes = organisationCodesNamed(rows);
  const organisations: PlanOrganisation[] = [];
  for (const part of chunks(codes)) {
    organisations.push(
      ...(await tx.organisation.findMany({
        where: { code: { in: part }, path: { startsWith: organisation.path }, deactivatedAt: null },
        select: { id: true, code: true, kind: true, path: true },
      })),
    );
  }

  const plan = planPeople(rows, {
    organisation,
    organisations,
    grantor: options.grantor,
    users,
    nationalIdHolders,
    identityHolders,
    protect: (normalized) => protectNationalId(normalized, key),
    today: now,
  });
  const { writes } = plan;
  const changes =
    writes.newUsers.length + writes.userUpdates.length + writes.grants.length + writes.identities.length > 0;
  if (options.dryRun || plan.errors > 0 || !changes) return { ...plan, written: false };

  try {
    await writePeople(tx, organisation, writes, users, now);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('PEOPLE.concurrentChange');
    throw error;
  }
  return { ...plan, written: true };
}

/** Applies a plan without errors. */
async function writePeople(
  tx: Transaction,
  home: PlanOrganisation,
  writes: PeopleWrites,
  users: readonly ExistingPerson[],
  now: Date,
): Promise<void> {
  const nowMs = now.getTime();
  // Timestamps travel as ISO strings and are stored as UTC (the columns are "timestamp without time zone").
  const at = now.toISOString();
  const userIds = new Map(users.map((user) => [user.login, user.id]));

  for (const part of chunks(writes.newUsers)) {
    const ids = part.map(() => uuidv7({ msecs: nowMs }));
    for (const [i, user] of part.entries()) userIds.set(user.login, ids[i] as string);
    await tx.$executeRaw`
      INSERT INTO "User" (id, login, "displayName", email, phone, "teachingSubject", stage, "employeeNumber",
                          "nationalIdHash", "nationalIdMasked", "organisationId", "orgPath", "createdAt")
      SELECT v.id, v.login, v.name, v.email, v.phone, v.subject, v.stage::"SchoolStage", v.employee_number, v.hash, v.masked,
             ${home.id}, ${home.path}, (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${ids}::text[], ${part.map((u) => u.login)}::text[], ${part.map((u) => u.displayName)}::text[],
                    ${part.map((u) => u.email)}::text[], ${part.map((u) => u.phone)}::text[], ${part.map((u) => u.teachingSubject)}::text[],
                    ${part.map((u) => u.stage)}::text[], ${part.map((u) => u.employeeNumber)}::text[],
                    ${part.map((u) => u.nationalIdHash)}::text[], ${part.map((u) => u.nationalIdMasked)}::text[])
             AS v(id, login, name, email, phone, subject, stage, employee_number, hash, masked)`;
  }

  for (const part of chunks(writes.userUpdates)) {
    await tx.$executeRaw`
      UPDATE "User" AS u
         SET "displayName" = v.name, email = v.email, phone = v.phone, "teachingSubject" = v.subject,
             stage = v.stage::"SchoolStage", "employeeNumber" = v.employee_number,
             "nationalIdHash" = v.hash, "nationalIdMasked" = v.masked
        FROM unnest(${part.map((u) => u.id)}::text[], ${part.map((u) => u.displayName)}::text[], ${part.map((u) => u.email)}::text[],
                    ${part.map((u) => u.phone)}::text[], ${part.map((u) => u.teachingSubject)}::text[], ${part.map((u) => u.stage)}::text[],
                    ${part.map((u) => u.employeeNumber)}::text[], ${part.map((u) => u.nationalIdHash)}::text[],
                    ${part.map((u) => u.nationalIdMasked)}::text[])
             AS v(id, name, email, phone, subject, stage, employee_number, hash, masked)
       WHERE u.id = v.id`;
  }

  const idOf = (entry: { login: string; userId: string | null }) =>
    entry.userId ?? must(userIds, entry.login, 'new user');

  // The RoleAssignment trigger writes each grant's RoleChange, with the actor the transaction names (actingAs).
  for (const part of chunks(writes.grants)) {
    await tx.$executeRaw`
      INSERT INTO "RoleAssignment" (id, "userId", role, "organisationId", "orgPath", "createdAt")
      SELECT v.id, v.user_id, v.role::"Role", v.org_id, v.org_path, (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${part.map(() => uuidv7({ msecs: nowMs }))}::text[], ${part.map(idOf)}::text[], ${part.map((g) => g.role)}::text[],
                    ${part.map((g) => g.organisationId)}::text[], ${part.map((g) => g.orgPath)}::text[])
             AS v(id, user_id, role, org_id, org_path)
      ON CONFLICT ("userId", role, "organisationId") DO NOTHING`;
  }

  for (const part of chunks(writes.identities)) {
    await tx.$executeRaw`
      INSERT INTO "UserIdentity" (id, "userId", issuer, subject, "createdAt")
      SELECT v.id, v.user_id, v.issuer, v.subject, (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${part.map(() => uuidv7({ msecs: nowMs }))}::text[], ${part.map(idOf)}::text[],
                    ${part.map((i) => i.issuer)}::text[], ${part.map((i) => i.subject)}::text[])
             AS v(id, user_id, issuer, subject)`;
  }
}
