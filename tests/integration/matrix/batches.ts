/** Rows of the operations of batches: stages, totals, selection windows and their extensions. */
import { actionOf, ask, ENROLMENT_READERS, mutate, present, type Row } from './kit.js';

/** An end in the past: refused with EXTENSION_TOO_EARLY after the check, so an allowed call changes nothing. */
const PAST = '2021-05-17T00:00:00.000Z';

export const rows: Record<string, Row> = {
  'Mutation.extendSelectionWindow': {
    run: (x, as) =>
      mutate('extendSelectionWindow', 'ExtendSelectionWindowInput', { enrolmentId: x.enrolment.gid, until: PAST }, as),
    // The district's admins only; whoever else sees the enrolment is refused, the rest find nothing.
    own: actionOf(ENROLMENT_READERS, 'districtAdmin'),
  },
  'Batch.quotaAllocated': {
    run: async (x, as) =>
      present(
        (await ask('query($id: ID!) { node(id: $id) { ... on Batch { quotaAllocated } } }', { id: x.p.batch.gid }, as))
          ?.quotaAllocated,
      ),
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
};
