import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalIdCheckCharacter } from '../../schema/users/national-id.js';
import { ImportEnrolmentsDocument } from '../../sdk/src/generated/graphql.js';
import { type TestApp, testApp } from '../kit/app.js';
import { unique } from '../kit/ids.js';
import { docx, exe } from '../kit/office-files.js';
import type { ProgrammeOptions, UserRef } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A school enrolled in a programme's batch (quota 50, one class per school unless the rules say otherwise). */
async function setup(options: ProgrammeOptions = {}) {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ schools: [s], quota: 50, ...options });
  return { d, s, p };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const rules = (selection: Record<string, number> = {}, classPerSchool = true) => ({
  rules: { enrolment: { classPerSchool }, selection: { minCredits: 20, ...selection } },
});

/** Sends the roster as a GraphQL multipart request (operations, map, then the file part); fails on GraphQL errors. */
async function importFile(
  world: Setup,
  file: { name: string; type: string; bytes: Uint8Array | string },
  options: { dryRun?: boolean; as?: UserRef; schoolId?: string } = {},
) {
  const res = await t.upload(
    ImportEnrolmentsDocument,
    {
      input: {
        batchId: world.p.batch.gid,
        schoolId: options.schoolId ?? world.s.school.gid,
        file: null,
        ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}),
      },
    },
    { 'input.file': { bytes: file.bytes, filename: file.name, contentType: file.type } },
    { as: options.as ?? world.s.admin },
  );
  expect(res.errors).toBeUndefined();
  const result = res.data!.importEnrolments;
  // The payload's fields, or an error's `code` and `message`: each test asserts which member came back.
  type Payload = Omit<Extract<typeof result, { __typename: 'ImportEnrolmentsPayload' }>, '__typename'>;
  return result as unknown as Payload & { __typename: string; code?: string; message?: string };
}

const csv = (text: string, name = 'roster.csv') => ({ name, type: 'text/csv', bytes: text });

async function xlsx(rows: Array<Array<string | number | Date>>, name = 'roster.xlsx') {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('教师');
  for (const row of rows) sheet.addRow(row);
  return { name, type: XLSX_TYPE, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

/** A valid national ID number for a sequence number (birth date 1985-06-15). */
const nationalId = (n: number) => {
  const first17 = `440402198506${String(15).padStart(2, '0')}${String(n % 1000).padStart(3, '0')}`;
  return first17 + nationalIdCheckCharacter(first17);
};

/** Everything an import may write, for the school: to show a refused or repeated import changed nothing. */
async function snapshot(world: Setup) {
  const prisma = t.db.prisma;
  return {
    counts: await t.rows.writes(),
    // lastSeenAt moves with every request (the consoles' "registered"): not a change the import made.
    users: await prisma.user.findMany({
      where: { organisationId: world.s.school.id },
      orderBy: { login: 'asc' },
      omit: { lastSeenAt: true },
    }),
    enrolments: await prisma.enrolment.findMany({ where: { schoolId: world.s.school.id }, orderBy: { id: 'asc' } }),
    roles: await prisma.roleAssignment.findMany({
      where: { orgPath: { startsWith: world.s.school.path } },
      orderBy: { id: 'asc' },
    }),
  };
}

describe('importEnrolments: CSV and XLSX', () => {
  it('imports a UTF-8 CSV with a byte-order mark and Chinese headers', async () => {
    const world = await setup(rules({ selectionWindowDays: 7 }));
    const p = unique();
    const file = csv(
      `\uFEFF登录名,姓名,邮箱,身份证号\n${p}-1,王芳,wf@x.invalid,${nationalId(1)}\n"${p}-2","李, 明",,\n${p}-3,赵强,,${nationalId(3).toLowerCase()}\n`,
    );
    const result = await importFile(world, file);
    expect(result).toMatchObject({
      __typename: 'ImportEnrolmentsPayload',
      dryRun: false,
      written: true,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: 0,
    });
    expect(result.rows.map((r) => [r.row, r.login, r.outcome, r.accountCreated])).toEqual([
      [2, `${p}-1`, 'CREATED', true],
      [3, `${p}-2`, 'CREATED', true],
      [4, `${p}-3`, 'CREATED', true],
    ]);
    const users = await t.db.prisma.user.findMany({
      where: { login: { startsWith: `${p}-` } },
      orderBy: { login: 'asc' },
      include: { enrolments: true, roleAssignments: true },
    });
    expect(users.map((u) => [u.displayName, u.email, u.nationalIdMasked])).toEqual([
      ['王芳', 'wf@x.invalid', '440402********0010'.slice(0, 14) + nationalId(1).slice(-4)],
      ['李, 明', null, null],
      ['赵强', null, `440402********${nationalId(3).slice(-4)}`],
    ]);
    for (const user of users) {
      expect(user.organisationId).toBe(world.s.school.id);
      expect(user.enrolments).toHaveLength(1);
      expect(user.enrolments[0]).toMatchObject({ batchId: world.p.batch.id, classId: world.s.class.id });
      expect(user.enrolments[0]!.selectionDueAt).not.toBeNull();
      expect(user.roleAssignments.map((a) => a.organisationId).sort()).toEqual(
        [world.s.school.id, world.s.class.id].sort(),
      );
      expect(JSON.stringify(user)).not.toContain('19850615');
    }
    const history = await t.db.prisma.decision.findMany({
      where: { subjectType: 'Enrolment', subjectId: { in: users.map((u) => u.enrolments[0]!.id) } },
    });
    expect(history.map((d) => [d.action, d.comment, d.actorId])).toEqual(
      Array(3).fill(['ENROL', 'Imported from roster.csv', world.s.admin.id]),
    );
  });

  it('imports an XLSX with English headers in any order, extra columns ignored, blank rows skipped', async () => {
    const world = await setup(rules({}, false));
    const second = await t.world.organisation('CLASS', world.s.school, { name: '二班' });
    const p = unique();
    const file = await xlsx([
      ['Notes', 'Name', 'Login', 'Class', 'Email'],
      ['x', 'Teacher One', `${p}-1`, world.s.class.code, ''],
      [],
      ['', 'Teacher Two', `${p}-2`, '二班', `${p}@x.invalid`],
      ['', 'Teacher Three', `${p}-3`, '', ''],
    ]);
    const result = await importFile(world, file);
    expect(result.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, 'CREATED'],
      [4, 'CREATED'],
      [5, 'CREATED'],
    ]);
    const enrolments = await t.db.prisma.enrolment.findMany({
      where: { teacher: { login: { startsWith: `${p}-` } } },
      include: { teacher: true },
    });
    const classOf = Object.fromEntries(enrolments.map((e) => [e.teacher.login, e.classId]));
    expect(classOf).toEqual({ [`${p}-1`]: world.s.class.id, [`${p}-2`]: second.id, [`${p}-3`]: null });
  });

  it('dryRun reports every row and writes nothing', async () => {
    const world = await setup(rules());
    const before = await snapshot(world);
    const p = unique();
    const result = await importFile(world, csv(`login,name\n${p}-1,A\n${p}-2,B\n`), { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, written: false, created: 2, errors: 0 });
    expect(result.rows.map((r) => r.outcome)).toEqual(['CREATED', 'CREATED']);
    expect(await snapshot(world)).toEqual(before);
  });

  it('a file with exactly 3 bad rows reports exactly those rows and writes nothing', async () => {
    const world = await setup(rules());
    const before = await snapshot(world);
    const p = unique();
    const file = await xlsx([
      ['登录名', '姓名', '身份证号'],
      [`${p}-1`, '甲', nationalId(11)],
      [`${p}-2`, '', ''], // row 3: no name
      [`${p}-3`, '丙', nationalId(13)],
      [`${p}-4`, '丁', `${'440402198506151231'.slice(0, 17)}Y`], // row 5: bad national ID
      [`${p}-5`, '戊', ''],
      [`${p}-1`, '甲again', ''], // row 7: same login as row 2
      [`${p}-6`, '己', ''],
    ]);
    const result = await importFile(world, file);
    expect(result).toMatchObject({ written: false, errors: 3, created: 4 });
    expect(result.rows.filter((r) => r.outcome === 'ERROR').map((r) => [r.row, r.code])).toEqual([
      [3, 'MISSING_FIELD'],
      [5, 'INVALID_NATIONAL_ID'],
      [7, 'DUPLICATE_ROW'],
    ]);
    expect(result.rows.find((r) => r.row === 7)!.message).toContain('row 2');
    expect(await snapshot(world)).toEqual(before);
  });

  it('re-importing the same file changes nothing: every row UNCHANGED, written false, no write statement', async () => {
    const world = await setup(rules());
    const p = unique();
    const file = await xlsx([
      ['login', 'name', 'email', 'nationalId'],
      [`${p}-1`, 'One', `${p}1@x.invalid`, nationalId(21)],
      [`${p}-2`, 'Two', '', ''],
    ]);
    expect((await importFile(world, file)).created).toBe(2);
    const before = await snapshot(world);
    const { result: again, log } = await t.measure(() => importFile(world, file));
    const writes = log.filter((sql) => /^\s*(INSERT|UPDATE|DELETE)/i.test(sql));
    expect(again).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 2, errors: 0 });
    expect(again.rows.map((r) => r.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
    expect(writes).toEqual([]);
    expect(await snapshot(world)).toEqual(before);
  });

  it('updates changed details of enrolled teachers (UPDATED) and enrols existing users of the school', async () => {
    const world = await setup(rules());
    const p = unique();
    await importFile(world, csv(`login,name,email\n${p}-1,One,a@x.invalid\n${p}-2,Two,\n`));
    const colleague = await t.world.user(world.s.school, [['GROUP_LEADER', world.s.group]]);
    const result = await importFile(
      world,
      csv(
        `login,name,email,nationalId\n${p}-1,One,b@x.invalid,\n${p}-2,Two,,${nationalId(31)}\n${colleague.login},组长,,\n`,
      ),
    );
    expect(result.rows.map((r) => [r.outcome, r.message, r.accountCreated])).toEqual([
      ['UPDATED', 'Changed: e-mail.', false],
      ['UPDATED', 'Changed: national ID.', false],
      ['CREATED', 'Changed: name.', false],
    ]);
    const users = await t.db.prisma.user.findMany({
      where: { login: { in: [`${p}-1`, `${p}-2`, colleague.login] } },
      orderBy: { login: 'asc' },
    });
    expect(users.map((u) => [u.email, u.nationalIdMasked !== null, u.displayName])).toEqual(
      expect.arrayContaining([
        ['b@x.invalid', false, 'One'],
        [null, true, 'Two'],
      ]),
    );
    expect(await t.db.prisma.enrolment.count({ where: { teacherId: colleague.id } })).toBe(1);
  });

  it('takes a past roster’s enrolment dates (报名日期: XLSX date cells or text); the deadlines follow, a corrected date moves them', async () => {
    const world = await setup(rules({ selectionWindowDays: 7 }));
    const p = unique();
    const result = await importFile(
      world,
      await xlsx([
        ['登录名', '姓名', '报名日期'],
        [`${p}-1`, 'One', new Date(Date.UTC(2021, 4, 10))],
        [`${p}-2`, 'Two', '2021/5/12'],
        [`${p}-3`, 'Three', ''],
      ]),
    );
    expect(result).toMatchObject({ written: true, created: 3, errors: 0 });
    const stored = async () =>
      Object.fromEntries(
        (
          await t.db.prisma.enrolment.findMany({
            where: { schoolId: world.s.school.id },
            select: { id: true, enrolledAt: true, selectionDueAt: true, teacher: { select: { login: true } } },
          })
        ).map((e) => [e.teacher.login, e]),
      );
    const first = await stored();
    expect([first[`${p}-1`]!.enrolledAt, first[`${p}-1`]!.selectionDueAt]).toEqual([
      new Date('2021-05-10T00:00:00Z'),
      new Date('2021-05-17T00:00:00Z'),
    ]);
    expect(first[`${p}-2`]!.selectionDueAt).toEqual(new Date('2021-05-19T00:00:00Z'));
    // No date: enrolled now, a week from now.
    expect(first[`${p}-3`]!.selectionDueAt!.getTime() - first[`${p}-3`]!.enrolledAt.getTime()).toBe(7 * 86_400_000);

    const corrected = await importFile(
      world,
      csv(`login,name,enrolledAt\n${p}-1,One,2021-05-11\n${p}-2,Two,2021-05-12\n`),
    );
    expect(corrected).toMatchObject({ written: true, updated: 1, unchanged: 1 });
    expect(corrected.rows.map((r) => [r.outcome, r.message])).toEqual([
      ['UPDATED', 'Changed: enrolment date.'],
      ['UNCHANGED', null],
    ]);
    const after = await stored();
    expect(after[`${p}-1`]!.selectionDueAt).toEqual(new Date('2021-05-18T00:00:00Z'));
    const history = await t.db.prisma.decision.findMany({
      where: { subjectId: after[`${p}-1`]!.id },
      orderBy: { createdAt: 'asc' },
      select: { action: true, fromState: true, toState: true },
    });
    expect(history.at(-1)).toEqual({
      action: 'CHANGE_ENROLMENT_DATE',
      fromState: '2021-05-10T00:00:00.000Z',
      toState: '2021-05-11T00:00:00.000Z',
    });
  });

  it('refuses a future or unreadable enrolment date on its row (INVALID_ENROLMENT_DATE), writing nothing', async () => {
    const world = await setup(rules({ selectionWindowDays: 7 }));
    const p = unique();
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const before = await snapshot(world);
    const result = await importFile(
      world,
      csv(`login,name,enrolment date\n${p}-1,One,${tomorrow}\n${p}-2,Two,2021-02-30\n${p}-3,Three,2021-05-10\n`),
    );
    expect(result).toMatchObject({ written: false, errors: 2, created: 1 });
    expect(result.rows.map((r) => [r.outcome, r.code, r.message])).toEqual([
      ['ERROR', 'INVALID_ENROLMENT_DATE', `The enrolment date ${tomorrow} is in the future.`],
      [
        'ERROR',
        'INVALID_ENROLMENT_DATE',
        '"2021-02-30" is not an enrolment date: write a day (2021-05-10) or an ISO-8601 time with its zone.',
      ],
      ['CREATED', null, null],
    ]);
    expect(await snapshot(world)).toEqual(before);
  });

  it('reports LOGIN_TAKEN, NATIONAL_ID_TAKEN, UNKNOWN_CLASS and QUOTA_EXCEEDED per row', async () => {
    const world = await setup({ ...rules({}, false), quota: 2 });
    const taken = await world.d.school().teacher({ class: null });
    const p = unique();
    await importFile(world, csv(`login,name,nationalId\n${p}-0,Zero,${nationalId(40)}\n`));
    const before = await snapshot(world);
    const result = await importFile(
      world,
      csv(
        [
          'login,name,nationalId,class',
          `${taken.login},Taken,,`,
          `${p}-1,One,${nationalId(40)},`,
          `${p}-2,Two,,no-such-class`,
          `${p}-3,Three,,`,
          `${p}-4,Four,,`,
        ].join('\n'),
      ),
    );
    expect(result.rows.map((r) => [r.row, r.outcome, r.code])).toEqual([
      [2, 'ERROR', 'LOGIN_TAKEN'],
      [3, 'ERROR', 'NATIONAL_ID_TAKEN'],
      [4, 'ERROR', 'UNKNOWN_CLASS'],
      [5, 'CREATED', null],
      [6, 'ERROR', 'QUOTA_EXCEEDED'],
    ]);
    expect(await snapshot(world)).toEqual(before);
  });

  it('refuses rows whose login, name or e-mail a spreadsheet would run as a formula (FORMULA_LIKE_VALUE), writing nothing', async () => {
    const world = await setup(rules());
    const before = await snapshot(world);
    const p = unique();
    const fromCsv = await importFile(
      world,
      csv(
        `login,name,email\n=cmd|' /C calc'!A0,王芳,\n${p}-1,"=HYPERLINK(""http://evil.invalid"",""点我"")",\n${p}-2,+86 李明,\n${p}-3,-2+3,\n${p}-4,赵强,@SUM(A1)@x.invalid\n"\t${p}-5",孙丽,\n${p}-6,"\r周杰",\n${p}-7,王-芳,${p}+7@x.invalid\n`,
      ),
    );
    expect(fromCsv).toMatchObject({ written: false, errors: 7, created: 1 });
    expect(fromCsv.rows.map((r) => [r.row, r.outcome, r.code])).toEqual([
      ...[2, 3, 4, 5, 6, 7, 8].map((row) => [row, 'ERROR', 'FORMULA_LIKE_VALUE']),
      [9, 'CREATED', null],
    ]);
    expect(fromCsv.rows[1]!.message).toBe(
      'The name must not begin with =, +, -, @, a tab or a carriage return (a spreadsheet would read it as a formula).',
    );
    const fromXlsx = await importFile(
      world,
      await xlsx([
        ['登录名', '姓名'],
        [`${p}-8`, '=1+1'],
        [`${p}-9`, '正常'],
      ]),
    );
    expect(fromXlsx.rows.map((r) => [r.row, r.outcome, r.code])).toEqual([
      [2, 'ERROR', 'FORMULA_LIKE_VALUE'],
      [3, 'CREATED', null],
    ]);
    expect(await snapshot(world)).toEqual(before);
  });

  it('refuses files it cannot read as a whole', async () => {
    const world = await setup(rules());
    const before = await snapshot(world);
    const gbk = new Uint8Array([0x6c, 0x6f, 0x67, 0x69, 0x6e, 0x2c, 0xd0, 0xd5, 0xc3, 0xfb, 0x0a]); // "login,姓名" in GBK
    expect(await importFile(world, { name: 'r.csv', type: 'text/csv', bytes: gbk })).toMatchObject({
      __typename: 'ImportFileError',
      code: 'INVALID_FILE',
    });
    expect(await importFile(world, csv('login,email\nx,y@z.invalid\n'))).toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringContaining('姓名'),
    });
    expect(await importFile(world, { name: 'r.xlsx', type: XLSX_TYPE, bytes: 'not a workbook' })).toMatchObject({
      code: 'INVALID_FILE',
    });
    // told apart by content, not name: a Word document or an executable is neither CSV nor XLSX
    for (const bytes of [docx(), exe()]) {
      expect(await importFile(world, { name: 'r.csv', type: 'text/csv', bytes })).toMatchObject({
        code: 'INVALID_FILE',
        message: expect.stringContaining('neither an XLSX workbook nor CSV'),
      });
    }
    expect(await importFile(world, csv('\n\n'))).toMatchObject({ code: 'INVALID_FILE' });
    const big = `login,name\n${'x'.repeat(5 * 1024 * 1024)}`;
    expect(await importFile(world, csv(big))).toMatchObject({
      __typename: 'FileTooLargeError',
      code: 'FILE_TOO_LARGE',
    });
    const tooMany = `login,name\n${Array.from({ length: 5001 }, (_, i) => `u${i},N${i}`).join('\n')}`;
    expect(await importFile(world, csv(tooMany))).toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringContaining('5000'),
    });
    expect(await snapshot(world)).toEqual(before);
  });

  it.each([
    ['teacher', 'FORBIDDEN_ACTION'],
    ['tutor', 'NOT_FOUND'],
    ['school2Admin', 'NOT_FOUND'],
    ['districtAdmin', 'FORBIDDEN_ACTION'],
    ['otherDistrictAdmin', 'NOT_FOUND'],
  ] as const)('refuses %s with %s and writes nothing', async (role, code) => {
    const world = await setup(rules());
    const users = {
      teacher: await world.s.teacher(),
      tutor: world.s.tutor,
      school2Admin: (await world.d.school()).admin,
      districtAdmin: world.d.admin,
      otherDistrictAdmin: (await t.world.district()).admin,
    };
    const before = await snapshot(world);
    const result = await importFile(world, csv(`login,name\n${unique()},A\n`), { as: users[role] });
    expect(result.code).toBe(code);
    expect(await snapshot(world)).toEqual(before);
  });

  it('refuses a school not enrolled in the batch (NOT_FOUND)', async () => {
    const world = await setup(rules());
    const outside = await world.d.school();
    const result = await importFile(world, csv(`login,name\n${unique()},A\n`), {
      as: outside.admin,
      schoolId: outside.school.gid,
    });
    expect(result).toMatchObject({ code: 'NOT_FOUND', message: 'Batch was not found.' });
  });
});

describe('importEnrolments: a 2,000-row XLSX', () => {
  /** Distinct valid national ID numbers: one birth date per row from `from`, region 320102. */
  const idFor = (from: string, i: number) => {
    const birth = new Date(new Date(from).getTime() + i * 24 * 3600 * 1000)
      .toISOString()
      .slice(0, 10)
      .replaceAll('-', '');
    const first17 = `320102${birth}123`;
    return first17 + nationalIdCheckCharacter(first17);
  };
  const roster = (n: number, prefix: string, from: string) =>
    xlsx([
      ['login', 'name', 'email', 'nationalId'],
      ...Array.from({ length: n }, (_, i) => [
        `${prefix}-${i}`,
        `教师${i}`,
        `${prefix}${i}@x.invalid`,
        i % 2 ? idFor(from, i) : '',
      ]),
    ]);

  it('imports in one transaction with SQL statements bounded by chunks, not rows', async () => {
    const small = await setup({ ...rules(), quota: 5000 });
    const large = await setup({ ...rules(), quota: 5000 });
    const smallFile = await roster(200, `s${unique()}`, '1960-01-01');
    const largeFile = await roster(2000, `l${unique()}`, '1970-01-01');

    const measure = async (world: Setup, file: Awaited<ReturnType<typeof xlsx>>) => {
      const started = performance.now();
      const { result, statements, log } = await t.measure(() => importFile(world, file));
      return { result, ms: performance.now() - started, statements, log };
    };
    const s = await measure(small, smallFile);
    const l = await measure(large, largeFile);
    expect(s.result).toMatchObject({ written: true, created: 200, errors: 0 });
    expect(l.result).toMatchObject({ written: true, created: 2000, errors: 0 });
    expect(await t.db.prisma.enrolment.count({ where: { batchId: large.p.batch.id } })).toBe(2000);

    console.log(
      `[enrolments import] ${t.db.kind}: 200 rows in ${s.ms.toFixed(0)} ms with ${s.statements} statements; ` +
        `2,000 rows in ${l.ms.toFixed(0)} ms with ${l.statements} statements`,
    );
    // One transaction: every row written carries the same creating transaction id (xmin).
    const [row] = await t.db.prisma.$queryRaw<Array<{ transactions: bigint }>>`
      SELECT count(DISTINCT x) AS transactions FROM (
        SELECT xmin::text AS x FROM "Enrolment" WHERE "batchId" = ${large.p.batch.id}
        UNION ALL SELECT u.xmin::text FROM "User" u JOIN "Enrolment" e ON e."teacherId" = u.id WHERE e."batchId" = ${large.p.batch.id}
        UNION ALL SELECT r.xmin::text FROM "RoleAssignment" r JOIN "Enrolment" e ON e."teacherId" = r."userId" WHERE e."batchId" = ${large.p.batch.id}
        UNION ALL SELECT d.xmin::text FROM "Decision" d JOIN "Enrolment" e ON e.id = d."subjectId" WHERE e."batchId" = ${large.p.batch.id}) AS rows`;
    expect(Number(row?.transactions)).toBe(1);
    expect(l.statements).toBeLessThanOrEqual(40);
    expect(l.statements).toBeLessThanOrEqual(s.statements + 12);
  }, 180_000);
});
