import { z } from 'zod';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { actingUserId, decodeIDOrNull, globalIdSchema, parseInput, payloadQuery } from '../shared/index.js';
import { setSchoolRangeErrors, UnknownCompetenciesError } from './errors.js';
import { loadSchoolProgramme } from './school-programme.js';
import { SchoolRange } from './school-range.js';

/** Most competencies a school range may hold. */
export const MAX_RANGE_COMPETENCIES = 100;

const SetSchoolRangeInput = builder.inputType('SetSchoolRangeInput', {
  description: 'The whole new range of a school in a programme; it replaces the previous one.',
  fields: (t) => ({
    programmeId: t.globalID({
      required: true,
      for: Programme,
      description: 'A programme with the school in one of its batches; not CLOSED.',
    }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school; the viewer must be its school admin.',
    }),
    competencyIds: t.idList({
      required: true,
      description: `Competencies of the programme’s catalogue: 1 to ${MAX_RANGE_COMPETENCIES} (repeats count once).`,
    }),
  }),
});

const setSchoolRangeSchema = z.object({
  programmeId: globalIdSchema,
  schoolId: globalIdSchema,
  competencyIds: z.array(z.string()).min(1).max(MAX_RANGE_COMPETENCIES),
});

const competencyDbId = (globalId: string) => decodeIDOrNull('Competency', globalId);

builder.mutationField('setSchoolRange', (t) =>
  t.prismaField({
    type: SchoolRange,
    description:
      'Sets the competencies a school’s teachers may select in a programme, replacing the previous range. ' +
      'Only the school’s admins may (action school:setRange); every competency must be in the programme’s catalogue. ' +
      'Recorded in the range’s history (SET_RANGE).',
    authorize: {
      action: 'school:setRange',
      resource: (_root, args) => ({ kind: 'School', id: args.input.schoolId.id }),
    },
    errors: {
      types: setSchoolRangeErrors,
      dataField: { name: 'schoolRange', description: 'The range as now set.' },
    },
    args: { input: t.arg({ type: SetSchoolRangeInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(setSchoolRangeSchema, args.input);
      const { school, programme } = await loadSchoolProgramme(context, input.programmeId.id, input.schoolId.id);
      const prisma = context.db.prisma;

      const given = [...new Set(input.competencyIds)];
      const dbIds = given.map(competencyDbId);
      const wanted = [...new Set(dbIds.filter((id): id is string => id !== null))];
      const found = await prisma.competency.findMany({
        where: { id: { in: wanted }, catalogueId: programme.catalogueId },
        select: { id: true, code: true },
        orderBy: [{ position: 'asc' }, { id: 'asc' }],
      });
      const known = new Set(found.map((competency) => competency.id));
      const unknown = given.filter((_, i) => !known.has(dbIds[i] ?? ''));
      if (unknown.length) throw new UnknownCompetenciesError(unknown);

      const actorId = actingUserId(context);
      const key = { programmeId_schoolId: { programmeId: programme.id, schoolId: school.id } };
      const range = await prisma.$transaction(async (tx) => {
        const saved = await tx.schoolRange.upsert({
          where: key,
          create: { programmeId: programme.id, schoolId: school.id, orgPath: school.path, updatedById: actorId },
          update: { updatedById: actorId, updatedAt: new Date() },
          select: { id: true },
        });
        await tx.schoolRangeItem.deleteMany({ where: { rangeId: saved.id } });
        await tx.schoolRangeItem.createMany({
          data: found.map((competency) => ({ rangeId: saved.id, competencyId: competency.id })),
        });
        await recordDecision(tx, {
          subjectType: 'SchoolRange',
          subjectId: saved.id,
          actorId,
          action: 'SET_RANGE',
          comment: `${found.length} competencies: ${found.map((competency) => competency.code).join(', ')}`,
          orgPath: school.path,
        });
        return saved;
      });
      return prisma.schoolRange.findUniqueOrThrow({ ...payloadQuery(query), where: { id: range.id } });
    },
  }),
);
