import { type ClassProgressEvent, classProgressKey, PROGRESS_KINDS } from '../../api/events/index.js';
import { localizedError } from '../../api/i18n/localized-errors.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { grants, loadResource } from '../shared/index.js';

builder.subscriptionType({
  description:
    'Changes a console can follow as they happen, instead of polling: send the subscription to /graphql with ' +
    '`Accept: text/event-stream` (server-sent events, GET or POST). Each change is one `next` event; a subscription the ' +
    'viewer may not open ends at once with a single error (NOT_FOUND), before any change.',
});

const DESCRIPTIONS: Record<(typeof PROGRESS_KINDS)[number], string> = {
  VIEWING: 'Course viewing was recorded (credited study time may have grown).',
  POST: 'A workshop post was written, hidden or restored (participation may have changed).',
  SHARE: 'A resource was shared or a share rejected.',
  ASSIGNMENT: 'An assignment was submitted, marked or returned.',
  GROUP_ACTIVITY: 'A group activity was completed (hours may have been earned).',
};

export const ProgressChangeKind = builder.enumType('ProgressChangeKind', {
  description: 'What kind of record of a teacher’s progress changed.',
  values: Object.fromEntries(PROGRESS_KINDS.map((kind) => [kind, { description: DESCRIPTIONS[kind] }])),
});

export const ClassProgressChange = builder.objectRef<ClassProgressEvent>('ClassProgressChange').implement({
  description:
    'One teacher’s progress in the class changed: refetch what the console shows of them (their enrolment). ' +
    'Ids only, no personal data.',
  fields: (t) => ({
    enrolmentId: t.globalID({
      description: 'The teacher’s enrolment (an Enrolment ID).',
      resolve: (event) => ({ type: 'Enrolment', id: event.enrolmentId }),
    }),
    teacherId: t.globalID({
      description: 'The teacher (a User ID).',
      resolve: (event) => ({ type: 'User', id: event.teacherId }),
    }),
    kind: t.field({ type: ProgressChangeKind, description: 'What changed.', resolve: (event) => event.kind }),
    at: t.field({
      type: 'DateTime',
      description: 'When the change was committed.',
      resolve: (event) => new Date(event.at),
    }),
  }),
});

builder.subscriptionField('classProgressChanged', (t) =>
  t.field({
    type: ClassProgressChange,
    description:
      'Follows the progress of a class’s teachers in a programme (action class:readProgress: the class’s tutors, the admins ' +
      'over it): an event each time a teacher’s viewing, workshop posts, shares, assignments or group activities change, ' +
      'published once the change is committed, on every API instance (through Redis when REDIS_URL is set). A class the ' +
      'viewer may not follow ends the subscription at once with NOT_FOUND, exactly like a missing class.',
    authorize: {
      action: 'class:readProgress',
      resource: (_root, args) => ({ kind: 'Class', id: args.classId.id }),
    },
    args: {
      classId: t.arg.globalID({
        required: true,
        for: Organisation,
        description: 'The class (an Organisation of kind CLASS).',
      }),
      programmeId: t.arg.globalID({
        required: true,
        for: Programme,
        description: 'The programme its teachers are enrolled in.',
      }),
    },
    // The `authorize` option checks each event's delivery (from the request's cache, no statement); this checks the
    // opening, so a denied subscription fails before it listens.
    subscribe: async (_root, args, context) => {
      const resource = await loadResource(context, 'Class', args.classId.id);
      if (!resource?.visible || !grants(context.viewer, 'class:readProgress', resource))
        throw localizedError('NOT_FOUND', { what: 'Class' });
      return context.events.pubsub.subscribe('classProgress', classProgressKey(args.classId.id, args.programmeId.id));
    },
    resolve: (event) => event,
  }),
);
