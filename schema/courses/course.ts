import {
  CourseKind as CourseKindValues,
  CourseMedia as CourseMediaValues,
  CourseRequirement as CourseRequirementValues,
  SchoolStage,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { onViewerLineWhere, Programme } from '../programmes/index.js';
import { registerResource } from '../shared/index.js';
import { MAX_DURATION_SECONDS } from './rules.js';

export const CourseKind = builder.enumType(CourseKindValues, {
  name: 'CourseKind',
  description:
    'What a course is (Tianchang’s package per point): OVERVIEW (概述), THEORY (理论), PRACTICE (实践), CASE (案例), SPECIFICATION (规范).',
});

export const CourseMedia = builder.enumType(CourseMediaValues, {
  name: 'CourseMedia',
  description:
    'How a course is studied: VIDEO (credited from really played seconds) or DOCUMENT (credited while open, up to its stated reading time).',
});

export const CourseRequirement = builder.enumType(CourseRequirementValues, {
  name: 'CourseRequirement',
  description:
    'REQUIRED (必修: on every study list, or, for a course of a competency, on the lists of those who selected it; counts as required minutes) ' +
    'or ELECTIVE (选修: counts as elective minutes; teachers add the ones they want).',
});

/** An online course (课程) of a programme's catalogue. */
export const Course = builder.prismaNode('Course', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description:
    'An online course (课程) of a programme: a video or a document, of a kind, optionally for a competency, in a module, stage and subject, ' +
    'REQUIRED or ELECTIVE. Read by everyone who reads the programme.',
  // Read by whoever reads the programme (the same line rule; a course's orgPath is its district's path).
  findUnique: (id, context) => ({ id, ...onViewerLineWhere(context) }),
  authScopes: (course, context) => context.viewer.isOnLine(course.orgPath),
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Stable code, unique within the programme (the key of importCourses).',
    }),
    title: t.exposeString('title', { description: 'Title (1 to 200 characters).' }),
    kind: t.expose('kind', { type: CourseKind, description: 'What the course is.' }),
    media: t.expose('media', { type: CourseMedia, description: 'Video or document.' }),
    durationSeconds: t.exposeInt('durationSeconds', {
      description: `For a VIDEO its length, for a DOCUMENT its stated reading time (阅读时长), in seconds (1 to ${MAX_DURATION_SECONDS}): the most a teacher can be credited for it.`,
    }),
    durationMinutes: t.int({
      description: 'durationSeconds in whole minutes, rounded up (what a portal shows as 学时).',
      select: { durationSeconds: true },
      resolve: (course) => Math.ceil(course.durationSeconds / 60),
    }),
    competency: t.relation('competency', {
      nullable: true,
      description:
        'The micro-competency the course teaches: the course is on the study list of the teachers who selected it. Null for none.',
    }),
    module: t.exposeString('module', {
      nullable: true,
      description:
        'Module (模块), such as 师德素养, 专业发展, 班级管理技能, 高效课堂, 新课标与新方案, 教育数字化, or any a district defines.',
    }),
    stage: t.expose('stage', {
      type: SchoolStage,
      nullable: true,
      description: 'The school stage (学段) it is for, if any.',
    }),
    subject: t.exposeString('subject', { nullable: true, description: 'The subject (学科), such as 语文, if any.' }),
    requirement: t.expose('requirement', { type: CourseRequirement, description: 'REQUIRED or ELECTIVE.' }),
    position: t.exposeInt('position', { description: 'Place in the programme’s list (ascending, then by code).' }),
    programme: t.relation('programme', { description: 'The programme whose catalogue the course is in.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/** A course as actions see it: it belongs to its programme's district. */
registerResource('Course', async (ids, context) => {
  const rows = await context.db.prisma.course.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true },
  });
  return new Map(
    rows.map((row) => [row.id, { paths: [row.orgPath], ownerId: null, visible: context.viewer.isOnLine(row.orgPath) }]),
  );
});

builder.prismaObjectField(Programme, 'courses', (t) =>
  t.relatedConnection('courses', {
    cursor: 'id',
    description:
      'The programme’s courses by position, then code, optionally filtered. Read by everyone who reads the programme. At most 100 a page.',
    totalCount: true,
    args: {
      requirement: t.arg({
        type: CourseRequirement,
        required: false,
        description: 'Only REQUIRED or only ELECTIVE courses.',
      }),
      module: t.arg.string({ required: false, description: 'Only courses of this module (exact name).' }),
      competencyId: t.arg.globalID({
        required: false,
        for: Competency,
        description: 'Only courses of this competency.',
      }),
      stage: t.arg({ type: SchoolStage, required: false, description: 'Only courses for this school stage.' }),
      subject: t.arg.string({ required: false, description: 'Only courses of this subject (exact name).' }),
    },
    query: (args) => ({
      where: {
        ...(args.requirement ? { requirement: args.requirement } : {}),
        ...(args.module ? { module: args.module } : {}),
        ...(args.competencyId ? { competencyId: args.competencyId.id } : {}),
        ...(args.stage ? { stage: args.stage } : {}),
        ...(args.subject ? { subject: args.subject } : {}),
      },
      orderBy: [{ position: 'asc' }, { code: 'asc' }],
    }),
  }),
);
