/**
 * Automatic crediting (学时自动认定): when a teacher's online study passes, their programme's online hours
 * (rules.hours.onlineHours) go on the ledger as an ONLINE_STUDY entry, confirmed at the school level automatically;
 * where the programme says so (rules.hours.creditGroupActivities), completed school-based group activities go on it as
 * a PENDING GROUP_ACTIVITY entry, up to the cap (schoolBasedStudy.hoursCap). Nothing is credited for a school that has
 * closed (结项) in the programme.
 *
 * Idempotent and safe with several API instances on one database: the writes run in one transaction holding a
 * transaction-scoped advisory lock per enrolment, and re-read the ledger under the lock before appending. "Already on
 * the ledger" is net of reversals: an entry that was reversed no longer counts.
 */
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { type ProgrammeRules, parseProgrammeRules } from '../programmes/index.js';
import { loadScores } from '../scoring/index.js';

type Db = PrismaClient | Transaction;

/** Enrolments read per statement (a sweep goes through a programme in chunks of this many). */
export const CREDIT_CHUNK = 500;

interface StateRow {
  id: string;
  programmeId: string;
  teacherId: string;
  orgPath: string;
  rulesAt: Date;
  minutes: number;
  closed: boolean;
  onlineEntries: number;
  groupCredited: number;
  creditedActivityIds: unknown;
  recorded: number;
  activityIds: string[];
}

/** What the ledger holds of the enrolments (net of reversals) and what they earned: one statement. */
function loadCreditState(db: Db, ids: readonly string[]): Promise<StateRow[]> {
  return db.$queryRaw<StateRow[]>`
    SELECT e.id, e."programmeId", e."teacherId", e."orgPath", p."updatedAt" AS "rulesAt",
           ((e."studyRequiredSeconds" + e."studyElectiveSeconds") / 60)::int AS minutes,
           EXISTS (SELECT 1 FROM "SchoolCompletion" sc
                    WHERE sc."programmeId" = e."programmeId" AND sc."schoolId" = e."schoolId"
                      AND sc."closedAt" IS NOT NULL) AS closed,
           l."onlineEntries", l."groupCredited", l."creditedActivityIds", g.recorded, g."activityIds"
      FROM "Enrolment" e
      JOIN "Programme" p ON p.id = e."programmeId"
      CROSS JOIN LATERAL (
        SELECT (count(*) FILTER (WHERE c.source = 'ONLINE_STUDY'))::int AS "onlineEntries",
               coalesce(sum(c.hours) FILTER (WHERE c.source = 'GROUP_ACTIVITY'), 0)::float8 AS "groupCredited",
               coalesce(jsonb_agg(c.basis -> 'activityIds') FILTER (WHERE c.source = 'GROUP_ACTIVITY'), '[]'::jsonb)
                 AS "creditedActivityIds"
          FROM "CreditEntry" c
         WHERE c."enrolmentId" = e.id AND c.source IN ('ONLINE_STUDY', 'GROUP_ACTIVITY')
           AND NOT EXISTS (SELECT 1 FROM "CreditEntry" r WHERE r."reversesId" = c.id)) l
      CROSS JOIN LATERAL (
        SELECT coalesce(round(sum(gp.hours)::numeric, 1), 0)::float8 AS recorded,
               coalesce(array_agg(gp."activityId" ORDER BY gp."completedAt", gp."activityId"), '{}'::text[])
                 AS "activityIds"
          FROM "GroupActivityParticipant" gp
         WHERE gp."enrolmentId" = e.id AND gp."completedAt" IS NOT NULL) g
     WHERE e.id = ANY(${[...ids]}::text[])`;
}

/** Parsed programme rules, kept while the programme is unchanged (its updatedAt), bounded. */
const RULES_CACHE_SIZE = 1000;
const rulesCache = new Map<string, { at: number; readAt: number; rules: ProgrammeRules }>();
/** How long a programme's rules, read once, let checks skip it without a statement (ms): rules may change. */
const SKIP_TTL_MS = 60_000;

/** Rules of programmes as of `at` (their updatedAt), reading only those not cached: at most one statement. */
async function rulesOf(db: Db, wanted: ReadonlyMap<string, Date>): Promise<Map<string, ProgrammeRules>> {
  const result = new Map<string, ProgrammeRules>();
  const missing: string[] = [];
  for (const [id, at] of wanted) {
    const cached = rulesCache.get(id);
    if (cached && cached.at === at.getTime()) {
      // The state statement just read the programme's updatedAt: the cached rules are current.
      cached.readAt = Date.now();
      result.set(id, cached.rules);
    } else missing.push(id);
  }
  if (missing.length) {
    const rows = await db.programme.findMany({
      where: { id: { in: missing } },
      select: { id: true, rules: true, updatedAt: true },
    });
    for (const row of rows) {
      const rules = parseProgrammeRules(row.rules);
      result.set(row.id, rules);
      rulesCache.delete(row.id);
      rulesCache.set(row.id, { at: row.updatedAt.getTime(), readAt: Date.now(), rules });
      if (rulesCache.size > RULES_CACHE_SIZE) rulesCache.delete(rulesCache.keys().next().value as string);
    }
  }
  return result;
}

/** Whether a programme's rules, read in this process within the last minute, credit any hours (undefined: not known). */
export function programmeCreditsHours(programmeId: string): boolean | undefined {
  const cached = rulesCache.get(programmeId);
  return cached && Date.now() - cached.readAt < SKIP_TTL_MS ? cached.rules.hours !== undefined : undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** An entry to append. */
interface Planned {
  enrolmentId: string;
  programmeId: string;
  teacherId: string;
  orgPath: string;
  source: 'ONLINE_STUDY' | 'GROUP_ACTIVITY';
  category: 'ONLINE' | 'OFFLINE';
  hours: number;
  basis: { score: number; minutes: number } | { activityIds: string[] };
}

interface Verdicts {
  /** Online study passed, with its score. */
  passed: ReadonlyMap<string, number>;
}

/**
 * What to append for each enrolment from its state; `settled` gets the enrolments that need no further check for now
 * (no hour rules, closed, or everything they earned is on the ledger and nothing more can come from online study).
 */
function plan(
  rows: readonly StateRow[],
  rules: ReadonlyMap<string, ProgrammeRules>,
  verdicts: Verdicts,
  settled?: Set<string>,
): Planned[] {
  const planned: Planned[] = [];
  for (const row of rows) {
    const programme = rules.get(row.programmeId);
    const hours = programme?.hours;
    if (!programme || !hours || row.closed) {
      settled?.add(row.id);
      continue;
    }
    const base = { enrolmentId: row.id, programmeId: row.programmeId, teacherId: row.teacherId, orgPath: row.orgPath };
    let onlineDone = row.onlineEntries > 0 || hours.onlineHours <= 0;
    const score = verdicts.passed.get(row.id);
    if (!onlineDone && score !== undefined) {
      planned.push({
        ...base,
        source: 'ONLINE_STUDY',
        category: 'ONLINE',
        hours: round2(hours.onlineHours),
        basis: { score, minutes: row.minutes },
      });
      onlineDone = true;
    }
    let groupDone = !hours.creditGroupActivities;
    if (hours.creditGroupActivities) {
      const cap = programme.schoolBasedStudy.hoursCap;
      const due = round2(Math.min(row.recorded, cap) - row.groupCredited);
      if (due > 0) {
        const credited = new Set(
          (Array.isArray(row.creditedActivityIds) ? row.creditedActivityIds : []).flatMap((ids) =>
            Array.isArray(ids) ? (ids as string[]) : [],
          ),
        );
        planned.push({
          ...base,
          source: 'GROUP_ACTIVITY',
          category: 'OFFLINE',
          hours: due,
          basis: { activityIds: row.activityIds.filter((id) => !credited.has(id)) },
        });
      }
      groupDone = row.groupCredited + Math.max(0, due) >= cap;
    }
    if (onlineDone && groupDone) settled?.add(row.id);
  }
  return planned;
}

/** Takes the enrolments' advisory locks in one order (no deadlock between two instances crediting overlapping sets). */
async function lockEnrolments(tx: Transaction, ids: readonly string[]) {
  await tx.$executeRaw`
    SELECT pg_advisory_xact_lock(k)
      FROM (SELECT DISTINCT hashtext('credit:' || id) AS k FROM unnest(${[...ids]}::text[]) AS id ORDER BY 1) locks`;
}

/** Appends planned entries (and the automatic SCHOOL confirmation of online ones): two statements. */
async function append(tx: Transaction, planned: readonly Planned[]): Promise<number> {
  if (planned.length === 0) return 0;
  const created = await tx.creditEntry.createManyAndReturn({
    data: planned.map((entry) => ({ ...entry, basis: entry.basis })),
    select: { id: true, source: true, orgPath: true },
  });
  const online = created.filter((entry) => entry.source === 'ONLINE_STUDY');
  if (online.length)
    await tx.creditConfirmation.createMany({
      data: online.map((entry) => ({ entryId: entry.id, level: 'SCHOOL' as const, orgPath: entry.orgPath })),
    });
  return created.length;
}

export interface CreditRun {
  /** Entries appended. */
  appended: number;
  /** Enrolments that need no further check for now (see `plan`). */
  settled: Set<string>;
}

/**
 * Credits what the enrolments earned and is not on the ledger yet (see the file's comment), in chunks of CREDIT_CHUNK:
 * per chunk one state statement, the rules of programmes not cached, the online scores of those not yet credited (two
 * statements), and — only when something is due — one transaction (lock, re-read, append). Returns what it appended.
 */
export async function creditEarnedHours(db: PrismaClient, enrolmentIds: readonly string[]): Promise<CreditRun> {
  const run: CreditRun = { appended: 0, settled: new Set() };
  const ids = [...new Set(enrolmentIds)];
  for (let at = 0; at < ids.length; at += CREDIT_CHUNK) {
    const chunk = ids.slice(at, at + CREDIT_CHUNK);
    const rows = await loadCreditState(db, chunk);
    if (rows.length === 0) continue;
    const rules = await rulesOf(db, new Map(rows.map((row) => [row.programmeId, row.rulesAt])));
    const needScore = rows
      .filter((row) => {
        const hours = rules.get(row.programmeId)?.hours;
        return hours && !row.closed && hours.onlineHours > 0 && row.onlineEntries === 0;
      })
      .map((row) => row.id);
    const passed = new Map<string, number>();
    if (needScore.length) {
      const scores = await loadScores(db, needScore);
      for (const [id, score] of scores) if (score?.verdict === 'PASSED') passed.set(id, score.total);
    }
    const planned = plan(rows, rules, { passed }, run.settled);
    if (planned.length === 0) continue;
    const due = [...new Set(planned.map((entry) => entry.enrolmentId))];
    run.appended += await db.$transaction(async (tx) => {
      await lockEnrolments(tx, due);
      // Another instance may have credited them meanwhile: plan again from the ledger as it is under the lock.
      const fresh = await loadCreditState(tx, due);
      return append(tx, plan(fresh, rules, { passed }));
    });
  }
  return run;
}
