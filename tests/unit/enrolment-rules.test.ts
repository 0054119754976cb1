import { describe, expect, it } from 'vitest';
import { describeRow } from '../../schema/enrolments/messages.js';
import {
  type ExistingTeacher,
  parseEnrolmentDate,
  planRoster,
  type RosterContext,
  type RosterRow,
} from '../../schema/enrolments/rules.js';
import { nationalIdCheckCharacter, protectNationalId } from '../../schema/users/national-id.js';

/** When the existing teachers of the fixtures were enrolled. */
const ENROLLED = new Date('2025-03-01T00:00:00Z');
const id = (first17: string) => first17 + nationalIdCheckCharacter(first17);
const row = (n: number, login: string, extra: Partial<RosterRow> = {}): RosterRow => ({
  row: n,
  login,
  name: `N ${login}`,
  email: '',
  nationalId: '',
  class: '',
  enrolledAt: '',
  ...extra,
});
const teacher = (login: string, extra: Partial<ExistingTeacher> = {}): ExistingTeacher => ({
  id: `u-${login}`,
  login,
  organisationId: 'school',
  displayName: `N ${login}`,
  email: null,
  nationalIdHash: null,
  nationalIdMasked: null,
  enrolment: null,
  ...extra,
});
const context = (extra: Partial<RosterContext> = {}): RosterContext => ({
  schoolId: 'school',
  batchId: 'batch',
  quota: 10,
  enrolled: 0,
  programmeClassId: 'class-1',
  classes: [
    { id: 'class-1', code: 'c1', name: '一班' },
    { id: 'class-2', code: 'c2', name: '二班' },
  ],
  users: [],
  nationalIdHolders: [],
  protect: (normalized) => protectNationalId(normalized, 'test-key'),
  today: new Date('2025-06-01'),
  ...extra,
});

const outcomes = (plan: ReturnType<typeof planRoster>) => plan.rows.map((r) => [r.row, r.outcome, r.code]);

describe('planRoster', () => {
  it('creates accounts and enrolments for new logins, in the programme class', () => {
    const plan = planRoster([row(2, 'a'), row(3, 'b', { email: 'b@x.cn' })], context());
    expect(outcomes(plan)).toEqual([
      [2, 'CREATED', null],
      [3, 'CREATED', null],
    ]);
    expect(plan.writes.newUsers.map((u) => [u.login, u.email])).toEqual([
      ['a', null],
      ['b', 'b@x.cn'],
    ]);
    expect(plan.writes.enrolments).toEqual([
      { login: 'a', userId: null, classId: 'class-1', enrolledAt: null },
      { login: 'b', userId: null, classId: 'class-1', enrolledAt: null },
    ]);
  });

  it('fails rows beyond the remaining quota, in row order, counting only rows that enrol', () => {
    const enrolled = teacher('old', {
      enrolment: { id: 'e', batchId: 'batch', schoolId: 'school', classId: 'class-1', enrolledAt: ENROLLED },
    });
    const plan = planRoster(
      [row(2, 'old'), row(3, 'a'), row(4, 'bad', { name: '' }), row(5, 'b')],
      context({ quota: 2, enrolled: 1, users: [enrolled] }),
    );
    expect(outcomes(plan)).toEqual([
      [2, 'UNCHANGED', null],
      [3, 'CREATED', null],
      [4, 'ERROR', 'MISSING_FIELD'],
      [5, 'ERROR', 'QUOTA_EXCEEDED'],
    ]);
  });

  it('reports duplicates after their first row, and logins or national IDs held by others', () => {
    const nid = id('44040219900319123');
    const other = teacher('elsewhere', { organisationId: 'other-school' });
    const plan = planRoster(
      [
        row(2, 'a', { nationalId: nid }),
        row(3, 'a'),
        row(4, 'c', { nationalId: nid }),
        row(5, 'elsewhere'),
        row(7, 'd', { nationalId: id('11010519491231002') }),
      ],
      context({
        users: [other],
        nationalIdHolders: [
          { id: 'u-x', nationalIdHash: protectNationalId(id('11010519491231002'), 'test-key').nationalIdHash },
        ],
      }),
    );
    expect(outcomes(plan)).toEqual([
      [2, 'CREATED', null],
      [3, 'ERROR', 'DUPLICATE_ROW'],
      [4, 'ERROR', 'DUPLICATE_ROW'],
      [5, 'ERROR', 'LOGIN_TAKEN'],
      [7, 'ERROR', 'NATIONAL_ID_TAKEN'],
    ]);
    expect(plan.errors).toBe(4);
  });

  it('updates only what a row gives: blank e-mail and national ID keep the stored ones', () => {
    const stored = teacher('a', {
      email: 'a@x.cn',
      nationalIdHash: 'h',
      nationalIdMasked: '440402********1234',
      enrolment: { id: 'e', batchId: 'batch', schoolId: 'school', classId: 'class-1', enrolledAt: ENROLLED },
    });
    const plan = planRoster([row(2, 'a', { name: 'New name' })], context({ users: [stored] }));
    expect(plan.rows[0]).toMatchObject({ outcome: 'UPDATED', changes: ['NAME'] });
    expect(describeRow(plan.rows[0]!, 'en')).toBe('Changed: name.');
    expect(describeRow(plan.rows[0]!, 'zh-CN')).toBe('已更改：姓名。');
    expect(plan.writes.userUpdates).toEqual([
      {
        id: 'u-a',
        displayName: 'New name',
        email: 'a@x.cn',
        nationalIdHash: 'h',
        nationalIdMasked: '440402********1234',
      },
    ]);
  });

  it('without a programme class, matches the class by ID, code or name and moves enrolled teachers', () => {
    const enrolled = teacher('a', {
      enrolment: { id: 'e', batchId: 'batch', schoolId: 'school', classId: 'class-1', enrolledAt: ENROLLED },
    });
    const plan = planRoster(
      [row(2, 'a', { class: '二班' }), row(3, 'b', { class: 'c1' }), row(4, 'c', { class: 'nope' }), row(5, 'd')],
      context({ programmeClassId: null, users: [enrolled] }),
    );
    expect(outcomes(plan)).toEqual([
      [2, 'UPDATED', null],
      [3, 'CREATED', null],
      [4, 'ERROR', 'UNKNOWN_CLASS'],
      [5, 'CREATED', null],
    ]);
    expect(plan.writes.classChanges).toEqual([{ enrolmentId: 'e', teacherId: 'u-a', classId: 'class-2' }]);
    expect(plan.writes.enrolments.map((e) => e.classId)).toEqual(['class-1', null]);
  });

  it('refuses a teacher enrolled in the programme in another batch', () => {
    const elsewhere = teacher('a', {
      enrolment: { id: 'e', batchId: 'batch-2', schoolId: 'school', classId: null, enrolledAt: ENROLLED },
    });
    expect(outcomes(planRoster([row(2, 'a')], context({ users: [elsewhere] })))).toEqual([
      [2, 'ERROR', 'ALREADY_ENROLLED'],
    ]);
  });

  it('refuses logins, names and e-mails a spreadsheet would run as formulas (= + - @, tab, carriage return), as given', () => {
    const plan = planRoster(
      [
        row(2, '=cmd|calc'),
        row(3, 'a', { name: '=HYPERLINK("http://evil.invalid","点我")' }),
        row(4, 'b', { name: '+86 王芳' }),
        row(5, 'c', { name: '-2+3' }),
        row(6, 'd', { email: '@SUM(A1)@x.cn' }),
        row(7, '\tdelta'),
        row(8, 'e', { name: '\r王芳' }),
        row(9, 'f', { name: ' =1+1' }),
        row(10, 'g', { name: '王-芳', email: 'g+1@x.cn' }),
      ],
      context(),
    );
    expect(outcomes(plan)).toEqual([
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => [n, 'ERROR', 'FORMULA_LIKE_VALUE']),
      [10, 'CREATED', null],
    ]);
    expect(plan.rows.map((r) => describeRow(r, 'en')).slice(0, 3)).toEqual([
      'The login must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
      'The name must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
      'The name must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
    ]);
    expect(describeRow(plan.rows[4]!, 'en')).toMatch(/^The e-mail must not begin with/);
    expect(describeRow(plan.rows[0]!, 'zh-CN')).toBe(
      '登录名不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）。',
    );
    expect(plan.writes.newUsers.map((u) => u.login)).toEqual(['g']);
  });

  it('takes a past enrolment date from a roster; refuses one in the future or not a date', () => {
    const plan = planRoster(
      [
        row(2, 'a', { enrolledAt: '2021-05-10' }),
        row(3, 'b', { enrolledAt: '2021年5月10日' }),
        row(4, 'c', { enrolledAt: '2021-05-10T09:00:00+08:00' }),
        row(5, 'd', { enrolledAt: '2025-06-02' }),
        row(6, 'e', { enrolledAt: '2021-02-30' }),
        row(7, 'f', { enrolledAt: 'last May' }),
      ],
      context(),
    );
    expect(outcomes(plan)).toEqual([
      [2, 'CREATED', null],
      [3, 'CREATED', null],
      [4, 'CREATED', null],
      [5, 'ERROR', 'INVALID_ENROLMENT_DATE'],
      [6, 'ERROR', 'INVALID_ENROLMENT_DATE'],
      [7, 'ERROR', 'INVALID_ENROLMENT_DATE'],
    ]);
    expect(plan.writes.enrolments.map((e) => e.enrolledAt?.toISOString())).toEqual([
      '2021-05-10T00:00:00.000Z',
      '2021-05-10T00:00:00.000Z',
      '2021-05-10T01:00:00.000Z',
    ]);
    expect(describeRow(plan.rows[3]!, 'en')).toBe('The enrolment date 2025-06-02 is in the future.');
    expect(describeRow(plan.rows[3]!, 'zh-CN')).toBe('报名日期 2025-06-02 晚于当前时间。');
    expect(describeRow(plan.rows[5]!, 'en')).toMatch(/^"last May" is not an enrolment date/);
  });

  it('changes an enrolled teacher’s enrolment date when the roster gives another; the same date changes nothing', () => {
    const enrolled = teacher('a', {
      enrolment: { id: 'e', batchId: 'batch', schoolId: 'school', classId: 'class-1', enrolledAt: ENROLLED },
    });
    const same = planRoster([row(2, 'a', { enrolledAt: '2025-03-01' })], context({ users: [enrolled] }));
    expect(same.rows[0]).toMatchObject({ outcome: 'UNCHANGED', changes: [] });
    expect(same.writes.enrolmentDates).toEqual([]);
    const moved = planRoster([row(2, 'a', { enrolledAt: '2025-02-01' })], context({ users: [enrolled] }));
    expect(moved.rows[0]).toMatchObject({ outcome: 'UPDATED', changes: ['ENROLLED_AT'] });
    expect(describeRow(moved.rows[0]!, 'zh-CN')).toBe('已更改：报名日期。');
    expect(moved.writes.enrolmentDates).toEqual([
      { enrolmentId: 'e', enrolledAt: new Date('2025-02-01T00:00:00Z'), previous: ENROLLED },
    ]);
  });
});

describe('parseEnrolmentDate', () => {
  it('reads days in the forms Chinese spreadsheets use, and ISO-8601 instants with a zone', () => {
    const day = new Date('2021-05-10T00:00:00Z');
    for (const text of ['2021-05-10', '2021-5-10', '2021/5/10', '2021.05.10', '2021年5月10日', ' 2021-05-10 '])
      expect(parseEnrolmentDate(text), text).toEqual(day);
    expect(parseEnrolmentDate('2021-05-10T09:30:00Z')).toEqual(new Date('2021-05-10T09:30:00Z'));
    expect(parseEnrolmentDate('2021-05-10T09:30+0800')).toEqual(new Date('2021-05-10T01:30:00Z'));
  });

  it('refuses anything else: impossible days, mixed separators, times without a zone', () => {
    for (const text of ['2021-02-29', '2021-13-01', '2021-5/10', '2021-05-10T09:30', '10/05/2021', '2021年5月10', ''])
      expect(parseEnrolmentDate(text), text).toBeNull();
  });
});
