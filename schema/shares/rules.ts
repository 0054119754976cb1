/**
 * Rules of shared resources and articles (上传共享资源 / 学科文章): pure functions of plain data, no GraphQL, no
 * Prisma. The scoring engine reads the counted number (ACTIVE shares); how many points it earns is its business.
 */

/** Longest share title, in characters. */
export const MAX_SHARE_TITLE_LENGTH = 200;
/** Longest link, in characters. */
export const MAX_SHARE_URL_LENGTH = 2000;
/** Longest module name (师德素养, 专业发展 …), in characters. */
export const MAX_SHARE_MODULE_LENGTH = 50;
/** Longest rejection reason, in characters. */
export const MAX_REJECT_REASON_LENGTH = 500;
/** Largest shared file: 20 MB. */
export const SHARE_MAX_BYTES = 20 * 1024 * 1024;

/** True for an absolute http:// or https:// URL with a host, without spaces or control characters. */
export function isHttpUrl(value: string): boolean {
  if (value.length > MAX_SHARE_URL_LENGTH || /[\s\p{Cc}]/u.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export type ShareStatusValue = 'ACTIVE' | 'REJECTED';

/** Whether a share counts toward the programme's scheme: only ACTIVE ones (a rejected share never counts). */
export const shareCounts = (status: ShareStatusValue): boolean => status === 'ACTIVE';

/**
 * The limit a new share would break, if any: `maxPerTeacher` caps the ACTIVE shares of one enrolment (a rejected
 * share frees its place). No limit when the programme sets none.
 */
export function shareLimitBreached(active: number, maxPerTeacher: number | undefined): { max: number } | null {
  if (maxPerTeacher === undefined) return null;
  return active >= maxPerTeacher ? { max: maxPerTeacher } : null;
}

export type RejectRefusal = 'REJECT_DISABLED' | 'ALREADY_REJECTED';

/** Why a tutor may not reject a share, or null when they may: the programme must allow it, and the share be ACTIVE. */
export function rejectRefusal(tutorMayReject: boolean, status: ShareStatusValue): RejectRefusal | null {
  if (!tutorMayReject) return 'REJECT_DISABLED';
  if (status !== 'ACTIVE') return 'ALREADY_REJECTED';
  return null;
}
