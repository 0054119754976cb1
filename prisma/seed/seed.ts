import type { PrismaClient, Transaction } from '../../api/db/client.js';
import { seedAssessmentSpecs } from './assessment-specs.js';
import { seedAssignments } from './assignments.js';
import { nationalCatalogue, principalLeadershipStandard, seedCatalogue } from './catalogues.js';
import { seedCourses } from './courses.js';
import { seedDemo } from './demo.js';
import { seedGroupActivities } from './group-activities.js';
import { seedLibrary } from './library.js';
import { seedProgrammes } from './programmes.js';
import { seedRulesPreviewDemo } from './rules-preview.js';
import { seedDemoSurveys, seedSurveyTemplates } from './surveys.js';
import { seedWorkshops } from './workshops.js';

/** Arbitrary but fixed: the advisory lock instances take while seeding, so two starting at once seed once. */
const SEED_LOCK_KEY = 72_657_232;

const LONG_TRANSACTION = { timeout: 120_000, maxWait: 30_000 };

/**
 * Writes the reference data every database needs, whatever else it holds: the national catalogue, the principals'
 * ICT-leadership standard, and the national catalogue's assessment specs (测评规范) with their rubrics. Idempotent;
 * returns the English names of the catalogues it added.
 */
async function seedReferenceIn(tx: Transaction): Promise<string[]> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
  const added: string[] = [];
  for (const spec of [nationalCatalogue(), principalLeadershipStandard()]) {
    const present = await tx.catalogue.count({ where: { code: spec.code, version: spec.version } });
    if (present) continue;
    await seedCatalogue(tx, spec);
    added.push(spec.nameEn);
  }
  // The national rubrics and the national catalogue's assessment specs (测评规范); existing ones are kept.
  await seedAssessmentSpecs(tx);
  await seedSurveyTemplates(tx);
  return added;
}

/**
 * The demo district (two schools with a class and a group each), one person per role, five programmes and what the
 * teachers do in them: courses, workshop activities and posts, assignments, school-based group activities.
 */
async function seedDemoIn(tx: Transaction): Promise<void> {
  await seedDemo(tx);
  await seedProgrammes(tx);
  await seedCourses(tx);
  await seedWorkshops(tx);
  await seedAssignments(tx);
  await seedGroupActivities(tx);
  await seedRulesPreviewDemo(tx);
  await seedDemoSurveys(tx);
  await seedLibrary(tx);
}

/** Seeds the reference data (both catalogues) into any database that lacks it; returns the catalogues added. */
export function seedReferenceData(prisma: PrismaClient): Promise<string[]> {
  return prisma.$transaction(seedReferenceIn, LONG_TRANSACTION);
}

/**
 * Seeds the demo data into a database that holds no organisation yet (a first start with SEED_DEMO_DATA); true when
 * it did. The reference data must be there already.
 */
export function seedDemoIfEmpty(prisma: PrismaClient): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY}::bigint)`;
    if ((await tx.organisation.count()) > 0) return false;
    await seedDemoIn(tx);
    return true;
  }, LONG_TRANSACTION);
}

/** Seeds everything: the reference data and the demo data (`npm run db:seed`, tests). Idempotent: a re-run changes nothing. */
export async function seed(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await seedReferenceIn(tx);
    await seedDemoIn(tx);
  }, LONG_TRANSACTION);
}
