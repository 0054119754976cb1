import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';

/** Decodes a global ID and refuses one of another type (or a malformed one) with INVALID_ID. */
export function decodeIDOrThrow(typename: string, globalID: string): string {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    throw new GraphQLError(`"${globalID}" is not a valid ID.`, { extensions: { code: 'INVALID_ID' } });
  }
  if (decoded.typename !== typename) {
    throw new GraphQLError(`ID "${globalID}" is a ${decoded.typename} ID; a ${typename} ID is expected.`, {
      extensions: { code: 'INVALID_ID' },
    });
  }
  return decoded.id;
}
