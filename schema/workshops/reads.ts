/**
 * The portal's workshop reads: a teacher's workshops (the study page), a programme's workshops, and a class's activity
 * feed for its tutors. Each is a few statements whatever the number of rows (membership once, the page, its counts).
 */
import { builder } from '../builder.js';
import { Programme } from '../programmes/index.js';
import { MEMBER_STATUSES, membership, workshopReadableWhere } from './membership.js';
import { Workshop, WorkshopKind, WorkshopPost } from './workshop.js';

builder.prismaObjectFields('Enrolment', (t) => ({
  workshops: t.prismaConnection({
    type: Workshop,
    cursor: 'id',
    description:
      'The teacher’s workshops in the programme (the study page): their class’s workshop, then one per competency of their SUBMITTED or APPROVED ' +
      'selection, by title; only those the viewer may read. Each workshop’s `myParticipationCount` is the viewer’s own. At most 100 a page.',
    resolve: async (query, enrolment, _args, context) => {
      const member = await membership(context);
      return context.db.prisma.workshop.findMany({
        ...query,
        where: {
          programmeId: enrolment.programmeId,
          AND: [
            {
              OR: [
                ...(enrolment.classId ? [{ classId: enrolment.classId }] : []),
                {
                  competency: {
                    selectionItems: {
                      some: { selection: { enrolmentId: enrolment.id, status: { in: [...MEMBER_STATUSES] } } },
                    },
                  },
                },
              ],
            },
            workshopReadableWhere(context, member),
          ],
        },
        orderBy: [{ kind: 'desc' }, { title: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  workshopParticipationCount: t.relationCount('participations', {
    description:
      'The teacher’s counted workshop participations in the programme: one per activity they took part in within its window (the number the ' +
      'scoring rules use, e.g. Tianchang’s 10 points per discussion joined).',
  }),
}));

builder.prismaObjectFields('Programme', (t) => ({
  workshops: t.prismaConnection({
    type: Workshop,
    cursor: 'id',
    description:
      'The programme’s workshops the viewer may read (all of them for the district’s admins, who appoint their hosts), class workshops first, ' +
      'then by title. At most 100 a page.',
    args: { kind: t.arg({ type: WorkshopKind, required: false, description: 'Only workshops of this kind.' }) },
    resolve: async (query, programme, args, context) => {
      const member = await membership(context);
      return context.db.prisma.workshop.findMany({
        ...query,
        where: {
          programmeId: programme.id,
          ...(args.kind ? { kind: args.kind } : {}),
          ...workshopReadableWhere(context, member),
        },
        orderBy: [{ kind: 'desc' }, { title: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

builder.prismaObjectFields('Organisation', (t) => ({
  classActivityFeed: t.prismaConnection({
    type: WorkshopPost,
    cursor: 'id',
    nullable: true,
    description:
      'A class’s workshop activity in a programme, newest first: every visible post and reply its teachers (and its tutors) wrote, in the class’s ' +
      'workshop and in their competency workshops. For the class’s tutors and the admins above (action workshop:read); null for other viewers and ' +
      'for organisations that are not classes. At most 100 a page.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
    },
    authorize: {
      action: 'workshop:read',
      resource: (organisation) => ({ kind: 'Class', id: organisation.id }),
    },
    resolve: (query, organisation, args, context) =>
      context.db.prisma.workshopPost.findMany({
        ...query,
        where: {
          orgPath: { startsWith: organisation.path },
          hiddenAt: null,
          workshop: { programmeId: args.programmeId.id },
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
