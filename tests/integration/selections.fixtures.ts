/**
 * Test data for the selection suites, written straight to the database (no other module's
 * mutations): programmes with rules JSON, a batch, enrolled schools, enrolments, school ranges.
 */
import { randomBytes } from 'node:crypto';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import type { Role, SelectionStatus } from '../../api/db/generated/prisma/enums.js';
import type { TestApp } from '../helpers/app.js';
import type { OrgRef, UserRef } from '../helpers/factories.js';

const unique = () => randomBytes(4).toString('hex');

export const gid = {
  enrolment: (id: string) => encodeGlobalID('Enrolment', id),
  selection: (id: string) => encodeGlobalID('Selection', id),
  organisation: (id: string) => encodeGlobalID('Organisation', id),
  programme: (id: string) => encodeGlobalID('Programme', id),
};

/** Tianchang: at least 20 credits, not all in one dimension, reviewed by the school. */
export const TIANCHANG = { minCredits: 20, dimensionRule: { kind: 'NOT_ALL_SAME' }, requireSchoolReview: true };
/** Yiyuan: at least 3 points, no review. */
export const YIYUAN = { minPoints: 3 };
/** Xinbei (Jiangsu): a 7-day window, then the school admin selects; 90% plan gate. */
export const XINBEI = { selectionWindowDays: 7, adminSelectsAfterDeadline: true, schoolPlanGateRate: 0.9 };

/** Tianchang's example range (学校框定能力点范围示例). */
export const TIANCHANG_RANGE = ['A1', 'A2', 'A3', 'A5', 'A6', 'A7', 'B1', 'B3', 'B6', 'C5'];

const DAY = 24 * 60 * 60 * 1000;
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY);

export interface ProgrammeRef {
  id: string;
  batchId: string;
  gid: string;
}

export interface EnrolmentRef {
  id: string;
  gid: string;
  teacher: UserRef;
}

/** The national catalogue (seeded), its competencies by code, and builders for programme data. */
export async function selectionData(t: TestApp) {
  const prisma = t.db.prisma;
  const catalogue = await prisma.catalogue.findUniqueOrThrow({
    where: { code_version: { code: 'national-2019', version: '2019' } },
    select: { id: true },
  });
  const competencies = await prisma.competency.findMany({
    where: { catalogueId: catalogue.id },
    select: { id: true, code: true, credits: true },
  });
  const byCode = new Map(competencies.map((c) => [c.code, c]));
  const competencyId = (code: string) => {
    const c = byCode.get(code);
    if (!c) throw new Error(`No competency ${code}`);
    return c.id;
  };
  /** Global IDs of competencies by code, in the order given. */
  const ids = (...codes: string[]) => codes.map((code) => encodeGlobalID('Competency', competencyId(code)));

  async function programme(
    district: OrgRef,
    selection: Record<string, unknown>,
    status: 'DRAFT' | 'PUBLISHED' | 'RUNNING' | 'CLOSED' = 'RUNNING',
  ): Promise<ProgrammeRef> {
    const code = `prog-${unique()}`;
    const created = await prisma.programme.create({
      data: {
        districtId: district.id,
        orgPath: district.path,
        code,
        name: `Programme ${code}`,
        catalogueId: catalogue.id,
        status,
        rules: { version: 1, selection } as Prisma.InputJsonObject,
        batches: {
          create: {
            name: 'Batch 1',
            startsOn: new Date('2024-03-01'),
            endsOn: new Date('2024-12-31'),
            stages: ['PRIMARY'],
            position: 0,
          },
        },
      },
      select: { id: true, batches: { select: { id: true } } },
    });
    return { id: created.id, batchId: created.batches[0]!.id, gid: gid.programme(created.id) };
  }

  async function enrolSchool(p: ProgrammeRef, school: OrgRef, quota = 100) {
    await prisma.batchSchool.create({ data: { batchId: p.batchId, schoolId: school.id, orgPath: school.path, quota } });
  }

  async function enrol(
    p: ProgrammeRef,
    school: OrgRef,
    klass: OrgRef | null,
    teacher: UserRef,
    selectionDueAt: Date | null = null,
  ): Promise<EnrolmentRef> {
    const created = await prisma.enrolment.create({
      data: {
        programmeId: p.id,
        batchId: p.batchId,
        schoolId: school.id,
        classId: klass?.id ?? null,
        teacherId: teacher.id,
        orgPath: school.path,
        selectionDueAt,
      },
      select: { id: true },
    });
    return { id: created.id, gid: gid.enrolment(created.id), teacher };
  }

  /** A teacher of the school (and the class, when given), enrolled in the programme. */
  async function teacher(
    p: ProgrammeRef,
    school: OrgRef,
    klass: OrgRef | null,
    selectionDueAt: Date | null = null,
    login?: string,
  ) {
    const roles: Array<[Role, OrgRef]> = [
      ['TEACHER', school],
      ...(klass ? [['TEACHER', klass] as [Role, OrgRef]] : []),
    ];
    const user = await t.seed.user(school, roles, login);
    return enrol(p, school, klass, user, selectionDueAt);
  }

  async function range(p: ProgrammeRef, school: OrgRef, codes: string[]) {
    await prisma.schoolRange.upsert({
      where: { programmeId_schoolId: { programmeId: p.id, schoolId: school.id } },
      create: {
        programmeId: p.id,
        schoolId: school.id,
        orgPath: school.path,
        items: { create: codes.map((code) => ({ competencyId: competencyId(code) })) },
      },
      update: { items: { deleteMany: {}, create: codes.map((code) => ({ competencyId: competencyId(code) })) } },
    });
  }

  /** A stored selection (as if submitted earlier), with its items and one history entry. */
  async function storedSelection(enrolment: EnrolmentRef, status: SelectionStatus, codes: string[], orgPath: string) {
    const selection = await prisma.selection.create({
      data: {
        enrolmentId: enrolment.id,
        status,
        totalCredits: codes.reduce((sum, code) => sum + (byCode.get(code)!.credits ?? 0), 0),
        submittedAt: new Date(),
        submittedById: enrolment.teacher.id,
        decidedAt: status === 'SUBMITTED' ? null : new Date(),
        orgPath,
        items: { create: codes.map((code, position) => ({ competencyId: competencyId(code), position })) },
      },
      select: { id: true },
    });
    await prisma.decision.create({
      data: {
        subjectType: 'Selection',
        subjectId: selection.id,
        actorId: enrolment.teacher.id,
        action: 'SUBMIT',
        toState: 'SUBMITTED',
        orgPath,
      },
    });
    return selection;
  }

  return {
    catalogueId: catalogue.id,
    competencyId,
    ids,
    programme,
    enrolSchool,
    enrol,
    teacher,
    range,
    storedSelection,
  };
}

export type SelectionData = Awaited<ReturnType<typeof selectionData>>;

/** Rows that selection mutations write; a refused or dry-run call must leave them as they were. */
export async function selectionSnapshot(t: TestApp) {
  const prisma = t.db.prisma;
  const [selections, items, decisions] = await Promise.all([
    prisma.selection.findMany({ orderBy: { id: 'asc' } }),
    prisma.selectionItem.findMany({ orderBy: [{ selectionId: 'asc' }, { position: 'asc' }] }),
    prisma.decision.findMany({ where: { subjectType: 'Selection' }, orderBy: { id: 'asc' } }),
  ]);
  return { selections, items, decisions };
}
