/** Rows of the operations of people: users, imports, role grants and their history. */
import type { Row } from './kit.js';

export const rows: Record<string, Row> = {};
