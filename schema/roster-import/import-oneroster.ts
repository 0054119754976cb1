import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { translate } from '../../api/i18n/messages.js';
import {
  MAX_ONEROSTER_ENTRIES,
  MAX_ONEROSTER_FILE_BYTES,
  MAX_ONEROSTER_ROWS,
  MAX_ONEROSTER_TOTAL_BYTES,
  MAX_ONEROSTER_ZIP_BYTES,
  type OneRosterFileKind,
  OneRosterFileProblem,
  readOneRosterBundle,
} from '../../api/standards/oneroster-csv.js';
import { builder } from '../builder.js';
import { FileTooLargeError, Upload } from '../files/index.js';
import { Organisation } from '../organisations/index.js';
import { PEOPLE_TRANSACTION_TIMEOUT_MS } from '../people/index.js';
import { Programme } from '../programmes/index.js';
import { globalIdSchema, NotFoundError, parseInput } from '../shared/index.js';
import { protectNationalId } from '../users/index.js';
import { applyRoster, loadRosterState } from './apply.js';
import { importOneRosterErrors, RosterFileError, RosterProblemCodeEnum } from './errors.js';
import {
  boundedRows,
  MAX_ROSTER_ROW_RESULTS,
  planRoster,
  type RosterAction,
  type RosterCounts,
  type RosterProblem,
  type RosterRowResult,
} from './plan.js';

const RosterFileEnum = builder.enumType('OneRosterFile', {
  description: 'A CSV file of a OneRoster bundle.',
  values: {
    ORGS: { description: 'orgs.csv' },
    USERS: { description: 'users.csv' },
    CLASSES: { description: 'classes.csv' },
    ENROLLMENTS: { description: 'enrollments.csv' },
  } satisfies Record<OneRosterFileKind, { description: string }>,
});

const RosterActionEnum = builder.enumType('OneRosterAction', {
  description: 'What importing a row did (or, in a dry run or a failed import, would do).',
  values: {
    CREATE: { description: 'A new school, class, person, class tutor or class member.' },
    UPDATE: {
      description:
        'An existing one changes: renamed, reactivated, deactivated (status tobedeleted), new details or roles, a placement.',
    },
    UNCHANGED: { description: 'Already as the row says.' },
    ERROR: { description: 'The row cannot be imported; see `problems`. Nothing of the bundle was written.' },
  } satisfies Record<RosterAction, { description: string }>,
});

const RosterProblemRef = builder.objectRef<RosterProblem>('OneRosterRowProblem').implement({
  description: 'One problem of a row.',
  fields: (t) => ({
    column: t.exposeString('column', {
      nullable: true,
      description: 'The CSV column at fault (as headed in the spec); null for the row.',
    }),
    code: t.field({ type: RosterProblemCodeEnum, description: 'What is wrong.', resolve: (p) => p.code }),
    message: t.string({
      description: 'For people, in the request’s language.',
      resolve: (p, _args, context) => translate(context.locale, p.message.key, p.message.params),
    }),
  }),
});

const RosterRowRef = builder.objectRef<RosterRowResult>('OneRosterRowResult').implement({
  description: 'The outcome of one row of a OneRoster bundle.',
  fields: (t) => ({
    file: t.field({ type: RosterFileEnum, description: 'The file of the row.', resolve: (row) => row.file }),
    line: t.exposeInt('line', { description: 'Line of the file the row ends on (1-based; the header is line 1).' }),
    sourcedId: t.exposeString('sourcedId', { description: 'The row’s sourcedId (blank when missing).' }),
    action: t.field({
      type: RosterActionEnum,
      description: 'What the row did (or would do).',
      resolve: (row) => row.action,
    }),
    problems: t.field({
      type: [RosterProblemRef],
      description: 'Why an ERROR row failed; empty otherwise.',
      resolve: (row) => row.problems,
    }),
  }),
});

const RosterCountRef = builder
  .objectRef<{ file: OneRosterFileKind; counts: Record<RosterAction, number> }>('OneRosterFileCounts')
  .implement({
    description: 'Rows of one file by action.',
    fields: (t) => ({
      file: t.field({ type: RosterFileEnum, description: 'The file.', resolve: (c) => c.file }),
      create: t.int({ description: 'Rows that create.', resolve: (c) => c.counts.CREATE }),
      update: t.int({ description: 'Rows that change.', resolve: (c) => c.counts.UPDATE }),
      unchanged: t.int({ description: 'Rows that change nothing.', resolve: (c) => c.counts.UNCHANGED }),
      error: t.int({ description: 'Rows in error.', resolve: (c) => c.counts.ERROR }),
    }),
  });

interface Payload {
  dryRun: boolean;
  applied: boolean;
  rows: RosterRowResult[];
  counts: RosterCounts;
  errors: number;
  total: number;
}

const ImportOneRosterPayload = builder.objectRef<Payload>('ImportOneRosterPayload').implement({
  description:
    'The outcome of every row, by file and action, and at most ' +
    `${MAX_ROSTER_ROW_RESULTS} row results (error rows first). All or nothing: when any row is an ERROR nothing was written.`,
  fields: (t) => ({
    dryRun: t.exposeBoolean('dryRun', { description: 'True when the bundle was only checked.' }),
    applied: t.exposeBoolean('applied', {
      description: 'True when something was written: not a dry run, no row failed, and some row changes something.',
    }),
    errors: t.exposeInt('errors', { description: 'Rows in error, in all files.' }),
    totalRows: t.exposeInt('total', { description: 'Rows read, in all files.' }),
    counts: t.field({
      type: [RosterCountRef],
      description: 'Per file (ORGS, USERS, CLASSES, ENROLLMENTS), the rows by action.',
      resolve: (payload) =>
        (Object.keys(payload.counts) as OneRosterFileKind[]).map((file) => ({ file, counts: payload.counts[file] })),
    }),
    rows: t.field({
      type: [RosterRowRef],
      description: `Row results: errors first, then the others, in file and line order; at most ${MAX_ROSTER_ROW_RESULTS}.`,
      resolve: (payload) => payload.rows,
    }),
    rowsTruncated: t.boolean({
      description: `True when more than ${MAX_ROSTER_ROW_RESULTS} rows were read and some results are left out (the counts cover all).`,
      resolve: (payload) => payload.total > payload.rows.length,
    }),
  }),
});

const ImportOneRosterInput = builder.inputType('ImportOneRosterInput', {
  description: 'A OneRoster 1.2 CSV bundle to import into a district.',
  fields: (t) => ({
    districtId: t.globalID({
      required: true,
      for: Organisation,
      description: 'The district; the viewer must be its district admin.',
    }),
    file: t.field({
      type: Upload,
      required: true,
      description:
        `A zip (at most ${MAX_ONEROSTER_ZIP_BYTES / 1024 / 1024} MB, ${MAX_ONEROSTER_ENTRIES} entries; each file inflating to at most ` +
        `${MAX_ONEROSTER_FILE_BYTES / 1024 / 1024} MB, all to ${MAX_ONEROSTER_TOTAL_BYTES / 1024 / 1024} MB) holding manifest.csv and the ` +
        `files it lists: orgs.csv, users.csv, classes.csv, enrollments.csv (UTF-8, with or without a byte-order mark; at most ` +
        `${MAX_ONEROSTER_ROWS} rows each). Other files and unknown columns are ignored.`,
    }),
    dryRun: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Only check and report; write nothing. Default false.',
    }),
    programmeId: t.globalID({
      required: false,
      for: Programme,
      description:
        'A programme of the district: student enrollments then also place the trainee’s enrolment in it in the class (they must be enrolled).',
    }),
  }),
});

const inputSchema = z.object({
  districtId: globalIdSchema,
  file: z.custom<File>(
    (value) => typeof value === 'object' && value !== null && typeof (value as File).arrayBuffer === 'function',
    'VALIDATION.notAFile',
  ),
  dryRun: z
    .boolean()
    .nullish()
    .transform((dryRun) => dryRun ?? false),
  programmeId: globalIdSchema.nullish(),
});

builder.mutationField('importOneRoster', (t) =>
  t.field({
    type: ImportOneRosterPayload,
    description:
      'Imports a OneRoster 1.2 CSV bundle (a zip; a GraphQL multipart request) into a district: schools (orgs.csv), people ' +
      '(users.csv, by the rules of importPeople), classes (classes.csv), class tutors and class members (enrollments.csv), ' +
      'with status tobedeleted deactivating or removing. Every row is planned first; any row in error and nothing is written, ' +
      'otherwise everything is written in one transaction. Importing the same bundle again reports every row UNCHANGED and ' +
      'writes nothing. For the district’s admins (action roster:import); not open to sync clients.',
    authorize: {
      action: 'roster:import',
      resource: (_root, args) => ({ kind: 'District', id: args.input.districtId.id }),
    },
    errors: { types: importOneRosterErrors, directResult: true },
    args: { input: t.arg({ type: ImportOneRosterInput, required: true, description: 'The district and the bundle.' }) },
    resolve: async (_root, args, context) => {
      const input = parseInput(inputSchema, args.input);
      if (input.file.size > MAX_ONEROSTER_ZIP_BYTES)
        throw new FileTooLargeError(MAX_ONEROSTER_ZIP_BYTES, input.file.size);
      const bytes = new Uint8Array(await input.file.arrayBuffer());
      if (bytes.length > MAX_ONEROSTER_ZIP_BYTES) throw new FileTooLargeError(MAX_ONEROSTER_ZIP_BYTES, bytes.length);
      let bundle: ReturnType<typeof readOneRosterBundle>;
      try {
        bundle = readOneRosterBundle(bytes);
      } catch (error) {
        if (error instanceof OneRosterFileProblem) throw new RosterFileError(error);
        throw error;
      }
      const prisma = context.db.prisma;
      const district = await prisma.organisation.findUniqueOrThrow({
        where: { id: input.districtId.id },
        select: { id: true, code: true, path: true, name: true },
      });
      let programme: { id: string } | null = null;
      if (input.programmeId) {
        programme = await prisma.programme.findFirst({
          where: { id: input.programmeId.id, districtId: district.id },
          select: { id: true },
        });
        if (!programme) throw new NotFoundError('Programme');
      }
      const now = new Date();
      // Everything is read before the transaction (on PGlite the client cannot be used inside one).
      const state = await loadRosterState(prisma, bundle, district.path, programme?.id ?? null);
      const key = context.keys.nationalId;
      const plan = planRoster(bundle, {
        district,
        grantor: context.viewer.assignments,
        ...state,
        programme,
        newId: () => uuidv7({ msecs: now.getTime() }),
        protect: (normalized) => protectNationalId(normalized, key),
        today: now,
      });
      const apply = !input.dryRun && plan.errors === 0 && plan.changes;
      if (apply)
        await prisma.$transaction(
          (tx) =>
            applyRoster(tx, plan.writes, {
              districtId: district.id,
              actorId: context.viewer.user?.id ?? null,
              grantor: context.viewer.assignments,
              nationalIdKey: key,
              now,
            }),
          { timeout: PEOPLE_TRANSACTION_TIMEOUT_MS },
        );
      return {
        dryRun: input.dryRun,
        applied: apply,
        rows: boundedRows(plan.rows),
        counts: plan.counts,
        errors: plan.errors,
        total: plan.rows.length,
      };
    },
  }),
);
