import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { Transaction } from '../../api/db/client.js';
import type { FileKind } from '../../api/storage/file-types.js';

type UploadedFile = File;

import { builder } from '../builder.js';
import { storeUploads, Upload } from '../files/index.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
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
import {
  addEvidenceErrors,
  GroupActivityHoursError,
  NotGroupMemberError,
  publishGroupActivityErrors,
} from './errors.js';
import { EVIDENCE_OWNER, GroupActivity, GroupActivityKind } from './group-activity.js';
import { loadGroupInProgramme, memberEnrolments } from './members.js';
import { activityHours } from './rules.js';

/** Longest title, in characters. */
export const MAX_TITLE_LENGTH = 200;
/** Longest description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 5000;
/** Most participants named at once. */
export const MAX_PARTICIPANTS = 100;
/** Most evidence files sent at once, and kept per activity. */
export const MAX_EVIDENCE_PER_CALL = 10;
export const MAX_EVIDENCE_PER_ACTIVITY = 30;
/** Largest evidence file: 10 MB. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
/** Types evidence may have (records and reports; see the README for photos). */
export const EVIDENCE_TYPES: readonly FileKind[] = ['jpg', 'png', 'pdf', 'doc', 'docx', 'xlsx'];

/** An uploaded file: the Upload scalar has already refused anything else. */
const uploadSchema = z.custom<UploadedFile>((value) => value !== null && typeof value === 'object');

/** No control characters but line breaks and tabs. */
const CONTROL = /[\p{Cc}]/u;
const LINE_CONTROL = /[^\P{Cc}\n\r\t]/u;

const titleSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TITLE_LENGTH)
  .refine((value) => !CONTROL.test(value), { message: 'VALIDATION.invalid' });
const descriptionSchema = z
  .string()
  .trim()
  .max(MAX_DESCRIPTION_LENGTH)
  .refine((value) => !LINE_CONTROL.test(value), { message: 'VALIDATION.invalid' })
  .nullish()
  .transform((value) => value || null);

const publishSchema = z
  .object({
    programmeId: globalIdSchema,
    groupId: globalIdSchema,
    kind: z.enum(['TEACHING_DISCUSSION', 'STUDY_ASSIGNMENT', 'LESSON_CRITIQUE', 'OFFLINE']),
    title: titleSchema,
    description: descriptionSchema,
    startsAt: z.date().nullish(),
    endsAt: z.date().nullish(),
    hours: z.number().nullish(),
    participantIds: z.array(globalIdSchema).max(MAX_PARTICIPANTS).nullish(),
    evidence: z.array(uploadSchema).max(MAX_EVIDENCE_PER_CALL).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'VALIDATION.groupActivityEndsBeforeStarts' });
    const offline = input.kind === 'OFFLINE';
    if (!offline && input.participantIds?.length)
      ctx.addIssue({ code: 'custom', path: ['participantIds'], message: 'VALIDATION.groupActivityOfflineOnly' });
    if (!offline && input.evidence?.length)
      ctx.addIssue({ code: 'custom', path: ['evidence'], message: 'VALIDATION.groupActivityOfflineOnly' });
    if (offline && !input.participantIds?.length)
      ctx.addIssue({ code: 'custom', path: ['participantIds'], message: 'VALIDATION.groupActivityNeedsParticipants' });
  });

const PublishGroupActivityInput = builder.inputType('PublishGroupActivityInput', {
  description:
    'A school-based activity (校本研修活动) a group leader publishes for the group’s members in a programme.',
  fields: (t) => ({
    programmeId: t.globalID({
      required: true,
      for: Programme,
      description: 'A RUNNING programme with the group’s school in one of its batches.',
    }),
    groupId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The teaching-research group (kind GROUP, active); the viewer must be its leader.',
    }),
    kind: t.field({ type: GroupActivityKind, required: true, description: 'What the activity is.' }),
    title: t.string({ required: true, description: `1 to ${MAX_TITLE_LENGTH} characters, no control characters.` }),
    description: t.string({
      required: false,
      description: `What the members do: plain text, at most ${MAX_DESCRIPTION_LENGTH} characters (line breaks allowed).`,
    }),
    startsAt: t.field({ type: 'DateTime', required: false, description: 'When it starts (optional).' }),
    endsAt: t.field({ type: 'DateTime', required: false, description: 'When it ends (optional); after startsAt.' }),
    hours: t.float({
      required: false,
      description:
        'OFFLINE only, and required there: the hours (学时) a participant earns, more than 0 and at most the programme’s offlineMaxHours ' +
        '(10 in Guangdong), at most one decimal place. The other kinds earn the programme’s hours for the kind: giving any is refused ' +
        '(GROUP_ACTIVITY_HOURS).',
    }),
    participantIds: t.globalIDList({
      required: false,
      for: User,
      description: `OFFLINE only, and required there: 1 to ${MAX_PARTICIPANTS} participants, each a member of the group enrolled in the programme (else NOT_GROUP_MEMBER).`,
    }),
    evidence: t.field({
      type: [Upload],
      required: false,
      description:
        `OFFLINE only: up to ${MAX_EVIDENCE_PER_CALL} files of evidence (photos as PDF, records): PDF, DOC, DOCX or XLSX by extension and content, ` +
        `each at most 10 MB (${EVIDENCE_MAX_BYTES} bytes). More can be added later (addGroupActivityEvidence).`,
    }),
  }),
});

/** Creates the activity, its named participants and its evidence in the transaction given. */
async function createActivity(
  tx: Transaction,
  data: {
    programmeId: string;
    group: { id: string; path: string };
    kind: 'TEACHING_DISCUSSION' | 'STUDY_ASSIGNMENT' | 'LESSON_CRITIQUE' | 'OFFLINE';
    title: string;
    description: string | null;
    startsAt: Date | null;
    endsAt: Date | null;
    hours: number;
    publishedById: string;
    participants: Array<{ enrolmentId: string; teacherId: string }>;
    files: Array<{ id: string }>;
  },
): Promise<string> {
  const activity = await tx.groupActivity.create({
    data: {
      programmeId: data.programmeId,
      groupId: data.group.id,
      orgPath: data.group.path,
      kind: data.kind,
      title: data.title,
      description: data.description,
      startsAt: data.startsAt,
      endsAt: data.endsAt,
      hours: data.hours,
      publishedById: data.publishedById,
    },
    select: { id: true },
  });
  await tx.groupActivityParticipant.createMany({
    data: data.participants.map((p) => ({ activityId: activity.id, ...p, hours: data.hours })),
  });
  await tx.attachment.createMany({
    data: data.files.map((file, position) => ({
      ownerType: EVIDENCE_OWNER,
      ownerId: activity.id,
      fileId: file.id,
      position,
    })),
  });
  await recordDecision(tx, {
    subjectType: EVIDENCE_OWNER,
    subjectId: activity.id,
    actorId: data.publishedById,
    action: 'PUBLISH',
    toState: 'PUBLISHED',
    comment: `${data.kind} ${data.hours} h`,
    orgPath: data.group.path,
  });
  return activity.id;
}

builder.mutationField('publishGroupActivity', (t) =>
  t.prismaField({
    type: GroupActivity,
    description:
      'A group leader publishes a school-based activity for the group’s members (action group:publishActivity, over the group). ' +
      'TEACHING_DISCUSSION, STUDY_ASSIGNMENT and LESSON_CRITIQUE earn the programme’s hours for the kind; an OFFLINE activity names its ' +
      'participants, carries its hours (up to offlineMaxHours) and may carry evidence. Send as a multipart request when it carries files. ' +
      'All or nothing: a refused file or participant stores nothing.',
    authorize: {
      action: 'group:publishActivity',
      resource: (_root, args) => ({ kind: 'Group', id: args.input.groupId.id }),
    },
    errors: {
      types: publishGroupActivityErrors,
      result: { description: 'The activity is published.' },
      dataField: { name: 'groupActivity', description: 'The new activity.' },
    },
    args: { input: t.arg({ type: PublishGroupActivityInput, required: true, description: 'The activity.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(publishSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const { group, programme } = await loadGroupInProgramme(prisma, input.groupId.id, input.programmeId.id);
      if (!group.active) throw new InvalidStateError('groupActivityGroupDeactivated');
      const rules = parseProgrammeRules(programme.rules).schoolBasedStudy;
      const hours = activityHours(input.kind, rules, input.hours);
      if (!('hours' in hours)) throw new GroupActivityHoursError(hours);

      const userIds = [...new Set((input.participantIds ?? []).map((user) => user.id))];
      const { found, refused } = await memberEnrolments(
        prisma,
        { groupId: group.id, schoolId: group.schoolId, programmeId: programme.id },
        userIds,
      );
      if (refused.length) throw new NotGroupMemberError(refused.map((id) => encodeGlobalID('User', id)));

      const data = {
        programmeId: programme.id,
        group,
        kind: input.kind,
        title: input.title,
        description: input.description,
        startsAt: input.startsAt ?? null,
        endsAt: input.endsAt ?? null,
        hours: hours.hours,
        publishedById: actorId,
        participants: found,
      };
      const files = input.evidence ?? [];
      const activityId = files.length
        ? await storeUploads(
            prisma,
            context.files.storage,
            files,
            { allowedTypes: EVIDENCE_TYPES, maxBytes: EVIDENCE_MAX_BYTES, orgPath: group.path, uploadedById: actorId },
            (tx, stored) => createActivity(tx, { ...data, files: stored }),
          )
        : await prisma.$transaction((tx) => createActivity(tx, { ...data, files: [] }));
      return prisma.groupActivity.findUniqueOrThrow({ ...payloadQuery(query), where: { id: activityId } });
    },
  }),
);

const AddGroupActivityEvidenceInput = builder.inputType('AddGroupActivityEvidenceInput', {
  description: 'More evidence (photos, records) for an OFFLINE activity, after the ones it has.',
  fields: (t) => ({
    activityId: t.globalID({
      required: true,
      for: GroupActivity,
      description: 'An OFFLINE activity, published or completed; the viewer must lead its group.',
    }),
    files: t.field({
      type: [Upload],
      required: true,
      description:
        `1 to ${MAX_EVIDENCE_PER_CALL} files: PDF, DOC, DOCX or XLSX by extension and content, each at most 10 MB (${EVIDENCE_MAX_BYTES} bytes); ` +
        `an activity keeps at most ${MAX_EVIDENCE_PER_ACTIVITY}.`,
    }),
  }),
});

const addEvidenceSchema = z.object({
  activityId: globalIdSchema,
  files: z.array(uploadSchema).min(1).max(MAX_EVIDENCE_PER_CALL),
});

builder.mutationField('addGroupActivityEvidence', (t) =>
  t.prismaField({
    type: GroupActivity,
    description:
      'The group’s leader adds evidence files to an OFFLINE activity that is published or completed (evidence is often uploaded after the ' +
      'activity), after the ones it has (action group:publishActivity). All or nothing. Send as a multipart request.',
    authorize: {
      action: 'group:publishActivity',
      resource: (_root, args) => ({ kind: 'GroupActivity', id: args.input.activityId.id }),
    },
    errors: {
      types: addEvidenceErrors,
      result: { description: 'The evidence is attached.' },
      dataField: { name: 'groupActivity', description: 'The activity; query `evidence` for its files.' },
    },
    args: {
      input: t.arg({ type: AddGroupActivityEvidenceInput, required: true, description: 'The activity and files.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(addEvidenceSchema, args.input);
      const prisma = context.db.prisma;
      const actorId = actingUserId(context);
      const activity = await prisma.groupActivity.findUnique({
        where: { id: input.activityId.id },
        select: { id: true, kind: true, status: true, orgPath: true },
      });
      if (!activity) throw new NotFoundError('GroupActivity');
      if (activity.kind !== 'OFFLINE')
        throw inputIssue(['activityId'], 'VALIDATION.groupActivityOfflineOnly', { field: 'evidence' });
      if (activity.status === 'CANCELLED') throw new InvalidStateError('groupActivityCancelled');
      await storeUploads(
        prisma,
        context.files.storage,
        input.files,
        {
          allowedTypes: EVIDENCE_TYPES,
          maxBytes: EVIDENCE_MAX_BYTES,
          orgPath: activity.orgPath,
          uploadedById: actorId,
        },
        async (tx, stored) => {
          // Serialises additions to one activity, so positions and the limit hold under concurrent uploads.
          await tx.$queryRaw`SELECT id FROM "GroupActivity" WHERE id = ${activity.id} FOR UPDATE`;
          const held = await tx.attachment.count({ where: { ownerType: EVIDENCE_OWNER, ownerId: activity.id } });
          if (held + stored.length > MAX_EVIDENCE_PER_ACTIVITY)
            throw inputIssue(['files'], 'VALIDATION.tooManyItems', {
              field: 'evidence',
              max: MAX_EVIDENCE_PER_ACTIVITY - held,
            });
          await tx.attachment.createMany({
            data: stored.map((file, i) => ({
              ownerType: EVIDENCE_OWNER,
              ownerId: activity.id,
              fileId: file.id,
              position: held + i,
            })),
          });
        },
      );
      return prisma.groupActivity.findUniqueOrThrow({ ...payloadQuery(query), where: { id: activity.id } });
    },
  }),
);
