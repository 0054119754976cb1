/**
 * The effective assessment spec of a competency in a programme: the district's override for the programme when
 * there is one, else the catalogue's own spec (programmeId null). `specLoader` batches a page's look-ups into one
 * statement.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import type { PrismaClient } from '../../api/db/client.js';
import { type ArtefactSlot, parseSpecArtefacts } from './rules.js';

export interface EffectiveSpec {
  id: string;
  competencyId: string;
  programmeId: string | null;
  artefacts: ArtefactSlot[];
  guidanceZh: string;
  guidanceEn: string | null;
  rubricId: string;
  /** True when it is the programme's override. */
  overridden: boolean;
  updatedAt: Date;
}

const SPEC_SELECT = {
  id: true,
  competencyId: true,
  programmeId: true,
  artefacts: true,
  guidanceZh: true,
  guidanceEn: true,
  rubricId: true,
  updatedAt: true,
} as const;

type SpecRow = {
  id: string;
  competencyId: string;
  programmeId: string | null;
  artefacts: unknown;
  guidanceZh: string;
  guidanceEn: string | null;
  rubricId: string;
  updatedAt: Date;
};

function toSpec(row: SpecRow): EffectiveSpec {
  return {
    id: row.id,
    competencyId: row.competencyId,
    programmeId: row.programmeId,
    artefacts: parseSpecArtefacts(row.artefacts),
    guidanceZh: row.guidanceZh,
    guidanceEn: row.guidanceEn,
    rubricId: row.rubricId,
    overridden: row.programmeId !== null,
    updatedAt: row.updatedAt,
  };
}

export type SpecKey = { programmeId: string | null; competencyId: string };

/** The key of a look-up: `${programmeId}:${competencyId}` (an empty programme for the catalogue's spec). */
export function specKey(programmeId: string | null | undefined, competencyId: string): string {
  return `${programmeId ?? ''}:${competencyId}`;
}

/** Several effective specs in one statement, in the order of `keys` (null where there is none). */
export async function loadEffectiveSpecs(
  db: Pick<PrismaClient, 'assessmentSpec'>,
  keys: readonly SpecKey[],
): Promise<(EffectiveSpec | null)[]> {
  if (keys.length === 0) return [];
  const competencyIds = [...new Set(keys.map((key) => key.competencyId))];
  const programmeIds = [...new Set(keys.flatMap((key) => (key.programmeId ? [key.programmeId] : [])))];
  const rows = await db.assessmentSpec.findMany({
    where: {
      competencyId: { in: competencyIds },
      OR: [{ programmeId: null }, ...(programmeIds.length ? [{ programmeId: { in: programmeIds } }] : [])],
    },
    select: SPEC_SELECT,
  });
  const byKey = new Map(rows.map((row) => [specKey(row.programmeId, row.competencyId), row]));
  return keys.map((key) => {
    const row =
      (key.programmeId ? byKey.get(specKey(key.programmeId, key.competencyId)) : undefined) ??
      byKey.get(specKey(null, key.competencyId));
    return row ? toSpec(row) : null;
  });
}

/** The effective spec of `competencyId` in `programmeId` (null: the catalogue's), or null when it has none. */
export async function effectiveSpec(
  db: Pick<PrismaClient, 'assessmentSpec'>,
  programmeId: string | null,
  competencyId: string,
): Promise<EffectiveSpec | null> {
  const [spec] = await loadEffectiveSpecs(db, [{ programmeId, competencyId }]);
  return spec ?? null;
}

/**
 * The request's batch loader of effective specs, keyed by `${programmeId}:${competencyId}` (use `specKey`; an empty
 * programme reads the catalogue's spec): one statement per page of look-ups.
 */
export const specLoader = createContextCache(
  (context: Context) =>
    new DataLoader<string, EffectiveSpec | null>((keys) =>
      loadEffectiveSpecs(
        context.db.prisma,
        keys.map((key) => {
          const at = key.indexOf(':');
          return { programmeId: key.slice(0, at) || null, competencyId: key.slice(at + 1) };
        }),
      ),
    ),
);
