import { IntlMessageFormat } from 'intl-messageformat';
import Negotiator from 'negotiator';

/** The languages messages are written in. Codes and numbers never depend on it. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** One message in every language, in ICU MessageFormat (`{quota}`, `{n, plural, one {# point} other {# points}}`). */
export type Message = Record<Locale, string>;

/** Messages keyed by an error code, or `CODE.variant` where one code has several wordings. */
export type MessageCatalogue = Record<string, Message>;

const catalogue = new Map<string, Message>();
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Adds messages to the catalogue (each module adds its own, next to its error codes). A key given
 * twice is a programming error.
 */
export function defineMessages<const C extends MessageCatalogue>(messages: C): C {
  for (const [key, message] of Object.entries(messages)) {
    if (catalogue.has(key)) throw new Error(`message ${key} is defined twice`);
    catalogue.set(key, message);
  }
  return messages;
}

/** True when the catalogue has the key. */
export function hasMessage(key: string): boolean {
  return catalogue.has(key);
}

/** Every key in the catalogue (tests check each has both languages). */
export function messageKeys(): string[] {
  return [...catalogue.keys()];
}

/** A message as written in the catalogue (ICU MessageFormat), or the key when there is none. */
export function messageSource(locale: Locale, key: string): string {
  return catalogue.get(key)?.[locale] ?? key;
}

/** Values a message may interpolate. */
export type MessageParams = Record<string, string | number | boolean | Date | null | undefined>;

/** The message for `key` in `locale`, with `params` filled in; the key itself when the catalogue has none. */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const message = catalogue.get(key);
  if (!message) return key;
  const id = `${locale}\u0000${key}`;
  let format = compiled.get(id);
  if (!format) {
    format = new IntlMessageFormat(message[locale], locale);
    compiled.set(id, format);
  }
  const values = Object.fromEntries(Object.entries(params).map(([name, value]) => [name, value ?? '']));
  return String(format.format(values));
}

/** The request's language from its Accept-Language header, or `fallback` when it names none of ours. */
export function negotiateLocale(acceptLanguage: string | null, fallback: Locale): Locale {
  // `*` (what fetch sends by default) states no preference.
  if (!acceptLanguage || acceptLanguage.trim() === '*') return fallback;
  const chosen = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).language(['zh-CN', 'zh', 'en']);
  if (!chosen) return fallback;
  return chosen.startsWith('zh') ? 'zh-CN' : 'en';
}
