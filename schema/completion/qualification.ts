/**
 * Whether teachers qualify (合格), for any number of enrolments in a fixed number of statements: the enrolments with
 * their programmes' rules (1), their hours (the ledger's sums, and peer-review progress where it gates offline hours:
 * ≤ 2), their scores (2, only when some programme requires a score) and their selections' evidence outcomes and
 * school-based study verdicts (1). The reasons are worded in the request's language.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { defineMessages, type Locale, translate } from '../../api/i18n/messages.js';
import { type EnrolmentRules, type HoursResult, hoursResultsOf, loadEnrolmentRules } from '../credit-hours/index.js';
import { loadScores, type ScoreResult } from '../scoring/index.js';
import { type QualificationFacts, type QualificationReasonCode, type QualificationVerdict, qualify } from './rules.js';

export { type QualificationFacts, type QualificationReasonCode, qualify } from './rules.js';

type Db = PrismaClient | Transaction;

const HOURS_LINE_EN =
  '{code, select, TOTAL {in all} ONLINE {online} OFFLINE {offline} OFFLINE_SHARE {offline share} other {offline hours withheld until the peer reviews are done}}';
const HOURS_LINE_ZH =
  '{code, select, TOTAL {总学时} ONLINE {线上学时} OFFLINE {线下学时} OFFLINE_SHARE {实践学时占比} other {完成同行评价前线下学时暂不计入}}';

defineMessages({
  'QUALIFICATION.SCORE_NOT_PASSED': {
    en: 'Online study not passed{verdict, select, FAILED { (failed)} other {}}: {total} of the {passThreshold} points needed.',
    'zh-CN': '网络研修未合格{verdict, select, FAILED {（不合格）} other {}}：得分 {total}，合格线 {passThreshold} 分。',
  },
  'QUALIFICATION.HOURS_NOT_MET': {
    en: 'Credit hours not met ({unmet}): {total} hours counted ({online} online, {offline} offline{withheld, plural, =0 {} other {, # withheld}}).',
    'zh-CN':
      '学时未达标（{unmet}）：已认定 {total} 学时（线上 {online}，线下 {offline}{withheld, plural, =0 {} other {，暂缓计入 #}}）。',
  },
  'QUALIFICATION.HOURS_LINE': { en: HOURS_LINE_EN, 'zh-CN': HOURS_LINE_ZH },
  'QUALIFICATION.EVIDENCE_NOT_PASSED': {
    en: '{selection, select, no {No submitted competency selection, so no practice evidence can pass.} other {Practice evidence: {passed} of {selected} selected competencies assessed as passed.}}',
    'zh-CN':
      '{selection, select, no {尚未提交能力点选择，实践证据无法合格。} other {实践证据：已选 {selected} 个能力点，测评合格 {passed} 个。}}',
  },
  'QUALIFICATION.SCHOOL_STUDY_NOT_PASSED': {
    en: 'School-based study review {result, select, FAILED {failed} other {not passed yet}}.',
    'zh-CN': '校本研修考核{result, select, FAILED {不通过} other {尚未通过}}。',
  },
});

/** One reason a teacher does not qualify, worded in the request's language. */
export interface QualificationReason {
  code: QualificationReasonCode;
  message: string;
  /** The numbers the message interpolates. */
  params: Record<string, string | number>;
}

/** A teacher's qualification: qualified, or every reason why not. */
export interface Qualification {
  qualified: boolean;
  reasons: QualificationReason[];
}

/** The wording of a verdict's reasons in `locale`. */
export function explainQualification(verdict: QualificationVerdict, locale: Locale): Qualification {
  return {
    qualified: verdict.qualified,
    reasons: verdict.reasons.map(({ code, params }) => {
      let values: Record<string, string | number> = params;
      if (code === 'HOURS_NOT_MET') {
        const unmet = String(params.unmet || 'TOTAL')
          .split(',')
          .map((line) => translate(locale, 'QUALIFICATION.HOURS_LINE', { code: line }));
        values = { ...params, unmet: unmet.join(locale === 'zh-CN' ? '、' : ', ') };
      }
      return { code, params, message: translate(locale, `QUALIFICATION.${code}`, values) };
    }),
  };
}

export interface EvidenceRow {
  enrolmentId: string;
  selectionSubmitted: boolean;
  selected: number;
  passed: number;
  schoolStudy: 'PASSED' | 'FAILED' | null;
}

/**
 * Per enrolment: whether it has a SUBMITTED or APPROVED selection, its competencies, how many of them have evidence
 * ASSESSED as PASS or EXCELLENT, and the school-based study verdict. One statement, aggregated with GROUP BY over the
 * enrolments (also the rule preview's, chunk by chunk).
 */
export async function loadEvidenceFacts(db: Db, enrolmentIds: readonly string[]): Promise<Map<string, EvidenceRow>> {
  if (enrolmentIds.length === 0) return new Map();
  const rows = await db.$queryRaw<EvidenceRow[]>`
    SELECT e.id AS "enrolmentId", (s.id IS NOT NULL) AS "selectionSubmitted",
           count(si."competencyId")::int AS selected,
           count(x.id) FILTER (WHERE x.status = 'ASSESSED' AND x.outcome IN ('PASS', 'EXCELLENT'))::int AS passed,
           r.result::text AS "schoolStudy"
      FROM "Enrolment" e
      LEFT JOIN "Selection" s ON s."enrolmentId" = e.id AND s.status IN ('SUBMITTED', 'APPROVED')
      LEFT JOIN "SelectionItem" si ON si."selectionId" = s.id
      LEFT JOIN "Evidence" x ON x."enrolmentId" = e.id AND x."competencyId" = si."competencyId"
      LEFT JOIN "SchoolStudyReview" r ON r."enrolmentId" = e.id
     WHERE e.id = ANY(${[...new Set(enrolmentIds)]}::text[])
     GROUP BY e.id, s.id, r.result`;
  return new Map(rows.map((row) => [row.enrolmentId, row]));
}

const NO_EVIDENCE = { selectionSubmitted: false, selected: 0, passed: 0 };

/** Anything with the database (a request's context, a worker) and, for the messages, a locale (zh-CN when absent). */
export interface QualificationContext {
  db: { prisma: Db };
  locale?: Locale;
}

/** The verdicts of already loaded enrolments (see loadQualifications), without wording. */
export async function qualificationVerdicts(
  db: Db,
  enrolments: ReadonlyMap<string, EnrolmentRules>,
  now: Date = new Date(),
): Promise<Map<string, QualificationVerdict>> {
  const all = [...enrolments.values()];
  if (all.length === 0) return new Map();
  const scored = all.filter((e) => e.rules.completion.requireScore && e.rules.scoring).map((e) => e.id);
  const hoursNeeded = new Map(
    all.filter((e) => e.rules.completion.requireHours && e.rules.hours).map((e) => [e.id, e]),
  );
  const evidenceNeeded = all
    .filter((e) => e.rules.completion.requireEvidence || e.rules.completion.requireSchoolStudy)
    .map((e) => e.id);
  const [scores, hours, evidence] = await Promise.all([
    scored.length ? loadScores(db, scored, now) : Promise.resolve(new Map<string, ScoreResult | null>()),
    hoursNeeded.size ? hoursResultsOf(db, hoursNeeded) : Promise.resolve(new Map<string, HoursResult | null>()),
    loadEvidenceFacts(db, evidenceNeeded),
  ]);
  const result = new Map<string, QualificationVerdict>();
  for (const enrolment of all) {
    const row = evidence.get(enrolment.id);
    const facts: QualificationFacts = {
      score: scores.get(enrolment.id) ?? null,
      hours: hours.get(enrolment.id) ?? null,
      evidence: row
        ? { selectionSubmitted: row.selectionSubmitted, selected: row.selected, passed: row.passed }
        : NO_EVIDENCE,
      schoolStudy: row?.schoolStudy ?? null,
    };
    result.set(enrolment.id, qualify(enrolment.rules, facts));
  }
  return result;
}

/**
 * Whether each enrolment qualifies under its programme's rules, with the reasons why not in the request's language.
 * Unknown ids are absent from the map. At most six statements, whatever the number of enrolments.
 */
export async function loadQualifications(
  context: QualificationContext | Pick<Context, 'db' | 'locale'>,
  enrolmentIds: readonly string[],
): Promise<Map<string, Qualification>> {
  const db = context.db.prisma;
  const enrolments = await loadEnrolmentRules(db, enrolmentIds);
  const verdicts = await qualificationVerdicts(db, enrolments);
  const locale = context.locale ?? 'zh-CN';
  return new Map([...verdicts].map(([id, verdict]) => [id, explainQualification(verdict, locale)]));
}

/** Per request: qualifications batched (a page of enrolments costs the statements of one). */
export const qualificationLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, Qualification | null>(async (ids) => {
      const found = await loadQualifications(context, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
);
