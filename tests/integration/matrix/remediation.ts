/**
 * Rows of remediation (补学): enrolling a teacher in a remedial round (refused after the check for a blank reason, so
 * nothing changes), a programme's rounds for a school, and the rounds and remedial flag on an enrolment.
 */
import { actionOf, ask, ENROLMENT_READERS, mutate, type Outcome, present, type Row, type Viewer } from './kit.js';

/** Who reads credit hours over a teacher (credit:read): the teacher and the admins over the school. */
const CREDIT_READERS: Partial<Record<Viewer, Outcome>> = {
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
  'Mutation.enrolInRemedialRound': {
    // A blank reason: refused with INVALID_INPUT after the check.
    run: (x, as) =>
      mutate('enrolInRemedialRound', 'EnrolInRemedialRoundInput', { enrolmentId: x.enrolment.gid, reason: ' ' }, as),
    own: actionOf(ENROLMENT_READERS, 'schoolAdmin', 'districtAdmin'),
  },
  'Query.remedialRounds': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID) { remedialRounds(programmeId: $p, schoolId: $s, first: 5) { totalCount } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Enrolment.remedialRounds': {
    run: enrolmentField('remedialRounds { id }', 'remedialRounds'),
    own: CREDIT_READERS,
  },
  'Enrolment.remedial': {
    run: enrolmentField('remedial', 'remedial'),
    own: { ...CREDIT_READERS, tutor: 'allowed' },
  },
};
