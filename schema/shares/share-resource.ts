import { z } from 'zod';
import type { FileKind } from '../../api/storage/file-types.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { Enrolment } from '../enrolments/index.js';
import { storeUploads, Upload } from '../files/index.js';
import { recordDecision } from '../history/index.js';
import { publishProgressOf } from '../live/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { ShareLimitError, shareResourceErrors } from './errors.js';
import {
  isHttpUrl,
  MAX_SHARE_MODULE_LENGTH,
  MAX_SHARE_TITLE_LENGTH,
  MAX_SHARE_URL_LENGTH,
  SHARE_MAX_BYTES,
  shareLimitBreached,
} from './rules.js';
import { SHARE_INCLUDE, Share, ShareKind } from './share.js';

/** Types a shared file may have. */
export const SHARE_FILE_TYPES: readonly FileKind[] = ['pdf', 'doc', 'docx', 'pptx', 'xlsx', 'jpg', 'png'];

const ShareResourceInput = builder.inputType('ShareResourceInput', {
  description: 'A resource or article to share: a link or a file (exactly one), a title, and what it serves.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      required: true,
      for: Enrolment,
      description: 'The viewer’s own enrolment in a PUBLISHED or RUNNING programme.',
    }),
    kind: t.field({ type: ShareKind, required: true, description: 'RESOURCE or ARTICLE.' }),
    title: t.string({ required: true, description: `1 to ${MAX_SHARE_TITLE_LENGTH} characters (trimmed).` }),
    url: t.string({
      required: false,
      description: `A link: an http:// or https:// address of at most ${MAX_SHARE_URL_LENGTH} characters. Give this or \`file\`.`,
    }),
    file: t.field({
      type: Upload,
      required: false,
      description: `A file: PDF, DOC, DOCX, PPTX, XLSX, JPEG or PNG (by extension and by content), at most 20 MB (${SHARE_MAX_BYTES} bytes). Give this or \`url\`.`,
    }),
    competencyId: t.globalID({
      required: false,
      for: Competency,
      description: 'The micro-competency it serves: one of the programme’s catalogue.',
    }),
    module: t.string({
      required: false,
      description: `The course module it serves (师德素养, 专业发展 …): 1 to ${MAX_SHARE_MODULE_LENGTH} characters.`,
    }),
  }),
});

const shareSchema = z
  .object({
    enrolmentId: globalIdSchema,
    kind: z.enum(['RESOURCE', 'ARTICLE']),
    title: z.string().trim().min(1).max(MAX_SHARE_TITLE_LENGTH),
    url: z
      .string()
      .trim()
      .refine(isHttpUrl, { message: 'VALIDATION.shareUrl', params: { max: MAX_SHARE_URL_LENGTH } })
      .nullish(),
    file: z.custom<File>((value) => value instanceof Object).nullish(),
    competencyId: globalIdSchema.nullish(),
    module: z.string().trim().min(1).max(MAX_SHARE_MODULE_LENGTH).nullish(),
  })
  .superRefine((input, ctx) => {
    if (!input.url === !input.file)
      ctx.addIssue({ code: 'custom', path: ['url'], message: 'VALIDATION.shareLinkOrFile' });
  });

const OPEN_STATUSES = ['PUBLISHED', 'RUNNING'];

builder.mutationField('shareResource', (t) =>
  t.prismaField({
    type: Share,
    description:
      'A teacher shares a resource or article (上传共享资源 / 学科文章) in their own programme (action share:make): a link or a file, ' +
      'a title, and optionally the competency or module it serves. It counts toward the programme’s scheme (`Enrolment.countedShares`) ' +
      'unless a tutor rejects it. Where the programme caps shares (`rules.shares.maxPerTeacher`), a teacher at the cap gets SHARE_LIMIT_REACHED. ' +
      'Send a file as a multipart request. Recorded in the share’s history (SHARE).',
    authorize: {
      action: 'share:make',
      resource: (_root, args) => ({ kind: 'Enrolment', id: args.input.enrolmentId.id }),
    },
    errors: {
      types: shareResourceErrors,
      result: { description: 'The share is stored.' },
      dataField: { name: 'share', description: 'The new share.' },
    },
    args: { input: t.arg({ type: ShareResourceInput, required: true, description: 'What to share.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(shareSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const enrolment = await prisma.enrolment.findUnique({
        where: { id: input.enrolmentId.id },
        select: {
          id: true,
          teacherId: true,
          orgPath: true,
          classId: true,
          programmeId: true,
          class: { select: { path: true } },
          programme: { select: { status: true, rules: true, catalogueId: true } },
        },
      });
      if (!enrolment) throw new NotFoundError('Enrolment');
      const { programme } = enrolment;
      if (!OPEN_STATUSES.includes(programme.status))
        throw new InvalidStateError('shareProgrammeNotOpen', { status: programme.status });
      if (input.competencyId) {
        const competency = await prisma.competency.findUnique({
          where: { id: input.competencyId.id },
          select: { catalogueId: true },
        });
        if (competency?.catalogueId !== programme.catalogueId)
          throw inputIssue(['competencyId'], 'VALIDATION.shareCompetency');
      }
      const { maxPerTeacher } = parseProgrammeRules(programme.rules).shares;
      const share = await storeUploads(
        prisma,
        context.files.storage,
        input.file ? [input.file] : [],
        {
          allowedTypes: SHARE_FILE_TYPES,
          maxBytes: SHARE_MAX_BYTES,
          // The class's tutors review shares, so the file belongs to the class where there is one.
          orgPath: enrolment.class?.path ?? enrolment.orgPath,
          uploadedById: actorId,
        },
        async (tx, stored) => {
          // One share at a time per enrolment, so two at once cannot both pass the cap.
          await tx.$queryRaw`SELECT id FROM "Enrolment" WHERE id = ${enrolment.id} FOR UPDATE`;
          const active = await tx.share.count({ where: { enrolmentId: enrolment.id, status: 'ACTIVE' } });
          const breached = shareLimitBreached(active, maxPerTeacher);
          if (breached) throw new ShareLimitError(breached.max);
          const created = await tx.share.create({
            data: {
              enrolmentId: enrolment.id,
              teacherId: enrolment.teacherId,
              kind: input.kind,
              title: input.title,
              url: input.url ?? null,
              fileId: stored[0]?.id ?? null,
              competencyId: input.competencyId?.id ?? null,
              module: input.module ?? null,
              orgPath: enrolment.orgPath,
            },
            select: { id: true },
          });
          await recordDecision(tx, {
            subjectType: 'Share',
            subjectId: created.id,
            actorId,
            action: 'SHARE',
            toState: 'ACTIVE',
            orgPath: enrolment.orgPath,
          });
          return created;
        },
      );
      publishProgressOf(context, 'SHARE', [enrolment]);
      return prisma.share.findUniqueOrThrow({ ...payloadQuery(query, SHARE_INCLUDE), where: { id: share.id } });
    },
  }),
);
