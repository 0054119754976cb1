/**
 * The school uploads the items of its proof list (整校推进证明清单): a file of the type the item's form allows
 * (documents for texts, reports and cases; spreadsheets also for forms and lists), or a text for lists and plan texts.
 * Uploading again replaces the item (the earlier file stays stored, and the history says when it changed).
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { storeUpload, Upload } from '../files/index.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  ClosedError,
  ConflictError,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  parseInput,
} from '../shared/index.js';
import { SchoolProofItem } from './completion.js';
import { uploadProofItemErrors } from './errors.js';
import { MAX_PROOF_TEXT_LENGTH, proofFileTypes, textAllowed } from './rules.js';
import { type CompletionState, pairState } from './state.js';

/** Largest proof file, in bytes (20 MB). */
export const MAX_PROOF_FILE_BYTES = 20 * 1024 * 1024;

const UploadProofItemInput = builder.inputType('UploadProofItemInput', {
  description: 'One item of a school’s proof list: a file, or a text for lists and plan texts.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school (in one of the programme’s batches).',
    }),
    itemKey: t.string({
      required: true,
      description: 'The item’s key in the programme’s proof list (`ProofListItem.key`).',
    }),
    file: t.field({
      type: Upload,
      required: false,
      description:
        `The file (multipart): PDF, DOC or DOCX; XLSX too for FORM and LIST items; at most ${MAX_PROOF_FILE_BYTES / 1024 / 1024} MB. ` +
        'Send either a file or a text.',
    }),
    text: t.string({
      required: false,
      description: `The item as text, for LIST and PLAN_TEXT items only: 1 to ${MAX_PROOF_TEXT_LENGTH} characters.`,
    }),
  }),
});

const uploadSchema = z.object({
  programmeId: globalIdSchema,
  schoolId: globalIdSchema,
  itemKey: z.string().trim().min(1).max(40),
  file: z.custom<File>((value) => value instanceof Object).nullish(),
  text: z
    .string()
    .nullish()
    .transform((text) => text?.trim() || null),
});

type UploadInput = z.output<typeof uploadSchema>;

/** Refuses writes to a school's completion while its closing is under review or accepted. */
export function assertOpenForChanges(state: Pick<CompletionState, 'row'>): void {
  if (state.row?.closedAt || state.row?.closingState === 'ACCEPTED') throw new ClosedError();
  if (state.row?.closingState === 'APPLIED') throw new InvalidStateError('completionUnderReview');
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

async function uploadProofItem(context: Context, input: UploadInput): Promise<string> {
  const prisma = context.db.prisma;
  const actorId = actingUserId(context);
  const key = { programmeId: input.programmeId.id, schoolId: input.schoolId.id };
  const state = await pairState(prisma, key, { teachers: false });
  const item = state.rules.completion.proofItems.find((candidate) => candidate.key === input.itemKey);
  if (!item) throw inputIssue(['itemKey'], 'VALIDATION.proofItemUnknown', { key: input.itemKey });
  const file = input.file ?? null;
  if ((file === null) === (input.text === null)) throw inputIssue(['file'], 'VALIDATION.proofItemFileOrText');
  if (input.text !== null) {
    if (!textAllowed(item.form)) throw inputIssue(['text'], 'VALIDATION.proofItemTextNotAllowed', { form: item.form });
    if (input.text.length > MAX_PROOF_TEXT_LENGTH)
      throw inputIssue(['text'], 'VALIDATION.proofItemTextLength', { max: MAX_PROOF_TEXT_LENGTH });
  }
  assertOpenForChanges(state);

  const save = async (tx: Prisma.TransactionClient, fileId: string | null, filename: string | null) => {
    // Re-read in the transaction: an application or acceptance since the first read wins.
    const current = await tx.schoolCompletion.findUnique({
      where: { programmeId_schoolId: key },
      select: { closingState: true, closedAt: true },
    });
    if (current) assertOpenForChanges({ row: current as CompletionState['row'] });
    const where = { programmeId_schoolId_itemKey: { ...key, itemKey: item.key } };
    const earlier = await tx.schoolProofItem.findUnique({ where, select: { id: true } });
    const data = { form: item.form, fileId, text: input.text, uploadedById: actorId, uploadedAt: new Date() };
    const saved = earlier
      ? await tx.schoolProofItem.update({ where, data, select: { id: true } })
      : await tx.schoolProofItem.create({
          data: { ...key, itemKey: item.key, orgPath: state.orgPath, ...data },
          select: { id: true },
        });
    await recordDecision(tx, {
      subjectType: 'SchoolProofItem',
      subjectId: saved.id,
      actorId,
      action: earlier ? 'REPLACE' : 'UPLOAD',
      toState: item.form,
      comment: filename ?? 'text',
      orgPath: state.orgPath,
    });
    return saved.id;
  };

  const run = () =>
    file
      ? storeUpload(
          prisma,
          context.files.storage,
          file,
          {
            allowedTypes: proofFileTypes(item.form),
            maxBytes: MAX_PROOF_FILE_BYTES,
            orgPath: state.orgPath,
            uploadedById: actorId,
          },
          (tx, stored) => save(tx, stored.id, stored.filename),
        )
      : prisma.$transaction((tx) => save(tx, null, null));
  return run().catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new ConflictError('proofItemMeanwhile');
    throw error;
  });
}

builder.mutationField('uploadProofItem', (t) =>
  t.prismaField({
    type: SchoolProofItem,
    description:
      'The school uploads an item of its proof list (整校推进证明清单; action completion:manage over the school). The item must be in the ' +
      'programme’s list (INVALID_INPUT); a file of a type its form allows (FILE_TYPE_NOT_ALLOWED, FILE_TOO_LARGE) or, for LIST and ' +
      'PLAN_TEXT items, a text. Uploading again replaces the item. Refused while the closing application waits for the district ' +
      '(INVALID_STATE) and once the school closed (CLOSED). A refused upload stores nothing. Recorded in the history (UPLOAD, REPLACE).',
    authorize: {
      action: 'completion:manage',
      resource: (_root, args) => ({
        kind: 'School',
        id: args.input.schoolId.id,
        programmeId: args.input.programmeId.id,
      }),
    },
    errors: {
      types: uploadProofItemErrors,
      result: { description: 'The item is uploaded.' },
      dataField: { name: 'item', description: 'The uploaded item.' },
    },
    args: { input: t.arg({ type: UploadProofItemInput, required: true, description: 'The item.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(uploadSchema, args.input);
      const id = await uploadProofItem(context, input);
      return context.db.prisma.schoolProofItem.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
