import type { PrismaClient } from '../../api/db/client.js';
import { nationalCatalogue, principalLeadershipStandard, seedCatalogue } from './catalogues.js';
import { seedDemo } from './demo.js';
import { seedProgrammes } from './programmes.js';

/** Seeds the national catalogues and the demo organisations and users. Idempotent: a re-run changes nothing. */
export async function seed(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await seedCatalogue(tx, nationalCatalogue());
      await seedCatalogue(tx, principalLeadershipStandard());
      await seedDemo(tx);
      await seedProgrammes(tx);
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Seeds only a database that holds no organisation yet (first start of the embedded database). */
export async function seedIfEmpty(prisma: PrismaClient): Promise<boolean> {
  if ((await prisma.organisation.count()) > 0) return false;
  await seed(prisma);
  return true;
}
