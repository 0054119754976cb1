/**
 * Loads what a selection check needs (programme rules, the selected points of the programme's
 * catalogue, the school's range, the window) and runs the pure rule from rules.ts.
 */

import type { PrismaClient } from '../../api/db/client.js';
import { type ProgrammeRules, parseProgrammeRules } from '../programmes/index.js';
import { decodeIDOrNull, InvalidStateError, NotFoundError } from '../shared/index.js';
import { type CatalogueEntry, type SelectionActor, type SelectionResult, validateSelection } from './rules.js';

type Db = Pick<PrismaClient, 'enrolment' | 'competency' | 'schoolRange'>;

/** Input lists of competencies are capped here (the national catalogue has 30 points). */
export const MAX_SELECTED_COMPETENCIES = 30;

const enrolmentSelect = {
  id: true,
  teacherId: true,
  schoolId: true,
  programmeId: true,
  orgPath: true,
  selectionDueAt: true,
  class: { select: { path: true } },
  programme: { select: { status: true, rules: true, catalogueId: true } },
  selection: { select: { id: true, status: true } },
} as const;

export type EnrolmentForSelection = NonNullable<Awaited<ReturnType<typeof findEnrolment>>>;

function findEnrolment(db: Db, id: string) {
  return db.enrolment.findUnique({ where: { id }, select: enrolmentSelect });
}

/**
 * The enrolment a selection mutation works on (its `authorize` has checked the viewer may act on
 * it); NOT_FOUND when it was removed meanwhile.
 */
export async function loadEnrolment(db: Db, id: string): Promise<EnrolmentForSelection> {
  const enrolment = await findEnrolment(db, id);
  if (!enrolment) throw new NotFoundError('Enrolment');
  return enrolment;
}

/** Selections change only while the programme is PUBLISHED or RUNNING. */
export function assertProgrammeOpen(programme: { status: string }): void {
  if (programme.status !== 'PUBLISHED' && programme.status !== 'RUNNING') {
    throw new InvalidStateError('selectionProgrammeNotOpen', { status: programme.status });
  }
}

export interface EvaluatedSelection {
  rules: ProgrammeRules;
  result: SelectionResult;
  /** Database ids of the distinct, known selected competencies, in selection order. */
  competencyIds: string[];
}

const competencyDbId = (globalId: string) => decodeIDOrNull('Competency', globalId);

/**
 * Checks `competencyGlobalIds` for an enrolment as `actor` at `now`. Competencies outside the
 * programme's catalogue (or IDs of anything else) are reported as UNKNOWN_COMPETENCY under the ID given.
 */
export async function evaluateSelection(
  db: Db,
  enrolment: EnrolmentForSelection,
  competencyGlobalIds: readonly string[],
  actor: SelectionActor,
  now: Date,
): Promise<EvaluatedSelection> {
  const rules = parseProgrammeRules(enrolment.programme.rules);
  const dbIds = competencyGlobalIds.map(competencyDbId);
  const wanted = [...new Set(dbIds.filter((id): id is string => id !== null))];
  // One after the other: inside a transaction both run on the same connection.
  const competencies =
    wanted.length === 0
      ? []
      : await db.competency.findMany({
          where: { id: { in: wanted }, catalogueId: enrolment.programme.catalogueId },
          select: {
            id: true,
            code: true,
            credits: true,
            dimension: { select: { code: true, nameZh: true, nameEn: true } },
            environment: { select: { code: true } },
          },
        });
  const range = await db.schoolRange.findUnique({
    where: { programmeId_schoolId: { programmeId: enrolment.programmeId, schoolId: enrolment.schoolId } },
    select: { items: { select: { competency: { select: { code: true } } } } },
  });
  const byId = new Map(competencies.map((c) => [c.id, c]));
  const catalogue: CatalogueEntry[] = competencies.map(catalogueEntry);
  const selected = competencyGlobalIds.map((globalId, i) => {
    const competency = byId.get(dbIds[i] ?? '');
    return competency ? competency.code : globalId;
  });
  const result = validateSelection({
    rules: rules.selection,
    catalogue,
    schoolRange: range ? range.items.map((item) => item.competency.code) : null,
    selected,
    now,
    windowClosesAt: enrolment.selectionDueAt,
    actor,
  });
  const ordered = [...new Set(dbIds.filter((id): id is string => id !== null && byId.has(id)))];
  return { rules, result, competencyIds: ordered };
}

/** A catalogue point as the rules see it, with its dimension's names for the messages. */
export function catalogueEntry(c: {
  code: string;
  credits: number | null;
  dimension: { code: string; nameZh: string; nameEn: string };
  environment: { code: string } | null;
}): CatalogueEntry {
  return {
    code: c.code,
    credits: c.credits ?? 0,
    dimension: c.dimension.code,
    dimensionNames: { nameZh: c.dimension.nameZh, nameEn: c.dimension.nameEn },
    environment: c.environment?.code ?? '',
  };
}
