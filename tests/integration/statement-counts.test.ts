import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerCache } from '../../api/auth/viewer-cache.js';
import {
  ClassRosterDocument,
  MyEnrolmentsDocument,
  OrganisationsDocument,
  ProgrammeSelectionProgressDocument,
  ProgrammesDocument,
  SchoolSelectionProgressDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
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
    expect(one.count).toBeLessThanOrEqual(8);
  });

  it('catalogue competencies: the same for 1 and 30 items', async () => {
    const query = `query($first: Int) { catalogues(first: 2) { nodes { code distribution { competencyCount } competencies(first: $first) { totalCount nodes { code credits dimension { code } environment { code } } } } } }`;
    const one = await t.statementsFor(query, { first: 1 }, { as: null });
    const thirty = await t.statementsFor(query, { first: 30 }, { as: null });
    expect(thirty.data.catalogues.nodes[0].competencies.nodes).toHaveLength(30);
    console.log(`[statements] catalogues: ${one.count} for 1 competency, ${thirty.count} for 30`);
    expect(thirty.count).toBe(one.count);
    expect(one.count).toBeLessThanOrEqual(4);
  });
});

/**
 * The portal pages, as the SDK sends them, with the viewer cached (as in production): the statements each runs at
 * page sizes 1, 10 and 50, the same at every size and at most the page's budget. `npm run bench` measures the
 * same pages on a district of 10,000 teachers.
 */
describe('portal pages: SQL statements per request', () => {
  let pages: TestApp;
  let world: Awaited<ReturnType<typeof portalWorld>>;

  /** A district with two schools; a class of 60 enrolled teachers, each with a selection and its history. */
  async function portalWorld() {
    const d = await t.world.district();
    const s = await d.school();
    const other = await d.school();
    const p = await d.programme({ schools: [s, other] });
    await d.programme();
    let teacher: UserRef | null = null;
    for (let i = 0; i < 60; i += 1) {
      const e = await p.teacher(s);
      teacher ??= e.teacher;
      // Every teacher has a selection, so page 1 (whoever sorts first) reads what page 50 reads.
      await p.select(e, ['A1', 'B2', 'C3'], (['SUBMITTED', 'APPROVED', 'RETURNED'] as const)[i % 3]);
    }
    await p.teacher(other);
    return { d, s, p, teacher: teacher! };
  }

  beforeAll(async () => {
    pages = t.variant({ viewers: await ViewerCache.listening(t.db, 600) });
    world = await portalWorld();
  }, 120_000);

  const cases = [
    {
      page: 'class dashboard (ClassRoster, tutor)',
      // The class's authorization, and the page statement (rows, total, histories, ranges).
      budget: 2,
      document: ClassRosterDocument,
      as: () => world.s.tutor,
      variables: (first: number) => ({ classId: world.s.class.gid, programmeId: world.p.gid, first }),
      size: (data: AdHoc) => data.classRoster.nodes.length,
    },
    {
      page: 'school selection progress (SchoolSelectionProgress, school admin)',
      budget: 4,
      document: SchoolSelectionProgressDocument,
      as: () => world.s.admin,
      variables: () => ({ programmeId: world.p.gid, schoolId: world.s.school.gid }),
      size: () => null,
    },
    {
      page: 'district programme progress (ProgrammeSelectionProgress, district admin)',
      budget: 5,
      document: ProgrammeSelectionProgressDocument,
      as: () => world.d.admin,
      variables: (first: number) => ({ programmeId: world.p.gid, first }),
      size: (data: AdHoc) => data.programmeSelectionProgress.nodes.length,
    },
    {
      page: 'programmes list (Programmes, district admin)',
      budget: 2,
      document: ProgrammesDocument,
      as: () => world.d.admin,
      variables: (first: number) => ({ first }),
      size: (data: AdHoc) => data.programmes.nodes.length,
    },
    {
      page: 'organisations tree (Organisations, district admin)',
      budget: 7,
      document: OrganisationsDocument,
      as: () => world.d.admin,
      variables: (first: number) => ({ kind: 'SCHOOL' as const, first }),
      size: (data: AdHoc) => data.organisations.nodes.length,
    },
    {
      page: 'teacher home (MyEnrolments, teacher)',
      budget: 4,
      document: MyEnrolmentsDocument,
      as: () => world.teacher,
      variables: (first: number) => ({ first }),
      size: (data: AdHoc) => data.enrolments.nodes.length,
    },
  ];

  it.each(cases)('$page: flat in the page size, within its budget', async (c) => {
    const counts: number[] = [];
    await pages.request(c.document as AdHoc, c.variables(1), { as: c.as() }); // the viewer, now cached
    for (const first of [1, 10, 50]) {
      const { result, statements } = await pages.measure(() =>
        pages.request(c.document as AdHoc, c.variables(first), { as: c.as() }),
      );
      expect(result.errors).toBeUndefined();
      const size = c.size(result.data);
      if (size !== null) expect(size).toBeGreaterThan(0);
      counts.push(statements);
    }
    console.log(`[statements] ${c.page}: ${counts.join(', ')} at page sizes 1, 10, 50`);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(c.budget);
  });
});
