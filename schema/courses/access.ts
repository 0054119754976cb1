import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { type ProgrammeRules, parseProgrammeRules } from '../programmes/index.js';
import { planUploadedSql, studyListOpen, studySourceSql } from './study-list.js';

/** What the viewing part needs to credit a teacher's viewing of a course on their study list. */
export interface CourseAccess {
  courseId: string;
  enrolmentId: string;
  teacherId: string;
  programmeId: string;
  /** Path of the school of the enrolment. */
  orgPath: string;
  /** The teacher's class in the programme, if any (whose console follows their progress). */
  classId: string | null;
  media: 'VIDEO' | 'DOCUMENT';
  /** A video's length or a document's stated reading time: the most that can be credited. */
  durationSeconds: number;
  requirement: 'REQUIRED' | 'ELECTIVE';
  rules: ProgrammeRules;
  /** The school closed (结项) in the programme: its records no longer change. */
  closed: boolean;
}

interface AccessRow {
  enrolmentId: string;
  orgPath: string;
  classId: string | null;
  programmeId: string;
  media: 'VIDEO' | 'DOCUMENT';
  durationSeconds: number;
  requirement: 'REQUIRED' | 'ELECTIVE';
  rules: unknown;
  source: string | null;
  planUploaded: boolean;
  closed: boolean;
}

/**
 * The teacher's access to a course, in one SQL statement; null when the course does not exist, the teacher is
 * not enrolled in its programme, the course is not on their study list, or the list is closed (plan gate).
 */
export async function courseAccess(
  db: Transaction | PrismaClient,
  teacherId: string,
  courseId: string,
): Promise<CourseAccess | null> {
  const rows = await db.$queryRaw<AccessRow[]>(Prisma.sql`
    SELECT e."id" AS "enrolmentId", e."orgPath", e."classId", c."programmeId", c."media"::text AS "media", c."durationSeconds",
           c."requirement"::text AS "requirement", p."rules",
           ${studySourceSql('c', 'e')} AS "source",
           ${planUploadedSql('e')} AS "planUploaded",
           EXISTS (SELECT 1 FROM "SchoolCompletion" sc
                    WHERE sc."programmeId" = c."programmeId" AND sc."schoolId" = e."schoolId" AND sc."closedAt" IS NOT NULL)
             AS "closed"
    FROM "Course" c
    JOIN "Enrolment" e ON e."programmeId" = c."programmeId" AND e."teacherId" = ${teacherId}
    JOIN "Programme" p ON p."id" = c."programmeId"
    WHERE c."id" = ${courseId}`);
  const row = rows[0];
  if (!row || row.source === null) return null;
  const rules = parseProgrammeRules(row.rules);
  if (!studyListOpen(rules, row.planUploaded)) return null;
  return {
    courseId,
    enrolmentId: row.enrolmentId,
    teacherId,
    programmeId: row.programmeId,
    orgPath: row.orgPath,
    classId: row.classId,
    media: row.media,
    durationSeconds: row.durationSeconds,
    requirement: row.requirement,
    rules,
    closed: row.closed,
  };
}
