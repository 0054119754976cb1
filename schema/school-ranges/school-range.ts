import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { historyField } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';

/**
 * The competencies a school allows its teachers to select in a programme (学校框定范围). Visible to
 * everyone who can see the school: its teachers select within it.
 */
export const SchoolRange = builder.prismaObject('SchoolRange', {
  description:
    'The competencies a school allows its teachers to select in a programme (学校框定范围), set by its school admin.',
  authScopes: (range) => ({ visible: range.orgPath }),
  fields: (t) => ({
    school: t.relation('school'),
    programme: t.relation('programme'),
    competencies: t.field({
      type: [Competency],
      description: 'The allowed competencies, in catalogue order (1 to 100).',
      select: (_args, _context, nestedSelection) => ({
        items: {
          select: { competency: nestedSelection(true) },
          orderBy: [{ competency: { position: 'asc' } }, { competencyId: 'asc' }],
        },
      }),
      // nestedSelection(true) loads Competency's own `include` too; its type does not say so.
      resolve: (range) => range.items.map((item) => item.competency) as never,
    }),
    competencyCount: t.relationCount('items', { description: 'Number of allowed competencies (1 to 100).' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the range was last set.' }),
    history: historyField('SchoolRange')(t),
  }),
});

builder.queryField('schoolRange', (t) =>
  t.prismaField({
    type: SchoolRange,
    nullable: true,
    description:
      'A school’s range of selectable competencies in a programme; null when none is set or the viewer cannot see the school.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({ required: true, for: Organisation, description: 'The school.' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.schoolRange.findFirst({
        ...query,
        where: { programmeId: args.programmeId.id, schoolId: args.schoolId.id, ...context.viewer.within('orgPath') },
      }),
  }),
);
