import type { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { startsLikeFormula } from '../../api/spreadsheet/safe-cell.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Batch } from '../programmes/index.js';
import {
  type AppError,
  ConflictError,
  globalIdSchema,
  inputIssue,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { checkNationalId } from '../users/index.js';
import { ENROLMENT_INCLUDE } from './enrolment.js';
import { ENROLMENT_TRANSACTION_TIMEOUT_MS, loadEnrolmentTarget } from './enrolment-target.js';
import { enrolTeacherErrors, InvalidNationalIdError, QuotaExceededError } from './errors.js';
import { applyRoster } from './roster-import.js';
import {
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
    enrolledAt: t.field({
      type: 'DateTime',
      required: false,
      description:
        'When the teacher was enrolled, for a past roster: not in the future. The selection deadline is computed from it, so a date long past gives a window that has closed. Omitted: now.',
    }),
  }),
});

/** Text a spreadsheet would not run as a formula; checked before trimming, as an imported cell is. */
const notFormula = () => z.string().refine((value) => !startsLikeFormula(value), 'VALIDATION.formulaLike');
const text = (max: number) => notFormula().trim().min(1).max(max);

const enrolTeacherSchema = z.object({
  batchId: globalIdSchema,
  schoolId: globalIdSchema,
  teacher: z.object({
    login: text(MAX_LOGIN_LENGTH).regex(LOGIN_PATTERN, 'VALIDATION.noSpaces'),
    displayName: text(MAX_DISPLAY_NAME_LENGTH),
    email: notFormula().pipe(z.email().max(MAX_EMAIL_LENGTH)).nullish(),
    nationalId: z.string().nullish(),
    classId: globalIdSchema.nullish(),
  }),
  enrolledAt: z
    .date()
    .nullish()
    .refine((at) => !at || at.getTime() <= Date.now(), 'VALIDATION.enrolledInFuture'),
});

/** The typed error for a roster row that failed, worded as the row is. */
function rowError(row: PlannedRow, quota: { quota: number; enrolled: number }): AppError | InputValidationError {
  const message = row.message ?? { key: 'VALIDATION.invalid', params: { field: 'teacher' } };
  switch (row.code) {
    case 'QUOTA_EXCEEDED':
      return new QuotaExceededError(quota.quota, quota.enrolled);
    case 'UNKNOWN_CLASS':
      return new NotFoundError('Class');
    case 'INVALID_ENROLMENT_DATE':
      return inputIssue(['enrolledAt'], message.key, message.params);
    case 'LOGIN_TAKEN':
    case 'NATIONAL_ID_TAKEN':
    case 'ALREADY_ENROLLED':
    case 'DUPLICATE_ROW':
      return new ConflictError(message.key, message.params);
    default:
      // The input's own checks catch a row's other problems first; this reports any left, at the teacher.
      return inputIssue(['teacher'], message.key, message.params);
  }
}

/** What enrolTeacher did: the enrolment, and whether the teacher's account is new. */
interface EnrolTeacherResult {
  enrolmentId: string;
  accountCreated: boolean;
}

const EnrolTeacherPayload = builder.objectRef<EnrolTeacherResult>('EnrolTeacherPayload').implement({
  description: 'The teacher is enrolled.',
  fields: (t) => ({
    enrolment: t.prismaField({
      type: 'Enrolment',
      description: 'The new enrolment.',
      resolve: (query, result, _args, context) =>
        context.db.prisma.enrolment.findUniqueOrThrow({
          ...payloadQuery(query, ENROLMENT_INCLUDE),
          where: { id: result.enrolmentId },
        }),
    }),
    accountCreated: t.exposeBoolean('accountCreated', {
      description:
        'True when the login was new and the teacher’s account was created; false when an existing user was enrolled.',
    }),
  }),
});

builder.mutationField('enrolTeacher', (t) =>
  t.field({
    type: EnrolTeacherPayload,
    description:
      'Enrols one teacher of a school in a batch, within the school’s quota: creates their account (home: the school, TEACHER role) ' +
      'when the login is new, or uses the school’s existing user (whose name, e-mail and national ID given here replace the stored ones); ' +
      '`accountCreated` tells which. The teacher joins the school’s programme class (created when missing) or the given class, and their ' +
      'selection window starts: from `enrolledAt` when given (a past roster), else now. ' +
      'Only the school’s admins may; the programme must not be CLOSED. Refused when the teacher is already enrolled in the programme (CONFLICT).',
    authorize: {
      action: 'school:enrolTeachers',
      resource: (_root, args) => ({ kind: 'School', id: args.input.schoolId.id }),
    },
    errors: { types: enrolTeacherErrors, directResult: true },
    args: {
      input: t.arg({ type: EnrolTeacherInput, required: true, description: 'The batch, the school and the teacher.' }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(enrolTeacherSchema, args.input);
      const { teacher } = input;
      if (teacher.nationalId) {
        const check = checkNationalId(teacher.nationalId);
        if (!check.valid) throw new InvalidNationalIdError(check.problem, check.birthDate);
      }
      return context.db.prisma.$transaction(
        async (tx): Promise<EnrolTeacherResult> => {
          const target = await loadEnrolmentTarget(tx, input.batchId.id, input.schoolId.id);
          const row = {
            row: 1,
            login: teacher.login,
            name: teacher.displayName,
            email: teacher.email ?? '',
            nationalId: teacher.nationalId ?? '',
            class: teacher.classId?.id ?? '',
            enrolledAt: input.enrolledAt?.toISOString() ?? '',
          };
          const result = await applyRoster(tx, target, [row], {
            dryRun: false,
            actorId: context.viewer.user?.id ?? null,
            comment: null,
            nationalIdKey: context.keys.nationalId,
          });
          const [planned] = result.rows;
          if (!planned) throw new Error('a roster of one row planned no row');
          if (planned.outcome === 'ERROR')
            throw rowError(planned, { quota: target.quota, enrolled: result.enrolledBefore });
          if (planned.outcome !== 'CREATED') throw new ConflictError('alreadyEnrolled', { login: planned.login });
          const [enrolmentId] = result.enrolmentIds;
          if (!enrolmentId) throw new Error('an enrolled row has no enrolment');
          return { enrolmentId, accountCreated: planned.accountCreated };
        },
        { timeout: ENROLMENT_TRANSACTION_TIMEOUT_MS },
      );
    },
  }),
);
