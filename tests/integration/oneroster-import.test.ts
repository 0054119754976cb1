/**
 * importOneRoster: a OneRoster 1.2 CSV bundle creates a district's schools, people, classes, class tutors and
 * placements; row problems reported by file and line with nothing written; dry runs; a re-import changes nothing.
 */
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RosterImportOneRosterDocument } from '../../sdk/src/generated/graphql.js';
import { type Actor, type TestApp, testApp } from '../kit/app.js';
import { unique } from '../kit/ids.js';
import type { DistrictWorld } from '../kit/world.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.close());

const MANIFEST =
  'propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\nfile.orgs,bulk\nfile.users,bulk\nfile.classes,bulk\nfile.enrollments,bulk\n';

interface Bundle {
  orgs: string[];
  users: string[];
  classes: string[];
  enrollments: string[];
}

const zip = (bundle: Bundle) =>
  zipSync({
    'manifest.csv': strToU8(MANIFEST),
    'orgs.csv': strToU8(
      `\uFEFFsourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n${bundle.orgs.join('\n')}\n`,
    ),
    'users.csv': strToU8(
      `sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,grades,password\n${bundle.users.join('\n')}\n`,
    ),
    'classes.csv': strToU8(
      `sourcedId,status,title,courseSourcedId,classCode,classType,schoolSourcedId\n${bundle.classes.join('\n')}\n`,
    ),
    'enrollments.csv': strToU8(
      `sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\n${bundle.enrollments.join('\n')}\n`,
    ),
  });

/** A valid bundle for a district: two schools, three people, two classes, tutors and students. */
function validBundle(district: DistrictWorld['district'], tag: string): Bundle {
  return {
    orgs: [
      `d1,active,,${district.name},district,${district.code},`,
      `s1,active,,实验小学${tag},school,S1-${tag},d1`,
      `s2,active,,第二小学${tag},school,S2-${tag},d1`,
    ],
    users: [
      `u1,active,,true,s1,teacher,zhang-${tag},,三,张,,T001,zs-${tag}@example.cn,,,,`,
      `u2,active,,true,s1,student,li-${tag},,四,李,,,,,13800138000,,`,
      `u3,active,,true,s2,"teacher,administrator",wang-${tag},,五,王,,T003,,,,,`,
    ],
    classes: [`c1,active,一班,,C1-${tag},homeroom,s1`, `c2,active,二班,,C2-${tag},homeroom,s2`],
    enrollments: [
      `e1,active,c1,s1,u1,teacher,true,,`,
      `e2,active,c1,s1,u2,student,false,,`,
      `e3,active,c2,s2,u3,teacher,true,,`,
    ],
  };
}

interface RowResult {
  file: string;
  line: number;
  sourcedId: string;
  action: string;
  problems: Array<{ column: string | null; code: string; message: string }>;
}

/** The payload (or a typed error: `__typename`, `code`, `message`, `problem`). */
interface Payload {
  __typename: string;
  code?: string;
  message?: string;
  problem?: string;
  rows: RowResult[];
  counts: Array<{ file: string; create: number; update: number; unchanged: number; error: number }>;
}

async function importBundle(
  d: DistrictWorld,
  bytes: Uint8Array,
  options: { dryRun?: boolean; programmeId?: string; as?: Actor; locale?: 'zh-CN' | 'en' } = {},
) {
  const res = await t.upload(
    RosterImportOneRosterDocument,
    {
      input: {
        districtId: d.district.gid,
        file: null,
        ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}),
        ...(options.programmeId ? { programmeId: options.programmeId } : {}),
      },
    },
    { 'input.file': { bytes, filename: 'roster.zip', contentType: 'application/zip' } },
    { as: options.as ?? d.admin, ...(options.locale ? { locale: options.locale } : {}) },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.importOneRoster as unknown as Payload;
}

/** Everything an import may write in the district, and the feed. */
async function snapshot(d: DistrictWorld) {
  const prisma = t.db.prisma;
  const under = { startsWith: d.district.path };
  return {
    organisations: await prisma.organisation.findMany({ where: { path: under }, orderBy: { id: 'asc' } }),
    users: await prisma.user.findMany({
      where: { orgPath: under },
      orderBy: { id: 'asc' },
      omit: { lastSeenAt: true },
    }),
    roles: await prisma.roleAssignment.findMany({ where: { orgPath: under }, orderBy: { id: 'asc' } }),
    enrolments: await prisma.enrolment.findMany({
      where: { orgPath: under },
      orderBy: { id: 'asc' },
      select: { id: true, classId: true },
    }),
    feed: await prisma.feedEvent.count(),
  };
}

const countsOf = (payload: Payload) =>
  Object.fromEntries(payload.counts.map((c) => [c.file, [c.create, c.update, c.unchanged, c.error]]));

describe('importOneRoster', () => {
  it('creates schools, people, classes, tutors and members; a re-import changes nothing', async () => {
    const d = await t.world.district();
    const tag = unique();
    const bytes = zip(validBundle(d.district, tag));
    const payload = await importBundle(d, bytes);
    expect(payload).toMatchObject({
      __typename: 'ImportOneRosterPayload',
      applied: true,
      dryRun: false,
      errors: 0,
      totalRows: 11,
    });
    expect(countsOf(payload)).toEqual({
      ORGS: [2, 0, 1, 0],
      USERS: [3, 0, 0, 0],
      CLASSES: [2, 0, 0, 0],
      ENROLLMENTS: [3, 0, 0, 0],
    });

    const prisma = t.db.prisma;
    const s1 = await prisma.organisation.findUniqueOrThrow({ where: { code: `S1-${tag}` } });
    expect(s1).toMatchObject({
      kind: 'SCHOOL',
      name: `实验小学${tag}`,
      parentId: d.district.id,
      path: `${d.district.path}${s1.id}/`,
    });
    const c1 = await prisma.organisation.findUniqueOrThrow({ where: { code: `C1-${tag}` } });
    expect(c1).toMatchObject({ kind: 'CLASS', name: '一班', parentId: s1.id });
    const zhang = await prisma.user.findUniqueOrThrow({
      where: { login: `zhang-${tag}` },
      include: { roleAssignments: { select: { role: true, organisationId: true } } },
    });
    expect(zhang).toMatchObject({
      displayName: '张三',
      employeeNumber: 'T001',
      email: `zs-${tag}@example.cn`,
      organisationId: s1.id,
    });
    expect(zhang.roleAssignments).toEqual(
      expect.arrayContaining([
        { role: 'TEACHER', organisationId: s1.id },
        { role: 'CLASS_TUTOR', organisationId: c1.id },
      ]),
    );
    const li = await prisma.user.findUniqueOrThrow({
      where: { login: `li-${tag}` },
      include: { roleAssignments: true },
    });
    expect(li.phone).toBe('13800138000');
    expect(li.roleAssignments.map((r) => [r.role, r.organisationId]).sort()).toEqual(
      [
        ['TEACHER', c1.id],
        ['TEACHER', s1.id],
      ].sort(),
    );
    const wang = await prisma.user.findUniqueOrThrow({
      where: { login: `wang-${tag}` },
      include: { roleAssignments: true },
    });
    expect(wang.roleAssignments.map((r) => r.role).sort()).toEqual(['CLASS_TUTOR', 'SCHOOL_ADMIN', 'TEACHER']);

    const before = await snapshot(d);
    const again = await importBundle(d, bytes);
    expect(again).toMatchObject({ applied: false, errors: 0 });
    expect(countsOf(again)).toEqual({
      ORGS: [0, 0, 3, 0],
      USERS: [0, 0, 3, 0],
      CLASSES: [0, 0, 2, 0],
      ENROLLMENTS: [0, 0, 3, 0],
    });
    expect(again.rows.every((row) => row.action === 'UNCHANGED')).toBe(true);
    expect(await snapshot(d)).toEqual(before);
  });

  it('a bundle with 3 bad rows reports exactly those rows (file, line, code) and writes nothing', async () => {
    const d = await t.world.district();
    const tag = unique();
    const bundle = validBundle(d.district, tag);
    bundle.users.push(`u4,active,,true,s1,teacher,,,六,赵,,,,,,,`); // users.csv line 5: no username
    bundle.users.push(`u5,active,,true,s1,wizard,qian-${tag},,七,钱,,,,,,,`); // line 6: not a role
    bundle.enrollments.push(`e4,active,nosuchclass,s1,u2,student,false,,`); // enrollments.csv line 5: unknown class
    const before = await snapshot(d);
    const payload = await importBundle(d, zip(bundle));
    expect(payload).toMatchObject({ applied: false, errors: 3 });
    const errors = payload.rows.filter((row) => row.action === 'ERROR');
    expect(
      errors.map((row) => [row.file, row.line, row.sourcedId, row.problems.map((p) => [p.column, p.code])]),
    ).toEqual([
      ['USERS', 5, 'u4', [['username', 'MISSING_VALUE']]],
      ['USERS', 6, 'u5', [['role', 'UNKNOWN_ROLE']]],
      ['ENROLLMENTS', 5, 'e4', [['classSourcedId', 'UNKNOWN_REFERENCE']]],
    ]);
    // Errors come first; the other rows say what they would have done.
    expect(payload.rows.slice(0, 3).every((row) => row.action === 'ERROR')).toBe(true);
    expect(countsOf(payload).USERS).toEqual([3, 0, 0, 2]);
    expect(await snapshot(d)).toEqual(before);
  });

  it('words row problems in the request’s language', async () => {
    const d = await t.world.district();
    const tag = unique();
    const bundle = validBundle(d.district, tag);
    bundle.enrollments.push(`e4,active,nosuchclass,s1,u2,student,false,,`);
    const messageOf = async (locale: 'zh-CN' | 'en') => {
      const payload = await importBundle(d, zip(bundle), { locale });
      return payload.rows[0]?.problems[0]?.message;
    };
    expect(await messageOf('en')).toBe(
      '“nosuchclass” names no row of the bundle and no school or class of the district.',
    );
    expect(await messageOf('zh-CN')).toBe('“nosuchclass”既不是压缩包中的行，也不是本区县的学校或班级。');
  });

  it('a dry run reports and writes nothing', async () => {
    const d = await t.world.district();
    const before = await snapshot(d);
    const payload = await importBundle(d, zip(validBundle(d.district, unique())), { dryRun: true });
    expect(payload).toMatchObject({ dryRun: true, applied: false, errors: 0 });
    expect(countsOf(payload).USERS).toEqual([3, 0, 0, 0]);
    expect(await snapshot(d)).toEqual(before);
  });

  it('with a programme, places enrolled trainees in their class; tobedeleted removes tutors and deactivates people', async () => {
    const d = await t.world.district();
    const tag = unique();
    const bundle = validBundle(d.district, tag);
    await importBundle(d, zip(bundle));
    const prisma = t.db.prisma;
    const s1 = await prisma.organisation.findUniqueOrThrow({
      where: { code: `S1-${tag}` },
      select: { id: true, path: true, code: true, name: true, kind: true },
    });
    const c1 = await prisma.organisation.findUniqueOrThrow({ where: { code: `C1-${tag}` }, select: { id: true } });
    const li = await prisma.user.findUniqueOrThrow({
      where: { login: `li-${tag}` },
      select: { id: true, login: true, displayName: true },
    });
    const p = await d.programme();
    const enrolment = await p.enrol({ ...li, gid: '' }, { ...s1, gid: '' }, { class: null });

    // u1 is a teacher, not enrolled: only student enrollments place; NOT_ENROLLED would be reported for students.
    const placed = await importBundle(d, zip(bundle), { programmeId: p.gid });
    expect(placed).toMatchObject({ applied: true, errors: 0 });
    expect(countsOf(placed).ENROLLMENTS).toEqual([0, 1, 2, 0]);
    expect((await prisma.enrolment.findUniqueOrThrow({ where: { id: enrolment.id } })).classId).toBe(c1.id);

    const removal = { ...bundle };
    removal.users = bundle.users.map((row) =>
      row.startsWith('u3,') ? row.replace('u3,active', 'u3,tobedeleted') : row,
    );
    removal.enrollments = bundle.enrollments
      .filter((row) => !row.startsWith('e3,'))
      .map((row) => (row.startsWith('e1,') ? row.replace('e1,active', 'e1,tobedeleted') : row));
    const removed = await importBundle(d, zip(removal));
    expect(removed).toMatchObject({ applied: true, errors: 0 });
    expect(countsOf(removed)).toMatchObject({ USERS: [0, 1, 2, 0], ENROLLMENTS: [0, 1, 1, 0] });
    const zhang = await prisma.user.findUniqueOrThrow({
      where: { login: `zhang-${tag}` },
      include: { roleAssignments: true },
    });
    expect(zhang.roleAssignments.map((r) => r.role)).toEqual(['TEACHER']);
    expect((await prisma.user.findUniqueOrThrow({ where: { login: `wang-${tag}` } })).deactivatedAt).not.toBeNull();

    const unenrolled = await importBundle(d, zip({ ...bundle, enrollments: [`e9,active,c1,s1,u1,student,false,,`] }), {
      programmeId: p.gid,
    });
    expect(unenrolled.rows[0]).toMatchObject({
      action: 'ERROR',
      problems: [{ code: 'NOT_ENROLLED' }],
    });

    // Once s1 closed (结项) in the programme, its trainees' placements no longer change: the row is refused, nothing
    // is written.
    await prisma.schoolCompletion.create({
      data: { programmeId: p.id, schoolId: s1.id, orgPath: s1.path, closedAt: new Date() },
    });
    const before = await snapshot(d);
    const unplacing = await importBundle(
      d,
      zip({ ...bundle, enrollments: bundle.enrollments.map((row) => row.replace('e2,active', 'e2,tobedeleted')) }),
      { programmeId: p.gid, locale: 'zh-CN' },
    );
    expect(unplacing).toMatchObject({ applied: false, errors: 1 });
    expect(unplacing.rows.find((row) => row.sourcedId === 'e2')).toMatchObject({
      action: 'ERROR',
      problems: [{ code: 'SCHOOL_CLOSED', message: `li-${tag} 所在学校已在该项目中结项，班级安排不能再更改。` }],
    });
    expect(await snapshot(d)).toEqual(before);
  });

  it('refuses another district, a row naming another district, a zip bomb and a non-zip', async () => {
    const d = await t.world.district();
    const other = await t.world.district();
    const bytes = zip(validBundle(d.district, unique()));
    const foreign = await importBundle(d, bytes, { as: other.admin });
    expect(foreign).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const teacher = await (await d.school()).teacher();
    expect(await importBundle(d, bytes, { as: teacher })).toMatchObject({ code: 'FORBIDDEN_ACTION' });

    const wrong = await importBundle(other, bytes, { as: other.admin });
    expect(wrong.rows[0]).toMatchObject({
      file: 'ORGS',
      line: 2,
      action: 'ERROR',
      problems: [{ column: 'identifier', code: 'WRONG_DISTRICT' }],
    });

    const bomb = zipSync(
      { 'manifest.csv': strToU8(MANIFEST), 'users.csv': new Uint8Array(30 * 1024 * 1024) },
      { level: 9 },
    );
    expect(await importBundle(d, bomb)).toMatchObject({
      __typename: 'OneRosterFileError',
      code: 'INVALID_ROSTER_FILE',
      problem: 'ENTRY_TOO_LARGE',
    });
    expect(await importBundle(d, strToU8('sourcedId,name\n1,x\n'), { locale: 'zh-CN' })).toMatchObject({
      problem: 'NOT_ZIP',
      message: '文件不是可读取的 zip 压缩包。',
    });
  });
  it('reads what it plans against in a number of SQL statements that does not grow with the rows', async () => {
    const d = await t.world.district();
    await importBundle(d, zip(validBundle(d.district, 'warm')), { dryRun: true });
    const sized = (n: number) => {
      const tag = unique();
      const bundle = validBundle(d.district, tag);
      for (let i = 0; i < n; i++) {
        bundle.users.push(`x${i},active,,true,s1,teacher,x${i}-${tag},,${i},测,,,,,,,`);
        bundle.enrollments.push(`ex${i},active,c1,s1,x${i},student,false,,`);
      }
      return zip(bundle);
    };
    const small = await t.measure(() => importBundle(d, sized(5), { dryRun: true }));
    const large = await t.measure(() => importBundle(d, sized(50), { dryRun: true }));
    expect(large.result).toMatchObject({ errors: 0, totalRows: 111 });
    expect(large.statements).toBe(small.statements);
  });
});
