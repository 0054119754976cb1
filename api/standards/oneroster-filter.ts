/**
 * OneRoster 1.2 query parameters (Rostering Service REST/JSON binding 1.0, §3.2 "Pagination", §3.3 "Sorting",
 * §3.4 "Filtering", §3.5 "Field selection"), as pure functions:
 *
 *   limit=100&offset=0                      page (limit 1‥MAX_LIMIT, default 100; offset ≥ 0)
 *   sort=familyName&orderBy=asc|desc        one field, ascending unless orderBy=desc
 *   filter=status='active' AND username~'li' one or two predicates `field op 'value'` joined by one AND or OR;
 *                                           ops = != > >= < <= ~ (~: contains, case-insensitive); values single-quoted
 *   fields=sourcedId,username               the fields each record keeps
 *
 * A field not in the resource's list is refused (`invalid_filter_field`, `invalid_selection_field`); a bad value, sort
 * field, limit or offset is `invaliddata`. The SQL built from a parsed filter names only columns of the resource's
 * field table and passes every value as a parameter.
 */
import { Prisma } from '../db/generated/prisma/client.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export type FieldType = 'text' | 'timestamp' | 'boolean';

/** A filterable/sortable field: the column of the resource's SQL row that holds it, and its type. */
export interface FieldSpec {
  column: string;
  type: FieldType;
}

export type FieldTable = Readonly<Record<string, FieldSpec>>;

export const OPERATORS = ['=', '!=', '>', '>=', '<', '<=', '~'] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Predicate {
  field: string;
  op: Operator;
  value: string;
}

export interface Filter {
  predicates: [Predicate] | [Predicate, Predicate];
  /** How two predicates are joined. */
  join: 'AND' | 'OR';
}

/** The imsx codeMinor values of OneRoster 1.2 a bad query yields. */
export type QueryProblem = 'invalid_filter_field' | 'invalid_selection_field' | 'invalid_sort_field' | 'invaliddata';

export class QueryError extends Error {
  constructor(
    readonly code: QueryProblem,
    message: string,
  ) {
    super(message);
  }
}

// A predicate: a field (letters, digits, dots), an operator, a single-quoted value ('' is a quote inside it).
const PREDICATE = /^\s*([A-Za-z][A-Za-z0-9_.]*)\s*(!=|>=|<=|=|>|<|~)\s*'((?:[^']|'')*)'\s*/;
const JOIN = /^(AND|OR)\s/;

/** Parses a filter expression; throws QueryError for bad syntax (invaliddata) or unknown fields (invalid_filter_field). */
export function parseFilter(text: string, fields: FieldTable): Filter {
  if (text.length > 1000) throw new QueryError('invaliddata', 'The filter is too long.');
  const predicates: Predicate[] = [];
  let join: 'AND' | 'OR' = 'AND';
  let rest = text;
  for (;;) {
    const match = PREDICATE.exec(rest);
    if (!match) throw new QueryError('invaliddata', `The filter "${text}" is not "field op 'value'".`);
    const [whole, field = '', op = '=', raw = ''] = match;
    if (!Object.hasOwn(fields, field)) {
      throw new QueryError('invalid_filter_field', `"${field}" is not a field that can be filtered on.`);
    }
    predicates.push({ field, op: op as Operator, value: raw.replaceAll("''", "'") });
    rest = rest.slice(whole.length);
    if (!rest) break;
    const joined = JOIN.exec(rest);
    if (!joined || predicates.length === 2) {
      throw new QueryError('invaliddata', 'A filter has at most two predicates joined by one AND or OR.');
    }
    join = joined[1] as 'AND' | 'OR';
    rest = rest.slice(joined[0].length);
  }
  for (const predicate of predicates) checkValue(predicate, specOf(fields, predicate.field));
  return { predicates: predicates as Filter['predicates'], join };
}

/** An ISO 8601 date or date-time as UTC without a zone ("2026-12-02T11:48:23.123"), or null when it is not one. */
export function utcTimestamp(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return null;
  const date = new Date(/T/.test(value) && !/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? `${value}Z` : value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 23);
}

function checkValue({ field, op, value }: Predicate, spec: FieldSpec) {
  if (spec.type === 'timestamp' && utcTimestamp(value) === null) {
    throw new QueryError('invaliddata', `${field} takes an ISO 8601 date-time ("2026-12-01T00:00:00Z").`);
  }
  if (spec.type === 'boolean' && value !== 'true' && value !== 'false') {
    throw new QueryError('invaliddata', `${field} takes 'true' or 'false'.`);
  }
  if (spec.type !== 'text' && op === '~') throw new QueryError('invaliddata', `${field} cannot be matched with ~.`);
  if (spec.type === 'boolean' && op !== '=' && op !== '!=') {
    throw new QueryError('invaliddata', `${field} is compared with = or != only.`);
  }
}

/** The spec of a field already checked to be in the table. */
function specOf(fields: FieldTable, field: string): FieldSpec {
  const spec = fields[field];
  if (!spec) throw new QueryError('invalid_filter_field', `"${field}" is not a field.`);
  return spec;
}

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/** One predicate as SQL over the row alias `r`. */
function predicateSql({ field, op, value }: Predicate, fields: FieldTable): Prisma.Sql {
  const spec = specOf(fields, field);
  const column = Prisma.raw(`r."${spec.column}"`);
  if (op === '~') return Prisma.sql`${column} ILIKE ${`%${likeEscape(value)}%`}`;
  const operator = Prisma.raw(op === '!=' ? 'IS DISTINCT FROM' : op);
  if (spec.type === 'timestamp') return Prisma.sql`${column} ${operator} ${utcTimestamp(value)}::timestamp`;
  if (spec.type === 'boolean') return Prisma.sql`${column} ${operator} ${value === 'true'}`;
  return Prisma.sql`${column} ${operator} ${value}`;
}

/** The WHERE condition of a parsed filter (TRUE without one). */
export function filterSql(filter: Filter | null, fields: FieldTable): Prisma.Sql {
  if (!filter) return Prisma.sql`TRUE`;
  const parts = filter.predicates.map((predicate) => predicateSql(predicate, fields));
  return Prisma.sql`(${Prisma.join(parts, filter.join === 'AND' ? ' AND ' : ' OR ')})`;
}

export interface Sort {
  field: string;
  direction: 'asc' | 'desc';
}

export function parseSort(sort: string | null, orderBy: string | null, fields: FieldTable): Sort {
  const direction = orderBy === null || orderBy === 'asc' ? 'asc' : orderBy === 'desc' ? 'desc' : null;
  if (!direction) throw new QueryError('invaliddata', 'orderBy is asc or desc.');
  const field = sort ?? 'sourcedId';
  if (!Object.hasOwn(fields, field)) {
    throw new QueryError('invalid_sort_field', `"${field}" is not a field to sort on.`);
  }
  return { field, direction };
}

/** ORDER BY the sort field, then sourcedId (a stable order for paging). */
export function orderSql({ field, direction }: Sort, fields: FieldTable): Prisma.Sql {
  const column = specOf(fields, field).column;
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  return Prisma.raw(`r."${column}" ${dir} NULLS LAST, r."sourcedId" ${dir}`);
}

export interface Page {
  limit: number;
  offset: number;
}

const whole = (text: string) => (/^\d{1,9}$/.test(text) ? Number(text) : Number.NaN);

export function parsePage(limit: string | null, offset: string | null): Page {
  const l = limit === null ? DEFAULT_LIMIT : whole(limit);
  const o = offset === null ? 0 : whole(offset);
  if (!(l >= 1)) throw new QueryError('invaliddata', 'limit is a whole number of at least 1.');
  if (!(o >= 0)) throw new QueryError('invaliddata', 'offset is a whole number of at least 0.');
  return { limit: Math.min(l, MAX_LIMIT), offset: o };
}

/** The selected fields (null: all); unknown ones are refused with invalid_selection_field. */
export function parseFields(text: string | null, known: readonly string[]): string[] | null {
  if (text === null || text.trim() === '') return null;
  const fields = text.split(',').map((field) => field.trim());
  const unknown = fields.filter((field) => !known.includes(field));
  if (unknown.length) {
    throw new QueryError('invalid_selection_field', `Unknown fields to select: ${unknown.join(', ')}.`);
  }
  return fields;
}

export function select<T extends Record<string, unknown>>(record: T, fields: string[] | null): Partial<T> {
  if (!fields) return record;
  return Object.fromEntries(Object.entries(record).filter(([key]) => fields.includes(key))) as Partial<T>;
}

/**
 * The Link header of a page (§3.2): first, prev, next and last pages of the same query (RFC 8288), or null when
 * everything fits on one page.
 */
export function pageLinks(url: URL, { limit, offset }: Page, total: number): string | null {
  const at = (o: number) => {
    const target = new URL(url);
    target.searchParams.set('limit', String(limit));
    target.searchParams.set('offset', String(o));
    return target.toString();
  };
  const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links: string[] = [];
  if (offset > 0) links.push(`<${at(0)}>; rel="first"`, `<${at(Math.max(0, offset - limit))}>; rel="prev"`);
  if (offset + limit < total) links.push(`<${at(offset + limit)}>; rel="next"`);
  if (offset + limit < total || offset > 0) links.push(`<${at(last)}>; rel="last"`);
  return links.length ? links.join(', ') : null;
}
