/**
 * Rules of practice evidence (实践证据) as a teacher prepares and submits it: where a new artefact goes (the current
 * draft, a new evidence, or the next version of a returned one), what an artefact slot of the assessment
 * specification accepts, a video's duration limit, what is missing at submission, and when a submission is stale.
 * Pure: no GraphQL, no Prisma. The numbers come from the spec (slots) and the programme rules (maxVersions).
 */
import type { EvidenceStatus } from '../../api/db/generated/prisma/enums.js';

/** The slot fields these rules read (an `ArtefactSlot` of the assessment specification fits). */
export interface SlotRule {
  key: string;
  nameZh: string;
  nameEn: string;
  count: number;
  maxCount: number;
  maxVideoSeconds?: number | null | undefined;
  commentRequired: boolean;
}

/** The evidence as these rules see it; null: the teacher has none for the competency yet. */
export type EvidenceState = { status: EvidenceStatus; version: number } | null;

/** Where a change to the artefacts goes. */
export type DraftTarget =
  /** A new evidence, version 1. */
  | { kind: 'CREATE'; version: 1 }
  /** The current draft version. */
  | { kind: 'CURRENT'; version: number }
  /** A new draft version after a return: the previous version's artefacts are copied into it first. */
  | { kind: 'NEXT_VERSION'; version: number };

export type DraftRefusal =
  | { code: 'NOT_EDITABLE'; status: EvidenceStatus }
  | { code: 'VERSION_LIMIT'; maxVersions: number };

export type Outcome<T, R> = { ok: true; value: T } | { ok: false; refusal: R };

/**
 * Where an artefact change goes: a teacher edits a DRAFT; a RETURNED evidence is revised as its next version (at
 * most `maxVersions`); while it is SUBMITTED, GROUP_REVIEWED or ASSESSED nothing can change.
 */
export function draftTarget(current: EvidenceState, maxVersions: number): Outcome<DraftTarget, DraftRefusal> {
  if (current === null) return { ok: true, value: { kind: 'CREATE', version: 1 } };
  switch (current.status) {
    case 'DRAFT':
      return { ok: true, value: { kind: 'CURRENT', version: current.version } };
    case 'RETURNED':
      return current.version + 1 > maxVersions
        ? { ok: false, refusal: { code: 'VERSION_LIMIT', maxVersions } }
        : { ok: true, value: { kind: 'NEXT_VERSION', version: current.version + 1 } };
    default:
      return { ok: false, refusal: { code: 'NOT_EDITABLE', status: current.status } };
  }
}

export type SlotRefusal =
  | { code: 'UNKNOWN_SLOT'; slot: string; known: string[] }
  | { code: 'SLOT_FULL'; slot: SlotRule }
  | { code: 'COMMENT_REQUIRED'; slot: SlotRule };

/**
 * The slot an artefact goes into, given how many files it holds already in the target version and whether the
 * teacher wrote a comment: it must exist in the spec, have room (maxCount) and, where asked, get a comment.
 */
export function slotCheck<S extends SlotRule>(
  slots: readonly S[],
  key: string,
  present: number,
  hasComment: boolean,
): Outcome<S, SlotRefusal> {
  const slot = slots.find((candidate) => candidate.key === key);
  if (!slot) return { ok: false, refusal: { code: 'UNKNOWN_SLOT', slot: key, known: slots.map((s) => s.key) } };
  if (slot.commentRequired && !hasComment) return { ok: false, refusal: { code: 'COMMENT_REQUIRED', slot } };
  if (present >= slot.maxCount) return { ok: false, refusal: { code: 'SLOT_FULL', slot } };
  return { ok: true, value: slot };
}

export type VideoRefusal =
  | { code: 'UNREADABLE'; maxSeconds: number }
  | { code: 'TOO_LONG'; maxSeconds: number; actualSeconds: number };

/**
 * A video against its slot's limit: none without `maxSeconds`; else the duration read from the file must be known
 * and at most the limit (compared to the millisecond, so 300.0004 s still fits 5 minutes and 300.001 s does not).
 */
export function videoCheck(maxSeconds: number | null | undefined, actualSeconds: number | null): VideoRefusal | null {
  if (maxSeconds == null) return null;
  if (actualSeconds === null || !Number.isFinite(actualSeconds)) return { code: 'UNREADABLE', maxSeconds };
  if (Math.round(actualSeconds * 1000) > Math.round(maxSeconds * 1000))
    return { code: 'TOO_LONG', maxSeconds, actualSeconds };
  return null;
}

/** A slot holding fewer files than the spec requires. */
export interface MissingSlotRule {
  slot: string;
  nameZh: string;
  nameEn: string;
  required: number;
  present: number;
}

/** The slots of the spec holding fewer than `count` files, in the spec's order; `counts`: files per slot key. */
export function missingSlots(slots: readonly SlotRule[], counts: ReadonlyMap<string, number>): MissingSlotRule[] {
  return slots.flatMap((slot) => {
    const present = counts.get(slot.key) ?? 0;
    return present >= slot.count
      ? []
      : [{ slot: slot.key, nameZh: slot.nameZh, nameEn: slot.nameEn, required: slot.count, present }];
  });
}

/** Files per slot key. */
export function countBySlot(artefacts: readonly { slot: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const artefact of artefacts) counts.set(artefact.slot, (counts.get(artefact.slot) ?? 0) + 1);
  return counts;
}

export type SubmitRefusal =
  | { code: 'STALE'; version: number }
  | { code: 'RETURNED' }
  | { code: 'NOT_DRAFT'; status: EvidenceStatus };

/**
 * Whether the evidence can be submitted as `expectedVersion`: it must still be that version (else STALE) and a
 * draft; a RETURNED one is revised first (changing an artefact starts its next version), a SUBMITTED, GROUP_REVIEWED
 * or ASSESSED one is not a draft.
 */
export function submitCheck(
  current: { status: EvidenceStatus; version: number },
  expectedVersion: number,
): SubmitRefusal | null {
  if (current.version !== expectedVersion) return { code: 'STALE', version: current.version };
  if (current.status === 'RETURNED') return { code: 'RETURNED' };
  if (current.status !== 'DRAFT') return { code: 'NOT_DRAFT', status: current.status };
  return null;
}

/** The history action of a submission: the first version is submitted, later ones resubmitted. */
export function submitAction(version: number): 'SUBMIT' | 'RESUBMIT' {
  return version > 1 ? 'RESUBMIT' : 'SUBMIT';
}

/** Programme states in which teachers work on their evidence. */
export const OPEN_PROGRAMME_STATUSES: readonly string[] = ['PUBLISHED', 'RUNNING'];

/** Longest submission note and artefact comment, in characters. */
export const MAX_NOTE_LENGTH = 2000;
export const MAX_COMMENT_LENGTH = 2000;

/** One history entry as the redaction sees it. */
export interface HistoryEntry {
  actorId: string | null;
  action: string;
}

/** What decides how much of an evidence's history a viewer sees. */
export interface HistoryView {
  /** How the viewer reaches the evidence (see evidenceAccess). */
  access: 'AUTHOR' | 'ADMIN' | 'GROUP_LEADER' | 'EXPERT' | 'PEER' | 'PUBLIC';
  viewerId: string;
  authorId: string;
  /** The viewer sees the author's name (authorVisibleTo). */
  authorShown: boolean;
  /** District or province admin over the school, or the teacher's group leader: the whole trail. */
  overseer: boolean;
  /** The programme's blindReview rule. */
  blindReview: boolean;
  /** The outcome is settled (status ASSESSED). */
  settled: boolean;
}

/** The rubric assessments of the school's raters: pending ones are what blind review hides. */
const RATER_ACTIONS = new Set(['ASSESS']);
/** Decisions by reviewers (group leader, raters, experts, the district) whose names blind review hides from the author. */
const REVIEWER_ACTIONS = new Set(['ASSESS', 'RETURN', 'EXPERT_REVIEW', 'SAMPLE']);

/**
 * The part of an evidence's history (its trail of decisions) a viewer sees, with the names they may see:
 *   - the teacher's group leader and the admins over the district see everything;
 *   - peers and viewers of published work see none of it (the trail is the school's, not the province's);
 *   - the author sees the raters' assessments only once the outcome is settled, and, under blind review, no
 *     reviewer's name;
 *   - under blind review, before the outcome is settled, a rater sees only their own assessments among the raters'
 *     and not the author's name.
 * `keep` false drops the entry; `hideActor` true shows it without who did it.
 */
export function historyVisibility(view: HistoryView, entry: HistoryEntry): { keep: boolean; hideActor: boolean } {
  if (view.overseer) return { keep: true, hideActor: false };
  if (view.access === 'PEER' || view.access === 'PUBLIC') return { keep: false, hideActor: true };
  const byAuthor = entry.actorId === view.authorId;
  if (view.access === 'AUTHOR') {
    if (RATER_ACTIONS.has(entry.action) && !view.settled) return { keep: false, hideActor: true };
    return { keep: true, hideActor: view.blindReview && !byAuthor && REVIEWER_ACTIONS.has(entry.action) };
  }
  const blind = view.blindReview && !view.settled;
  if (blind && RATER_ACTIONS.has(entry.action) && entry.actorId !== view.viewerId)
    return { keep: false, hideActor: true };
  return { keep: true, hideActor: byAuthor && !view.authorShown };
}
