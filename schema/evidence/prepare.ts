/**
 * A teacher prepares their evidence of a selected competency: uploads artefacts into the slots of its assessment
 * specification (format by extension and content, size, a video's duration read from the MP4 itself, room in the
 * slot, the comment where the slot asks for one) and removes them again, while it is a draft. Changing a RETURNED
 * evidence starts its next version, with the previous version's artefacts copied, so the teacher replaces only what
 * the reviewer asked for. A refused upload leaves no file and no row behind.
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { chunksOf } from '../../api/storage/file-storage.js';
import { detectContent, kindByExtension } from '../../api/storage/file-types.js';
import { mp4DurationSeconds } from '../../api/storage/mp4-duration.js';
import { type EffectiveSpec, effectiveSpec } from '../assessment-specs/index.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Enrolment } from '../enrolments/index.js';
import { FileTooLargeError, FileTypeNotAllowedError, storeUpload, Upload } from '../files/index.js';
import { recordDecision } from '../history/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
  registerResource,
} from '../shared/index.js';
import { addArtefactErrors, removeArtefactErrors, VideoDurationUnreadableError, VideoTooLongError } from './errors.js';
import { Evidence } from './evidence.js';
import {
  type DraftRefusal,
  type DraftTarget,
  draftTarget,
  MAX_COMMENT_LENGTH,
  OPEN_PROGRAMME_STATUSES,
  type SlotRefusal,
  slotCheck,
  videoCheck,
} from './rules.js';
import { EvidenceArtefact } from './versions.js';
import { EVIDENCE_VISIBILITY_SELECT, evidenceAccess } from './visibility.js';

/** An artefact slot of the effective spec. */
type Slot = EffectiveSpec['artefacts'][number];

type Transaction = Parameters<Parameters<Context['db']['prisma']['$transaction']>[0]>[0];

/** Selection states in which the teacher's competencies count as selected. */
export const SELECTED_STATUSES = ['SUBMITTED', 'APPROVED'] as const;

export function draftRefusalError(refusal: DraftRefusal) {
  return refusal.code === 'VERSION_LIMIT'
    ? new InvalidStateError('evidenceVersionLimit', { max: refusal.maxVersions })
    : new InvalidStateError('evidenceNotDraft', { status: refusal.status });
}

function slotRefusalError(refusal: SlotRefusal) {
  switch (refusal.code) {
    case 'UNKNOWN_SLOT':
      return inputIssue(['slot'], 'VALIDATION.evidenceUnknownSlot', {
        slot: refusal.slot,
        slots: refusal.known.join(', '),
      });
    case 'COMMENT_REQUIRED':
      return inputIssue(['comment'], 'VALIDATION.evidenceCommentRequired');
    case 'SLOT_FULL':
      return new InvalidStateError('evidenceSlotFull', {
        slot: refusal.slot.nameEn,
        slotZh: refusal.slot.nameZh,
        max: refusal.slot.maxCount,
      });
  }
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

/** The teacher's enrolment as preparing evidence reads it, with the competency's place in their selection. */
export async function enrolmentForEvidence(context: Context, enrolmentId: string, competencyId: string) {
  const enrolment = await context.db.prisma.enrolment.findUnique({
    where: { id: enrolmentId },
    select: {
      id: true,
      programmeId: true,
      teacherId: true,
      orgPath: true,
      programme: { select: { status: true, rules: true } },
      selection: {
        select: { status: true, items: { where: { competencyId }, select: { competencyId: true } } },
      },
    },
  });
  if (!enrolment) throw new NotFoundError('Enrolment');
  const selection = enrolment.selection;
  const selected =
    selection !== null &&
    (SELECTED_STATUSES as readonly string[]).includes(selection.status) &&
    selection.items.length > 0;
  // A competency the teacher has not selected has no evidence page: it is missing for them.
  if (!selected) throw new NotFoundError('Competency');
  if (!OPEN_PROGRAMME_STATUSES.includes(enrolment.programme.status))
    throw new InvalidStateError('evidenceProgrammeNotOpen', { status: enrolment.programme.status });
  return enrolment;
}

/**
 * The draft version a change goes into, under a row lock on the evidence: the current draft, a new evidence
 * (version 1), or the next version of a returned one (the previous version's artefacts copied into it, except
 * `without`). Returns the version row's id and number.
 */
export async function draftVersion(
  tx: Transaction,
  evidence: { id: string; status: Prisma.EvidenceGetPayload<object>['status']; version: number },
  target: DraftTarget,
  actorId: string,
  orgPath: string,
  without: string | null = null,
): Promise<{ id: string; version: number }> {
  if (target.kind !== 'NEXT_VERSION') {
    const row = await tx.evidenceVersion.findUniqueOrThrow({
      where: { evidenceId_version: { evidenceId: evidence.id, version: target.version } },
      select: { id: true, version: true },
    });
    return row;
  }
  // The next version of a returned evidence.
  const previous = await tx.evidenceVersion.findUniqueOrThrow({
    where: { evidenceId_version: { evidenceId: evidence.id, version: evidence.version } },
    select: { artefacts: true },
  });
  const { count } = await tx.evidence.updateMany({
    where: { id: evidence.id, status: 'RETURNED', version: evidence.version },
    data: { status: 'DRAFT', version: target.version, submittedAt: null, groupRecommended: false },
  });
  if (count !== 1) throw new ConflictError('evidenceMeanwhile');
  const created = await tx.evidenceVersion.create({
    data: { evidenceId: evidence.id, version: target.version },
    select: { id: true, version: true },
  });
  const copies = previous.artefacts.filter((artefact) => artefact.id !== without);
  if (copies.length) {
    await tx.evidenceArtefact.createMany({
      data: copies.map((artefact) => ({
        versionId: created.id,
        slot: artefact.slot,
        fileId: artefact.fileId,
        durationSeconds: artefact.durationSeconds,
        comment: artefact.comment,
        position: artefact.position,
      })),
    });
  }
  await recordDecision(tx, {
    subjectType: 'Evidence',
    subjectId: evidence.id,
    actorId,
    action: 'REVISE',
    fromState: 'RETURNED',
    toState: 'DRAFT',
    comment: `version ${target.version}`,
    orgPath,
  });
  return created;
}

/** Locks the teacher's evidence of the competency (FOR UPDATE) and reads its state; null when there is none yet. */
async function lockedEvidence(tx: Transaction, enrolmentId: string, competencyId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Evidence" WHERE "enrolmentId" = ${enrolmentId} AND "competencyId" = ${competencyId} FOR UPDATE`;
  const id = locked[0]?.id;
  if (!id) return null;
  return tx.evidence.findUniqueOrThrow({ where: { id }, select: { id: true, status: true, version: true } });
}

/** The duration of an MP4 upload read from its bytes, checked against the slot; null for other files. */
async function checkedDuration(file: File, slot: Slot): Promise<number | null> {
  if (kindByExtension(file.name, ['mp4']) === null) return null;
  const seconds = await mp4DurationSeconds(chunksOf(file.stream() as ReadableStream<Uint8Array>));
  const refusal = videoCheck(slot.maxVideoSeconds, seconds);
  if (refusal?.code === 'UNREADABLE') throw new VideoDurationUnreadableError(refusal.maxSeconds);
  if (refusal?.code === 'TOO_LONG') throw new VideoTooLongError(refusal.maxSeconds, refusal.actualSeconds);
  return seconds;
}

const AddEvidenceArtefactInput = builder.inputType('AddEvidenceArtefactInput', {
  description:
    'One file for an artefact slot of the assessment specification of a competency the teacher selected. Send it as a multipart request.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The viewer’s own enrolment in a PUBLISHED or RUNNING programme.',
    }),
    competencyId: t.globalID({
      required: true,
      for: Competency,
      description: 'A competency of the teacher’s SUBMITTED or APPROVED selection.',
    }),
    slot: t.string({
      required: true,
      description: 'The key of the spec’s artefact slot (AssessmentSpec.artefacts.key).',
    }),
    file: t.field({
      type: Upload,
      required: true,
      description:
        'The file: one of the slot’s formats (by extension and by content), at most its maxBytes; a video at most its maxVideoSeconds ' +
        '(read from the MP4’s movie header).',
    }),
    comment: t.string({
      required: false,
      description: `The teacher’s comment on it (required where the slot says commentRequired), at most ${MAX_COMMENT_LENGTH} characters.`,
    }),
  }),
});

const addSchema = z.object({
  enrolmentId: globalIdSchema,
  competencyId: globalIdSchema,
  slot: z.string().trim().min(1).max(64),
  file: z.custom<File>((value) => value instanceof Object),
  comment: z
    .string()
    .trim()
    .max(MAX_COMMENT_LENGTH)
    .nullish()
    .transform((comment) => comment || null),
});

builder.mutationField('addEvidenceArtefact', (t) =>
  t.prismaField({
    type: Evidence,
    description:
      'A teacher adds a file to an artefact slot of their evidence of a selected competency (action evidence:submit, their own ' +
      'enrolment). The first file creates the evidence (DRAFT, version 1); on a RETURNED evidence it starts the next version, with the ' +
      'previous version’s artefacts copied (at most the programme’s evidence.maxVersions). Refused while it is SUBMITTED, ' +
      'GROUP_REVIEWED or ASSESSED (INVALID_STATE). The file is checked against the slot: format by extension and content ' +
      '(FILE_TYPE_NOT_ALLOWED), size (FILE_TOO_LARGE), a video’s duration read from the file (VIDEO_TOO_LONG; ' +
      'VIDEO_DURATION_UNREADABLE when the MP4 has no readable movie header), room (INVALID_STATE) and the comment the slot asks for ' +
      '(INVALID_INPUT). A refused file is not stored.',
    authorize: {
      action: 'evidence:submit',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: addArtefactErrors,
      result: { description: 'The file is added.' },
      dataField: { name: 'evidence', description: 'The evidence, a DRAFT, with the file in its current version.' },
    },
    args: { input: t.arg({ type: AddEvidenceArtefactInput, required: true, description: 'The file and its slot.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(addSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const competencyId = input.competencyId.id;
      const enrolment = await enrolmentForEvidence(context, input.enrolmentId.id, competencyId);
      const spec = await effectiveSpec(prisma, enrolment.programmeId, competencyId);
      if (!spec) throw new InvalidStateError('evidenceNoSpec');
      const { maxVersions } = parseProgrammeRules(enrolment.programme.rules).evidence;

      // Cheap checks first, before any byte is read: the slot, the evidence's state and the room left.
      const current = await prisma.evidence.findUnique({
        where: { enrolmentId_competencyId: { enrolmentId: enrolment.id, competencyId } },
        select: { id: true, status: true, version: true },
      });
      const early = draftTarget(current, maxVersions);
      if (!early.ok) throw draftRefusalError(early.refusal);
      const present =
        current && early.value.kind !== 'CREATE'
          ? await prisma.evidenceArtefact.count({
              where: {
                slot: input.slot,
                version: { evidenceId: current.id, version: current.version },
              },
            })
          : 0;
      const slotted = slotCheck(spec.artefacts, input.slot, present, input.comment !== null);
      if (!slotted.ok) throw slotRefusalError(slotted.refusal);
      const slot = slotted.value;

      // The file: size, type by name and content, then a video's duration, all before it is stored.
      const file = input.file;
      if (file.size > slot.maxBytes) throw new FileTooLargeError(slot.maxBytes, file.size);
      const kind = kindByExtension(file.name, slot.formats);
      if (!kind) throw new FileTypeNotAllowedError(slot.formats, 'name');
      if ((await detectContent(file)).kind !== kind) throw new FileTypeNotAllowedError(slot.formats, 'content');
      const durationSeconds = await checkedDuration(file, slot);

      const evidenceId = await storeUpload(
        prisma,
        context.files.storage,
        file,
        { allowedTypes: slot.formats, maxBytes: slot.maxBytes, orgPath: enrolment.orgPath, uploadedById: actorId },
        async (tx, stored) => {
          // Again under the lock: another request may have changed the evidence meanwhile. The first upload creates
          // it; a concurrent first upload waits on the unique key, then finds and locks the row the other made.
          let locked = await lockedEvidence(tx, enrolment.id, competencyId);
          if (!locked) {
            const { count } = await tx.evidence.createMany({
              data: [
                {
                  enrolmentId: enrolment.id,
                  competencyId,
                  programmeId: enrolment.programmeId,
                  teacherId: enrolment.teacherId,
                  orgPath: enrolment.orgPath,
                },
              ],
              skipDuplicates: true,
            });
            locked = await lockedEvidence(tx, enrolment.id, competencyId);
            if (!locked) throw new ConflictError('evidenceMeanwhile');
            if (count === 1) await tx.evidenceVersion.create({ data: { evidenceId: locked.id, version: 1 } });
          }
          const decided = draftTarget(locked, maxVersions);
          if (!decided.ok) throw draftRefusalError(decided.refusal);
          const version = await draftVersion(tx, locked, decided.value, actorId, enrolment.orgPath);
          const id = locked.id;
          const inSlot = await tx.evidenceArtefact.findMany({
            where: { versionId: version.id, slot: slot.key },
            select: { position: true },
          });
          const room = slotCheck(spec.artefacts, slot.key, inSlot.length, input.comment !== null);
          if (!room.ok) throw slotRefusalError(room.refusal);
          await tx.evidenceArtefact.create({
            data: {
              versionId: version.id,
              slot: slot.key,
              fileId: stored.id,
              durationSeconds,
              comment: input.comment,
              position: inSlot.reduce((max, row) => Math.max(max, row.position + 1), 0),
            },
          });
          return id;
        },
      ).catch((error: unknown) => {
        if (isUniqueViolation(error)) throw new ConflictError('evidenceMeanwhile');
        throw error;
      });
      return prisma.evidence.findUniqueOrThrow({
        ...payloadQuery(query),
        where: { id: evidenceId },
      });
    },
  }),
);

/**
 * An artefact as actions see it: it belongs to its evidence's teacher, group and school, and is visible to whoever
 * sees the evidence (a draft version's only to the author).
 */
registerResource('EvidenceArtefact', async (ids, context) => {
  const rows = await context.db.prisma.evidenceArtefact.findMany({
    where: { id: { in: [...ids] } },
    select: {
      id: true,
      version: {
        select: { submittedAt: true, evidence: { select: { ...EVIDENCE_VISIBILITY_SELECT, programmeId: true } } },
      },
    },
  });
  const entries = await Promise.all(
    rows.map(async (row) => {
      const { evidence } = row.version;
      const access = await evidenceAccess(context, evidence);
      const visible = access === 'AUTHOR' || (access !== null && row.version.submittedAt !== null);
      const paths = evidence.groupPath ? [evidence.groupPath, evidence.orgPath] : [evidence.orgPath];
      return [row.id, { paths, ownerId: evidence.teacherId, visible, programmeId: evidence.programmeId }] as const;
    }),
  );
  return new Map(entries);
});

const RemoveEvidenceArtefactInput = builder.inputType('RemoveEvidenceArtefactInput', {
  description: 'An artefact of the current version of the viewer’s own evidence.',
  fields: (t) => ({
    artefactId: t.globalID({ required: true, for: EvidenceArtefact, description: 'The artefact to remove.' }),
  }),
});

builder.mutationField('removeEvidenceArtefact', (t) =>
  t.prismaField({
    type: Evidence,
    description:
      'A teacher removes an artefact from the current version of their evidence (action evidence:submit): from a DRAFT; from a RETURNED ' +
      'evidence it starts the next version without it (the other artefacts copied). An artefact of an earlier version, or of an ' +
      'evidence under review, cannot be removed (INVALID_STATE). A file no version refers to any more is deleted.',
    authorize: {
      action: 'evidence:submit',
      resource: (_root, args) => ({ kind: 'EvidenceArtefact' as const, id: args.input.artefactId.id }),
    },
    errors: {
      types: removeArtefactErrors,
      result: { description: 'The artefact is removed.' },
      dataField: { name: 'evidence', description: 'The evidence, a DRAFT, without the artefact.' },
    },
    args: { input: t.arg({ type: RemoveEvidenceArtefactInput, required: true, description: 'The artefact.' }) },
    resolve: async (query, _root, args, context) => {
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const artefactId = args.input.artefactId.id;
      const artefact = await prisma.evidenceArtefact.findUnique({
        where: { id: artefactId },
        select: {
          version: {
            select: {
              version: true,
              evidence: {
                select: {
                  id: true,
                  enrolment: { select: { programme: { select: { status: true, rules: true } } } },
                },
              },
            },
          },
        },
      });
      if (!artefact) throw new NotFoundError('EvidenceArtefact');
      const { programme } = artefact.version.evidence.enrolment;
      if (!OPEN_PROGRAMME_STATUSES.includes(programme.status))
        throw new InvalidStateError('evidenceProgrammeNotOpen', { status: programme.status });
      const { maxVersions } = parseProgrammeRules(programme.rules).evidence;
      const evidenceId = artefact.version.evidence.id;

      const orphan = await prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Evidence" WHERE id = ${evidenceId} FOR UPDATE`;
        const evidence = await tx.evidence.findUniqueOrThrow({
          where: { id: evidenceId },
          select: { id: true, status: true, version: true, orgPath: true },
        });
        const row = await tx.evidenceArtefact.findUnique({
          where: { id: artefactId },
          select: { id: true, fileId: true, version: { select: { version: true } } },
        });
        if (!row || row.version.version !== evidence.version) throw new InvalidStateError('evidenceArtefactNotDraft');
        const decided = draftTarget(evidence, maxVersions);
        if (!decided.ok) throw draftRefusalError(decided.refusal);
        if (decided.value.kind === 'NEXT_VERSION') {
          // The artefact stays in the returned version; the new one is made without it.
          await draftVersion(tx, evidence, decided.value, actorId, evidence.orgPath, row.id);
          return null;
        }
        await tx.evidenceArtefact.delete({ where: { id: row.id } });
        const others = await tx.evidenceArtefact.count({ where: { fileId: row.fileId } });
        if (others > 0) return null;
        return tx.storedFile.delete({ where: { id: row.fileId }, select: { storageKey: true } });
      });
      // The bytes go once the row is gone (a failed delete leaves unreferenced bytes, never a row without bytes).
      if (orphan) await context.files.storage.delete(orphan.storageKey);
      return prisma.evidence.findUniqueOrThrow({
        ...payloadQuery(query),
        where: { id: evidenceId },
      });
    },
  }),
);
