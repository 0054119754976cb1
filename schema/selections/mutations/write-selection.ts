import type { PrismaClient } from '../../../api/db/client.js';
import { Prisma } from '../../../api/db/generated/prisma/client.js';
import type { SelectionStatus } from '../../../api/db/generated/prisma/enums.js';
import { ConflictError } from '../../shared/index.js';
import type { EnrolmentForSelection } from '../evaluation.js';

type Writer = Pick<PrismaClient, 'selection' | 'selectionItem'>;

export interface SelectionWrite {
  enrolment: EnrolmentForSelection;
  status: SelectionStatus;
  onBehalf: boolean;
  /** Who submits: the teacher, or the school admin on their behalf. */
  submittedById: string;
  /** Competency database ids, in selection order. */
  competencyIds: readonly string[];
  totalCredits: number;
  now: Date;
}

/**
 * Creates the enrolment's selection or replaces the one it has (items included), inside the
 * caller's transaction. The replaced row must still be in the state the caller checked.
 */
export async function writeSelection(tx: Writer, write: SelectionWrite): Promise<{ id: string }> {
  const { enrolment, now } = write;
  const data = {
    status: write.status,
    totalCredits: write.totalCredits,
    onBehalf: write.onBehalf,
    submittedAt: now,
    submittedById: write.submittedById,
    decidedAt: write.status === 'SUBMITTED' ? null : now,
  };
  let id: string;
  const existing = enrolment.selection;
  if (existing) {
    const { count } = await tx.selection.updateMany({ where: { id: existing.id, status: existing.status }, data });
    if (count !== 1) throw new ConflictError('selectionChanged');
    await tx.selectionItem.deleteMany({ where: { selectionId: existing.id } });
    id = existing.id;
  } else {
    try {
      ({ id } = await tx.selection.create({
        data: { ...data, enrolmentId: enrolment.id, orgPath: enrolment.orgPath },
        select: { id: true },
      }));
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new ConflictError('selectionCreatedMeanwhile');
      }
      throw error;
    }
  }
  await tx.selectionItem.createMany({
    data: write.competencyIds.map((competencyId, position) => ({ selectionId: id, competencyId, position })),
  });
  return { id };
}
