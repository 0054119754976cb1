/**
 * Rows of rubrics (评价量规) and assessment specs (测评规范): the rubric library reads, rubric writes (rubric:manage,
 * district and province admins over the owner), a programme's specs and their overrides (assessmentSpec:manage,
 * district admins). Each tenant gets a rubric of its district; every allowed mutation is refused after the check
 * (bad content, bad JSON, no slots, nothing to reset) and changes nothing. `prepare` seeds the national rubrics and
 * the national catalogue's specs (seedAssessmentSpecs, idempotent).
 */
import { seedAssessmentSpecs } from '../../../prisma/seed/assessment-specs.js';
import { gid } from '../../kit/ids.js';
import {
  actionOf,
  ask,
  DISTRICT_ADMIN_ACTION,
  DISTRICT_MEMBERS,
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
  rubric: string;
  competency: string;
}

const objects = (x: Tenant) => x.extra.rubricsSpecs as Objects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  // The national rubrics and the catalogue's specs (idempotent: the second tenant adds nothing).
  await seedAssessmentSpecs(prisma);
  const rubric = await prisma.rubric.create({
    data: {
      key: `matrix-${target.d.district.id.slice(-8)}`,
      titleZh: '矩阵量规',
      ownerOrganisationId: target.d.district.id,
      orgPath: target.d.district.path,
      versions: {
        create: {
          version: 1,
          criteria: [
            { key: 'all', nameZh: '整体', levels: [{ key: 'ok', nameZh: '好', points: 10, descriptorZh: '好' }] },
          ],
          passPoints: 6,
          excellentPoints: 9,
        },
      },
    },
  });
  const competency = await prisma.competency.findFirstOrThrow({
    where: { catalogueId: target.p.catalogueId, code: 'C1' },
    select: { id: true },
  });
  target.extra.rubricsSpecs = { rubric: gid('Rubric', rubric.id), competency: gid('Competency', competency.id) };
}

/** Who sees the district itself (the owner of its rubrics) and may act on it. */
const DISTRICT_ORGANISATION_VIEWERS: Partial<Record<Viewer, Outcome>> = {
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
  expert: 'allowed',
  syncClient: 'allowed',
};
const RUBRIC_WRITERS = ['districtAdmin', 'provinceAdmin'] as const;

/** Content whose excellent threshold is below the pass threshold: refused after the check. */
const BAD_CONTENT = {
  criteria: [{ key: 'all', nameZh: '整体', levels: [{ key: 'ok', nameZh: '好', points: 10, descriptorZh: '好' }] }],
  passPoints: 8,
  excellentPoints: 7,
};

export const rows: Record<string, Row> = {
  'Query.rubrics': {
    run: async (x, as) =>
      lists((await ask('{ rubrics(first: 100, national: false) { nodes { id } } }', {}, as))?.nodes, objects(x).rubric),
    own: DISTRICT_MEMBERS,
  },
  'Query.rubricCaseJson': {
    run: async (x, as) =>
      present(await ask('query($id: ID!) { rubricCaseJson(id: $id) }', { id: objects(x).rubric }, as)),
    own: DISTRICT_MEMBERS,
  },
  'Mutation.createRubric': {
    run: (x, as) =>
      mutate(
        'createRubric',
        'CreateRubricInput',
        { organisationId: x.d.district.gid, key: 'matrix-new', titleZh: '新', content: BAD_CONTENT },
        as,
      ),
    own: actionOf(DISTRICT_ORGANISATION_VIEWERS, ...RUBRIC_WRITERS),
  },
  'Mutation.reviseRubric': {
    run: (x, as) =>
      mutate(
        'reviseRubric',
        'ReviseRubricInput',
        { rubricId: objects(x).rubric, expectedVersion: 1, content: BAD_CONTENT },
        as,
      ),
    own: { ...actionOf(DISTRICT_MEMBERS, ...RUBRIC_WRITERS), anonymous: 'missing' },
  },
  'Mutation.importRubric': {
    run: (x, as) =>
      mutate('importRubric', 'ImportRubricInput', { organisationId: x.d.district.gid, json: '{ not json' }, as),
    own: actionOf(DISTRICT_ORGANISATION_VIEWERS, ...RUBRIC_WRITERS),
  },
  'Mutation.setProgrammeAssessmentSpec': {
    run: (x, as) =>
      mutate(
        'setProgrammeAssessmentSpec',
        'SetProgrammeAssessmentSpecInput',
        {
          programmeId: x.p.gid,
          competencyId: objects(x).competency,
          artefacts: [],
          guidanceZh: '说明',
          rubricId: objects(x).rubric,
        },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.resetProgrammeAssessmentSpec': {
    // Nothing is overridden: refused with INVALID_STATE after the check.
    run: (x, as) =>
      mutate(
        'resetProgrammeAssessmentSpec',
        'ResetProgrammeAssessmentSpecInput',
        { programmeId: x.p.gid, competencyId: objects(x).competency },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
};
