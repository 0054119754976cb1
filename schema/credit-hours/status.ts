/**
 * Each enrolment's hours against its programme's rules (rules.hours), for any number of enrolments in a fixed number
 * of statements: the enrolments with their programme's rules, the ledger's sums, and the peer-review progress of the
 * teachers whose programme counts offline hours only after the peer reviews (Xinbei).
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { peerReviewsDone } from '../peer-review/index.js';
import { type ProgrammeRules, parseProgrammeRules } from '../programmes/index.js';
import { type HoursResult, hoursVerdict } from './rules.js';
import { type CreditSums, hoursFactsOf, loadCreditSums } from './totals.js';

type Db = PrismaClient | Transaction;

/** An enrolment with its programme's parsed rules, as the hour rule reads it. */
export interface EnrolmentRules {
  id: string;
  programmeId: string;
  teacherId: string;
  schoolId: string;
  orgPath: string;
  rules: ProgrammeRules;
}

/** The enrolments asked about with their programmes' parsed rules (one statement; rules parsed once per programme). */
export async function loadEnrolmentRules(
  db: Db,
  enrolmentIds: readonly string[],
): Promise<Map<string, EnrolmentRules>> {
  if (enrolmentIds.length === 0) return new Map();
  const rows = await db.enrolment.findMany({
    where: { id: { in: [...new Set(enrolmentIds)] } },
    select: {
      id: true,
      programmeId: true,
      teacherId: true,
      schoolId: true,
      orgPath: true,
      programme: { select: { rules: true } },
    },
  });
  const parsed = new Map<string, ProgrammeRules>();
  const result = new Map<string, EnrolmentRules>();
  for (const row of rows) {
    let rules = parsed.get(row.programmeId);
    if (!rules) {
      rules = parseProgrammeRules(row.programme.rules);
      parsed.set(row.programmeId, rules);
    }
    const { programme: _programme, ...enrolment } = row;
    result.set(row.id, { ...enrolment, rules });
  }
  return result;
}

/** Whether the programme counts offline hours only once the teacher's peer reviews are done. */
export const peerReviewsGateOffline = (rules: ProgrammeRules) =>
  rules.evidence.peerReview?.requiredForOfflineHours === true;

/** An enrolment's hours: the rule's result (null without rules.hours) and its DISTRICT_CONFIRMED hours. */
export interface HoursStatus {
  result: HoursResult | null;
  /** Hours of entries the district confirmed (reversals included once they are confirmed too), withheld offline hours excepted. */
  confirmed: number;
}

/**
 * The hours of each enrolment from already loaded enrolments: two statements at most (the ledger's sums; the
 * peer-review progress only where it gates offline hours).
 */
export async function hoursStatusOf(
  db: Db,
  enrolments: ReadonlyMap<string, EnrolmentRules>,
): Promise<Map<string, HoursStatus>> {
  const result = new Map<string, HoursStatus>();
  const withHours = [...enrolments.values()].filter((enrolment) => enrolment.rules.hours !== undefined);
  for (const enrolment of enrolments.values())
    if (!enrolment.rules.hours) result.set(enrolment.id, { result: null, confirmed: 0 });
  if (withHours.length === 0) return result;
  const gated = withHours.filter((enrolment) => peerReviewsGateOffline(enrolment.rules)).map(({ id }) => id);
  const [sums, done] = await Promise.all([
    loadCreditSums(
      db,
      withHours.map(({ id }) => id),
    ),
    gated.length ? peerReviewsDone(db, gated) : Promise.resolve(new Map<string, boolean>()),
  ]);
  const byEnrolment = new Map<string, CreditSums[]>();
  for (const sum of sums) {
    const list = byEnrolment.get(sum.enrolmentId) ?? [];
    list.push(sum);
    byEnrolment.set(sum.enrolmentId, list);
  }
  for (const enrolment of withHours) {
    const rules = enrolment.rules.hours as NonNullable<ProgrammeRules['hours']>;
    const peer = peerReviewsGateOffline(enrolment.rules) ? (done.get(enrolment.id) ?? false) : null;
    const own = byEnrolment.get(enrolment.id) ?? [];
    const confirmed = hoursFactsOf(own, { countFrom: 'DISTRICT_CONFIRMED' }, peer);
    result.set(enrolment.id, {
      result: hoursVerdict(rules, hoursFactsOf(own, rules, peer)),
      confirmed: round2(confirmed.online + (peer === false ? 0 : confirmed.offline)),
    });
  }
  return result;
}

/** The hours result of each enrolment from already loaded enrolments (null without rules.hours). */
export async function hoursResultsOf(
  db: Db,
  enrolments: ReadonlyMap<string, EnrolmentRules>,
): Promise<Map<string, HoursResult | null>> {
  const status = await hoursStatusOf(db, enrolments);
  return new Map([...status].map(([id, { result }]) => [id, result]));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The hours result of each enrolment asked about: null when its programme has no hour rules (rules.hours) or the
 * enrolment does not exist. Three statements at most, whatever the number of enrolments. `context` may also be
 * anything with a `db` (a worker), or pass a transaction as `db` to read inside it.
 */
export async function loadHoursResults(
  context: Pick<Context, 'db'> | { db: { prisma: Db } },
  enrolmentIds: readonly string[],
): Promise<Map<string, HoursResult | null>> {
  const db = context.db.prisma;
  const enrolments = await loadEnrolmentRules(db, enrolmentIds);
  const result = await hoursResultsOf(db, enrolments);
  for (const id of enrolmentIds) if (!result.has(id)) result.set(id, null);
  return result;
}

const hoursLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, HoursResult | null>(async (ids) => {
      const found = await loadHoursResults(context, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
);

/** One enrolment's hours result, batched per request (a page of enrolments costs the statements of one). */
export function hoursResultOf(context: Context, enrolmentId: string): Promise<HoursResult | null> {
  return hoursLoader(context).load(enrolmentId);
}

/** Forgets the request's cached hours results (after a write in the same request). */
export function clearHoursResults(context: Context): void {
  hoursLoader(context).clearAll();
}
