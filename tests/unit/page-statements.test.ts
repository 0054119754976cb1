// The page-statement helpers (api/db/page-statements.ts): which columns a level carries, as arrays or pairs, and how a
// row written as an array reads back into the object Prisma returns.
import { describe, expect, it } from 'vitest';
import { objectFrom, scalarColumns, scalarPairs, statementCovers } from '../../api/db/page-statements.js';

describe('scalarColumns and objectFrom', () => {
  it('list every scalar of an include level in the data model’s order, and read an array back by those names', () => {
    const columns = scalarColumns('Dimension', 'd');
    expect(columns.names).toEqual(['id', 'catalogueId', 'code', 'nameZh', 'nameEn', 'position']);
    expect(columns.sql.sql).toBe('d."id", d."catalogueId", d."code", d."nameZh", d."nameEn", d."position"');
    expect(objectFrom(columns, ['x', 'k', 'A', '技术支持的学情分析', 'Learning analysis', 2])).toEqual({
      id: 'x',
      catalogueId: 'k',
      code: 'A',
      nameZh: '技术支持的学情分析',
      nameEn: 'Learning analysis',
      position: 2,
    });
  });

  it('list only what a select level selects (not its relations), in the data model’s order', () => {
    const columns = scalarColumns('Decision', 'd', {
      createdAt: true,
      id: true,
      action: true,
      orgPath: false,
      actor: { select: { displayName: true } },
    });
    expect(columns.names).toEqual(['id', 'action', 'createdAt']);
    expect(objectFrom(columns, ['1', 'SUBMIT', '2025-03-01T08:00:00'])).toEqual({
      id: '1',
      action: 'SUBMIT',
      createdAt: '2025-03-01T08:00:00',
    });
    expect(scalarPairs('Decision', 'd', { id: true, action: true }).sql).toBe(`'id', d."id", 'action', d."action"`);
  });

  it('refuse an alias that is not a plain identifier, and an unknown model', () => {
    expect(() => scalarColumns('Dimension', 'd; DROP TABLE x')).toThrow(/bad alias/);
    expect(() => scalarPairs('Dimension', 'D"')).toThrow(/bad alias/);
    expect(() => scalarColumns('NoSuchModel', 'n')).toThrow(/no model/);
  });
});

describe('statementCovers', () => {
  const statement = { include: { teacher: { include: { roleAssignments: { select: { orgPath: true } } } } } };
  it('covers a query asking for less, and declines one asking for more or for other relations', () => {
    expect(statementCovers('Enrolment', statement, { include: { teacher: true } })).toBe(true);
    expect(statementCovers('Enrolment', statement, { include: { teacher: { select: { login: true } } } })).toBe(true);
    expect(statementCovers('Enrolment', statement, { include: { programme: true } })).toBe(false);
    expect(
      statementCovers('Enrolment', statement, {
        include: { teacher: { include: { roleAssignments: { select: { orgPath: true, role: true } } } } },
      }),
    ).toBe(false);
  });
});
