/**
 * A teacher's hours from the ledger, for any number of enrolments in one statement: sums per enrolment, category and
 * state (an entry's state is its highest confirmation), folded into HoursFacts under the programme's `countFrom`.
 */
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { type CreditState, counts, type HoursFacts, type HoursRules } from './rules.js';

/** One enrolment's ledger sums by category and state. */
export interface CreditSums {
  enrolmentId: string;
  category: 'ONLINE' | 'OFFLINE';
  state: CreditState;
  hours: number;
}

/** The ledger's sums of these enrolments (reversals included), one statement. */
export async function loadCreditSums(
  db: PrismaClient | Transaction,
  enrolmentIds: readonly string[],
): Promise<CreditSums[]> {
  if (enrolmentIds.length === 0) return [];
  const ids = [...new Set(enrolmentIds)];
  return db.$queryRaw<CreditSums[]>`
    SELECT e."enrolmentId", e.category::text AS category,
      CASE WHEN bool_or(c.level = 'DISTRICT') THEN 'DISTRICT_CONFIRMED'
           WHEN bool_or(c.level = 'SCHOOL') THEN 'SCHOOL_CONFIRMED'
           ELSE 'PENDING' END AS state,
      e.hours::float8 AS hours, e.id
    FROM "CreditEntry" e
    LEFT JOIN "CreditConfirmation" c ON c."entryId" = e.id
    WHERE e."enrolmentId" = ANY(${ids}::text[])
    GROUP BY e.id`.then((rows) =>
    rows.map(({ enrolmentId, category, state, hours }) => ({ enrolmentId, category, state, hours })),
  );
}

/** HoursFacts of one enrolment from its sums (peerReviewsDone: null when the programme does not require them). */
export function hoursFactsOf(
  sums: readonly CreditSums[],
  rules: Pick<HoursRules, 'countFrom'>,
  peerReviewsDone: boolean | null,
): HoursFacts {
  const facts: HoursFacts = { online: 0, offline: 0, awaitingOnline: 0, awaitingOffline: 0, peerReviewsDone };
  for (const sum of sums) {
    const counted = counts(sum.state, rules.countFrom);
    if (sum.category === 'ONLINE') facts[counted ? 'online' : 'awaitingOnline'] += sum.hours;
    else facts[counted ? 'offline' : 'awaitingOffline'] += sum.hours;
  }
  return facts;
}
