import { getDatamodel } from './generated/pothos-types.js';
import { Prisma } from './generated/prisma/client.js';

/**
 * Helpers for a page-level statement: one hand-written SQL statement that loads a hot page's rows in the shape Prisma
 * would return for a declared query (its "statement query"), so plugin-prisma resolves the page's relations from them
 * as it would from `findMany`. The statement is used only when it covers what the GraphQL selection asked for
 * (`statementCovers`); its rows come back as JSON, and `dateReviver` turns their DateTime values into Dates.
 */

/** The part of a Prisma query these helpers read: `include` (every scalar plus relations) or `select`. */
export interface StatementQuery {
  include?: Record<string, unknown>;
  select?: Record<string, unknown>;
  orderBy?: unknown;
  [key: string]: unknown;
}

interface ModelField {
  name: string;
  kind: string;
  type: string;
}

const models = getDatamodel().datamodel.models as unknown as Record<string, { fields: ModelField[] }>;

function fieldOf(model: string, name: string): ModelField {
  const field = models[model]?.fields.find((f) => f.name === name);
  if (!field) throw new Error(`page statement: ${model} has no field ${name}`);
  return field;
}

/** Keys of a nested relation query other than the selection: a covered query must ask for them exactly as declared. */
const ARGUMENT_KEYS = ['where', 'orderBy', 'take', 'skip', 'cursor', 'distinct'] as const;

function entries(query: StatementQuery): Array<[string, unknown]> {
  return Object.entries(query.include ?? query.select ?? {}).filter(([, value]) => value !== false && value != null);
}

function selected(query: StatementQuery, key: string): unknown {
  const value = query.include?.[key] ?? query.select?.[key];
  return value === false ? undefined : value;
}

/** True when `value` (a relation's part of a query) is a nested query rather than `true`. */
function nested(value: unknown): value is StatementQuery {
  return typeof value === 'object' && value !== null;
}

/**
 * Whether rows loaded for `statement` carry everything `query` asks of `model`: every scalar and relation it selects
 * (a level that includes all scalars needs the statement to include them all too), nested relations with the same
 * filters, order and limits. Anything the statement cannot vouch for answers false, so the caller falls back to Prisma.
 */
export function statementCovers(model: string, statement: StatementQuery, query: StatementQuery): boolean {
  if (query.include && !statement.include) return false;
  for (const [key, value] of entries(query)) {
    const provided = selected(statement, key);
    if (provided === undefined) {
      // A scalar is provided by an `include` level (all scalars); anything else must be declared.
      if (statement.include && key !== '_count' && fieldOf(model, key).kind !== 'object') continue;
      return false;
    }
    if (key === '_count') {
      if (!nested(value) || !nested(provided)) return false;
      const wanted = Object.keys((value as StatementQuery).select ?? {});
      if (!wanted.every((relation) => (provided as StatementQuery).select?.[relation] === true)) return false;
      continue;
    }
    const field = fieldOf(model, key);
    if (field.kind !== 'object') continue;
    const providedQuery: StatementQuery = nested(provided) ? provided : { include: {} };
    const wantedQuery: StatementQuery = nested(value) ? value : { include: {} };
    for (const argument of ARGUMENT_KEYS) {
      if (argument === 'orderBy' && wantedQuery.orderBy === undefined) continue;
      if (JSON.stringify(wantedQuery[argument]) !== JSON.stringify(providedQuery[argument])) return false;
    }
    if (!statementCovers(field.type, providedQuery, wantedQuery)) return false;
  }
  return true;
}

interface RevivePlan {
  dates: string[];
  relations: Array<[string, RevivePlan]>;
}

function revivePlan(model: string, statement: StatementQuery): RevivePlan {
  const fields = models[model]?.fields ?? [];
  const scalars = statement.include
    ? fields.filter((f) => f.kind !== 'object').map((f) => f.name)
    : entries(statement)
        .map(([key]) => key)
        .filter((key) => key !== '_count' && fieldOf(model, key).kind !== 'object');
  for (const name of scalars) {
    const type = fieldOf(model, name).type;
    if (type === 'BigInt' || type === 'Decimal' || type === 'Bytes') {
      throw new Error(`page statement: ${model}.${name} is a ${type}, which JSON cannot carry`);
    }
  }
  return {
    dates: scalars.filter((name) => fieldOf(model, name).type === 'DateTime'),
    relations: entries(statement)
      .filter(([key]) => key !== '_count' && fieldOf(model, key).kind === 'object')
      .map(([key, value]) => [key, revivePlan(fieldOf(model, key).type, nested(value) ? value : { include: {} })]),
  };
}

/**
 * A DateTime column as PostgreSQL writes it in JSON: a `timestamp(3)` without a zone (stored as UTC, as Prisma
 * stores it) or a `date`.
 */
function jsonDate(value: string): Date {
  return new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
}

function revive(row: Record<string, unknown>, plan: RevivePlan): void {
  for (const name of plan.dates) {
    const value = row[name];
    if (typeof value === 'string') row[name] = jsonDate(value);
  }
  for (const [name, nestedPlan] of plan.relations) {
    const value = row[name];
    if (Array.isArray(value)) for (const item of value) revive(item as Record<string, unknown>, nestedPlan);
    else if (value && typeof value === 'object') revive(value as Record<string, unknown>, nestedPlan);
  }
}

/**
 * Turns the DateTime values of rows parsed from a statement's JSON (strings) into Dates, in place, as Prisma returns
 * them. Planned once per statement query; throws at once for a column type JSON cannot carry exactly.
 */
export function dateReviver<Row>(model: string, statement: StatementQuery): (rows: Row[]) => Row[] {
  const plan = revivePlan(model, statement);
  return (rows) => {
    for (const row of rows) revive(row as Record<string, unknown>, plan);
    return rows;
  };
}

/**
 * `'field', alias."field", …` for every scalar field of a model, for `json_build_object(…)`: the object Prisma returns
 * for an `include` level, built by the database. The names come from the data model (never from a request); `alias`
 * is the statement's own table alias.
 */
export function scalarPairs(model: string, alias: string): Prisma.Sql {
  if (!/^[a-z][a-z0-9_]*$/.test(alias)) throw new Error(`page statement: bad alias ${alias}`);
  const pairs = (models[model]?.fields ?? [])
    .filter((f) => f.kind !== 'object')
    .map((f) => `'${f.name}', ${alias}."${f.name}"`);
  if (!pairs.length) throw new Error(`page statement: no model ${model}`);
  return Prisma.raw(pairs.join(', '));
}
