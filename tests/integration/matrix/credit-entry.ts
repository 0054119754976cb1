/**
 * Rows of entering and confirming credit hours (学时录入与审核确认): declaring a school's training finished, the bulk
 * entry and the file import, the school's and the district's confirmations, the school hours page, the confirmation
 * console and the district summary. Each tenant's school has declared its training finished already (so declaring
 * again changes nothing); every other allowed mutation is refused after the check or changes nothing: no rows (a
 * ValidationError), a dry run, and confirmations of an entry that does not exist (a per-row ENTRY_NOT_FOUND).
 */
import { gid } from '../../kit/ids.js';
import type { UserRef } from '../../kit/world.js';
import {
  actionOf,
  ask,
  matrix,
  mutate,
  mutationOutcome,
  type Outcome,
  present,
  type Row,
  SCHOOL_VIEWERS,
  type Tenant,
  type Viewer,
} from './kit.js';

/** A credit-hour entry that does not exist: confirming it reports the row and writes nothing. */
const NO_ENTRY = gid('CreditEntry', '00000000-0000-7000-8000-000000000000');

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const where = { programmeId: target.p.id, schoolId: target.s.school.id };
  await prisma.schoolCompletion.createMany({
    data: [{ ...where, orgPath: target.s.school.path, finishedAt: new Date(), finishedById: target.s.admin.id }],
    skipDuplicates: true,
  });
  await prisma.schoolCompletion.updateMany({ where: { ...where, finishedAt: null }, data: { finishedAt: new Date() } });
}

/** Who reads a school's hours pages: the admins over the school (credit:read). */
const SCHOOL_HOURS_READERS: Partial<Record<Viewer, Outcome>> = {
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

const school = (x: Tenant) => ({ programmeId: x.p.gid, schoolId: x.s.school.gid });

/** A dry run of a CSV: checked after the authorization, nothing written. */
async function importDryRun(x: Tenant, as: UserRef | null) {
  const query = 'mutation($input: ImportCreditHoursInput!) { importCreditHours(input: $input) { __typename } }';
  const res = await matrix.t.upload(
    query,
    { input: { ...school(x), file: null, dryRun: true } },
    {
      'input.file': {
        bytes: `login,hours\n${x.enrolment.teacher.login},1\n`,
        filename: 'hours.csv',
        contentType: 'text/csv',
      },
    },
    { as },
  );
  const result = (res.data as { importCreditHours?: { __typename: string } } | null)?.importCreditHours;
  if (!result) throw new Error(`importCreditHours: ${JSON.stringify(res.errors)}`);
  return mutationOutcome(result);
}

export const rows: Record<string, Row> = {
  'Mutation.declareSchoolTrainingFinished': {
    // Declared in prepare: declaring again changes nothing.
    run: (x, as) => mutate('declareSchoolTrainingFinished', 'DeclareSchoolTrainingFinishedInput', school(x), as),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin'),
  },
  'Mutation.enterCreditHours': {
    // No rows: a ValidationError after the check.
    run: (x, as) => mutate('enterCreditHours', 'EnterCreditHoursInput', { ...school(x), rows: [] }, as),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin'),
  },
  'Mutation.importCreditHours': {
    run: importDryRun,
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin'),
  },
  'Mutation.confirmSchoolCreditEntries': {
    run: (x, as) =>
      mutate(
        'confirmSchoolCreditEntries',
        'ConfirmSchoolCreditEntriesInput',
        { ...school(x), entryIds: [NO_ENTRY] },
        as,
      ),
    own: actionOf(SCHOOL_VIEWERS, 'schoolAdmin'),
  },
  'Mutation.confirmDistrictCreditEntries': {
    // With the school, so the closing guard sees the school (without it the resource is the programme).
    run: (x, as) =>
      mutate(
        'confirmDistrictCreditEntries',
        'ConfirmDistrictCreditEntriesInput',
        { ...school(x), entryIds: [NO_ENTRY] },
        as,
      ),
    own: actionOf(SCHOOL_VIEWERS, 'districtAdmin'),
  },
  'Query.schoolCreditHours': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolCreditHours(programmeId: $p, schoolId: $s, first: 5) { totalCount } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: SCHOOL_HOURS_READERS,
  },
  'Query.pendingCreditEntries': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { pendingCreditEntries(programmeId: $p, schoolId: $s, level: SCHOOL, first: 5) { totalCount } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: SCHOOL_HOURS_READERS,
  },
  'Query.districtCreditSummary': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!) { districtCreditSummary(programmeId: $p, first: 5) { totalCount } }',
          { p: x.p.gid },
          as,
        ),
      ),
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
};
