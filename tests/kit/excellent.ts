/**
 * Factories for excellent-trainee tests: a programme whose scheme a teacher passes with one ACTIVE share (a single
 * PER_UNIT SHARE item, 10 points, pass at 10), classes of enrolled teachers, and passing written straight to the
 * database (one Share row a teacher, which the scoring engine counts).
 */
import type { PrismaClient } from '../../api/db/client.js';
import { gid } from './ids.js';
import type { DistrictWorld, EnrolmentRef, OrgRef, ProgrammeOptions, ProgrammeWorld, SchoolWorld } from './world.js';

/** A scheme one ACTIVE share passes: 10 points per share, at most 10, item and programme passed at 10. */
export function oneShareScheme(excellentQuotaRate = 0.15) {
  return {
    items: [
      {
        kind: 'PER_UNIT',
        key: 'shares',
        nameZh: '共享资源',
        nameEn: 'Shares',
        unit: 'SHARE',
        pointsPerUnit: 10,
        maxPoints: 10,
        minPoints: 10,
      },
    ],
    passThreshold: 10,
    excellentQuotaRate,
  };
}

/** A RUNNING programme of the district scored by `oneShareScheme(rate)` (no scheme with `rate: null`). */
export function scoredProgramme(
  d: DistrictWorld,
  schools: SchoolWorld[],
  rate: number | null = 0.15,
  options: ProgrammeOptions = {},
): Promise<ProgrammeWorld> {
  const rules = rate === null ? { selection: {} } : { selection: {}, scoring: oneShareScheme(rate) };
  return d.programme({ rules: rules as ProgrammeOptions['rules'], schools, ...options });
}

/** Makes the teachers pass: one ACTIVE share each, in one statement. */
export async function pass(prisma: PrismaClient, enrolments: readonly EnrolmentRef[]): Promise<void> {
  await prisma.share.createMany({
    data: enrolments.map((e) => ({
      enrolmentId: e.id,
      teacherId: e.teacher.id,
      kind: 'RESOURCE' as const,
      title: '教学设计',
      url: 'https://example.cn/lesson',
      orgPath: e.orgPath,
    })),
  });
}

/** `count` teachers of the school enrolled in the programme, in `klass` (the school's class unless given). */
export async function classOf(
  p: ProgrammeWorld,
  s: SchoolWorld,
  count: number,
  klass: OrgRef = s.class,
): Promise<EnrolmentRef[]> {
  const made: EnrolmentRef[] = [];
  for (let i = 0; i < count; i += 1) made.push(await p.teacher(s, { class: klass }));
  return made;
}

/** A NOMINATED (or other) nomination written straight to the database, for pages of many rows. */
export async function nomination(
  prisma: PrismaClient,
  e: EnrolmentRef,
  klass: OrgRef,
  programmeId: string,
  nominatedById: string,
  status: 'NOMINATED' | 'CONFIRMED' | 'WITHDRAWN' = 'NOMINATED',
): Promise<{ id: string; gid: string }> {
  const row = await prisma.excellentNomination.create({
    data: {
      programmeId,
      enrolmentId: e.id,
      classId: klass.id,
      orgPath: klass.path,
      status,
      nominatedById,
      ...(status === 'NOMINATED' ? {} : { decidedAt: new Date() }),
    },
    select: { id: true },
  });
  return { id: row.id, gid: gid('ExcellentNomination', row.id) };
}
