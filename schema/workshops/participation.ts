/**
 * Counted participation (ActivityParticipation), kept in step with the posts in the writing transaction: a teacher's
 * participation in an activity exists exactly when they have a visible post in it, written within the window, of at
 * least the programme's minimum length (rules.ts `postCounts`, here in SQL). It records the first such post.
 */
import type { Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';

/** The qualifying posts of one teacher in one activity, earliest first (the same rule as rules.ts `postCounts`). */
const qualifying = (activityId: string, teacherId: string, minPostLength: number) => Prisma.sql`
  SELECT p.id, p."createdAt"
  FROM "WorkshopPost" p JOIN "WorkshopActivity" a ON a.id = p."activityId"
  WHERE p."activityId" = ${activityId} AND p."authorId" = ${teacherId} AND p."hiddenAt" IS NULL
    AND p."createdAt" >= a."opensAt" AND p."createdAt" <= a."closesAt"
    AND char_length(p.body) >= ${minPostLength}
  ORDER BY p."createdAt", p.id
  LIMIT 1`;

/**
 * After a new post: records the participation if the teacher has none in the activity yet and a post qualifies.
 * A concurrent first post of the same teacher finds the row taken and leaves it (the teacher counts once).
 */
export async function countNewPost(
  tx: Transaction,
  activityId: string,
  enrolmentId: string,
  teacherId: string,
  minPostLength: number,
): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "ActivityParticipation" ("activityId", "enrolmentId", "teacherId", "postId", "countedAt")
    SELECT ${activityId}, ${enrolmentId}, ${teacherId}, q.id, q."createdAt"
    FROM (${qualifying(activityId, teacherId, minPostLength)}) q
    ON CONFLICT ("activityId", "enrolmentId") DO NOTHING`;
}

/** After hiding or unhiding a post: recomputes the teacher's participation in the activity from their posts. */
export async function recountParticipation(
  tx: Transaction,
  activityId: string,
  enrolmentId: string,
  teacherId: string,
  minPostLength: number,
): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "ActivityParticipation" WHERE "activityId" = ${activityId} AND "enrolmentId" = ${enrolmentId}`;
  await countNewPost(tx, activityId, enrolmentId, teacherId, minPostLength);
}
