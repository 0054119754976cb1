import type { BatchesValue } from '../input.js';

/** Batch rows in the order given: `position` keeps the district's order. */
export function batchRows(batches: BatchesValue) {
  return batches.map((batch, position) => ({ ...batch, position }));
}
