import SchemaBuilder, { BasePlugin, isThenable, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLFieldResolver } from 'graphql';

/**
 * The `id` field of every Relay node, answered synchronously. The relay plugin resolves it through an `async`
 * function (`t.globalID`), so every node's `id` is a promise, and graphql-js then awaits each node object and every
 * list holding one (a Promise.all per object and list): on the class dashboard, about 400 promises a page of 50 for
 * values already in the row. This plugin calls the node's own id option (plugin-prisma's reads the row's id column)
 * and encodes the result as the relay plugin does (`encodeGlobalID`: no custom `encodeGlobalID` is configured); an id
 * option that answers with a promise goes through the relay plugin's resolver unchanged.
 * `tests/unit/sync-node-ids.test.ts` checks every node type's `id` field: synchronous, and the relay plugin's encoding.
 */
declare global {
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      syncNodeIds: SyncNodeIdsPlugin<Types>;
    }
  }
}

type IdResolver = (parent: unknown, args: object, context: unknown, info: unknown) => unknown;

export class SyncNodeIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (fieldConfig.kind !== 'Object' || fieldConfig.name !== 'id') return resolver;
    if (this.builder.options.relay?.encodeGlobalID) return resolver;
    const typeConfig = this.buildCache.getTypeConfig(fieldConfig.parentType);
    if (typeConfig.kind !== 'Object' || !typeConfig.interfaces.some((ref) => ref.name === 'Node')) return resolver;
    const idOption = (typeConfig.pothosOptions as { id?: { resolve?: IdResolver } }).id;
    const resolveId = idOption?.resolve;
    if (typeof resolveId !== 'function') return resolver;
    const typeName = typeConfig.name;
    return (parent, args, context, info) => {
      const id = resolveId(parent, args, context, info);
      return isThenable(id) ? resolver(parent, args, context, info) : encodeGlobalID(typeName, String(id));
    };
  }
}

SchemaBuilder.registerPlugin('syncNodeIds', SyncNodeIdsPlugin);
