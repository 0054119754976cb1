/**
 * Sign-on identities: linkIdentity and unlinkIdentity (people:manage over the person and every role they hold), and
 * User.identities (user:readPersonal). Signing in with a linked identity is tested in auth.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LinkIdentityDocument,
  UnlinkIdentityDocument,
  UserIdentitiesDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Locale, type TestApp, testApp } from '../kit/app.js';
import type { DistrictWorld, SchoolWorld, UserRef } from '../kit/world.js';

const SSO = 'https://sso.example-province.cn/';

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
});
afterAll(() => t.close());

const link = (user: UserRef, issuer: string, subject: string, as: UserRef, locale: Locale = 'en') =>
  t.mutate(LinkIdentityDocument, { userId: user.gid, issuer, subject }, { as, locale });
const unlink = (user: UserRef, issuer: string, subject: string, as: UserRef, locale: Locale = 'en') =>
  t.mutate(UnlinkIdentityDocument, { userId: user.gid, issuer, subject }, { as, locale });

/** Every stored identity of the user, as the table holds them. */
const stored = (user: UserRef) =>
  t.db.prisma.userIdentity.findMany({
    where: { userId: user.id },
    select: { issuer: true, subject: true },
    orderBy: [{ issuer: 'asc' }, { subject: 'asc' }],
  });

describe('linkIdentity', () => {
  it('links an identity, lists it on the person, and a repeat changes nothing', async () => {
    const teacher = await s.teacher();
    const result = await link(teacher, SSO, 'u-1001', s.admin);
    if (result.__typename !== 'LinkIdentityPayload') throw new Error(result.__typename);
    expect(result.user.identities).toEqual([{ issuer: SSO, subject: 'u-1001', linkedAt: expect.any(String) }]);

    const again = await link(teacher, SSO, 'u-1001', s.admin);
    expect(again.__typename).toBe('LinkIdentityPayload');
    expect(await stored(teacher)).toEqual([{ issuer: SSO, subject: 'u-1001' }]);

    // A second provider and a second subject: listed by issuer, then subject.
    await link(teacher, 'https://a-sso.example/', 'x', d.admin);
    await link(teacher, SSO, 'u-0999', d.provinceAdmin);
    const { node } = await t.data(UserIdentitiesDocument, { userId: teacher.gid }, { as: s.admin });
    expect(node?.__typename === 'User' && node.identities?.map((i) => `${i.issuer} ${i.subject}`)).toEqual([
      'https://a-sso.example/ x',
      `${SSO} u-0999`,
      `${SSO} u-1001`,
    ]);
  });

  it('links an identity of an issuer the server does not trust yet, with the exact text given', async () => {
    const teacher = await s.teacher();
    const result = await link(teacher, 'https://not-configured.example/realms/x', ' spaced subject ', s.admin);
    expect(result.__typename).toBe('LinkIdentityPayload');
    expect(await stored(teacher)).toEqual([
      { issuer: 'https://not-configured.example/realms/x', subject: ' spaced subject ' },
    ]);
  });

  it('refuses an identity linked to someone else (CONFLICT), in English and Chinese, and changes nothing', async () => {
    const [first, second] = await s.teachers(2);
    await link(first!, SSO, 'shared-subject', s.admin);
    const en = await link(second!, SSO, 'shared-subject', s.admin);
    expect(en).toEqual({
      __typename: 'ConflictError',
      code: 'CONFLICT',
      message: `The sign-on identity "shared-subject" of ${SSO} is linked to another person.`,
    });
    const zh = await link(second!, SSO, 'shared-subject', s.admin, 'zh-CN');
    expect(zh).toMatchObject({ code: 'CONFLICT', message: `${SSO} 的登录身份“shared-subject”已关联到其他人。` });
    expect(await stored(second!)).toEqual([]);
    expect(await stored(first!)).toEqual([{ issuer: SSO, subject: 'shared-subject' }]);
  });

  it.each([
    ['an empty issuer', '', 'subject', 'issuer'],
    ['an empty subject', SSO, '', 'subject'],
    ['a subject of 256 characters', SSO, 'x'.repeat(256), 'subject'],
    ['an issuer with a control character', 'https://sso\u0000.example/', 'subject', 'issuer'],
    ['a subject with a line break', SSO, 'two\nlines', 'subject'],
  ])('refuses %s with a ValidationError and changes nothing', async (_name, issuer, subject, field) => {
    const teacher = await s.teacher();
    const result = await link(teacher, issuer, subject, s.admin);
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      code: 'INVALID_INPUT',
      issues: [
        { path: ['input', field], message: `${field} must be 1 to 255 characters, none of them a control character` },
      ],
    });
    expect(await stored(teacher)).toEqual([]);
  });

  it('words the validation issue in Chinese', async () => {
    const teacher = await s.teacher();
    const result = await link(teacher, SSO, '', s.admin, 'zh-CN');
    expect(result).toMatchObject({
      issues: [{ path: ['input', 'subject'], message: 'subject须为 1 到 255 个字符，且不含控制字符' }],
    });
  });

  it('is for admins over the person: a teacher is refused, another district finds nothing', async () => {
    const teacher = await s.teacher();
    const colleague = await s.teacher();
    expect(await link(teacher, SSO, 'self-made', colleague)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    // A teacher may not link their own identity either: people:manage has no owner rule.
    expect(await link(teacher, SSO, 'self-made', teacher)).toMatchObject({ code: 'FORBIDDEN_ACTION' });
    const other = await t.world.district();
    expect(await link(teacher, SSO, 'self-made', other.admin)).toMatchObject({
      code: 'NOT_FOUND',
      message: 'User was not found.',
    });
    expect(await stored(teacher)).toEqual([]);
  });

  it('refuses a person who holds a role beyond the admin’s organisation: whoever signs in as them would hold it', async () => {
    // At home in the school, but district admin of the district: the school admin may not give them a sign-on.
    const official = await t.world.user(s.school, [['DISTRICT_ADMIN', d.district]]);
    const refused = await link(official, SSO, 'takeover', s.admin);
    expect(refused).toMatchObject({ __typename: 'ForbiddenActionError', code: 'FORBIDDEN_ACTION' });
    expect(await stored(official)).toEqual([]);
    // The district admin may.
    expect(await link(official, SSO, 'official', d.admin)).toMatchObject({ __typename: 'LinkIdentityPayload' });
    expect((await unlink(official, SSO, 'official', s.admin)).__typename).toBe('ForbiddenActionError');
    expect(await stored(official)).toEqual([{ issuer: SSO, subject: 'official' }]);
  });
});

describe('unlinkIdentity', () => {
  it('unlinks an identity; unlinking it again is INVALID_STATE, in English and Chinese', async () => {
    const teacher = await s.teacher();
    await link(teacher, SSO, 'leaving', s.admin);
    await link(teacher, SSO, 'staying', s.admin);
    const result = await unlink(teacher, SSO, 'leaving', s.admin);
    if (result.__typename !== 'UnlinkIdentityPayload') throw new Error(result.__typename);
    expect(result.user.identities?.map((i) => i.subject)).toEqual(['staying']);

    expect(await unlink(teacher, SSO, 'leaving', s.admin)).toEqual({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      message: `The person has no sign-on identity "leaving" of ${SSO}.`,
    });
    expect(await unlink(teacher, SSO, 'leaving', s.admin, 'zh-CN')).toMatchObject({
      message: `此人没有 ${SSO} 的登录身份“leaving”。`,
    });
    expect(await stored(teacher)).toEqual([{ issuer: SSO, subject: 'staying' }]);
  });

  it('does not unlink another person’s identity named with this person', async () => {
    const [holder, other] = await s.teachers(2);
    await link(holder!, SSO, 'holder-subject', s.admin);
    expect((await unlink(other!, SSO, 'holder-subject', s.admin)).__typename).toBe('InvalidStateError');
    expect(await stored(holder!)).toEqual([{ issuer: SSO, subject: 'holder-subject' }]);
  });
});

describe('User.identities', () => {
  it('is shown to the person and the admins over them, null to others', async () => {
    const teacher = await s.teacher();
    await link(teacher, SSO, 'visible', s.admin);
    const identitiesAs = async (as: UserRef) => {
      const { node } = await t.data(UserIdentitiesDocument, { userId: teacher.gid }, { as });
      return node?.__typename === 'User' ? node.identities : undefined;
    };
    for (const viewer of [teacher, s.admin, d.admin, d.provinceAdmin]) {
      expect((await identitiesAs(viewer))?.map((i) => i.subject)).toEqual(['visible']);
    }
    // The class tutor sees the teacher (their class) but not their identities.
    expect(await identitiesAs(s.tutor)).toBeNull();
  });

  it('costs the same SQL statements for 1 and 20 people with identities', async () => {
    const school = await d.school();
    const teachers = await school.teachers(20, { class: null });
    for (const [i, teacher] of teachers.entries()) {
      await t.db.prisma.userIdentity.createMany({
        data: [
          { userId: teacher.id, issuer: SSO, subject: `bulk-${i}` },
          { userId: teacher.id, issuer: 'https://other.example/', subject: `bulk-${i}` },
        ],
      });
    }
    const query = `query($id: ID!, $first: Int) { organisation(id: $id) { members(first: $first, role: TEACHER) {
      nodes { user { login identities { issuer subject linkedAt } } } } } }`;
    const one = await t.statementsFor(query, { id: school.school.gid, first: 1 }, { as: school.admin });
    const twenty = await t.statementsFor(query, { id: school.school.gid, first: 20 }, { as: school.admin });
    expect(one.data.organisation.members.nodes).toHaveLength(1);
    expect(twenty.data.organisation.members.nodes).toHaveLength(20);
    expect(
      twenty.data.organisation.members.nodes.every(
        (m: { user: { identities: unknown[] } }) => m.user.identities.length === 2,
      ),
    ).toBe(true);
    expect(twenty.count).toBe(one.count);
  });
});
