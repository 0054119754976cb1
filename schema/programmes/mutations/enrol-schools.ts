import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { must } from '../../../api/util/must.js';
import { builder } from '../../builder.js';
import { Organisation } from '../../organisations/index.js';
import {
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
  problem,
  type ValidationProblem,
} from '../../shared/index.js';
import { BATCH_INCLUDE, Batch } from '../batch.js';
import { batchAcceptsSchool, withinTotalQuota } from '../batch-rules.js';
import {
  enrolSchoolsErrors,
  QuotaBelowEnrolledError,
  SchoolDeactivatedError,
  StageMismatchError,
  TotalQuotaExceededError,
} from '../errors.js';

/** Most schools one enrolSchools call takes. */
export const MAX_SCHOOLS_PER_CALL = 100;
/** Largest quota of one school in one batch (teachers). */
export const MAX_QUOTA = 100_000;

const SchoolQuotaInput = builder.inputType('SchoolQuotaInput', {
  description: 'A school and its quota (名额) of teachers in the batch.',
  fields: (t) => ({
    schoolId: t.globalID({ required: true, for: Organisation, description: 'A school of the programme’s district.' }),
    quota: t.int({ required: true, description: `Teachers the school may enrol in the batch: 0 to ${MAX_QUOTA}.` }),
  }),
});

const EnrolSchoolsInput = builder.inputType('EnrolSchoolsInput', {
  description: 'Schools to enrol in a batch, or whose quotas to change.',
  fields: (t) => ({
    batchId: t.globalID({ required: true, for: Batch }),
    schools: t.field({
      type: [SchoolQuotaInput],
      required: true,
      description: `1 to ${MAX_SCHOOLS_PER_CALL} schools, each once.`,
    }),
  }),
});

const enrolSchoolsSchema = z.object({
  batchId: globalIdSchema,
  schools: z
    .array(
      z.object({
        schoolId: globalIdSchema,
        quota: z.int().min(0).max(MAX_QUOTA),
      }),
    )
    .min(1)
    .max(MAX_SCHOOLS_PER_CALL)
    .superRefine((schools, ctx) => {
      const seen = new Set<string>();
      schools.forEach((school, index) => {
        if (seen.has(school.schoolId.id))
          ctx.addIssue({ code: 'custom', path: [index, 'schoolId'], message: 'VALIDATION.schoolGivenTwice' });
        seen.add(school.schoolId.id);
      });
    }),
});

builder.mutationField('enrolSchools', (t) =>
  t.prismaField({
    type: 'Batch',
    description:
      'Enrols schools of the programme’s district in a batch with their quotas, or changes their quotas. Only the district’s admins may; ' +
      'not once the programme is CLOSED. Refused, with nothing changed: a school whose recorded stages share none with the batch’s ' +
      '(STAGE_MISMATCH; a school that records no stages is accepted), a deactivated school (SCHOOL_DEACTIVATED), a quota below the ' +
      'school’s enrolled teachers (QUOTA_BELOW_ENROLLED), quotas adding up to more than the batch’s totalQuota (TOTAL_QUOTA_EXCEEDED). All or nothing.',
    authorize: {
      action: 'programme:manage',
      resource: (_root, args) => ({ kind: 'Batch', id: args.input.batchId.id }),
    },
    errors: {
      types: enrolSchoolsErrors,
      dataField: { name: 'batch', description: 'The batch with its schools.' },
    },
    args: { input: t.arg({ type: EnrolSchoolsInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(enrolSchoolsSchema, args.input);
      const prisma = context.db.prisma;
      const batch = await prisma.batch.findUniqueOrThrow({
        where: { id: input.batchId.id },
        select: { id: true, name: true, stages: true, programme: { select: { orgPath: true, status: true } } },
      });
      const districtPath = batch.programme.orgPath;
      if (batch.programme.status === 'CLOSED') throw new InvalidStateError('programmeClosed');

      const ids = input.schools.map((school) => school.schoolId.id);
      const schools = await prisma.organisation.findMany({
        where: { id: { in: ids }, ...context.viewer.within('path') },
        select: { id: true, kind: true, path: true, name: true, stages: true, deactivatedAt: true },
      });
      const byId = new Map(schools.map((school) => [school.id, school]));
      const issues: ValidationProblem[] = [];
      input.schools.forEach((entry, index) => {
        const school = byId.get(entry.schoolId.id);
        if (!school) throw new NotFoundError('School');
        const path = ['input', 'schools', index, 'schoolId'];
        const params = { name: school.name, kind: school.kind.toLowerCase() };
        if (school.kind !== 'SCHOOL') issues.push(problem(path, 'VALIDATION.schoolNotSchool', params));
        else if (!school.path.startsWith(districtPath))
          issues.push(problem(path, 'VALIDATION.schoolOutsideDistrict', params));
      });
      if (issues.length) throw new InputValidationError({ issues });
      for (const entry of input.schools) {
        const school = must(byId, entry.schoolId.id, 'school');
        if (school.deactivatedAt) throw new SchoolDeactivatedError(school.name);
        if (!batchAcceptsSchool(batch.stages, school.stages))
          throw new StageMismatchError(school.name, school.stages, batch.name, batch.stages);
      }

      await prisma.$transaction(async (tx) => {
        // Serialises quota changes of the batch, so two calls cannot together pass its total.
        const [locked] = await tx.$queryRaw<Array<{ totalQuota: number | null }>>`
          SELECT "totalQuota" FROM "Batch" WHERE id = ${batch.id} FOR UPDATE`;
        const enrolled = await tx.enrolment.groupBy({
          by: ['schoolId'],
          where: { batchId: batch.id, schoolId: { in: ids } },
          _count: { _all: true },
        });
        const enrolledBySchool = new Map(enrolled.map((row) => [row.schoolId, row._count._all]));
        for (const entry of input.schools) {
          const count = enrolledBySchool.get(entry.schoolId.id) ?? 0;
          if (entry.quota < count)
            throw new QuotaBelowEnrolledError(must(byId, entry.schoolId.id, 'school').name, entry.quota, count);
        }
        const totalQuota = locked?.totalQuota ?? null;
        if (totalQuota !== null) {
          const others = await tx.batchSchool.aggregate({
            where: { batchId: batch.id, schoolId: { notIn: ids } },
            _sum: { quota: true },
          });
          const allocated = (others._sum.quota ?? 0) + input.schools.reduce((sum, entry) => sum + entry.quota, 0);
          if (!withinTotalQuota(totalQuota, allocated))
            throw new TotalQuotaExceededError(batch.name, totalQuota, allocated);
        }
        const existing = await tx.batchSchool.findMany({
          where: { batchId: batch.id, schoolId: { in: ids } },
          select: { schoolId: true, quota: true },
        });
        const current = new Map(existing.map((row) => [row.schoolId, row.quota]));
        const fresh = input.schools.filter((entry) => !current.has(entry.schoolId.id));
        if (fresh.length) {
          await tx.batchSchool.createMany({
            data: fresh.map((entry) => ({
              batchId: batch.id,
              schoolId: entry.schoolId.id,
              orgPath: must(byId, entry.schoolId.id, 'school').path,
              quota: entry.quota,
            })),
          });
        }
        // One UPDATE per distinct new quota, not per school.
        const changed = new Map<number, string[]>();
        for (const entry of input.schools) {
          const old = current.get(entry.schoolId.id);
          if (old !== undefined && old !== entry.quota)
            changed.set(entry.quota, [...(changed.get(entry.quota) ?? []), entry.schoolId.id]);
        }
        for (const [quota, schoolIds] of changed) {
          await tx.batchSchool.updateMany({
            where: { batchId: batch.id, schoolId: { in: schoolIds } },
            data: { quota },
          });
        }
      });
      return prisma.batch.findUniqueOrThrow({ ...payloadQuery(query, BATCH_INCLUDE), where: { id: batch.id } });
    },
  }),
);
