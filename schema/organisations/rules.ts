/**
 * Rules of the organisation tree, as pure functions of plain data: where an organisation may sit, which stages a
 * school may hold, when a school may be deactivated or moved, and how a move rewrites materialised paths.
 */
import type { OrganisationKind, ProgrammeStatus, SchoolStage } from '../../api/db/generated/prisma/enums.js';

/** The kinds an organisation of each kind may sit under (a district belongs to a province directly or to a city). */
export const PARENT_KINDS: Readonly<Record<OrganisationKind, readonly OrganisationKind[]>> = {
  PROVINCE: [],
  CITY: ['PROVINCE'],
  DISTRICT: ['PROVINCE', 'CITY'],
  SCHOOL: ['DISTRICT'],
  CLASS: ['SCHOOL'],
  GROUP: ['SCHOOL'],
};

/** True when an organisation of `kind` may sit directly under one of `parentKind`. */
export function mayHoldChild(parentKind: OrganisationKind, kind: OrganisationKind): boolean {
  return PARENT_KINDS[kind].includes(parentKind);
}

/** School stages from the youngest pupils to the oldest: how a school's stages are kept and shown. */
export const STAGE_ORDER: readonly SchoolStage[] = [
  'KINDERGARTEN',
  'PRIMARY',
  'JUNIOR_SECONDARY',
  'SENIOR_SECONDARY',
  'VOCATIONAL',
];

/** Why a list of stages does not fit an organisation: none for a school, a stage given twice, stages off a school. */
export type StagesProblem =
  | { problem: 'NONE' }
  | { problem: 'REPEATED'; stage: SchoolStage }
  | { problem: 'NOT_A_SCHOOL'; kind: OrganisationKind };

/**
 * Which stages an organisation may hold: a school holds at least one, each once (a 九年一贯制 school holds PRIMARY and
 * JUNIOR_SECONDARY); nothing else holds any (a batch matches schools by stage). Null when the list fits.
 */
export function stagesProblem(kind: OrganisationKind, stages: readonly SchoolStage[]): StagesProblem | null {
  if (kind !== 'SCHOOL') return stages.length ? { problem: 'NOT_A_SCHOOL', kind } : null;
  if (!stages.length) return { problem: 'NONE' };
  const seen = new Set<SchoolStage>();
  for (const stage of stages) {
    if (seen.has(stage)) return { problem: 'REPEATED', stage };
    seen.add(stage);
  }
  return null;
}

/** The stages in STAGE_ORDER, each once. */
export function orderedStages(stages: readonly SchoolStage[]): SchoolStage[] {
  return STAGE_ORDER.filter((stage) => stages.includes(stage));
}

/** A programme a school takes part in: its status, the school's enrolled teachers and whether the school is in a batch. */
export interface SchoolParticipation {
  code: string;
  status: ProgrammeStatus;
  /** Teachers of the school enrolled in the programme. */
  enrolments: number;
  /** True when the school is enrolled in one of the programme's batches (with a quota). */
  inBatch: boolean;
}

/** Why a school cannot be deactivated or moved now: the programmes holding it, by code, and their enrolments. */
export interface SchoolBlock {
  programmes: string[];
  enrolments: number;
}

function blockOf(holding: readonly SchoolParticipation[]): SchoolBlock | null {
  if (!holding.length) return null;
  return {
    programmes: holding.map((programme) => programme.code).sort(),
    enrolments: holding.reduce((sum, programme) => sum + programme.enrolments, 0),
  };
}

/**
 * When a school can be deactivated: not while teachers of it are enrolled in a RUNNING programme (their study is
 * under way). A school merely listed in a batch, or with teachers in programmes not yet started or CLOSED, may be.
 */
export function deactivationBlock(participation: readonly SchoolParticipation[]): SchoolBlock | null {
  return blockOf(participation.filter((programme) => programme.status === 'RUNNING' && programme.enrolments > 0));
}

/**
 * When a school can move to another district: not while it takes part (in a batch or with enrolled teachers) in a
 * programme that is not CLOSED. Programmes belong to a district, so the old district's programme would lose sight
 * of a school it still counts; CLOSED programmes' records move with the school.
 */
export function moveBlock(participation: readonly SchoolParticipation[]): SchoolBlock | null {
  return blockOf(
    participation.filter(
      (programme) => programme.status !== 'CLOSED' && (programme.inBatch || programme.enrolments > 0),
    ),
  );
}

/** The last segment of a materialised path ("/a/b/c/" → "c"): the organisation's own id. */
export function ownIdOf(path: string): string {
  const id = path.split('/').filter(Boolean).at(-1);
  if (!id) throw new Error(`not an organisation path: ${path}`);
  return id;
}

/** The path an organisation gets when it moves under the organisation at `parentPath` ("/p/" + own id + "/"). */
export function movedPath(path: string, parentPath: string): string {
  return `${parentPath}${ownIdOf(path)}/`;
}

/**
 * A path after its subtree moved from prefix `from` to `to`: paths inside the subtree keep what follows the prefix;
 * any other path is unchanged. (The database applies the same rewrite in SQL; this is its definition.)
 */
export function rewritePathPrefix(path: string, from: string, to: string): string {
  return path.startsWith(from) ? `${to}${path.slice(from.length)}` : path;
}

/** A LIKE pattern matching every path that starts with `prefix` (its wildcards and escape character escaped). */
export function prefixPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
