import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { classProgressKey, type ProgressKind } from '../../api/events/index.js';
import { scheduleCreditChecks } from '../credit-hours/index.js';

/** An enrolment as a progress event needs it: its teacher, class (null: none, no event) and programme. */
export interface ProgressEnrolment {
  id: string;
  teacherId: string;
  classId: string | null;
  programmeId: string;
}

/**
 * Tells the consoles following a class (subscription `classProgressChanged`) that these teachers' progress changed,
 * and schedules a credit-hours check of every one of them, with or without a class (online hours are credited when the
 * online study passes; batched and de-duplicated in-process, see schema/credit-hours/checks.ts). Call it after the
 * writing transaction committed. Never fails the write: a lost event only delays a console's refresh, and a missed
 * check is made up by the next progress change or by `recomputeCreditHours`.
 */
export function publishProgressOf(context: Context, kind: ProgressKind, enrolments: readonly ProgressEnrolment[]) {
  const at = new Date().toISOString();
  for (const enrolment of enrolments) {
    if (!enrolment.classId) continue;
    context.events.pubsub.publish('classProgress', classProgressKey(enrolment.classId, enrolment.programmeId), {
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacherId,
      kind,
      at,
    });
  }
  try {
    scheduleCreditChecks(context.db.prisma, enrolments);
  } catch (error) {
    console.warn(`tisheng: credit hours: cannot schedule a credit check: ${(error as Error).message}`);
  }
}

/**
 * As publishProgressOf, for the enrolments `where` selects: one statement, for write paths that do not hold the
 * enrolment's class and programme already.
 */
export async function publishProgress(context: Context, kind: ProgressKind, where: Prisma.EnrolmentWhereInput) {
  try {
    const enrolments = await context.db.prisma.enrolment.findMany({
      where,
      select: { id: true, teacherId: true, classId: true, programmeId: true },
    });
    publishProgressOf(context, kind, enrolments);
  } catch (error) {
    console.warn(`tisheng: live events: cannot publish a ${kind} change: ${(error as Error).message}`);
  }
}
