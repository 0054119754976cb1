import type { FileKind } from '../../api/storage/file-types.js';
import { builder } from '../builder.js';
import { storeUpload, Upload } from '../files/index.js';
import { recordDecision } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { planGateReached, selectionCounts } from '../selections/index.js';
import { actingUserId, payloadQuery } from '../shared/index.js';
import { GateNotReachedError, uploadSchoolPlanErrors } from './errors.js';
import { SchoolPlan } from './school-plan.js';
import { loadSchoolProgramme } from './school-programme.js';

/** Largest school plan accepted: 20 MB (20 × 1024 × 1024 bytes). */
export const SCHOOL_PLAN_MAX_BYTES = 20 * 1024 * 1024;
/** Types a school plan may have. */
export const SCHOOL_PLAN_TYPES: readonly FileKind[] = ['pdf', 'doc', 'docx'];

const UploadSchoolPlanInput = builder.inputType('UploadSchoolPlanInput', {
  description: 'A school’s IT development plan for a programme; it replaces the previous one.',
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
    file: t.field({
      type: Upload,
      required: true,
      description: `The plan: PDF, DOC or DOCX (by extension and by content), at most 20 MB (${SCHOOL_PLAN_MAX_BYTES} bytes).`,
    }),
  }),
});

builder.mutationField('uploadSchoolPlan', (t) =>
  t.prismaField({
    type: SchoolPlan,
    description:
      'Uploads a school’s IT development plan for a programme, replacing the previous one (whose file is kept). ' +
      'Only the school’s admins may (action school:uploadPlan). ' +
      'Where the programme sets a plan gate (rules.selection.schoolPlanGateRate), the share of the school’s enrolled teachers with a submitted ' +
      'or approved selection must have reached it. Send as a multipart request; recorded in the plan’s history (UPLOAD, with the sha256).',
    authorize: {
      action: 'school:uploadPlan',
      resource: (_root, args) => ({ kind: 'School', id: args.input.schoolId.id }),
    },
    errors: {
      types: uploadSchoolPlanErrors,
      dataField: { name: 'schoolPlan', description: 'The plan as now uploaded.' },
    },
    args: { input: t.arg({ type: UploadSchoolPlanInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { programmeId, schoolId, file } = args.input;
      const { school, programme } = await loadSchoolProgramme(context, programmeId.id, schoolId.id);
      const prisma = context.db.prisma;

      const gateRate = parseProgrammeRules(programme.rules).selection.schoolPlanGateRate;
      if (gateRate !== undefined) {
        const [counts] = await selectionCounts(prisma, programme.id, [school.id]);
        if (!counts) throw new Error('selectionCounts gives one row per school asked for');
        const { selected, enrolled } = counts;
        const gate = planGateReached({ selected, total: enrolled }, gateRate);
        if (!gate.reached) throw new GateNotReachedError(selected, enrolled, gate.rate, gateRate);
      }

      const actorId = actingUserId(context);
      const plan = await storeUpload(
        prisma,
        context.files.storage,
        file,
        {
          allowedTypes: SCHOOL_PLAN_TYPES,
          maxBytes: SCHOOL_PLAN_MAX_BYTES,
          orgPath: school.path,
          uploadedById: actorId,
        },
        async (tx, stored) => {
          const key = { programmeId_schoolId: { programmeId: programme.id, schoolId: school.id } };
          const previous = await tx.schoolPlan.findUnique({
            where: key,
            select: { file: { select: { sha256: true } } },
          });
          const saved = await tx.schoolPlan.upsert({
            where: key,
            create: {
              programmeId: programme.id,
              schoolId: school.id,
              orgPath: school.path,
              fileId: stored.id,
              uploadedById: actorId,
            },
            update: { fileId: stored.id, uploadedById: actorId, uploadedAt: new Date() },
            select: { id: true },
          });
          await recordDecision(tx, {
            subjectType: 'SchoolPlan',
            subjectId: saved.id,
            actorId,
            action: 'UPLOAD',
            comment:
              `sha256 ${stored.sha256}: ${stored.filename} (${stored.size} bytes)` +
              (previous ? `; replaces sha256 ${previous.file.sha256}` : ''),
            orgPath: school.path,
          });
          return saved;
        },
      );
      return prisma.schoolPlan.findUniqueOrThrow({ ...payloadQuery(query), where: { id: plan.id } });
    },
  }),
);
