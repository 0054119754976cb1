import type { Context } from '../../api/context.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { rubricToCase } from './case.js';
import { Rubric } from './rubric.js';
import { NATIONAL_PATH, rubricVisibleWhere } from './visibility.js';

function rubricsWhere(args: { organisationId?: { id: string } | null; national?: boolean | null }, context: Context) {
  return {
    AND: [
      rubricVisibleWhere(context),
      ...(args.organisationId ? [{ ownerOrganisationId: args.organisationId.id }] : []),
      ...(args.national === true ? [{ orgPath: NATIONAL_PATH }] : []),
      ...(args.national === false ? [{ orgPath: { not: NATIONAL_PATH } }] : []),
    ],
  };
}

builder.queryFields((t) => ({
  rubrics: t.prismaConnection({
    type: Rubric,
    cursor: 'id',
    description:
      'Rubrics (评价量规) the viewer can see: the national ones (anyone) and those of the districts and provinces on the viewer’s line, ' +
      'oldest first. At most 100 a page.',
    totalCount: (_root, args, context) => context.db.prisma.rubric.count({ where: rubricsWhere(args, context) }),
    args: {
      organisationId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'Only the rubrics this district or province owns.',
      }),
      national: t.arg.boolean({
        required: false,
        description: 'True: only the national rubrics; false: only districts’ and provinces’ own.',
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.rubric.findMany({
        ...query,
        where: rubricsWhere(args, context),
        // ids are uuid v7 for rubrics made here (imports keep their CASE identifier), so order by creation first.
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  rubricCaseJson: t.string({
    nullable: true,
    description:
      'One version of a rubric (the latest when `version` is omitted) as CASE 1.0 CFRubric JSON; null when the rubric or the version ' +
      'is missing or hidden from the viewer.',
    args: {
      id: t.arg.globalID({ required: true, for: Rubric, description: 'The rubric.' }),
      version: t.arg.int({ required: false, description: 'The version number; default the latest.' }),
    },
    resolve: async (_root, args, context) => {
      const rubric = await context.db.prisma.rubric.findFirst({
        where: { id: args.id.id, ...rubricVisibleWhere(context) },
        select: {
          id: true,
          key: true,
          titleZh: true,
          titleEn: true,
          versions: {
            where: args.version == null ? {} : { version: args.version },
            orderBy: { version: 'desc' },
            take: 1,
          },
        },
      });
      const version = rubric?.versions[0];
      return rubric && version ? JSON.stringify(rubricToCase(rubric, version)) : null;
    },
  }),
}));
