/**
 * The bench data's building blocks: a seeded PRNG (the same sequence on every machine) and bulk tables (a list of
 * columns and rows, inserted with one unnest() statement each). Used by data.ts and learning-data.ts.
 */
import type { SqlTransaction } from '../../api/db/sql-runner.js';

// ---------------------------------------------------------------------------------------------------------------
// A seeded PRNG (mulberry32): the same sequence on every machine.

export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(values: readonly T[]) => values[int(values.length)] as T,
    /** A version-4-shaped UUID from the sequence. */
    uuid() {
      const hex = Array.from({ length: 16 }, () => int(256));
      hex[6] = ((hex[6] as number) & 0x0f) | 0x40;
      hex[8] = ((hex[8] as number) & 0x3f) | 0x80;
      const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
    },
  };
}

export type Random = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------------------------
// Bulk rows: each table is a list of columns (name, SQL type) and rows of values; inserted with one unnest().

export type Value = string | number | boolean | null;

export class Table {
  readonly rows: Value[][] = [];
  constructor(
    readonly name: string,
    readonly columns: ReadonlyArray<readonly [string, string]>,
  ) {}
  add(...values: Value[]) {
    if (values.length !== this.columns.length)
      throw new Error(`${this.name}: ${values.length} values for ${this.columns.length} columns`);
    this.rows.push(values);
  }
  async insert(tx: SqlTransaction) {
    if (this.rows.length === 0) return;
    const names = this.columns.map(([name]) => `"${name}"`).join(', ');
    const casts = this.columns.map(([, type], i) => `c${i}::${type}`).join(', ');
    const aliases = this.columns.map((_, i) => `c${i}`).join(', ');
    const arrays = this.columns.map((_, i) => this.rows.map((row) => (row[i] === null ? null : String(row[i]))));
    const params = arrays.map((_, i) => `$${i + 1}::text[]`).join(', ');
    await tx.query(
      `INSERT INTO "${this.name}" (${names}) SELECT ${casts} FROM unnest(${params}) AS u(${aliases})`,
      arrays,
    );
  }
}

export const ts = 'timestamp(3)';

/** A moment `days` (fractional) after `start`, as SQL text (timestamp without time zone, UTC). */
export const at = (start: string, days: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + Math.round(days * 86_400_000)).toISOString().replace('Z', '');
