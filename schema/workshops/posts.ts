/** Posting in a workshop (threads and replies, with files) and moderation: pinning, hiding and unhiding posts. */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import type { FileKind } from '../../api/storage/file-types.js';
import { builder } from '../builder.js';
import { attach, storeUploads, Upload } from '../files/index.js';
import { publishProgress, publishProgressOf } from '../live/index.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { moderationErrors, PostTooLongError, postErrors, TooManyAttachmentsError } from './errors.js';
import { countNewPost, recountParticipation } from './participation.js';
import { ATTACHMENT_MAX_BYTES, characters, MAX_ATTACHMENTS, MAX_POST_LENGTH, MAX_REASON_LENGTH } from './rules.js';
import { WITH_WORKSHOP, Workshop, WorkshopActivity, WorkshopPost } from './workshop.js';

/** Types a post's or notice's files may have. */
export const ATTACHMENT_TYPES: readonly FileKind[] = ['pdf', 'doc', 'docx', 'pptx', 'xlsx', 'jpg', 'png'];

const PostInWorkshopInput = builder.inputType('PostInWorkshopInput', {
  description: 'A new post, or a reply, in a workshop.',
  fields: (t) => ({
    workshopId: t.globalID({
      required: true,
      for: Workshop,
      description: 'The workshop; the viewer must take part in it (a member or a host) or tutor its class.',
    }),
    activityId: t.globalID({
      required: false,
      for: WorkshopActivity,
      description: 'An activity of the workshop to post in (a reply is in its thread’s activity).',
    }),
    parentId: t.globalID({
      required: false,
      for: WorkshopPost,
      description: 'The post of the same workshop this one replies to.',
    }),
    body: t.string({
      required: true,
      description: `Plain text, 1 to ${MAX_POST_LENGTH} characters (trimmed).`,
    }),
    attachments: t.field({
      type: [Upload],
      required: false,
      description: `Up to ${MAX_ATTACHMENTS} files: PDF, DOC, DOCX, PPTX, XLSX, JPEG or PNG (by extension and by content), each at most 20 MB. Send as a multipart request.`,
    }),
  }),
});

const postSchema = z.object({
  workshopId: globalIdSchema,
  activityId: globalIdSchema.nullish(),
  parentId: globalIdSchema.nullish(),
  body: z.string().trim().min(1),
});

/** The programme's workshop rules and whether it is running. */
async function loadWorkshop(db: Transaction | Context['db']['prisma'], workshopId: string) {
  return db.workshop.findUniqueOrThrow({
    where: { id: workshopId },
    select: { id: true, orgPath: true, programmeId: true, programme: { select: { status: true, rules: true } } },
  });
}

builder.mutationField('postInWorkshop', (t) =>
  t.prismaField({
    type: WorkshopPost,
    description:
      'Posts in a workshop, or replies to one of its posts, optionally with files (a multipart request). The viewer must take part in the ' +
      'workshop or tutor its class (action workshop:post). A post in an activity, within its window and at least rules.workshop.minPostLength ' +
      'characters long, counts as the author’s participation, once per activity however often they post; a post outside the window is kept ' +
      'but does not count (the payload’s `counted` says whether it did). The programme must be RUNNING.',
    authorize: {
      action: 'workshop:post',
      resource: (_root, args) => ({ kind: 'Workshop', id: args.input.workshopId.id }),
    },
    errors: {
      types: postErrors,
      result: { description: 'The post is saved.' },
      dataField: { name: 'post', description: 'The new post; its `counted` tells whether it counts as participation.' },
    },
    args: {
      input: t.arg({ type: PostInWorkshopInput, required: true, description: 'The workshop, the text and the files.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(postSchema, args.input);
      const length = characters(input.body);
      if (length > MAX_POST_LENGTH) throw new PostTooLongError(MAX_POST_LENGTH, length);
      const files = args.input.attachments ?? [];
      if (files.length > MAX_ATTACHMENTS) throw new TooManyAttachmentsError(MAX_ATTACHMENTS);
      const prisma = context.db.prisma;
      const authorId = actingUserId(context);
      const workshop = await loadWorkshop(prisma, input.workshopId.id);
      if (workshop.programme.status !== 'RUNNING') throw new InvalidStateError('programmeNotRunning');

      let activityId = input.activityId?.id ?? null;
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = await prisma.workshopPost.findUnique({
          where: { id: input.parentId.id },
          select: { id: true, workshopId: true, activityId: true, hiddenAt: true },
        });
        if (!parent || parent.workshopId !== workshop.id)
          throw inputIssue(['parentId'], 'VALIDATION.elsewhere', { field: 'parentId' });
        if (parent.hiddenAt) throw new InvalidStateError('replyToHidden');
        if (activityId && parent.activityId !== activityId)
          throw inputIssue(['activityId'], 'VALIDATION.elsewhere', { field: 'activityId' });
        activityId = parent.activityId;
        parentId = parent.id;
      } else if (activityId) {
        const activity = await prisma.workshopActivity.findUnique({
          where: { id: activityId },
          select: { workshopId: true },
        });
        if (activity?.workshopId !== workshop.id)
          throw inputIssue(['activityId'], 'VALIDATION.elsewhere', { field: 'activityId' });
      }

      const enrolment = await prisma.enrolment.findUnique({
        where: { programmeId_teacherId: { programmeId: workshop.programmeId, teacherId: authorId } },
        select: {
          id: true,
          teacherId: true,
          classId: true,
          programmeId: true,
          orgPath: true,
          class: { select: { path: true } },
        },
      });
      const minPostLength = parseProgrammeRules(workshop.programme.rules).workshop.minPostLength;
      // The author's class (or school): their tutors and admins follow it in the class feed.
      const postPath = enrolment?.class?.path ?? enrolment?.orgPath ?? workshop.orgPath;
      const post = await storeUploads(
        prisma,
        context.files.storage,
        files,
        {
          allowedTypes: ATTACHMENT_TYPES,
          maxBytes: ATTACHMENT_MAX_BYTES,
          // The author's class or school: the path the download route checks (see the module's README notes).
          orgPath: postPath,
          uploadedById: authorId,
        },
        async (tx, stored) => {
          const created = await tx.workshopPost.create({
            data: {
              workshopId: workshop.id,
              activityId,
              parentId,
              authorId,
              body: input.body,
              orgPath: postPath,
            },
            select: { id: true },
          });
          await attach(tx, 'WorkshopPost', created.id, stored);
          if (activityId && enrolment) await countNewPost(tx, activityId, enrolment.id, authorId, minPostLength);
          return created;
        },
      );
      if (enrolment) publishProgressOf(context, 'POST', [enrolment]);
      return prisma.workshopPost.findUniqueOrThrow({ ...payloadQuery(query, WITH_WORKSHOP), where: { id: post.id } });
    },
  }),
);

/**
 * Sets or clears a post's hidden state and recounts its author's participation in the activity in the same
 * transaction: a hidden post stops counting, an unhidden one counts again.
 */
async function setHidden(context: Context, postId: string, hide: { reason: string } | null): Promise<void> {
  const actorId = actingUserId(context);
  await context.db.prisma.$transaction(async (tx) => {
    const post = await tx.workshopPost.findUniqueOrThrow({
      where: { id: postId },
      select: {
        id: true,
        hiddenAt: true,
        activityId: true,
        authorId: true,
        workshop: { select: { programmeId: true, programme: { select: { rules: true } } } },
      },
    });
    if ((post.hiddenAt !== null) === (hide !== null)) return;
    await tx.workshopPost.update({
      where: { id: post.id },
      data: hide
        ? { hiddenAt: new Date(), hiddenById: actorId, hiddenReason: hide.reason }
        : { hiddenAt: null, hiddenById: null, hiddenReason: null },
      select: { id: true },
    });
    if (!post.activityId) return;
    const enrolment = await tx.enrolment.findUnique({
      where: { programmeId_teacherId: { programmeId: post.workshop.programmeId, teacherId: post.authorId } },
      select: { id: true },
    });
    if (!enrolment) return;
    const minPostLength = parseProgrammeRules(post.workshop.programme.rules).workshop.minPostLength;
    await recountParticipation(tx, post.activityId, enrolment.id, post.authorId, minPostLength);
  });
  await publishProgress(context, 'POST', {
    teacher: { workshopPosts: { some: { id: postId } } },
    programme: { workshops: { some: { posts: { some: { id: postId } } } } },
  });
}

const HidePostInput = builder.inputType('HidePostInput', {
  description: 'A post to hide, with the reason.',
  fields: (t) => ({
    postId: t.globalID({ required: true, for: WorkshopPost, description: 'The post.' }),
    reason: t.string({
      required: true,
      description: `Why it is hidden, 1 to ${MAX_REASON_LENGTH} characters; shown to its author and moderators.`,
    }),
  }),
});
const hideSchema = z.object({ postId: globalIdSchema, reason: z.string().trim().min(1).max(MAX_REASON_LENGTH) });

const PostRefInput = builder.inputType('UnhidePostInput', {
  description: 'A hidden post to show again.',
  fields: (t) => ({ postId: t.globalID({ required: true, for: WorkshopPost, description: 'The post.' }) }),
});

const PinPostInput = builder.inputType('PinPostInput', {
  description: 'A post to pin or unpin.',
  fields: (t) => ({
    postId: t.globalID({ required: true, for: WorkshopPost, description: 'The post (pinning matters for threads).' }),
    pinned: t.boolean({ required: true, description: 'True pins it (first in the list), false unpins it.' }),
  }),
});

const MODERATORS =
  'Only its moderators may (action workshop:host): the workshop’s host, the activity’s host, the class’s tutors (class workshops) and the district’s admins.';

builder.mutationField('hidePost', (t) =>
  t.prismaField({
    type: WorkshopPost,
    description: `Hides a post (moderation): it keeps its place in its thread without text or files, and stops counting as participation. Hiding a hidden post changes nothing. ${MODERATORS}`,
    authorize: {
      action: 'workshop:host',
      resource: (_root, args) => ({ kind: 'WorkshopPost', id: args.input.postId.id }),
    },
    errors: {
      types: moderationErrors,
      result: { description: 'The post is hidden.' },
      dataField: { name: 'post', description: 'The post.' },
    },
    args: { input: t.arg({ type: HidePostInput, required: true, description: 'The post and the reason.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(hideSchema, args.input);
      await setHidden(context, input.postId.id, { reason: input.reason });
      return context.db.prisma.workshopPost.findUniqueOrThrow({
        ...payloadQuery(query, WITH_WORKSHOP),
        where: { id: input.postId.id },
      });
    },
  }),
);

builder.mutationField('unhidePost', (t) =>
  t.prismaField({
    type: WorkshopPost,
    description: `Shows a hidden post again; it counts again if it qualifies. Unhiding a visible post changes nothing. ${MODERATORS}`,
    authorize: {
      action: 'workshop:host',
      resource: (_root, args) => ({ kind: 'WorkshopPost', id: args.input.postId.id }),
    },
    errors: {
      types: moderationErrors,
      result: { description: 'The post is visible.' },
      dataField: { name: 'post', description: 'The post.' },
    },
    args: { input: t.arg({ type: PostRefInput, required: true, description: 'The post.' }) },
    resolve: async (query, _root, args, context) => {
      await setHidden(context, args.input.postId.id, null);
      return context.db.prisma.workshopPost.findUniqueOrThrow({
        ...payloadQuery(query, WITH_WORKSHOP),
        where: { id: args.input.postId.id },
      });
    },
  }),
);

builder.mutationField('pinPost', (t) =>
  t.prismaField({
    type: WorkshopPost,
    description: `Pins a post (pinned threads come first) or unpins it. ${MODERATORS}`,
    authorize: {
      action: 'workshop:host',
      resource: (_root, args) => ({ kind: 'WorkshopPost', id: args.input.postId.id }),
    },
    errors: {
      types: moderationErrors,
      result: { description: 'The post is pinned or unpinned.' },
      dataField: { name: 'post', description: 'The post.' },
    },
    args: { input: t.arg({ type: PinPostInput, required: true, description: 'The post and whether to pin it.' }) },
    resolve: async (query, _root, args, context) => {
      const id = args.input.postId.id;
      await context.db.prisma.workshopPost.update({
        where: { id },
        data: { pinned: args.input.pinned },
        select: { id: true },
      });
      return context.db.prisma.workshopPost.findUniqueOrThrow({ ...payloadQuery(query, WITH_WORKSHOP), where: { id } });
    },
  }),
);
