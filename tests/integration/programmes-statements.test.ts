import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../prisma/seed/seed.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import type { UserRef } from '../helpers/factories.js';

let t: TestApp;
let catalogueId: string;
beforeAll(async () => {
  t = await createTestApp();
  await seed(t.db.prisma);
  catalogueId = (
    await t.db.prisma.catalogue.findFirstOrThrow({ where: { code: 'national-2019' }, select: { id: true } })
  ).id;
});
afterAll(() => t.close());

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * A district with `n` programmes, each with two phases, two batches of two schools (one teacher
 * enrolled per school and batch) and a history; returns its admin and a teacher of one school.
 */
async function districtWithProgrammes(n: number): Promise<{ admin: UserRef; teacher: UserRef }> {
  const { district } = await t.seed.district();
  const schools = [await t.seed.school(district), await t.seed.school(district)];
  const admin = await t.seed.user(district, [['DISTRICT_ADMIN', district]]);
  const teachers = await Promise.all(schools.map((s) => t.seed.user(s.school, [['TEACHER', s.school]])));
  for (let i = 0; i < n; i += 1) {
    const programme = await t.db.prisma.programme.create({
      data: {
        districtId: district.id,
        orgPath: district.path,
        code: `${district.code}-p${i}`,
        name: `Programme ${i}`,
        catalogueId,
        rules: { version: 1, selection: { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' } } },
        phases: {
          createMany: {
            data: [
              { kind: 'PREPARATION', startsOn: day('2022-04-01'), endsOn: day('2022-05-05') },
              { kind: 'IMPLEMENTATION', startsOn: day('2022-05-06'), endsOn: day('2022-07-10') },
            ],
          },
        },
      },
      select: { id: true },
    });
    for (const [position, name] of ['第一批', '第二批'].entries()) {
      const batch = await t.db.prisma.batch.create({
        data: {
          programmeId: programme.id,
          name,
          startsOn: day('2022-05-06'),
          endsOn: day('2022-07-10'),
          stages: ['PRIMARY'],
          position,
        },
        select: { id: true },
      });
      for (const [k, s] of schools.entries()) {
        await t.db.prisma.batchSchool.create({
          data: { batchId: batch.id, schoolId: s.school.id, orgPath: s.school.path, quota: 10 },
        });
        if (position === 0) {
          await t.db.prisma.enrolment.create({
            data: {
              programmeId: programme.id,
              batchId: batch.id,
              schoolId: s.school.id,
              teacherId: teachers[k]!.id,
              orgPath: s.school.path,
            },
          });
        }
      }
    }
    await t.db.prisma.decision.create({
      data: {
        subjectType: 'Programme',
        subjectId: programme.id,
        actorId: admin.id,
        action: 'CREATE',
        toState: 'DRAFT',
        orgPath: district.path,
      },
    });
  }
  return { admin, teacher: teachers[0]! };
}

async function statementsFor(query: string, as: UserRef) {
  await t.tokenFor(as); // sign outside the counted window
  t.db.statements.reset();
  const res = await t.gql(query, {}, as);
  expect(res.errors).toBeUndefined();
  return { count: t.db.statements.count, data: res.data! };
}

const PROGRAMMES = `{ programmes(first: 20) { totalCount nodes { code name status districtName district { name } catalogue { code }
  rules { version selection { minCredits dimensionRule { kind n } } }
  phases { kind startsOn endsOn }
  batches { name startsOn stages schools(first: 20) { totalCount nodes { schoolName quota enrolledCount school { name } } } }
  history { action actorName at } } } }`;

describe('programmes: SQL statements do not grow with the page', () => {
  it('the same for 1 and 20 programmes (with phases, batches, schools, enrolled counts and history)', async () => {
    const one = await districtWithProgrammes(1);
    const twenty = await districtWithProgrammes(20);
    const small = await statementsFor(PROGRAMMES, one.admin);
    const large = await statementsFor(PROGRAMMES, twenty.admin);
    expect(small.data.programmes.totalCount).toBe(1);
    expect(large.data.programmes.totalCount).toBe(20);
    const batch = large.data.programmes.nodes[0].batches[0];
    expect(batch.schools.totalCount).toBe(2);
    expect(batch.schools.nodes.map((s: { enrolledCount: number }) => s.enrolledCount)).toEqual([1, 1]);
    expect(
      large.data.programmes.nodes[0].batches[1].schools.nodes.map((s: { enrolledCount: number }) => s.enrolledCount),
    ).toEqual([0, 0]);
    expect(large.count).toBe(small.count);

    // A school's teacher reads the same page (without the district object) with the same statements too.
    const teacherSmall = await statementsFor(PROGRAMMES, one.teacher);
    const teacherLarge = await statementsFor(PROGRAMMES, twenty.teacher);
    expect(teacherLarge.data.programmes.nodes[0].district).toBeNull();
    expect(teacherLarge.data.programmes.nodes[0].batches[0].schools.totalCount).toBe(1);
    expect(teacherLarge.count).toBe(teacherSmall.count);
  });
});
