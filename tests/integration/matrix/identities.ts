/** Rows of the operations of sign-on identities. */
import type { Row } from './kit.js';

export const rows: Record<string, Row> = {};
