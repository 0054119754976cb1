import type { Plugin } from 'graphql-yoga';
import { localizedError } from '../i18n/localized-errors.js';
import { defineMessages } from '../i18n/messages.js';

/** Largest JSON request body accepted, in bytes (1 MB); a portal's largest operation is a few KB. */
export const DEFAULT_MAX_JSON_BYTES = 1024 * 1024;

/**
 * Largest request of any kind, in bytes (32 MB), enforced by Yoga (`maxRequestBodySize`) whether or
 * not a length is declared: above the largest upload any field allows (a school plan, 20 MB), so an
 * oversized file within it still gets its field's typed FILE_TOO_LARGE error, while anything bigger
 * is refused with 413 before it is buffered.
 */
export const MAX_REQUEST_BYTES = 32 * 1024 * 1024;

defineMessages({
  'REQUEST_ENTITY_TOO_LARGE.json': {
    en: 'The request is too large: a JSON request may carry at most {maxBytes} bytes.',
    'zh-CN': '请求过大：JSON 请求最多 {maxBytes} 字节。',
  },
});

const tooLarge = (maxBytes: number) =>
  localizedError('REQUEST_ENTITY_TOO_LARGE.json', { maxBytes }, { http: { status: 413 } });

const isJson = (request: Request) =>
  /^application\/(json|graphql\+json)/i.test(request.headers.get('content-type') ?? '');

/** Reads a body of unknown length, giving up as soon as it passes `maxBytes`. */
async function readCapped(request: Request, maxBytes: number): Promise<string> {
  const reader = request.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Refuses JSON request bodies above `maxJsonBytes` with 413 before they are parsed (multipart
 * requests keep the larger `MAX_REQUEST_BYTES`). A body sent without a length (chunked) is read only
 * up to the limit.
 */
export function useJsonBodyLimit(maxJsonBytes = DEFAULT_MAX_JSON_BYTES): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      if (request.method !== 'POST' || !isJson(request)) return;
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxJsonBytes) throw tooLarge(maxJsonBytes);
      // With a declared length, Node's HTTP parser never delivers more than that many bytes.
      if (declared !== null || !requestParser) return;
      setRequestParser(async (original) => {
        const text = await readCapped(original, maxJsonBytes);
        return requestParser(
          new fetchAPI.Request(original.url, { method: 'POST', headers: original.headers, body: text }),
        );
      });
    },
  };
}
