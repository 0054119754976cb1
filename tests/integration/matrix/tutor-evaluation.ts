/**
 * Rows of tutor evaluations: the tutor's evaluation, the district's entries and recognition, and the programme's list.
 * Each tenant gets a programme with a tutor evaluation (excellent threshold 90) with its teacher enrolled in the
 * school's class, so the class's tutor has an evaluation; every allowed mutation is refused after the check (a too
 * long comment, a total below the threshold) and changes nothing.
 */
import { oneShareScheme } from '../../kit/excellent.js';
import type { ProgrammeOptions } from '../../kit/world.js';
import { actionOf, ask, mutate, type Outcome, present, type Row, type Tenant, TOO_LONG, type Viewer } from './kit.js';

interface Objects {
  programme: { gid: string };
}

const objects = (x: Tenant) => x.extra.tutorEvaluation as Objects;

const RULES = {
  indicators: [
    { key: 'training', nameZh: '集中培训', nameEn: 'Central training', weight: 0.5, source: 'ENTERED' },
    { key: 'assessment', nameZh: '学员测评', nameEn: 'Learner assessment', weight: 0.5, source: 'PASS_RATE' },
  ],
  excellentThreshold: 90,
};

export async function prepare(target: Tenant): Promise<void> {
  const programme = await target.d.programme({
    status: 'RUNNING',
    rules: { selection: {}, scoring: oneShareScheme(), tutorEvaluation: RULES } as ProgrammeOptions['rules'],
    schools: [target.s],
  });
  await programme.enrol(target.enrolment.teacher, target.s);
  target.extra.tutorEvaluation = { programme } satisfies Objects;
}

/** Who reads a tutor's evaluation: the tutor, the school, the district and the province. */
const EVALUATION_READERS: Partial<Record<Viewer, Outcome>> = {
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

const tutorOf = (x: Tenant) => ({
  programmeId: objects(x).programme.gid,
  classId: x.s.class.gid,
  tutorId: x.s.tutor.gid,
});

export const rows: Record<string, Row> = {
  'Query.tutorEvaluation': {
    run: async (x, as) =>
      present(
        await ask(
          'query($p: ID!, $c: ID!, $t: ID!) { tutorEvaluation(programmeId: $p, classId: $c, tutorId: $t) { total } }',
          { p: tutorOf(x).programmeId, c: tutorOf(x).classId, t: tutorOf(x).tutorId },
          as,
        ),
      ),
    own: EVALUATION_READERS,
  },
  'Mutation.enterTutorIndicator': {
    run: (x, as) =>
      mutate(
        'enterTutorIndicator',
        'EnterTutorIndicatorInput',
        { ...tutorOf(x), key: 'training', score: 50, comment: TOO_LONG },
        as,
      ),
    own: actionOf(EVALUATION_READERS, 'districtAdmin'),
  },
  'Mutation.recogniseExcellentTutor': {
    // The total is below the threshold of 90: refused with BELOW_EXCELLENT_THRESHOLD after the check.
    run: (x, as) =>
      mutate('recogniseExcellentTutor', 'RecogniseExcellentTutorInput', { ...tutorOf(x), excellent: true }, as),
    own: actionOf(EVALUATION_READERS, 'districtAdmin'),
  },
  'Programme.tutorEvaluations': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!) { node(id: $id) { ... on Programme { tutorEvaluations(first: 5) { totalCount } } } }',
            { id: objects(x).programme.gid },
            as,
          )
        )?.tutorEvaluations,
      ),
    own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
  },
};
