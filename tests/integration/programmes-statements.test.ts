import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../kit/app.js';
import type { UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

/**
 * A district with `n` programmes, each with two phases, two batches of two schools (one teacher
 * enrolled per school and batch) and a history; returns its admin and a teacher of one school.
 */
async function districtWithProgrammes(n: number): Promise<{ admin: UserRef; teacher: UserRef }> {
  const d = await t.world.district();
  const schools = [await d.school(), await d.school()];
  const teachers = await Promise.all(schools.map((s) => s.teacher({ class: null })));
  for (let i = 0; i < n; i += 1) {
    const p = await d.programme({
      code: `${d.district.code}-p${i}`,
      name: `Programme ${i}`,
      status: 'DRAFT',
      rules: { selection: { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' } } },
      phases: [
        { kind: 'PREPARATION', startsOn: '2022-04-01', endsOn: '2022-05-05' },
        { kind: 'IMPLEMENTATION', startsOn: '2022-05-06', endsOn: '2022-07-10' },
      ],
      batches: ['第一批', '第二批'].map((name) => ({ name, startsOn: '2022-05-06', endsOn: '2022-07-10' })),
      schools,
      quota: 10,
    });
    for (const [k, s] of schools.entries()) await p.enrol(teachers[k]!, s.school);
    await t.db.prisma.decision.create({
      data: {
        subjectType: 'Programme',
        subjectId: p.id,
        actorId: d.admin.id,
        action: 'CREATE',
        toState: 'DRAFT',
        orgPath: d.district.path,
      },
    });
  }
  return { admin: d.admin, teacher: teachers[0]! };
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
    const small = await t.statementsFor(PROGRAMMES, {}, { as: one.admin });
    const large = await t.statementsFor(PROGRAMMES, {}, { as: twenty.admin });
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
    const teacherSmall = await t.statementsFor(PROGRAMMES, {}, { as: one.teacher });
    const teacherLarge = await t.statementsFor(PROGRAMMES, {}, { as: twenty.teacher });
    expect(teacherLarge.data.programmes.nodes[0].district).toBeNull();
    expect(teacherLarge.data.programmes.nodes[0].batches[0].schools.totalCount).toBe(1);
    expect(teacherLarge.count).toBe(teacherSmall.count);
  });
});
