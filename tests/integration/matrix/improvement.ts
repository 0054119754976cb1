/**
 * Rows of school-based study (校本研修): the teacher's plan and summary uploads, the school admin's review page and
 * verdicts, and the plan, summaries and verdict on the enrolment. Each tenant's teacher gets a plan and a FAILED verdict
 * (so the reads have something to show); every allowed mutation is refused after the check and changes nothing: an
 * executable renamed .pdf for the uploads, FAILED without a comment for the verdict.
 */
import { exe } from '../../kit/office-files.js';
import type { UserRef } from '../../kit/world.js';
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
  plan: { id: string };
  competencyGid: string;
}

const objects = (x: Tenant) => x.extra.improvement as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const { enrolment } = target;
  const file = await prisma.storedFile.create({
    data: {
      storageKey: `improvement-${enrolment.id.replaceAll('-', '')}`.slice(0, 48),
      filename: 'plan.pdf',
      contentType: 'application/pdf',
      size: 1,
      sha256: '0'.repeat(64),
      orgPath: enrolment.orgPath,
      uploadedById: enrolment.teacher.id,
    },
  });
  const plan = await prisma.personalDocument.create({
    data: {
      enrolmentId: enrolment.id,
      kind: 'PLAN',
      fileId: file.id,
      orgPath: enrolment.orgPath,
      versions: { create: { version: 1, fileId: file.id, uploadedById: enrolment.teacher.id } },
    },
    select: { id: true },
  });
  await prisma.schoolStudyReview.create({
    data: {
      enrolmentId: enrolment.id,
      result: 'FAILED',
      comment: '未上传个人提升总结',
      decidedById: target.s.admin.id,
      orgPath: enrolment.orgPath,
    },
  });
  // B1 is in the tenant's SUBMITTED selection.
  const national = await matrix.t.world.catalogue();
  target.extra.improvement = {
    plan,
    competencyGid: national.competency('B1').gid,
  } satisfies Objects;
}

/** Who reads a teacher's school-based study: the teacher and the admins over the school. */
const STUDY_READERS: Partial<Record<Viewer, Outcome>> = {
  teacher: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

/** An upload of a Windows executable named .pdf: refused by content after the check, nothing stored. */
async function upload(field: string, inputType: string, input: Record<string, unknown>, as: UserRef | null) {
  const query = `mutation($input: ${inputType}!) { ${field}(input: $input) { __typename } }`;
  const res = await matrix.t.upload(
    query,
    { input: { ...input, file: null } },
    { 'input.file': { bytes: exe(), filename: 'plan.pdf' } },
    { as },
  );
  const result = (res.data as Record<string, { __typename: string }> | null)?.[field];
  if (!result) throw new Error(`${field}: ${JSON.stringify(res.errors)}`);
  return mutationOutcome(result);
}

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
  'Mutation.uploadImprovementPlan': {
    run: (x, as) => upload('uploadImprovementPlan', 'UploadImprovementPlanInput', { enrolmentId: x.enrolment.gid }, as),
    own: actionOf(ENROLMENT_READERS, 'teacher'),
  },
  'Mutation.uploadImprovementSummary': {
    run: (x, as) =>
      upload(
        'uploadImprovementSummary',
        'UploadImprovementSummaryInput',
        { enrolmentId: x.enrolment.gid, competencyId: objects(x).competencyGid },
        as,
      ),
    own: actionOf(ENROLMENT_READERS, 'teacher'),
  },
  'Mutation.decideSchoolStudy': {
    // FAILED without a comment: refused with INVALID_INPUT after the check.
    run: (x, as) =>
      mutate('decideSchoolStudy', 'DecideSchoolStudyInput', { enrolmentId: x.enrolment.gid, result: 'FAILED' }, as),
    own: actionOf(ENROLMENT_READERS, 'schoolAdmin'),
  },
  'Query.schoolStudyReview': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $s: ID!) { schoolStudyReview(programmeId: $p, schoolId: $s, first: 5) { totalCount } }',
          { p: x.p.gid, s: x.s.school.gid },
          as,
        ),
      ),
    own: { schoolAdmin: 'allowed' },
  },
  'SchoolStudyReviewRow.nationalIdMasked': {
    run: async (x, as) => {
      const page = await ask(
        'query($p: ID!, $s: ID!) { schoolStudyReview(programmeId: $p, schoolId: $s, first: 100) { nodes { login nationalIdMasked } } }',
        { p: x.p.gid, s: x.s.school.gid },
        as,
      );
      // The tenant's teacher (other modules enrol more teachers in the programme).
      const row = page?.nodes?.find((node: { login: string }) => node.login === x.enrolment.teacher.login);
      return present(row?.nationalIdMasked);
    },
    // Only the school admin reaches the page; the district and province admins could read the number, not the page.
    own: { schoolAdmin: 'allowed' },
  },
  'Enrolment.improvementPlan': {
    run: enrolmentField('improvementPlan { id }', 'improvementPlan'),
    own: STUDY_READERS,
  },
  'Enrolment.improvementSummaries': {
    run: enrolmentField('improvementSummaries { competency { code } }', 'improvementSummaries'),
    own: STUDY_READERS,
  },
  'Enrolment.schoolStudyResult': {
    run: enrolmentField('schoolStudyResult { result }', 'schoolStudyResult'),
    own: STUDY_READERS,
  },
};
