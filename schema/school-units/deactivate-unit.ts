/**
 * Deactivating a school's classes and teaching-research groups (action `school:manageUnits`): a deactivated unit is
 * kept with its members, enrolments and roster, readable by ID, and left out of lists unless asked for.
 */
import { z } from 'zod';
import { builder } from '../builder.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import {
  actingUserId,
  ForbiddenActionError,
  globalIdSchema,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { loadSchoolUnit, type UnitKind } from './school-units.js';

const unitRefSchema = z.object({ id: globalIdSchema });

const WORDS: Record<UnitKind, { field: string; input: string; noun: string; resource: 'Class' | 'Group' }> = {
  CLASS: { field: 'deactivateClass', input: 'DeactivateClassInput', noun: 'class (班级)', resource: 'Class' },
  GROUP: {
    field: 'deactivateGroup',
    input: 'DeactivateGroupInput',
    noun: 'teaching-research group (教研组)',
    resource: 'Group',
  },
};

for (const kind of ['CLASS', 'GROUP'] as const) {
  const words = WORDS[kind];
  const Input = builder.inputType(words.input, {
    description: `A ${words.noun} to deactivate.`,
    fields: (t) => ({
      id: t.globalID({
        required: true,
        for: Organisation,
        description: `The ${words.resource.toLowerCase()}; the viewer must be an admin of its school or district.`,
      }),
    }),
  });

  builder.mutationField(words.field, (t) =>
    t.prismaField({
      type: 'Organisation',
      description:
        `Deactivates a ${words.noun}: its members, tutors or leader, enrolments and roster stay and stay readable by ID; ` +
        '`children` lists leave it out unless `includeDeactivated`. Deactivating it again changes nothing. Only the ' +
        'school’s admins and its district’s admins may.',
      authorize: {
        action: 'school:manageUnits',
        resource: (_root, args) => ({ kind: words.resource, id: args.input.id.id }),
      },
      errors: {
        types: [NotFoundError, ForbiddenActionError],
        result: { description: `The ${words.resource.toLowerCase()} is deactivated.` },
        dataField: {
          name: words.resource.toLowerCase(),
          description: `The deactivated ${words.resource.toLowerCase()}.`,
        },
      },
      args: { input: t.arg({ type: Input, required: true }) },
      resolve: async (query, _root, args, context) => {
        const { id } = parseInput(unitRefSchema, args.input).id;
        const prisma = context.db.prisma;
        await prisma.$transaction(async (tx) => {
          const unit = await loadSchoolUnit(tx, id, kind);
          const { count } = await tx.organisation.updateMany({
            where: { id: unit.id, deactivatedAt: null },
            data: { deactivatedAt: new Date() },
          });
          if (!count) return;
          await recordDecision(tx, {
            subjectType: 'Organisation',
            subjectId: unit.id,
            actorId: actingUserId(context),
            action: 'DEACTIVATE',
            fromState: 'ACTIVE',
            toState: 'DEACTIVATED',
            orgPath: unit.path,
          });
        });
        return prisma.organisation.findUniqueOrThrow({ ...payloadQuery(query), where: { id } });
      },
    }),
  );
}
