import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, Kind, print } from 'graphql';
import { ERROR_TYPENAMES, type ErrorTypename } from './generated/graphql.js';

// ---------------------------------------------------------------------------------------------------------------------
// Errors

/** One entry of a GraphQL response's `errors`. `extensions.code` says what went wrong (e.g. `UNAUTHENTICATED`). */
export interface TishengGraphQLError {
  message: string;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * Thrown by `request` (and `paginate`) when the server answers with an HTTP error or a response carrying `errors`.
 * Typed errors the schema returns as data (`NotFoundError`, `ValidationError`, …) are not thrown: see `matchResult`.
 */
export class TishengRequestError extends Error {
  override readonly name = 'TishengRequestError';
  /** HTTP status of the response: 200 when the request ran but its response carried `errors`. */
  readonly status: number;
  /** The response's `errors`; at least one. */
  readonly errors: readonly TishengGraphQLError[];
  /** Whatever (partial) `data` the response carried. */
  readonly data: unknown;
  readonly operationName: string | undefined;

  constructor(init: {
    status: number;
    errors: readonly TishengGraphQLError[];
    data?: unknown;
    operationName?: string | undefined;
  }) {
    const what = init.operationName ? `${init.operationName} failed` : 'GraphQL request failed';
    super(`${what} (HTTP ${init.status}): ${init.errors.map((error) => error.message).join('; ')}`);
    this.status = init.status;
    this.errors = init.errors;
    this.data = init.data ?? null;
    this.operationName = init.operationName;
  }

  /** The `extensions.code` of every error that has one. */
  get codes(): string[] {
    return this.errors.flatMap((error) => (typeof error.extensions?.code === 'string' ? [error.extensions.code] : []));
  }

  /** True when the token was missing, expired or not trusted (HTTP 401): sign in again. */
  get isUnauthenticated(): boolean {
    return this.status === 401 || this.codes.includes('UNAUTHENTICATED');
  }

  hasCode(code: string): boolean {
    return this.codes.includes(code);
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Client

export type TokenSource = () => string | null | undefined | Promise<string | null | undefined>;

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `https://api.example.org/graphql`. */
  url: string | URL;
  /** A fixed bearer token. Use `getToken` instead when tokens are refreshed. */
  token?: string;
  /** Called before every request; `null`/`undefined` means an anonymous request. */
  getToken?: TokenSource;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Sent with every request. */
  headers?: HeadersInit;
  /**
   * Send the SDK's own operations as trusted documents: their id (the sha256 codegen wrote into each document, in
   * `extensions.persistedQuery`) instead of their text. Documents the SDK did not generate are sent as text. When the
   * API does not know an id (it runs an older schema than this SDK), `request` sends the text once instead. Turn it on
   * where the API runs with PERSISTED_DOCUMENTS=only. Default false.
   */
  persistedDocuments?: boolean;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sent with this request (after the client's headers). */
  headers?: HeadersInit;
}

/** An object type without properties: assignable to a variables type exactly when none of its variables is required. */
type NoVariables = Record<never, never>;

/** `request`'s arguments after the document: variables are optional exactly when the operation requires none. */
export type RequestArgs<TVariables> = NoVariables extends TVariables
  ? [variables?: TVariables, options?: RequestOptions]
  : [variables: TVariables, options?: RequestOptions];

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** Any Relay connection: `pageInfo` plus `nodes` (or `edges { node }`). */
export interface ConnectionLike<TNode> {
  pageInfo: PageInfoLike;
  nodes?: ReadonlyArray<TNode> | null;
  edges?: ReadonlyArray<{ node: TNode } | null> | null;
}

/** Variables a document must declare to be paginated. */
export interface PaginationVariables {
  first?: number | null;
  after?: string | null;
}

export interface PaginateOptions extends RequestOptions {
  /** Items per request: 1 to 100 (the API's maximum), default 100. */
  pageSize?: number;
}

export const MAX_PAGE_SIZE = 100;

export interface TishengClient {
  /** Runs one operation; resolves to its `data`, rejects with `TishengRequestError`. */
  request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: RequestArgs<NoInfer<TVariables>>
  ): Promise<TResult>;
  /**
   * Every node of a connection, page after page: runs `document` with `first` = page size and `after` = the previous
   * page's `endCursor` until `hasNextPage` is false. `select` picks the connection out of the result.
   */
  paginate<TResult, TVariables extends PaginationVariables, TNode>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: NoInfer<Omit<TVariables, 'first' | 'after'>>,
    select: (data: TResult) => ConnectionLike<TNode> | null | undefined,
    options?: PaginateOptions,
  ): AsyncIterable<TNode>;
  /**
   * Follows a subscription over server-sent events (`Accept: text/event-stream`; no EventSource needed): yields each
   * event's `data`; ends when the server completes the stream; rejects with `TishengRequestError` when the server
   * refuses it (an HTTP error, or an event carrying `errors`, e.g. NOT_FOUND for a class the viewer may not follow).
   * Leaving the loop (`break`) or aborting `options.signal` closes the stream.
   */
  subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: RequestArgs<NoInfer<TVariables>>
  ): AsyncIterable<TResult>;
}

interface PreparedDocument {
  query: string;
  operationName: string | undefined;
  /** The trusted-document id codegen gave the document (`__meta__.hash`), if any. */
  hash: string | undefined;
}

/** The body of a GraphQL request: the document's text, or its trusted-document id in `extensions.persistedQuery`. */
interface OperationBody {
  query?: string;
  operationName: string | undefined;
  variables: unknown;
  extensions?: { persistedQuery: { version: 1; sha256Hash: string } };
}

/** Codes an API answers with when it does not know a trusted-document id (this API's, Yoga's and Apollo's). */
const UNKNOWN_DOCUMENT_CODES = [
  'PERSISTED_DOCUMENT_NOT_FOUND',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'PERSISTED_QUERY_NOT_FOUND',
];

const prepared = new WeakMap<DocumentNode, PreparedDocument>();

function prepare(document: DocumentNode): PreparedDocument {
  let entry = prepared.get(document);
  if (!entry) {
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const meta: unknown = (document as { __meta__?: unknown }).__meta__;
    entry = {
      query: print(document),
      operationName: operation?.kind === Kind.OPERATION_DEFINITION ? operation.name?.value : undefined,
      hash: isRecord(meta) && typeof meta.hash === 'string' ? meta.hash : undefined,
    };
    prepared.set(document, entry);
  }
  return entry;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isFile = (value: unknown): value is Blob => typeof Blob !== 'undefined' && value instanceof Blob;

/** Replaces every `Blob`/`File` in `value` by null, recording where it was (`variables.input.file`). */
function extractFiles(value: unknown, path: string, files: Map<Blob, string[]>): unknown {
  if (isFile(value)) {
    files.set(value, [...(files.get(value) ?? []), path]);
    return null;
  }
  if (Array.isArray(value)) return value.map((item, index) => extractFiles(item, `${path}.${index}`, files));
  if (isRecord(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, extractFiles(item, `${path}.${key}`, files)]),
    );
  }
  return value;
}

/**
 * JSON, or — when the variables hold files (`Upload` scalars) — a multipart request as the GraphQL multipart request
 * spec has it: `operations` (with the files nulled), `map` (part name → variable paths), then one part per file.
 */
function encodeBody(operation: OperationBody, headers: Headers): string | FormData {
  const files = new Map<Blob, string[]>();
  const variables = extractFiles(operation.variables, 'variables', files);
  if (files.size === 0) {
    headers.set('content-type', 'application/json');
    return JSON.stringify(operation);
  }
  headers.delete('content-type'); // fetch sets multipart/form-data with its boundary
  // A browser sends multipart without a CORS preflight; the server's CSRF check asks for this header.
  headers.set('x-graphql-yoga-csrf', '1');
  const form = new FormData();
  form.append('operations', JSON.stringify({ ...operation, variables }));
  const entries = [...files];
  form.append('map', JSON.stringify(Object.fromEntries(entries.map(([, paths], index) => [String(index), paths]))));
  entries.forEach(([file], index) => {
    form.append(String(index), file);
  });
  return form;
}

function toGraphQLError(value: unknown): TishengGraphQLError {
  if (isRecord(value) && typeof value.message === 'string') return value as unknown as TishengGraphQLError;
  return { message: String(value) };
}

export function createClient(options: ClientOptions): TishengClient {
  if (options.token !== undefined && options.getToken)
    throw new TypeError('createClient: pass either `token` or `getToken`, not both');
  const url = String(options.url);
  const getToken: TokenSource = options.getToken ?? (() => options.token);

  /** The request body for `document`: by its trusted-document id when the client sends those and it has one. */
  function bodyOf(document: PreparedDocument, variables: unknown, asText = false): OperationBody {
    const { query, operationName, hash } = document;
    if (options.persistedDocuments && hash && !asText) {
      return { operationName, variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
    }
    return { query, operationName, variables };
  }

  /** POSTs an operation with the client's and the request's headers and the current token. */
  async function send(
    operation: OperationBody,
    accept: string,
    requestOptions: RequestOptions | undefined,
  ): Promise<Response> {
    const headers = new Headers({ accept });
    const copy = (value: string, name: string) => {
      headers.set(name, value);
    };
    new Headers(options.headers).forEach(copy);
    new Headers(requestOptions?.headers).forEach(copy);
    const token = await getToken();
    if (token) headers.set('authorization', `Bearer ${token}`);

    const fetchImpl = options.fetch ?? globalThis.fetch;
    return fetchImpl(url, {
      method: 'POST',
      headers,
      body: encodeBody(operation, headers),
      ...(requestOptions?.signal ? { signal: requestOptions.signal } : {}),
    });
  }

  async function request<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: RequestArgs<NoInfer<TVariables>>
  ): Promise<TResult> {
    const [variables, requestOptions] = args;
    const prepared = prepare(document);
    const { operationName } = prepared;
    const post = async (asText: boolean) => {
      const response = await send(
        bodyOf(prepared, variables ?? {}, asText),
        'application/graphql-response+json, application/json',
        requestOptions,
      );
      const text = await response.text();
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = undefined;
      }
      const payload = isRecord(body) ? body : {};
      const errors = Array.isArray(payload.errors) ? payload.errors.map(toGraphQLError) : [];
      return { response, payload, errors };
    };

    let { response, payload, errors } = await post(false);
    const sentId = options.persistedDocuments === true && prepared.hash !== undefined;
    if (sentId && errors.some((error) => UNKNOWN_DOCUMENT_CODES.includes(String(error.extensions?.code)))) {
      ({ response, payload, errors } = await post(true));
    }

    if (!response.ok || errors.length > 0) {
      throw new TishengRequestError({
        status: response.status,
        errors: errors.length > 0 ? errors : [{ message: `${response.status} ${response.statusText}`.trim() }],
        data: payload.data,
        operationName,
      });
    }
    if (!isRecord(payload.data)) {
      throw new TishengRequestError({
        status: response.status,
        errors: [{ message: 'The response carried no data' }],
        operationName,
      });
    }
    return payload.data as TResult;
  }

  function paginate<TResult, TVariables extends PaginationVariables, TNode>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: NoInfer<Omit<TVariables, 'first' | 'after'>>,
    select: (data: TResult) => ConnectionLike<TNode> | null | undefined,
    paginateOptions: PaginateOptions = {},
  ): AsyncIterable<TNode> {
    const { pageSize = MAX_PAGE_SIZE, ...requestOptions } = paginateOptions;
    const first = Number.isFinite(pageSize)
      ? Math.min(Math.max(1, Math.floor(pageSize)), MAX_PAGE_SIZE)
      : MAX_PAGE_SIZE;
    const run = request as (
      document: DocumentNode,
      variables: PaginationVariables,
      options: RequestOptions,
    ) => Promise<TResult>;
    return {
      async *[Symbol.asyncIterator]() {
        let after: string | null = null;
        for (;;) {
          const connection = select(await run(document, { ...variables, first, after }, requestOptions));
          if (!connection) return;
          if (connection.nodes) yield* connection.nodes;
          else for (const edge of connection.edges ?? []) if (edge) yield edge.node;

          const { hasNextPage, endCursor } = connection.pageInfo;
          if (!hasNextPage) return;
          if (!endCursor || endCursor === after)
            throw new Error(
              'paginate: the connection has a next page but no new endCursor (select pageInfo { hasNextPage endCursor })',
            );
          after = endCursor;
        }
      },
    };
  }

  function subscribe<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: RequestArgs<NoInfer<TVariables>>
  ): AsyncIterable<TResult> {
    const [variables, requestOptions] = args;
    const prepared = prepare(document);
    const { operationName } = prepared;
    return {
      async *[Symbol.asyncIterator]() {
        const response = await send(bodyOf(prepared, variables ?? {}), 'text/event-stream', requestOptions);
        if (!response.ok || !response.body) {
          throw new TishengRequestError({
            status: response.status,
            errors: [{ message: `${response.status} ${response.statusText}`.trim() }],
            operationName,
          });
        }
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        try {
          for await (const event of serverSentEvents(reader)) {
            if (event.event === 'complete') return;
            if (event.event !== 'next') continue;
            const payload: unknown = JSON.parse(event.data);
            const body = isRecord(payload) ? payload : {};
            const errors = Array.isArray(body.errors) ? body.errors.map(toGraphQLError) : [];
            if (errors.length > 0 || !isRecord(body.data)) {
              throw new TishengRequestError({
                status: response.status,
                errors: errors.length > 0 ? errors : [{ message: 'The event carried no data' }],
                data: body.data,
                operationName,
              });
            }
            yield body.data as TResult;
          }
        } finally {
          await reader.cancel().catch(() => {});
        }
      },
    };
  }

  return { request, paginate, subscribe };
}

/** The events of a text/event-stream body: `event` (default `message`) and the joined `data` lines; comments skipped. */
async function* serverSentEvents(
  reader: ReadableStreamDefaultReader<string>,
): AsyncGenerator<{ event: string; data: string }> {
  let buffer = '';
  for (;;) {
    const read = await reader.read();
    if (read.done) return;
    buffer += read.value.replace(/\r\n?/g, '\n');
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0 || event !== 'message') yield { event, data: data.join('\n') };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// Result unions
//
// Mutations return unions of a payload type and error types implementing `Error { code message }`, e.g.
// `union CreateProgrammeResult = CreateProgrammePayload | ValidationError | NotFoundError`. Select `__typename` on the
// union and `... on Error { code message }` to use these helpers.

interface Typed {
  readonly __typename: string;
}

const ERROR_TYPENAME_SET: ReadonlySet<string> = new Set(ERROR_TYPENAMES);

/** The members of result union `T` that are errors (their types implement the `Error` interface). */
export type ErrorMember<T> = Extract<T, { __typename: ErrorTypename }>;

/** The members of result union `T` that are not errors. */
export type PayloadMember<T> = Exclude<T, { __typename: ErrorTypename }>;

type TypenameOf<T> = T extends { __typename: infer N extends string } ? N : never;
type MemberOf<T, K extends string> = T extends { __typename: infer N } ? (K extends N ? T : never) : never;
type Handler<T, K extends string> = (value: MemberOf<T, K>) => unknown;

type PayloadHandlers<T> = { [K in TypenameOf<PayloadMember<T>>]: Handler<T, K> };
type SpecificErrorHandlers<T> = { [K in TypenameOf<ErrorMember<T>>]: Handler<T, K> };
type ErrorHandlers<T> = [ErrorMember<T>] extends [never]
  ? unknown
  : (Partial<SpecificErrorHandlers<T>> & { Error: (error: ErrorMember<T>) => unknown }) | SpecificErrorHandlers<T>;

/**
 * Handlers for `matchResult`: one for every payload `__typename`; for errors, one per error `__typename` or an
 * `Error` fallback for those without one of their own.
 */
export type ResultHandlers<T> = PayloadHandlers<T> & ErrorHandlers<T>;

type HandlerResult<H> = { [K in keyof H]-?: H[K] extends (...args: never[]) => infer R ? R : never }[keyof H];

/** True when `result` is one of its union's error members; narrows it (and, when false, to the payload members). */
export function isError<T extends Typed>(result: T): result is ErrorMember<T> {
  return ERROR_TYPENAME_SET.has(result.__typename);
}

/**
 * Calls the handler for `result.__typename` and returns what it returns. The handlers must cover the union:
 *
 *     matchResult(data.createProgramme, {
 *       CreateProgrammePayload: ({ programme }) => programme.id,
 *       ValidationError: ({ issues }) => showIssues(issues),
 *       Error: ({ code, message }) => showError(code, message), // every other error member
 *     });
 *
 * An error type the SDK does not know yet (added to the API after it was generated) goes to `Error` when it has a
 * `code` and a `message`; any other unhandled `__typename` throws.
 */
export function matchResult<T extends Typed, H extends ResultHandlers<T>>(result: T, handlers: H): HandlerResult<H> {
  const table = handlers as unknown as Record<string, ((value: T) => unknown) | undefined>;
  const own = table[result.__typename];
  if (own) return own(result) as HandlerResult<H>;
  const fallback = table.Error;
  const record = result as unknown as Record<string, unknown>;
  const errorLike =
    ERROR_TYPENAME_SET.has(result.__typename) ||
    (typeof record.code === 'string' && typeof record.message === 'string');
  if (fallback && errorLike) return fallback(result) as HandlerResult<H>;
  throw new TypeError(`matchResult: no handler for __typename "${result.__typename}"`);
}
