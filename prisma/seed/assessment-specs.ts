/**
 * Seeds the national rubrics (orgPath "/") and the national catalogue's assessment specs (data in
 * assessment-specs-data.ts). Idempotent: an existing rubric (same key) or catalogue spec is left as it is; a missing
 * catalogue is skipped. Returns what it added.
 */

import type { Transaction } from '../../api/db/client.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { specArtefactsSchema } from '../../schema/assessment-specs/rules.js';
import { rubricContentSchema } from '../../schema/rubrics/rules.js';
import { DEFAULT_SPEC, NATIONAL_RUBRICS, NATIONAL_SPECS } from './assessment-specs-data.js';

const NATIONAL_PATH = '/';

export async function seedAssessmentSpecs(prisma: Transaction): Promise<{ rubrics: number; specs: number }> {
  let rubrics = 0;
  const rubricIds = new Map<string, string>();
  for (const seed of NATIONAL_RUBRICS) {
    const content = rubricContentSchema.parse(seed.content);
    const existing = await prisma.rubric.findUnique({
      where: { orgPath_key: { orgPath: NATIONAL_PATH, key: seed.key } },
      select: { id: true },
    });
    if (existing) {
      rubricIds.set(seed.key, existing.id);
      continue;
    }
    const created = await prisma.rubric
      .create({
        data: {
          key: seed.key,
          titleZh: seed.titleZh,
          titleEn: seed.titleEn,
          orgPath: NATIONAL_PATH,
          latestVersion: 1,
          versions: {
            create: {
              version: 1,
              criteria: content.criteria as unknown as Prisma.InputJsonValue,
              passPoints: content.passPoints,
              excellentPoints: content.excellentPoints,
            },
          },
        },
        select: { id: true },
      })
      .catch(async (error: unknown) => {
        // Seeded meanwhile by another instance: use theirs.
        const theirs = await prisma.rubric.findUnique({
          where: { orgPath_key: { orgPath: NATIONAL_PATH, key: seed.key } },
          select: { id: true },
        });
        if (!theirs) throw error;
        return { id: theirs.id, raced: true };
      });
    if (!('raced' in created)) rubrics += 1;
    rubricIds.set(seed.key, created.id);
  }

  const catalogue = await prisma.catalogue.findUnique({
    where: { code_version: NATIONAL_SPECS.catalogue },
    select: { id: true, competencies: { select: { id: true, code: true } } },
  });
  if (!catalogue) return { rubrics, specs: 0 };
  const present = new Set(
    (
      await prisma.assessmentSpec.findMany({
        where: { programmeId: null, competencyId: { in: catalogue.competencies.map((c) => c.id) } },
        select: { competencyId: true },
      })
    ).map((row) => row.competencyId),
  );
  const rows = catalogue.competencies
    .filter((competency) => !present.has(competency.id))
    .map((competency) => {
      const spec = NATIONAL_SPECS.byCode[competency.code] ?? DEFAULT_SPEC;
      const rubricId = rubricIds.get(spec.rubricKey);
      if (!rubricId) throw new Error(`assessment spec of ${competency.code}: no rubric ${spec.rubricKey}`);
      return {
        competencyId: competency.id,
        programmeId: null,
        artefacts: specArtefactsSchema.parse(spec.artefacts) as unknown as Prisma.InputJsonValue,
        guidanceZh: spec.guidanceZh,
        guidanceEn: spec.guidanceEn,
        rubricId,
        orgPath: NATIONAL_PATH,
      };
    });
  // The partial unique index (one catalogue spec per competency) makes a concurrent seed's duplicates no-ops.
  const created = rows.length
    ? await prisma.assessmentSpec.createMany({ data: rows, skipDuplicates: true })
    : { count: 0 };
  return { rubrics, specs: created.count };
}
