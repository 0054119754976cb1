/**
 * importPeople: a people file (CSV or XLSX) creates and updates people, grants their roles and links their sign-on
 * identities; per-row results, dry runs, all or nothing, and an idempotent re-import.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalIdCheckCharacter } from '../../schema/users/national-id.js';
import {
  CreateUserDocument,
  GrantRoleDocument,
  ImportPeopleDocument,
  PersonDocument,
  SchoolPeopleDocument,
} from '../../sdk/src/generated/graphql.js';
import { type Actor, type TestApp, testApp } from '../kit/app.js';
import { unique, gid as userGid } from '../kit/ids.js';
import { docx } from '../kit/office-files.js';
import { ofType } from '../kit/results.js';
import type { OrgRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type File = { name: string; type: string; bytes: Uint8Array | string };

const csv = (rows: string[][], name = 'people.csv'): File => ({
  name,
  type: 'text/csv',
  bytes: `\uFEFF${rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\n')}\n`,
});

async function xlsx(rows: Array<Array<string | ExcelJS.CellFormulaValue>>, name = 'people.xlsx'): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('人员');
  for (const row of rows) sheet.addRow(row);
  return { name, type: XLSX_TYPE, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

/** A valid national ID number for a sequence number (birth date 1985-06-15). */
const nationalId = (n: number) => {
  const first17 = `44040219850615${String(n % 1000).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
};

/** Sends the file as a GraphQL multipart request; fails on GraphQL errors. */
async function importFile(
  organisation: OrgRef,
  file: File,
  as: Actor,
  options: { dryRun?: boolean; locale?: 'zh-CN' | 'en' } = {},
) {
  const res = await t.upload(
    ImportPeopleDocument,
    {
      input: {
        organisationId: organisation.gid,
        file: null,
        ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}),
      },
    },
    { 'input.file': { bytes: file.bytes, filename: file.name, contentType: file.type } },
    { as, ...(options.locale ? { locale: options.locale } : {}) },
  );
  expect(res.errors).toBeUndefined();
  const result = res.data!.importPeople;
  type Payload = Omit<Extract<typeof result, { __typename: 'ImportPeoplePayload' }>, '__typename'>;
  return result as unknown as Payload & { __typename: string; code?: string; message?: string };
}

/** Everything an import may write. */
async function tables() {
  const prisma = t.db.prisma;
  return {
    // lastSeenAt moves with every request (the consoles' "registered"): not a change the operation made.
    users: await prisma.user.findMany({ orderBy: { id: 'asc' }, omit: { lastSeenAt: true } }),
    roles: await prisma.roleAssignment.findMany({ orderBy: { id: 'asc' } }),
    changes: await prisma.roleChange.findMany({ orderBy: { id: 'asc' } }),
    identities: await prisma.userIdentity.findMany({ orderBy: { id: 'asc' } }),
  };
}

/** A school made with the test world, no staff yet, with a class and a group; its district's admin. */
async function bareSchool() {
  const d = await t.world.district();
  const school = await t.world.organisation('SCHOOL', d.district, { stages: ['PRIMARY'] });
  const klass = await t.world.organisation('CLASS', school, { name: '一班' });
  const group = await t.world.organisation('GROUP', school, { name: '数学组' });
  return { d, school, klass, group };
}

const HEADER_ZH = [
  '登录名',
  '姓名',
  '手机',
  '邮箱',
  '学科',
  '学段',
  '工号',
  '身份证号',
  '角色',
  '班级',
  '教研组',
  '身份来源',
  '身份标识',
];
const HEADER_EN = [
  'login',
  'name',
  'phone',
  'email',
  'subject',
  'stage',
  'employeeNumber',
  'nationalId',
  'roles',
  'class',
  'group',
  'identityIssuer',
  'identitySubject',
];

/** National ID numbers given so far: each person of the file gets a new one. */
let idsGiven = 0;

/** A tutor, a group leader and ten teachers of the school, as rows of a people file (column 7: national ID). */
function staffRows(prefix: string, klass: OrgRef, group: OrgRef) {
  const row = (n: number, name: string, roles: string, cells: { class?: string; group?: string } = {}) => [
    `${prefix}.${n}`,
    name,
    `1381234${String(n).padStart(4, '0')}`,
    `${prefix}.${n}@x.invalid`,
    n % 2 ? '数学' : '语文',
    n % 2 ? '小学' : 'PRIMARY',
    `E${n}`,
    nationalId(++idsGiven),
    roles,
    cells.class ?? '',
    cells.group ?? '',
    'https://sso.example.cn',
    `${prefix}-${n}`,
  ];
  return [
    row(1, '辅导者', `TEACHER;CLASS_TUTOR@${klass.code}`, { class: klass.code }),
    row(2, '组长', `TEACHER;GROUP_LEADER@${group.code}`, { group: group.code }),
    ...Array.from({ length: 10 }, (_, i) =>
      row(i + 3, `教师${i + 3}`, 'TEACHER', { class: klass.code, group: group.code }),
    ),
  ];
}

describe('a district admin sets up a school’s people', () => {
  it('creates a school admin, who imports a tutor, a group leader and ten teachers (CSV), idempotently', async () => {
    const { d, school, klass, group } = await bareSchool();
    const adminLogin = `sa.${unique()}`;
    ofType(
      await t.mutate(
        CreateUserDocument,
        {
          organisationId: school.gid,
          login: adminLogin,
          displayName: '学校管理员',
          roles: [{ role: 'SCHOOL_ADMIN', organisationId: school.gid }],
        },
        { as: d.admin },
      ),
      'CreateUserPayload',
    );
    const admin = { login: adminLogin };
    const adminId = (await t.db.prisma.user.findUniqueOrThrow({ where: { login: adminLogin } })).id;
    const prefix = `t${unique()}`;
    const rows = staffRows(prefix, klass, group);
    const file = csv([HEADER_ZH, ...rows]);

    const first = await importFile(school, file, admin);
    expect(first).toMatchObject({
      __typename: 'ImportPeoplePayload',
      dryRun: false,
      written: true,
      created: 12,
      updated: 0,
      unchanged: 0,
      errors: 0,
    });
    expect(first.rows.map((r) => [r.row, r.outcome])).toEqual(Array.from({ length: 12 }, (_, i) => [i + 2, 'CREATED']));

    const people = await t.db.prisma.user.findMany({
      where: { login: { startsWith: `${prefix}.` } },
      include: { roleAssignments: true, identities: true },
    });
    expect(people).toHaveLength(12);
    const byLogin = new Map(people.map((p) => [p.login, p]));
    const rolesOf = (n: number) =>
      byLogin
        .get(`${prefix}.${n}`)!
        .roleAssignments.map((a) => `${a.role}@${a.organisationId}`)
        .sort();
    expect(rolesOf(1)).toEqual([`CLASS_TUTOR@${klass.id}`, `TEACHER@${klass.id}`, `TEACHER@${school.id}`].sort());
    expect(rolesOf(2)).toEqual([`GROUP_LEADER@${group.id}`, `TEACHER@${group.id}`, `TEACHER@${school.id}`].sort());
    expect(rolesOf(7)).toEqual([`TEACHER@${group.id}`, `TEACHER@${klass.id}`, `TEACHER@${school.id}`].sort());
    const seventh = byLogin.get(`${prefix}.7`)!;
    expect(seventh).toMatchObject({
      displayName: '教师7',
      phone: '13812340007',
      teachingSubject: '数学',
      stage: 'PRIMARY',
      employeeNumber: 'E7',
      nationalIdMasked: `440402********${rows[6]![7]!.slice(-4)}`,
      organisationId: school.id,
      orgPath: school.path,
    });
    expect(seventh.identities.map((i) => [i.issuer, i.subject])).toEqual([['https://sso.example.cn', `${prefix}-7`]]);
    expect(JSON.stringify(people)).not.toContain(rows[6]![7]!);

    // Each grant is in the person's history, with the importer as actor.
    const history = await t.db.prisma.roleChange.findMany({ where: { userId: byLogin.get(`${prefix}.1`)!.id } });
    expect(history.map((c) => [c.role, c.change, c.actorId]).sort()).toEqual(
      [
        ['CLASS_TUTOR', 'GRANTED', adminId],
        ['TEACHER', 'GRANTED', adminId],
        ['TEACHER', 'GRANTED', adminId],
      ].sort(),
    );

    // The school's people page lists them: the admin and twelve.
    const page = await t.data(SchoolPeopleDocument, { organisationId: school.gid, first: 100 }, { as: admin });
    expect(page.people?.totalCount).toBe(13);
    const tutors = await t.data(
      SchoolPeopleDocument,
      { organisationId: school.gid, role: 'CLASS_TUTOR' },
      { as: admin },
    );
    expect(tutors.people?.nodes.map((n) => n.login)).toEqual([`${prefix}.1`]);

    // The same file again: every row UNCHANGED, nothing written.
    const before = await tables();
    const again = await importFile(school, file, admin);
    expect(again).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 12, errors: 0 });
    expect(again.rows.every((r) => r.outcome === 'UNCHANGED' && r.message === null)).toBe(true);
    expect(await tables()).toEqual(before);
  });

  it('imports an XLSX with English headers, then the school admin grants CLASS_TUTOR and GROUP_LEADER', async () => {
    const { d, school, klass, group } = await bareSchool();
    const admin = await t.world.user(school, [['SCHOOL_ADMIN', school]]);
    const prefix = `x${unique()}`;
    const rows = staffRows(prefix, klass, group).map((row) => {
      const copy = [...row];
      copy[8] = 'TEACHER';
      return copy;
    });
    // A formula cell is refused as what it is, whatever result it shows.
    const formula = [`${prefix}.f`, { formula: '"王"&"芳"', result: '王芳' }];
    const refused = await importFile(school, await xlsx([HEADER_EN, ...rows, formula]), d.admin);
    expect(refused).toMatchObject({ written: false, errors: 1 });
    expect(refused.rows.at(-1)).toMatchObject({ login: `${prefix}.f`, code: 'FORMULA_LIKE_VALUE' });

    const result = await importFile(school, await xlsx([HEADER_EN, [], ...rows]), d.admin);
    expect(result).toMatchObject({ written: true, created: 12, errors: 0 });
    expect(result.rows[0]?.row).toBe(3);

    const [tutor, leader] = await Promise.all(
      [1, 2].map((n) => t.db.prisma.user.findUniqueOrThrow({ where: { login: `${prefix}.${n}` } })),
    );
    const gid = (id: string) => userGid('User', id);
    ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: gid(tutor!.id), role: 'CLASS_TUTOR', organisationId: klass.gid },
        { as: admin },
      ),
      'GrantRolePayload',
    );
    ofType(
      await t.mutate(
        GrantRoleDocument,
        { userId: gid(leader!.id), role: 'GROUP_LEADER', organisationId: group.gid },
        { as: admin },
      ),
      'GrantRolePayload',
    );
    const { node } = await t.data(PersonDocument, { id: gid(tutor!.id) }, { as: admin });
    const history = node?.__typename === 'User' ? node.roleHistory.nodes : [];
    expect(history[0]).toMatchObject({ role: 'CLASS_TUTOR', change: 'GRANTED', actorName: admin.displayName });
    expect(history.slice(1).every((c) => c.role === 'TEACHER' && c.actorName === d.admin.displayName)).toBe(true);
  });
});

describe('importPeople: dry runs, errors and updates', () => {
  it('writes nothing in a dry run, yet reports what each row would do', async () => {
    const { d, school, klass, group } = await bareSchool();
    const before = await tables();
    const result = await importFile(school, csv([HEADER_ZH, ...staffRows(`dr${unique()}`, klass, group)]), d.admin, {
      dryRun: true,
    });
    expect(result).toMatchObject({ dryRun: true, written: false, created: 12, errors: 0 });
    expect(await tables()).toEqual(before);
  });

  it('writes nothing when one row is bad, and words every row’s problem in both languages', async () => {
    const { d, school, klass, group } = await bareSchool();
    const other = await t.world.organisation('SCHOOL', d.district);
    const outsider = await t.world.user(other, [['TEACHER', other]]);
    const prefix = `b${unique()}`;
    const rows = [
      ...staffRows(prefix, klass, group).slice(0, 3),
      [`${prefix}.x`, '无角色', '', '', '', '', '', '', 'PRINCIPAL', '', '', '', ''],
      [outsider.login, '外校', '', '', '', '', '', '', 'TEACHER', '', '', '', ''],
      [`${prefix}.y`, '=HYPERLINK("x")', '', '', '', '', '', '', '', '', '', '', ''],
      [`${prefix}.z`, '专家', '', '', '', '', '', '', 'EXPERT', '', '', '', ''],
    ];
    const before = await tables();
    const file = csv([HEADER_ZH, ...rows]);
    const en = await importFile(school, file, d.admin);
    const zh = await importFile(school, file, d.admin, { locale: 'zh-CN' });
    expect(en).toMatchObject({ written: false, created: 4, errors: 3 });
    expect(en.rows.filter((r) => r.outcome === 'ERROR').map((r) => [r.row, r.code, r.message])).toEqual([
      [
        5,
        'UNKNOWN_ROLE',
        '“PRINCIPAL” is not a role; write roles as TEACHER, or CLASS_TUTOR@ followed by a class code, separated by “;”.',
      ],
      [6, 'LOGIN_TAKEN', `The login ${outsider.login} belongs to a user outside this organisation.`],
      [
        7,
        'FORMULA_LIKE_VALUE',
        'The name must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
      ],
    ]);
    expect(zh.rows.filter((r) => r.outcome === 'ERROR').map((r) => r.message)).toEqual([
      '“PRINCIPAL”不是角色；角色写作 TEACHER 或 CLASS_TUTOR@班级编码，以“;”分隔。',
      `登录名 ${outsider.login} 已被本单位以外的用户使用。`,
      '姓名不能以 =、+、-、@、制表符或回车开头（电子表格会把它当作公式）。',
    ]);
    expect(await tables()).toEqual(before);
    // A district admin may make an expert of the school; the school's own admin may not.
    expect(en.rows[6]?.outcome).toBe('CREATED');
    const schoolAdmin = await t.world.user(school, [['SCHOOL_ADMIN', school]]);
    const beforeSchool = await tables();
    const asSchool = await importFile(school, csv([HEADER_ZH, rows[6]!]), schoolAdmin, { locale: 'zh-CN' });
    expect(asSchool.rows.map((r) => [r.code, r.message])).toEqual([
      ['ROLE_NOT_GRANTABLE', 'EXPERT 是区县级角色；您在此组织上只能授予学校级及以下的角色。'],
    ]);
    expect(await tables()).toEqual(beforeSchool);
  });

  it('updates existing people with what changed and links new identities; a second run is UNCHANGED', async () => {
    const { d, school, klass, group } = await bareSchool();
    const prefix = `u${unique()}`;
    const rows = staffRows(prefix, klass, group).slice(0, 3);
    await importFile(school, csv([HEADER_ZH, ...rows]), d.admin);
    const changed = rows.map((row) => [...row]);
    changed[0]![2] = '13900000001';
    changed[1]![8] = `TEACHER;CLASS_TUTOR@${klass.code}`;
    changed[2]![1] = '';
    changed[2]![11] = 'https://other.example.cn';
    const file = csv([HEADER_ZH, ...changed]);
    const result = await importFile(school, file, d.admin);
    expect(result).toMatchObject({ written: true, created: 0, updated: 3, unchanged: 0 });
    expect(result.rows.map((r) => [r.outcome, r.changes, r.message])).toEqual([
      ['UPDATED', ['PHONE'], 'Changed: phone.'],
      ['UPDATED', ['ROLES'], 'Changed: roles.'],
      ['UPDATED', ['IDENTITY'], 'Changed: identity.'],
    ]);
    const third = await t.db.prisma.user.findUniqueOrThrow({
      where: { login: `${prefix}.3` },
      include: { identities: { orderBy: { issuer: 'asc' } } },
    });
    // A blank name keeps the stored one; identities add up.
    expect(third.displayName).toBe('教师3');
    expect(third.identities.map((i) => i.issuer)).toEqual(['https://other.example.cn', 'https://sso.example.cn']);
    const zh = await importFile(school, file, d.admin, { locale: 'zh-CN' });
    expect(zh).toMatchObject({ written: false, unchanged: 3 });
  });

  it('refuses a file without the needed columns, or that is no spreadsheet, in both languages', async () => {
    const { d, school } = await bareSchool();
    const before = await tables();
    const noName = await importFile(
      school,
      csv([
        ['登录名', '手机'],
        ['a1', '13812345678'],
      ]),
      d.admin,
    );
    expect(noName).toMatchObject({
      __typename: 'ImportFileError',
      code: 'INVALID_FILE',
      message: 'Row 1 (the header) lacks the column "name" / "displayname" / "姓名".',
    });
    const noNameZh = await importFile(
      school,
      csv([
        ['登录名', '手机'],
        ['a1', '13812345678'],
      ]),
      d.admin,
      {
        locale: 'zh-CN',
      },
    );
    expect(noNameZh.message).toBe('第 1 行（标题行）缺少以下列："name" / "displayname" / "姓名"。');
    const word = await importFile(school, { name: 'people.csv', type: 'text/csv', bytes: docx() }, d.admin);
    expect(word).toMatchObject({ __typename: 'ImportFileError', code: 'INVALID_FILE' });
    expect(await tables()).toEqual(before);
  });

  it('is NOT_FOUND for another district’s admin, and forbidden to the school’s tutor', async () => {
    const { d, school, klass, group } = await bareSchool();
    const tutor = await t.world.user(school, [['CLASS_TUTOR', klass]]);
    const teacher = await t.world.user(school, [['TEACHER', school]]);
    const elsewhere = await t.world.district({ in: d });
    const before = await tables();
    const file = csv([HEADER_ZH, ...staffRows(`n${unique()}`, klass, group)]);
    expect((await importFile(school, file, elsewhere.admin)).__typename).toBe('NotFoundError');
    expect((await importFile(school, file, tutor)).__typename).toBe('NotFoundError');
    expect((await importFile(school, file, teacher)).__typename).toBe('ForbiddenActionError');
    expect(await tables()).toEqual(before);
  });
});

describe('importPeople: statements', () => {
  it('writes in bulk: the same number of statements for 10 and 200 people', async () => {
    const { d, school, klass, group } = await bareSchool();
    const rows = (prefix: string, count: number) =>
      Array.from({ length: count }, (_, i) => [
        `${prefix}.${i}`,
        `教师${i}`,
        '',
        '',
        '',
        '',
        '',
        nationalId(500 + i + (prefix.startsWith('l') ? 300 : 0)),
        'TEACHER',
        klass.code,
        group.code,
        'https://sso.example.cn',
        `${prefix}-${i}`,
      ]);
    const [smallPrefix, largePrefix] = [`s${unique()}`, `l${unique()}`];
    const small = await t.measure(() => importFile(school, csv([HEADER_ZH, ...rows(smallPrefix, 10)]), d.admin));
    const large = await t.measure(() => importFile(school, csv([HEADER_ZH, ...rows(largePrefix, 200)]), d.admin));
    expect(small.result).toMatchObject({ written: true, created: 10 });
    expect(large.result).toMatchObject({ written: true, created: 200 });
    console.log(`[statements] importPeople: ${small.statements} for 10 people, ${large.statements} for 200`);
    expect(large.statements).toBe(small.statements);
    // Every grant of the bulk insert has its history row.
    expect(await t.db.prisma.roleChange.count({ where: { user: { login: { startsWith: `${largePrefix}.` } } } })).toBe(
      600,
    );
  });
});
