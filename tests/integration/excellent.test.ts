import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClassNominationsDocument,
  DecideNominationDocument,
  DistrictNominationsDocument,
  NominateExcellentDocument,
  WithdrawNominationDocument,
} from '../../sdk/src/generated/graphql.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { classOf, nomination, pass, scoredProgramme } from '../kit/excellent.js';
import { ofType } from '../kit/results.js';
import type { DistrictWorld, EnrolmentRef, OrgRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let p: ProgrammeWorld;

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  p = await scoredProgramme(d, [s]);
});
afterAll(() => t.close());

const nominate = (e: EnrolmentRef, as: UserRef, comment?: string) =>
  t.mutate(NominateExcellentDocument, { enrolmentId: e.gid, ...(comment === undefined ? {} : { comment }) }, { as });
const nominated = async (e: EnrolmentRef, as: UserRef) =>
  ofType(await nominate(e, as), 'NominateExcellentPayload').nomination;
const withdraw = (nominationId: string, as: UserRef) => t.mutate(WithdrawNominationDocument, { nominationId }, { as });
const decide = (nominationId: string, confirm: boolean, as: UserRef, comment?: string) =>
  t.mutate(DecideNominationDocument, { nominationId, confirm, ...(comment === undefined ? {} : { comment }) }, { as });
const classPage = async (klass: OrgRef, as: UserRef, programme: ProgrammeWorld = p) =>
  (await t.data(ClassNominationsDocument, { classId: klass.gid, programmeId: programme.gid }, { as })).node as AdHoc;

/** A fresh class of the school with its own tutor and `size` enrolled teachers. */
async function freshClass(size: number, school: SchoolWorld = s, programme: ProgrammeWorld = p) {
  const klass = await t.world.organisation('CLASS', school.school);
  const tutor = await t.world.user(school.school, [['CLASS_TUTOR', klass]]);
  const teachers = await classOf(programme, school, size, klass);
  return { klass, tutor, teachers };
}

describe('the class quota', () => {
  it('a class of 20 with 4 nominations: 3 accepted, the 4th refused with EXCELLENT_QUOTA_FULL', async () => {
    const { klass, tutor, teachers } = await freshClass(20);
    const four = teachers.slice(0, 4);
    await pass(t.db.prisma, four);
    const accepted = [];
    for (const e of four.slice(0, 3)) accepted.push(await nominated(e, tutor));
    expect(accepted.map((n) => n.status)).toEqual(['NOMINATED', 'NOMINATED', 'NOMINATED']);

    const fourth = await nominate(four[3]!, tutor);
    expect(fourth).toMatchObject({
      __typename: 'ExcellentQuotaFullError',
      code: 'EXCELLENT_QUOTA_FULL',
      quota: 3,
      nominated: 3,
    });
    expect(fourth).toMatchObject({ message: 'The class has 3 excellent-trainee places and 3 are taken.' });
    const zh = await t.request(
      NominateExcellentDocument,
      { input: { enrolmentId: four[3]!.gid } },
      { as: tutor, locale: 'zh-CN' },
    );
    expect(zh.data?.nominateExcellent).toMatchObject({ message: '本班优秀学员名额为 3 名，已提名 3 名，名额已满。' });
    expect(await t.db.prisma.excellentNomination.count({ where: { classId: klass.id } })).toBe(3);

    const page = await classPage(klass, tutor);
    expect(page.excellentQuota).toEqual({
      rate: 0.15,
      enrolled: 20,
      quota: 3,
      nominated: 3,
      confirmed: 0,
      remaining: 0,
    });
    expect(page.excellentNominations.totalCount).toBe(3);

    // Withdrawing frees the place; the fourth then fits.
    ofType(await withdraw(accepted[0]!.id, tutor), 'WithdrawNominationPayload');
    expect((await nominated(four[3]!, tutor)).status).toBe('NOMINATED');
    expect((await classPage(klass, tutor)).excellentQuota).toMatchObject({ quota: 3, nominated: 3, remaining: 0 });
  });

  it('a confirmed nominee keeps their place; a declined one frees it and may be nominated again', async () => {
    const { klass, tutor, teachers } = await freshClass(7); // 15% of 7 → 1 place
    await pass(t.db.prisma, teachers.slice(0, 2));
    const [a, b] = teachers;
    const first = await nominated(a!, tutor);
    expect(await nominate(b!, tutor)).toMatchObject({ code: 'EXCELLENT_QUOTA_FULL', quota: 1, nominated: 1 });

    const declined = ofType(await decide(first.id, false, d.admin, '材料不足'), 'DecideNominationPayload').nomination;
    expect(declined.status).toBe('WITHDRAWN');
    const second = await nominated(b!, tutor);
    const confirmed = ofType(await decide(second.id, true, d.admin, '表现突出'), 'DecideNominationPayload').nomination;
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', decidedAt: expect.any(String) });
    expect(confirmed.history.map((h: AdHoc) => [h.action, h.fromState, h.toState, h.comment])).toEqual([
      ['NOMINATE', null, 'NOMINATED', null],
      ['CONFIRM', 'NOMINATED', 'CONFIRMED', '表现突出'],
    ]);
    // The place stays taken by the confirmed nominee.
    expect(await nominate(a!, tutor)).toMatchObject({ code: 'EXCELLENT_QUOTA_FULL', quota: 1, nominated: 1 });
    expect((await classPage(klass, tutor)).excellentQuota).toMatchObject({ nominated: 1, confirmed: 1, remaining: 0 });
  });
});

describe('refusals', () => {
  it('NOT_PASSED, ALREADY_NOMINATED, no scheme, no class, bad input: each with its code, nothing stored', async () => {
    const { klass, tutor, teachers } = await freshClass(10);
    const [notPassed, passed] = teachers;
    await pass(t.db.prisma, [passed!]);

    expect(await nominate(notPassed!, tutor)).toMatchObject({
      __typename: 'NotPassedError',
      code: 'NOT_PASSED',
      verdict: 'IN_PROGRESS',
    });
    expect(await nominate(passed!, tutor, 'x'.repeat(2001))).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await t.db.prisma.excellentNomination.count({ where: { classId: klass.id } })).toBe(0);

    const first = await nominated(passed!, tutor);
    expect(await nominate(passed!, tutor)).toMatchObject({ code: 'ALREADY_NOMINATED', status: 'NOMINATED' });
    ofType(await decide(first.id, true, d.admin), 'DecideNominationPayload');
    expect(await nominate(passed!, tutor)).toMatchObject({ code: 'ALREADY_NOMINATED', status: 'CONFIRMED' });

    const unscored = await scoredProgramme(d, [], null);
    await unscored.enrolSchool(s);
    const e = await unscored.teacher(s, { class: klass });
    expect(await nominate(e, tutor)).toMatchObject({
      code: 'INVALID_STATE',
      message: 'The programme does not score its teachers, so it has no excellent trainees.',
    });
    const classless = await p.teacher(s, { class: null });
    await pass(t.db.prisma, [classless]);
    // Nobody tutors a teacher in no class: only the admins see the enrolment, and they may not nominate.
    expect(await nominate(classless, s.tutor)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await nominate(classless, d.admin)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
  });

  it('only a pending nomination can be withdrawn or decided; the tutor may not confirm, nor another district see it', async () => {
    const { tutor, teachers } = await freshClass(20);
    await pass(t.db.prisma, teachers.slice(0, 2));
    const n = await nominated(teachers[0]!, tutor);
    expect(await decide(n.id, true, tutor)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await withdraw(n.id, d.admin)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await decide(n.id, true, s.tutor)).toMatchObject({ code: 'NOT_FOUND' }); // another class's tutor
    const other = await t.world.district();
    expect(await decide(n.id, true, other.admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await decide(n.id, true, d.admin, 'x'.repeat(2001))).toMatchObject({ code: 'INVALID_INPUT' });

    ofType(await decide(n.id, true, d.admin), 'DecideNominationPayload');
    expect(await decide(n.id, false, d.admin)).toMatchObject({
      code: 'INVALID_STATE',
      message: 'The nomination is already confirmed: only a nomination awaiting the district can change.',
    });
    expect(await withdraw(n.id, tutor)).toMatchObject({ code: 'INVALID_STATE' });

    const m = await nominated(teachers[1]!, tutor);
    ofType(await withdraw(m.id, tutor), 'WithdrawNominationPayload');
    expect(await withdraw(m.id, tutor)).toMatchObject({ code: 'INVALID_STATE' });
    expect(await decide(m.id, true, d.admin)).toMatchObject({ code: 'INVALID_STATE' });
    // Renewed: the same record, NOMINATED again, with its whole history.
    const renewed = await nominated(teachers[1]!, tutor);
    expect(renewed.id).toBe(m.id);
    const final = ofType(await decide(m.id, true, d.admin), 'DecideNominationPayload').nomination;
    expect(final.history.map((h: AdHoc) => h.action)).toEqual(['NOMINATE', 'WITHDRAW', 'NOMINATE', 'CONFIRM']);
  });
});

describe('reads', () => {
  it('the nominee sees their nomination; the school and district see every class’s; a tutor only their class', async () => {
    // A district of its own, so its lists hold this test's nominations only.
    const dd = await t.world.district();
    const s1 = await dd.school();
    const s2 = await dd.school();
    const pp = await scoredProgramme(dd, [s1, s2]);
    const one = await freshClass(20, s1, pp);
    const two = await freshClass(20, s2, pp);
    await pass(t.db.prisma, [...one.teachers.slice(0, 2), ...two.teachers.slice(0, 1)]);
    const a = await nominated(one.teachers[0]!, one.tutor);
    const b = await nominated(one.teachers[1]!, one.tutor);
    const c = await nominated(two.teachers[0]!, two.tutor);
    ofType(await decide(b.id, true, dd.admin), 'DecideNominationPayload');

    const own = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Enrolment { nomination { id status } } } }`,
      { id: one.teachers[0]!.gid },
      { as: one.teachers[0]!.teacher },
    );
    expect(own.data).toEqual({ node: { nomination: { id: a.id, status: 'NOMINATED' } } });
    const notNominated = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Enrolment { nomination { id } } } }`,
      { id: one.teachers[5]!.gid },
      { as: one.teachers[5]!.teacher },
    );
    expect(notNominated.data).toEqual({ node: { nomination: null } });

    const district = async (org: OrgRef, as: UserRef, status?: 'CONFIRMED') =>
      (
        await t.data(
          DistrictNominationsDocument,
          { organisationId: org.gid, programmeId: pp.gid, ...(status ? { status } : {}) },
          { as },
        )
      ).node as AdHoc;
    const all = await district(dd.district, dd.admin);
    expect(all.excellentNominations.nodes.map((n: AdHoc) => n.id).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(
      (await district(dd.district, dd.admin, 'CONFIRMED')).excellentNominations.nodes.map((n: AdHoc) => n.id),
    ).toEqual([b.id]);
    const school = await district(s2.school, s2.admin);
    expect(school.excellentNominations.nodes.map((n: AdHoc) => n.id)).toEqual([c.id]);
    // A tutor reads their class only; the school's list is not theirs.
    expect((await district(s1.school, one.tutor))?.excellentNominations ?? null).toBeNull();
    expect((await classPage(two.klass, one.tutor, pp))?.excellentNominations ?? null).toBeNull();
    expect((await classPage(one.klass, one.tutor, pp)).excellentNominations.totalCount).toBe(2);
    // A teacher reads no list, and another district's admin sees nothing.
    expect((await classPage(one.klass, one.teachers[0]!.teacher, pp))?.excellentNominations ?? null).toBeNull();
    const other = await t.world.district();
    expect(await district(dd.district, other.admin)).toBeNull();
    // Another district's programme has no places in this class.
    expect((await classPage(one.klass, one.tutor, p)).excellentQuota).toBeNull();
    // The quota is a class's: null on a school.
    const onSchool = await t.gql(
      `query($id: ID!, $p: ID!) { node(id: $id) { ... on Organisation { excellentQuota(programmeId: $p) { quota } } } }`,
      { id: s1.school.gid, p: pp.gid },
      { as: s1.admin },
    );
    expect(onSchool.data).toEqual({ node: { excellentQuota: null } });
  });

  it('the class and district lists read the same number of statements for 1, 10 and 50 nominations', async () => {
    const counts: number[] = [];
    for (const size of [1, 10, 50]) {
      const dd = await t.world.district();
      const ss = await dd.school();
      const pp = await scoredProgramme(dd, [ss], 1);
      const teachers = await classOf(pp, ss, size);
      for (const e of teachers) await nomination(t.db.prisma, e, ss.class, pp.id, ss.tutor.id);
      const cls = await t.statementsFor(
        print(ClassNominationsDocument),
        { classId: ss.class.gid, programmeId: pp.gid, first: 100 },
        { as: ss.tutor },
      );
      expect((cls.data as AdHoc).node.excellentNominations.nodes).toHaveLength(size);
      expect((cls.data as AdHoc).node.excellentQuota).toMatchObject({ quota: size, nominated: size });
      const dis = await t.statementsFor(
        print(DistrictNominationsDocument),
        { organisationId: dd.district.gid, programmeId: pp.gid, first: 100 },
        { as: dd.admin },
      );
      expect((dis.data as AdHoc).node.excellentNominations.totalCount).toBe(size);
      counts.push(cls.count * 1000 + dis.count);
    }
    expect(new Set(counts).size, `class*1000+district statements at 1, 10, 50: ${counts}`).toBe(1);
  });
});

describe('simultaneous nominations', () => {
  // 100 on PostgreSQL (CI); PGlite runs one transaction at a time, so fewer prove the same there.
  const size = process.env.TEST_DATABASE_URL ? 100 : 40;
  it(`${size} nominations at once in a class of ${size}: exactly the quota (15%) accepted`, async () => {
    const { klass, tutor, teachers } = await freshClass(size);
    await pass(t.db.prisma, teachers);
    const results = await Promise.all(teachers.map((e) => nominate(e, tutor)));
    const quota = Math.floor(size * 0.15);
    const outcomes = results.map((r) => ('code' in r ? r.code : r.__typename));
    expect(outcomes.filter((o) => o === 'NominateExcellentPayload')).toHaveLength(quota);
    expect(outcomes.filter((o) => o === 'EXCELLENT_QUOTA_FULL')).toHaveLength(size - quota);
    expect(await t.db.prisma.excellentNomination.count({ where: { classId: klass.id, status: 'NOMINATED' } })).toBe(
      quota,
    );
  }, 120_000);
});
