export {
  createClient,
  isError,
  matchResult,
  MAX_PAGE_SIZE,
  TishengRequestError,
  type ClientOptions,
  type ConnectionLike,
  type ErrorMember,
  type PageInfoLike,
  type PaginateOptions,
  type PaginationVariables,
  type PayloadMember,
  type RequestArgs,
  type RequestOptions,
  type ResultHandlers,
  type TishengClient,
  type TishengGraphQLError,
  type TokenSource,
} from './client.js';
export type { ResultOf, TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
export * from './generated/graphql.js';
