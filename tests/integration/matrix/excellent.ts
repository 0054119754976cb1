/**
 * Rows of excellent-trainee nominations: nominating, withdrawing and deciding, and the nominee's, class's and
 * organisation's reads. Each tenant gets a scored programme with its teacher enrolled in the class and CONFIRMED as an
 * excellent trainee, so every allowed mutation is refused after the check (bad input or state) and changes nothing.
 */
import { nomination, scoredProgramme } from '../../kit/excellent.js';
import type { EnrolmentRef } from '../../kit/world.js';
import {
  actionOf,
  ask,
  ENROLMENT_READERS,
  matrix,
  mutate,
  type Outcome,
  present,
  type Row,
  type Tenant,
  TOO_LONG,
  type Viewer,
} from './kit.js';

interface Objects {
  programme: { gid: string };
  enrolment: EnrolmentRef;
  nomination: { gid: string };
}

const objects = (x: Tenant) => x.extra.excellent as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const programme = await scoredProgramme(target.d, [target.s]);
  const enrolment = await programme.enrol(target.enrolment.teacher, target.s);
  const confirmed = await nomination(
    matrix.t.db.prisma,
    enrolment,
    target.s.class,
    programme.id,
    target.s.tutor.id,
    'CONFIRMED',
  );
  target.extra.excellent = { programme, enrolment, nomination: confirmed } satisfies Objects;
}

/** Who sees a nomination: the nominee, the class's tutor, the admins over the class. */
const NOMINATION_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};
/** Who reads a class's nominations and quota: its tutor and the admins above. */
const CLASS_READERS: Partial<Record<Viewer, Outcome>> = {
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

const classField =
  (field: string, selection: string): Row['run'] =>
  async (x, as) =>
    present(
      (
        await ask(
          `query($id: ID!, $p: ID!) { organisation(id: $id) { ${field}(programmeId: $p) ${selection} } }`,
          { id: x.s.class.gid, p: objects(x).programme.gid },
          as,
        )
      )?.[field],
    );

export const rows: Record<string, Row> = {
  'Mutation.nominateExcellent': {
    run: (x, as) =>
      mutate(
        'nominateExcellent',
        'NominateExcellentInput',
        { enrolmentId: objects(x).enrolment.gid, comment: TOO_LONG },
        as,
      ),
    own: actionOf(ENROLMENT_READERS, 'tutor'),
  },
  'Mutation.withdrawNomination': {
    // The nomination is CONFIRMED: refused with INVALID_STATE after the check.
    run: (x, as) =>
      mutate('withdrawNomination', 'WithdrawNominationInput', { nominationId: objects(x).nomination.gid }, as),
    own: actionOf(NOMINATION_READERS, 'tutor'),
  },
  'Mutation.decideNomination': {
    run: (x, as) =>
      mutate(
        'decideNomination',
        'DecideNominationInput',
        { nominationId: objects(x).nomination.gid, confirm: true, comment: TOO_LONG },
        as,
      ),
    own: actionOf(NOMINATION_READERS, 'districtAdmin'),
  },
  'Organisation.excellentNominations': {
    run: classField('excellentNominations', '{ nodes { id } }'),
    own: CLASS_READERS,
  },
  'Organisation.excellentQuota': {
    run: classField('excellentQuota', '{ quota }'),
    own: CLASS_READERS,
  },
  'Enrolment.nomination': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Enrolment { nomination { id } } } }',
            { id: objects(x).enrolment.gid },
            as,
          )
        )?.nomination,
      ),
    own: NOMINATION_READERS,
  },
};
