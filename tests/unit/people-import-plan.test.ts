import { describe, expect, it } from 'vitest';
import {
  type ExistingPerson,
  organisationCodesNamed,
  type PeoplePlanContext,
  type PersonRow,
  planPeople,
} from '../../schema/people/import-plan.js';
import { describePersonRow } from '../../schema/people/messages.js';
import { nationalIdCheckCharacter } from '../../schema/users/national-id.js';

const school = { id: 'school', code: 'sch-1', kind: 'SCHOOL' as const, path: '/p/c/d/school/' };
const klass = { id: 'class', code: 'cls-1', kind: 'CLASS' as const, path: '/p/c/d/school/class/' };
const group = { id: 'group', code: 'grp-1', kind: 'GROUP' as const, path: '/p/c/d/school/group/' };
const other = { id: 'other', code: 'sch-2', kind: 'SCHOOL' as const, path: '/p/c/d/other/' };

const nationalId = (n: number) => {
  const first17 = `44040219850615${String(n).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
};

const blank: Omit<PersonRow, 'row' | 'login'> = {
  name: '',
  phone: '',
  email: '',
  subject: '',
  stage: '',
  employeeNumber: '',
  nationalId: '',
  roles: '',
  units: '',
  identityIssuer: '',
  identitySubject: '',
};
let next = 2;
const row = (login: string, cells: Partial<PersonRow> = {}): PersonRow => ({ ...blank, row: next++, login, ...cells });

const wang: ExistingPerson = {
  id: 'u-wang',
  login: 'wang',
  orgPath: school.path,
  displayName: '王芳',
  email: 'wf@x.invalid',
  phone: '13812345678',
  teachingSubject: '数学',
  stage: 'PRIMARY',
  employeeNumber: 'E01',
  nationalIdHash: `hash:${nationalId(1)}`,
  nationalIdMasked: 'masked',
  roles: [{ role: 'TEACHER', organisationId: school.id, orgPath: school.path }],
  identities: [{ issuer: 'https://sso.example', subject: 'wang-sub' }],
};

function context(overrides: Partial<PeoplePlanContext> = {}): PeoplePlanContext {
  return {
    organisation: school,
    organisations: [klass, group],
    grantor: [{ role: 'SCHOOL_ADMIN', orgPath: school.path }],
    users: [wang],
    nationalIdHolders: [{ id: wang.id, nationalIdHash: wang.nationalIdHash }],
    identityHolders: [{ userId: wang.id, issuer: 'https://sso.example', subject: 'wang-sub' }],
    protect: (normalized) => ({ nationalIdHash: `hash:${normalized}`, nationalIdMasked: 'masked' }),
    today: new Date('2026-01-01T00:00:00Z'),
    ...overrides,
  };
}

/** Each row's outcome, code and message key. */
const outcomes = (rows: PersonRow[], overrides: Partial<PeoplePlanContext> = {}) =>
  planPeople(rows, context(overrides)).rows.map((r) => [r.login, r.outcome, r.code, r.message?.key ?? null]);

describe('planPeople: new and existing people', () => {
  it('creates a person with their details, roles on the organisation, memberships and identity', () => {
    const plan = planPeople(
      [
        row('li.ming', {
          name: ' 李明 ',
          phone: '0551-6262 1234',
          email: 'lm@x.invalid',
          subject: '语文',
          stage: '初中',
          employeeNumber: 'E02',
          nationalId: nationalId(2).toLowerCase(),
          roles: 'teacher; CLASS_TUTOR@cls-1',
          units: 'cls-1;grp-1',
          identityIssuer: 'https://sso.example',
          identitySubject: 'li-sub',
        }),
      ],
      context(),
    );
    expect(plan.rows).toEqual([
      expect.objectContaining({ login: 'li.ming', outcome: 'CREATED', code: null, message: null, changes: [] }),
    ]);
    expect(plan.writes.newUsers).toEqual([
      {
        login: 'li.ming',
        displayName: '李明',
        email: 'lm@x.invalid',
        phone: '0551-6262 1234',
        teachingSubject: '语文',
        stage: 'JUNIOR_SECONDARY',
        employeeNumber: 'E02',
        nationalIdHash: `hash:${nationalId(2)}`,
        nationalIdMasked: 'masked',
      },
    ]);
    expect(plan.writes.grants.map((g) => [g.login, g.userId, g.role, g.organisationId])).toEqual([
      ['li.ming', null, 'TEACHER', school.id],
      ['li.ming', null, 'CLASS_TUTOR', klass.id],
      ['li.ming', null, 'TEACHER', klass.id],
      ['li.ming', null, 'TEACHER', group.id],
    ]);
    expect(plan.writes.identities).toEqual([
      { login: 'li.ming', userId: null, issuer: 'https://sso.example', subject: 'li-sub' },
    ]);
    expect([plan.created, plan.updated, plan.unchanged, plan.errors]).toEqual([1, 0, 0, 0]);
  });

  it('leaves an existing person UNCHANGED when the row repeats what is stored, or leaves cells blank', () => {
    const plan = planPeople(
      [
        row('wang', {
          name: '王芳',
          email: 'wf@x.invalid',
          phone: '13812345678',
          subject: '数学',
          stage: 'primary',
          employeeNumber: 'E01',
          nationalId: nationalId(1),
          roles: 'TEACHER',
          identityIssuer: 'https://sso.example',
          identitySubject: 'wang-sub',
        }),
      ],
      context(),
    );
    expect(plan.rows.map((r) => [r.outcome, r.changes])).toEqual([['UNCHANGED', []]]);
    expect(plan.writes).toEqual({ newUsers: [], userUpdates: [], grants: [], identities: [] });
    expect(planPeople([row('wang')], context()).rows[0]?.outcome).toBe('UNCHANGED');
  });

  it('updates an existing person with what changed, keeping what the row leaves blank, and adds only roles not held', () => {
    const plan = planPeople(
      [
        row('wang', {
          phone: '13900000000',
          stage: '小学',
          roles: 'TEACHER;GROUP_LEADER@grp-1',
          identityIssuer: 'https://other.example',
          identitySubject: 'wang-2',
        }),
      ],
      context(),
    );
    expect(plan.rows.map((r) => [r.outcome, r.changes, r.message?.key])).toEqual([
      ['UPDATED', ['PHONE', 'ROLES', 'IDENTITY'], 'PEOPLE_ROW.changed'],
    ]);
    expect(plan.writes.userUpdates).toEqual([
      {
        id: wang.id,
        displayName: '王芳',
        email: 'wf@x.invalid',
        phone: '13900000000',
        teachingSubject: '数学',
        stage: 'PRIMARY',
        employeeNumber: 'E01',
        nationalIdHash: wang.nationalIdHash,
        nationalIdMasked: 'masked',
      },
    ]);
    expect(plan.writes.grants).toEqual([
      { login: 'wang', userId: wang.id, role: 'GROUP_LEADER', organisationId: group.id, orgPath: group.path },
    ]);
    expect(plan.writes.identities).toEqual([
      { login: 'wang', userId: wang.id, issuer: 'https://other.example', subject: 'wang-2' },
    ]);
    const [updated] = plan.rows;
    expect(describePersonRow(updated!, 'en')).toBe('Changed: phone, roles, and identity.');
    expect(describePersonRow(updated!, 'zh-CN')).toBe('已更改：电话、角色和身份。');
  });

  it('counts a role-only change as UPDATED without rewriting the person', () => {
    const plan = planPeople([row('wang', { units: 'cls-1' })], context());
    expect(plan.rows.map((r) => [r.outcome, r.changes])).toEqual([['UPDATED', ['ROLES']]]);
    expect(plan.writes.userUpdates).toEqual([]);
  });
});

describe('planPeople: rows in error', () => {
  it('requires a login, and a name for a new person only', () => {
    expect(outcomes([row(' '), row('new-one'), row('wang')])).toEqual([
      ['', 'ERROR', 'MISSING_FIELD', 'PEOPLE_ROW.missingLogin'],
      ['new-one', 'ERROR', 'MISSING_FIELD', 'PEOPLE_ROW.missingName'],
      ['wang', 'UNCHANGED', null, null],
    ]);
  });

  it('refuses formula-like text as given, before trimming, in every free-text cell', () => {
    expect(
      outcomes([
        row('=cmd', { name: 'x' }),
        row('a1', { name: '\t王' }),
        row('a2', { name: 'x', phone: '+8613812345678' }),
        row('a3', { name: 'x', subject: '@SUM(A1)' }),
        row('a4', { name: 'x', identityIssuer: '-1', identitySubject: 's' }),
      ]),
    ).toEqual([
      ['=cmd', 'ERROR', 'FORMULA_LIKE_VALUE', 'PEOPLE_ROW.formulaLike'],
      ['a1', 'ERROR', 'FORMULA_LIKE_VALUE', 'PEOPLE_ROW.formulaLike'],
      ['a2', 'ERROR', 'FORMULA_LIKE_VALUE', 'PEOPLE_ROW.formulaLike'],
      ['a3', 'ERROR', 'FORMULA_LIKE_VALUE', 'PEOPLE_ROW.formulaLike'],
      ['a4', 'ERROR', 'FORMULA_LIKE_VALUE', 'PEOPLE_ROW.formulaLike'],
    ]);
  });

  it('refuses malformed values with the field’s own wording and limits', () => {
    const plan = planPeople(
      [
        row('has space', { name: 'x' }),
        row('b1', { name: 'x'.repeat(101) }),
        row('b2', { name: 'x', email: 'not-an-email' }),
        row('b3', { name: 'x', phone: '12345' }),
        row('b4', { name: 'x', stage: '大学' }),
        row('b5', { name: 'x', identityIssuer: 'https://sso.example' }),
        row('b6', { name: 'x', units: 'sch-2' }),
      ],
      context({ organisations: [klass, group, other] }),
    );
    expect(plan.rows.map((r) => [r.code, r.message])).toEqual([
      ['INVALID_VALUE', { key: 'PEOPLE_ROW.invalid.login', params: { max: 64, value: 'has space' } }],
      ['INVALID_VALUE', { key: 'PEOPLE_ROW.invalid.displayName', params: { max: 100, value: 'x'.repeat(60) } }],
      ['INVALID_VALUE', { key: 'PEOPLE_ROW.invalid.email', params: { max: 254, value: 'not-an-email' } }],
      ['INVALID_VALUE', { key: 'PEOPLE_ROW.invalid.phone', params: { min: 7, max: 15, value: '12345' } }],
      ['INVALID_VALUE', { key: 'PEOPLE_ROW.invalid.stage', params: { value: '大学' } }],
      ['INVALID_VALUE', { key: 'PEOPLE_ROW.identityHalf', params: {} }],
      ['INVALID_VALUE', { key: 'PEOPLE_ROW.notAUnit', params: { code: 'sch-2' } }],
    ]);
  });

  it('checks national ID numbers and their holders', () => {
    const wrongCheck = `${nationalId(3).slice(0, 17)}${nationalId(3).endsWith('0') ? '1' : '0'}`;
    expect(
      outcomes([
        row('c1', { name: 'x', nationalId: wrongCheck }),
        row('c2', { name: 'x', nationalId: nationalId(1) }),
        row('c3', { name: 'x', nationalId: nationalId(4) }),
        row('c4', { name: 'x', nationalId: nationalId(4) }),
      ]),
    ).toEqual([
      ['c1', 'ERROR', 'INVALID_NATIONAL_ID', 'NATIONAL_ID.CHECK_DIGIT'],
      ['c2', 'ERROR', 'NATIONAL_ID_TAKEN', 'PEOPLE_ROW.nationalIdTaken'],
      ['c3', 'CREATED', null, null],
      ['c4', 'ERROR', 'DUPLICATE_ROW', 'PEOPLE_ROW.duplicateNationalId'],
    ]);
  });

  it('refuses a login twice in the file, a login of another organisation and an identity of someone else', () => {
    const outsider: ExistingPerson = { ...wang, id: 'u-out', login: 'outsider', orgPath: other.path, identities: [] };
    expect(
      outcomes([row('d1', { name: 'x' }), row('d1', { name: 'y' }), row('outsider', { name: 'x' })], {
        users: [wang, outsider],
      }),
    ).toEqual([
      ['d1', 'CREATED', null, null],
      ['d1', 'ERROR', 'DUPLICATE_ROW', 'PEOPLE_ROW.duplicateLogin'],
      ['outsider', 'ERROR', 'LOGIN_TAKEN', 'PEOPLE_ROW.loginTaken'],
    ]);
    const identity = { identityIssuer: 'https://sso.example', identitySubject: 'wang-sub' };
    const second = { identityIssuer: 'https://sso.example', identitySubject: 'new-sub' };
    expect(
      outcomes([
        row('e1', { name: 'x', ...identity }),
        row('e2', { name: 'x', ...second }),
        row('e3', { name: 'x', ...second }),
      ]),
    ).toEqual([
      ['e1', 'ERROR', 'IDENTITY_TAKEN', 'PEOPLE_ROW.identityTaken'],
      ['e2', 'CREATED', null, null],
      ['e3', 'ERROR', 'DUPLICATE_ROW', 'PEOPLE_ROW.duplicateIdentity'],
    ]);
  });

  it('links a sign-on only to people whose every role the importer manages (as linkIdentity)', () => {
    const officer: ExistingPerson = {
      ...wang,
      id: 'u-li',
      login: 'li',
      nationalIdHash: null,
      identities: [],
      roles: [
        { role: 'TEACHER', organisationId: school.id, orgPath: school.path },
        { role: 'DISTRICT_ADMIN', organisationId: 'd', orgPath: '/p/c/d/' },
      ],
    };
    const sso = { identityIssuer: 'https://sso.example', identitySubject: 'li-sub' };
    expect(outcomes([row('li', { name: '李', ...sso })], { users: [wang, officer] })).toEqual([
      ['li', 'ERROR', 'IDENTITY_BEYOND_SCOPE', 'PEOPLE_ROW.identityBeyondScope'],
    ]);
    // Their other details stay the school's to keep; the district admin may link.
    expect(outcomes([row('li', { name: '李' })], { users: [wang, officer] })).toEqual([
      ['li', 'UPDATED', null, 'PEOPLE_ROW.changed'],
    ]);
    expect(
      outcomes([row('li', { name: wang.displayName, ...sso })], {
        users: [wang, officer],
        grantor: [{ role: 'DISTRICT_ADMIN', orgPath: '/p/c/d/' }],
      }),
    ).toEqual([['li', 'UPDATED', null, 'PEOPLE_ROW.changed']]);
  });

  it('refuses unknown roles and codes, and roles the importer may not grant there', () => {
    const plan = planPeople(
      [
        row('f1', { name: 'x', roles: 'HEADMASTER' }),
        row('f2', { name: 'x', roles: 'TEACHER@nowhere' }),
        row('f3', { name: 'x', units: 'nowhere' }),
        row('f4', { name: 'x', roles: 'CLASS_TUTOR' }),
        row('f5', { name: 'x', roles: 'EXPERT' }),
        row('f6', { name: 'x', roles: 'SYNC_CLIENT' }),
        row('f7', { name: 'x', roles: 'TEACHER@sch-2' }),
      ],
      context({ organisations: [klass, group, other] }),
    );
    expect(plan.rows.map((r) => [r.login, r.code, r.message?.key])).toEqual([
      ['f1', 'UNKNOWN_ROLE', 'PEOPLE_ROW.unknownRole'],
      ['f2', 'UNKNOWN_ORGANISATION', 'PEOPLE_ROW.unknownOrganisation'],
      ['f3', 'UNKNOWN_ORGANISATION', 'PEOPLE_ROW.unknownOrganisation'],
      ['f4', 'ROLE_NOT_GRANTABLE', 'ROLE_NOT_GRANTABLE.WRONG_ORGANISATION_KIND'],
      ['f5', 'ROLE_NOT_GRANTABLE', 'ROLE_NOT_GRANTABLE.ABOVE_GRANTOR_LEVEL'],
      ['f6', 'ROLE_NOT_GRANTABLE', 'ROLE_NOT_GRANTABLE.NOT_GRANTABLE'],
      ['f7', 'ROLE_NOT_GRANTABLE', 'ROLE_NOT_GRANTABLE.NOT_GRANTOR'],
    ]);
    expect(plan.rows[4]?.message?.params).toMatchObject({ role: 'EXPERT', level: 'DISTRICT', grantorLevel: 'SCHOOL' });
    expect(plan.rows[3]?.message?.params).toMatchObject({ placesEn: 'a class', kindZh: '学校' });
  });

  it('still reports every row and counts them, with no writes of the failed rows', () => {
    const plan = planPeople(
      [row('g1', { name: 'x', roles: 'TEACHER' }), row('g2', { name: 'x', roles: 'NOPE' })],
      context(),
    );
    expect([plan.created, plan.errors]).toEqual([1, 1]);
    expect(plan.writes.newUsers.map((u) => u.login)).toEqual(['g1']);
    expect(plan.writes.grants.map((g) => g.login)).toEqual(['g1']);
  });
});

describe('organisationCodesNamed', () => {
  it('lists each code a roles, class or group cell names, once', () => {
    expect(
      organisationCodesNamed([
        row('h1', { roles: 'TEACHER;CLASS_TUTOR@cls-1；GROUP_LEADER @ grp-1', units: 'cls-1' }),
        row('h2', { units: 'grp-2\ncls-1' }),
      ]),
    ).toEqual(['cls-1', 'grp-1', 'grp-2']);
  });
});
