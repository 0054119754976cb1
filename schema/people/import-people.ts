import { z } from 'zod';
import { builder } from '../builder.js';
import { Upload } from '../files/index.js';
import { Organisation } from '../organisations/index.js';
import { globalIdSchema, parseInput } from '../shared/index.js';
import { actingAs } from '../users/index.js';
import { applyPeople, PEOPLE_TRANSACTION_TIMEOUT_MS, type PeopleResult } from './apply-people.js';
import { importPeopleErrors } from './errors.js';
import type { PersonChange, PersonRowErrorCode, PersonRowOutcome, PlannedPersonRow } from './import-plan.js';
import { describePersonRow } from './messages.js';
import { MAX_PEOPLE_FILE_BYTES, MAX_PEOPLE_ROWS, readPeopleFile } from './people-file.js';
import { loadHome } from './role-grants.js';

export const ImportPeopleRowOutcome = builder.enumType('ImportPeopleRowOutcome', {
  description: 'What importing one person did (or, in a dry run or a failed import, would do).',
  values: {
    CREATED: { description: 'A new account, its details, roles and identity.' },
    UPDATED: {
      description: 'An existing person whose details change, or who gains a role or an identity; see `changes`.',
    },
    UNCHANGED: { description: 'An existing person who already has these details, roles and identity.' },
    ERROR: { description: 'The row cannot be imported; see `code` and `message`. Nothing of the file was written.' },
  } satisfies Record<PersonRowOutcome, { description: string }>,
});

export const ImportPeopleRowErrorCode = builder.enumType('ImportPeopleRowErrorCode', {
  description: 'Why a row of a people file cannot be imported.',
  values: {
    MISSING_FIELD: { description: 'The login is blank, or the name of a new person.' },
    INVALID_VALUE: {
      description:
        'A value is malformed: a login, e-mail, phone number, stage or other field outside its limits, an identity with only its issuer or ' +
        'subject, a class or group code naming another kind of organisation.',
    },
    FORMULA_LIKE_VALUE: {
      description:
        'A text value begins with =, +, -, @, a tab or a carriage return, which a spreadsheet would run as a formula (CSV injection); such ' +
        'values are refused rather than stored.',
    },
    INVALID_NATIONAL_ID: {
      description:
        'The national ID number is not a possible one (18 characters, a real birth date, the GB 11643 check character).',
    },
    DUPLICATE_ROW: { description: 'An earlier row of the file has the same login, national ID number or identity.' },
    LOGIN_TAKEN: { description: 'The login belongs to a person whose home lies outside the organisation.' },
    NATIONAL_ID_TAKEN: { description: 'The national ID number belongs to another person.' },
    IDENTITY_TAKEN: { description: 'The identity (issuer and subject) belongs to another person.' },
    IDENTITY_BEYOND_SCOPE: {
      description:
        'The person holds a role on an organisation whose people the importer does not manage: whoever holds a sign-on acts with every ' +
        'role of the person, so only admins over all of them may link one (as linkIdentity).',
    },
    UNKNOWN_ROLE: { description: 'The roles cell names something that is not a role.' },
    UNKNOWN_ORGANISATION: {
      description: 'A role or the class or group cell names a code of no active organisation at or below this one.',
    },
    ROLE_NOT_GRANTABLE: {
      description:
        'A role the importer may not grant there: the wrong kind of organisation, above their level, or SYNC_CLIENT (see grantRole).',
    },
  } satisfies Record<PersonRowErrorCode, { description: string }>,
});

export const PersonChangeEnum = builder.enumType('PersonChange', {
  description: 'What an import changes for an existing person.',
  values: {
    NAME: { description: 'The display name.' },
    EMAIL: { description: 'The e-mail address.' },
    PHONE: { description: 'The phone number.' },
    SUBJECT: { description: 'The teaching subject.' },
    STAGE: { description: 'The school stage.' },
    EMPLOYEE_NUMBER: { description: 'The employee number.' },
    NATIONAL_ID: { description: 'The national ID number.' },
    ROLES: { description: 'A role is granted.' },
    IDENTITY: { description: 'A sign-on identity is linked.' },
  } satisfies Record<PersonChange, { description: string }>,
});

const ImportPeopleRow = builder.objectRef<PlannedPersonRow>('ImportPeopleRow').implement({
  description: 'The outcome of one row of an imported people file.',
  fields: (t) => ({
    row: t.exposeInt('row', {
      description: 'Row number in the spreadsheet (1-based; the header is a row, usually row 1).',
    }),
    login: t.exposeString('login', { description: 'The login on the row (blank when missing).' }),
    outcome: t.field({
      type: ImportPeopleRowOutcome,
      description: 'What the row did (or would do).',
      resolve: (row) => row.outcome,
    }),
    code: t.field({
      type: ImportPeopleRowErrorCode,
      nullable: true,
      description: 'Why the row failed; null unless outcome is ERROR.',
      resolve: (row) => row.code,
    }),
    message: t.string({
      nullable: true,
      description: 'What failed (ERROR) or what changed (UPDATED), for people, in the request’s language.',
      resolve: (row, _args, context) => describePersonRow(row, context.locale),
    }),
    changes: t.field({
      type: [PersonChangeEnum],
      description: 'What an UPDATED row changes; empty otherwise.',
      resolve: (row) => row.changes,
    }),
  }),
});

const ImportPeoplePayload = builder.objectRef<PeopleResult & { dryRun: boolean }>('ImportPeoplePayload').implement({
  description:
    'Every non-blank row of the file with its outcome, and the totals. All or nothing: when any row is an ERROR, nothing was written ' +
    '(the other rows show what they would have done).',
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True when the file was only checked.' }),
    written: t.exposeBoolean('written', {
      description:
        'True when something was written: not a dry run, no row failed, and some row creates or changes something (a repeated import writes nothing).',
    }),
    rows: t.field({
      type: [ImportPeopleRow],
      description: `Every person row in file order (at most ${MAX_PEOPLE_ROWS}).`,
      resolve: (result) => result.rows,
    }),
    created: t.exposeInt('created', { description: 'Rows that create a person.' }),
    updated: t.exposeInt('updated', { description: 'Rows that change a person.' }),
    unchanged: t.exposeInt('unchanged', { description: 'Rows that change nothing.' }),
    errors: t.exposeInt('errors', { description: 'Rows that cannot be imported.' }),
  }),
});

const ImportPeopleInput = builder.inputType('ImportPeopleInput', {
  description: 'A file of people to create or update in an organisation.',
  fields: (t) => ({
    organisationId: t.globalID({
      required: true,
      for: Organisation,
      description:
        'The school, district or province: new people’s home; roles without a code are held on it; codes name organisations at or below it.',
    }),
    file: t.field({
      type: Upload,
      required: true,
      description:
        `A CSV (UTF-8, with or without a byte-order mark) or XLSX (first worksheet) file of at most ${MAX_PEOPLE_FILE_BYTES / 1024 / 1024} MB and ` +
        `${MAX_PEOPLE_ROWS} people. The first non-blank row is the header; columns by header, in any order: login (登录名), name (姓名), and ` +
        'optionally phone (电话 / 手机), email (邮箱), subject (学科), stage (学段: PRIMARY or 小学 …), employeeNumber (工号), nationalId (身份证号), ' +
        'roles (角色: "TEACHER;CLASS_TUTOR@<class code>"), class (班级) and group (教研组) codes the person joins as a member, ' +
        'identityIssuer (身份来源) and identitySubject (身份标识). Other columns are ignored; blank cells keep what is stored.',
    }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Only check the file and report each row’s outcome; write nothing. Default false.',
    }),
  }),
});

const importPeopleSchema = z.object({
  organisationId: globalIdSchema,
  // Yoga hands a WHATWG File (its ponyfill under Node), so no instanceof check.
  file: z.custom<File>(
    (value) => typeof value === 'object' && value !== null && typeof (value as File).arrayBuffer === 'function',
    'VALIDATION.notAFile',
  ),
  dryRun: z
    .boolean()
    .nullish()
    .transform((dryRun) => dryRun ?? false),
});

builder.mutationField('importPeople', (t) =>
  t.field({
    type: ImportPeoplePayload,
    description:
      'Creates and updates people of a school, district or province from a CSV or XLSX file (a multipart request: the GraphQL multipart ' +
      'request spec): new logins become accounts at home in the organisation; existing people at or below it get the details given; ' +
      'roles and class or group memberships are granted (never revoked), and identities linked. All or nothing, in one transaction: any ' +
      'row in error and nothing is written, yet every row is reported. Importing the same file again reports every row UNCHANGED and ' +
      'writes nothing. For the admins who manage the organisation’s people (action people:manage); each role must be one they may grant.',
    authorize: {
      action: 'people:manage',
      resource: (_root, args) => ({ kind: 'Organisation', id: args.input.organisationId.id }),
    },
    errors: { types: importPeopleErrors, directResult: true },
    args: {
      input: t.arg({ type: ImportPeopleInput, required: true, description: 'The organisation and the file.' }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(importPeopleSchema, args.input);
      const rows = await readPeopleFile(input.file);
      const result = await context.db.prisma.$transaction(
        async (tx) => {
          await actingAs(tx, context.viewer.user?.id ?? null);
          const home = await loadHome(tx, input.organisationId.id, 'organisationId');
          return applyPeople(tx, home, rows, {
            dryRun: input.dryRun,
            grantor: context.viewer.assignments,
            nationalIdKey: context.keys.nationalId,
          });
        },
        { timeout: PEOPLE_TRANSACTION_TIMEOUT_MS },
      );
      return { ...result, dryRun: input.dryRun };
    },
  }),
);
