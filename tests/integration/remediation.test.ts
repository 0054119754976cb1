/**
 * Remediation (补学) through the real server: a teacher who failed Tianchang-like programme P1 (hours short of the 50
 * needed once the study ended) is enrolled in a remedial round of P1 itself or of the district's next programme P2,
 * with the entries earned and confirmed by the district carried over as marked copies (reversed ones and reversals
 * never), and is then refused excellent nominations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remedialEnrolmentIds } from '../../schema/remediation/index.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { testServerUrl } from '../kit/database.js';
import { oneShareScheme, pass } from '../kit/excellent.js';
import { gid, rawId } from '../kit/ids.js';
import type {
  DistrictWorld,
  EnrolmentRef,
  ProgrammeOptions,
  ProgrammeWorld,
  SchoolWorld,
  UserRef,
} from '../kit/world.js';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
/** The failed programme: study ended 2022-07-10, ≥ 50 hours in all, one share passes the score. */
let p1: ProgrammeWorld;
/** The district's next programme (PUBLISHED, from 2023-05-06), the school admitted. */
let p2: ProgrammeWorld;

const rules = (extra: Record<string, unknown> = {}) =>
  ({
    selection: {},
    hours: { onlineHours: 30, minTotal: 50 },
    scoring: oneShareScheme(1),
    ...extra,
  }) as ProgrammeOptions['rules'];

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  p1 = await d.programme({
    rules: rules(),
    phases: [{ kind: 'IMPLEMENTATION', startsOn: '2022-05-06', endsOn: '2022-07-10' }],
    batches: [{ startsOn: '2022-05-06', endsOn: '2022-07-10' }],
    schools: [s],
  });
  p2 = await d.programme({
    status: 'PUBLISHED',
    rules: rules(),
    batches: [{ startsOn: '2023-05-06', endsOn: '2023-12-31' }],
    schools: [s],
  });
});
afterAll(() => t.close());

type Level = 'SCHOOL' | 'DISTRICT';

/** One ledger entry written straight to the database, with its confirmations. */
async function entry(
  e: EnrolmentRef,
  programme: ProgrammeWorld,
  spec: {
    source?: 'ONLINE_STUDY' | 'SCHOOL_PRACTICE' | 'MANUAL_ENTRY' | 'REVERSAL';
    category?: 'ONLINE' | 'OFFLINE';
    hours: number;
    levels?: Level[];
    reverses?: string;
  },
): Promise<string> {
  const row = await t.db.prisma.creditEntry.create({
    data: {
      programmeId: programme.id,
      enrolmentId: e.id,
      teacherId: e.teacher.id,
      orgPath: e.orgPath,
      source: spec.source ?? 'ONLINE_STUDY',
      category: spec.category ?? 'ONLINE',
      hours: spec.hours,
      basis: spec.reverses ? { reason: 'wrong entry' } : { score: 85, minutes: 1200 },
      reversesId: spec.reverses ?? null,
      enteredById: spec.source === 'ONLINE_STUDY' ? null : s.admin.id,
    },
    select: { id: true },
  });
  const levels = spec.levels ?? ['SCHOOL', 'DISTRICT'];
  for (const level of levels)
    await t.db.prisma.creditConfirmation.create({
      data: {
        entryId: row.id,
        level,
        confirmedById: level === 'SCHOOL' ? s.admin.id : d.admin.id,
        orgPath: e.orgPath,
      },
    });
  return row.id;
}

interface Ledger {
  online: string;
  wrong: string;
  reversal: string;
  manual: string;
  schoolOnly: string;
  pending: string;
}

/**
 * A teacher of P1 who passed the score (one share) but has 43 counted hours of the 50 needed: 30 online (confirmed by
 * the district), 12 offline entered and then reversed, 8 offline confirmed, 5 offline the school confirmed but the
 * district not yet, and 3 pending. Carried over: 30 online + 8 offline.
 */
async function failedTeacher(school: SchoolWorld = s, programme: ProgrammeWorld = p1) {
  const e = await programme.teacher(school);
  await pass(t.db.prisma, [e]);
  const online = await entry(e, programme, { hours: 30 });
  const wrong = await entry(e, programme, { source: 'SCHOOL_PRACTICE', category: 'OFFLINE', hours: 12 });
  const reversal = await entry(e, programme, { source: 'REVERSAL', category: 'OFFLINE', hours: -12, reverses: wrong });
  const manual = await entry(e, programme, { source: 'MANUAL_ENTRY', category: 'OFFLINE', hours: 8 });
  const schoolOnly = await entry(e, programme, {
    source: 'SCHOOL_PRACTICE',
    category: 'OFFLINE',
    hours: 5,
    levels: ['SCHOOL'],
  });
  const pending = await entry(e, programme, { source: 'MANUAL_ENTRY', category: 'OFFLINE', hours: 3, levels: [] });
  const ledger: Ledger = { online, wrong, reversal, manual, schoolOnly, pending };
  return { e, ledger };
}

const ROUND_FIELDS = `
  id round reason sameProgramme startedAt
  enrolment { id programme { id } }
  failedEnrolment { id }
  carriedHours { entries online offline total }`;

const ENROL = `
  mutation Enrol($input: EnrolInRemedialRoundInput!) {
    enrolInRemedialRound(input: $input) {
      __typename
      ... on Error { code message }
      ... on EnrolInRemedialRoundPayload { round { ${ROUND_FIELDS} } }
      ... on NotFailedError { standing }
      ... on AlreadyInRemedialRoundError { openRound: round sameProgramme }
      ... on RemedialTargetNotEligibleError { problem }
      ... on ValidationError { issues { path message } }
    }
  }`;

async function enrol(
  e: EnrolmentRef,
  as: UserRef,
  extra: { targetProgrammeId?: string; classId?: string; reason?: string } = {},
  app: TestApp = t,
): Promise<AdHoc> {
  const res = await app.gql(
    ENROL,
    { input: { enrolmentId: e.gid, reason: '与项目单位协商：补修线下实践学时', ...extra } },
    { as },
  );
  expect(res.errors).toBeUndefined();
  return res.data.enrolInRemedialRound;
}

const enrolled = async (e: EnrolmentRef, as: UserRef, extra: Parameters<typeof enrol>[2] = {}) => {
  const result = await enrol(e, as, extra);
  expect(result.__typename, JSON.stringify(result)).toBe('EnrolInRemedialRoundPayload');
  return result.round;
};

/** Everything a refusal must leave as it was. */
async function snapshot(teacherId: string) {
  const prisma = t.db.prisma;
  return {
    rounds: await prisma.remedialRound.count(),
    enrolments: await prisma.enrolment.findMany({ where: { teacherId }, orderBy: { id: 'asc' } }),
    entries: await prisma.creditEntry.findMany({ where: { teacherId }, orderBy: { id: 'asc' } }),
    confirmations: await prisma.creditConfirmation.count(),
  };
}

const enrolmentRemedial = async (e: { gid: string }, as: UserRef) =>
  (
    await t.gql(
      `query($id: ID!) { node(id: $id) { ... on Enrolment { remedial remedialRounds { id round sameProgramme } } } }`,
      { id: e.gid },
      { as },
    )
  ).data.node;

describe('who can be enrolled', () => {
  it('refuses a teacher who qualified, and one whose study has not ended, changing nothing', async () => {
    const qualified = await p1.teacher(s);
    await pass(t.db.prisma, [qualified]);
    await entry(qualified, p1, { hours: 30 });
    await entry(qualified, p1, { source: 'SCHOOL_PRACTICE', category: 'OFFLINE', hours: 20 });
    const before = await snapshot(qualified.teacher.id);
    expect(await enrol(qualified, s.admin)).toMatchObject({
      __typename: 'NotFailedError',
      code: 'NOT_FAILED',
      standing: 'QUALIFIED',
      message: 'The teacher qualifies in this programme, so there is nothing to make up.',
    });
    expect(await snapshot(qualified.teacher.id)).toEqual(before);

    // P2 is still open: its teachers have not failed yet, whatever their hours.
    const studying = await p2.teacher(s);
    expect(await enrol(studying, s.admin)).toMatchObject({ code: 'NOT_FAILED', standing: 'IN_PROGRESS' });
    const zh = await t.gql(
      ENROL,
      { input: { enrolmentId: studying.gid, reason: '补学' } },
      {
        as: s.admin,
        locale: 'zh-CN',
      },
    );
    expect(zh.data.enrolInRemedialRound.message).toBe(
      '该教师尚未考核不合格：项目研修尚未结束，考核结果未判定为不合格。',
    );
  });

  it('a FAILED score is a failure: a teacher with no share and no hours', async () => {
    const e = await p1.teacher(s);
    const round = await enrolled(e, s.admin);
    expect(round).toMatchObject({ round: 1, sameProgramme: true, carriedHours: { entries: 0, total: 0 } });
  });

  it('needs a reason, and a class only for the next programme: INVALID_INPUT, nothing changed', async () => {
    const { e } = await failedTeacher();
    const before = await snapshot(e.teacher.id);
    expect(await enrol(e, s.admin, { reason: '   ' })).toMatchObject({
      __typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issues: [{ path: ['input', 'reason'] }],
    });
    expect(await enrol(e, s.admin, { reason: 'x'.repeat(501) })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await enrol(e, s.admin, { classId: s.class.gid })).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: ['input', 'classId'] }],
    });
    expect(await snapshot(e.teacher.id)).toEqual(before);
  });
});

describe('a round in the same programme', () => {
  it('is a round on the failed enrolment: nothing copied, the entries before it count as earned before', async () => {
    const { e } = await failedTeacher();
    const before = await snapshot(e.teacher.id);
    const round = await enrolled(e, s.admin);
    expect(round).toMatchObject({
      round: 1,
      reason: '与项目单位协商：补修线下实践学时',
      sameProgramme: true,
      enrolment: { id: e.gid, programme: { id: p1.gid } },
      failedEnrolment: { id: e.gid },
      // 30 online + 8 offline: the reversed 12, the reversal, the school-only 5 and the pending 3 are not.
      carriedHours: { entries: 2, online: 30, offline: 8, total: 38 },
    });
    const after = await snapshot(e.teacher.id);
    expect(after.entries).toEqual(before.entries);
    expect(after.enrolments).toEqual(before.enrolments);
    expect(after.confirmations).toBe(before.confirmations);

    // Hours added after the round started are remedial work, not carried.
    await entry(e, p1, { source: 'MANUAL_ENTRY', category: 'OFFLINE', hours: 7 });
    const node = (
      await t.gql(
        `query($id: ID!) { node(id: $id) { ... on RemedialRound { carriedHours { total } } } }`,
        {
          id: round.id,
        },
        { as: s.admin },
      )
    ).data.node;
    expect(node.carriedHours.total).toBe(38);

    expect(await enrolmentRemedial(e, e.teacher)).toEqual({
      remedial: true,
      remedialRounds: [{ id: round.id, round: 1, sameProgramme: true }],
    });
    const history = await t.db.prisma.decision.findMany({
      where: { subjectType: 'RemedialRound', subjectId: rawId(round.id) },
    });
    expect(history).toMatchObject([{ action: 'ENROL', toState: 'SAME_PROGRAMME', actorId: s.admin.id }]);
  });

  it('a second round there is refused; moving on to the next programme is round 2', async () => {
    const { e } = await failedTeacher();
    await enrolled(e, s.admin);
    expect(await enrol(e, d.admin)).toMatchObject({
      __typename: 'AlreadyInRemedialRoundError',
      code: 'ALREADY_IN_REMEDIAL_ROUND',
      openRound: 1,
      sameProgramme: true,
      message: 'The teacher is already in remedial round 1 of this programme.',
    });
    const next = await enrolled(e, d.admin, { targetProgrammeId: p2.gid });
    expect(next).toMatchObject({ round: 2, sameProgramme: false, enrolment: { programme: { id: p2.gid } } });
    expect(await enrol(e, d.admin, { targetProgrammeId: p2.gid })).toMatchObject({
      code: 'ALREADY_IN_REMEDIAL_ROUND',
      openRound: 2,
      sameProgramme: false,
    });
  });
});

describe('a round in the next programme', () => {
  it('enrols the teacher there and copies the confirmed entries, marked, confirmed at both levels', async () => {
    const { e, ledger } = await failedTeacher();
    const originals = await t.db.prisma.creditEntry.findMany({ where: { enrolmentId: e.id }, orderBy: { id: 'asc' } });
    const round = await enrolled(e, s.admin, { targetProgrammeId: p2.gid });
    expect(round).toMatchObject({
      round: 1,
      sameProgramme: false,
      failedEnrolment: { id: e.gid },
      enrolment: { programme: { id: p2.gid } },
      carriedHours: { entries: 2, online: 30, offline: 8, total: 38 },
    });
    const fresh = await t.db.prisma.enrolment.findFirstOrThrow({
      where: { programmeId: p2.id, teacherId: e.teacher.id },
    });
    expect(gid('Enrolment', fresh.id)).toBe(round.enrolment.id);
    // The same school, P2's batch admitting it, the school's class (P2 forms one class per school).
    expect(fresh).toMatchObject({
      schoolId: s.school.id,
      batchId: p2.batch.id,
      classId: s.class.id,
      orgPath: e.orgPath,
    });

    const copies = await t.db.prisma.creditEntry.findMany({
      where: { enrolmentId: fresh.id },
      include: { confirmations: true },
      orderBy: { hours: 'desc' },
    });
    expect(copies.map((c) => [c.source, c.category, Number(c.hours), c.carriedFromId])).toEqual([
      ['ONLINE_STUDY', 'ONLINE', 30, ledger.online],
      ['MANUAL_ENTRY', 'OFFLINE', 8, ledger.manual],
    ]);
    for (const copy of copies) {
      expect(copy).toMatchObject({ programmeId: p2.id, teacherId: e.teacher.id, orgPath: e.orgPath });
      expect(copy.basis).toMatchObject({
        carried: true,
        remedialRoundId: (await t.db.prisma.remedialRound.findFirstOrThrow({ where: { failedEnrolmentId: e.id } })).id,
        round: 1,
        carriedFrom: { entryId: copy.carriedFromId, programmeId: p1.id, enrolmentId: e.id },
      });
      expect(copy.confirmations.map((c) => c.level).sort()).toEqual(['DISTRICT', 'SCHOOL']);
    }
    expect(copies[0]!.basis).toMatchObject({ carriedFrom: { basis: { score: 85, minutes: 1200 } } });
    // The originals are as they were: the ledger only got INSERTs.
    expect(await t.db.prisma.creditEntry.findMany({ where: { enrolmentId: e.id }, orderBy: { id: 'asc' } })).toEqual(
      originals,
    );

    // Marked as carried on the ledger, for the teacher.
    const marked = await t.gql(
      `query($id: ID!) { node(id: $id) { ... on CreditEntry { hours carriedOver carriedFrom { id programme { id } } } } }`,
      { id: gid('CreditEntry', copies[0]!.id) },
      { as: e.teacher },
    );
    expect(marked.data.node).toEqual({
      hours: 30,
      carriedOver: true,
      carriedFrom: { id: gid('CreditEntry', ledger.online), programme: { id: p1.gid } },
    });

    // Both enrolments are remedial; the new one lists the round it is studied in, the failed one none.
    expect(await enrolmentRemedial({ gid: round.enrolment.id }, e.teacher)).toEqual({
      remedial: true,
      remedialRounds: [{ id: round.id, round: 1, sameProgramme: false }],
    });
    expect(await enrolmentRemedial(e, s.admin)).toEqual({ remedial: true, remedialRounds: [] });
    expect(await remedialEnrolmentIds(t.db.prisma, [e.id, fresh.id, ledger.online])).toEqual(new Set([e.id, fresh.id]));
    const enrolHistory = await t.db.prisma.decision.findMany({
      where: { subjectType: 'Enrolment', subjectId: fresh.id },
    });
    expect(enrolHistory).toMatchObject([{ action: 'ENROL_REMEDIAL', toState: 'ENROLLED' }]);
  });

  it('refuses a programme that cannot hold it, with the reason, changing nothing', async () => {
    const { e } = await failedTeacher();
    const earlier = await d.programme({ rules: rules(), batches: [{ startsOn: '2021-05-01' }], schools: [s] });
    const notAdmitting = await d.programme({ rules: rules(), batches: [{ startsOn: '2024-03-01' }] });
    const draft = await d.programme({
      status: 'DRAFT',
      rules: rules(),
      batches: [{ startsOn: '2024-03-01' }],
      schools: [s],
    });
    const other = await (await t.world.district()).programme({ rules: rules(), batches: [{ startsOn: '2024-03-01' }] });
    const before = await snapshot(e.teacher.id);
    expect(await enrol(e, s.admin, { targetProgrammeId: earlier.gid })).toMatchObject({
      __typename: 'RemedialTargetNotEligibleError',
      code: 'REMEDIAL_TARGET_NOT_ELIGIBLE',
      problem: 'NOT_LATER',
    });
    expect(await enrol(e, s.admin, { targetProgrammeId: notAdmitting.gid })).toMatchObject({
      problem: 'SCHOOL_NOT_ADMITTED',
    });
    expect(await enrol(e, d.admin, { targetProgrammeId: draft.gid })).toMatchObject({ problem: 'NOT_OPEN' });
    // Another district's programme is invisible: exactly like a missing one.
    expect(await enrol(e, d.admin, { targetProgrammeId: other.gid })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await snapshot(e.teacher.id)).toEqual(before);
  });

  it('refuses a teacher already enrolled there (CONFLICT) and a school closed there (CLOSED)', async () => {
    const { e } = await failedTeacher();
    await p2.enrol(e.teacher, s);
    expect(await enrol(e, s.admin, { targetProgrammeId: p2.gid })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('already enrolled in that programme'),
    });

    const closed = await d.school();
    const p3 = await d.programme({ rules: rules(), batches: [{ startsOn: '2024-03-01' }], schools: [closed] });
    await p1.enrolSchool(closed);
    const { e: failed } = await failedTeacher(closed);
    await t.db.prisma.schoolCompletion.create({
      data: {
        programmeId: p3.id,
        schoolId: closed.school.id,
        orgPath: closed.school.path,
        closingState: 'ACCEPTED',
        closedAt: new Date(),
      },
    });
    const before = await snapshot(failed.teacher.id);
    expect(await enrol(failed, closed.admin, { targetProgrammeId: p3.gid })).toMatchObject({
      __typename: 'ClosedError',
      code: 'CLOSED',
    });
    expect(await snapshot(failed.teacher.id)).toEqual(before);
  });

  it('a school closed in the failed programme may still move its failures on; not remediate them there', async () => {
    const school = await d.school();
    await p1.enrolSchool(school);
    await p2.enrolSchool(school);
    const { e } = await failedTeacher(school);
    await t.db.prisma.schoolCompletion.create({
      data: {
        programmeId: p1.id,
        schoolId: school.school.id,
        orgPath: school.school.path,
        closingState: 'ACCEPTED',
        closedAt: new Date(),
      },
    });
    expect(await enrol(e, school.admin)).toMatchObject({ __typename: 'ClosedError', code: 'CLOSED' });
    expect(await enrolled(e, school.admin, { targetProgrammeId: p2.gid })).toMatchObject({
      round: 1,
      carriedHours: { total: 38 },
    });
  });

  it('a deactivated school takes no round (INVALID_STATE)', async () => {
    const school = await d.school();
    await p1.enrolSchool(school);
    const { e } = await failedTeacher(school);
    await t.db.prisma.organisation.update({ where: { id: school.school.id }, data: { deactivatedAt: new Date() } });
    expect(await enrol(e, d.admin)).toMatchObject({ code: 'INVALID_STATE' });
  });
});

describe('remedial teachers are not eligible for excellent awards (此类教师不参加评优)', () => {
  const NOMINATE = `
    mutation($input: NominateExcellentInput!) {
      nominateExcellent(input: $input) { __typename ... on Error { code message } ... on RemedialExcludedError { round } }
    }`;
  const nominate = async (e: { gid: string }, as: UserRef) =>
    (await t.gql(NOMINATE, { input: { enrolmentId: e.gid } }, { as })).data.nominateExcellent;

  it('a teacher who passed the score but failed the hours: nominated before the round, refused after', async () => {
    const { e } = await failedTeacher();
    const { e: other } = await failedTeacher();
    // The score passed: without a round the tutor may nominate (the quota rate is 1).
    expect((await nominate(other, s.tutor)).__typename).toBe('NominateExcellentPayload');

    await enrolled(e, s.admin);
    const before = await t.db.prisma.excellentNomination.count();
    expect(await nominate(e, s.tutor)).toMatchObject({
      __typename: 'RemedialExcludedError',
      code: 'REMEDIAL_EXCLUDED',
      round: 1,
      message: 'The teacher is in a remedial round (round 1) and is not eligible for excellent awards.',
    });
    expect(await t.db.prisma.excellentNomination.count()).toBe(before);
  });

  it('the new enrolment of a next-programme round is refused too', async () => {
    const { e } = await failedTeacher();
    const round = await enrolled(e, s.admin, { targetProgrammeId: p2.gid });
    expect(await nominate({ gid: round.enrolment.id }, s.tutor)).toMatchObject({ code: 'REMEDIAL_EXCLUDED' });
  });

  it('enrolling withdraws a live nomination, in its history', async () => {
    const { e } = await failedTeacher();
    expect((await nominate(e, s.tutor)).__typename).toBe('NominateExcellentPayload');
    await enrolled(e, s.admin);
    const nomination = await t.db.prisma.excellentNomination.findUniqueOrThrow({ where: { enrolmentId: e.id } });
    expect(nomination.status).toBe('WITHDRAWN');
    const history = await t.db.prisma.decision.findMany({
      where: { subjectType: 'ExcellentNomination', subjectId: nomination.id },
      orderBy: { createdAt: 'asc' },
    });
    expect(history.map((h) => [h.action, h.toState])).toEqual([
      ['NOMINATE', 'NOMINATED'],
      ['REMEDIAL_WITHDRAW', 'WITHDRAWN'],
    ]);
  });
});

describe('authorization', () => {
  it('only the admins over the school enrol; the teacher and the tutor are refused; another district finds nothing', async () => {
    const { e } = await failedTeacher();
    expect(await enrol(e, e.teacher)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    expect(await enrol(e, s.tutor)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const elsewhere = await t.world.district();
    expect(await enrol(e, elsewhere.admin)).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.db.prisma.remedialRound.count({ where: { failedEnrolmentId: e.id } })).toBe(0);
  });

  it('a round is seen by its teacher and the admins over the school; missing for anyone else', async () => {
    const { e } = await failedTeacher();
    const round = await enrolled(e, d.admin);
    const other = await p1.teacher(s);
    const elsewhere = await t.world.district();
    const seen = async (as: UserRef) =>
      (await t.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: round.id }, { as })).data.node;
    for (const viewer of [e.teacher, s.admin, d.admin, d.provinceAdmin])
      expect(await seen(viewer)).toEqual({ id: round.id });
    for (const viewer of [other.teacher, s.tutor, s.leader, elsewhere.admin]) expect(await seen(viewer)).toBeNull();
    // The rounds on the enrolment follow credit:read; the remedial flag, score:read (the class's tutors too).
    expect(await enrolmentRemedial(e, s.tutor)).toEqual({ remedial: true, remedialRounds: null });
  });

  it('lists a school’s rounds for its admins and the district’s for the district; null for anyone else', async () => {
    const school = await d.school();
    await p1.enrolSchool(school);
    await p2.enrolSchool(school);
    const mine = [await failedTeacher(school), await failedTeacher(school)];
    const same = await enrolled(mine[0]!.e, school.admin);
    const moved = await enrolled(mine[1]!.e, school.admin, { targetProgrammeId: p2.gid });
    const LIST = `query($p: ID!, $s: ID) { remedialRounds(programmeId: $p, schoolId: $s, first: 100) {
      totalCount nodes { id round sameProgramme } } }`;
    const list = async (programme: ProgrammeWorld, schoolId: string | null, as: UserRef) =>
      (await t.gql(LIST, { p: programme.gid, s: schoolId }, { as })).data.remedialRounds;

    // P1's: the round studied there and the one of its teacher moved on to P2.
    expect(await list(p1, school.school.gid, school.admin)).toEqual({
      totalCount: 2,
      nodes: [
        { id: same.id, round: 1, sameProgramme: true },
        { id: moved.id, round: 1, sameProgramme: false },
      ],
    });
    // P2's: the one studied there.
    expect((await list(p2, school.school.gid, school.admin)).nodes).toEqual([
      { id: moved.id, round: 1, sameProgramme: false },
    ]);
    const district = await list(p1, null, d.admin);
    expect(district.nodes.map((n: { id: string }) => n.id)).toEqual(expect.arrayContaining([same.id, moved.id]));
    expect(await list(p1, null, school.admin)).toBeNull();
    expect(await list(p1, school.school.gid, mine[0]!.e.teacher)).toBeNull();
    expect(await list(p1, school.school.gid, s.admin)).toBeNull();
    expect(await list(p1, null, (await t.world.district()).admin)).toBeNull();
  });

  it('a page of rounds costs the same statements whatever its size', async () => {
    const school = await d.school();
    await p1.enrolSchool(school);
    for (let i = 0; i < 6; i += 1) {
      const e = await p1.teacher(school);
      await entry(e, p1, { hours: 10 + i });
      await t.db.prisma.remedialRound.create({
        data: {
          failedEnrolmentId: e.id,
          enrolmentId: e.id,
          round: 1,
          reason: '补学',
          orgPath: e.orgPath,
          createdById: school.admin.id,
        },
      });
    }
    const PAGE = `query($p: ID!, $s: ID, $n: Int) { remedialRounds(programmeId: $p, schoolId: $s, first: $n) {
      totalCount nodes { id round reason sameProgramme carriedHours { entries total }
        enrolment { id remedial teacher { displayName } } failedEnrolment { id } } } }`;
    const vars = (n: number) => ({ p: p1.gid, s: school.school.gid, n });
    const small = await t.statementsFor(PAGE, vars(2), { as: school.admin });
    const large = await t.statementsFor(PAGE, vars(6), { as: school.admin });
    expect(large.data.remedialRounds.nodes).toHaveLength(6);
    expect(large.data.remedialRounds.nodes.map((n: AdHoc) => n.carriedHours.total)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(large.count).toBe(small.count);
  });
});

describe(`two admins at once make one round (${testServerUrl ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('in the same programme', async () => {
    const { e } = await failedTeacher();
    const results = await Promise.all([enrol(e, s.admin), enrol(e, d.admin), enrol(e, s.admin)]);
    expect(results.map((r) => r.__typename).sort()).toEqual([
      'AlreadyInRemedialRoundError',
      'AlreadyInRemedialRoundError',
      'EnrolInRemedialRoundPayload',
    ]);
    expect(await t.db.prisma.remedialRound.count({ where: { failedEnrolmentId: e.id } })).toBe(1);
  });

  it('in the next programme: one enrolment, the entries copied once', async () => {
    const { e } = await failedTeacher();
    const target = { targetProgrammeId: p2.gid };
    const results = await Promise.all([
      enrol(e, s.admin, target),
      enrol(e, d.admin, target),
      enrol(e, d.admin, target),
    ]);
    expect(results.filter((r) => r.__typename === 'EnrolInRemedialRoundPayload')).toHaveLength(1);
    expect(results.filter((r) => r.code === 'ALREADY_IN_REMEDIAL_ROUND')).toHaveLength(2);
    expect(await t.db.prisma.enrolment.count({ where: { programmeId: p2.id, teacherId: e.teacher.id } })).toBe(1);
    expect(await t.db.prisma.creditEntry.count({ where: { programmeId: p2.id, teacherId: e.teacher.id } })).toBe(2);
  });

  it('two failures of one teacher moved to the same programme at once: one wins', async () => {
    // The teacher failed P1 and an earlier programme P0; both are moved to P2 at once: the unique enrolment decides.
    const { e } = await failedTeacher();
    const p0 = await d.programme({
      rules: rules(),
      phases: [{ kind: 'IMPLEMENTATION', startsOn: '2021-05-01', endsOn: '2021-07-10' }],
      batches: [{ startsOn: '2021-05-01' }],
      schools: [s],
    });
    const earlier = await p0.enrol(e.teacher, s);
    const target = { targetProgrammeId: p2.gid };
    const results = await Promise.all([enrol(e, s.admin, target), enrol(earlier, d.admin, target)]);
    expect(results.map((r) => r.__typename).sort()).toEqual(['ConflictError', 'EnrolInRemedialRoundPayload']);
    expect(await t.db.prisma.enrolment.count({ where: { programmeId: p2.id, teacherId: e.teacher.id } })).toBe(1);
  });
});
