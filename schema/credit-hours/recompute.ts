/**
 * The sweep (重新认定学时): credits what a programme's teachers (or one school's) earned and is not on the ledger yet,
 * in chunks; the same crediting as after each progress change, for the changes a check missed (an API instance that
 * stopped before its pending checks ran, rules changed since).
 */
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { NotFoundError } from '../shared/index.js';
import { CREDIT_CHUNK, creditEarnedHours } from './auto-credit.js';
import { recomputeCreditHoursErrors } from './errors.js';

interface RecomputeShape {
  checked: number;
  appended: number;
}

const RecomputeCreditHoursPayload = builder.objectRef<RecomputeShape>('RecomputeCreditHoursPayload').implement({
  description: 'The sweep ran.',
  fields: (t) => ({
    checked: t.exposeInt('checked', { description: 'Enrolments checked.' }),
    appended: t.exposeInt('appended', { description: 'Entries appended (0 when everything was on the ledger).' }),
  }),
});

const RecomputeCreditHoursInput = builder.inputType('RecomputeCreditHoursInput', {
  description: 'Whose hours to credit: a programme’s teachers, or one school’s.',
  fields: (t) => ({
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
    schoolId: t.globalID({
      required: false,
      for: Organisation,
      description: 'Only this school’s teachers (required for a school admin).',
    }),
  }),
});

builder.mutationField('recomputeCreditHours', (t) =>
  t.field({
    type: RecomputeCreditHoursPayload,
    description:
      'Credits the online-study and group-activity hours teachers earned but that are not on the ledger yet (action credit:recompute ' +
      'over the school, or over the programme’s district without a school): the same crediting as after each progress change — an ' +
      'ONLINE_STUDY entry of `rules.hours.onlineHours` when the online study passed, a GROUP_ACTIVITY entry for completed group ' +
      'activities up to the cap when `rules.hours.creditGroupActivities` — never twice, never for a school that closed. Safe to run ' +
      'again (then it appends nothing) and alongside the automatic checks of other API instances.',
    authorize: {
      action: 'credit:recompute',
      resource: (_root, args) =>
        args.input.schoolId
          ? { kind: 'School', id: args.input.schoolId.id, programmeId: args.input.programmeId.id }
          : { kind: 'Programme', id: args.input.programmeId.id },
    },
    errors: { types: recomputeCreditHoursErrors, directResult: true },
    args: {
      input: t.arg({ type: RecomputeCreditHoursInput, required: true, description: 'The programme and school.' }),
    },
    resolve: async (_root, args, context) => {
      const prisma = context.db.prisma;
      const programmeId = args.input.programmeId.id;
      const programme = await prisma.programme.findUnique({ where: { id: programmeId }, select: { orgPath: true } });
      if (!programme || !context.viewer.isOnLine(programme.orgPath)) throw new NotFoundError('Programme');
      const where = { programmeId, ...(args.input.schoolId ? { schoolId: args.input.schoolId.id } : {}) };
      const result: RecomputeShape = { checked: 0, appended: 0 };
      let after: string | undefined;
      for (;;) {
        const page = await prisma.enrolment.findMany({
          where: { ...where, ...(after ? { id: { gt: after } } : {}) },
          select: { id: true },
          orderBy: { id: 'asc' },
          take: CREDIT_CHUNK,
        });
        if (page.length === 0) break;
        const run = await creditEarnedHours(
          prisma,
          page.map(({ id }) => id),
        );
        result.checked += page.length;
        result.appended += run.appended;
        after = page.at(-1)?.id;
        if (page.length < CREDIT_CHUNK) break;
      }
      return result;
    },
  }),
);
