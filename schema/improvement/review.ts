/**
 * The school admin's school-based study review page (校本研修考核): every teacher of a school enrolled in a programme
 * with their plan, counted hours, summaries, completeness and verdict, and the school's totals.
 *
 * Decision: a school has at most a few hundred enrolled teachers, so every row's facts are read in ONE statement
 * (facts.ts), completeness is computed by the pure rules, the totals count every row and the search and the page are
 * applied in TS. The plans of the page are loaded in one more statement when selected: the count does not grow with
 * the page size.
 */
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { builder } from '../builder.js';
import { GroupHours } from '../group-activities/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme, parseProgrammeRules } from '../programmes/index.js';
import { loadDocument, PersonalDocument } from './document.js';
import { SchoolStudyResult } from './enrolment-fields.js';
import { SchoolStudyRequirement } from './errors.js';
import { type StudyFactsRow, studyRows } from './facts.js';
import { matchesSearch, type ReviewTotals, reviewTotals } from './rules.js';

/** Longest search text, in characters. */
const MAX_SEARCH_LENGTH = 100;

const SummaryCount = builder.objectRef<{ uploaded: number; required: number }>('ImprovementSummaryCount').implement({
  description: 'Summaries (个人提升总结) uploaded against those required (0/3).',
  fields: (t) => ({
    uploaded: t.exposeInt('uploaded', { description: 'Summaries uploaded for selected competencies.' }),
    required: t.exposeInt('required', {
      description:
        'Summaries required: one per competency of the SUBMITTED or APPROVED selection when the programme’s ' +
        'schoolBasedStudy.summaryPerCompetency is set, else 0.',
    }),
  }),
});

export const SchoolStudyReviewRow = builder.objectRef<StudyFactsRow>('SchoolStudyReviewRow').implement({
  description: 'One teacher on the school-based study review page (校本研修考核).',
  fields: (t) => ({
    enrolmentId: t.globalID({
      description: 'The teacher’s enrolment (an Enrolment global ID): pass it to decideSchoolStudy.',
      resolve: (row) => ({ type: 'Enrolment', id: row.enrolmentId }),
    }),
    teacherId: t.globalID({
      description: 'The teacher (a User global ID).',
      resolve: (row) => ({ type: 'User', id: row.teacherId }),
    }),
    teacherName: t.exposeString('teacherName', { description: '姓名: the teacher’s display name.' }),
    login: t.exposeString('login', { description: 'The teacher’s login.' }),
    nationalIdMasked: t.string({
      nullable: true,
      description:
        '身份证号, masked (440402********1234): for viewers who may read the teacher’s personal data (action user:readPersonal); null ' +
        'otherwise and when none was given.',
      authorize: {
        action: 'user:readPersonal',
        resource: (row) => ({ paths: [row.userPath], ownerId: row.teacherId }),
      },
      resolve: (row) => row.nationalIdMasked,
    }),
    groups: t.stringList({
      description:
        '所属教研组: the names of the school’s teaching-research groups the teacher is a member of, by name.',
      resolve: (row) => row.groups,
    }),
    planUploaded: t.boolean({
      description: '个人提升计划: true once the plan is uploaded (false: 未上传).',
      resolve: (row) => row.planId !== null,
    }),
    planRequired: t.boolean({
      description: 'Whether the programme requires a plan (schoolBasedStudy.planRequired).',
      resolve: (row) => row.study.planRequired,
    }),
    plan: t.field({
      type: PersonalDocument,
      nullable: true,
      description: 'The plan, to download; null when not uploaded.',
      resolve: (row, _args, context, info) => (row.planId ? loadDocument(context, info, row.planId) : null),
    }),
    hours: t.field({
      type: GroupHours,
      description:
        '校本研修学时: recorded and counted hours against the cap (0/25); hours above the cap are not counted.',
      resolve: (row) => ({ ...row.study.hours, activities: row.activities }),
    }),
    summaries: t.field({
      type: SummaryCount,
      description: '个人提升总结: uploaded against required (0/3).',
      resolve: (row) => ({ uploaded: row.study.summariesUploaded, required: row.study.summariesRequired }),
    }),
    complete: t.boolean({
      description: '完成情况: the plan (if required), the hours cap and every required summary; false: 未完成.',
      resolve: (row) => row.study.complete,
    }),
    missing: t.field({
      type: [SchoolStudyRequirement],
      description: 'What the study still lacks (PLAN, HOURS, SUMMARIES); empty when complete.',
      resolve: (row) => row.study.missing,
    }),
    result: t.field({
      type: SchoolStudyResult,
      nullable: true,
      description: '考核结果: PASSED or FAILED; null while pending (待考核).',
      resolve: (row) => row.result,
    }),
    decidedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the verdict was (last) given; null while pending.',
      resolve: (row) => row.decidedAt,
    }),
    comment: t.exposeString('comment', { nullable: true, description: 'The verdict’s comment, if any.' }),
  }),
});

const SchoolStudyTotals = builder.objectRef<ReviewTotals>('SchoolStudyTotals').implement({
  description: 'Counts of a school’s enrolled teachers on the review page (whatever the search).',
  fields: (t) => ({
    teachers: t.exposeInt('teachers', { description: 'Enrolled teachers of the school.' }),
    complete: t.exposeInt('complete', { description: 'Of them, those whose study is complete (完成).' }),
    passed: t.exposeInt('passed', { description: 'Passed (通过).' }),
    failed: t.exposeInt('failed', { description: 'Failed (不通过).' }),
    pending: t.exposeInt('pending', { description: 'Without a verdict yet (待考核).' }),
  }),
});

builder.queryField('schoolStudyReview', (t) =>
  t.connection(
    {
      type: SchoolStudyReviewRow,
      nullable: true,
      description:
        'The school admin’s school-based study review (校本研修考核): every teacher of the school enrolled in the programme, by name, with ' +
        'their plan, counted hours (0/25), summaries (0/3), completeness (完成情况) and verdict (考核结果), and the school’s totals. `search` ' +
        'keeps the teachers whose name or login contains it. For the school admin over the school (action schoolStudy:review); null for ' +
        'anyone else and for a school not in the programme. The same number of SQL statements for any page size; at most 100 a page.',
      args: {
        programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
        schoolId: t.arg.globalID({
          required: true,
          for: Organisation,
          description: 'A school (an Organisation of kind SCHOOL) in one of the programme’s batches.',
        }),
        search: t.arg.string({
          required: false,
          description: `Part of a teacher’s name or login (查询姓名), at most ${MAX_SEARCH_LENGTH} characters.`,
        }),
      },
      authorize: {
        action: 'schoolStudy:review',
        resource: (_root, args) => ({ kind: 'School', id: args.schoolId.id }),
      },
      resolve: async (_root, args, context) => {
        const programmeId = args.programmeId.id;
        const schoolId = args.schoolId.id;
        const taking = await context.db.prisma.batchSchool.findFirst({
          where: { schoolId, batch: { programmeId } },
          select: { batch: { select: { programme: { select: { rules: true } } } } },
        });
        if (!taking) return null;
        const rules = parseProgrammeRules(taking.batch.programme.rules).schoolBasedStudy;
        const rows = await studyRows(
          context.db.prisma,
          Prisma.sql`e."programmeId" = ${programmeId} AND e."schoolId" = ${schoolId}`,
          rules,
        );
        const search = args.search?.slice(0, MAX_SEARCH_LENGTH);
        const listed = rows.filter((row) => matchesSearch(row, search));
        const connection = await resolveOffsetConnection({ args }, ({ offset, limit }) =>
          listed.slice(offset, offset + limit),
        );
        return { ...connection, totalCount: listed.length, totals: reviewTotals(rows.map(rowTotalsShape)) };
      },
    },
    {
      name: 'SchoolStudyReviewConnection',
      description: 'A page of the school-based study review, with the school’s totals.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'Teachers listed (matching the search).',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
        totals: connection.field({
          type: SchoolStudyTotals,
          description: 'Counts of every enrolled teacher of the school: complete, passed, failed, pending.',
          resolve: (parent) => (parent as unknown as { totals: ReviewTotals }).totals,
        }),
      }),
    },
  ),
);

const rowTotalsShape = (row: StudyFactsRow) => ({ complete: row.study.complete, result: row.result });
