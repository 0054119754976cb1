/**
 * Rules of excellent work (优秀成果): pure functions of plain data, no GraphQL, no Prisma.
 *
 * Excellent evidence is published province-wide by the school (or district) with the teacher's consent. Xinbei's
 * target (培训考核): the school's published excellent videos reach every subject taught by its teachers, and the teachers
 * with a published video are at least 30% of its full-time teachers (专任教师). The numbers come from the programme's
 * `rules.evidence.excellentWork` ({ targetRate, everySubject }).
 */

/** Longest reason for withdrawing a publication, in characters. */
export const MAX_WITHDRAW_REASON_LENGTH = 2000;

export type EvidenceStatusValue = 'DRAFT' | 'SUBMITTED' | 'GROUP_REVIEWED' | 'ASSESSED' | 'RETURNED';
export type EvidenceOutcomeValue = 'PASS' | 'EXCELLENT' | 'FAIL';

export type PublishRefusal = 'STALE' | 'NOT_EXCELLENT' | 'CONSENT_REQUIRED';

/**
 * Why an evidence may not be published, or null when it may: the version the admin looked at must still be current
 * (STALE), it must be ASSESSED as EXCELLENT (NOT_EXCELLENT), and the teacher must consent (CONSENT_REQUIRED).
 */
export function publishRefusal(
  evidence: {
    status: EvidenceStatusValue;
    outcome: EvidenceOutcomeValue | null;
    version: number;
    publishConsent: boolean;
  },
  expectedVersion: number,
): PublishRefusal | null {
  if (evidence.version !== expectedVersion) return 'STALE';
  if (!isExcellent(evidence)) return 'NOT_EXCELLENT';
  if (!evidence.publishConsent) return 'CONSENT_REQUIRED';
  return null;
}

/** Assessed with the outcome EXCELLENT: the only evidence that may be published. */
export const isExcellent = (evidence: { status: EvidenceStatusValue; outcome: EvidenceOutcomeValue | null }) =>
  evidence.status === 'ASSESSED' && evidence.outcome === 'EXCELLENT';

/** Whether a stored file is a video (its content type was recognised from the bytes: "video/mp4"). */
export const isVideo = (contentType: string): boolean => contentType.toLowerCase().startsWith('video/');

/** A teaching subject as grouped in the report: trimmed; blank or missing is null (未填写). */
export function normaliseSubject(subject: string | null | undefined): string | null {
  const trimmed = subject?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export type ReportBase = 'FULL_TIME_TEACHERS' | 'ENROLLED_TEACHERS';

/**
 * The teachers the rate is a share of: the school's full-time teachers (专任教师) when it has a count (a positive
 * one), else its teachers enrolled in the programme.
 */
export function reportBase(fullTimeTeachers: number | null, enrolled: number): { base: ReportBase; count: number } {
  return fullTimeTeachers !== null && fullTimeTeachers > 0
    ? { base: 'FULL_TIME_TEACHERS', count: fullTimeTeachers }
    : { base: 'ENROLLED_TEACHERS', count: enrolled };
}

/**
 * Teachers with a published video the target asks for: `targetRate` × base, rounded up (30% of 40 → 12, of 35 →
 * 11). The small epsilon keeps a product such as 0.07 × 100 = 7.000000000000001 at 7.
 */
export function requiredTeachers(targetRate: number, baseCount: number): number {
  if (baseCount <= 0 || targetRate <= 0) return 0;
  return Math.ceil(targetRate * baseCount - 1e-9);
}

/** One enrolled teacher of the school: their subject and how many of their published excellent works have a video. */
export interface TeacherFacts {
  subject: string | null;
  publishedVideos: number;
}

export interface SubjectCoverage {
  /** null: teachers who gave no subject (未填写): listed, never required. */
  subject: string | null;
  enrolledTeachers: number;
  teachersWithPublishedVideos: number;
  publishedVideos: number;
  covered: boolean;
  /** Whether the target asks for this subject (every named subject, when the rules say every subject). */
  required: boolean;
}

export interface ExcellentWorkReport {
  fullTimeTeachers: number | null;
  enrolledTeachers: number;
  base: ReportBase;
  baseCount: number;
  teachersWithPublishedVideos: number;
  publishedVideos: number;
  /** Teachers with a published video ÷ base; null when the base is 0. */
  rate: number | null;
  targetRate: number | null;
  requiredTeachers: number | null;
  meetsRate: boolean | null;
  everySubject: boolean | null;
  subjects: SubjectCoverage[];
  everySubjectCovered: boolean;
  meetsTarget: boolean | null;
}

/** Named subjects in code-point order, then the teachers without a subject. */
function bySubject(a: { subject: string | null }, b: { subject: string | null }): number {
  if (a.subject === b.subject) return 0;
  if (a.subject === null) return 1;
  if (b.subject === null) return -1;
  return a.subject < b.subject ? -1 : 1;
}

/**
 * A school's excellent-work report from its enrolled teachers' facts and the programme's target (undefined: none
 * configured, so every verdict is null). The rate is met when at least `requiredTeachers` teachers have a published
 * video; every subject is covered when each named subject of the enrolled teachers has at least one published video;
 * the target is met when the rate is and, where the rules say every subject, every subject is covered.
 */
export function excellentWorkReport(input: {
  fullTimeTeachers: number | null;
  teachers: readonly TeacherFacts[];
  target?: { targetRate: number; everySubject: boolean } | undefined;
}): ExcellentWorkReport {
  const { teachers, target } = input;
  const base = reportBase(input.fullTimeTeachers, teachers.length);
  const withVideos = teachers.filter((teacher) => teacher.publishedVideos > 0).length;
  const subjects = new Map<string | null, SubjectCoverage>();
  for (const teacher of teachers) {
    const subject = normaliseSubject(teacher.subject);
    let row = subjects.get(subject);
    if (!row) {
      row = {
        subject,
        enrolledTeachers: 0,
        teachersWithPublishedVideos: 0,
        publishedVideos: 0,
        covered: false,
        required: subject !== null && target?.everySubject === true,
      };
      subjects.set(subject, row);
    }
    row.enrolledTeachers += 1;
    row.publishedVideos += teacher.publishedVideos;
    if (teacher.publishedVideos > 0) row.teachersWithPublishedVideos += 1;
    row.covered = row.publishedVideos > 0;
  }
  const rows = [...subjects.values()].sort(bySubject);
  const everySubjectCovered = rows.every((row) => row.subject === null || row.covered);
  const required = target ? requiredTeachers(target.targetRate, base.count) : null;
  const meetsRate = required === null ? null : withVideos >= required;
  return {
    fullTimeTeachers: input.fullTimeTeachers,
    enrolledTeachers: teachers.length,
    base: base.base,
    baseCount: base.count,
    teachersWithPublishedVideos: withVideos,
    publishedVideos: teachers.reduce((sum, teacher) => sum + teacher.publishedVideos, 0),
    rate: base.count > 0 ? withVideos / base.count : null,
    targetRate: target?.targetRate ?? null,
    requiredTeachers: required,
    meetsRate,
    everySubject: target?.everySubject ?? null,
    subjects: rows,
    everySubjectCovered,
    meetsTarget: target ? meetsRate === true && (!target.everySubject || everySubjectCovered) : null,
  };
}
