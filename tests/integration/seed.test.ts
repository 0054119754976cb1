import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestDatabase, type TestDatabase } from '../kit/database.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.destroy());

const TABLES = [
  'Organisation',
  'User',
  'RoleAssignment',
  'Catalogue',
  'Dimension',
  'Environment',
  'Competency',
  'Decision',
  'Programme',
  'ProgrammePhase',
  'Batch',
  'BatchSchool',
  'SchoolRange',
  'SchoolRangeItem',
];

/** Order of tables without an `id` column. */
const ORDER_BY: Record<string, string> = { SchoolRangeItem: '"rangeId", "competencyId"' };

async function snapshot() {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES)
    out[table] = await db.sql.query(`SELECT * FROM "${table}" ORDER BY ${ORDER_BY[table] ?? 'id'}`);
  return out;
}

describe('seed', () => {
  it('creates the catalogues, the demo tree and one user per role', async () => {
    await seed(db.prisma);
    expect(await db.prisma.competency.count({ where: { catalogue: { code: 'national-2019' } } })).toBe(30);
    expect(
      await db.prisma.competency.aggregate({
        where: { catalogue: { code: 'national-2019' } },
        _sum: { credits: true },
      }),
    ).toEqual({ _sum: { credits: 194 } });
    const roles = await db.prisma.roleAssignment.groupBy({ by: ['role'], _count: { _all: true } });
    expect(roles.map((r) => r.role).sort()).toEqual([
      'CLASS_TUTOR',
      'DISTRICT_ADMIN',
      'EXPERT',
      'GROUP_LEADER',
      'PROVINCE_ADMIN',
      'SCHOOL_ADMIN',
      'SYNC_CLIENT',
      'TEACHER',
    ]);
    expect(
      await db.prisma.organisation.groupBy({ by: ['kind'], _count: { _all: true }, orderBy: { kind: 'asc' } }),
    ).toEqual([
      { kind: 'PROVINCE', _count: { _all: 1 } },
      { kind: 'CITY', _count: { _all: 1 } },
      { kind: 'DISTRICT', _count: { _all: 1 } },
      { kind: 'SCHOOL', _count: { _all: 2 } },
      { kind: 'CLASS', _count: { _all: 2 } },
      { kind: 'GROUP', _count: { _all: 2 } },
    ]);
  });

  it('changes nothing when run again', async () => {
    const before = await snapshot();
    await seed(db.prisma);
    expect(await snapshot()).toEqual(before);
  });
});
