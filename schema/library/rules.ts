/**
 * Rules of the generated-resource library (生成性资源库): which outputs may be curated, into which library, who finds
 * a published resource, the consent life cycle, and the words a resource is searched by. Pure functions of plain data:
 * no GraphQL, no Prisma. The segmenter (jieba, api/library/segmenter.ts) is passed in.
 */

/** Longest title, in characters. */
export const MAX_LIBRARY_TITLE_LENGTH = 200;
/** Longest body (the description, or the content itself when there is no file), in characters. */
export const MAX_LIBRARY_BODY_LENGTH = 20_000;
/** Longest subject tag (语文, 数学 …), in characters. */
export const MAX_LIBRARY_SUBJECT_LENGTH = 50;
/** Longest search text, in characters. */
export const MAX_LIBRARY_QUERY_LENGTH = 200;
/** Most distinct words of a search text that are looked for (the rest are ignored). */
export const MAX_LIBRARY_QUERY_WORDS = 32;

export type LibraryScopeValue = 'SCHOOL' | 'DISTRICT' | 'PROVINCE';
export type LibrarySourceKindValue = 'SHARE' | 'ASSIGNMENT_SUBMISSION' | 'EVIDENCE' | 'CLASS_NOTICE';
export type LibraryStatusValue = 'AWAITING_CONSENT' | 'PUBLISHED' | 'DECLINED' | 'WITHDRAWN';
export type LibraryKindValue =
  | 'LESSON_PLAN'
  | 'COURSEWARE'
  | 'VIDEO'
  | 'CASE'
  | 'REFLECTION'
  | 'BRIEFING'
  | 'ARTICLE'
  | 'OTHER';

// --- Words ------------------------------------------------------------------------------------------------------

/** Function words that say nothing about a resource (的, 了 …): left out of the index and of queries. */
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '是',
  '在',
  '对',
  '把',
  '被',
  '之',
  '等',
  '也',
  '并',
  '而',
]);

/** The words worth indexing among a segmenter's output: lower-cased, with a letter or digit, no function words. */
export function keptWords(words: readonly string[]): string[] {
  const kept: string[] = [];
  for (const raw of words) {
    const word = raw.normalize('NFKC').trim().toLowerCase();
    if (word && /[\p{L}\p{N}]/u.test(word) && !STOP_WORDS.has(word)) kept.push(word);
  }
  return kept;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** The text of a briefing's sanitized HTML: tags become spaces, common entities their characters. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_match, name: string) => ENTITIES[name] ?? ' ');
}

export interface SearchableResource {
  title: string;
  /** Plain text (a briefing's HTML is reduced with `plainText` first). */
  body: string;
  /** The tags' names: competency code and name, stage, subject, kind. */
  tags: readonly string[];
}

/**
 * The resource's `searchTokens`: its title, body and tag names segmented into words (search mode), space-joined in
 * order, repeats kept (ts_rank counts them). PostgreSQL's `to_tsvector('simple', …)` turns them into the indexed
 * `searchVector`.
 */
export function searchTokens(resource: SearchableResource, segment: (text: string) => string[]): string {
  const parts = [resource.title, resource.body, ...resource.tags];
  return parts.flatMap((part) => keptWords(segment(part))).join(' ');
}

/**
 * The words a search text is looked for by: segmented like the resources, distinct, at most
 * MAX_LIBRARY_QUERY_WORDS. Empty when the text holds no word (only punctuation or spaces): it then finds nothing.
 */
export function queryWords(query: string, segment: (text: string) => string[]): string[] {
  return [...new Set(keptWords(segment(query.slice(0, MAX_LIBRARY_QUERY_LENGTH))))].slice(0, MAX_LIBRARY_QUERY_WORDS);
}

// --- Who finds a published resource -------------------------------------------------------------------------------

/** The organisation paths from the top of the tree down to `path` itself ("/p/c/" → ["/p/", "/p/c/"]). */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_id, index) => `/${ids.slice(0, index + 1).join('/')}/`);
}

/** The path of the organisation above `path` ("/p/c/d/" → "/p/c/"); null at the top. */
export function parentPath(path: string): string | null {
  const ancestors = ancestorPaths(path);
  return ancestors.length > 1 ? (ancestors.at(-2) ?? null) : null;
}

/**
 * Whether a viewer holding reader roles on the organisations `readPaths` finds a PUBLISHED resource of the library at
 * `scopePath`: members of the scope organisation and of everything below it (a school's teachers find their
 * district's resources), and roles held above it (a district admin finds its schools' resources).
 */
export function finds(readPaths: readonly string[], scopePath: string): boolean {
  return readPaths.some((path) => path.startsWith(scopePath) || scopePath.startsWith(path));
}

/**
 * `finds` as two lists for SQL: a resource is found when its scope path is one of `exact` (the viewer's organisations
 * and every one above them) or starts with one of `under` (the viewer's organisations: resources below them).
 */
export function findsWhere(readPaths: readonly string[]): { exact: string[]; under: string[] } {
  const exact = new Set<string>();
  for (const path of readPaths) for (const ancestor of ancestorPaths(path)) exact.add(ancestor);
  const sorted = [...new Set(readPaths)].sort();
  const under = sorted.filter((path) => !sorted.some((other) => other !== path && path.startsWith(other)));
  return { exact: [...exact].sort(), under };
}

// --- Curation ------------------------------------------------------------------------------------------------------

/** The facts of a source the eligibility rule reads. */
export type CurationSource =
  | { kind: 'SHARE'; status: 'ACTIVE' | 'REJECTED' }
  | { kind: 'ASSIGNMENT_SUBMISSION'; status: 'SUBMITTED' | 'RETURNED' | 'MARKED' }
  | {
      kind: 'EVIDENCE';
      status: 'DRAFT' | 'SUBMITTED' | 'GROUP_REVIEWED' | 'ASSESSED' | 'RETURNED';
      outcome: 'PASS' | 'EXCELLENT' | 'FAIL' | null;
    }
  | { kind: 'CLASS_NOTICE'; noticeKind: 'ANNOUNCEMENT' | 'BRIEFING' };

export type SourceRefusal =
  | 'SHARE_NOT_ACTIVE'
  | 'SUBMISSION_NOT_MARKED'
  | 'EVIDENCE_NOT_PASSED'
  | 'NOTICE_NOT_BRIEFING';

/**
 * Why a source may not be curated, or null when it may: only finished, good work goes into a library: an ACTIVE share
 * (a rejected one broke the rules), a MARKED assignment submission, evidence ASSESSED as PASS or EXCELLENT (published
 * excellent work is such evidence), and a class briefing (简报; announcements are not outputs).
 */
export function sourceRefusal(source: CurationSource): SourceRefusal | null {
  switch (source.kind) {
    case 'SHARE':
      return source.status === 'ACTIVE' ? null : 'SHARE_NOT_ACTIVE';
    case 'ASSIGNMENT_SUBMISSION':
      return source.status === 'MARKED' ? null : 'SUBMISSION_NOT_MARKED';
    case 'EVIDENCE':
      return source.status === 'ASSESSED' && (source.outcome === 'PASS' || source.outcome === 'EXCELLENT')
        ? null
        : 'EVIDENCE_NOT_PASSED';
    case 'CLASS_NOTICE':
      return source.noticeKind === 'BRIEFING' ? null : 'NOTICE_NOT_BRIEFING';
  }
}

/** An organisation where the curator holds a curating role (from the action table), with its kind. */
export interface CuratorOrganisation {
  path: string;
  kind: 'PROVINCE' | 'CITY' | 'DISTRICT' | 'SCHOOL' | 'CLASS' | 'GROUP';
}

/**
 * Whether a curator may put a source (whose organisations are `sourcePaths`: its class and school) into the library of
 * the organisation at `scopePath` (the source's school, or its district or province). A curating role counts when it
 * covers the source; it reaches libraries at its own level and below, a class's tutor their class's school: a tutor
 * and a school admin curate into the school's library, a district admin into the district's or a school's, a
 * province admin into any on the source's line.
 */
export function mayCurateInto(
  curator: readonly CuratorOrganisation[],
  sourcePaths: readonly string[],
  scopePath: string,
): boolean {
  return curator.some((organisation) => {
    if (!sourcePaths.some((path) => path.startsWith(organisation.path))) return false;
    const reach =
      organisation.kind === 'CLASS' || organisation.kind === 'GROUP'
        ? (parentPath(organisation.path) ?? organisation.path)
        : organisation.path;
    return scopePath.startsWith(reach);
  });
}

/** The organisation kind whose library a scope names. */
export const SCOPE_ORGANISATION_KIND: Record<LibraryScopeValue, 'SCHOOL' | 'DISTRICT' | 'PROVINCE'> = {
  SCHOOL: 'SCHOOL',
  DISTRICT: 'DISTRICT',
  PROVINCE: 'PROVINCE',
};

/** A file of a source, in the source's order. */
export interface SourceFile {
  fileId: string;
  contentType: string;
}

/** The file a resource offers: for a VIDEO the source's first video, else its first file; null when it has none. */
export function chooseFile(kind: LibraryKindValue, files: readonly SourceFile[]): string | null {
  if (kind === 'VIDEO') {
    const video = files.find((file) => file.contentType.toLowerCase().startsWith('video/'));
    if (video) return video.fileId;
  }
  return files[0]?.fileId ?? null;
}

/** Attribution as shown on the resource: the author's name and school at curation time. */
export const attribution = (authorName: string, schoolName: string): string => `${authorName}（${schoolName}）`;

// --- Consent and withdrawal ---------------------------------------------------------------------------------------

export type ConsentRefusal = 'WITHDRAWN';

/**
 * The author's answer: consenting publishes a resource awaiting consent (or one they declined before), declining
 * leaves it DECLINED, and declining a PUBLISHED one withdraws it (WITHDRAWN). Answering again the same way changes
 * nothing. A withdrawn resource stays withdrawn.
 */
export function consentTransition(
  status: LibraryStatusValue,
  consent: boolean,
): { next: LibraryStatusValue } | { refusal: ConsentRefusal } {
  if (status === 'WITHDRAWN') return { refusal: 'WITHDRAWN' };
  if (consent) return { next: 'PUBLISHED' };
  return { next: status === 'PUBLISHED' ? 'WITHDRAWN' : 'DECLINED' };
}

/** Whether a curator may withdraw a resource: only one awaiting consent or published. */
export const mayWithdraw = (status: LibraryStatusValue): boolean =>
  status === 'AWAITING_CONSENT' || status === 'PUBLISHED';

// --- Tag names ------------------------------------------------------------------------------------------------------

/** Names of the school stages (学段), as indexed for search. */
export const STAGE_NAMES: Record<string, string> = {
  KINDERGARTEN: '幼儿园 学前',
  PRIMARY: '小学',
  JUNIOR_SECONDARY: '初中',
  SENIOR_SECONDARY: '高中',
  VOCATIONAL: '职业 中职',
};

/** Names of the kinds of work, as indexed for search. */
export const KIND_NAMES: Record<LibraryKindValue, string> = {
  LESSON_PLAN: '教学设计 教案',
  COURSEWARE: '课件',
  VIDEO: '视频 课例',
  CASE: '案例',
  REFLECTION: '反思',
  BRIEFING: '简报',
  ARTICLE: '文章',
  OTHER: '其他',
};

/** The tag names of a resource, as indexed and shown in `tags`. */
export function tagNames(tags: {
  competency: { code: string; nameZh: string } | null;
  stage: string | null;
  subject: string | null;
  kind: LibraryKindValue;
}): string[] {
  return [
    ...(tags.competency ? [`${tags.competency.code} ${tags.competency.nameZh}`] : []),
    ...(tags.stage ? [STAGE_NAMES[tags.stage] ?? tags.stage] : []),
    ...(tags.subject ? [tags.subject] : []),
    KIND_NAMES[tags.kind],
  ];
}
