/** A workshop's activities: hosts publish and change them; the district appoints workshop hosts. */
import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import { builder } from '../builder.js';
import { parseProgrammeRules } from '../programmes/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { User } from '../users/index.js';
import { activityErrors, HostNotEligibleError, hostErrors } from './errors.js';
import { hostKey } from './resources.js';
import { isWebUrl, MAX_DESCRIPTION_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from './rules.js';
import { ActivityKind, WITH_WORKSHOP, Workshop, WorkshopActivity } from './workshop.js';

/** Roles that may host a workshop or an activity, held at or below the programme's district. */
const HOST_ROLES = ['EXPERT', 'CLASS_TUTOR', 'DISTRICT_ADMIN'] as const;

/** Refuses a host who holds no hosting role in the programme's district (HOST_NOT_ELIGIBLE). */
async function assertEligibleHost(db: Transaction, userId: string, districtPath: string): Promise<void> {
  const role = await db.roleAssignment.findFirst({
    where: {
      userId,
      role: { in: [...HOST_ROLES] },
      orgPath: { startsWith: districtPath },
      user: { deactivatedAt: null },
    },
    select: { id: true },
  });
  if (!role) throw new HostNotEligibleError();
}

/**
 * Recounts every teacher's participation in an activity (after its window changed): the first qualifying post of
 * each author enrolled in the programme.
 */
async function recountActivity(tx: Transaction, activityId: string, programmeId: string, minPostLength: number) {
  await tx.$executeRaw`DELETE FROM "ActivityParticipation" WHERE "activityId" = ${activityId}`;
  await tx.$executeRaw`
    INSERT INTO "ActivityParticipation" ("activityId", "enrolmentId", "teacherId", "postId", "countedAt")
    SELECT DISTINCT ON (p."authorId") p."activityId", e.id, p."authorId", p.id, p."createdAt"
    FROM "WorkshopPost" p
    JOIN "WorkshopActivity" a ON a.id = p."activityId"
    JOIN "Enrolment" e ON e."programmeId" = ${programmeId} AND e."teacherId" = p."authorId"
    WHERE p."activityId" = ${activityId} AND p."hiddenAt" IS NULL
      AND p."createdAt" >= a."opensAt" AND p."createdAt" <= a."closesAt"
      AND char_length(p.body) >= ${minPostLength}
    ORDER BY p."authorId", p."createdAt", p.id`;
}

const activityFields = {
  kind: z.enum(['DISCUSSION', 'LIVE_QA', 'LESSON_CRITIQUE', 'STUDY_ASSIGNMENT', 'OFFLINE', 'RESOURCE_SHARE']),
  title: z.string().trim().min(1).max(MAX_TITLE_LENGTH),
  description: z.string().trim().max(MAX_DESCRIPTION_LENGTH).nullish(),
  opensAt: z.date(),
  closesAt: z.date(),
  hostId: globalIdSchema.nullish(),
  scheduledAt: z.date().nullish(),
  streamUrl: z
    .string()
    .trim()
    .max(MAX_URL_LENGTH)
    .refine(isWebUrl, { message: 'VALIDATION.webUrl', params: { field: 'streamUrl' } })
    .nullish(),
};

type ActivityShape = {
  kind?: string;
  opensAt?: Date;
  closesAt?: Date;
  scheduledAt?: Date | null;
  streamUrl?: string | null;
};

/** The window must close after it opens; a schedule and a stream belong to LIVE_QA activities only. */
function checkActivity(activity: ActivityShape, ctx: z.RefinementCtx) {
  if (activity.opensAt && activity.closesAt && activity.closesAt <= activity.opensAt)
    ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'VALIDATION.activityWindow' });
  if (activity.kind && activity.kind !== 'LIVE_QA') {
    for (const field of ['scheduledAt', 'streamUrl'] as const) {
      if (activity[field])
        ctx.addIssue({ code: 'custom', path: [field], message: 'VALIDATION.liveOnly', params: { field } });
    }
  }
}

const createSchema = z.object({ workshopId: globalIdSchema, ...activityFields }).superRefine(checkActivity);

const CreateWorkshopActivityInput = builder.inputType('CreateWorkshopActivityInput', {
  description: 'A new activity of a workshop.',
  fields: (t) => ({
    workshopId: t.globalID({ required: true, for: Workshop, description: 'The workshop.' }),
    kind: t.field({ type: ActivityKind, required: true, description: 'What the activity is.' }),
    title: t.string({ required: true, description: `1 to ${MAX_TITLE_LENGTH} characters.` }),
    description: t.string({ required: false, description: `At most ${MAX_DESCRIPTION_LENGTH} characters.` }),
    opensAt: t.field({ type: 'DateTime', required: true, description: 'Start of the window.' }),
    closesAt: t.field({ type: 'DateTime', required: true, description: 'End of the window; after opensAt.' }),
    hostId: t.globalID({
      required: false,
      for: User,
      description:
        'The host: an expert, a class tutor or an admin of the programme’s district. Default: the viewer (who must be one of those).',
    }),
    scheduledAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'LIVE_QA only: when the broadcast starts.',
    }),
    streamUrl: t.string({
      required: false,
      description: `LIVE_QA only: the stream’s http:// or https:// link, at most ${MAX_URL_LENGTH} characters.`,
    }),
  }),
});

builder.mutationField('createWorkshopActivity', (t) =>
  t.prismaField({
    type: WorkshopActivity,
    description:
      'Publishes an activity in a workshop (a discussion, a live Q&A with its schedule and stream link, a lesson critique …) with its window ' +
      'and host. Only the workshop’s host, the class’s tutors (class workshops) and the district’s admins may (action workshop:host). ' +
      'The programme must be RUNNING.',
    authorize: {
      action: 'workshop:host',
      resource: (_root, args) => ({ kind: 'Workshop', id: hostKey(args.input.workshopId.id) }),
    },
    errors: {
      types: activityErrors,
      result: { description: 'The activity is published.' },
      dataField: { name: 'activity', description: 'The new activity.' },
    },
    args: { input: t.arg({ type: CreateWorkshopActivityInput, required: true, description: 'The activity.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(createSchema, args.input);
      const prisma = context.db.prisma;
      const hostId = input.hostId?.id ?? actingUserId(context);
      const id = await prisma.$transaction(async (tx) => {
        const workshop = await tx.workshop.findUniqueOrThrow({
          where: { id: input.workshopId.id },
          select: { id: true, orgPath: true, programme: { select: { status: true, orgPath: true } } },
        });
        if (workshop.programme.status !== 'RUNNING') throw new InvalidStateError('programmeNotRunning');
        await assertEligibleHost(tx, hostId, workshop.programme.orgPath);
        const created = await tx.workshopActivity.create({
          data: {
            workshopId: workshop.id,
            kind: input.kind,
            title: input.title,
            description: input.description || null,
            opensAt: input.opensAt,
            closesAt: input.closesAt,
            hostId,
            scheduledAt: input.scheduledAt ?? null,
            streamUrl: input.streamUrl ?? null,
            orgPath: workshop.orgPath,
          },
          select: { id: true },
        });
        return created.id;
      });
      return prisma.workshopActivity.findUniqueOrThrow({ ...payloadQuery(query, WITH_WORKSHOP), where: { id } });
    },
  }),
);

const UpdateWorkshopActivityInput = builder.inputType('UpdateWorkshopActivityInput', {
  description: 'Changes to an activity; omitted fields stay, null clears an optional one.',
  fields: (t) => ({
    activityId: t.globalID({ required: true, for: WorkshopActivity, description: 'The activity.' }),
    title: t.string({ required: false, description: `1 to ${MAX_TITLE_LENGTH} characters.` }),
    description: t.string({ required: false, description: `At most ${MAX_DESCRIPTION_LENGTH} characters.` }),
    opensAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'Start of the window. Changing the window recounts every teacher’s participation.',
    }),
    closesAt: t.field({ type: 'DateTime', required: false, description: 'End of the window; after opensAt.' }),
    hostId: t.globalID({
      required: false,
      for: User,
      description: 'A new host (an expert, tutor or admin of the district).',
    }),
    scheduledAt: t.field({
      type: 'DateTime',
      required: false,
      description: 'LIVE_QA only: when the broadcast starts.',
    }),
    streamUrl: t.string({ required: false, description: 'LIVE_QA only: the stream’s http:// or https:// link.' }),
  }),
});

const updateSchema = z.object({
  activityId: globalIdSchema,
  title: activityFields.title.nullish(),
  description: activityFields.description,
  opensAt: z.date().nullish(),
  closesAt: z.date().nullish(),
  hostId: globalIdSchema.nullish(),
  scheduledAt: activityFields.scheduledAt,
  streamUrl: activityFields.streamUrl,
});

builder.mutationField('updateWorkshopActivity', (t) =>
  t.prismaField({
    type: WorkshopActivity,
    description:
      'Changes an activity. A new window recounts every teacher’s participation in it. Only its host, the workshop’s host, the class’s tutors ' +
      'and the district’s admins may (action workshop:host).',
    authorize: {
      action: 'workshop:host',
      resource: (_root, args) => ({ kind: 'WorkshopActivity', id: args.input.activityId.id }),
    },
    errors: {
      types: activityErrors,
      result: { description: 'The activity is changed.' },
      dataField: { name: 'activity', description: 'The activity as now saved.' },
    },
    args: { input: t.arg({ type: UpdateWorkshopActivityInput, required: true, description: 'The changes.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(updateSchema, args.input);
      const prisma = context.db.prisma;
      const id = input.activityId.id;
      await prisma.$transaction(async (tx) => {
        const current = await tx.workshopActivity.findUniqueOrThrow({
          where: { id },
          select: {
            kind: true,
            opensAt: true,
            closesAt: true,
            workshop: { select: { programmeId: true, programme: { select: { orgPath: true, rules: true } } } },
          },
        });
        const next = {
          kind: current.kind,
          opensAt: input.opensAt ?? current.opensAt,
          closesAt: input.closesAt ?? current.closesAt,
          scheduledAt: input.scheduledAt,
          streamUrl: input.streamUrl,
        };
        if (next.closesAt <= next.opensAt) throw inputIssue(['closesAt'], 'VALIDATION.activityWindow');
        if (current.kind !== 'LIVE_QA') {
          if (input.scheduledAt) throw inputIssue(['scheduledAt'], 'VALIDATION.liveOnly', { field: 'scheduledAt' });
          if (input.streamUrl) throw inputIssue(['streamUrl'], 'VALIDATION.liveOnly', { field: 'streamUrl' });
        }
        if (input.hostId) await assertEligibleHost(tx, input.hostId.id, current.workshop.programme.orgPath);
        await tx.workshopActivity.update({
          where: { id },
          data: {
            ...(input.title ? { title: input.title } : {}),
            ...(input.description !== undefined ? { description: input.description || null } : {}),
            opensAt: next.opensAt,
            closesAt: next.closesAt,
            ...(input.hostId ? { hostId: input.hostId.id } : {}),
            ...(input.scheduledAt !== undefined ? { scheduledAt: input.scheduledAt } : {}),
            ...(input.streamUrl !== undefined ? { streamUrl: input.streamUrl } : {}),
          },
          select: { id: true },
        });
        const windowChanged =
          next.opensAt.getTime() !== current.opensAt.getTime() ||
          next.closesAt.getTime() !== current.closesAt.getTime();
        if (windowChanged) {
          const minPostLength = parseProgrammeRules(current.workshop.programme.rules).workshop.minPostLength;
          await recountActivity(tx, id, current.workshop.programmeId, minPostLength);
        }
      });
      return prisma.workshopActivity.findUniqueOrThrow({ ...payloadQuery(query, WITH_WORKSHOP), where: { id } });
    },
  }),
);

const SetWorkshopHostInput = builder.inputType('SetWorkshopHostInput', {
  description: 'The host of a workshop.',
  fields: (t) => ({
    workshopId: t.globalID({ required: true, for: Workshop, description: 'The workshop.' }),
    hostId: t.globalID({
      required: false,
      for: User,
      description: 'An expert, a class tutor or an admin of the programme’s district; null removes the host.',
    }),
  }),
});
const setHostSchema = z.object({ workshopId: globalIdSchema, hostId: globalIdSchema.nullish() });

builder.mutationField('setWorkshopHost', (t) =>
  t.prismaField({
    type: Workshop,
    description:
      'Appoints (or removes) a workshop’s host, who then publishes its activities and moderates its posts. Only the district’s admins may ' +
      '(action workshop:manage).',
    authorize: {
      action: 'workshop:manage',
      resource: (_root, args) => ({ kind: 'Workshop', id: args.input.workshopId.id }),
    },
    errors: {
      types: hostErrors,
      result: { description: 'The host is set.' },
      dataField: { name: 'workshop', description: 'The workshop.' },
    },
    args: { input: t.arg({ type: SetWorkshopHostInput, required: true, description: 'The workshop and its host.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(setHostSchema, args.input);
      const prisma = context.db.prisma;
      await prisma.$transaction(async (tx) => {
        const workshop = await tx.workshop.findUniqueOrThrow({
          where: { id: input.workshopId.id },
          select: { programme: { select: { orgPath: true } } },
        });
        if (input.hostId) await assertEligibleHost(tx, input.hostId.id, workshop.programme.orgPath);
        await tx.workshop.update({
          where: { id: input.workshopId.id },
          data: { hostId: input.hostId?.id ?? null },
          select: { id: true },
        });
      });
      return prisma.workshop.findUniqueOrThrow({ ...payloadQuery(query), where: { id: input.workshopId.id } });
    },
  }),
);
