/** Reading a OneRoster 1.2 CSV bundle: the manifest, the four files, per-row cell problems and the zip limits. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  MAX_ONEROSTER_FILE_BYTES,
  MAX_ONEROSTER_ROWS,
  OneRosterFileProblem,
  readOneRosterBundle,
  readUsers,
} from '../../api/standards/oneroster-csv.js';

const MANIFEST =
  'propertyName,value\nmanifest.version,1.0\noneroster.version,1.2\nfile.orgs,bulk\nfile.users,bulk\nfile.classes,bulk\nfile.enrollments,bulk\n';
const ORGS =
  'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\nd1,active,,东城区,district,D001,\ns1,active,,实验小学,school,S001,d1\n';
const USERS =
  'sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,middleName,identifier,email,sms,phone,grades,password\n' +
  'u1,active,,true,s1,teacher,zhangsan,,三,张,,T001,zs@example.cn,,,,\n' +
  'u2,active,,true,s1,student,lisi,,四,李,,,,,,,\n';
const CLASSES =
  'sourcedId,status,title,courseSourcedId,classCode,classType,schoolSourcedId\nc1,active,一班,,C001,homeroom,s1\n';
const ENROLLMENTS =
  'sourcedId,status,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate\ne1,active,c1,s1,u1,teacher,true,,\ne2,active,c1,s1,u2,student,false,,\n';

const bundle = (files: Record<string, string | Uint8Array>) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [name, typeof body === 'string' ? strToU8(body) : body]),
    ),
  );

const problemOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof OneRosterFileProblem) return { variant: error.variant, params: error.params };
    throw error;
  }
  throw new Error('no problem');
};

describe('readOneRosterBundle', () => {
  it('reads the four files into typed rows with their lines', () => {
    const read = readOneRosterBundle(
      bundle({
        'manifest.csv': MANIFEST,
        'orgs.csv': `\uFEFF${ORGS}`,
        'users.csv': USERS,
        'classes.csv': CLASSES,
        'enrollments.csv': ENROLLMENTS,
      }),
    );
    expect(read.version).toBe('1.2');
    expect(read.modes).toEqual({ ORGS: 'bulk', USERS: 'bulk', CLASSES: 'bulk', ENROLLMENTS: 'bulk' });
    expect(read.orgs.map((o) => [o.line, o.sourcedId, o.type, o.identifier])).toEqual([
      [2, 'd1', 'district', 'D001'],
      [3, 's1', 'school', 'S001'],
    ]);
    expect(read.users[0]).toMatchObject({
      line: 2,
      username: 'zhangsan',
      givenName: '三',
      familyName: '张',
      identifier: 'T001',
      orgSourcedIds: ['s1'],
      roles: ['teacher'],
      problems: [],
    });
    expect(read.classes[0]).toMatchObject({ classCode: 'C001', schoolSourcedId: 's1', problems: [] });
    expect(read.enrollments.map((e) => [e.line, e.role, e.primary])).toEqual([
      [2, 'teacher', true],
      [3, 'student', false],
    ]);
  });

  it('skips files the manifest marks absent and ignores unknown columns and files', () => {
    const manifest = MANIFEST.replace('file.classes,bulk', 'file.classes,absent').replace(
      'file.enrollments,bulk',
      'file.enrollments,absent',
    );
    const read = readOneRosterBundle(
      bundle({
        'manifest.csv': manifest,
        'orgs.csv': ORGS,
        'users.csv': USERS,
        'courses.csv': 'x\n1\n',
        'classes.csv': 'garbage',
      }),
    );
    expect(read.classes).toEqual([]);
    expect(read.users).toHaveLength(2);
  });

  it('accepts the 1.2 primaryOrgSourcedId and roles columns', () => {
    const users = readUsers(
      strToU8(
        'sourcedId,username,givenName,familyName,primaryOrgSourcedId,roles,extra\nu1,a,三,张,s1,"teacher,administrator",x\n',
      ),
    );
    expect(users[0]).toMatchObject({ orgSourcedIds: ['s1'], roles: ['teacher', 'administrator'], problems: [] });
  });

  it('reports cell problems per row: missing, unknown role, formula-like, duplicate sourcedId, bad status', () => {
    const users = readUsers(
      strToU8(
        'sourcedId,status,orgSourcedIds,role,username,givenName,familyName\n' +
          'u1,active,s1,teacher,,三,张\n' +
          'u2,active,s1,wizard,b,四,李\n' +
          'u3,active,s1,teacher,=cmd(),五,王\n' +
          'u2,active,s1,teacher,d,六,赵\n' +
          'u5,gone,s1,teacher,e,七,钱\n' +
          'u6,tobedeleted,,,,,\n',
      ),
    );
    expect(users.map((u) => u.problems.map((p) => [p.column, p.code]))).toEqual([
      [['username', 'MISSING_VALUE']],
      [['role', 'UNKNOWN_ROLE']],
      [['username', 'FORMULA_LIKE_VALUE']],
      [['sourcedId', 'DUPLICATE_SOURCED_ID']],
      [['status', 'INVALID_VALUE']],
      [],
    ]);
    expect(users[3]?.problems[0]?.params).toEqual({ sourcedId: 'u2', line: 3 });
  });

  it('refuses bundles that cannot be used as a whole, with a variant', () => {
    expect(problemOf(() => readOneRosterBundle(strToU8('not a zip at all')))).toMatchObject({ variant: 'notZip' });
    expect(problemOf(() => readOneRosterBundle(bundle({ 'orgs.csv': ORGS })))).toMatchObject({ variant: 'noManifest' });
    expect(
      problemOf(() => readOneRosterBundle(bundle({ 'manifest.csv': MANIFEST.replace('1.2', '9.9') }))),
    ).toMatchObject({
      variant: 'manifestVersion',
    });
    expect(problemOf(() => readOneRosterBundle(bundle({ 'manifest.csv': MANIFEST, 'orgs.csv': ORGS })))).toMatchObject({
      variant: 'missingFile',
      params: { file: 'users.csv' },
    });
    const noName = {
      'manifest.csv': MANIFEST,
      'orgs.csv': 'sourcedId,type\n1,school\n',
      'users.csv': USERS,
      'classes.csv': CLASSES,
      'enrollments.csv': ENROLLMENTS,
    };
    expect(problemOf(() => readOneRosterBundle(bundle(noName)))).toMatchObject({
      variant: 'missingColumns',
      params: { file: 'orgs.csv', columns: 'name' },
    });
    const latin1 = { ...noName, 'orgs.csv': new Uint8Array([0x73, 0x6f, 0xe9, 0x0a]) };
    expect(problemOf(() => readOneRosterBundle(bundle(latin1)))).toMatchObject({ variant: 'notUtf8' });
  });

  it('stops a zip bomb while inflating, and refuses too many entries or rows', () => {
    const bomb = zipSync(
      { 'manifest.csv': strToU8(MANIFEST), 'users.csv': new Uint8Array(MAX_ONEROSTER_FILE_BYTES + 1) },
      { level: 9 },
    );
    expect(bomb.length).toBeLessThan(100_000);
    expect(problemOf(() => readOneRosterBundle(bomb))).toMatchObject({ variant: 'entryTooLarge' });
    // The same bomb with its headers claiming 10 bytes: stopped by the running count while inflating.
    const lying = bomb.slice();
    const view = new DataView(lying.buffer);
    for (let at = 0; at + 4 <= lying.length; at++) {
      const signature = view.getUint32(at, true);
      if (signature === 0x04034b50) view.setUint32(at + 22, 10, true);
      if (signature === 0x02014b50) view.setUint32(at + 24, 10, true);
    }
    expect(problemOf(() => readOneRosterBundle(lying))).toMatchObject({ variant: 'entryTooLarge' });
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.txt`, 'x']));
    expect(problemOf(() => readOneRosterBundle(bundle({ 'manifest.csv': MANIFEST, ...many })))).toMatchObject({
      variant: 'tooManyEntries',
    });
    const rows = `sourcedId,orgSourcedIds,role,username,givenName,familyName\n${Array.from({ length: MAX_ONEROSTER_ROWS + 1 }, (_, i) => `u${i},s1,teacher,u${i},a,b`).join('\n')}\n`;
    const manifest = MANIFEST.replace(/file\.(orgs|classes|enrollments),bulk/g, 'file.$1,absent');
    expect(problemOf(() => readOneRosterBundle(bundle({ 'manifest.csv': manifest, 'users.csv': rows })))).toMatchObject(
      { variant: 'tooManyRows' },
    );
  });
});
