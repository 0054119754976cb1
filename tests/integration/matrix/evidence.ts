/**
 * Rows of practice evidence (实践证据): uploading and removing artefacts, submitting, the publication consent, and the
 * teacher's evidence page (`Enrolment.evidence`). Each tenant's teacher is enrolled in a second RUNNING programme with
 * A7 selected and a SUBMITTED evidence of it (in the school's group, so its leader sees it), so every allowed mutation
 * is refused after the check (no spec, a full version under review, a stale version, the consent it already has) and
 * changes nothing.
 */
import { evidenceRow } from '../../kit/evidence.js';
import { gid } from '../../kit/ids.js';
import type { EnrolmentRef } from '../../kit/world.js';
import {
  actionOf,
  ask,
  ENROLMENT_READERS,
  matrix,
  mutate,
  mutationOutcome,
  type Outcome,
  present,
  type Row,
  type Tenant,
  type Viewer,
} from './kit.js';

interface Objects {
  enrolment: EnrolmentRef;
  competencyGid: string;
  evidenceGid: string;
  artefactGid: string;
}

const objects = (x: Tenant) => x.extra.evidence as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const programme = await target.d.programme({ status: 'RUNNING', schools: [target.s] });
  const enrolment = await programme.enrol(target.enrolment.teacher, target.s);
  await programme.select(enrolment, ['A7'], 'SUBMITTED');
  const evidence = await evidenceRow(prisma, enrolment, programme, 'A7', { group: target.s.group });
  const artefact = await prisma.evidenceArtefact.findFirstOrThrow({
    where: { version: { evidenceId: evidence.id } },
    select: { id: true },
  });
  target.extra.evidence = {
    enrolment,
    competencyGid: gid('Competency', evidence.competencyId),
    evidenceGid: evidence.gid,
    artefactGid: gid('EvidenceArtefact', artefact.id),
  } satisfies Objects;
}

/** Who sees a submitted evidence in the leader's group: the author, the group leader, the admins over the school. */
const EVIDENCE_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  leader: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

/** Who reads the teacher's evidence page: the teacher and the admins over the school (evidence:read). */
const PAGE_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

export const rows: Record<string, Row> = {
  'Mutation.addEvidenceArtefact': {
    // A7 has no assessment spec in this programme: refused with INVALID_STATE after the check, nothing stored.
    run: async (x, as) => {
      const res = await matrix.t.upload(
        'mutation($input: AddEvidenceArtefactInput!) { addEvidenceArtefact(input: $input) { __typename } }',
        {
          input: {
            enrolmentId: objects(x).enrolment.gid,
            competencyId: objects(x).competencyGid,
            slot: 'plan',
            file: null,
          },
        },
        { 'input.file': { bytes: '%PDF-1.4\n%%EOF\n', filename: 'plan.pdf' } },
        { as },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return mutationOutcome((res.data as { addEvidenceArtefact: { __typename: string } }).addEvidenceArtefact);
    },
    own: actionOf(ENROLMENT_READERS, 'teacher'),
  },
  'Mutation.removeEvidenceArtefact': {
    // The evidence is SUBMITTED: refused with INVALID_STATE after the check.
    run: (x, as) =>
      mutate('removeEvidenceArtefact', 'RemoveEvidenceArtefactInput', { artefactId: objects(x).artefactGid }, as),
    own: actionOf(EVIDENCE_READERS, 'teacher'),
  },
  'Mutation.submitEvidence': {
    // A stale expectedVersion: refused with CONFLICT after the check.
    run: (x, as) =>
      mutate('submitEvidence', 'SubmitEvidenceInput', { evidenceId: objects(x).evidenceGid, expectedVersion: 99 }, as),
    own: actionOf(EVIDENCE_READERS, 'teacher'),
  },
  'Mutation.setEvidencePublishConsent': {
    // The consent it already has (false): changes nothing.
    run: (x, as) =>
      mutate(
        'setEvidencePublishConsent',
        'SetEvidencePublishConsentInput',
        { evidenceId: objects(x).evidenceGid, consent: false },
        as,
      ),
    own: actionOf(EVIDENCE_READERS, 'teacher'),
  },
  'Enrolment.evidence': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Enrolment { evidence { competency { id } } } } }',
            { id: objects(x).enrolment.gid },
            as,
          )
        )?.evidence,
      ),
    own: PAGE_READERS,
  },
};
