/** Planning a OneRoster bundle: mapping, references, errors without cascades, tobedeleted, and an idempotent re-plan. */
import { describe, expect, it } from 'vitest';
import type {
  OneRosterBundle,
  OneRosterClass,
  OneRosterEnrollment,
  OneRosterOrg,
  OneRosterUser,
} from '../../api/standards/oneroster-csv.js';
import {
  boundedRows,
  displayNameOf,
  planRoster,
  type RosterOrganisation,
  type RosterPlanContext,
  type RosterUser,
} from '../../schema/roster-import/plan.js';

const district = { id: 'd', code: 'D001', path: '/p/d/', name: '东城区' };

const org = (
  line: number,
  sourcedId: string,
  type: string,
  identifier: string,
  extra: Partial<OneRosterOrg> = {},
): OneRosterOrg => ({
  line,
  sourcedId,
  status: 'active',
  problems: [],
  name: `${identifier} 名称`,
  type,
  identifier,
  parentSourcedId: '',
  ...extra,
});
const user = (
  line: number,
  sourcedId: string,
  username: string,
  extra: Partial<OneRosterUser> = {},
): OneRosterUser => ({
  line,
  sourcedId,
  status: 'active',
  problems: [],
  enabledUser: true,
  username,
  givenName: '三',
  familyName: '张',
  middleName: '',
  identifier: '',
  email: '',
  phone: '',
  sms: '',
  orgSourcedIds: ['s1'],
  roles: ['teacher'],
  ...extra,
});
const klass = (line: number, sourcedId: string, code: string, extra: Partial<OneRosterClass> = {}): OneRosterClass => ({
  line,
  sourcedId,
  status: 'active',
  problems: [],
  title: '一班',
  classCode: code,
  classType: 'homeroom',
  schoolSourcedId: 's1',
  courseSourcedId: '',
  ...extra,
});
const enrollment = (
  line: number,
  sourcedId: string,
  classId: string,
  userId: string,
  role: string,
  extra: Partial<OneRosterEnrollment> = {},
): OneRosterEnrollment => ({
  line,
  sourcedId,
  status: 'active',
  problems: [],
  classSourcedId: classId,
  schoolSourcedId: 's1',
  userSourcedId: userId,
  role,
  primary: false,
  beginDate: '',
  endDate: '',
  ...extra,
});

const bundle = (parts: Partial<OneRosterBundle>): OneRosterBundle => ({
  version: '1.2',
  modes: { ORGS: 'bulk', USERS: 'bulk', CLASSES: 'bulk', ENROLLMENTS: 'bulk' },
  orgs: [],
  users: [],
  classes: [],
  enrollments: [],
  ...parts,
});

function context(overrides: Partial<RosterPlanContext> = {}): RosterPlanContext {
  let n = 0;
  return {
    district,
    grantor: [{ role: 'DISTRICT_ADMIN', orgPath: district.path }],
    organisations: [],
    namesakes: [],
    users: [],
    busySchoolIds: [],
    closedSchoolIds: [],
    programme: null,
    enrolments: [],
    newId: () => `new${++n}`,
    protect: (normalized) => ({ nationalIdHash: `h${normalized}`, nationalIdMasked: 'm' }),
    today: new Date('2026-12-01T00:00:00Z'),
    ...overrides,
  };
}

const full = bundle({
  orgs: [org(2, 'd1', 'district', 'D001'), org(3, 's1', 'school', 'S001', { parentSourcedId: 'd1' })],
  users: [user(2, 'u1', 'zhang'), user(3, 'u2', 'li', { givenName: '四', familyName: '李', roles: ['student'] })],
  classes: [klass(2, 'c1', 'C001')],
  enrollments: [enrollment(2, 'e1', 'c1', 'u1', 'teacher'), enrollment(3, 'e2', 'c1', 'u2', 'student')],
});

const actions = (plan: ReturnType<typeof planRoster>) =>
  plan.rows.map((row) => [row.file, row.line, row.action, row.problems.map((p) => p.code)]);

describe('planRoster', () => {
  it('plans a new school, class, people, tutor and member', () => {
    const plan = planRoster(full, context());
    expect(actions(plan)).toEqual([
      ['ORGS', 2, 'UNCHANGED', []],
      ['ORGS', 3, 'CREATE', []],
      ['USERS', 2, 'CREATE', []],
      ['USERS', 3, 'CREATE', []],
      ['CLASSES', 2, 'CREATE', []],
      ['ENROLLMENTS', 2, 'CREATE', []],
      ['ENROLLMENTS', 3, 'CREATE', []],
    ]);
    expect(plan.writes.newOrganisations).toEqual([
      { id: 'new1', kind: 'SCHOOL', code: 'S001', name: 'S001 名称', parentId: 'd', path: '/p/d/new1/' },
      { id: 'new2', kind: 'CLASS', code: 'C001', name: '一班', parentId: 'new1', path: '/p/d/new1/new2/' },
    ]);
    expect(plan.writes.people).toHaveLength(1);
    expect(plan.writes.people[0]?.rows.map((row) => [row.login, row.name, row.roles])).toEqual([
      ['zhang', '张三', 'TEACHER'],
      ['li', '李四', 'TEACHER'],
    ]);
    expect(plan.writes.grants.map((g) => [g.login, g.role, g.organisationId])).toEqual([
      ['zhang', 'CLASS_TUTOR', 'new2'],
      ['li', 'TEACHER', 'new2'],
    ]);
    expect(plan.counts.ORGS).toEqual({ CREATE: 1, UPDATE: 0, UNCHANGED: 1, ERROR: 0 });
    expect(plan.changes).toBe(true);
  });

  it('re-plans the same bundle against what it wrote as UNCHANGED, with no writes', () => {
    const organisations: RosterOrganisation[] = [
      { id: 'S', code: 'S001', kind: 'SCHOOL', path: '/p/d/S/', name: 'S001 名称', parentId: 'd', deactivatedAt: null },
      { id: 'C', code: 'C001', kind: 'CLASS', path: '/p/d/S/C/', name: '一班', parentId: 'S', deactivatedAt: null },
    ];
    const person = (
      id: string,
      login: string,
      name: string,
      roles: Array<['TEACHER' | 'CLASS_TUTOR', string]>,
    ): RosterUser => ({
      id,
      login,
      orgPath: '/p/d/S/',
      displayName: name,
      email: null,
      phone: null,
      teachingSubject: null,
      stage: null,
      employeeNumber: null,
      nationalIdHash: null,
      nationalIdMasked: null,
      deactivatedAt: null,
      roles: roles.map(([role, orgId]) => ({
        role,
        organisationId: orgId,
        orgPath: orgId === 'S' ? '/p/d/S/' : '/p/d/S/C/',
      })),
      identities: [],
    });
    const users = [
      person('U1', 'zhang', '张三', [
        ['TEACHER', 'S'],
        ['CLASS_TUTOR', 'C'],
      ]),
      person('U2', 'li', '李四', [
        ['TEACHER', 'S'],
        ['TEACHER', 'C'],
      ]),
    ];
    const plan = planRoster(full, context({ organisations, users }));
    expect(plan.rows.every((row) => row.action === 'UNCHANGED')).toBe(true);
    expect(plan.changes).toBe(false);
  });

  it('reports bad rows without cascading to rows that do not depend on them', () => {
    const plan = planRoster(
      bundle({
        ...full,
        users: [...full.users, user(4, 'u3', '', {}), user(5, 'u4', 'wu', { roles: ['guardian'] })],
        enrollments: [
          ...full.enrollments,
          enrollment(4, 'e3', 'nope', 'u1', 'teacher'),
          enrollment(5, 'e4', 'c1', 'u3', 'student'),
        ],
      }),
      context(),
    );
    expect(
      plan.rows
        .filter((row) => row.action === 'ERROR')
        .map((row) => [row.file, row.line, row.problems[0]?.column, row.problems[0]?.code]),
    ).toEqual([
      ['USERS', 4, 'username', 'MISSING_VALUE'],
      ['USERS', 5, 'role', 'UNSUPPORTED_ROLE'],
      ['ENROLLMENTS', 4, 'classSourcedId', 'UNKNOWN_REFERENCE'],
      ['ENROLLMENTS', 5, 'userSourcedId', 'REFERENCED_ROW_IN_ERROR'],
    ]);
    expect(plan.errors).toBe(4);
  });

  it('checks the district, codes taken elsewhere and unsupported org types', () => {
    const plan = planRoster(
      bundle({
        orgs: [
          org(2, 'd9', 'district', 'OTHER'),
          org(3, 's1', 'school', 'TAKEN'),
          org(4, 's2', 'department', 'X'),
          org(5, 's3', 'school', 'bad code!'),
        ],
      }),
      context({
        organisations: [
          {
            id: 'x',
            code: 'TAKEN',
            kind: 'SCHOOL',
            path: '/p/other/x/',
            name: 'x',
            parentId: 'other',
            deactivatedAt: null,
          },
        ],
      }),
    );
    expect(actions(plan)).toEqual([
      ['ORGS', 2, 'ERROR', ['WRONG_DISTRICT']],
      ['ORGS', 3, 'ERROR', ['CODE_TAKEN']],
      ['ORGS', 4, 'ERROR', ['UNSUPPORTED_ORG_TYPE']],
      ['ORGS', 5, 'ERROR', ['INVALID_VALUE']],
    ]);
  });

  it('refuses a name another school of the district (or class of the school) has or is given', () => {
    const plan = planRoster(
      bundle({
        orgs: [
          org(2, 's1', 'school', 'S001', { name: '实验小学' }),
          org(3, 's2', 'school', 'S002', { name: '实验小学' }),
          org(4, 's3', 'school', 'S003', { name: '第二小学' }),
        ],
      }),
      context({ namesakes: [{ id: 'old', kind: 'SCHOOL', parentId: 'd', name: '第二小学' }] }),
    );
    expect(actions(plan)).toEqual([
      ['ORGS', 2, 'CREATE', []],
      ['ORGS', 3, 'ERROR', ['NAME_TAKEN']],
      ['ORGS', 4, 'ERROR', ['NAME_TAKEN']],
    ]);
  });

  it('places students of a programme, refusing those not enrolled', () => {
    const organisations: RosterOrganisation[] = [
      { id: 'S', code: 's1', kind: 'SCHOOL', path: '/p/d/S/', name: 'S', parentId: 'd', deactivatedAt: null },
    ];
    const withProgramme = bundle({ users: full.users, classes: full.classes, enrollments: full.enrollments });
    const notEnrolled = planRoster(withProgramme, context({ organisations, programme: { id: 'P' } }));
    expect(notEnrolled.rows.find((row) => row.file === 'ENROLLMENTS' && row.line === 3)?.problems[0]?.code).toBe(
      'NOT_ENROLLED',
    );
  });

  it('deactivates a school unless it is busy in a running programme', () => {
    const organisations: RosterOrganisation[] = [
      { id: 'S', code: 'S001', kind: 'SCHOOL', path: '/p/d/S/', name: 'S', parentId: 'd', deactivatedAt: null },
    ];
    const deleting = bundle({ orgs: [org(2, 's1', 'school', 'S001', { status: 'tobedeleted' })] });
    expect(planRoster(deleting, context({ organisations })).writes.deactivations).toEqual(['S']);
    expect(actions(planRoster(deleting, context({ organisations, busySchoolIds: ['S'] })))).toEqual([
      ['ORGS', 2, 'ERROR', ['SCHOOL_IN_PROGRAMME']],
    ]);
  });

  it('writes names in Chinese order', () => {
    expect(displayNameOf('张', '三')).toBe('张三');
    expect(displayNameOf('Zhang', 'San')).toBe('Zhang San');
  });
});

describe('boundedRows', () => {
  it('lists errors first, then the rest in file and line order, at most the limit', () => {
    const row = (file: 'ORGS' | 'USERS', line: number, action: 'ERROR' | 'CREATE') => ({
      file,
      line,
      sourcedId: `${line}`,
      action,
      problems: [],
    });
    const rows = [
      row('ORGS', 2, 'CREATE'),
      row('USERS', 3, 'ERROR'),
      row('USERS', 2, 'CREATE'),
      row('ORGS', 5, 'ERROR'),
    ];
    expect(boundedRows(rows, 3).map((r) => [r.file, r.line])).toEqual([
      ['ORGS', 5],
      ['USERS', 3],
      ['ORGS', 2],
    ]);
  });
});
