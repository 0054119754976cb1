/**
 * Weekly statistics (学情通报): a tutor freezes the class's progress into a ClassProgressSnapshot and announces it in
 * the class's CLASS workshop, in one transaction; `Organisation.classStatistics` lists the frozen snapshots.
 */
import { InputValidationError } from '@pothos/plugin-validation';
import { z } from 'zod';
import { defineMessages } from '../../api/i18n/messages.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import {
  actingUserId,
  ForbiddenActionError,
  globalIdSchema,
  InvalidStateError,
  NotFoundError,
  parseInput,
  payloadQuery,
} from '../shared/index.js';
import { User } from '../users/index.js';
import type { ClassProgressData } from './progress.js';
import { loadClassProgress } from './progress.js';
import { ClassProgress } from './types.js';

defineMessages({
  'INVALID_STATE.statisticsNoWorkshop': {
    en: 'The class has no workshop in this programme (it opens when the programme runs), so the statistics cannot be posted.',
    'zh-CN': '本班在该项目中还没有班级工作坊（项目实施后开放），无法发布学情通报。',
  },
  'INVALID_STATE.statisticsNotInProgramme': {
    en: 'The class is not in this programme’s district.',
    'zh-CN': '该班级不属于本项目所在区县。',
  },
});

/** The announcement posted in the class workshop (the figures are in the snapshot). */
export function statisticsSummary(data: ClassProgressData): string {
  const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
  const { totals } = data;
  return (
    `学情通报 / Weekly statistics (${data.computedAt.slice(0, 10)}): ` +
    `参训 ${totals.enrolled} 人，登录率 ${percent(totals.registrationRate)}，学习率 ${percent(totals.studyRate)}，` +
    `合格率 ${percent(totals.passRate)}，需关注 ${data.atRisk.length} 人。`
  );
}

export const ClassStatistics = builder.prismaObject('ClassProgressSnapshot', {
  description: 'Weekly statistics (学情通报) a tutor posted: the class’s progress frozen at posting time.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The snapshot’s id.' }),
    postedAt: t.expose('postedAt', { type: 'DateTime', description: 'When it was posted.' }),
    postedBy: t.relation('postedBy', { type: User, description: 'The tutor who posted it.' }),
    postId: t.exposeID('postId', {
      nullable: true,
      description: 'The WorkshopPost that announced it in the class workshop (its database id).',
    }),
    progress: t.field({
      type: ClassProgress,
      description: 'The progress as it was when posted: later learning does not change it.',
      resolve: (snapshot) => snapshot.data as unknown as ClassProgressData,
    }),
  }),
});

const PostClassStatisticsInput = builder.inputType('PostClassStatisticsInput', {
  description: 'A tutor posts the class’s weekly statistics.',
  fields: (t) => ({
    classId: t.globalID({ required: true, for: Organisation, description: 'The tutor’s class.' }),
    programmeId: t.globalID({ required: true, for: Programme, description: 'The programme.' }),
  }),
});

const postSchema = z.object({ classId: globalIdSchema, programmeId: globalIdSchema });

builder.mutationField('postClassStatistics', (t) =>
  t.prismaField({
    type: 'ClassProgressSnapshot',
    description:
      'A tutor of the class (action class:postStatistics) freezes the class’s current progress (totals, rates, rows, at-risk list) and ' +
      'announces it with a short summary post in the class’s CLASS workshop, in one transaction. INVALID_STATE when the class has no ' +
      'workshop in the programme or is not in its district.',
    authorize: {
      action: 'class:postStatistics',
      resource: (_root, args) => ({ kind: 'Class', id: args.input.classId.id }),
    },
    errors: {
      types: [InputValidationError, NotFoundError, ForbiddenActionError, InvalidStateError],
      result: { description: 'The statistics are posted.' },
      dataField: { name: 'statistics', description: 'The frozen statistics.' },
    },
    args: { input: t.arg({ type: PostClassStatisticsInput, required: true, description: 'The class and programme.' }) },
    resolve: async (query, _root, args, context) => {
      const input = parseInput(postSchema, args.input);
      const classId = input.classId.id;
      const programmeId = input.programmeId.id;
      const postedById = actingUserId(context);
      const prisma = context.db.prisma;
      const klass = await prisma.organisation.findUnique({
        where: { id: classId },
        select: { id: true, path: true, kind: true },
      });
      if (klass?.kind !== 'CLASS') throw new NotFoundError('Class');
      const id = await prisma.$transaction(async (tx) => {
        const data = await loadClassProgress(tx, klass, programmeId);
        if (!data) throw new InvalidStateError('statisticsNotInProgramme');
        const workshop = await tx.workshop.findUnique({
          where: { programmeId_classId: { programmeId, classId } },
          select: { id: true, orgPath: true },
        });
        if (!workshop) throw new InvalidStateError('statisticsNoWorkshop');
        const post = await tx.workshopPost.create({
          data: {
            workshopId: workshop.id,
            authorId: postedById,
            body: statisticsSummary(data),
            orgPath: workshop.orgPath,
          },
          select: { id: true },
        });
        const snapshot = await tx.classProgressSnapshot.create({
          data: {
            programmeId,
            classId,
            orgPath: klass.path,
            postedById,
            postId: post.id,
            data: data as unknown as object,
          },
          select: { id: true },
        });
        return snapshot.id;
      });
      return prisma.classProgressSnapshot.findUniqueOrThrow({ ...payloadQuery(query, {}), where: { id } });
    },
  }),
);

builder.prismaObjectFields('Organisation', (t) => ({
  classStatistics: t.prismaConnection({
    type: 'ClassProgressSnapshot',
    cursor: 'id',
    nullable: true,
    description:
      'The weekly statistics (学情通报) posted for this class in a programme, newest first, each frozen as posted. For the class’s tutors ' +
      'and the admins over it (action class:readProgress); null for anyone else and empty for organisations other than classes. At most ' +
      '100 a page.',
    authorize: {
      action: 'class:readProgress',
      resource: (organisation) => ({ paths: [organisation.path], ownerId: null }),
    },
    args: { programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }) },
    totalCount: (organisation, args, context) =>
      context.db.prisma.classProgressSnapshot.count({
        where: { classId: organisation.id, programmeId: args.programmeId.id },
      }),
    resolve: (query, organisation, args, context) =>
      context.db.prisma.classProgressSnapshot.findMany({
        ...query,
        where: { classId: organisation.id, programmeId: args.programmeId.id },
        orderBy: [{ postedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));
