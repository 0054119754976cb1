import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
// The trusted documents: the SDK's operations, hashed by codegen.ts next to the generated SDK. Imported (not read from
// a path) so that `npm run build` copies it into dist/ beside the code and a clone or a build finds it alike.
import manifest from '../../sdk/src/generated/persisted-documents.json' with { type: 'json' };
import type { VerifiedToken } from '../auth/issuers.js';
import { localizedError } from '../i18n/localized-errors.js';
import { defineMessages } from '../i18n/messages.js';

/**
 * What the API does with trusted (persisted) documents (config PERSISTED_DOCUMENTS):
 * - `off`: only document texts; an id is not looked up.
 * - `allow`: an id from the manifest, or any document text.
 * - `only`: people and anonymous callers may send only ids from the manifest; registered sync clients (provincial
 *   systems write their own queries) may still send document texts.
 */
export const PERSISTED_DOCUMENT_MODES = ['off', 'allow', 'only'] as const;
export type PersistedDocumentsMode = (typeof PERSISTED_DOCUMENT_MODES)[number];

/** The trusted documents by id (the hex sha256 of the text). */
export type PersistedDocumentStore = ReadonlyMap<string, string>;

/** The manifest committed with the SDK (`sdk/src/generated/persisted-documents.json`, written by `npm run codegen`). */
export const SDK_PERSISTED_DOCUMENTS: PersistedDocumentStore = new Map(
  Object.entries(manifest as Record<string, string>),
);

defineMessages({
  PERSISTED_DOCUMENT_NOT_FOUND: {
    en: 'No trusted document has the id {id}: the client was built from operations this API does not know (update the SDK or the API).',
    'zh-CN': '没有编号为 {id} 的可信文档：客户端所用的操作本 API 不认识（请更新 SDK 或 API）。',
  },
  PERSISTED_DOCUMENT_REQUIRED: {
    en: 'This API accepts only trusted documents: send the id of one of the SDK’s operations (documentId or extensions.persistedQuery), not a document text.',
    'zh-CN':
      '本 API 只接受可信文档：请发送 SDK 中某个操作的编号（documentId 或 extensions.persistedQuery），而不是文档文本。',
  },
  PERSISTED_DOCUMENT_MISSING: {
    en: 'The request carries neither a document (query) nor the id of a trusted document.',
    'zh-CN': '请求既没有文档（query），也没有可信文档的编号。',
  },
});

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The document id of a request: `documentId` (the GraphQL over HTTP draft, `sha256:<hex>` or the bare hex) or
 * `extensions.persistedQuery.sha256Hash` (version 1, as Apollo and Yoga's plugin send it); null when it has neither.
 */
export function persistedDocumentId(params: GraphQLParams & { documentId?: unknown }): string | null {
  const { documentId } = params;
  if (typeof documentId === 'string') return documentId.replace(/^sha256:/, '');
  return defaultExtractPersistedOperationId(params, undefined as never, {});
}

/**
 * Yoga's persisted-operations plugin over `store` for `mode` (none when `off`). In `only` mode a request with a
 * document text is let through only when `authenticate` names a registered sync client; refusals are coded errors
 * (PERSISTED_DOCUMENT_REQUIRED, PERSISTED_DOCUMENT_NOT_FOUND, PERSISTED_DOCUMENT_MISSING), HTTP 400.
 */
export function persistedDocumentPlugins(
  mode: PersistedDocumentsMode,
  authenticate: (request: Request) => Promise<VerifiedToken | null>,
  store: PersistedDocumentStore = SDK_PERSISTED_DOCUMENTS,
): Plugin[] {
  if (mode === 'off') return [];
  const badRequest = { http: { status: 400 } };
  return [
    usePersistedOperations({
      getPersistedOperation: (id) => (SHA256_HEX.test(id) ? (store.get(id) ?? null) : null),
      extractPersistedOperationId: persistedDocumentId,
      allowArbitraryOperations:
        mode === 'allow' ? true : async (request) => (await authenticate(request))?.subjects === 'syncClient',
      customErrors: {
        notFound: ({ params }) =>
          localizedError(
            'PERSISTED_DOCUMENT_NOT_FOUND',
            { id: String(persistedDocumentId(params)).slice(0, 80) },
            badRequest,
          ),
        persistedQueryOnly: () => localizedError('PERSISTED_DOCUMENT_REQUIRED', {}, badRequest),
        keyNotFound: () => localizedError('PERSISTED_DOCUMENT_MISSING', {}, badRequest),
      },
    }),
  ];
}
