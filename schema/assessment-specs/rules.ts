/**
 * Rules of assessment specifications (测评规范): the artefact slots a teacher fills for one competency (an activity
 * plan, student works with the teacher's comment, a reflection video, …), their formats and sizes. The numbers are
 * data (the seed's and the districts' specs); the bounds here only keep a spec sane. Pure, no GraphQL, no Prisma.
 * Messages of failed checks are catalogue keys (schema/assessment-specs/errors.ts words them).
 */
import { z } from 'zod';
import { FILE_TYPES, type FileKind } from '../../api/storage/file-types.js';

export const ARTEFACT_KINDS = [
  'PLAN',
  'STUDENT_WORK',
  'REFLECTION_VIDEO',
  'LESSON_VIDEO',
  'DOCUMENT',
  'OTHER',
] as const;
export type ArtefactKind = (typeof ARTEFACT_KINDS)[number];

/** The upload kinds a slot may accept. */
export const FILE_KINDS = Object.keys(FILE_TYPES) as [FileKind, ...FileKind[]];

/** A slot key: letters, digits, ".", "_", "-"; 1..64 characters. */
export const SLOT_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Most files one slot takes. */
export const MAX_SLOT_COUNT = 20;
/** Largest file a slot may allow: 2 GB. */
export const MAX_SLOT_BYTES = 2 * 1024 * 1024 * 1024;
/** Longest video a slot may allow: 2 hours. */
export const MAX_SLOT_VIDEO_SECONDS = 2 * 60 * 60;
/** Most slots in a spec. */
export const MAX_SPEC_SLOTS = 10;
/** Longest slot name and description, and guidance text, in characters. */
export const MAX_SLOT_NAME_LENGTH = 200;
export const MAX_SLOT_DESCRIPTION_LENGTH = 2000;
export const MAX_GUIDANCE_LENGTH = 10_000;

/** One artefact slot of a spec. */
export const artefactSlotSchema = z
  .object({
    key: z.string().regex(SLOT_KEY, { message: 'VALIDATION.code' }),
    kind: z.enum(ARTEFACT_KINDS),
    nameZh: z.string().trim().min(1).max(MAX_SLOT_NAME_LENGTH),
    nameEn: z.string().trim().min(1).max(MAX_SLOT_NAME_LENGTH),
    descriptionZh: z.string().trim().max(MAX_SLOT_DESCRIPTION_LENGTH).nullish(),
    /** Files required in the slot. */
    count: z.int().min(1).max(MAX_SLOT_COUNT),
    /** Files allowed in the slot at most (≥ count). */
    maxCount: z.int().min(1).max(MAX_SLOT_COUNT),
    formats: z.array(z.enum(FILE_KINDS)).min(1).max(FILE_KINDS.length),
    maxBytes: z.int().min(1).max(MAX_SLOT_BYTES),
    /** Longest video, in seconds: only for a slot accepting mp4. */
    maxVideoSeconds: z.int().min(1).max(MAX_SLOT_VIDEO_SECONDS).nullish(),
    /** The teacher must appear in the video (教师本人出镜). */
    teacherVisible: z.boolean(),
    /** Each file needs the teacher's comment (e.g. 学生作品附教师点评). */
    commentRequired: z.boolean(),
  })
  .superRefine((slot, ctx) => {
    if (slot.maxCount < slot.count)
      ctx.addIssue({ code: 'custom', path: ['maxCount'], message: 'VALIDATION.slotMaxCountBelowCount' });
    if (new Set(slot.formats).size !== slot.formats.length)
      ctx.addIssue({ code: 'custom', path: ['formats'], message: 'VALIDATION.repeats' });
    const video = slot.formats.includes('mp4');
    if (slot.maxVideoSeconds != null && !video)
      ctx.addIssue({ code: 'custom', path: ['maxVideoSeconds'], message: 'VALIDATION.slotVideoNeedsMp4' });
    if (slot.teacherVisible && !video)
      ctx.addIssue({ code: 'custom', path: ['teacherVisible'], message: 'VALIDATION.slotVideoNeedsMp4' });
  });

export type ArtefactSlot = z.infer<typeof artefactSlotSchema>;

/** The slots of a spec: 1..10, keys unique. */
export const specArtefactsSchema = z
  .array(artefactSlotSchema)
  .min(1)
  .max(MAX_SPEC_SLOTS)
  .superRefine((slots, ctx) => {
    const seen = new Set<string>();
    slots.forEach((slot, index) => {
      if (seen.has(slot.key)) ctx.addIssue({ code: 'custom', path: [index, 'key'], message: 'VALIDATION.repeats' });
      seen.add(slot.key);
    });
  });

/** The slots stored in a spec row (validated when written); a row that no longer parses reads as no slots. */
export function parseSpecArtefacts(json: unknown): ArtefactSlot[] {
  const parsed = specArtefactsSchema.safeParse(json);
  return parsed.success ? parsed.data : [];
}
