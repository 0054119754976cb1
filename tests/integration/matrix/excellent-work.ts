/**
 * Rows of excellent work (优秀成果): publishing and withdrawing, the province-wide library and the school's report. Each
 * tenant gets a teacher of its school (not the matrix's own teacher, whose evidence other modules make) with excellent
 * evidence published with consent. The two tenants lie in different provinces, so the other tenant's published work is
 * missing for everyone. Allowed mutations are refused after the check (a stale version, a blank reason): nothing changes.
 */
import { evidenceRow } from '../../kit/evidence.js';
import {
  actionOf,
  ask,
  lists,
  matrix,
  mutate,
  type Outcome,
  present,
  type Row,
  type Tenant,
  type Viewer,
} from './kit.js';

interface Objects {
  evidence: { id: string; gid: string };
}

const objects = (x: Tenant) => x.extra.excellentWork as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const author = await target.p.teacher(target.s);
  const evidence = await evidenceRow(matrix.t.db.prisma, author, target.p, 'C5', {
    status: 'ASSESSED',
    outcome: 'EXCELLENT',
    publishConsent: true,
    published: true,
  });
  target.extra.excellentWork = { evidence } satisfies Objects;
}

/** Who sees published work: everyone signed in to an organisation of its province (sync clients aside). */
const PROVINCE_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  tutor: 'allowed',
  leader: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  expert: 'allowed',
  provinceAdmin: 'allowed',
};
/** Publishing and withdrawing: the school and district admins over the school; the other readers are refused. */
const PUBLISHERS = actionOf(PROVINCE_READERS, 'schoolAdmin', 'districtAdmin');

export const rows: Record<string, Row> = {
  'Query.publishedEvidence': {
    run: async (x, as) =>
      lists((await ask('{ publishedEvidence(first: 100) { nodes { id } } }', {}, as))?.nodes, objects(x).evidence.gid),
    own: PROVINCE_READERS,
  },
  'Query.schoolExcellentWorkReport': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolExcellentWorkReport(programmeId: $p, schoolId: $s) { baseCount } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
  'Mutation.publishExcellentEvidence': {
    // A stale version: CONFLICT after the check.
    run: (x, as) =>
      mutate(
        'publishExcellentEvidence',
        'PublishExcellentEvidenceInput',
        { evidenceId: objects(x).evidence.gid, expectedVersion: 99 },
        as,
      ),
    own: PUBLISHERS,
  },
  'Mutation.withdrawPublishedEvidence': {
    // A blank reason: a ValidationError after the check.
    run: (x, as) =>
      mutate(
        'withdrawPublishedEvidence',
        'WithdrawPublishedEvidenceInput',
        { evidenceId: objects(x).evidence.gid, reason: '  ' },
        as,
      ),
    own: PUBLISHERS,
  },
};
