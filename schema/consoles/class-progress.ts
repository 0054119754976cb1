/**
 * `classProgress`: the tutor console of a class in a programme (action class:readProgress on the class).
 */
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { loadClassProgress } from './progress.js';
import { ClassProgress } from './types.js';

builder.queryField('classProgress', (t) =>
  t.field({
    type: ClassProgress,
    nullable: true,
    description:
      'A class’s learning progress in a programme (班级辅导者 console): every enrolled teacher’s registration, credited minutes, ' +
      'activities, score and verdict, the class’s rates and the teachers at risk. For the class’s tutors and the school, district and ' +
      'province admins over it (action class:readProgress); null for anyone else and for a programme of another district. The same ' +
      'number of SQL statements for any class size.',
    args: {
      classId: t.arg.globalID({
        required: true,
        for: Organisation,
        description: 'The class (an Organisation of kind CLASS).',
      }),
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
    },
    authorize: { action: 'class:readProgress', resource: (_root, args) => ({ kind: 'Class', id: args.classId.id }) },
    resolve: async (_root, args, context) => {
      const klass = await context.db.prisma.organisation.findUnique({
        where: { id: args.classId.id },
        select: { id: true, path: true, kind: true },
      });
      if (klass?.kind !== 'CLASS') return null;
      return loadClassProgress(context.db.prisma, klass, args.programmeId.id);
    },
  }),
);
