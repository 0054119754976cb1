// Entering and confirming credit hours (学时录入与审核确认) through the real API against a migrated database: the school
// declares its training finished (Xinbei: hours are entered within a week after), enters offline hours from a grid or a
// CSV/XLSX file (all or nothing, a result per row), the school and the district confirm in bulk (safe when two admins
// confirm at once), and the school hours page, the confirmation console and the district summary read it all. The
// requests are the SDK's own operations (sdk/operations/credit-entry.graphql).
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { type DefinitionNode, type DocumentNode, Kind, parse, print, validate, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../schema/index.js';
import { type AdHoc, type TestApp, testApp } from '../kit/app.js';
import { evidenceRow } from '../kit/evidence.js';
import { gid, rawId } from '../kit/ids.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from '../kit/world.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DAY = 24 * 3600 * 1000;
/** Xinbei: 25 online and 25 offline hours; offline hours entered within 7 days after the school finishes. */
const XINBEI = { onlineHours: 25, minOnline: 25, minOffline: 25, entryWindowDays: 7 };

// The SDK's operations, each sent with the fragments it uses.
const sdk = parse(
  readFileSync('sdk/operations/errors.graphql', 'utf8') + readFileSync('sdk/operations/credit-entry.graphql', 'utf8'),
);
function operation(name: string): string {
  const fragments = new Map(
    sdk.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const op = sdk.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`no operation ${name}`);
  const used = new Set<string>();
  const walk = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        used.add(spread.name.value);
        walk(fragments.get(spread.name.value)!);
      },
    });
  walk(op);
  const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [op, ...[...used].map((n) => fragments.get(n)!)] };
  return print(doc);
}

let t: TestApp;
let d: DistrictWorld;
let s: SchoolWorld;
let s2: SchoolWorld;
let p: ProgrammeWorld;

const xinbei = (dw: DistrictWorld, schools: SchoolWorld[], hours: Record<string, unknown> = XINBEI) =>
  dw.programme({ status: 'RUNNING', schools, rules: { hours } as never });

const root = (response: { data?: AdHoc; errors?: unknown }) => {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return Object.values(response.data as Record<string, unknown>)[0] as AdHoc;
};

const declare = (programme: ProgrammeWorld, school: SchoolWorld, as: UserRef = school.admin) =>
  t
    .gql(
      operation('CreditEntryDeclareFinished'),
      { input: { programmeId: programme.gid, schoolId: school.school.gid } },
      { as },
    )
    .then(root);

interface GridRow {
  enrolmentId: string;
  hours: number;
  category?: 'ONLINE' | 'OFFLINE';
  source?: 'SCHOOL_PRACTICE' | 'MANUAL_ENTRY';
  evidenceIds?: string[];
  note?: string;
}
const enter = (
  programme: ProgrammeWorld,
  school: SchoolWorld,
  rows: GridRow[],
  options: { as?: UserRef; dryRun?: boolean; locale?: 'en' | 'zh-CN' } = {},
) =>
  t
    .gql(
      operation('CreditEntryEnter'),
      { input: { programmeId: programme.gid, schoolId: school.school.gid, rows, dryRun: options.dryRun } },
      { as: options.as ?? school.admin, locale: options.locale },
    )
    .then(root);

const importFile = (
  programme: ProgrammeWorld,
  school: SchoolWorld,
  file: { bytes: Uint8Array | string; filename: string; contentType?: string },
  options: { dryRun?: boolean; as?: UserRef; locale?: 'en' | 'zh-CN' } = {},
) =>
  t
    .upload(
      operation('CreditEntryImport'),
      {
        input: { programmeId: programme.gid, schoolId: school.school.gid, file: null, dryRun: options.dryRun ?? false },
      },
      { 'input.file': file },
      { as: options.as ?? school.admin, locale: options.locale },
    )
    .then(root);

const confirmSchool = (programme: ProgrammeWorld, school: SchoolWorld, entryIds?: string[], as = school.admin) =>
  t
    .gql(
      operation('CreditEntryConfirmSchool'),
      { input: { programmeId: programme.gid, schoolId: school.school.gid, entryIds } },
      { as },
    )
    .then(root);

const confirmDistrict = (
  programme: ProgrammeWorld,
  input: { schoolId?: string; entryIds?: string[] },
  as: UserRef = d.admin,
) =>
  t
    .gql(operation('CreditEntryConfirmDistrict'), { input: { programmeId: programme.gid, ...input } }, { as })
    .then(root);

const schoolHours = (programme: ProgrammeWorld, school: SchoolWorld, first = 100, as: UserRef = school.admin) =>
  t
    .gql(
      operation('CreditEntrySchoolHours'),
      { programmeId: programme.gid, schoolId: school.school.gid, first },
      { as },
    )
    .then(root);

/** Sets when the school finished (the window's start), as if declared then. */
async function finishedDaysAgo(programme: ProgrammeWorld, school: SchoolWorld, days: number) {
  await t.db.prisma.schoolCompletion.upsert({
    where: { programmeId_schoolId: { programmeId: programme.id, schoolId: school.school.id } },
    create: {
      programmeId: programme.id,
      schoolId: school.school.id,
      orgPath: school.school.path,
      finishedAt: new Date(Date.now() - days * DAY),
    },
    update: { finishedAt: new Date(Date.now() - days * DAY) },
  });
}

/** A PENDING entry (as automatic crediting appends them: no confirmation). */
async function pendingEntry(
  e: EnrolmentRef,
  programme: ProgrammeWorld,
  hours = 25,
  category: 'ONLINE' | 'OFFLINE' = 'ONLINE',
) {
  const entry = await t.db.prisma.creditEntry.create({
    data: {
      programmeId: programme.id,
      enrolmentId: e.id,
      teacherId: e.teacher.id,
      orgPath: e.orgPath,
      source: category === 'ONLINE' ? 'ONLINE_STUDY' : 'SCHOOL_PRACTICE',
      category,
      hours,
      basis: { score: 80, minutes: 1500 },
    },
    select: { id: true },
  });
  return { id: entry.id, gid: gid('CreditEntry', entry.id) };
}

const counts = async (programme: ProgrammeWorld) => ({
  entries: await t.db.prisma.creditEntry.count({ where: { programmeId: programme.id } }),
  confirmations: await t.db.prisma.creditConfirmation.count({ where: { entry: { programmeId: programme.id } } }),
});

beforeAll(async () => {
  t = await testApp();
  d = await t.world.district();
  s = await d.school();
  s2 = await d.school();
  p = await xinbei(d, [s, s2]);
});
afterAll(() => t.close());

describe('the SDK operations', () => {
  it('are valid against the schema', () => {
    expect(validate(schema, sdk).map((error) => error.message)).toEqual([]);
  });
});

describe('the entry window (Xinbei: 全校培训完成后一周内统一录入)', () => {
  it('is closed before the school declares its training finished: every row is WINDOW_CLOSED, nothing is written', async () => {
    const programme = await xinbei(d, [s]);
    const e = await programme.teacher(s);
    const page = await schoolHours(programme, s);
    expect(page.entryWindow).toEqual({ opensAt: null, closesAt: null, open: false, reason: 'NOT_FINISHED' });
    expect(page.finishedAt).toBeNull();
    const result = await enter(programme, s, [{ enrolmentId: e.gid, hours: 25 }]);
    expect(result).toMatchObject({ __typename: 'EnterCreditHoursPayload', written: false, errors: 1 });
    expect(result.rows[0]).toMatchObject({ outcome: 'ERROR', code: 'WINDOW_CLOSED' });
    expect(result.rows[0].message).toMatch(/declared its training finished/);
    expect(await counts(programme)).toEqual({ entries: 0, confirmations: 0 });
  });

  it('opens when declared, for 7 days; declaring again changes nothing', async () => {
    const programme = await xinbei(d, [s]);
    const first = await declare(programme, s);
    expect(first).toMatchObject({ __typename: 'DeclareSchoolTrainingFinishedPayload', alreadyFinished: false });
    const opened = new Date(first.finishedAt).getTime();
    expect(Math.abs(opened - Date.now())).toBeLessThan(60_000);
    expect(first.entryWindow).toEqual({
      opensAt: first.finishedAt,
      closesAt: new Date(opened + 7 * DAY).toISOString(),
      open: true,
      reason: null,
    });
    const again = await declare(programme, s);
    expect(again).toMatchObject({ alreadyFinished: true, finishedAt: first.finishedAt });
    const completion = await t.db.prisma.schoolCompletion.findUniqueOrThrow({
      where: { programmeId_schoolId: { programmeId: programme.id, schoolId: s.school.id } },
    });
    expect(completion).toMatchObject({ orgPath: s.school.path, finishedById: s.admin.id });
  });

  it('two declarations at once record one moment and neither fails', async () => {
    const programme = await xinbei(d, [s]);
    const second = await t.world.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    const [a, b] = await Promise.all([declare(programme, s), declare(programme, s, second)]);
    expect(a.finishedAt).toBe(b.finishedAt);
    expect([a.alreadyFinished, b.alreadyFinished].sort()).toEqual([false, true]);
  });

  it('is open on day 6 and closed (ENDED) on day 8', async () => {
    const programme = await xinbei(d, [s]);
    const e = await programme.teacher(s);
    await finishedDaysAgo(programme, s, 8);
    const late = await enter(programme, s, [{ enrolmentId: e.gid, hours: 25 }]);
    expect(late.rows[0]).toMatchObject({ code: 'WINDOW_CLOSED' });
    expect(late.rows[0].message).toMatch(/ended on/);
    expect((await schoolHours(programme, s)).entryWindow).toMatchObject({ open: false, reason: 'ENDED' });
    await finishedDaysAgo(programme, s, 6);
    const inTime = await enter(programme, s, [{ enrolmentId: e.gid, hours: 25 }]);
    expect(inTime).toMatchObject({ written: true, entered: 1, errors: 0, hours: 25 });
  });

  it('without entryWindowDays, entry is open before the school finishes', async () => {
    const programme = await xinbei(d, [s], { onlineHours: 30, minTotal: 50 });
    const e = await programme.teacher(s);
    expect((await schoolHours(programme, s)).entryWindow).toEqual({
      opensAt: null,
      closesAt: null,
      open: true,
      reason: null,
    });
    expect(await enter(programme, s, [{ enrolmentId: e.gid, hours: 20 }])).toMatchObject({ written: true });
  });

  it('a programme without hour rules refuses as a whole (INVALID_STATE)', async () => {
    const programme = await d.programme({ status: 'RUNNING', schools: [s] });
    const e = await programme.teacher(s);
    const result = await enter(programme, s, [{ enrolmentId: e.gid, hours: 2 }]);
    expect(result).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
  });
});

describe('entering hours from the grid (enterCreditHours)', () => {
  let e1: EnrolmentRef;
  let e2: EnrolmentRef;
  let other: EnrolmentRef;
  beforeAll(async () => {
    e1 = await p.teacher(s);
    e2 = await p.teacher(s);
    other = await p.teacher(s2);
    await finishedDaysAgo(p, s, 1);
  });

  it('writes each row as an entry confirmed by the school admin, with the evidence in its basis', async () => {
    const evidence = await evidenceRow(t.db.prisma, e1, p, 'A1');
    const result = await enter(p, s, [
      { enrolmentId: e1.gid, hours: 12.5, evidenceIds: [evidence.gid], note: '课堂实践' },
      { enrolmentId: e2.gid, hours: 25, source: 'MANUAL_ENTRY', note: '补录' },
    ]);
    expect(result).toMatchObject({ written: true, dryRun: false, entered: 2, errors: 0, hours: 37.5 });
    expect(result.rows.map((row: AdHoc) => [row.row, row.outcome, row.code])).toEqual([
      [1, 'OK', null],
      [2, 'OK', null],
    ]);
    const ids = result.rows.map((row: AdHoc) => rawId(row.entryId));
    const entries = await t.db.prisma.creditEntry.findMany({
      where: { id: { in: ids } },
      include: { confirmations: true },
      orderBy: { hours: 'asc' },
    });
    expect(entries.map((entry) => [Number(entry.hours), entry.source, entry.category, entry.enteredById])).toEqual([
      [12.5, 'SCHOOL_PRACTICE', 'OFFLINE', s.admin.id],
      [25, 'MANUAL_ENTRY', 'OFFLINE', s.admin.id],
    ]);
    expect(entries[0]).toMatchObject({
      basis: { evidenceIds: [evidence.id] },
      evidenceId: evidence.id,
      note: '课堂实践',
      orgPath: s.school.path,
      teacherId: e1.teacher.id,
    });
    expect(entries[1]!.basis).toEqual({ evidenceIds: [], reason: '补录' });
    for (const entry of entries)
      expect(entry.confirmations.map((c) => [c.level, c.confirmedById])).toEqual([['SCHOOL', s.admin.id]]);
  });

  it('with any bad row writes nothing, and every row says why (zh-CN and en)', async () => {
    const mine = await evidenceRow(t.db.prisma, e2, p, 'A2');
    const before = await counts(p);
    const rows: GridRow[] = [
      { enrolmentId: e1.gid, hours: 3 },
      { enrolmentId: e2.gid, hours: 1.005 },
      { enrolmentId: other.gid, hours: 2 },
      { enrolmentId: e1.gid, hours: 2, evidenceIds: [mine.gid] },
      { enrolmentId: e1.gid, hours: 4 },
      { enrolmentId: e2.gid, hours: 101 },
      { enrolmentId: e2.gid, hours: 0 },
      { enrolmentId: e2.gid, hours: 1, note: 'x'.repeat(501) },
    ];
    const result = await enter(p, s, rows);
    expect(result).toMatchObject({ written: false, entered: 1, errors: 7 });
    expect(result.rows.map((row: AdHoc) => [row.row, row.code])).toEqual([
      [1, null],
      [2, 'INVALID_HOURS'],
      [3, 'ENROLMENT_NOT_FOUND'],
      [4, 'EVIDENCE_NOT_FOUND'],
      [5, 'DUPLICATE_ROW'],
      [6, 'INVALID_HOURS'],
      [7, 'INVALID_HOURS'],
      [8, 'NOTE_TOO_LONG'],
    ]);
    expect(result.rows.every((row: AdHoc) => row.entryId === null)).toBe(true);
    expect(result.rows[4].message).toBe(
      'The same teacher and category are also on row 1: enter one row per teacher and category.',
    );
    const zh = await enter(p, s, rows.slice(0, 2), { locale: 'zh-CN' });
    expect(zh.rows[1].message).toBe('学时最多保留两位小数（当前为 1.005）。');
    expect(await counts(p)).toEqual(before);
  });

  it('a dry run reports without writing; more than 500 rows is a ValidationError', async () => {
    const before = await counts(p);
    const dry = await enter(p, s, [{ enrolmentId: e1.gid, hours: 3 }], { dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, written: false, entered: 1, errors: 0 });
    expect(dry.rows[0].entryId).toBeNull();
    const tooMany = await enter(
      p,
      s,
      Array.from({ length: 501 }, () => ({ enrolmentId: e1.gid, hours: 1 })),
    );
    expect(tooMany).toMatchObject({ __typename: 'ValidationError', code: 'INVALID_INPUT' });
    expect(await counts(p)).toEqual(before);
  });
});

describe('importing hours from a file (importCreditHours)', () => {
  let programme: ProgrammeWorld;
  let a: EnrolmentRef;
  let b: EnrolmentRef;
  beforeAll(async () => {
    programme = await xinbei(d, [s]);
    a = await programme.teacher(s);
    b = await programme.teacher(s);
    await t.db.prisma.user.update({ where: { id: b.teacher.id }, data: { employeeNumber: 'T-0042' } });
    await finishedDaysAgo(programme, s, 2);
  });

  it('a CSV with Chinese headers: dry run, then the import; teachers by login or employee number', async () => {
    const file = {
      bytes: `\uFEFF登录名,工号,姓名,学时,类别,来源,备注\n${a.teacher.login},,甲,25,线下,校本实践,课例\n,T-0042,乙,12.5,,手工录入,补录\n`,
      filename: '学时.csv',
      contentType: 'text/csv',
    };
    const before = await counts(programme);
    const dry = await importFile(programme, s, file, { dryRun: true });
    expect(dry).toMatchObject({ __typename: 'ImportCreditHoursPayload', dryRun: true, written: false, entered: 2 });
    expect(dry.rows.map((row: AdHoc) => [row.row, row.teacher, row.outcome, row.hours])).toEqual([
      [2, a.teacher.login, 'OK', 25],
      [3, 'T-0042', 'OK', 12.5],
    ]);
    expect(await counts(programme)).toEqual(before);
    const done = await importFile(programme, s, file);
    expect(done).toMatchObject({ written: true, entered: 2, hours: 37.5 });
    const entries = await t.db.prisma.creditEntry.findMany({
      where: { programmeId: programme.id },
      orderBy: { hours: 'desc' },
      select: { enrolmentId: true, hours: true, source: true, category: true, note: true },
    });
    expect(entries.map((entry) => ({ ...entry, hours: Number(entry.hours) }))).toEqual([
      { enrolmentId: a.id, hours: 25, source: 'SCHOOL_PRACTICE', category: 'OFFLINE', note: '课例' },
      { enrolmentId: b.id, hours: 12.5, source: 'MANUAL_ENTRY', category: 'OFFLINE', note: '补录' },
    ]);
  });

  it('an XLSX with English headers; a bad row (a formula, an unknown teacher, bad hours) writes nothing', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('hours');
    sheet.addRow(['Login', 'Hours', 'Category', 'Source', 'Note']);
    sheet.addRow([a.teacher.login, 3, 'online', 'manual', 'ok']);
    sheet.addRow([b.teacher.login, 2, '', '', '=HYPERLINK("http://evil")']);
    sheet.addRow(['nobody-here', 2, '', '', '']);
    sheet.addRow([b.teacher.login, 'two', '', '', '']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await counts(programme);
    const result = await importFile(programme, s, { bytes, filename: 'hours.xlsx', contentType: XLSX_TYPE });
    expect(result).toMatchObject({ written: false, entered: 1, errors: 3 });
    expect(result.rows.map((row: AdHoc) => [row.row, row.code])).toEqual([
      [2, null],
      [3, 'FORMULA_LIKE_VALUE'],
      [4, 'TEACHER_NOT_FOUND'],
      [5, 'INVALID_HOURS'],
    ]);
    expect(await counts(programme)).toEqual(before);
    // Without the bad rows it goes in, as an ONLINE manual entry.
    const good = new ExcelJS.Workbook();
    good.addWorksheet('hours').addRows([
      ['Login', 'Hours', 'Category', 'Source', 'Note'],
      [a.teacher.login, 3, 'online', 'manual', 'ok'],
    ]);
    const written = await importFile(programme, s, {
      bytes: new Uint8Array(await good.xlsx.writeBuffer()),
      filename: 'hours.xlsx',
      contentType: XLSX_TYPE,
    });
    expect(written).toMatchObject({ written: true, entered: 1 });
    expect(await t.db.prisma.creditEntry.count({ where: { programmeId: programme.id, category: 'ONLINE' } })).toBe(1);
  });

  it('a file without an hours column is refused as a whole (INVALID_FILE)', async () => {
    const result = await importFile(programme, s, {
      bytes: `login,note\n${a.teacher.login},x\n`,
      filename: 'x.csv',
      contentType: 'text/csv',
    });
    expect(result).toMatchObject({ __typename: 'ImportFileError', code: 'INVALID_FILE' });
  });
});

describe('confirmation (审核确认)', () => {
  it('the school confirms every PENDING entry, then reports each again as ALREADY_CONFIRMED', async () => {
    const programme = await xinbei(d, [s, s2]);
    const e = await programme.teacher(s);
    const x = await pendingEntry(e, programme);
    const y = await pendingEntry(e, programme, 5, 'OFFLINE');
    const all = await confirmSchool(programme, s);
    expect(all).toMatchObject({ __typename: 'ConfirmCreditEntriesPayload', level: 'SCHOOL', confirmed: 2, refused: 0 });
    expect(all.rows.map((row: AdHoc) => row.outcome)).toEqual(['OK', 'OK']);
    const again = await confirmSchool(programme, s, [gid('CreditEntry', x.id), gid('CreditEntry', y.id)]);
    expect(again).toMatchObject({ confirmed: 0, refused: 2 });
    expect(again.rows.map((row: AdHoc) => row.code)).toEqual(['ALREADY_CONFIRMED', 'ALREADY_CONFIRMED']);
    const nothingLeft = await confirmSchool(programme, s);
    expect(nothingLeft).toMatchObject({ confirmed: 0, refused: 0, rows: [] });
    const confirmations = await t.db.prisma.creditConfirmation.findMany({ where: { entryId: { in: [x.id, y.id] } } });
    expect(confirmations.map((c) => [c.level, c.confirmedById, c.orgPath])).toEqual([
      ['SCHOOL', s.admin.id, s.school.path],
      ['SCHOOL', s.admin.id, s.school.path],
    ]);
  });

  it('per-row results: another school’s or programme’s entry, an unknown one', async () => {
    const programme = await xinbei(d, [s, s2]);
    const elsewhere = await xinbei(d, [s]);
    const mine = await pendingEntry(await programme.teacher(s), programme);
    const otherSchool = await pendingEntry(await programme.teacher(s2), programme);
    const otherProgramme = await pendingEntry(await elsewhere.teacher(s), elsewhere);
    const ids = [mine, otherSchool, otherProgramme].map((entry) => gid('CreditEntry', entry.id));
    const unknown = gid('CreditEntry', '00000000-0000-7000-8000-000000000000');
    const result = await confirmSchool(programme, s, [...ids, unknown]);
    expect(result.rows.map((row: AdHoc) => [row.outcome, row.code])).toEqual([
      ['OK', null],
      // The school admin cannot see the other school's entry: it is missing to them.
      ['ERROR', 'ENTRY_NOT_FOUND'],
      ['ERROR', 'OTHER_PROGRAMME'],
      ['ERROR', 'ENTRY_NOT_FOUND'],
    ]);
    // The district sees both schools: the other school's entry is OTHER_SCHOOL.
    const district = await confirmDistrict(programme, { schoolId: s.school.gid, entryIds: ids });
    expect(district.rows.map((row: AdHoc) => row.code)).toEqual([null, 'OTHER_SCHOOL', 'OTHER_PROGRAMME']);
  });

  it('the district confirms only school-confirmed entries, and nothing of a closed school (CLOSED)', async () => {
    const programme = await xinbei(d, [s, s2]);
    const pending = await pendingEntry(await programme.teacher(s), programme);
    const confirmedA = await pendingEntry(await programme.teacher(s), programme);
    const confirmedB = await pendingEntry(await programme.teacher(s2), programme);
    await confirmSchool(programme, s, [gid('CreditEntry', confirmedA.id)]);
    await confirmSchool(programme, s2, [gid('CreditEntry', confirmedB.id)]);
    await t.db.prisma.schoolCompletion.create({
      data: {
        programmeId: programme.id,
        schoolId: s2.school.id,
        orgPath: s2.school.path,
        finishedAt: new Date(),
        closingState: 'ACCEPTED',
        closedAt: new Date(),
      },
    });
    const ids = [pending, confirmedA, confirmedB].map((entry) => gid('CreditEntry', entry.id));
    const result = await confirmDistrict(programme, { entryIds: ids });
    expect(result).toMatchObject({ level: 'DISTRICT', confirmed: 1, refused: 2 });
    expect(result.rows.map((row: AdHoc) => row.code)).toEqual(
      [null, null, null].map((_, i) => ['NOT_SCHOOL_CONFIRMED', null, 'CLOSED'][i]),
    );
    expect(result.rows[2].message).toMatch(/closed/);
    const states = await t.db.prisma.creditConfirmation.findMany({
      where: { entryId: { in: [pending.id, confirmedA.id, confirmedB.id] }, level: 'DISTRICT' },
      select: { entryId: true, confirmedById: true },
    });
    expect(states).toEqual([{ entryId: confirmedA.id, confirmedById: d.admin.id }]);
    // Without entryIds: every school-confirmed entry of the programme; the closed school's is reported, not confirmed.
    const rest = await confirmDistrict(programme, {});
    expect(rest.rows.map((row: AdHoc) => row.code)).toEqual(['CLOSED']);
  });

  it(`two admins confirming the same entries at once: each confirmed once, the rest ALREADY_CONFIRMED (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, async () => {
    const programme = await xinbei(d, [s]);
    const entries = await Promise.all(
      Array.from({ length: 6 }, async () => pendingEntry(await programme.teacher(s), programme)),
    );
    const ids = entries.map((entry) => gid('CreditEntry', entry.id));
    const secondSchoolAdmin = await t.world.user(s.school, [['SCHOOL_ADMIN', s.school]]);
    const [one, two] = await Promise.all([
      confirmSchool(programme, s, ids),
      confirmSchool(programme, s, [...ids].reverse(), secondSchoolAdmin),
    ]);
    expect(one.confirmed + two.confirmed).toBe(6);
    for (const id of ids) {
      const codes = [one, two].map((result: AdHoc) => result.rows.find((row: AdHoc) => row.entryId === id).code);
      expect(codes.sort()).toEqual(['ALREADY_CONFIRMED', null].sort());
    }
    const secondDistrictAdmin = await t.world.user(d.district, [['DISTRICT_ADMIN', d.district]]);
    const [three, four] = await Promise.all([
      confirmDistrict(programme, { entryIds: ids }),
      confirmDistrict(programme, { schoolId: s.school.gid }, secondDistrictAdmin),
    ]);
    expect(three.confirmed + four.confirmed).toBe(6);
    const levels = await t.db.prisma.creditConfirmation.groupBy({
      by: ['level'],
      where: { entryId: { in: entries.map((entry) => entry.id) } },
      _count: true,
    });
    expect(Object.fromEntries(levels.map((row) => [row.level, row._count]))).toEqual({ SCHOOL: 6, DISTRICT: 6 });
  });
});

describe('the reads', () => {
  it('the school hours page: each teacher’s hours and entries, totals, window; statements flat in page size', async () => {
    const programme = await xinbei(d, [s]);
    const teachers = await Promise.all(Array.from({ length: 4 }, () => programme.teacher(s)));
    for (const e of teachers) await pendingEntry(e, programme, 25, 'ONLINE');
    await finishedDaysAgo(programme, s, 1);
    await enter(programme, s, [{ enrolmentId: teachers[0]!.gid, hours: 25 }]);
    const page = await schoolHours(programme, s);
    expect(page).toMatchObject({
      totalCount: 4,
      entries: { pending: 4, schoolConfirmed: 1, districtConfirmed: 0 },
      entryWindow: { open: true, reason: null },
    });
    const first = page.nodes.find((row: AdHoc) => row.enrolmentId === teachers[0]!.gid);
    // Online hours wait for the school's confirmation (countFrom SCHOOL_CONFIRMED); the entered offline ones count.
    expect(first).toMatchObject({
      offlineHours: 25,
      onlineHours: 0,
      awaitingConfirmationHours: 25,
      hoursPassed: false,
      entries: { pending: 1, schoolConfirmed: 1, districtConfirmed: 0 },
    });
    const query = operation('CreditEntrySchoolHours');
    const vars = (first: number) => ({ programmeId: programme.gid, schoolId: s.school.gid, first });
    const small = await t.statementsFor(query, vars(1), { as: s.admin });
    const large = await t.statementsFor(query, vars(4), { as: s.admin });
    expect(large.data.schoolCreditHours.nodes).toHaveLength(4);
    expect(large.count).toBe(small.count);
  });

  it('the confirmation console and the district summary; statements flat in page size', async () => {
    const programme = await xinbei(d, [s, s2]);
    const a = await programme.teacher(s);
    const b = await programme.teacher(s2);
    await pendingEntry(a, programme, 10);
    await pendingEntry(b, programme, 20);
    await finishedDaysAgo(programme, s, 1);
    await enter(programme, s, [{ enrolmentId: a.gid, hours: 7.5 }]);
    const pendingQuery = operation('CreditEntryPending');
    const atSchool = root(
      await t.gql(pendingQuery, { programmeId: programme.gid, level: 'SCHOOL', first: 10 }, { as: d.admin }),
    );
    expect(atSchool.totalCount).toBe(2);
    const atDistrict = root(
      await t.gql(pendingQuery, { programmeId: programme.gid, level: 'DISTRICT', first: 10 }, { as: d.admin }),
    );
    expect(atDistrict.nodes.map((node: AdHoc) => [node.hours, node.source, node.enrolment.teacher.login])).toEqual([
      [7.5, 'SCHOOL_PRACTICE', a.teacher.login],
    ]);
    // A school admin reads their own school's console; the programme-wide one is not theirs.
    const own = root(
      await t.gql(
        pendingQuery,
        { programmeId: programme.gid, schoolId: s.school.gid, level: 'SCHOOL', first: 10 },
        { as: s.admin },
      ),
    );
    expect(own.totalCount).toBe(1);
    expect(
      root(await t.gql(pendingQuery, { programmeId: programme.gid, level: 'SCHOOL' }, { as: s.admin })),
    ).toBeNull();
    const small = await t.statementsFor(
      pendingQuery,
      { programmeId: programme.gid, level: 'SCHOOL', first: 1 },
      { as: d.admin },
    );
    const large = await t.statementsFor(
      pendingQuery,
      { programmeId: programme.gid, level: 'SCHOOL', first: 2 },
      { as: d.admin },
    );
    expect(large.data.pendingCreditEntries.nodes).toHaveLength(2);
    expect(large.count).toBe(small.count);

    const summaryQuery = operation('CreditEntryDistrictSummary');
    const summary = root(await t.gql(summaryQuery, { programmeId: programme.gid, first: 10 }, { as: d.admin }));
    expect(summary.totalCount).toBe(2);
    const bySchool = Object.fromEntries(summary.nodes.map((node: AdHoc) => [node.code, node]));
    expect(bySchool[s.school.code]).toMatchObject({
      teachers: 1,
      trainingFinished: true,
      closed: false,
      entries: { pending: 1, schoolConfirmed: 1, districtConfirmed: 0 },
      hours: { pending: 10, schoolConfirmed: 7.5, districtConfirmed: 0 },
    });
    expect(bySchool[s2.school.code]).toMatchObject({ trainingFinished: false, hours: { pending: 20 } });
    const one = await t.statementsFor(summaryQuery, { programmeId: programme.gid, first: 1 }, { as: d.admin });
    const two = await t.statementsFor(summaryQuery, { programmeId: programme.gid, first: 2 }, { as: d.admin });
    expect(two.count).toBe(one.count);
    expect(root(await t.gql(summaryQuery, { programmeId: programme.gid }, { as: s.admin }))).toBeNull();
  });
});

describe('authorization spot checks', () => {
  it('only the school admin enters; the district admin confirms at the district level only; another district finds nothing', async () => {
    const programme = await xinbei(d, [s]);
    const e = await programme.teacher(s);
    await finishedDaysAgo(programme, s, 1);
    const row = [{ enrolmentId: e.gid, hours: 1 }];
    expect(await enter(programme, s, row, { as: e.teacher })).toMatchObject({ __typename: 'ForbiddenActionError' });
    expect(await enter(programme, s, row, { as: d.admin })).toMatchObject({ __typename: 'ForbiddenActionError' });
    const elsewhere = await t.world.district();
    expect(await enter(programme, s, row, { as: elsewhere.admin })).toMatchObject({ __typename: 'NotFoundError' });
    expect(await declare(programme, s, d.admin)).toMatchObject({ __typename: 'ForbiddenActionError' });
    expect(await confirmSchool(programme, s, undefined, d.admin)).toMatchObject({
      __typename: 'ForbiddenActionError',
    });
    expect(await confirmDistrict(programme, {}, s.admin)).toMatchObject({ __typename: 'ForbiddenActionError' });
    expect(await confirmDistrict(programme, {}, elsewhere.admin)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await schoolHours(programme, s, 10, e.teacher)).toBeNull();
    expect(await schoolHours(programme, s, 10, elsewhere.admin)).toBeNull();
    expect(await counts(programme)).toEqual({ entries: 0, confirmations: 0 });
  });

  it('once the school closed (结项), entering, importing, declaring and confirming are refused with CLOSED', async () => {
    const programme = await xinbei(d, [s]);
    const e = await programme.teacher(s);
    const entry = await pendingEntry(e, programme);
    await t.db.prisma.schoolCompletion.create({
      data: {
        programmeId: programme.id,
        schoolId: s.school.id,
        orgPath: s.school.path,
        finishedAt: new Date(),
        closingState: 'ACCEPTED',
        closedAt: new Date(),
      },
    });
    const before = await counts(programme);
    expect(await enter(programme, s, [{ enrolmentId: e.gid, hours: 1 }])).toMatchObject({ code: 'CLOSED' });
    expect(
      await importFile(programme, s, { bytes: `login,hours\n${e.teacher.login},1\n`, filename: 'h.csv' }),
    ).toMatchObject({ code: 'CLOSED' });
    expect(await declare(programme, s)).toMatchObject({ code: 'CLOSED' });
    expect(await confirmSchool(programme, s)).toMatchObject({ code: 'CLOSED' });
    const district = await confirmDistrict(programme, { entryIds: [gid('CreditEntry', entry.id)] });
    expect(district.rows.map((row: AdHoc) => row.code)).toEqual(['CLOSED']);
    expect((await schoolHours(programme, s)).entryWindow).toMatchObject({ open: false, reason: 'SCHOOL_CLOSED' });
    expect(await counts(programme)).toEqual(before);
  });

  it('a school admin cannot enter another district’s programme for their school', async () => {
    const elsewhere = await t.world.district();
    const foreign = await elsewhere.programme({ status: 'RUNNING', rules: { hours: XINBEI } as never });
    const e = await p.teacher(s);
    const result = await enter(foreign, s, [{ enrolmentId: e.gid, hours: 1 }]);
    expect(result).toMatchObject({ __typename: 'NotFoundError' });
  });
});
