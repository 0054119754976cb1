import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../kit/app.js';
import type { UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
  await t.world.principalStandard();
});
afterAll(() => t.close());

/** A district with `n` schools, each with a class and a group, a tutor, a leader and two teachers. */
async function districtWithSchools(n: number): Promise<UserRef> {
  const d = await t.world.district();
  for (let i = 0; i < n; i += 1) {
    const s = await d.school();
    await s.teacher();
    await s.teacher({ class: s.group });
  }
  return d.admin;
}

const ORGANISATIONS = `query($first: Int) { organisations(first: 5) { totalCount nodes { name kind
  children(first: $first) { totalCount nodes { name kind
    children(first: 10) { totalCount nodes { kind name
      members(first: 10) { totalCount nodes { role user { login displayName } } } } } } } } } }`;

describe('SQL statements do not grow with the page size', () => {
  it('organisations: the same for 1 and 20 schools', async () => {
    const small = await districtWithSchools(1);
    const large = await districtWithSchools(20);
    const one = await t.statementsFor(ORGANISATIONS, { first: 20 }, { as: small });
    const twenty = await t.statementsFor(ORGANISATIONS, { first: 20 }, { as: large });
    expect(one.data.organisations.nodes[0].children.nodes).toHaveLength(1);
    expect(twenty.data.organisations.nodes[0].children.nodes).toHaveLength(20);
    console.log(`[statements] organisations: ${one.count} for 1 school, ${twenty.count} for 20`);
    expect(twenty.count).toBe(one.count);
  });

  it('catalogue competencies: the same for 1 and 30 items', async () => {
    const query = `query($first: Int) { catalogues(first: 2) { nodes { code distribution { competencyCount } competencies(first: $first) { totalCount nodes { code credits dimension { code } environment { code } } } } } }`;
    const one = await t.statementsFor(query, { first: 1 }, { as: null });
    const thirty = await t.statementsFor(query, { first: 30 }, { as: null });
    expect(thirty.data.catalogues.nodes[0].competencies.nodes).toHaveLength(30);
    console.log(`[statements] catalogues: ${one.count} for 1 competency, ${thirty.count} for 30`);
    expect(thirty.count).toBe(one.count);
  });
});
