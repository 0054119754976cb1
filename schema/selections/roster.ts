import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Enrolment } from '../enrolments/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { type RosterFilter, rosterPage } from './roster-statement.js';

export const RosterStatusFilter = builder.enumType('RosterStatusFilter', {
  description: 'Which enrolments of a roster to list, by the state of their selection.',
  values: {
    NOT_SELECTED: { description: 'No selection yet.' },
    SELECTED: { description: 'A selection SUBMITTED or APPROVED (what a plan gate counts).' },
    SUBMITTED: { description: 'A selection waiting for the school’s review.' },
    APPROVED: { description: 'An approved selection.' },
    RETURNED: { description: 'A selection returned to the teacher.' },
  },
});

type RosterStatus = (typeof RosterStatusFilter)['$inferType'];

const statusWhere: Record<RosterStatus, Prisma.EnrolmentWhereInput> = {
  NOT_SELECTED: { selection: { is: null } },
  SELECTED: { selection: { is: { status: { in: ['SUBMITTED', 'APPROVED'] } } } },
  SUBMITTED: { selection: { is: { status: 'SUBMITTED' } } },
  APPROVED: { selection: { is: { status: 'APPROVED' } } },
  RETURNED: { selection: { is: { status: 'RETURNED' } } },
};

interface RosterArgs {
  classId: { id: string };
  programmeId?: { id: string } | null;
  status?: RosterStatus | null;
}

function rosterFilter(args: RosterArgs): RosterFilter {
  return { classId: args.classId.id, programmeId: args.programmeId?.id ?? null, status: args.status ?? null };
}

/** Enrolments of the class (the field's `authorize` has checked the viewer may read its roster). */
export function rosterWhere(filter: RosterFilter): Prisma.EnrolmentWhereInput {
  return {
    classId: filter.classId,
    ...(filter.programmeId ? { programmeId: filter.programmeId } : {}),
    ...(filter.status ? statusWhere[filter.status as RosterStatus] : {}),
  };
}

/** The roster's total from its page statement, by the field's arguments object (the one `totalCount` is handed). */
const statementTotals = new WeakMap<object, number>();

builder.queryField('classRoster', (t) =>
  t.prismaConnection({
    type: Enrolment,
    cursor: 'id',
    nullable: true,
    description:
      'The teachers enrolled in a class (班级), by name, each with their selection and its state (`selection`). For the class’s tutors ' +
      'and the school and district admins over it (action class:readRoster); null when the class is missing or its roster is not ' +
      'the viewer’s to read. At most 100 a page.',
    authorize: { action: 'class:readRoster', resource: (_root, args) => ({ kind: 'Class', id: args.classId.id }) },
    totalCount: (_root, args, context) =>
      statementTotals.get(args) ?? context.db.prisma.enrolment.count({ where: rosterWhere(rosterFilter(args)) }),
    args: {
      classId: t.arg.globalID({
        required: true,
        for: Organisation,
        description: 'The class (an Organisation of kind CLASS).',
      }),
      programmeId: t.arg.globalID({
        required: false,
        for: Programme,
        description: 'Only enrolments in this programme.',
      }),
      status: t.arg({
        type: RosterStatusFilter,
        required: false,
        description: 'Only enrolments whose selection is in this state. Default: all.',
      }),
    },
    resolve: async (query, _root, args, context) => {
      const filter = {
        classId: args.classId.id,
        programmeId: args.programmeId?.id ?? null,
        status: args.status ?? null,
      };
      const page = await rosterPage(context, filter, query);
      if (page) {
        statementTotals.set(args, page.totalCount);
        return page.rows;
      }
      return context.db.prisma.enrolment.findMany({
        ...query,
        where: rosterWhere(filter),
        orderBy: [{ teacher: { displayName: 'asc' } }, { id: 'asc' }],
      });
    },
  }),
);
