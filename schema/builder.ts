import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, getNamedType, getNullableType, isListType } from 'graphql';
import { z } from 'zod';
import type { Context } from '../api/context.js';
import type PrismaTypes from '../api/db/generated/pothos-types.js';
import { getDatamodel } from '../api/db/generated/pothos-types.js';
import type { Role } from '../api/db/generated/prisma/enums.js';
import { decodeCheckedGlobalID, isIssuedCursor } from './shared/ids.js';

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Largest page any connection returns; `first`/`last` above it are refused. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Cost of a field whose type is a connection: its sub-selection counts once per item of the requested page. */
const connectionCost = (args: Record<string, unknown>) => {
  const size =
    typeof args.first === 'number' ? args.first : typeof args.last === 'number' ? args.last : DEFAULT_PAGE_SIZE;
  return { field: 1, multiplier: Math.max(size, 1) };
};

const cursorArg = (arg: 'after' | 'before') => ({
  description: `Cursor of the item to start ${arg}, as \`pageInfo\` gave it; any other value is refused before the query runs.`,
  validate: z.string().refine(isIssuedCursor, `${arg} is not a cursor this API issued`),
});

const pageSize = (arg: 'first' | 'last') => ({
  description:
    `${arg === 'first' ? 'Items from the start' : 'Items from the end'}: 0 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}). ` +
    'The fields selected below count once per item toward the request’s cost limit (`extensions.cost`).',
  validate: z
    .number()
    .int()
    .min(0, `${arg} must not be negative`)
    .max(MAX_PAGE_SIZE, `${arg} must be at most ${MAX_PAGE_SIZE}`),
});

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: {
    /** A verified user is making the request. */
    authenticated: boolean;
    /** The viewer's role assignments cover the organisation at this path. */
    visible: string;
    /** The viewer holds one of these roles somewhere. */
    anyRole: Role[];
    /** The viewer holds one of `roles` on an organisation covering `path`. */
    roleOver: { roles: Role[]; path: string };
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    ID: { Input: string; Output: string | number | bigint };
    /** A file part of a multipart request (schema/files/upload-scalar.ts); input only. */
    Upload: { Input: File; Output: never };
  };
}>({
  defaultFieldNullability: false,
  plugins: [
    ScopeAuthPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    PrismaPlugin,
    RelayPlugin,
    DataloaderPlugin,
    ComplexityPlugin,
  ],
  validation: {
    // Argument checks (page sizes, cursors) fail as a client error with a code, before any SQL.
    validationError: (result) =>
      new GraphQLError(result.issues.map((issue) => issue.message).join('; '), {
        extensions: { code: 'BAD_USER_INPUT' },
      }),
  },
  scopeAuth: {
    // Object types check their scopes once, where they are returned: node(id), relations, lists.
    runScopesOnType: true,
    authScopes: (context) => ({
      authenticated: context.viewer.user !== null,
      visible: (path) => context.viewer.canSee(path),
      anyRole: (roles) => roles.some((role) => context.viewer.roles.has(role)),
      roleOver: ({ roles, path }) => context.viewer.holdsOver(roles, path),
    }),
  },
  errors: {
    defaultTypes: [],
    // Mutation `submitSelection` returns `SubmitSelectionResult` = `SubmitSelectionPayload` | typed errors.
    defaultResultOptions: { name: ({ fieldName }) => `${upperFirst(fieldName)}Payload` },
    defaultUnionOptions: { name: ({ fieldName }) => `${upperFirst(fieldName)}Result` },
  },
  prisma: {
    client: (context) => context.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeFieldOptions: { nullable: false },
    firstArgOptions: pageSize('first'),
    lastArgOptions: pageSize('last'),
    afterArgOptions: cursorArg('after'),
    beforeArgOptions: cursorArg('before'),
    decodeGlobalID: decodeCheckedGlobalID,
    // A connection's cost already counts its page; its item lists do not multiply again.
    edgesFieldOptions: { complexity: { field: 0, multiplier: 1 } },
    nodesOnConnection: { complexity: { field: 0, multiplier: 1 } },
    nodeQueryOptions: {
      description:
        'Fetches any object by its global ID. Objects the viewer may not see are null, exactly like missing ones.',
    },
    nodesQueryOptions: false,
  },
  complexity: {
    // Every field costs 1; a connection multiplies its sub-selection by the page size asked for
    // (`first`/`last`, or the default), other lists by 10. The limit is enforced per request by the
    // HTTP layer (api/http/cost-limit.ts), which also reports the cost in `extensions.cost`.
    fieldComplexity: (args, _context, field) =>
      getNamedType(field.type).name.endsWith('Connection')
        ? connectionCost(args)
        : isListType(getNullableType(field.type))
          ? { field: 1, multiplier: 10 }
          : 1,
  },
});

builder.queryType({ description: 'Everything a portal can read.' });
builder.mutationType({
  description:
    'Everything a portal can change. Each mutation takes one `input` and returns its payload or a typed error.',
});

builder.scalarType('DateTime', {
  description: 'An instant in time, as an ISO-8601 string with a time zone (UTC on output).',
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === 'string' ? new Date(value) : null;
    // A GraphQLError, so the message reaches the client instead of being masked.
    if (!date || Number.isNaN(date.getTime()))
      throw new GraphQLError(`DateTime must be an ISO-8601 string with a time zone; got ${JSON.stringify(value)}.`);
    return date;
  },
});
