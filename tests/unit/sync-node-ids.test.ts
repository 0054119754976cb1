import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { type GraphQLObjectType, type GraphQLResolveInfo, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';

const nodeTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node'),
);

describe('the id field of every Relay node (schema/shared/sync-node-ids.ts)', () => {
  it('covers the node types', () => {
    expect(nodeTypes.length).toBeGreaterThan(30);
    expect(nodeTypes.map((type) => type.name)).toEqual(expect.arrayContaining(['Enrolment', 'Selection', 'User']));
  });

  it.each(nodeTypes.map((type) => [type.name, type] as const))(
    '%s: answers at once with the global id of the row’s id column',
    (name, type) => {
      const resolve = type.getFields().id?.resolve;
      expect(resolve).toBeTypeOf('function');
      // Only the id column: a node whose id came from another column would not answer with this row's id.
      const id = resolve!({ id: '0190a1b2-0000-7000-8000-000000000001' }, {}, {}, {} as GraphQLResolveInfo);
      expect(id).not.toBeInstanceOf(Promise);
      expect(id).toBe(encodeGlobalID(name, '0190a1b2-0000-7000-8000-000000000001'));
      expect(decodeGlobalID(id as string)).toEqual({ typename: name, id: '0190a1b2-0000-7000-8000-000000000001' });
    },
  );
});
