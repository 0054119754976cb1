import type { PrismaClient } from '../../api/db/client.js';

/** Snapshots of the rows mutations write, to show that a refused (or dry-run) call changed nothing. */
export function createRows(prisma: PrismaClient) {
  return {
    /** Row counts of everything an enrolment, a class or a group writes. */
    async writes() {
      const [users, enrolments, roles, organisations, decisions] = await Promise.all([
        prisma.user.count(),
        prisma.enrolment.count(),
        prisma.roleAssignment.count(),
        prisma.organisation.count(),
        prisma.decision.count(),
      ]);
      return { users, enrolments, roles, organisations, decisions };
    },

    /** Every row selection mutations write. */
    async selections() {
      const [selections, items, decisions] = await Promise.all([
        prisma.selection.findMany({ orderBy: { id: 'asc' } }),
        prisma.selectionItem.findMany({ orderBy: [{ selectionId: 'asc' }, { position: 'asc' }] }),
        prisma.decision.findMany({ where: { subjectType: 'Selection' }, orderBy: { id: 'asc' } }),
      ]);
      return { selections, items, decisions };
    },
  };
}

export type Rows = ReturnType<typeof createRows>;
