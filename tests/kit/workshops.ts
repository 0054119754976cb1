/**
 * Workshop factories: a district with a running programme, its competency and class workshops (opened by the
 * database when the programme runs), an expert, and activities written straight to the database.
 *
 *   const w = await workshopWorld(t, { minPostLength: 5 });
 *   const e = await w.member(['A1']);                  // a teacher of the class who selected A1
 *   const a = await w.activity(w.competencyWorkshop('A1'), { closesAt: daysFromNow(-1) });
 */
import type { TestApp } from './app.js';
import { daysFromNow, gid } from './ids.js';
import type { DistrictWorld, EnrolmentRef, ProgrammeWorld, SchoolWorld, UserRef } from './world.js';

export interface WorkshopRef {
  id: string;
  gid: string;
}

export interface WorkshopWorld {
  d: DistrictWorld;
  s: SchoolWorld;
  p: ProgrammeWorld;
  expert: UserRef;
  /** The programme's COMPETENCY workshop of a national-catalogue code. */
  competencyWorkshop(code: string): Promise<WorkshopRef>;
  /** The programme's CLASS workshop of a class (default: the school's class). */
  classWorkshop(classId?: string): Promise<WorkshopRef>;
  /** A new teacher of the school's class, enrolled, with a SUBMITTED selection of these codes (none: no selection). */
  member(codes?: string[], school?: SchoolWorld): Promise<EnrolmentRef>;
  /** An activity hosted by the expert, open from yesterday to tomorrow unless given. */
  activity(
    workshop: WorkshopRef,
    options?: { opensAt?: Date; closesAt?: Date; kind?: 'DISCUSSION' | 'LIVE_QA' },
  ): Promise<WorkshopRef>;
}

export async function workshopWorld(t: TestApp, options: { minPostLength?: number } = {}): Promise<WorkshopWorld> {
  const d = await t.world.district();
  const s = await d.school();
  const p = await d.programme({ schools: [s] });
  if (options.minPostLength !== undefined) {
    await t.db.prisma.programme.update({
      where: { id: p.id },
      data: { rules: { version: 1, selection: {}, workshop: { minPostLength: options.minPostLength } } },
    });
  }
  const expert = await t.world.user(d.district, [['EXPERT', d.district]]);
  const catalogue = await t.world.catalogue();
  const ref = (row: { id: string }) => ({ id: row.id, gid: gid('Workshop', row.id) });
  return {
    d,
    s,
    p,
    expert,
    async competencyWorkshop(code) {
      const row = await t.db.prisma.workshop.findUniqueOrThrow({
        where: { programmeId_competencyId: { programmeId: p.id, competencyId: catalogue.competency(code).id } },
        select: { id: true },
      });
      return ref(row);
    },
    async classWorkshop(classId = s.class.id) {
      const row = await t.db.prisma.workshop.findUniqueOrThrow({
        where: { programmeId_classId: { programmeId: p.id, classId } },
        select: { id: true },
      });
      return ref(row);
    },
    async member(codes = [], school = s) {
      const enrolment = await p.teacher(school);
      if (codes.length) await p.select(enrolment, codes, 'SUBMITTED');
      return enrolment;
    },
    async activity(workshop, { opensAt = daysFromNow(-1), closesAt = daysFromNow(1), kind = 'DISCUSSION' } = {}) {
      const owner = await t.db.prisma.workshop.findUniqueOrThrow({
        where: { id: workshop.id },
        select: { orgPath: true },
      });
      const row = await t.db.prisma.workshopActivity.create({
        data: {
          workshopId: workshop.id,
          kind,
          title: `Activity ${kind}`,
          opensAt,
          closesAt,
          hostId: expert.id,
          orgPath: owner.orgPath,
        },
        select: { id: true },
      });
      return { id: row.id, gid: gid('WorkshopActivity', row.id) };
    },
  };
}
