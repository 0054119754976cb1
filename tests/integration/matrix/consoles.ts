/**
 * Rows of the consoles: the tutor console (classProgress), posting weekly statistics and reading them. The posting
 * row names the OTHER district's programme, so an allowed tutor is refused after the check (INVALID_STATE) and no
 * snapshot is stored.
 */
import { ask, matrix, mutate, type Outcome, present, type Row, type Tenant, type Viewer } from './kit.js';

/** The class's tutor and the admins over the class. */
const CLASS_READERS: Partial<Record<Viewer, Outcome>> = {
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

const otherProgramme = (x: Tenant) => (x === matrix.A ? matrix.B.p : matrix.A.p);

export const rows: Record<string, Row> = {
  'Query.classProgress': {
    run: async (x, as) =>
      present(
        await ask(
          'query($c: ID!, $p: ID!) { classProgress(classId: $c, programmeId: $p) { totals { enrolled } } }',
          { c: x.s.class.gid, p: x.p.gid },
          as,
        ),
      ),
    own: CLASS_READERS,
  },
  'Mutation.postClassStatistics': {
    run: (x, as) =>
      mutate(
        'postClassStatistics',
        'PostClassStatisticsInput',
        { classId: x.s.class.gid, programmeId: otherProgramme(x).gid },
        as,
      ),
    // Whoever sees the class but is not its tutor is refused; the others find nothing.
    own: {
      tutor: 'allowed',
      teacher: 'forbidden',
      schoolAdmin: 'forbidden',
      districtAdmin: 'forbidden',
      provinceAdmin: 'forbidden',
      expert: 'forbidden',
      syncClient: 'forbidden',
    },
  },
  'Organisation.classStatistics': {
    run: async (x, as) =>
      present(
        (
          await ask(
            'query($id: ID!, $p: ID!) { organisation(id: $id) { classStatistics(programmeId: $p) { totalCount } } }',
            { id: x.s.class.gid, p: x.p.gid },
            as,
          )
        )?.classStatistics,
      ),
    own: CLASS_READERS,
  },
};

rows['Query.schoolLearningProgress'] = {
  run: async (x, as) =>
    present(
      await ask(
        'query($p: ID!, $s: ID!) { schoolLearningProgress(programmeId: $p, schoolId: $s) { totals { enrolled } } }',
        { p: x.p.gid, s: x.s.school.gid },
        as,
      ),
    ),
  own: { schoolAdmin: 'allowed', districtAdmin: 'allowed', provinceAdmin: 'allowed' },
};
rows['Query.programmeLearningProgress'] = {
  run: async (x, as) =>
    present(
      await ask(
        'query($p: ID!) { programmeLearningProgress(programmeId: $p, first: 5) { totalCount } }',
        { p: x.p.gid },
        as,
      ),
    ),
  own: { districtAdmin: 'allowed', provinceAdmin: 'allowed' },
};
rows['Mutation.exportProgrammeLearningProgress'] = {
  run: (x, as) =>
    mutate(
      'exportProgrammeLearningProgress',
      'ExportProgrammeLearningProgressInput',
      { programmeId: x.p.gid, format: 'CSV' },
      as,
    ),
  own: {
    districtAdmin: 'allowed',
    provinceAdmin: 'allowed',
    teacher: 'forbidden',
    tutor: 'forbidden',
    leader: 'forbidden',
    schoolAdmin: 'forbidden',
    expert: 'forbidden',
    syncClient: 'forbidden',
  },
};
