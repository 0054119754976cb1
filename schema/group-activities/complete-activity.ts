import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { publishProgress } from '../live/index.js';
import {
  actingUserId,
  globalIdSchema,
  InvalidStateError,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { User } from '../users/index.js';
import { cancelGroupActivityErrors, completeGroupActivityErrors, NotGroupMemberError } from './errors.js';
import { GroupActivity } from './group-activity.js';
import { loadGroupInProgramme, memberEnrolments } from './members.js';
import { MAX_PARTICIPANTS } from './publish-activity.js';
import { transitionProblem } from './rules.js';

const CompleteGroupActivityInput = builder.inputType('CompleteGroupActivityInput', {
  description: 'The leader marks a published activity complete: its participants earn its hours.',
  fields: (t) => ({
    activityId: t.globalID({
      required: true,
      for: GroupActivity,
      description: 'A PUBLISHED activity; the viewer must lead its group.',
    }),
    completedMemberIds: t.globalIDList({
      required: false,
      for: User,
      description:
        `Who took part and earns the hours (1 to ${MAX_PARTICIPANTS}). OFFLINE: some of the named participants (default: all of them); ` +
        'the others earn nothing. Other kinds: members of the group enrolled in the programme (else NOT_GROUP_MEMBER); default: every such ' +
        'member at the time of completion.',
    }),
  }),
});

const completeSchema = z.object({
  activityId: globalIdSchema,
  completedMemberIds: z.array(globalIdSchema).min(1).max(MAX_PARTICIPANTS).nullish(),
});

builder.mutationField('completeGroupActivity', (t) =>
  t.prismaField({
    type: GroupActivity,
    description:
      'The group’s leader completes a PUBLISHED activity (→ COMPLETED, final; action group:publishActivity): each participant earns its ' +
      'hours, recorded in full even above the programme’s cap (only the cap counts; see `Enrolment.groupHours`). The programme must be RUNNING. ' +
      'A completed activity is refused with INVALID_STATE (groupActivityCompleted), a cancelled one likewise (groupActivityCancelled).',
    authorize: {
      action: 'group:publishActivity',
      resource: (_root, args) => ({ kind: 'GroupActivity', id: args.input.activityId.id }),
    },
    errors: {
      types: completeGroupActivityErrors,
      result: { description: 'The activity is completed.' },
      dataField: { name: 'groupActivity', description: 'The completed activity.' },
    },
    args: {
      input: t.arg({
        type: CompleteGroupActivityInput,
        required: true,
        description: 'The activity and who took part.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(completeSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const activityId = input.activityId.id;
      const asked = input.completedMemberIds ? [...new Set(input.completedMemberIds.map((user) => user.id))] : null;
      await prisma.$transaction(async (tx) => {
        const activity = await tx.groupActivity.findUnique({
          where: { id: activityId },
          select: { kind: true, status: true, hours: true, orgPath: true, groupId: true, programmeId: true },
        });
        if (!activity) throw new NotFoundError('GroupActivity');
        const problem = transitionProblem(activity.status, 'COMPLETED');
        if (problem) throw new InvalidStateError(problem);
        const { group, programme } = await loadGroupInProgramme(tx, activity.groupId, activity.programmeId);
        const now = new Date();

        if (activity.kind === 'OFFLINE') {
          const named = await tx.groupActivityParticipant.findMany({
            where: { activityId },
            select: { enrolmentId: true, teacherId: true },
          });
          const namedIds = new Set(named.map((p) => p.teacherId));
          const outsiders = (asked ?? []).filter((id) => !namedIds.has(id));
          if (outsiders.length) throw inputIssue(['completedMemberIds'], 'VALIDATION.groupActivityNotNamedParticipant');
          const earning = asked ? named.filter((p) => asked.includes(p.teacherId)) : named;
          await tx.groupActivityParticipant.updateMany({
            where: { activityId, enrolmentId: { in: earning.map((p) => p.enrolmentId) } },
            data: { completedAt: now },
          });
        } else {
          const { found, refused } = await memberEnrolments(
            tx,
            { groupId: group.id, schoolId: group.schoolId, programmeId: programme.id },
            asked,
          );
          if (refused.length) throw new NotGroupMemberError(refused.map((id) => encodeGlobalID('User', id)));
          if (!found.length) throw new InvalidStateError('groupActivityNoParticipants');
          await tx.groupActivityParticipant.createMany({
            data: found.map((p) => ({ activityId, ...p, hours: activity.hours, completedAt: now })),
            skipDuplicates: true,
          });
        }
        // Guarded by the state read above: a concurrent completion or cancellation makes this count 0.
        const { count } = await tx.groupActivity.updateMany({
          where: { id: activityId, status: 'PUBLISHED' },
          data: { status: 'COMPLETED', completedAt: now },
        });
        if (count !== 1) throw new InvalidStateError('groupActivityCompleted');
        await recordDecision(tx, {
          subjectType: 'GroupActivity',
          subjectId: activityId,
          actorId,
          action: 'COMPLETE',
          fromState: 'PUBLISHED',
          toState: 'COMPLETED',
          orgPath: activity.orgPath,
        });
      });
      await publishProgress(context, 'GROUP_ACTIVITY', {
        groupParticipations: { some: { activityId, completedAt: { not: null } } },
      });
      return prisma.groupActivity.findUniqueOrThrow({ ...payloadQuery(query), where: { id: activityId } });
    },
  }),
);

const CancelGroupActivityInput = builder.inputType('CancelGroupActivityInput', {
  description: 'The leader cancels a published activity: nobody earns its hours.',
  fields: (t) => ({
    activityId: t.globalID({
      required: true,
      for: GroupActivity,
      description: 'A PUBLISHED activity; the viewer must lead its group.',
    }),
  }),
});

builder.mutationField('cancelGroupActivity', (t) =>
  t.prismaField({
    type: GroupActivity,
    description:
      'The group’s leader cancels a PUBLISHED activity (→ CANCELLED, final; action group:publishActivity); nobody earns its hours, its named ' +
      'participants and evidence are kept. Cancelling a cancelled activity changes nothing; a completed one is refused with INVALID_STATE ' +
      '(groupActivityCompleted): its hours are recorded.',
    authorize: {
      action: 'group:publishActivity',
      resource: (_root, args) => ({ kind: 'GroupActivity', id: args.input.activityId.id }),
    },
    errors: {
      types: cancelGroupActivityErrors,
      result: { description: 'The activity is cancelled.' },
      dataField: { name: 'groupActivity', description: 'The cancelled activity.' },
    },
    args: { input: t.arg({ type: CancelGroupActivityInput, required: true, description: 'The activity.' }) },
    resolve: async (query, _root, args, context) => {
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const activityId = args.input.activityId.id;
      await prisma.$transaction(async (tx) => {
        const activity = await tx.groupActivity.findUnique({
          where: { id: activityId },
          select: { status: true, orgPath: true },
        });
        if (!activity) throw new NotFoundError('GroupActivity');
        const problem = transitionProblem(activity.status, 'CANCELLED');
        if (problem) throw new InvalidStateError(problem);
        if (activity.status === 'CANCELLED') return;
        const { count } = await tx.groupActivity.updateMany({
          where: { id: activityId, status: 'PUBLISHED' },
          data: { status: 'CANCELLED' },
        });
        if (count !== 1) {
          // Completed or cancelled meanwhile: the same answer as if it had happened before.
          const now = await tx.groupActivity.findUniqueOrThrow({ where: { id: activityId }, select: { status: true } });
          if (now.status === 'CANCELLED') return;
          throw new InvalidStateError('groupActivityCompleted');
        }
        await recordDecision(tx, {
          subjectType: 'GroupActivity',
          subjectId: activityId,
          actorId,
          action: 'CANCEL',
          fromState: 'PUBLISHED',
          toState: 'CANCELLED',
          orgPath: activity.orgPath,
        });
      });
      return prisma.groupActivity.findUniqueOrThrow({ ...payloadQuery(query), where: { id: activityId } });
    },
  }),
);
