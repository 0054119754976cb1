import { z } from 'zod';
import { builder } from '../builder.js';
import { Course, courseAccess } from '../courses/index.js';
import { publishProgressOf } from '../live/index.js';
import { ClosedError, NotFoundError, parseInput } from '../shared/index.js';
import { describeRejection, recordViewingErrors } from './errors.js';
import { type IngestResult, ingestBatch, type SessionStatus } from './ingest.js';
import type { ViewingEventKind, ViewingRejectionCode } from './rules.js';

/** Most events in one batch. */
export const MAX_BATCH_EVENTS = 100;
/** Longest session or event id a player may send. */
export const MAX_CLIENT_ID_LENGTH = 100;

const ViewingEventKindEnum = builder.enumType('ViewingEventKind', {
  description: 'What happened in the player.',
  values: {
    PLAY: { description: 'Playing starts (or resumes) at `position`; a document is opened.' },
    PAUSE: { description: 'Playing stops at `position`; a document is closed.' },
    SEEK: { description: 'The playhead jumps to `position`; the jump itself is never credited.' },
    HEARTBEAT: {
      description:
        'Still playing, now at `position` (send one every few seconds); for a document, still open. Earns nothing without a PLAY before it.',
    },
    END: { description: 'Playing reached the end, or the player closed; the session stops crediting.' },
  } satisfies Record<ViewingEventKind, { description: string }>,
});

const ViewingRejectionCodeEnum = builder.enumType('ViewingRejectionCode', {
  description: 'Why one event of a batch was rejected. A rejected event changes nothing; the rest of the batch counts.',
  values: {
    POSITION_MISSING: {
      description: 'No position: null, or a NaN or Infinity (JSON writes them as null).',
    },
    POSITION_OUT_OF_RANGE: { description: 'The position is negative or after the end of the course.' },
    CLIENT_TIME_IN_FUTURE: { description: 'The event’s `at` is more than 5 minutes after the server’s clock.' },
  } satisfies Record<ViewingRejectionCode, { description: string }>,
});

const ViewingSessionStatusEnum = builder.enumType('ViewingSessionStatus', {
  description: 'Whether the session earns credit. A teacher earns in one session at a time.',
  values: {
    LIVE: { description: 'This session is the teacher’s crediting session.' },
    OTHER_SESSION_LIVE: {
      description:
        'Another session of the teacher (another tab or device) is crediting: this one earns nothing until that one ends or sends nothing for the programme’s `viewing.sessionIdleSeconds`.',
    },
    IDLE: { description: 'The session is not crediting: it ended, or no event of it was accepted yet.' },
  } satisfies Record<SessionStatus, { description: string }>,
});

type Rejected = IngestResult['rejected'][number] & { duration: number };

const RejectedViewingEvent = builder.objectRef<Rejected>('RejectedViewingEvent').implement({
  description: 'An event of the batch that was rejected, and why.',
  fields: (t) => ({
    clientEventId: t.exposeString('clientEventId', { description: 'The event’s id, as the player sent it.' }),
    code: t.field({ type: ViewingRejectionCodeEnum, description: 'Why, for programs.', resolve: (r) => r.code }),
    message: t.string({
      description: 'Why, for people, in the request’s language.',
      resolve: (r, _args, context) =>
        describeRejection(r.code, { position: r.position, duration: r.duration }, context.locale),
    }),
  }),
});

const RecordViewingPayload = builder.objectRef<IngestResult>('RecordViewingPayload').implement({
  description: 'What the server made of a batch: how many events counted, which were rejected, and the credit.',
  fields: (t) => ({
    accepted: t.exposeInt('accepted', { description: 'Events applied by this batch.' }),
    ignored: t.exposeInt('ignored', {
      description: 'Events whose clientEventId was applied before (a retried batch): ignored, as a retry should be.',
    }),
    rejected: t.field({
      type: [RejectedViewingEvent],
      description: 'Events rejected, with their codes, in the batch’s order.',
      resolve: (result) => result.rejected.map((r) => ({ ...r, duration: result.durationSeconds })),
    }),
    creditedSeconds: t.exposeInt('creditedSeconds', {
      description: 'Seconds of the course this batch credited (new seconds only: re-watching earns nothing).',
    }),
    courseCreditedSeconds: t.exposeInt('courseCreditedSeconds', {
      description: 'Seconds of the course credited so far (at most its duration).',
    }),
    studyRequiredSeconds: t.exposeInt('studyRequiredSeconds', {
      description: 'The teacher’s credited seconds in required courses of the programme, all courses together.',
    }),
    studyElectiveSeconds: t.exposeInt('studyElectiveSeconds', {
      description: 'The teacher’s credited seconds in elective courses of the programme, all courses together.',
    }),
    status: t.field({
      type: ViewingSessionStatusEnum,
      description: 'Whether this session is crediting after the batch.',
      resolve: (result) => result.status,
    }),
  }),
});

const ViewingEventInput = builder.inputType('ViewingEventInput', {
  description: 'One event of the player.',
  fields: (t) => ({
    clientEventId: t.string({
      required: true,
      description: `The player’s id of the event, 1 to ${MAX_CLIENT_ID_LENGTH} characters, unique per teacher (a UUID): an id seen before is ignored, so a batch may be retried.`,
    }),
    kind: t.field({ type: ViewingEventKindEnum, required: true, description: 'What happened.' }),
    position: t.float({
      required: false,
      description:
        'Seconds into the course (0 to its duration). Null (how JSON writes NaN) is rejected as POSITION_MISSING.',
    }),
    at: t.field({
      type: 'DateTime',
      required: false,
      description:
        'The player’s clock when it happened: kept for audit, never used for crediting; more than 5 minutes after the server’s clock is rejected.',
    }),
  }),
});

const RecordViewingInput = builder.inputType('RecordViewingInput', {
  description: 'A batch of a player’s events for one course (send one every 10 to 60 seconds while playing).',
  fields: (t) => ({
    courseId: t.globalID({
      required: true,
      for: Course,
      description: 'The course; it must be on the viewer’s study list.',
    }),
    sessionId: t.string({
      required: true,
      description: `The player’s session id, 1 to ${MAX_CLIENT_ID_LENGTH} characters: a new one for each course the player opens (a UUID).`,
    }),
    events: t.field({
      type: [ViewingEventInput],
      required: true,
      description: `1 to ${MAX_BATCH_EVENTS} events, in the order they happened.`,
    }),
  }),
});

const clientId = z.string().trim().min(1).max(MAX_CLIENT_ID_LENGTH);
const recordViewingSchema = z.object({
  courseId: z.object({ typename: z.string(), id: z.string() }),
  sessionId: clientId,
  events: z
    .array(
      z.object({
        clientEventId: clientId,
        kind: z.enum(['PLAY', 'PAUSE', 'SEEK', 'HEARTBEAT', 'END']),
        position: z.number().nullish(),
        at: z.date().nullish(),
      }),
    )
    .min(1)
    .max(MAX_BATCH_EVENTS),
});

builder.mutationField('recordViewing', (t) =>
  t.field({
    type: RecordViewingPayload,
    description:
      'Records a batch of the player’s events for a course on the viewer’s study list; the server decides the credit. ' +
      'Credited: the union of the stretches really played (from a PLAY to the next HEARTBEAT, PAUSE or END at a later position; ' +
      'a SEEK plays nothing; re-watching earns nothing twice), at most the server’s wall-clock time since the session’s previous batch ' +
      'times the programme’s `viewing.maxPlaybackRate`: a session earns from its second batch on, and only while it is the teacher’s ' +
      'one live session (send a batch at least every `viewing.sessionIdleSeconds`). A document earns the time between batches while it is open ' +
      '(PLAY, then HEARTBEATs), up to its reading time. An event id seen before is ignored; a bad event is rejected with a code and changes nothing. ' +
      'A course not on the study list is NOT_FOUND. Teachers only, for themselves.',
    authorize: {
      action: 'study:learn',
      // The batch is the viewer's own: `self` grants it to teachers; the course is checked against their study list.
      resource: (_root, _args, context) => ({ paths: [], ownerId: context.viewer.user?.id ?? null }),
    },
    errors: { types: recordViewingErrors, directResult: true },
    args: {
      input: t.arg({ type: RecordViewingInput, required: true, description: 'The course, session and events.' }),
    },
    resolve: async (_root, args, context) => {
      const teacherId = context.viewer.user?.id;
      if (!teacherId) throw new NotFoundError('Course');
      const prisma = context.db.prisma;
      const access = await courseAccess(prisma, teacherId, args.input.courseId.id);
      if (!access) throw new NotFoundError('Course');
      // The enrolment is found here, not by the authorize check: refuse a school closed (结项) in the programme here too
      // (read with the access, no statement of its own on this hot path).
      if (access.closed) throw new ClosedError();
      const input = parseInput(recordViewingSchema, args.input);
      const result = await ingestBatch(
        prisma,
        access,
        {
          sessionId: input.sessionId,
          events: input.events.map((event) => ({
            clientEventId: event.clientEventId,
            kind: event.kind,
            position: event.position ?? null,
            at: event.at ?? null,
          })),
        },
        new Date(),
      );
      publishProgressOf(context, 'VIEWING', [
        { id: access.enrolmentId, teacherId, classId: access.classId, programmeId: access.programmeId },
      ]);
      return result;
    },
  }),
);
