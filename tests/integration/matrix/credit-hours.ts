/**
 * Rows of the credit-hour ledger (学时): the hours and ledger on the enrolment, an entry by its ID, the teacher's
 * transcript, reversals and the sweep. Each tenant's programme gets hour rules and its teacher one online entry (so
 * the reads have something to show); every allowed mutation changes nothing: a reversal with an empty reason is refused
 * after the check, and the sweep finds nothing due (the tenant's programme scores nothing online, so nothing passes).
 */
import { ask, matrix, mutate, type Outcome, present, type Row, type Tenant } from './kit.js';

/** An entry by its global ID (`node(id:)`, covered by core's Query.node row) reads like the ledger: see credit-hours.test.ts. */
interface Objects {
  entryGid: string;
}

const objects = (x: Tenant) => x.extra.creditHours as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const { enrolment, p } = target;
  const programme = await prisma.programme.findUniqueOrThrow({ where: { id: p.id }, select: { rules: true } });
  const rules = programme.rules as Record<string, unknown>;
  if (!rules.hours)
    await prisma.programme.update({ where: { id: p.id }, data: { rules: { ...rules, hours: { onlineHours: 30 } } } });
  const entry = await prisma.creditEntry.create({
    data: {
      programmeId: p.id,
      enrolmentId: enrolment.id,
      teacherId: enrolment.teacher.id,
      orgPath: enrolment.orgPath,
      source: 'ONLINE_STUDY',
      category: 'ONLINE',
      hours: 30,
      basis: { score: 90, minutes: 1200 },
      confirmations: { create: { level: 'SCHOOL', orgPath: enrolment.orgPath } },
    },
    select: { id: true },
  });
  target.extra.creditHours = {
    entryGid: Buffer.from(`CreditEntry:${entry.id}`).toString('base64'),
  } satisfies Objects;
}

/** Who reads a teacher's ledger: the teacher and the admins over the school (credit:read). */
const LEDGER_READERS: Partial<Record<string, Outcome>> = {
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

const enrolmentField =
  (selection: string, field: string): Row['run'] =>
  async (x, as) =>
    present(
      (
        await ask(
          `query($id: ID!) { node(id: $id) { ... on Enrolment { ${selection} } } }`,
          { id: x.enrolment.gid },
          as,
        )
      )?.[field],
    );

export const rows: Record<string, Row> = {
  'Enrolment.creditHours': {
    run: enrolmentField('creditHours { total lines { code message } }', 'creditHours'),
    own: LEDGER_READERS,
  },
  'Enrolment.creditEntries': {
    run: enrolmentField('creditEntries(first: 5) { totalCount }', 'creditEntries'),
    own: LEDGER_READERS,
  },
  'Query.creditTranscript': {
    run: async (x, as) =>
      present(
        await ask(
          'query($id: ID) { creditTranscript(teacherId: $id) { countedHours } }',
          { id: x.enrolment.teacher.gid },
          as,
        ),
      ),
    own: LEDGER_READERS,
  },
  'Mutation.reverseCreditEntry': {
    // An empty reason: refused with INVALID_INPUT after the check, nothing appended.
    run: (x, as) =>
      mutate('reverseCreditEntry', 'ReverseCreditEntryInput', { entryId: objects(x).entryGid, reason: ' ' }, as),
    own: { teacher: 'forbidden', schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'forbidden' },
  },
  'Mutation.recomputeCreditHours': {
    // Nothing is due in the tenant's programme (it scores nothing online): the sweep appends nothing.
    run: (x, as) =>
      mutate(
        'recomputeCreditHours',
        'RecomputeCreditHoursInput',
        { programmeId: x.p.gid, schoolId: x.s.school.gid },
        as,
      ),
    own: {
      teacher: 'forbidden',
      schoolAdmin: 'allowed',
      districtAdmin: 'allowed',
      expert: 'forbidden',
      syncClient: 'forbidden',
      provinceAdmin: 'forbidden',
    },
  },
};
