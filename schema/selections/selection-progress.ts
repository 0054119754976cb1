import { resolveOffsetConnection } from '@pothos/plugin-relay';
import type { Organisation as OrganisationRow } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { type SelectionCounts, selectionCounts } from './progress.js';
import { planGateReached } from './rules.js';

/** A school's counts; the school's row itself when the page already read it (no statement of its own). */
type Progress = SelectionCounts & { gateRate: number | null; school?: OrganisationRow };

export const SchoolSelectionProgress = builder.objectRef<Progress>('SchoolSelectionProgress').implement({
  description: 'How far one school’s teachers are with their competency selection in a programme, counted in SQL.',
  fields: (t) => ({
    school: t.prismaField({
      type: 'Organisation',
      description: 'The school.',
      resolve: (query, progress, _args, context) =>
        progress.school ??
        context.db.prisma.organisation.findUniqueOrThrow({ ...query, where: { id: progress.schoolId } }),
    }),
    enrolled: t.exposeInt('enrolled', { description: 'Teachers enrolled in the programme at the school.' }),
    selected: t.exposeInt('selected', { description: 'Teachers whose selection is SUBMITTED or APPROVED.' }),
    submitted: t.exposeInt('submitted', { description: 'Selections waiting for the school’s review.' }),
    approved: t.exposeInt('approved', { description: 'Approved selections.' }),
    returned: t.exposeInt('returned', { description: 'Selections returned to the teacher.' }),
    notSelected: t.exposeInt('notSelected', {
      description: 'Teachers with no selection at all (enrolled = notSelected + submitted + approved + returned).',
    }),
    rate: t.float({
      description: 'selected / enrolled, from 0 to 1; 0 when nobody is enrolled.',
      resolve: (progress) =>
        planGateReached({ selected: progress.selected, total: progress.enrolled }, progress.gateRate).rate,
    }),
    gateRate: t.float({
      nullable: true,
      description:
        'Share of teachers (0 to 1) who must have selected before the school may upload its plan (schoolPlanGateRate); null when the programme sets no gate.',
      resolve: (progress) => progress.gateRate,
    }),
    gateReached: t.boolean({
      description: 'True when `rate` reaches `gateRate` (and someone is enrolled), or when there is no gate.',
      resolve: (progress) =>
        planGateReached({ selected: progress.selected, total: progress.enrolled }, progress.gateRate).reached,
    }),
    planUploaded: t.exposeBoolean('planUploaded', {
      description: 'True when the school has uploaded its IT development plan for the programme.',
    }),
  }),
});

const gateRateOf = (rules: unknown) => parseProgrammeRules(rules).selection.schoolPlanGateRate ?? null;

builder.queryFields((t) => ({
  schoolSelectionProgress: t.field({
    type: SchoolSelectionProgress,
    nullable: true,
    description:
      'A school’s selection progress in a programme. For the school’s admins and the district admins and experts over it ' +
      '(action school:readSelectionProgress); null for anyone else and for a school not in the programme.',
    authorize: {
      action: 'school:readSelectionProgress',
      resource: (_root, args) => ({ kind: 'School', id: args.schoolId.id }),
    },
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({
        required: true,
        for: Organisation,
        description: 'A school enrolled in one of its batches.',
      }),
    },
    resolve: async (_root, args, context) => {
      const programmeId = args.programmeId.id;
      const schoolId = args.schoolId.id;
      const enrolledSchool = await context.db.prisma.batchSchool.findFirst({
        where: { schoolId, batch: { programmeId } },
        select: { batch: { select: { programme: { select: { rules: true } } } } },
      });
      if (!enrolledSchool) return null;
      const [counts] = await selectionCounts(context.db.replica, programmeId, [schoolId]);
      if (!counts) throw new Error('selectionCounts gives one row per school asked for');
      return { ...counts, gateRate: gateRateOf(enrolledSchool.batch.programme.rules) };
    },
  }),
  programmeSelectionProgress: t.connection(
    {
      type: SchoolSelectionProgress,
      nullable: true,
      description:
        'Selection progress of every school enrolled in a programme, by school name: the numbers of a page come from one SQL statement. ' +
        'For the district admins over the programme (action programme:readProgress); null for anyone else. At most 100 a page.',
      args: { programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }) },
      authorize: {
        action: 'programme:readProgress',
        resource: (_root, args) => ({ kind: 'Programme', id: args.programmeId.id }),
      },
      resolve: async (_root, args, context) => {
        // A district's progress over every school tolerates replication lag: read from the replica when there is one.
        const prisma = context.db.replica;
        const programmeId = args.programmeId.id;
        const programme = await prisma.programme.findUnique({ where: { id: programmeId }, select: { rules: true } });
        if (!programme) return null;
        const gateRate = gateRateOf(programme.rules);
        const schoolsWhere = { batchSchools: { some: { batch: { programmeId } } } };
        const connection = await resolveOffsetConnection({ args }, async ({ offset, limit }) => {
          const schools = await prisma.organisation.findMany({
            where: schoolsWhere,
            orderBy: [{ name: 'asc' }, { id: 'asc' }],
            skip: offset,
            take: limit,
          });
          const counts = await selectionCounts(
            prisma,
            programmeId,
            schools.map((school) => school.id),
          );
          return counts.map((row, i) => ({ ...row, gateRate, school: schools[i] }));
        });
        return { ...connection, totalCount: () => prisma.organisation.count({ where: schoolsWhere }) };
      },
    },
    {
      name: 'SchoolSelectionProgressConnection',
      description: 'A page of schools’ selection progress.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Schools enrolled in the programme.',
          resolve: (parent) => (parent as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
  ),
}));
