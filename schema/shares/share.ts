import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { ShareKind as ShareKindValues, ShareStatus as ShareStatusValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { canSeeEnrolment, enrolmentVisibleWhere } from '../enrolments/index.js';
import { historyField } from '../history/index.js';
import { Organisation } from '../organisations/index.js';
import { Programme } from '../programmes/index.js';
import { registerResource } from '../shared/index.js';
import { shareCounts } from './rules.js';

export const ShareKind = builder.enumType(ShareKindValues, {
  name: 'ShareKind',
  description: 'What a teacher shares: RESOURCE (共享资源: a lesson plan, courseware, a link) or ARTICLE (学科文章).',
});

export const ShareStatus = builder.enumType(ShareStatusValues, {
  name: 'ShareStatus',
  description:
    'ACTIVE: counts toward the programme’s scheme; REJECTED: a class tutor rejected it for breaking the rules, with a reason (it no longer counts).',
});

/** What the type-level check reads besides the row itself: the enrolment's teacher, school and class. */
export const SHARE_INCLUDE = {
  enrolment: { select: { teacherId: true, orgPath: true, class: { select: { path: true } } } },
} as const;

type ShareEnrolment = { teacherId: string; orgPath: string; class: { path: string } | null };

const visibleShare = (context: Context, enrolment: ShareEnrolment) =>
  canSeeEnrolment(context, { ...enrolment, classPath: enrolment.class?.path ?? null });

/**
 * A resource or article a teacher shared (上传共享资源 / 学科文章). Visible where the teacher's enrolment is: the
 * teacher, the tutors of their class, admins and experts over their school; others find it missing.
 */
export const Share = builder.prismaNode('Share', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A resource or article a teacher shared in a programme: a link or a file, with a title and optionally the competency or module it serves.',
  include: SHARE_INCLUDE,
  findUnique: (id, context) => ({ id, enrolment: enrolmentVisibleWhere(context) }),
  authScopes: (share, context) => visibleShare(context, share.enrolment),
  fields: (t) => ({
    kind: t.expose('kind', { type: ShareKind, description: 'RESOURCE (共享资源) or ARTICLE (学科文章).' }),
    title: t.exposeString('title', { description: 'Title: 1 to 200 characters.' }),
    url: t.exposeString('url', {
      nullable: true,
      description: 'The shared link (http or https); null when a file was shared.',
    }),
    file: t.relation('file', { nullable: true, description: 'The shared file; null when a link was shared.' }),
    competency: t.relation('competency', {
      nullable: true,
      description: 'The micro-competency (微能力点) of the programme’s catalogue the share serves, if any.',
    }),
    module: t.exposeString('module', {
      nullable: true,
      description: 'The course module (师德素养, 专业发展 …) the share serves, if any: at most 50 characters.',
    }),
    status: t.expose('status', { type: ShareStatus, description: 'ACTIVE (counts) or REJECTED (does not).' }),
    counted: t.boolean({
      description: 'True when the share counts toward the programme’s scheme (it is ACTIVE).',
      select: { status: true },
      resolve: (share) => shareCounts(share.status),
    }),
    rejectedReason: t.exposeString('rejectedReason', {
      nullable: true,
      description: 'Why the tutor rejected it; null while ACTIVE.',
    }),
    rejectedAt: t.expose('rejectedAt', { type: 'DateTime', nullable: true, description: 'When it was rejected.' }),
    sharedAt: t.expose('createdAt', { type: 'DateTime', description: 'When the teacher shared it.' }),
    enrolment: t.relation('enrolment', { description: 'The enrolment (teacher and programme) it was shared in.' }),
    history: historyField('Share')(t),
  }),
});

/**
 * ACTIVE shares of each enrolment asked about, counted in SQL in one statement. (A `relationCount` with a filter
 * would clash with the `shares` connection's own count in the same query and fall back to one query per enrolment.)
 */
const countedShares = createContextCache(
  (context: Context) =>
    new DataLoader<string, number>(async (enrolmentIds) => {
      const groups = await context.db.prisma.share.groupBy({
        by: ['enrolmentId'],
        where: { enrolmentId: { in: [...enrolmentIds] }, status: 'ACTIVE' },
        _count: { _all: true },
      });
      const counts = new Map(groups.map((group) => [group.enrolmentId, group._count._all]));
      return enrolmentIds.map((id) => counts.get(id) ?? 0);
    }),
);

builder.prismaObjectFields('Enrolment', (t) => ({
  shares: t.relatedConnection('shares', {
    cursor: 'id',
    description:
      'The teacher’s shares in this programme, newest first; rejected ones too unless `status` says otherwise. At most 100 a page.',
    totalCount: true,
    args: { status: t.arg({ type: ShareStatus, required: false, description: 'Only shares in this state.' }) },
    query: (args) => ({
      where: args.status ? { status: args.status } : {},
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    }),
  }),
  countedShares: t.int({
    description:
      'Shares that count toward the programme’s scheme (ACTIVE ones; rejected shares never count). Counted in SQL, one statement for the page.',
    select: { id: true },
    resolve: (enrolment, _args, context) => countedShares(context).load(enrolment.id),
  }),
}));

builder.queryFields((t) => ({
  classShares: t.prismaConnection({
    type: Share,
    cursor: 'id',
    nullable: true,
    description:
      'Shares of a class’s teachers in a programme, newest first: the tutor’s review list (action share:reject, the class’s tutors). ' +
      'Null for anyone else. At most 100 a page.',
    authorize: {
      action: 'share:reject',
      resource: (_root, args) => ({ kind: 'Class', id: args.classId.id }),
    },
    args: {
      classId: t.arg.globalID({
        required: true,
        for: Organisation,
        description: 'The class (an Organisation of kind CLASS).',
      }),
      programmeId: t.arg.globalID({ required: true, for: Programme, description: 'The programme.' }),
      status: t.arg({ type: ShareStatus, required: false, description: 'Only shares in this state.' }),
    },
    totalCount: (_root, args, context) =>
      context.db.prisma.share.count({ where: classSharesWhere(args.classId.id, args.programmeId.id, args.status) }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.share.findMany({
        ...query,
        where: classSharesWhere(args.classId.id, args.programmeId.id, args.status),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

function classSharesWhere(classId: string, programmeId: string, status: ShareStatusValue | null | undefined) {
  return { enrolment: { classId, programmeId }, ...(status ? { status } : {}) };
}

type ShareStatusValue = keyof typeof ShareStatusValues;

/** A share as actions see it: the teacher owns it; it belongs to their class (when they have one) and school. */
registerResource('Share', async (ids, context) => {
  const rows = await context.db.prisma.share.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, enrolment: { select: { ...SHARE_INCLUDE.enrolment.select, programmeId: true } } },
  });
  return new Map(
    rows.map(({ id, enrolment }) => {
      const classPath = enrolment.class?.path ?? null;
      return [
        id,
        {
          paths: classPath ? [classPath, enrolment.orgPath] : [enrolment.orgPath],
          ownerId: enrolment.teacherId,
          visible: visibleShare(context, enrolment),
          programmeId: enrolment.programmeId,
        },
      ];
    }),
  );
});
