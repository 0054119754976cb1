import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../api/context.js';
import { planUploaded } from '../../schema/enrolments/index.js';
import { historyOf } from '../../schema/history/index.js';
import { rosterWhere } from '../../schema/selections/roster.js';
import { ROSTER_ROW_QUERY, type RosterFilter, rosterPage } from '../../schema/selections/roster-statement.js';
import { schoolRangeCodes } from '../../schema/selections/selection.js';
import { ClassRosterDocument } from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { uploadPlan } from '../kit/courses.js';
import type { EnrolmentRef } from '../kit/world.js';

/**
 * The class dashboard's page statement (schema/selections/roster-statement.ts) against Prisma: the same rows, in the
 * same shape and order, for every filter and page; and through the API, the same ClassRoster response as the Prisma
 * path gives for a selection the statement does not cover.
 */
let t: TestApp;
type Measured<T> = { result: T; statements: number; log: string[] };
let world: Awaited<ReturnType<typeof classWorld>>;

async function classWorld() {
  const d = await t.world.district();
  const s = await d.school();
  // Both with a plan gate (coursesOpen reads whether the school's plan is on file): the school uploads one for p only.
  const gated = { rules: { selection: { schoolPlanGateRate: 0.5 } } };
  const p = await d.programme({ schools: [s], ...gated });
  const other = await d.programme({ schools: [s], ...gated });
  const enrolments: EnrolmentRef[] = [];
  const statuses = ['SUBMITTED', 'APPROVED', 'RETURNED', null] as const;
  for (let i = 0; i < 12; i += 1) {
    // Shared display names, so the order falls back to the id.
    const e = await p.teacher(s, { displayName: `教师${i % 5}` });
    enrolments.push(e);
    const status = statuses[i % statuses.length];
    if (!status) continue;
    const selection = await p.select(e, i % 2 ? ['A1', 'B2', 'C3'] : ['C3', 'A1', 'B5', 'A2'], status);
    if (status === 'SUBMITTED') continue;
    // A decision after the submission, by the tutor or (for approvals) by the system: the history is ordered.
    await t.db.prisma.decision.create({
      data: {
        subjectType: 'Selection',
        subjectId: selection.id,
        actorId: status === 'RETURNED' ? s.tutor.id : null,
        action: status === 'RETURNED' ? 'RETURN' : 'APPROVE',
        fromState: 'SUBMITTED',
        toState: status,
        comment: status === 'RETURNED' ? `请补充 ${i}` : null,
        orgPath: e.orgPath,
        createdAt: new Date(Date.now() + 60_000 + i),
      },
    });
  }
  // A teacher of the class in another programme, one in the school but not the class, and a second role.
  const elsewhere = await other.teacher(s);
  await other.select(elsewhere, ['A1', 'B2', 'C3'], 'SUBMITTED');
  // Ranges set after the selections: one that leaves B5 out (a violation), one empty (not the same as none).
  await p.range(s, ['A1', 'A2', 'B2', 'C3']);
  await other.range(s, []);
  // The school's plan is on file for one programme, not the other.
  await uploadPlan(t.db.prisma, p, s);
  // And a programme whose school has set no range at all.
  const bare = await d.programme({ schools: [s] });
  await bare.select(await bare.teacher(s), ['A1', 'B2'], 'SUBMITTED');
  await p.teacher(s, { class: null });
  await t.db.prisma.roleAssignment.create({
    data: {
      userId: enrolments[0]!.teacher.id,
      role: 'GROUP_LEADER',
      organisationId: s.group.id,
      orgPath: s.group.path,
    },
  });
  return { d, s, p, other, enrolments };
}

beforeAll(async () => {
  t = await testApp();
  await t.world.catalogue();
  world = await classWorld();
}, 120_000);
afterAll(() => t.close());

const context = () => ({ db: t.db }) as unknown as Context;

/**
 * The statement's page and Prisma's for the same query, with what the statement primed into the request's loaders
 * (histories, school ranges) beside what the loaders of a fresh request load.
 */
async function both(filter: RosterFilter, page: { take: number; skip?: number; cursor?: { id: string } }) {
  const primed = context();
  const result = await rosterPage(primed, filter, { ...ROSTER_ROW_QUERY, ...page });
  const statement = result?.rows ?? null;
  const prisma = await t.db.prisma.enrolment.findMany({
    ...ROSTER_ROW_QUERY,
    ...page,
    where: rosterWhere(filter),
    orderBy: [{ teacher: { displayName: 'asc' } }, { id: 'asc' }],
  });
  expect(result?.totalCount).toBe(await t.db.prisma.enrolment.count({ where: rosterWhere(filter) }));
  // What the statement primed answers at once (a value, not a promise: the fields stay synchronous) without a
  // statement, and equals what a fresh request's loaders load.
  const primedRead = (row: (typeof prisma)[number]) => {
    const read = {
      uploaded: planUploaded(primed, row.programmeId, row.schoolId),
      history: row.selection ? historyOf(primed, 'Selection', row.selection.id) : [],
      range: row.selection ? schoolRangeCodes(primed, row.programmeId, row.schoolId) : null,
    };
    for (const value of Object.values(read)) expect(value).not.toBeInstanceOf(Promise);
    return read;
  };
  const inPage = statement ? prisma : [];
  const fromStatement = await t.measure(async () => inPage.map(primedRead));
  expect(fromStatement.statements).toBe(0);
  const fresh = context();
  const loaded = await Promise.all(
    inPage.map(async (row) => ({
      uploaded: await planUploaded(fresh, row.programmeId, row.schoolId),
      history: row.selection ? await historyOf(fresh, 'Selection', row.selection.id) : [],
      range: row.selection ? await schoolRangeCodes(fresh, row.programmeId, row.schoolId) : null,
    })),
  );
  const sorted = (reads: Array<{ range: string[] | null }>) =>
    reads.map((read) => ({ ...read, range: read.range?.toSorted() ?? null }));
  expect(sorted(fromStatement.result as Array<{ range: string[] | null }>)).toEqual(sorted(loaded));
  return { statement, prisma };
}

describe('the roster page statement returns what Prisma returns', () => {
  const filters = (): RosterFilter[] => [
    { classId: world.s.class.id, programmeId: null, status: null },
    { classId: world.s.class.id, programmeId: world.p.id, status: null },
    ...['NOT_SELECTED', 'SELECTED', 'SUBMITTED', 'APPROVED', 'RETURNED'].map((status) => ({
      classId: world.s.class.id,
      programmeId: world.p.id,
      status,
    })),
  ];

  it('for every filter, with Dates, nulls, nested lists and counts', async () => {
    for (const filter of filters()) {
      const { statement, prisma } = await both(filter, { take: 100 });
      expect(prisma.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(statement, JSON.stringify(filter)).toEqual(prisma);
    }
    const { statement } = await both(filters()[1]!, { take: 100 });
    const row = statement!.find((r) => r.selection)!;
    expect(row.enrolledAt).toBeInstanceOf(Date);
    expect(row.batch.startsOn === null || row.batch.startsOn instanceof Date).toBe(true);
    expect(row.selection!.items.length).toBe(row.selection!._count.items);
    expect(statement!.some((r) => r.selection === null)).toBe(true);
  });

  it('for every page of a cursor walk, and for an unknown cursor', async () => {
    const filter = filters()[0]!;
    const { prisma: all } = await both(filter, { take: 100 });
    for (let start = 0; start < all.length; start += 1) {
      const { statement, prisma } = await both(filter, { take: 4, skip: 1, cursor: { id: all[start]!.id } });
      expect(statement).toEqual(prisma);
      expect(statement!.map((r) => r.id)).toEqual(all.slice(start + 1, start + 5).map((r) => r.id));
    }
    const missing = await both(filter, { take: 4, skip: 1, cursor: { id: '00000000-0000-7000-8000-000000000000' } });
    expect(missing.statement).toEqual(missing.prisma);
  });

  it('declines what it does not load: backward pages, other selections', async () => {
    const filter = filters()[0]!;
    expect(await rosterPage(context(), filter, { ...ROSTER_ROW_QUERY, take: -3 })).toBeNull();
    expect(await rosterPage(context(), filter, { include: { programme: true }, take: 3 })).toBeNull();
    expect(
      await rosterPage(context(), filter, { include: { selection: { include: { items: { take: 1 } } } }, take: 3 }),
    ).toBeNull();
    expect(
      (await rosterPage(context(), filter, { include: { teacher: true, school: true }, take: 3 }))?.rows,
    ).toHaveLength(3);
  });
});

describe('ClassRoster through the API', () => {
  it('gives the same page from the statement as Prisma gives, for every page of a walk', async () => {
    const variables = { classId: world.s.class.gid, programmeId: world.p.gid };
    // The SDK's document with the programme's name added: beyond the statement, so its rows come through Prisma.
    const beyond = print(ClassRosterDocument).replace(/nodes \{/, 'nodes {\n      programme { name }');
    expect(beyond).toContain('programme { name }');
    let after: string | null = null;
    let pages = 0;
    do {
      const page = { ...variables, first: 5, after };
      const fast: Measured<ResultOf<typeof ClassRosterDocument>> = await t.measure(() =>
        t.data(ClassRosterDocument, page, { as: world.s.tutor }),
      );
      const slow = await t.measure(() => t.gql(beyond, page, { as: world.s.tutor }));
      expect(fast.log.some((sql: string) => sql.includes('WITH filtered AS'))).toBe(true);
      expect(slow.log.some((sql) => sql.includes('WITH filtered AS'))).toBe(false);
      const slowRoster = (slow.result.data as AdHoc).classRoster;
      for (const node of slowRoster.nodes) delete node.programme;
      expect(fast.result.classRoster).toEqual(slowRoster);
      expect(fast.statements).toBeLessThanOrEqual(slow.statements);
      const roster: NonNullable<ResultOf<typeof ClassRosterDocument>['classRoster']> = fast.result.classRoster!;
      after = roster.pageInfo.hasNextPage ? roster.pageInfo.endCursor! : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
  });
});
