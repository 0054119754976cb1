/**
 * Audiences in the database: the one SQL statement that lists a survey's members (with the school and class their
 * answers count in), the audience size other modules read, and the viewer's own facts (roles and enrolments) the pure
 * rule (rules.ts, audienceMatch) decides membership from on reads. Both apply the same rule:
 *
 *   CLASS               teachers enrolled (in any programme) in the class
 *   SCHOOL_TEACHERS     people holding TEACHER on the school or a class or group of it
 *   DISTRICT_TEACHERS   people holding TEACHER on a school (or its class or group) of the district
 *   DISTRICT_LEADERS    people holding SCHOOL_ADMIN on a school of the district (principals, 校长)
 *   PROGRAMME_TEACHERS  teachers enrolled in the programme at a school within the audience organisation
 *
 * Deactivated people are never members.
 */
import { createContextCache } from '@pothos/core';
import type { Context } from '../../api/context.js';
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { type AudienceFacts, type Membership, pathPrefixes } from './rules.js';

type Db = PrismaClient | Transaction;

/** The members of the surveys `surveyIds` (optionally only `userId`), one row per survey and person. */
function membersSql(surveyIds: readonly string[], userId: string | null) {
  const onlyUser = userId === null ? Prisma.sql`TRUE` : Prisma.sql`m."userId" = ${userId}`;
  return Prisma.sql`
    WITH s AS (
      SELECT id, "audienceKind"::text AS kind, "audienceOrganisationId" AS org, "orgPath" AS path, "programmeId" AS programme
      FROM "Survey" WHERE id = ANY(${[...surveyIds]}::text[])
    ),
    m AS (
      SELECT s.id AS "surveyId", e."teacherId" AS "userId", e."orgPath" AS "schoolPath", c.path AS "classPath"
      FROM s
      JOIN "Enrolment" e ON (s.kind = 'CLASS' AND e."classId" = s.org)
        OR (s.kind = 'PROGRAMME_TEACHERS' AND e."programmeId" = s.programme AND starts_with(e."orgPath", s.path))
      LEFT JOIN "Organisation" c ON c.id = e."classId"
      UNION ALL
      SELECT s.id, ra."userId", sch.path, NULL
      FROM s
      JOIN "RoleAssignment" ra ON starts_with(ra."orgPath", s.path) AND (
        (s.kind IN ('SCHOOL_TEACHERS', 'DISTRICT_TEACHERS') AND ra.role = 'TEACHER')
        OR (s.kind = 'DISTRICT_LEADERS' AND ra.role = 'SCHOOL_ADMIN'))
      JOIN "Organisation" o ON o.id = ra."organisationId"
        AND o.kind IN ('SCHOOL', 'CLASS', 'GROUP') AND (ra.role = 'TEACHER' OR o.kind = 'SCHOOL')
      -- The school of the role: the organisation itself, or the parent of a class or group (an index lookup, not a
      -- prefix comparison with every school).
      JOIN "Organisation" sch ON sch.id = CASE WHEN o.kind = 'SCHOOL' THEN o.id ELSE o."parentId" END
        AND sch.kind = 'SCHOOL'
    )
    SELECT DISTINCT ON (m."surveyId", m."userId") m."surveyId", m."userId", m."schoolPath", m."classPath"
    FROM m JOIN "User" u ON u.id = m."userId" AND u."deactivatedAt" IS NULL
    WHERE ${onlyUser}
    ORDER BY m."surveyId", m."userId", (m."classPath" IS NULL), m."schoolPath", m."classPath"`;
}

/**
 * The membership check of one person (the SQL form of audienceMatch): where their answers to the survey count, or
 * null when they are not in its audience. One statement; run it inside the answering transaction.
 */
export async function membershipOf(db: Db, surveyId: string, userId: string): Promise<Membership | null> {
  const rows = await db.$queryRaw<Array<{ schoolPath: string; classPath: string | null }>>(
    membersSql([surveyId], userId),
  );
  const row = rows[0];
  return row ? { schoolPath: row.schoolPath, classPath: row.classPath } : null;
}

/** How many people are in each survey's audience (active people only), in one statement. */
export async function audienceSizes(db: Db, surveyIds: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map(surveyIds.map((id) => [id, 0]));
  if (surveyIds.length === 0) return sizes;
  const rows = await db.$queryRaw<Array<{ surveyId: string; members: bigint | number }>>(Prisma.sql`
    SELECT a."surveyId", count(*) AS members FROM (${membersSql(surveyIds, null)}) a GROUP BY a."surveyId"`);
  for (const row of rows) sizes.set(row.surveyId, Number(row.members));
  return sizes;
}

/** How many people are in a survey's audience (active people only). */
export async function audienceSize(db: Db, surveyId: string): Promise<number> {
  return (await audienceSizes(db, [surveyId])).get(surveyId) ?? 0;
}

/**
 * A survey's audience members counted by the school and class their answers count in (classPath null when the
 * audience has no class): the denominators of response rates per class, school and district. One statement.
 */
export async function audienceGroups(
  db: Db,
  surveyId: string,
): Promise<Array<{ schoolPath: string; classPath: string | null; members: number }>> {
  const rows = await db.$queryRaw<Array<{ schoolPath: string; classPath: string | null; members: bigint | number }>>(
    Prisma.sql`
      SELECT a."schoolPath", a."classPath", count(*) AS members FROM (${membersSql([surveyId], null)}) a
      GROUP BY a."schoolPath", a."classPath" ORDER BY a."schoolPath", a."classPath"`,
  );
  return rows.map((row) => ({ schoolPath: row.schoolPath, classPath: row.classPath, members: Number(row.members) }));
}

/** audienceGroups of several surveys at once, in one statement (for a page of surveys). */
export async function audienceGroupsOf(
  db: Db,
  surveyIds: readonly string[],
): Promise<Map<string, Array<{ schoolPath: string; classPath: string | null; members: number }>>> {
  const groups = new Map(
    surveyIds.map((id) => [id, [] as Array<{ schoolPath: string; classPath: string | null; members: number }>]),
  );
  if (surveyIds.length === 0) return groups;
  const rows = await db.$queryRaw<
    Array<{ surveyId: string; schoolPath: string; classPath: string | null; members: bigint | number }>
  >(Prisma.sql`
    SELECT a."surveyId", a."schoolPath", a."classPath", count(*) AS members FROM (${membersSql(surveyIds, null)}) a
    GROUP BY a."surveyId", a."schoolPath", a."classPath" ORDER BY a."surveyId", a."schoolPath", a."classPath"`);
  for (const row of rows)
    groups
      .get(row.surveyId)
      ?.push({ schoolPath: row.schoolPath, classPath: row.classPath, members: Number(row.members) });
  return groups;
}

/** The viewer's roles and enrolments, read once per request (the enrolments only when a check needs them). */
const viewerFacts = createContextCache((context: Context) => {
  let enrolments: Promise<AudienceFacts['enrolments']> | null = null;
  const roles = context.viewer.assignments.map((a) => ({
    role: a.role,
    orgPath: a.orgPath,
    organisationKind: a.organisationKind,
  }));
  return {
    roles,
    enrolments(): Promise<AudienceFacts['enrolments']> {
      const userId = context.viewer.user?.id;
      if (!userId) return Promise.resolve([]);
      enrolments ??= context.db.prisma.enrolment
        .findMany({
          where: { teacherId: userId },
          select: { programmeId: true, orgPath: true, classId: true, class: { select: { path: true } } },
        })
        .then((rows) =>
          rows.map((row) => ({
            programmeId: row.programmeId,
            schoolPath: row.orgPath,
            classId: row.classId,
            classPath: row.class?.path ?? null,
          })),
        );
      return enrolments;
    },
  };
});

/** The viewer's audience facts (one statement per request for the enrolments). */
export async function factsOf(context: Context): Promise<AudienceFacts> {
  const facts = viewerFacts(context);
  return { roles: facts.roles, enrolments: await facts.enrolments() };
}

/** The viewer's role facts only (no statement): enough for audiences drawn from roles. */
export function roleFactsOf(context: Context): AudienceFacts['roles'] {
  return viewerFacts(context).roles;
}

/** Whether an audience kind is decided by enrolments (else by roles alone). */
export const needsEnrolments = (kind: string) => kind === 'CLASS' || kind === 'PROGRAMME_TEACHERS';

/**
 * A Prisma `where` on Survey keeping the surveys whose audience holds a person with these facts (the list form of
 * audienceMatch): the classes they are enrolled in; the organisations on the line above their TEACHER and SCHOOL_ADMIN
 * roles; the programmes they are enrolled in, above their school.
 */
export function audienceWhere(facts: AudienceFacts): Prisma.SurveyWhereInput {
  const prefixes = (paths: string[]) => [...new Set(paths.flatMap(pathPrefixes))];
  const teacherPaths = facts.roles
    .filter((r) => r.role === 'TEACHER' && ['SCHOOL', 'CLASS', 'GROUP'].includes(r.organisationKind))
    .map((r) => r.orgPath);
  const leaderPaths = facts.roles
    .filter((r) => r.role === 'SCHOOL_ADMIN' && r.organisationKind === 'SCHOOL')
    .map((r) => r.orgPath);
  const classIds = [...new Set(facts.enrolments.flatMap((e) => (e.classId ? [e.classId] : [])))];
  const conditions: Prisma.SurveyWhereInput[] = [];
  if (classIds.length) conditions.push({ audienceKind: 'CLASS', audienceOrganisationId: { in: classIds } });
  if (teacherPaths.length)
    conditions.push({
      audienceKind: { in: ['SCHOOL_TEACHERS', 'DISTRICT_TEACHERS'] },
      orgPath: { in: prefixes(teacherPaths) },
    });
  if (leaderPaths.length) conditions.push({ audienceKind: 'DISTRICT_LEADERS', orgPath: { in: prefixes(leaderPaths) } });
  for (const e of facts.enrolments)
    conditions.push({
      audienceKind: 'PROGRAMME_TEACHERS',
      programmeId: e.programmeId,
      orgPath: { in: pathPrefixes(e.schoolPath) },
    });
  // No condition: false (an empty OR nested in AND would read as true).
  return conditions.length ? { OR: conditions } : { id: { in: [] } };
}
