/**
 * Workshop rules as pure functions of plain data: when a post counts as a teacher's participation in an activity,
 * the limits of posts, activities and notices, and how a class notice's rich text is cleaned.
 */
import sanitizeHtml from 'sanitize-html';

/** Longest post, in characters. */
export const MAX_POST_LENGTH = 10_000;
/** Most files attached to one post or notice. */
export const MAX_ATTACHMENTS = 5;
/** Largest attached file: 20 MB. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;
/** Longest activity, workshop or notice title, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** Longest activity description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 5_000;
/** Longest stream link, in characters. */
export const MAX_URL_LENGTH = 2_000;
/** Longest hiding reason, in characters. */
export const MAX_REASON_LENGTH = 500;
/** Longest notice body (after cleaning), in characters. */
export const MAX_NOTICE_LENGTH = 50_000;

/** Length of a text in characters (code points), as PostgreSQL's char_length counts it. */
export const characters = (text: string): number => [...text].length;

export interface ActivityWindow {
  opensAt: Date;
  closesAt: Date;
}

export interface PostFacts {
  body: string;
  createdAt: Date;
  hidden: boolean;
}

/**
 * Whether a post counts as participation in its activity: visible, written within the window (both ends included)
 * and at least `minPostLength` characters long. The SQL in participation.ts applies the same rule.
 */
export function postCounts(post: PostFacts, window: ActivityWindow, minPostLength: number): boolean {
  const at = post.createdAt.getTime();
  return (
    !post.hidden &&
    at >= window.opensAt.getTime() &&
    at <= window.closesAt.getTime() &&
    characters(post.body) >= minPostLength
  );
}

/** Whether a teacher's posts in one activity give a participation: at most one, whatever the number of posts. */
export function participates(posts: readonly PostFacts[], window: ActivityWindow, minPostLength: number): boolean {
  return posts.some((post) => postCounts(post, window, minPostLength));
}

/** True for an absolute http or https URL. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** The tags a notice keeps: text formatting, lists, tables, links and headings. Everything else is removed. */
const NOTICE_HTML: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'b',
    'strong',
    'i',
    'em',
    'u',
    's',
    'sub',
    'sup',
    'blockquote',
    'pre',
    'code',
    'h1',
    'h2',
    'h3',
    'h4',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'hr',
    'span',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], td: ['colspan', 'rowspan'], th: ['colspan', 'rowspan'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowProtocolRelative: false,
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
};

/** A notice's rich text with scripts, styles, event handlers and unsafe links removed. */
export function sanitizeNotice(html: string): string {
  return sanitizeHtml(html, NOTICE_HTML).trim();
}
