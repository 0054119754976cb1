import { decodeGlobalID } from '@pothos/plugin-relay';
import { localizedError } from '../../api/i18n/localized-errors.js';
import { defineMessages } from '../../api/i18n/messages.js';

defineMessages({
  'BAD_USER_INPUT.id': {
    en: 'The ID {value} is not one this API issued.',
    'zh-CN': 'ID {value} 不是本接口签发的。',
  },
});

/** Database ids are UUIDs (`@default(uuid(7))`, or v4 for a few written in bulk). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed ID: a client error with a code, raised before any SQL runs. */
function badId(value: string) {
  const shown = value.length > 64 ? `${value.slice(0, 64)}…` : value;
  return localizedError('BAD_USER_INPUT.id', { value: JSON.stringify(shown) });
}

/**
 * Decodes a global ID ("Typename:uuid" in base64), refusing anything whose id part is not a UUID
 * (a NUL byte, an object, a number), so a forged ID never reaches the database. The relay plugin
 * uses it for every `ID` argument and `node(id)`.
 */
export function decodeCheckedGlobalID(globalID: string): { typename: string; id: string } {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalID);
  } catch {
    throw badId(globalID);
  }
  if (!UUID.test(decoded.id)) throw badId(globalID);
  return decoded;
}

/**
 * The database id inside a global ID of `typename`; null for a malformed ID or one of another
 * type. For lists of IDs that are reported item by item (e.g. unknown competencies) rather than
 * refused whole, as `t.arg.globalID({ for })` does.
 */
export function decodeIDOrNull(typename: string, globalID: string): string | null {
  try {
    const decoded = decodeCheckedGlobalID(globalID);
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}

/**
 * The cursors this API issues: plugin-prisma's for an `id` cursor ("GPC:S:<uuid>") and the relay
 * plugin's offset cursors ("OffsetConnection:<n>"), base64-encoded.
 */
const CURSOR = /^(?:GPC:S:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|OffsetConnection:\d{1,9})$/i;

/** True for a pagination cursor this API could have issued; anything else is refused before any SQL. */
export function isIssuedCursor(cursor: string): boolean {
  if (cursor.length > 80 || !/^[A-Za-z0-9+/=_-]*$/.test(cursor)) return false;
  return CURSOR.test(Buffer.from(cursor, 'base64').toString('utf8'));
}
