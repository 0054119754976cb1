/**
 * Applies a roster to the database inside one transaction: reads what exists in a few
 * statements per chunk of rows, plans with `planRoster`, then writes in bulk with one
 * `INSERT … SELECT FROM unnest(…)` or `UPDATE … FROM unnest(…)` per chunk and table. SQL
 * statements grow with the number of chunks, never with the number of rows.
 */

import { v7 as uuidv7 } from 'uuid';
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { must } from '../../api/util/must.js';
import { newOrganisationKey } from '../organisations/index.js';
import { selectionWindowClosesAt } from '../programmes/index.js';
import { ConflictError } from '../shared/index.js';
import { checkNationalId, protectNationalId } from '../users/index.js';
import { createProgrammeClass, type EnrolmentTarget, enrolledInBatch, lockSchool } from './enrolment-target.js';
import { type ExistingTeacher, planRoster, type RosterPlan, type RosterRow } from './rules.js';

/**
 * Rows per read (`IN` list) and per bulk write statement (each write passes one array per column,
 * so a chunk costs a handful of parameters whatever its size).
 */
export const ROSTER_CHUNK_SIZE = 1000;

const chunks = <T>(items: readonly T[], size = ROSTER_CHUNK_SIZE): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

export interface RosterOptions {
  /** Plan only: report every row's outcome and write nothing. */
  dryRun: boolean;
  /** The user doing it (recorded in each enrolment's history). */
  actorId: string | null;
  /** History comment on each new enrolment (e.g. the imported file's name). */
  comment: string | null;
  /** HMAC key national ID numbers are hashed with (the request context's). */
  nationalIdKey: string;
  now?: Date;
}

export interface RosterResult extends RosterPlan {
  /** True when something was written: no dry run, no row failed, and some row created or updated something. */
  written: boolean;
  /** Enrolments of the school in the batch before the roster. */
  enrolledBefore: number;
  /** IDs of the enrolments created, in row order. */
  enrolmentIds: string[];
}

/** Plans a roster against the database and, unless it is a dry run or a row fails, applies it. */
export async function applyRoster(
  tx: Transaction,
  target: EnrolmentTarget,
  rows: readonly RosterRow[],
  options: RosterOptions,
): Promise<RosterResult> {
  const now = options.now ?? new Date();
  const { school } = target;
  if (!options.dryRun) await lockSchool(tx, school.id);

  const logins = [...new Set(rows.map((row) => row.login.trim()).filter(Boolean))];
  const key = options.nationalIdKey;
  const hashes = [
    ...new Set(
      rows.flatMap((row) => {
        const check = row.nationalId.trim() ? checkNationalId(row.nationalId, now) : null;
        return check?.valid ? [protectNationalId(check.normalized, key).nationalIdHash] : [];
      }),
    ),
  ];

  const users: ExistingTeacher[] = [];
  for (const part of chunks(logins)) {
    const found = await tx.user.findMany({
      where: { login: { in: part } },
      select: {
        id: true,
        login: true,
        organisationId: true,
        displayName: true,
        email: true,
        nationalIdHash: true,
        nationalIdMasked: true,
        enrolments: {
          where: { programmeId: target.programmeId },
          select: { id: true, batchId: true, schoolId: true, classId: true, enrolledAt: true },
        },
      },
    });
    for (const { enrolments, ...user } of found) users.push({ ...user, enrolment: enrolments[0] ?? null });
  }
  const nationalIdHolders = [];
  for (const part of chunks(hashes)) {
    nationalIdHolders.push(
      ...(await tx.user.findMany({
        where: { nationalIdHash: { in: part } },
        select: { id: true, nationalIdHash: true },
      })),
    );
  }
  const classes = await tx.organisation.findMany({
    where: { parentId: school.id, kind: 'CLASS' },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, path: true, code: true, name: true },
  });
  const enrolled = await enrolledInBatch(tx, target);

  // One class per school: the school's first class, or one created with the first enrolment.
  const programmeClass = target.rules.enrolment.classPerSchool
    ? (classes[0] ?? { ...newOrganisationKey(school.path), code: '', name: '' })
    : null;
  const plan = planRoster(rows, {
    schoolId: school.id,
    batchId: target.batchId,
    quota: target.quota,
    enrolled,
    programmeClassId: programmeClass?.id ?? null,
    classes,
    users,
    nationalIdHolders,
    protect: (normalized) => protectNationalId(normalized, key),
    today: now,
  });
  // A roster that changes nothing (a repeated import) writes nothing and says so.
  if (options.dryRun || plan.errors > 0 || plan.created + plan.updated === 0)
    return { ...plan, written: false, enrolledBefore: enrolled, enrolmentIds: [] };

  try {
    const enrolmentIds = await writeRoster(tx, target, plan, classes, programmeClass, users, options, now);
    return { ...plan, written: true, enrolledBefore: enrolled, enrolmentIds };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ConflictError('concurrentRoster');
    throw error;
  }
}

/** A unique constraint refused a row: someone wrote the same login or national ID since the rows were read. */
function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta as { driverAdapterError?: { cause?: { kind?: string } } } | undefined)?.driverAdapterError
    ?.cause;
  return error.code === 'P2002' || cause?.kind === 'UniqueConstraintViolation';
}

/** Applies a plan without errors; returns the IDs of the enrolments created, in row order. */
async function writeRoster(
  tx: Transaction,
  target: EnrolmentTarget,
  plan: RosterPlan,
  classes: ReadonlyArray<{ id: string; path: string }>,
  programmeClass: { id: string; path: string } | null,
  users: readonly ExistingTeacher[],
  options: RosterOptions,
  now: Date,
): Promise<string[]> {
  const { school } = target;
  const { writes } = plan;
  const classPaths = new Map(classes.map((klass) => [klass.id, klass.path]));
  const usesClass = (classId: string | null) =>
    writes.enrolments.some((e) => e.classId === classId) || writes.classChanges.some((c) => c.classId === classId);
  if (programmeClass && !classPaths.has(programmeClass.id) && usesClass(programmeClass.id)) {
    await createProgrammeClass(tx, school, programmeClass);
    classPaths.set(programmeClass.id, programmeClass.path);
  }

  const nowMs = now.getTime();
  // Timestamps travel as ISO strings and are stored as UTC (the columns are "timestamp without time zone").
  const at = now.toISOString();
  const userIds = new Map(users.map((user) => [user.login, user.id]));
  for (const part of chunks(writes.newUsers)) {
    const ids = part.map(() => uuidv7({ msecs: nowMs }));
    for (const [i, user] of part.entries()) userIds.set(user.login, ids[i] as string);
    await tx.$executeRaw`
      INSERT INTO "User" (id, login, "displayName", email, "nationalIdHash", "nationalIdMasked", "organisationId", "orgPath", "createdAt")
      SELECT v.id, v.login, v.name, v.email, v.hash, v.masked, ${school.id}, ${school.path}, (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${ids}::text[], ${part.map((u) => u.login)}::text[], ${part.map((u) => u.displayName)}::text[], ${part.map((u) => u.email)}::text[],
                    ${part.map((u) => u.nationalIdHash)}::text[], ${part.map((u) => u.nationalIdMasked)}::text[]) AS v(id, login, name, email, hash, masked)`;
  }

  for (const part of chunks(writes.userUpdates)) {
    await tx.$executeRaw`
      UPDATE "User" AS u
         SET "displayName" = v.name, email = v.email, "nationalIdHash" = v.hash, "nationalIdMasked" = v.masked
        FROM unnest(${part.map((u) => u.id)}::text[], ${part.map((u) => u.displayName)}::text[], ${part.map((u) => u.email)}::text[],
                    ${part.map((u) => u.nationalIdHash)}::text[], ${part.map((u) => u.nationalIdMasked)}::text[]) AS v(id, name, email, hash, masked)
       WHERE u.id = v.id`;
  }

  // Memberships: TEACHER on the school and on the class, for every teacher enrolled or moved.
  const memberships = [
    ...writes.enrolments.flatMap((e) => {
      const userId = e.userId ?? must(userIds, e.login, 'new user');
      return [
        { userId, organisationId: school.id, orgPath: school.path },
        ...(e.classId ? [{ userId, organisationId: e.classId, orgPath: must(classPaths, e.classId, 'class') }] : []),
      ];
    }),
    ...writes.classChanges.map((c) => ({
      userId: c.teacherId,
      organisationId: c.classId,
      orgPath: must(classPaths, c.classId, 'class'),
    })),
  ];
  for (const part of chunks(memberships)) {
    await tx.$executeRaw`
      INSERT INTO "RoleAssignment" (id, "userId", role, "organisationId", "orgPath", "createdAt")
      SELECT v.id, v.user_id, 'TEACHER'::"Role", v.org_id, v.org_path, (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${part.map(() => uuidv7({ msecs: nowMs }))}::text[], ${part.map((m) => m.userId)}::text[], ${part.map((m) => m.organisationId)}::text[],
                    ${part.map((m) => m.orgPath)}::text[]) AS v(id, user_id, org_id, org_path)
      ON CONFLICT ("userId", role, "organisationId") DO NOTHING`;
  }

  // Each teacher's deadline from their enrolment date (now, or the roster's for a past one), the rules and the batch's window.
  const dueAt = (enrolledAt: Date) =>
    selectionWindowClosesAt(enrolledAt, target.rules.selection, target.window)?.toISOString() ?? null;
  const enrolmentIds = writes.enrolments.map(() => uuidv7({ msecs: nowMs }));
  for (const [index, part] of chunks(writes.enrolments).entries()) {
    const ids = enrolmentIds.slice(index * ROSTER_CHUNK_SIZE, index * ROSTER_CHUNK_SIZE + part.length);
    const enrolledAt = part.map((e) => e.enrolledAt ?? now);
    await tx.$executeRaw`
      INSERT INTO "Enrolment" (id, "programmeId", "batchId", "schoolId", "classId", "teacherId", "orgPath", "enrolledAt", "selectionDueAt")
      SELECT v.id, ${target.programmeId}, ${target.batchId}, ${school.id}, v.class_id, v.teacher_id, ${school.path},
             (v.enrolled_at::timestamptz AT TIME ZONE 'UTC'), (v.due_at::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${ids}::text[], ${part.map((e) => e.classId)}::text[], ${part.map((e) => e.userId ?? must(userIds, e.login, 'new user'))}::text[],
                    ${enrolledAt.map((date) => date.toISOString())}::text[], ${enrolledAt.map(dueAt)}::text[]) AS v(id, class_id, teacher_id, enrolled_at, due_at)`;
  }

  // A corrected enrolment date moves the deadline too, unless the district extended it for the teacher.
  for (const part of chunks(writes.enrolmentDates)) {
    await tx.$executeRaw`
      UPDATE "Enrolment" AS e
         SET "enrolledAt" = (v.enrolled_at::timestamptz AT TIME ZONE 'UTC'),
             "selectionDueAt" = CASE WHEN e."selectionDueExtended" THEN e."selectionDueAt" ELSE (v.due_at::timestamptz AT TIME ZONE 'UTC') END
        FROM unnest(${part.map((d) => d.enrolmentId)}::text[], ${part.map((d) => d.enrolledAt.toISOString())}::text[],
                    ${part.map((d) => dueAt(d.enrolledAt))}::text[]) AS v(id, enrolled_at, due_at)
       WHERE e.id = v.id`;
  }

  for (const part of chunks(writes.classChanges)) {
    await tx.$executeRaw`
      UPDATE "Enrolment" AS e SET "classId" = v.class_id
        FROM unnest(${part.map((c) => c.enrolmentId)}::text[], ${part.map((c) => c.classId)}::text[]) AS v(id, class_id)
       WHERE e.id = v.id`;
  }

  const decisions = [
    ...enrolmentIds.map((id) => ({ subjectId: id, action: 'ENROL', fromState: null, toState: 'ENROLLED' })),
    ...writes.classChanges.map((c) => ({
      subjectId: c.enrolmentId,
      action: 'CHANGE_CLASS',
      fromState: 'ENROLLED',
      toState: 'ENROLLED',
    })),
    // The dates themselves, as extensions of the window record theirs.
    ...writes.enrolmentDates.map((d) => ({
      subjectId: d.enrolmentId,
      action: 'CHANGE_ENROLMENT_DATE',
      fromState: d.previous.toISOString(),
      toState: d.enrolledAt.toISOString(),
    })),
  ];
  for (const part of chunks(decisions)) {
    await tx.$executeRaw`
      INSERT INTO "Decision" (id, "subjectType", "subjectId", "actorId", action, "fromState", "toState", comment, "orgPath", "createdAt")
      SELECT v.id, 'Enrolment', v.subject_id, ${options.actorId}, v.action, v.from_state, v.to_state, ${options.comment}, ${school.path}, (${at}::timestamptz AT TIME ZONE 'UTC')
        FROM unnest(${part.map(() => uuidv7({ msecs: nowMs }))}::text[], ${part.map((d) => d.subjectId)}::text[], ${part.map((d) => d.action)}::text[],
                    ${part.map((d) => d.fromState)}::text[], ${part.map((d) => d.toState)}::text[]) AS v(id, subject_id, action, from_state, to_state)`;
  }
  return enrolmentIds;
}
