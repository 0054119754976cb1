export type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
export * from './assertion.js';
export {
  type ClientOptions,
  type ConnectionLike,
  createClient,
  type ErrorMember,
  isError,
  MAX_PAGE_SIZE,
  matchResult,
  type PageInfoLike,
  type PaginateOptions,
  type PaginationVariables,
  type PayloadMember,
  type RequestArgs,
  type RequestOptions,
  type ResultHandlers,
  type TishengClient,
  type TishengGraphQLError,
  TishengRequestError,
  type TokenSource,
} from './client.js';
export * from './generated/graphql.js';
export * from './sync.js';
