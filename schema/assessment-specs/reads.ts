import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import { Programme } from '../programmes/index.js';
import { loadResource } from '../shared/index.js';
import { type EffectiveSpec, loadEffectiveSpecs, specKey, specLoader } from './effective-spec.js';
import { AssessmentSpec } from './spec.js';

interface CompetencySpecShape {
  competencyId: string;
  spec: EffectiveSpec | null;
}

export const CompetencySpec = builder.objectRef<CompetencySpecShape>('CompetencyAssessmentSpec').implement({
  description: 'One competency of a programme’s catalogue and the assessment spec in force for it in the programme.',
  fields: (t) => ({
    competency: t.prismaField({
      type: 'Competency',
      description: 'The competency.',
      // Prisma batches the page's findUnique calls of one shape into one statement.
      resolve: (query, row, _args, context) =>
        context.db.prisma.competency.findUniqueOrThrow({ ...query, where: { id: row.competencyId } }),
    }),
    spec: t.field({
      type: AssessmentSpec,
      nullable: true,
      description: 'The effective spec: the programme’s override, else the catalogue’s; null when neither exists.',
      resolve: (row) => row.spec,
    }),
    overridden: t.boolean({
      description: 'True when the programme overrides the catalogue’s spec for this competency.',
      resolve: (row) => row.spec?.overridden ?? false,
    }),
  }),
});

builder.prismaObjectFields('Competency', (t) => ({
  assessmentSpec: t.field({
    type: AssessmentSpec,
    nullable: true,
    description:
      'The assessment specification (测评规范) of this competency: in `programmeId` when given (the district’s override, else the ' +
      'catalogue’s), else the catalogue’s own. Null when there is none, or when the programme is missing or hidden from the viewer.',
    args: {
      programmeId: t.arg.globalID({ required: false, for: Programme, description: 'The programme.' }),
    },
    resolve: async (competency, args, context) => {
      const programmeId = args.programmeId?.id ?? null;
      if (programmeId) {
        const programme = await loadResource(context, 'Programme', programmeId);
        if (!programme?.visible) return null;
      }
      return specLoader(context).load(specKey(programmeId, competency.id));
    },
  }),
}));

builder.prismaObjectFields('Programme', (t) => ({
  assessmentSpecs: t.connection(
    {
      type: CompetencySpec,
      description:
        'Every competency of the programme’s catalogue, in catalogue order, with the assessment spec in force in this programme ' +
        '(`overridden` when the district set its own). At most 100 a page.',
      resolve: async (programme, args, context) => {
        const prisma = context.db.prisma;
        const [connection, totalCount] = await Promise.all([
          resolveOffsetConnection({ args }, async ({ offset, limit }) => {
            const competencies = await prisma.competency.findMany({
              where: { catalogueId: programme.catalogueId },
              orderBy: [{ position: 'asc' }, { id: 'asc' }],
              skip: offset,
              take: limit,
              select: { id: true },
            });
            const specs = await loadEffectiveSpecs(
              prisma,
              competencies.map((competency) => ({ programmeId: programme.id, competencyId: competency.id })),
            );
            return competencies.map((competency, index) => ({
              competencyId: competency.id,
              spec: specs[index] ?? null,
            }));
          }),
          prisma.competency.count({ where: { catalogueId: programme.catalogueId } }),
        ]);
        return { ...connection, totalCount };
      },
    },
    {
      name: 'CompetencyAssessmentSpecConnection',
      description: 'A page of a programme’s competencies with their assessment specs.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Competencies in the programme’s catalogue.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
  ),
}));
