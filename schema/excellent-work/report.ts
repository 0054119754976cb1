/**
 * A school's excellent-work report (优秀成果统计): how many of its teachers have published excellent videos, against the
 * programme's target (Xinbei: 视频总数为该校专任教师数30%以上, 普及到每门学科).
 */
import { translate } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { HAS_VIDEO_SQL } from './publication.js';
import {
  type ExcellentWorkReport,
  excellentWorkReport,
  type ReportBase,
  type SubjectCoverage,
  type TeacherFacts,
} from './rules.js';

const ExcellentWorkBase = builder.enumType('ExcellentWorkBase', {
  description: 'What the excellent-work rate is a share of.',
  values: {
    FULL_TIME_TEACHERS: {
      description: 'The school’s full-time teachers (专任教师数, `Organisation.fullTimeTeachers`).',
    },
    ENROLLED_TEACHERS: {
      description: 'The school’s teachers enrolled in the programme (when the school has no full-time count, or 0).',
    },
  } satisfies Record<ReportBase, { description: string }>,
});

const ExcellentWorkSubject = builder.objectRef<SubjectCoverage>('ExcellentWorkSubject').implement({
  description: 'One subject taught by the school’s enrolled teachers and its published excellent videos.',
  fields: (t) => ({
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'The subject (语文, 数学 …); null for the teachers who gave none (never required).',
    }),
    label: t.string({
      description: 'The subject for people: the subject, or “未填写” / “Not given” in the request’s language.',
      resolve: (row, _args, context) => row.subject ?? translate(context.locale, 'EXCELLENT_WORK.noSubject'),
    }),
    enrolledTeachers: t.exposeInt('enrolledTeachers', {
      description: 'The school’s teachers of this subject enrolled in the programme.',
    }),
    teachersWithPublishedVideos: t.exposeInt('teachersWithPublishedVideos', {
      description: 'Of those, the teachers with at least one published excellent work having a video.',
    }),
    publishedVideos: t.exposeInt('publishedVideos', {
      description: 'Published excellent works having a video, by teachers of this subject.',
    }),
    covered: t.exposeBoolean('covered', { description: 'True when the subject has at least one published video.' }),
    required: t.exposeBoolean('required', {
      description: 'True when the target asks for this subject (`everySubject`; never for teachers without a subject).',
    }),
  }),
});

const ExcellentWorkReportType = builder.objectRef<ExcellentWorkReport>('ExcellentWorkReport').implement({
  description:
    'A school’s excellent work in a programme: the teachers with published excellent videos as a share of its full-time teachers (or, ' +
    'without that count, of its enrolled teachers), the subjects covered, and whether the programme’s target ' +
    '(`rules.evidence.excellentWork`) is met. A video counts while it is published with the teacher’s consent.',
  fields: (t) => ({
    fullTimeTeachers: t.exposeInt('fullTimeTeachers', {
      nullable: true,
      description: 'The school’s full-time teachers (专任教师数); null when the school has no count.',
    }),
    enrolledTeachers: t.exposeInt('enrolledTeachers', {
      description: 'The school’s teachers enrolled in the programme.',
    }),
    base: t.field({
      type: ExcellentWorkBase,
      description:
        'What the rate is a share of: FULL_TIME_TEACHERS, or ENROLLED_TEACHERS when the school has no full-time count (or 0).',
      resolve: (report) => report.base,
    }),
    baseCount: t.exposeInt('baseCount', { description: 'The number of teachers the rate is a share of.' }),
    teachersWithPublishedVideos: t.exposeInt('teachersWithPublishedVideos', {
      description: 'Distinct enrolled teachers with at least one published excellent work having a video artefact.',
    }),
    publishedVideos: t.exposeInt('publishedVideos', {
      description: 'Published excellent works having a video, of the school’s enrolled teachers.',
    }),
    rate: t.exposeFloat('rate', {
      nullable: true,
      description: 'teachersWithPublishedVideos ÷ baseCount (0.3 = 30%); null when the base is 0.',
    }),
    targetRate: t.exposeFloat('targetRate', {
      nullable: true,
      description:
        'The programme’s target share (`rules.evidence.excellentWork.targetRate`); null when none is configured.',
    }),
    requiredTeachers: t.exposeInt('requiredTeachers', {
      nullable: true,
      description:
        'Teachers with a published video the target asks for: targetRate × baseCount, rounded up (30% of 40 → 12).',
    }),
    meetsRate: t.exposeBoolean('meetsRate', {
      nullable: true,
      description: 'True when teachersWithPublishedVideos ≥ requiredTeachers; null without a target.',
    }),
    everySubject: t.exposeBoolean('everySubject', {
      nullable: true,
      description:
        'Whether the target asks for every subject (`rules.evidence.excellentWork.everySubject`); null without a target.',
    }),
    subjects: t.field({
      type: [ExcellentWorkSubject],
      description: 'Every subject of the school’s enrolled teachers, by name, then the teachers without a subject.',
      resolve: (report) => report.subjects,
    }),
    everySubjectCovered: t.exposeBoolean('everySubjectCovered', {
      description: 'True when every named subject of the enrolled teachers has a published video.',
    }),
    meetsTarget: t.exposeBoolean('meetsTarget', {
      nullable: true,
      description:
        'True when the rate is met and, where the target says every subject, every subject is covered; null without a target.',
    }),
  }),
});

builder.queryField('schoolExcellentWorkReport', (t) =>
  t.field({
    type: ExcellentWorkReportType,
    nullable: true,
    description:
      'A school’s excellent-work report in a programme (每所学校上传的校级优秀视频资源需普及到每门学科，视频总数为该校专任教师数30%以上): the ' +
      'teachers with published excellent videos against the programme’s target, and the subjects covered. For the school, district and ' +
      'province admins over the school (action evidence:readResults); null for anyone else, for an organisation that is not a school and ' +
      'for a programme of another district. The same number of SQL statements for any school size.',
    args: {
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      schoolId: t.arg.globalID({ required: true, for: Organisation, description: 'The school.' }),
    },
    authorize: {
      action: 'evidence:readResults',
      resource: (_root, args) => ({ kind: 'School', id: args.schoolId.id }),
    },
    resolve: async (_root, args, context) => {
      const prisma = context.db.prisma;
      const [school, programme] = await Promise.all([
        prisma.organisation.findUnique({
          where: { id: args.schoolId.id },
          select: { id: true, kind: true, path: true, fullTimeTeachers: true },
        }),
        prisma.programme.findUnique({ where: { id: args.programmeId.id }, select: { rules: true, orgPath: true } }),
      ]);
      if (school?.kind !== 'SCHOOL' || !programme || !school.path.startsWith(programme.orgPath)) return null;
      const teachers = await prisma.$queryRaw<TeacherFacts[]>`
        SELECT u."teachingSubject" AS subject,
               (SELECT count(*)::int FROM "Evidence" e
                 WHERE e."enrolmentId" = en.id AND e."publishedAt" IS NOT NULL AND e."publishConsent"
                   AND e.status = 'ASSESSED' AND e.outcome = 'EXCELLENT' AND ${HAS_VIDEO_SQL}) AS "publishedVideos"
          FROM "Enrolment" en JOIN "User" u ON u.id = en."teacherId"
         WHERE en."programmeId" = ${args.programmeId.id} AND en."schoolId" = ${school.id}`;
      return excellentWorkReport({
        fullTimeTeachers: school.fullTimeTeachers,
        teachers,
        target: parseProgrammeRules(programme.rules).evidence.excellentWork,
      });
    },
  }),
);
