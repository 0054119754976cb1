import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateCourseDocument,
  DeleteCourseDocument,
  ImportCoursesDocument,
  ProgrammeCoursesDocument,
  UpdateCourseDocument,
} from '../../sdk/src/generated/graphql.js';
import type { AdHoc, TestApp } from '../kit/app.js';
import { testApp } from '../kit/app.js';
import { type CourseRef, course, progress } from '../kit/courses.js';
import type { CatalogueRef, DistrictWorld, ProgrammeWorld, SchoolWorld } from '../kit/world.js';

let t: TestApp;
let catalogue: CatalogueRef;
beforeAll(async () => {
  t = await testApp();
  catalogue = await t.world.catalogue();
});
afterAll(() => t.close());

async function setup() {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ schools: [s] });
  return { d, s, p };
}

const courseInput = (p: ProgrammeWorld, extra: Record<string, unknown> = {}) => ({
  programmeId: p.gid,
  code: 'tc-A1-overview',
  title: 'A1 技术支持的学情分析：概述',
  kind: 'OVERVIEW' as const,
  media: 'VIDEO' as const,
  durationSeconds: 600,
  requirement: 'REQUIRED' as const,
  ...extra,
});

/** Every course of the programme as the district admin reads it: code → the course's fields. */
async function coursesOf(d: DistrictWorld, p: ProgrammeWorld, variables: Record<string, unknown> = {}) {
  const data = await t.data(
    ProgrammeCoursesDocument,
    { programmeId: p.gid, first: 100, ...variables },
    { as: d.admin },
  );
  const node = data.node as AdHoc;
  return node.courses as { totalCount: number; nodes: AdHoc[] };
}

describe('createCourse, updateCourse, deleteCourse', () => {
  it('creates a course with its competency, appended after the last; a taken code is a CONFLICT', async () => {
    const { d, p } = await setup();
    const a1 = catalogue.competency('A1');
    const created = (await t.mutate(
      CreateCourseDocument,
      courseInput(p, { competencyId: a1.gid, module: ' 专业发展 ' }),
      {
        as: d.admin,
      },
    )) as AdHoc;
    expect(created.__typename).toBe('CreateCoursePayload');
    expect(created.course).toMatchObject({
      code: 'tc-A1-overview',
      durationSeconds: 600,
      durationMinutes: 10,
      module: '专业发展',
      position: 0,
      competency: { code: 'A1' },
    });
    const second = (await t.mutate(CreateCourseDocument, courseInput(p, { code: 'second', media: 'DOCUMENT' }), {
      as: d.admin,
    })) as AdHoc;
    expect(second.course.position).toBe(1);
    const again = (await t.mutate(CreateCourseDocument, courseInput(p, { title: 'other' }), { as: d.admin })) as AdHoc;
    expect(again).toMatchObject({ __typename: 'ConflictError', code: 'CONFLICT' });
    expect((await coursesOf(d, p)).totalCount).toBe(2);
  });

  it('refuses bad input with a ValidationError and writes nothing', async () => {
    const { d, p } = await setup();
    const principal = await t.world.principalStandard();
    const bad = [
      { durationSeconds: 0 },
      { durationSeconds: 86_401 },
      { code: 'has space' },
      { title: '' },
      { title: '=cmd|x' },
      { module: 'x'.repeat(51) },
      { competencyId: principal.ids(principal.codes[0] as string)[0] },
    ];
    for (const extra of bad) {
      const result = (await t.mutate(CreateCourseDocument, courseInput(p, extra), { as: d.admin })) as AdHoc;
      expect(result.__typename, JSON.stringify(extra)).toBe('ValidationError');
    }
    expect((await coursesOf(d, p)).totalCount).toBe(0);
  });

  it('updates fields, clears optional ones with null, and keeps the requirement of a studied course', async () => {
    const { d, s, p } = await setup();
    const c = await course(t.db.prisma, p, { module: '高效课堂', subject: '语文' });
    const updated = (await t.mutate(
      UpdateCourseDocument,
      { courseId: c.gid, title: 'Renamed', module: null, durationSeconds: 1200, requirement: 'ELECTIVE' },
      { as: d.admin },
    )) as AdHoc;
    expect(updated.course).toMatchObject({ title: 'Renamed', module: null, subject: '语文', durationSeconds: 1200 });
    expect(updated.course.requirement).toBe('ELECTIVE');

    const enrolment = await p.teacher(s);
    await progress(t.db.prisma, enrolment, c, 30);
    const refused = (await t.mutate(
      UpdateCourseDocument,
      { courseId: c.gid, requirement: 'REQUIRED' },
      { as: d.admin },
    )) as AdHoc;
    expect(refused).toMatchObject({ __typename: 'CourseInProgressError', code: 'COURSE_IN_PROGRESS' });
    // Credited minutes rest on the duration too: a shorter video would leave credit above its length.
    const shorter = (await t.mutate(
      UpdateCourseDocument,
      { courseId: c.gid, durationSeconds: 20, title: 'Shortened' },
      { as: d.admin },
    )) as AdHoc;
    expect(shorter).toMatchObject({ __typename: 'CourseInProgressError', code: 'COURSE_IN_PROGRESS' });
    expect(shorter.message).toBe('Teachers have studied “Renamed”: its media and duration cannot change.');
    const row = await t.db.prisma.course.findUniqueOrThrow({ where: { id: c.id } });
    expect(row).toMatchObject({ requirement: 'ELECTIVE', durationSeconds: 1200, title: 'Renamed' });

    const other = await course(t.db.prisma, p, { code: 'taken' });
    const taken = (await t.mutate(
      UpdateCourseDocument,
      { courseId: other.gid, code: c.code },
      { as: d.admin },
    )) as AdHoc;
    expect(taken.code).toBe('CONFLICT');
  });

  it('deletes a course nobody studied; a studied one is COURSE_IN_PROGRESS', async () => {
    const { d, s, p } = await setup();
    const fresh = await course(t.db.prisma, p);
    const studied = await course(t.db.prisma, p);
    await progress(t.db.prisma, await p.teacher(s), studied, 5);
    const deleted = (await t.mutate(DeleteCourseDocument, { courseId: fresh.gid }, { as: d.admin })) as AdHoc;
    expect(deleted).toMatchObject({ __typename: 'DeleteCoursePayload', deletedCourseId: fresh.gid });
    const refused = (await t.mutate(DeleteCourseDocument, { courseId: studied.gid }, { as: d.admin })) as AdHoc;
    expect(refused.code).toBe('COURSE_IN_PROGRESS');
    expect(await t.db.prisma.course.count({ where: { programmeId: p.id } })).toBe(1);
  });
});

describe('Programme.courses', () => {
  it('lists by position then code, with filters, to everyone in the district', async () => {
    const { d, s, p } = await setup();
    const a1 = catalogue.competency('A1');
    await course(t.db.prisma, p, {
      code: 'b',
      position: 1,
      module: '高效课堂',
      subject: '语文',
      stage: 'JUNIOR_SECONDARY',
    });
    await course(t.db.prisma, p, { code: 'a', position: 1, requirement: 'ELECTIVE', module: '高效课堂' });
    await course(t.db.prisma, p, { code: 'z', position: 0, competencyId: a1.id });
    const all = await coursesOf(d, p);
    expect(all.nodes.map((c: AdHoc) => c.code)).toEqual(['z', 'a', 'b']);
    const codes = async (variables: Record<string, unknown>) =>
      (await coursesOf(d, p, variables)).nodes.map((c: AdHoc) => c.code);
    expect(await codes({ requirement: 'ELECTIVE' })).toEqual(['a']);
    expect(await codes({ module: '高效课堂' })).toEqual(['a', 'b']);
    expect(await codes({ competencyId: a1.gid })).toEqual(['z']);
    expect(await codes({ stage: 'JUNIOR_SECONDARY' })).toEqual(['b']);
    expect(await codes({ subject: '语文' })).toEqual(['b']);
    expect((await coursesOf(d, p, { module: '高效课堂' })).totalCount).toBe(2);
    const teacher = await s.teacher();
    const asTeacher = await t.data(ProgrammeCoursesDocument, { programmeId: p.gid }, { as: teacher });
    expect((asTeacher.node as AdHoc).courses.totalCount).toBe(3);
    const stranger = await t.world.district();
    const asStranger = await t.data(ProgrammeCoursesDocument, { programmeId: p.gid }, { as: stranger.admin });
    expect(asStranger.node).toBeNull();
    const z = all.nodes[0].id;
    const read = async (as: AdHoc) =>
      (await t.gql('query($id: ID!) { node(id: $id) { ... on Course { code } } }', { id: z }, { as })).data?.node;
    expect(await read(teacher)).toEqual({ code: 'z' });
    expect(await read(stranger.admin)).toBeNull();
    expect(await read(null)).toBeNull();
  });
});

describe('importCourses', () => {
  let world: { d: DistrictWorld; s: SchoolWorld; p: ProgrammeWorld };
  beforeAll(async () => {
    world = await setup();
  });

  const csv = (text: string, name = 'courses.csv') => ({ bytes: text, filename: name, contentType: 'text/csv' });

  async function importFile(
    file: { bytes: string | Uint8Array; filename: string; contentType: string },
    options: { dryRun?: boolean; p?: ProgrammeWorld; as?: AdHoc } = {},
  ) {
    const res = await t.upload(
      ImportCoursesDocument,
      { input: { programmeId: (options.p ?? world.p).gid, file: null, ...(options.dryRun ? { dryRun: true } : {}) } },
      { 'input.file': file },
      { as: options.as ?? world.d.admin },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.importCourses as AdHoc;
  }

  const HEADER = '课程编码,课程名称,类型,形式,时长（分钟）,必修/选修,能力点,模块,学段,学科\n';
  const GOOD =
    HEADER +
    'hb-001,教师法及相关法律法规解读,理论,视频,30,必修,,师德素养,初中,\n' +
    'hb-002,《师德师风建设和人文素养培育》,THEORY,DOCUMENT,20,REQUIRED,,师德素养,JUNIOR_SECONDARY,\n' +
    'hb-003,信息技术支持的习作教学,实践,视频,25,选修,A1,高效课堂,初中,语文\n';

  it('dry run reports each row and writes nothing', async () => {
    const result = await importFile(csv(GOOD), { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, written: false, created: 3, errors: 0 });
    expect(await t.db.prisma.course.count({ where: { programmeId: world.p.id } })).toBe(0);
  });

  it('creates courses by code, then reports UNCHANGED, then UPDATED', async () => {
    const first = await importFile(csv(GOOD));
    expect(first).toMatchObject({ written: true, created: 3, updated: 0, unchanged: 0, errors: 0 });
    const rows = await t.db.prisma.course.findMany({ where: { programmeId: world.p.id }, orderBy: { code: 'asc' } });
    expect(rows.map((r) => [r.code, r.durationSeconds, r.requirement, r.media, r.position])).toEqual([
      ['hb-001', 1800, 'REQUIRED', 'VIDEO', 2],
      ['hb-002', 1200, 'REQUIRED', 'DOCUMENT', 3],
      ['hb-003', 1500, 'ELECTIVE', 'VIDEO', 4],
    ]);
    expect(rows[2]).toMatchObject({
      competencyId: catalogue.competency('A1').id,
      subject: '语文',
      stage: 'JUNIOR_SECONDARY',
    });

    const again = await importFile(csv(GOOD));
    expect(again).toMatchObject({ written: false, created: 0, unchanged: 3 });

    const changed = await importFile(csv(GOOD.replace('信息技术支持的习作教学', '信息技术支持的写作教学')));
    expect(changed).toMatchObject({ written: true, updated: 1, unchanged: 2 });
    expect(changed.rows[2]).toMatchObject({ courseCode: 'hb-003', outcome: 'UPDATED', message: 'Changed: title.' });
  });

  it('reports every bad row with its code and writes nothing of the file', async () => {
    const before = await t.db.prisma.course.findMany({ where: { programmeId: world.p.id }, orderBy: { code: 'asc' } });
    const bad =
      HEADER +
      'new-1,A new course,理论,视频,30,必修,,,,\n' +
      ',Missing code,理论,视频,30,必修,,,,\n' +
      'x2,Bad kind,讲座,视频,30,必修,,,,\n' +
      'x3,Bad duration,理论,视频,0,必修,,,,\n' +
      'x4,"=HYPERLINK(""http://evil"")",理论,视频,30,必修,,,,\n' +
      'x5,Unknown point,理论,视频,30,必修,Z9,,,\n' +
      'new-1,Twice,理论,视频,30,必修,,,,\n' +
      'hb-001,Renamed,理论,视频,30,必修,,师德素养,初中,\n';
    const result = await importFile(csv(bad));
    expect(result).toMatchObject({ written: false, errors: 6, created: 1, updated: 1 });
    expect(result.rows.map((r: AdHoc) => r.code)).toEqual([
      null,
      'MISSING_FIELD',
      'INVALID_VALUE',
      'INVALID_VALUE',
      'FORMULA_LIKE_VALUE',
      'UNKNOWN_COMPETENCY',
      'DUPLICATE_ROW',
      null,
    ]);
    expect(result.rows[6].message).toBe('The code new-1 is also on row 2.');
    const after = await t.db.prisma.course.findMany({ where: { programmeId: world.p.id }, orderBy: { code: 'asc' } });
    expect(after).toEqual(before);
  });

  it('refuses a requirement change of a studied course (COURSE_IN_PROGRESS)', async () => {
    const studied = await t.db.prisma.course.findFirstOrThrow({ where: { programmeId: world.p.id, code: 'hb-001' } });
    await progress(t.db.prisma, await world.p.teacher(world.s), { ...studied, gid: '' } as CourseRef, 60);
    const result = await importFile(
      csv(
        GOOD.replace(
          'hb-001,教师法及相关法律法规解读,理论,视频,30,必修',
          'hb-001,教师法及相关法律法规解读,理论,视频,30,选修',
        ),
      ),
    );
    expect(result.rows[0]).toMatchObject({ outcome: 'ERROR', code: 'COURSE_IN_PROGRESS' });
    expect(result.written).toBe(false);
  });

  it('reads XLSX, in English headers, with seconds', async () => {
    const { d, p } = await setup();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('courses');
    sheet.addRow(['code', 'title', 'kind', 'media', 'durationSeconds', 'requirement', 'competency', 'position']);
    sheet.addRow(['tc-A1-case', 'A1 案例', 'CASE', 'VIDEO', 1800, 'REQUIRED', 'A1', 3]);
    sheet.addRow(['tc-A1-spec', 'A1 规范', 'SPECIFICATION', 'DOCUMENT', 900, 'REQUIRED', 'A1', 4]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await importFile(
      {
        bytes,
        filename: 'courses.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      { p, as: d.admin },
    );
    expect(result).toMatchObject({ written: true, created: 2 });
    const listed = await coursesOf(d, p);
    expect(listed.nodes.map((c: AdHoc) => [c.code, c.position, c.durationSeconds])).toEqual([
      ['tc-A1-case', 3, 1800],
      ['tc-A1-spec', 4, 900],
    ]);
  });

  it('refuses a file without the required columns as a whole (INVALID_FILE)', async () => {
    const result = await importFile(csv('code,title\nx,y\n'));
    expect(result).toMatchObject({ __typename: 'ImportFileError', code: 'INVALID_FILE' });
  });

  it('is for the district admin only: a school admin is refused, another district finds nothing', async () => {
    expect((await importFile(csv(GOOD), { as: world.s.admin })).__typename).toBe('ForbiddenActionError');
    const stranger = await t.world.district();
    expect((await importFile(csv(GOOD), { as: stranger.admin })).__typename).toBe('NotFoundError');
  });
});

describe('seedCourses', () => {
  it('seeds the Tianchang package per point and the Huaibei module list, once', async () => {
    const { seedCourses } = await import('../../prisma/seed/courses.js');
    await t.world.demo();
    const prisma = t.db.prisma;
    await prisma.$transaction((tx) => seedCourses(tx), { timeout: 60_000 });
    await prisma.$transaction((tx) => seedCourses(tx), { timeout: 60_000 });
    const count = (code: string, where: Record<string, unknown> = {}) =>
      prisma.course.count({ where: { programme: { code }, ...where } });
    expect(await count('tianchang-2022')).toBe(30 * 5);
    expect(await count('tianchang-2022', { competencyId: null })).toBe(0);
    expect(await count('tianchang-2022', { kind: 'CASE' })).toBe(30);
    expect(await count('huaibei-2022')).toBe(83);
    expect(await count('huaibei-2022', { requirement: 'REQUIRED', subject: null })).toBe(41);
    expect(await count('huaibei-2022', { requirement: 'ELECTIVE', subject: '语文' })).toBe(20);
    expect(await count('huaibei-2022', { requirement: 'ELECTIVE', subject: '数学' })).toBe(22);
    const modules = await prisma.course.groupBy({ by: ['module'], where: { programme: { code: 'huaibei-2022' } } });
    expect(modules.map((m) => m.module).sort()).toEqual(
      ['专业发展', '师德素养', '教育数字化', '新课标与新方案', '班级管理技能', '高效课堂'].sort(),
    );
  });
});
