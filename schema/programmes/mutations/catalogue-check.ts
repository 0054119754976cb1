import type { Context } from '../../../api/context.js';
import { catalogueVisibleWhere } from '../../catalogues/index.js';
import { InvalidStateError, NotFoundError } from '../../shared/index.js';

/** A programme's catalogue must be visible to the viewer (NOT_FOUND) and PUBLISHED (INVALID_STATE). */
export async function assertPublishedCatalogue(context: Context, catalogueId: string): Promise<void> {
  const catalogue = await context.db.prisma.catalogue.findFirst({
    where: { id: catalogueId, ...catalogueVisibleWhere(context) },
    select: { status: true },
  });
  if (!catalogue) throw new NotFoundError('Catalogue');
  if (catalogue.status !== 'PUBLISHED')
    throw new InvalidStateError('catalogueNotPublished', { status: catalogue.status });
}
