import type { Plugin } from 'graphql-yoga';

/**
 * Largest multipart request accepted, in bytes (32 MB): above the largest upload any field allows
 * (a school plan, 20 MB), so an oversized file within it still gets its field's typed
 * FILE_TOO_LARGE error, while anything bigger is refused before Yoga buffers the parts in memory.
 */
export const MAX_MULTIPART_REQUEST_BYTES = 32 * 1024 * 1024;

/** Refuses a multipart request whose declared Content-Length passes `maxBytes` with 413. */
export function useMultipartCeiling(maxBytes = MAX_MULTIPART_REQUEST_BYTES): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST' || !request.headers.get('content-type')?.toLowerCase().startsWith('multipart/')) return;
      const length = Number(request.headers.get('content-length') ?? 0);
      if (!(length > maxBytes)) return;
      const message = `The request is too large: a multipart request may carry at most ${maxBytes / 1024 / 1024} MB (${maxBytes} bytes).`;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] }), {
          status: 413,
          headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
        }),
      );
    },
  };
}
