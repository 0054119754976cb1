import { randomBytes } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { ProgrammeStatus } from '../../api/db/generated/prisma/enums.js';
import type { TestApp } from '../helpers/app.js';
import type { OrgRef, UserRef } from '../helpers/factories.js';

const unique = () => randomBytes(4).toString('hex');

export const gid = (type: string, id: string) => encodeGlobalID(type, id);

export interface WorldOptions {
  quota?: number;
  status?: ProgrammeStatus;
  classPerSchool?: boolean;
  selectionWindowDays?: number;
  schoolPlanGateRate?: number;
}

/**
 * A district of its own running a programme with one batch, two schools enrolled in it (with
 * classes and groups), a third school not enrolled, another district, and one user per role.
 * Built directly with Prisma so the tests do not depend on the programme mutations.
 */
export async function enrolmentWorld(t: TestApp, options: WorldOptions = {}) {
  const prisma = t.db.prisma;
  const { district } = await t.seed.district(`District ${unique()}`);
  const s1 = await t.seed.school(district, `第一小学 ${unique()}`);
  const s2 = await t.seed.school(district, `第二小学 ${unique()}`);
  const outside = await t.seed.school(district, `未入批学校 ${unique()}`);
  const elsewhere = await t.seed.district();
  const elsewhereSchool = await t.seed.school(elsewhere.district);

  const users = {
    schoolAdmin: await t.seed.user(s1.school, [['SCHOOL_ADMIN', s1.school]]),
    teacher: await t.seed.user(s1.school, [
      ['TEACHER', s1.school],
      ['TEACHER', s1.class],
    ]),
    tutor: await t.seed.user(s1.school, [['CLASS_TUTOR', s1.class]]),
    school2Admin: await t.seed.user(s2.school, [['SCHOOL_ADMIN', s2.school]]),
    school2Teacher: await t.seed.user(s2.school, [['TEACHER', s2.school]]),
    districtAdmin: await t.seed.user(district, [['DISTRICT_ADMIN', district]]),
    otherDistrictAdmin: await t.seed.user(elsewhere.district, [['DISTRICT_ADMIN', elsewhere.district]]),
    otherSchoolAdmin: await t.seed.user(elsewhereSchool.school, [['SCHOOL_ADMIN', elsewhereSchool.school]]),
  } satisfies Record<string, UserRef>;

  const catalogue = await prisma.catalogue.create({
    data: {
      code: `cat-${unique()}`,
      version: '1',
      kind: 'TEACHER_COMPETENCY',
      status: 'PUBLISHED',
      nameZh: '目录',
      nameEn: 'Catalogue',
    },
  });
  const selection: Record<string, number> = { minCredits: 20 };
  if (options.selectionWindowDays !== undefined) selection.selectionWindowDays = options.selectionWindowDays;
  if (options.schoolPlanGateRate !== undefined) selection.schoolPlanGateRate = options.schoolPlanGateRate;
  const programme = await prisma.programme.create({
    data: {
      districtId: district.id,
      orgPath: district.path,
      code: `prog-${unique()}`,
      name: '提升工程2.0 示范项目',
      catalogueId: catalogue.id,
      status: options.status ?? 'RUNNING',
      rules: { version: 1, enrolment: { classPerSchool: options.classPerSchool ?? true }, selection },
    },
  });
  const batch = await prisma.batch.create({
    data: {
      programmeId: programme.id,
      name: '第一批',
      startsOn: new Date('2025-03-01'),
      endsOn: new Date('2025-12-31'),
      stages: ['PRIMARY'],
      position: 0,
    },
  });
  for (const s of [s1, s2]) {
    await prisma.batchSchool.create({
      data: { batchId: batch.id, schoolId: s.school.id, orgPath: s.school.path, quota: options.quota ?? 50 },
    });
  }

  return {
    district,
    s1,
    s2,
    outside,
    elsewhere: { district: elsewhere.district, ...elsewhereSchool },
    users,
    catalogue,
    programme,
    batch,
    ids: {
      batch: gid('Batch', batch.id),
      programme: gid('Programme', programme.id),
      school1: gid('Organisation', s1.school.id),
      school2: gid('Organisation', s2.school.id),
      class1: gid('Organisation', s1.class.id),
      class2: gid('Organisation', s2.class.id),
    },
  };
}

export type EnrolmentWorld = Awaited<ReturnType<typeof enrolmentWorld>>;

/** Enrols a teacher directly (no mutation), for query tests. */
export async function enrolDirectly(
  t: TestApp,
  world: EnrolmentWorld,
  school: { school: OrgRef; class: OrgRef },
  teacher: UserRef,
  selectionDueAt: Date | null = null,
) {
  return t.db.prisma.enrolment.create({
    data: {
      programmeId: world.programme.id,
      batchId: world.batch.id,
      schoolId: school.school.id,
      classId: school.class.id,
      teacherId: teacher.id,
      orgPath: school.school.path,
      selectionDueAt,
    },
  });
}

/** Row counts of everything an enrolment writes, to show that a refused one changed nothing. */
export async function writeCounts(t: TestApp) {
  const prisma = t.db.prisma;
  const [users, enrolments, roles, organisations, decisions] = await Promise.all([
    prisma.user.count(),
    prisma.enrolment.count(),
    prisma.roleAssignment.count(),
    prisma.organisation.count(),
    prisma.decision.count(),
  ]);
  return { users, enrolments, roles, organisations, decisions };
}
