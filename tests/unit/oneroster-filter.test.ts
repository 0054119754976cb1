import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LIMIT,
  type FieldTable,
  filterSql,
  MAX_LIMIT,
  orderSql,
  pageLinks,
  parseFields,
  parseFilter,
  parsePage,
  parseSort,
  QueryError,
  select,
  utcTimestamp,
} from '../../api/standards/oneroster-filter.js';

const FIELDS: FieldTable = {
  sourcedId: { column: 'sourcedId', type: 'text' },
  status: { column: 'status', type: 'text' },
  dateLastModified: { column: 'dateLastModified', type: 'timestamp' },
  username: { column: 'username', type: 'text' },
  enabledUser: { column: 'enabledUser', type: 'boolean' },
};

const codeOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof QueryError) return error.code;
    throw error;
  }
  return null;
};

describe('OneRoster filter (REST binding: field op value, at most one AND/OR)', () => {
  test('one predicate with each operator', () => {
    for (const op of ['=', '!=', '>', '>=', '<', '<=', '~']) {
      expect(parseFilter(`username${op}'li'`, FIELDS)).toEqual({
        predicates: [{ field: 'username', op, value: 'li' }],
        join: 'AND',
      });
    }
  });

  test('spaces around the operator, two predicates joined by AND or OR, quotes doubled inside a value', () => {
    expect(parseFilter("status = 'active' AND username ~ 'o''brien'", FIELDS)).toEqual({
      predicates: [
        { field: 'status', op: '=', value: 'active' },
        { field: 'username', op: '~', value: "o'brien" },
      ],
      join: 'AND',
    });
    expect(parseFilter("status='tobedeleted' OR username='a'", FIELDS).join).toBe('OR');
  });

  test('an unknown field is invalid_filter_field; bad syntax, a third predicate or a bad value is invaliddata', () => {
    expect(codeOf(() => parseFilter("password='x'", FIELDS))).toBe('invalid_filter_field');
    expect(codeOf(() => parseFilter("status='a' AND nope='b'", FIELDS))).toBe('invalid_filter_field');
    expect(codeOf(() => parseFilter('status=active', FIELDS))).toBe('invaliddata');
    expect(codeOf(() => parseFilter("status='a' AND status='b' OR status='c'", FIELDS))).toBe('invaliddata');
    expect(codeOf(() => parseFilter("status='a' XOR status='b'", FIELDS))).toBe('invaliddata');
    expect(codeOf(() => parseFilter("dateLastModified>'yesterday'", FIELDS))).toBe('invaliddata');
    expect(codeOf(() => parseFilter("dateLastModified~'2026'", FIELDS))).toBe('invaliddata');
    expect(codeOf(() => parseFilter("enabledUser='yes'", FIELDS))).toBe('invaliddata');
    expect(codeOf(() => parseFilter("enabledUser>'true'", FIELDS))).toBe('invaliddata');
    expect(codeOf(() => parseFilter(`username='${'x'.repeat(2000)}'`, FIELDS))).toBe('invaliddata');
  });

  test('the SQL names only the table’s columns and passes every value as a parameter', () => {
    const sql = filterSql(
      parseFilter("username~'50%_\\' OR dateLastModified>='2026-12-01T08:00:00+08:00'", FIELDS),
      FIELDS,
    );
    expect(sql.text).toBe('(r."username" ILIKE $1 OR r."dateLastModified" >= $2::timestamp)');
    expect(sql.values).toEqual(['%50\\%\\_\\\\%', '2026-12-01T00:00:00.000']);
    const negated = filterSql(parseFilter("enabledUser!='false'", FIELDS), FIELDS);
    expect(negated.text).toBe('(r."enabledUser" IS DISTINCT FROM $1)');
    expect(negated.values).toEqual([false]);
    expect(filterSql(null, FIELDS).text).toBe('TRUE');
  });

  test('timestamps: ISO 8601 dates and date-times, read as UTC without a zone', () => {
    expect(utcTimestamp('2026-12-02')).toBe('2026-12-02T00:00:00.000');
    expect(utcTimestamp('2026-12-02T11:48:23.123Z')).toBe('2026-12-02T11:48:23.123');
    expect(utcTimestamp('2026-12-02T11:48')).toBe('2026-12-02T11:48:00.000');
    expect(utcTimestamp('2026-13-02')).toBeNull();
    expect(utcTimestamp("2026-12-02'; DROP TABLE")).toBeNull();
  });
});

describe('sort, paging and field selection', () => {
  test('sort by a known field, asc unless orderBy=desc, then by sourcedId', () => {
    expect(parseSort(null, null, FIELDS)).toEqual({ field: 'sourcedId', direction: 'asc' });
    const sort = parseSort('username', 'desc', FIELDS);
    expect(orderSql(sort, FIELDS).text).toBe('r."username" DESC NULLS LAST, r."sourcedId" DESC');
    expect(codeOf(() => parseSort('password', null, FIELDS))).toBe('invalid_sort_field');
    expect(codeOf(() => parseSort('username', 'up', FIELDS))).toBe('invaliddata');
  });

  test('limit defaults to 100 and is capped; offset ≥ 0; anything else is invaliddata', () => {
    expect(parsePage(null, null)).toEqual({ limit: DEFAULT_LIMIT, offset: 0 });
    expect(parsePage('5', '10')).toEqual({ limit: 5, offset: 10 });
    expect(parsePage('999999', '0').limit).toBe(MAX_LIMIT);
    for (const [limit, offset] of [
      ['0', null],
      ['-1', null],
      ['x', null],
      ['1.5', null],
      [null, '-3'],
    ]) {
      expect(codeOf(() => parsePage(limit ?? null, offset ?? null))).toBe('invaliddata');
    }
  });

  test('fields: a comma list of known fields; an unknown one is invalid_selection_field', () => {
    expect(parseFields(null, ['a', 'b'])).toBeNull();
    expect(parseFields('a, b', ['a', 'b'])).toEqual(['a', 'b']);
    expect(codeOf(() => parseFields('a,c', ['a', 'b']))).toBe('invalid_selection_field');
    expect(select({ a: 1, b: 2 }, ['b'])).toEqual({ b: 2 });
  });

  test('Link: first/prev/next/last of the same query', () => {
    const url = new URL('https://api.example/ims/oneroster/rostering/v1p2/users?filter=x&limit=2&offset=2');
    const links = pageLinks(url, { limit: 2, offset: 2 }, 7);
    expect(links).toContain('offset=0>; rel="first"');
    expect(links).toContain('offset=0>; rel="prev"');
    expect(links).toContain('offset=4>; rel="next"');
    expect(links).toContain('offset=6>; rel="last"');
    expect(links).toContain('filter=x');
    expect(pageLinks(url, { limit: 10, offset: 0 }, 7)).toBeNull();
    expect(pageLinks(url, { limit: 5, offset: 5 }, 7)).not.toContain('rel="next"');
  });
});
