/** Class announcements (公告) and briefings (简报): tutors publish them; the class's teachers and its readers read them. */
import { z } from 'zod';
import { builder } from '../builder.js';
import { attach, storeUploads, Upload } from '../files/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { noticeErrors, PostTooLongError, TooManyAttachmentsError } from './errors.js';
import { membership } from './membership.js';
import { ATTACHMENT_TYPES } from './posts.js';
import {
  ATTACHMENT_MAX_BYTES,
  characters,
  MAX_ATTACHMENTS,
  MAX_NOTICE_LENGTH,
  MAX_TITLE_LENGTH,
  sanitizeNotice,
} from './rules.js';
import { ClassNotice, ClassNoticeKind, readerScope } from './workshop.js';

const PublishClassNoticeInput = builder.inputType('PublishClassNoticeInput', {
  description: 'A class announcement or briefing.',
  fields: (t) => ({
    classId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The class (an Organisation of kind CLASS).',
    }),
    programmeId: t.globalID({
      required: true,
      for: Programme,
      description: 'A RUNNING programme with teachers enrolled in the class.',
    }),
    kind: t.field({ type: ClassNoticeKind, required: true, description: 'ANNOUNCEMENT (公告) or BRIEFING (简报).' }),
    title: t.string({ required: true, description: `1 to ${MAX_TITLE_LENGTH} characters.` }),
    body: t.string({
      required: true,
      description: `Rich text as HTML; cleaned on save (scripts, styles, event handlers, images and non-http(s) links removed); at most ${MAX_NOTICE_LENGTH} characters once cleaned.`,
    }),
    attachments: t.field({
      type: [Upload],
      required: false,
      description: `Up to ${MAX_ATTACHMENTS} files: PDF, DOC, DOCX, PPTX, XLSX, JPEG or PNG, each at most 20 MB. Send as a multipart request.`,
    }),
  }),
});

const noticeSchema = z.object({
  classId: globalIdSchema,
  programmeId: globalIdSchema,
  kind: z.enum(['ANNOUNCEMENT', 'BRIEFING']),
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  body: z.string(),
});

builder.mutationField('publishClassNotice', (t) =>
  t.prismaField({
    type: ClassNotice,
    description:
      'Publishes a class announcement (公告) or briefing (简报) for a programme, with files. Only the class’s tutors may (action class:publishNotice).',
    authorize: {
      action: 'class:publishNotice',
      resource: (_root, args) => ({ kind: 'Class', id: args.input.classId.id }),
    },
    errors: {
      types: noticeErrors,
      result: { description: 'The notice is published.' },
      dataField: { name: 'notice', description: 'The new notice.' },
    },
    args: { input: t.arg({ type: PublishClassNoticeInput, required: true, description: 'The notice.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(noticeSchema, args.input);
      const body = sanitizeNotice(input.body);
      if (!body) throw inputIssue(['body'], 'VALIDATION.emptyNotice');
      const length = characters(body);
      if (length > MAX_NOTICE_LENGTH) throw new PostTooLongError(MAX_NOTICE_LENGTH, length);
      const files = args.input.attachments ?? [];
      if (files.length > MAX_ATTACHMENTS) throw new TooManyAttachmentsError(MAX_ATTACHMENTS);
      const prisma = context.db.prisma;
      const authorId = actingUserId(context);
      const klass = await prisma.organisation.findUniqueOrThrow({
        where: { id: input.classId.id },
        select: { id: true, path: true },
      });
      const enrolled = await prisma.enrolment.findFirst({
        where: { classId: klass.id, programmeId: input.programmeId.id },
        select: { programme: { select: { status: true } } },
      });
      if (!enrolled) throw new InvalidStateError('noClassEnrolment');
      if (enrolled.programme.status !== 'RUNNING') throw new InvalidStateError('programmeNotRunning');
      const notice = await storeUploads(
        prisma,
        context.files.storage,
        files,
        { allowedTypes: ATTACHMENT_TYPES, maxBytes: ATTACHMENT_MAX_BYTES, orgPath: klass.path, uploadedById: authorId },
        async (tx, stored) => {
          const created = await tx.classNotice.create({
            data: {
              programmeId: input.programmeId.id,
              classId: klass.id,
              kind: input.kind,
              title: input.title,
              body,
              authorId,
              orgPath: klass.path,
            },
            select: { id: true },
          });
          await attach(tx, 'ClassNotice', created.id, stored);
          return created;
        },
      );
      return prisma.classNotice.findUniqueOrThrow({ ...payloadQuery(query), where: { id: notice.id } });
    },
  }),
);

builder.prismaObjectFields('Organisation', (t) => ({
  classNotices: t.prismaConnection({
    type: ClassNotice,
    cursor: 'id',
    description:
      'A class’s announcements and briefings, newest first: for its teachers (in the programmes they are enrolled in), its tutors and the admins ' +
      'above. Empty for other organisations and other viewers. At most 100 a page.',
    args: {
      programmeId: t.arg.globalID({ required: false, for: Programme, description: 'Only notices of this programme.' }),
      kind: t.arg({ type: ClassNoticeKind, required: false, description: 'Only announcements or only briefings.' }),
    },
    resolve: async (query, organisation, args, context) => {
      if (organisation.kind !== 'CLASS') return [];
      const reader = readerScope(context).some((root) => organisation.path.startsWith(root));
      const member = await membership(context);
      const programmes = [...member.enrolledClasses]
        .filter((key) => key.endsWith(`:${organisation.id}`))
        .map((key) => key.slice(0, key.indexOf(':')));
      if (!reader && programmes.length === 0) return [];
      return context.db.prisma.classNotice.findMany({
        ...query,
        where: {
          classId: organisation.id,
          AND: [
            reader ? {} : { programmeId: { in: programmes } },
            args.programmeId ? { programmeId: args.programmeId.id } : {},
          ],
          ...(args.kind ? { kind: args.kind } : {}),
        },
        orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
}));
