/** Rows of the operations of batches: stages, totals, selection windows and their extensions. */
import type { Row } from './kit.js';

export const rows: Record<string, Row> = {};
