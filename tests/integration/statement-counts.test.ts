import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { UserRef } from '../helpers/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
});
afterAll(() => t.close());

/** A district with `n` schools, each with a class and a group, a tutor, a leader and two teachers. */
async function districtWithSchools(n: number): Promise<UserRef> {
  const { district } = await t.seed.district();
  for (let i = 0; i < n; i += 1) {
    const s = await t.seed.school(district);
    await t.seed.user(s.school, [['CLASS_TUTOR', s.class]]);
    await t.seed.user(s.school, [['GROUP_LEADER', s.group]]);
    await t.seed.user(s.school, [
      ['TEACHER', s.school],
      ['TEACHER', s.class],
    ]);
    await t.seed.user(s.school, [
      ['TEACHER', s.school],
      ['TEACHER', s.group],
    ]);
  }
  return t.seed.user(district, [['DISTRICT_ADMIN', district]]);
}

async function statementsFor(query: string, variables: Record<string, unknown>, as: UserRef | null) {
  await t.tokenFor(as ?? 'x'); // sign outside the counted window
  t.db.statements.reset();
  const res = await t.gql(query, variables, as);
  expect(res.errors).toBeUndefined();
  return { count: t.db.statements.count, data: res.data! };
}

const ORGANISATIONS = `query($first: Int) { organisations(first: 5) { totalCount nodes { name kind
  children(first: $first) { totalCount nodes { name kind
    children(first: 10) { totalCount nodes { kind name
      members(first: 10) { totalCount nodes { role user { login displayName } } } } } } } } } }`;

describe('SQL statements do not grow with the page size', () => {
  it('organisations: the same for 1 and 20 schools', async () => {
    const small = await districtWithSchools(1);
    const large = await districtWithSchools(20);
    const one = await statementsFor(ORGANISATIONS, { first: 20 }, small);
    const twenty = await statementsFor(ORGANISATIONS, { first: 20 }, large);
    expect(one.data.organisations.nodes[0].children.nodes).toHaveLength(1);
    expect(twenty.data.organisations.nodes[0].children.nodes).toHaveLength(20);
    console.log(`[statements] organisations: ${one.count} for 1 school, ${twenty.count} for 20`);
    expect(twenty.count).toBe(one.count);
  });

  it('catalogue competencies: the same for 1 and 30 items', async () => {
    const query = `query($first: Int) { catalogues(first: 2) { nodes { code distribution { competencyCount } competencies(first: $first) { totalCount nodes { code credits dimension { code } environment { code } } } } } }`;
    const one = await statementsFor(query, { first: 1 }, null);
    const thirty = await statementsFor(query, { first: 30 }, null);
    expect(thirty.data.catalogues.nodes[0].competencies.nodes).toHaveLength(30);
    console.log(`[statements] catalogues: ${one.count} for 1 competency, ${thirty.count} for 30`);
    expect(thirty.count).toBe(one.count);
  });
});
