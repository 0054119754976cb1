import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { defineMessages, type Locale, type MessageParams, negotiateLocale, translate } from './messages.js';

/** Catalogue key and parameters of the GraphQL errors this API raises itself, by error object. */
const sources = new WeakMap<object, { key: string; params: MessageParams }>();

/**
 * A GraphQL error whose message comes from the catalogue: `key` is its code, or `CODE.variant`.
 * The message is English until the response is written in the request's language.
 */
export function localizedError(key: string, params: MessageParams = {}, extensions: GraphQLErrorExtensions = {}) {
  const error = new GraphQLError(translate('en', key, params), {
    extensions: { code: key.split('.')[0], ...extensions },
  });
  sources.set(error, { key, params });
  return error;
}

/** Marks an error raised by a library so its message is taken from the catalogue. */
export function localize<E extends object>(error: E, key: string, params: MessageParams = {}): E {
  sources.set(error, { key, params });
  return error;
}

/** Errors raised by libraries, recognised by their code or wording, with the catalogue key that replaces them. */
const LIBRARY_ERRORS: Array<{ match: (error: GraphQLError) => boolean; key: string; code: string }> = [
  {
    match: (error) => error.message === 'Required CSRF header(s) not present',
    key: 'CSRF_HEADER_MISSING',
    code: 'CSRF_HEADER_MISSING',
  },
  {
    match: (error) => error.extensions.code === 'REQUEST_ENTITY_TOO_LARGE' && !sources.has(error),
    key: 'REQUEST_ENTITY_TOO_LARGE.request',
    code: 'REQUEST_ENTITY_TOO_LARGE',
  },
];

defineMessages({
  CSRF_HEADER_MISSING: {
    en: 'A request a browser can send without a CORS preflight (a form post, multipart or text/plain) must carry the header x-graphql-yoga-csrf.',
    'zh-CN': '浏览器无需预检即可发送的请求（表单、multipart 或 text/plain）必须带有请求头 x-graphql-yoga-csrf。',
  },
  'REQUEST_ENTITY_TOO_LARGE.request': {
    en: 'The request is too large: at most 32 MB.',
    'zh-CN': '请求过大：最多 32 MB。',
  },
});

function rewrite(error: GraphQLError, locale: Locale): void {
  const source = sources.get(error) ?? (error.originalError ? sources.get(error.originalError) : undefined);
  if (source) {
    // A variable's coercion error wraps ours in its own sentence: replace only our part of it.
    const english = translate('en', source.key, source.params);
    const localized = translate(locale, source.key, source.params);
    error.message = error.message.includes(english) ? error.message.replace(english, localized) : localized;
    return;
  }
  const known = LIBRARY_ERRORS.find((entry) => entry.match(error));
  if (!known) return;
  error.message = translate(locale, known.key);
  Object.assign(error.extensions, { code: known.code });
}

/**
 * Writes the messages of the errors in a response in the request's language (Accept-Language,
 * else `defaultLocale`). Typed errors in result unions are translated by their own `message` field.
 */
export function useLocalizedErrors(defaultLocale: Locale): Plugin {
  return {
    onResultProcess({ request, result }) {
      const results = Array.isArray(result) ? result : [result];
      const locale = negotiateLocale(request.headers.get('accept-language'), defaultLocale);
      for (const one of results) {
        if (!one || typeof one !== 'object' || !('errors' in one) || !Array.isArray(one.errors)) continue;
        for (const error of one.errors) if (error instanceof GraphQLError) rewrite(error, locale);
      }
    },
  };
}
