import type { PrismaClient } from '../../api/db/client.js';
import { parseProgrammeRules } from '../programmes/index.js';

/** What a purge deleted. */
export interface PurgeResult {
  /** Raw batches older than their programme's `viewing.rawRetentionDays`. */
  batches: number;
  /** Applied clientEventIds older than the longest retention of any programme. */
  eventIds: number;
  /** Days the event ids are kept (the longest `viewing.rawRetentionDays` of all programmes). */
  eventIdRetentionDays: number;
}

const DAY_MS = 86_400_000;
/** The default `viewing.rawRetentionDays` (a programme that sets none keeps its batches this long). */
const DEFAULT_RETENTION_DAYS = parseProgrammeRules({ version: 1, selection: {} }).viewing.rawRetentionDays;

/**
 * Deletes the raw audit of viewing past its retention: each programme's batches (ViewingBatch) older than its
 * `viewing.rawRetentionDays`, and the applied clientEventIds (ViewingEventId, which name no programme) older than
 * the longest retention of all programmes. A replay of an event whose id was purged earns nothing anyway: the
 * segments it played are already credited (a union earns nothing twice), and a session's budget is the server's
 * time since its previous batch. Credit (CourseProgress, the enrolments' roll-ups) is never touched.
 */
export async function purgeViewingAudit(prisma: PrismaClient, now: Date = new Date()): Promise<PurgeResult> {
  const programmes = await prisma.programme.findMany({ select: { id: true, rules: true } });
  const byDays = new Map<number, string[]>();
  for (const programme of programmes) {
    const days = parseProgrammeRules(programme.rules).viewing.rawRetentionDays;
    byDays.set(days, [...(byDays.get(days) ?? []), programme.id]);
  }
  const eventIdRetentionDays = Math.max(DEFAULT_RETENTION_DAYS, ...byDays.keys());
  const cutoff = (days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
  return prisma.$transaction(async (tx) => {
    let batches = 0;
    for (const [days, ids] of byDays) {
      batches += await tx.$executeRaw`
        DELETE FROM "ViewingBatch" b USING "Course" c
         WHERE c."id" = b."courseId" AND c."programmeId" = ANY(${ids}::text[])
           AND b."receivedAt" < (${cutoff(days)}::timestamptz AT TIME ZONE 'UTC')`;
    }
    // Batches of deleted courses have no programme left to say how long to keep them: the longest retention applies.
    batches += await tx.$executeRaw`
      DELETE FROM "ViewingBatch" b
       WHERE NOT EXISTS (SELECT 1 FROM "Course" c WHERE c."id" = b."courseId")
         AND b."receivedAt" < (${cutoff(eventIdRetentionDays)}::timestamptz AT TIME ZONE 'UTC')`;
    const eventIds = await tx.$executeRaw`
      DELETE FROM "ViewingEventId" WHERE "receivedAt" < (${cutoff(eventIdRetentionDays)}::timestamptz AT TIME ZONE 'UTC')`;
    return { batches, eventIds, eventIdRetentionDays };
  });
}
