import { randomBytes } from 'node:crypto';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';

/** The API's opaque global ID of a row: `gid('Organisation', school.id)`. */
export const gid = (type: string, id: string) => encodeGlobalID(type, id);

/** The row ID inside a global ID. */
export const rawId = (globalId: string) => decodeGlobalID(globalId).id;

/** Eight hex characters, different on every call: codes, logins and names that no other test shares. */
export const unique = () => randomBytes(4).toString('hex');

const DAY = 24 * 60 * 60 * 1000;

/** Now plus (or minus) a number of days. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);
