import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';

/**
 * A school's IT development plan (信息化发展规划) for a programme. Visible to everyone who can see
 * the school; a new upload replaces the file, and the history keeps every upload's sha256.
 */
export const SchoolPlan = builder.prismaObject('SchoolPlan', {
  description:
    'A school’s IT development plan (信息化发展规划) for a programme, uploaded by its school admin. A new upload replaces it.',
  authScopes: (plan) => ({ visible: plan.orgPath }),
  fields: (t) => ({
    school: t.relation('school'),
    programme: t.relation('programme'),
    file: t.relation('file', { description: 'The current plan document (PDF, DOC or DOCX).' }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime', description: 'When the current file was uploaded.' }),
    uploadedByName: t.string({
      description: 'Display name of who uploaded the current file.',
      select: { uploadedBy: { select: { displayName: true } } },
      resolve: (plan) => plan.uploadedBy.displayName,
    }),
    history: historyField('SchoolPlan')(t),
  }),
});

builder.queryField('schoolPlan', (t) =>
  t.prismaField({
    type: SchoolPlan,
    nullable: true,
    description:
      'A school’s IT development plan in a programme; null when none is uploaded or the viewer cannot see the school.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({ required: true, for: Organisation, description: 'The school.' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.schoolPlan.findFirst({
        ...query,
        where: { programmeId: args.programmeId.id, schoolId: args.schoolId.id, ...context.viewer.within('orgPath') },
      }),
  }),
);
