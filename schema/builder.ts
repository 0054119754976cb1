import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { getNamedType, getNullableType, isListType } from 'graphql';
import type { Context } from '../api/context.js';
import type PrismaTypes from '../api/db/generated/pothos-types.js';
import { getDatamodel } from '../api/db/generated/pothos-types.js';
import './shared/authz/plugin.js';
import './shared/sync-node-ids.js';
import { fileReachable } from './shared/file-reachable.js';
import { decodeCheckedGlobalID } from './shared/ids.js';
import {
  argumentError,
  connectionCost,
  cursorArg,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  pageSizeArg,
} from './shared/pagination.js';

const upperFirst = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: {
    /** The viewer's role assignments cover the organisation at this path. */
    visible: string;
    /** The viewer may download this file: by its organisation, or through a record sharing it (file-access.ts). */
    fileReachable: { id: string; orgPath: string };
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
    // After the others, so it wraps the resolver inside them: its NOT_FOUND and FORBIDDEN_ACTION become typed results.
    'authorize',
    // Replaces the relay plugin's `async` resolver of nodes' `id` fields (no other field): see sync-node-ids.ts.
    'syncNodeIds',
  ],
  validation: {
    // Argument checks (page sizes, cursors) fail as a client error with a code, before any SQL.
    validationError: argumentError,
  },
  scopeAuth: {
    // Object types check their scopes once, where they are returned: node(id), relations, lists.
    runScopesOnType: true,
    authScopes: (context) => ({
      visible: (path) => context.viewer.canSee(path),
      fileReachable: (file) => fileReachable(context).load(file),
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
    firstArgOptions: pageSizeArg('first'),
    lastArgOptions: pageSizeArg('last'),
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
