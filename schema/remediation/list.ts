/**
 * `remedialRounds`: a programme's remedial rounds (补学) for a school or district console, oldest first: those studied in
 * the programme and those of its teachers who failed it and were moved on to a later programme.
 */
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { loadResource } from '../shared/index.js';
import { RemedialRound, roundVisibleWhere } from './round.js';

async function roundsWhere(
  context: Context,
  programmeId: string,
  schoolId: string | null,
): Promise<Prisma.RemedialRoundWhereInput> {
  let school: Prisma.RemedialRoundWhereInput = {};
  if (schoolId) {
    // The school as the authorization check loaded it (no statement of its own).
    const found = await loadResource(context, 'School', schoolId);
    school = found?.paths[0] ? { orgPath: { startsWith: found.paths[0] } } : { id: { in: [] } };
  }
  // The visibility OR stays at the top level: Prisma reads an empty OR nested in AND as "true".
  return {
    ...roundVisibleWhere(context),
    AND: [{ OR: [{ enrolment: { programmeId } }, { failedEnrolment: { programmeId } }] }, school],
  };
}

builder.queryField('remedialRounds', (t) =>
  t.prismaConnection({
    type: RemedialRound,
    cursor: 'id',
    nullable: true,
    description:
      'A programme’s remedial rounds (补学), oldest first: the rounds studied in it and the rounds of its teachers who failed it and were ' +
      'enrolled in a later programme. With `schoolId`, one school’s (for its admins); without, the whole district’s. Action credit:read ' +
      'over the school, or over the programme’s district without `schoolId`; null for anyone else. A page costs the same few statements ' +
      'whatever its size. At most 100 a page.',
    authorize: {
      action: 'credit:read',
      resource: (_root, args) =>
        args.schoolId ? { kind: 'School', id: args.schoolId.id } : { kind: 'Programme', id: args.programmeId.id },
    },
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'Only this school’s rounds (a school of the programme’s district).',
      }),
    },
    totalCount: async (_root, args, context) =>
      context.db.prisma.remedialRound.count({
        where: await roundsWhere(context, args.programmeId.id, args.schoolId?.id ?? null),
      }),
    resolve: async (query, _root, args, context) =>
      context.db.prisma.remedialRound.findMany({
        ...query,
        where: await roundsWhere(context, args.programmeId.id, args.schoolId?.id ?? null),
        orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);
