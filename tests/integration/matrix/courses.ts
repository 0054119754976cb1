/** Rows of the operations of courses: the catalogue, its import, electives and the study list's fields. */
import { courseAccess } from '../../../schema/courses/index.js';
import { type CourseRef, course, progress } from '../../kit/courses.js';
import {
  actionOf,
  ask,
  DISTRICT_ADMIN_ACTION,
  ENROLMENT_READERS,
  matrix,
  mutate,
  mutationOutcome,
  type Outcome,
  present,
  type Row,
  type Tenant,
  TOO_LONG,
} from './kit.js';

interface CourseObjects {
  /** A REQUIRED course the tenant's teacher has credited time on (so it cannot be deleted). */
  studied: CourseRef;
}

const objects = (x: Tenant) => x.extra.courses as CourseObjects;

export async function prepare(target: Tenant): Promise<void> {
  const prisma = matrix.t.db.prisma;
  const studied = await course(prisma, target.p, { requirement: 'REQUIRED' });
  await progress(prisma, target.enrolment, studied, 30);
  if (!(await courseAccess(prisma, target.enrolment.teacher.id, studied.id))) throw new Error('course not on the list');
  target.extra.courses = { studied } satisfies CourseObjects;
}

/** Whoever may read a teacher's study list: the teacher, the class tutor and the admins over the school. */
const STUDY_READERS: Record<string, Outcome> = {
  teacher: 'allowed',
  tutor: 'allowed',
  schoolAdmin: 'allowed',
  districtAdmin: 'allowed',
  provinceAdmin: 'allowed',
};

const studyField = (field: string) => async (x: Tenant, as: Parameters<Row['run']>[1]) =>
  present(
    (await ask(`query($id: ID!) { node(id: $id) { ... on Enrolment { ${field} } } }`, { id: x.enrolment.gid }, as))?.[
      field.split(' ')[0] as string
    ],
  );

const IMPORT = `mutation($input: ImportCoursesInput!) { importCourses(input: $input) { __typename } }`;

export const rows: Record<string, Row> = {
  'Mutation.createCourse': {
    // An invalid duration: allowed callers get a ValidationError after the check, and nothing is created.
    run: (x, as) =>
      mutate(
        'createCourse',
        'CreateCourseInput',
        {
          programmeId: x.p.gid,
          code: 'matrix',
          title: 'Matrix',
          kind: 'THEORY',
          media: 'VIDEO',
          durationSeconds: 0,
          requirement: 'REQUIRED',
        },
        as,
      ),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.updateCourse': {
    run: (x, as) =>
      mutate('updateCourse', 'UpdateCourseInput', { courseId: objects(x).studied.gid, title: TOO_LONG }, as),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.deleteCourse': {
    // The course has credited time: allowed callers get COURSE_IN_PROGRESS, and it stays.
    run: (x, as) => mutate('deleteCourse', 'DeleteCourseInput', { courseId: objects(x).studied.gid }, as),
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.importCourses': {
    // A dry run writes nothing.
    run: async (x, as) => {
      const res = await matrix.t.upload(
        IMPORT,
        { input: { programmeId: x.p.gid, file: null, dryRun: true } },
        {
          'input.file': {
            bytes: 'code,title,kind,media,durationSeconds,requirement\nm,M,THEORY,VIDEO,60,REQUIRED\n',
            filename: 'c.csv',
            contentType: 'text/csv',
          },
        },
        { as },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return mutationOutcome((res.data as { importCourses: { __typename: string } }).importCourses);
    },
    own: DISTRICT_ADMIN_ACTION,
  },
  'Mutation.addElective': {
    // A REQUIRED course: allowed callers get NOT_AN_ELECTIVE, and the list stays.
    run: (x, as) =>
      mutate('addElective', 'ElectiveInput', { enrolmentId: x.enrolment.gid, courseId: objects(x).studied.gid }, as),
    own: actionOf(ENROLMENT_READERS, 'teacher'),
  },
  'Mutation.dropElective': {
    run: (x, as) =>
      mutate('dropElective', 'ElectiveInput', { enrolmentId: x.enrolment.gid, courseId: objects(x).studied.gid }, as),
    own: actionOf(ENROLMENT_READERS, 'teacher'),
  },
  'Enrolment.studyCourses': {
    run: studyField('studyCourses { totalCount }'),
    own: STUDY_READERS,
  },
  'Enrolment.studySummary': {
    run: studyField('studySummary { requiredMinutes }'),
    own: STUDY_READERS,
  },
};
