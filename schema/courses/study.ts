import { createContextCache } from '@pothos/core';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { Course as CourseRow } from '../../api/db/generated/prisma/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { coursesOpenFor, Enrolment } from '../enrolments/index.js';
import type { Resource } from '../shared/index.js';
import { creditedMinutes } from './rules.js';
import { type StudySource, studySourceSql } from './study-list.js';

export const StudySourceEnum = builder.enumType('StudySource', {
  description: 'Why a course is on a teacher’s study list (学习清单).',
  values: {
    REQUIRED: { description: 'A required course of the programme bound to no competency: on everyone’s list.' },
    COMPETENCY: {
      description:
        'A course of a competency the teacher selected (selection SUBMITTED or APPROVED); it counts as required or elective minutes by its requirement.',
    },
    ELECTIVE: { description: 'An elective course the teacher added (addElective).' },
  } satisfies Record<StudySource, { description: string }>,
});

export const StudyListClosedReason = builder.enumType('StudyListClosedReason', {
  description: 'Why a study list is closed.',
  values: {
    PLAN_GATE: {
      description:
        'The programme sets a plan gate (selection.schoolPlanGateRate) and the school has not uploaded its IT development plan yet.',
    },
  },
});

/** What the study fields read of their enrolment. */
interface EnrolmentShape {
  id: string;
  teacherId: string;
  orgPath: string;
  programmeId: string;
  schoolId: string;
  class: { path: string } | null;
  programme: { rules: unknown };
  studyRequiredSeconds: number;
  studyElectiveSeconds: number;
}

const ENROLMENT_SELECT = {
  id: true,
  teacherId: true,
  orgPath: true,
  programmeId: true,
  schoolId: true,
  class: { select: { path: true } },
  programme: { select: { rules: true } },
  studyRequiredSeconds: true,
  studyElectiveSeconds: true,
} as const;

/** The enrolment as study:readProgress sees it: the teacher owns it; it belongs to its class and school. */
export const enrolmentResource = (enrolment: Pick<EnrolmentShape, 'teacherId' | 'orgPath' | 'class'>): Resource => ({
  paths: enrolment.class ? [enrolment.class.path, enrolment.orgPath] : [enrolment.orgPath],
  ownerId: enrolment.teacherId,
});

/** Whether the enrolment's study list is open (the plan gate: the same rule as Enrolment.coursesOpen). */
const listOpen = async (enrolment: EnrolmentShape, context: Context): Promise<boolean> =>
  coursesOpenFor(context, enrolment);

/** Loads courses by id with a client's selection: one statement per selection shape and request. */
const courseLoaders = createContextCache(() => new Map<string, DataLoader<string, CourseRow>>());
function courseLoader(context: Context, query: { select?: object; include?: object }) {
  const loaders = courseLoaders(context);
  const key = JSON.stringify(query);
  let loader = loaders.get(key);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = (await context.db.prisma.course.findMany({
        ...query,
        ...(query.select ? { select: { ...query.select, id: true } } : {}),
        where: { id: { in: [...ids] } },
      } as Prisma.CourseFindManyArgs)) as CourseRow[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? new Error(`course ${id} vanished`));
    });
    loaders.set(key, loader);
  }
  return loader;
}

/** One course of a study list with the teacher's credit on it. */
export interface StudyItem {
  course: Pick<CourseRow, 'id' | 'durationSeconds'>;
  source: StudySource;
  creditedSeconds: number;
}

const StudyCourse = builder.objectRef<StudyItem>('StudyCourse').implement({
  description: 'A course on a teacher’s study list, with the time credited to them.',
  fields: (t) => ({
    course: t.prismaField({
      type: 'Course',
      description: 'The course.',
      // The page's courses in one statement, with what the client selects of them (competency …).
      resolve: (query, item, _args, context) => courseLoader(context, query).load(item.course.id),
    }),
    source: t.field({ type: StudySourceEnum, description: 'Why it is on the list.', resolve: (item) => item.source }),
    creditedSeconds: t.int({
      description: 'Seconds credited to the teacher (server-verified viewing), at most requiredSeconds.',
      resolve: (item) => Math.min(item.creditedSeconds, item.course.durationSeconds),
    }),
    requiredSeconds: t.int({
      description: 'The course’s durationSeconds: what completes it.',
      resolve: (item) => item.course.durationSeconds,
    }),
    creditedMinutes: t.int({
      description: 'creditedSeconds in whole minutes (rounded down).',
      resolve: (item) => creditedMinutes(Math.min(item.creditedSeconds, item.course.durationSeconds)),
    }),
    requiredMinutes: t.int({
      description: 'requiredSeconds in whole minutes (rounded up).',
      resolve: (item) => Math.ceil(item.course.durationSeconds / 60),
    }),
    completed: t.boolean({
      description: 'True once every second of the course is credited.',
      resolve: (item) => item.creditedSeconds >= item.course.durationSeconds,
    }),
  }),
});

interface Row {
  id: string;
  durationSeconds: number;
  source: StudySource;
  credited: number;
  total: bigint | number;
}

/** A page of the enrolment's study list, its total in the same statement (by position, then code). */
async function studyPage(
  context: Context,
  enrolmentId: string,
  source: StudySource | null,
  offset: number,
  limit: number,
) {
  const listed = Prisma.sql`
    SELECT c."id", c."durationSeconds", c."position", c."code", ${studySourceSql('c', 'e')} AS "source",
           COALESCE(cp."creditedSeconds", 0) AS "credited"
    FROM "Enrolment" e
    JOIN "Course" c ON c."programmeId" = e."programmeId"
    LEFT JOIN "CourseProgress" cp ON cp."enrolmentId" = e."id" AND cp."courseId" = c."id"
    WHERE e."id" = ${enrolmentId}`;
  return context.db.prisma.$queryRaw<Row[]>(Prisma.sql`
    SELECT l."id", l."durationSeconds", l."source", l."credited", count(*) OVER () AS "total" FROM (${listed}) l
    WHERE l."source" IS NOT NULL ${source ? Prisma.sql`AND l."source" = ${source}` : Prisma.empty}
    ORDER BY l."position", l."code", l."id"
    OFFSET ${offset} LIMIT ${limit}`);
}

/** Sum of credited seconds per module of each enrolment (one statement for every enrolment asked for). */
const creditByModule = createContextCache(
  (context: Context) =>
    new DataLoader<string, Array<{ module: string | null; creditedSeconds: number }>>(async (ids) => {
      const rows = await context.db.prisma.$queryRaw<
        Array<{ enrolmentId: string; module: string | null; credited: bigint | number }>
      >`
        SELECT cp."enrolmentId", c."module", SUM(LEAST(cp."creditedSeconds", c."durationSeconds")) AS "credited"
        FROM "CourseProgress" cp JOIN "Course" c ON c."id" = cp."courseId"
        WHERE cp."enrolmentId" = ANY(${[...ids]}::text[])
        GROUP BY cp."enrolmentId", c."module"
        ORDER BY cp."enrolmentId", c."module" NULLS LAST`;
      return ids.map((id) =>
        rows
          .filter((row) => row.enrolmentId === id)
          .map((row) => ({ module: row.module, creditedSeconds: Number(row.credited) })),
      );
    }),
);

interface ListTotals {
  courses: number;
  requiredSeconds: number;
  electiveSeconds: number;
}

/** Courses on each enrolment's list and their total length by requirement (one statement for every enrolment asked for). */
const listTotals = createContextCache(
  (context: Context) =>
    new DataLoader<string, ListTotals>(async (ids) => {
      const rows = await context.db.prisma.$queryRaw<
        Array<{ enrolmentId: string; courses: bigint | number; required: bigint | number; elective: bigint | number }>
      >`
        SELECT l."enrolmentId", count(*) AS "courses",
               COALESCE(SUM(l."durationSeconds") FILTER (WHERE l."requirement" = 'REQUIRED'), 0) AS "required",
               COALESCE(SUM(l."durationSeconds") FILTER (WHERE l."requirement" = 'ELECTIVE'), 0) AS "elective"
        FROM (SELECT e."id" AS "enrolmentId", c."durationSeconds", c."requirement", ${studySourceSql('c', 'e')} AS "source"
              FROM "Enrolment" e JOIN "Course" c ON c."programmeId" = e."programmeId"
              WHERE e."id" = ANY(${[...ids]}::text[])) l
        WHERE l."source" IS NOT NULL
        GROUP BY l."enrolmentId"`;
      const byId = new Map(rows.map((row) => [row.enrolmentId, row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return {
          courses: Number(row?.courses ?? 0),
          requiredSeconds: Number(row?.required ?? 0),
          electiveSeconds: Number(row?.elective ?? 0),
        };
      });
    }),
);

interface Summary {
  enrolment: EnrolmentShape;
  open: boolean;
}

const ModuleCredit = builder.objectRef<{ module: string | null; creditedSeconds: number }>('ModuleCredit').implement({
  description: 'Time credited to a teacher in the courses of one module.',
  fields: (t) => ({
    module: t.exposeString('module', { nullable: true, description: 'The module; null for courses without one.' }),
    creditedSeconds: t.exposeInt('creditedSeconds', { description: 'Seconds credited in its courses.' }),
    creditedMinutes: t.int({
      description: 'creditedSeconds in whole minutes (rounded down).',
      resolve: (credit) => creditedMinutes(credit.creditedSeconds),
    }),
  }),
});

const StudySummary = builder.objectRef<Summary>('StudySummary').implement({
  description:
    'A teacher’s study totals in a programme: credited minutes (kept current as viewing is credited), the length of the list, and credit per module.',
  fields: (t) => ({
    open: t.boolean({ description: 'False while the list is closed by the plan gate.', resolve: (s) => s.open }),
    requiredSeconds: t.int({
      description: 'Seconds credited in REQUIRED courses.',
      resolve: (s) => s.enrolment.studyRequiredSeconds,
    }),
    electiveSeconds: t.int({
      description: 'Seconds credited in ELECTIVE courses.',
      resolve: (s) => s.enrolment.studyElectiveSeconds,
    }),
    requiredMinutes: t.int({
      description: 'requiredSeconds in whole minutes (rounded down).',
      resolve: (s) => creditedMinutes(s.enrolment.studyRequiredSeconds),
    }),
    electiveMinutes: t.int({
      description: 'electiveSeconds in whole minutes (rounded down).',
      resolve: (s) => creditedMinutes(s.enrolment.studyElectiveSeconds),
    }),
    listCourses: t.int({
      description: 'Courses on the list (also while it is closed).',
      resolve: async (s, _args, context) => (await listTotals(context).load(s.enrolment.id)).courses,
    }),
    listRequiredSeconds: t.int({
      description: 'Total length of the REQUIRED courses on the list: what completes its required part.',
      resolve: async (s, _args, context) => (await listTotals(context).load(s.enrolment.id)).requiredSeconds,
    }),
    listElectiveSeconds: t.int({
      description: 'Total length of the ELECTIVE courses on the list.',
      resolve: async (s, _args, context) => (await listTotals(context).load(s.enrolment.id)).electiveSeconds,
    }),
    byModule: t.field({
      type: [ModuleCredit],
      description:
        'Credited time per module, by module name (courses without a module last); modules with no credited time are left out.',
      resolve: (s, _args, context) => creditByModule(context).load(s.enrolment.id),
    }),
  }),
});

interface StudyConnectionShape {
  open: boolean;
  totalCount: () => Promise<number> | number;
}

builder.prismaObjectFields(Enrolment, (t) => ({
  studyCourses: t.connection(
    {
      type: StudyCourse,
      nullable: true,
      description:
        'The teacher’s study list (学习清单): the programme’s required courses, the courses of the competencies they selected, and the ' +
        'electives they added, by position then code, each with its credited time. Empty while the list is closed (see `open`). ' +
        'For the teacher, the class’s tutors and the admins over the school (study:readProgress); null for anyone else. At most 100 a page.',
      args: {
        source: t.arg({
          type: StudySourceEnum,
          required: false,
          description: 'Only courses on the list for this reason.',
        }),
      },
      select: ENROLMENT_SELECT,
      authorize: {
        action: 'study:readProgress',
        resource: (enrolment) => enrolmentResource(enrolment as EnrolmentShape),
      },
      resolve: async (parent, args, context) => {
        const enrolment = parent as unknown as EnrolmentShape;
        const open = await listOpen(enrolment, context);
        let total: number | null = null;
        const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          if (!open) return [];
          const rows = await studyPage(context, enrolment.id, args.source ?? null, offset, limit);
          if (rows[0]) total = Number(rows[0].total);
          return rows.map((row) => ({
            course: { id: row.id, durationSeconds: row.durationSeconds },
            source: row.source,
            creditedSeconds: Number(row.credited),
          }));
        });
        const totalCount = async () => {
          if (!open) return 0;
          if (total !== null) return total;
          // Past the end of the list (or an empty one): count it.
          const rows = await studyPage(context, enrolment.id, args.source ?? null, 0, 1);
          return rows[0] ? Number(rows[0].total) : 0;
        };
        return { ...connection, open, totalCount } as typeof connection & StudyConnectionShape;
      },
    },
    {
      name: 'StudyCourseConnection',
      description: 'A page of a teacher’s study list.',
      fields: (connection) => ({
        open: connection.boolean({
          description: 'False while the list is closed (then it is empty): see `closedReason`.',
          resolve: (parent) => (parent as unknown as StudyConnectionShape).open,
        }),
        closedReason: connection.field({
          type: StudyListClosedReason,
          nullable: true,
          description: 'Why the list is closed; null while it is open.',
          resolve: (parent) => ((parent as unknown as StudyConnectionShape).open ? null : 'PLAN_GATE'),
        }),
        totalCount: connection.int({
          description: 'Courses on the list (with the `source` filter); 0 while it is closed.',
          resolve: (parent) => (parent as unknown as StudyConnectionShape).totalCount(),
        }),
      }),
    },
  ),
  studySummary: t.field({
    type: StudySummary,
    nullable: true,
    description:
      'The teacher’s credited minutes, required and elective, the length of their list, and credit per module (one SQL aggregate for all ' +
      'enrolments of a page). For the teacher, the class’s tutors and the admins over the school (study:readProgress); null for anyone else.',
    select: ENROLMENT_SELECT,
    authorize: {
      action: 'study:readProgress',
      resource: (enrolment) => enrolmentResource(enrolment as EnrolmentShape),
    },
    resolve: async (parent, _args, context) => {
      const enrolment = parent as unknown as EnrolmentShape;
      return { enrolment, open: await listOpen(enrolment, context) };
    },
  }),
}));
