/** Rows of the operations of organisations: provinces, cities, districts, schools, classes and groups. */
import type { Row } from './kit.js';

export const rows: Record<string, Row> = {};
