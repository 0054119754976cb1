import { decodeGlobalID } from '@pothos/plugin-relay';

/**
 * The database id inside a global ID of `typename`; null for a malformed ID or one of another
 * type. For lists of IDs that are reported item by item (e.g. unknown competencies) rather than
 * refused whole, as `t.arg.globalID({ for })` does.
 */
export function decodeIDOrNull(typename: string, globalID: string): string | null {
  try {
    const decoded = decodeGlobalID(globalID);
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}
