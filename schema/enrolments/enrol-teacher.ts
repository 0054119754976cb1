import { z } from 'zod';
import { startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Batch } from '../programmes/index.js';
import { AppError, ConflictError, globalIdSchema, NotFoundError, parseInput, payloadQuery } from '../shared/index.js';
import { checkNationalId } from '../users/index.js';
import { ENROLMENT_INCLUDE } from './enrolment.js';
import { ENROLMENT_TRANSACTION_TIMEOUT_MS, loadEnrolmentTarget } from './enrolment-target.js';
import { enrolmentErrors, InvalidNationalIdError, QuotaExceededError } from './errors.js';
import { applyRoster } from './roster-import.js';
import {
  FORMULA_START_DESCRIPTION,
  LOGIN_PATTERN,
  MAX_DISPLAY_NAME_LENGTH,
  MAX_EMAIL_LENGTH,
  MAX_LOGIN_LENGTH,
  type PlannedRow,
} from './rules.js';

const TeacherInput = builder.inputType('TeacherInput', {
  description: 'A teacher to enrol: an existing user of the school (by login) or a new one.',
  fields: (t) => ({
    login: t.string({
      required: true,
      description: `Login: 1 to ${MAX_LOGIN_LENGTH} characters, no spaces, not beginning with =, +, -, @, a tab or a carriage return. A new account’s JWT subject is the login.`,
    }),
    displayName: t.string({
      required: true,
      description: `Name shown to others: 1 to ${MAX_DISPLAY_NAME_LENGTH} characters, not beginning with =, +, -, @, a tab or a carriage return. Replaces an existing user’s name.`,
    }),
    email: t.string({
      required: false,
      description: `E-mail address, at most ${MAX_EMAIL_LENGTH} characters, not beginning with =, +, -, @, a tab or a carriage return. Omitted: an existing user’s stays.`,
    }),
    nationalId: t.string({
      required: false,
      description:
        'National ID number (居民身份证号): 18 characters with a valid GB 11643 check character. Stored only as a keyed hash and a masked form (440402********1234).',
    }),
    classId: t.globalID({
      required: false,
      for: Organisation,
      description:
        'A class of the school. Used only when the programme does not form one class per school; otherwise the school’s programme class is used.',
    }),
  }),
});

const EnrolTeacherInput = builder.inputType('EnrolTeacherInput', {
  description: 'One teacher to enrol in a batch through their school.',
  fields: (t) => ({
    batchId: t.globalID({
      required: true,
      for: Batch,
      description: 'The batch; the school must be enrolled in it (have a quota).',
    }),
    schoolId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The school; the viewer must be its school admin.',
    }),
    teacher: t.field({
      type: TeacherInput,
      required: true,
      description: 'The teacher: an existing user of the school (by login) or a new one.',
    }),
  }),
});

/** Text a spreadsheet would not run as a formula; checked before trimming, as an imported cell is. */
const notFormula = (field: string) =>
  z.string().refine((value) => !startsLikeFormula(value), `${field} must not begin with ${FORMULA_START_DESCRIPTION}`);
const text = (field: string, max: number) =>
  notFormula(field).trim().min(1, `${field} must not be empty`).max(max, `${field} must be at most ${max} characters`);

const enrolTeacherSchema = z.object({
  batchId: globalIdSchema,
  schoolId: globalIdSchema,
  teacher: z.object({
    login: text('login', MAX_LOGIN_LENGTH).regex(LOGIN_PATTERN, 'login must not contain spaces'),
    displayName: text('displayName', MAX_DISPLAY_NAME_LENGTH),
    email: notFormula('email').pipe(z.email('email must be an e-mail address').max(MAX_EMAIL_LENGTH)).nullish(),
    nationalId: z.string().nullish(),
    classId: globalIdSchema.nullish(),
  }),
});

/** The typed error for a roster row that failed. */
function rowError(row: PlannedRow, quota: { quota: number; enrolled: number }): AppError {
  switch (row.code) {
    case 'QUOTA_EXCEEDED':
      return new QuotaExceededError(quota.quota, quota.enrolled);
    case 'UNKNOWN_CLASS':
      return new NotFoundError('Class');
    case 'LOGIN_TAKEN':
    case 'NATIONAL_ID_TAKEN':
    case 'ALREADY_ENROLLED':
    case 'DUPLICATE_ROW':
      return new ConflictError(row.message ?? 'The teacher conflicts with existing data.');
    default:
      return new AppError(row.message ?? 'The teacher cannot be enrolled.', 'INVALID_INPUT');
  }
}

builder.mutationField('enrolTeacher', (t) =>
  t.prismaField({
    type: 'Enrolment',
    description:
      'Enrols one teacher of a school in a batch, within the school’s quota: creates their account (home: the school, TEACHER role) ' +
      'when the login is new, or uses the school’s existing user (whose name, e-mail and national ID given here replace the stored ones). ' +
      'The teacher joins the school’s programme class (created when missing) or the given class, and their selection window starts. ' +
      'Only the school’s admins may; the programme must not be CLOSED. Refused when the teacher is already enrolled in the programme (CONFLICT).',
    authScopes: { authenticated: true },
    errors: {
      types: enrolmentErrors,
      result: { description: 'The teacher is enrolled.' },
      dataField: { name: 'enrolment', description: 'The new enrolment.' },
    },
    args: {
      input: t.arg({ type: EnrolTeacherInput, required: true, description: 'The batch, the school and the teacher.' }),
    },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(enrolTeacherSchema, args.input);
      const { teacher } = input;
      if (teacher.nationalId) {
        const check = checkNationalId(teacher.nationalId);
        if (!check.valid) throw new InvalidNationalIdError(check.problem, check.message);
      }
      const prisma = context.db.prisma;
      const enrolmentId = await prisma.$transaction(
        async (tx) => {
          const target = await loadEnrolmentTarget(tx, context, input.batchId.id, input.schoolId.id);
          const row = {
            row: 1,
            login: teacher.login,
            name: teacher.displayName,
            email: teacher.email ?? '',
            nationalId: teacher.nationalId ?? '',
            class: teacher.classId?.id ?? '',
          };
          const result = await applyRoster(tx, target, [row], {
            dryRun: false,
            actorId: context.viewer.user?.id ?? null,
            comment: null,
            nationalIdKey: context.keys.nationalId,
          });
          const planned = result.rows[0]!;
          if (planned.outcome === 'ERROR')
            throw rowError(planned, { quota: target.quota, enrolled: result.enrolledBefore });
          if (planned.outcome !== 'CREATED')
            throw new ConflictError(`${planned.login} is already enrolled in this programme.`);
          return result.enrolmentIds[0]!;
        },
        { timeout: ENROLMENT_TRANSACTION_TIMEOUT_MS },
      );
      return prisma.enrolment.findUniqueOrThrow({
        ...payloadQuery(query, ENROLMENT_INCLUDE),
        where: { id: enrolmentId },
      });
    },
  }),
);
