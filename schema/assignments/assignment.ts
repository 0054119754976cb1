import {
  AssignmentMode as AssignmentModeValues,
  SubmissionStatus as SubmissionStatusValues,
} from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { onViewerLineWhere } from '../programmes/index.js';
import { registerResource } from '../shared/index.js';

export const AssignmentMode = builder.enumType(AssignmentModeValues, {
  name: 'AssignmentMode',
  description:
    'ONLINE: done in the online study (网络研修作业); SCHOOL_BASED: done at school offline (线下研修, e.g. a summary report).',
});

export const SubmissionStatus = builder.enumType(SubmissionStatusValues, {
  name: 'SubmissionStatus',
  description:
    'State of a submission: SUBMITTED (waiting for the class tutor), RETURNED (sent back for rework with a comment; the teacher may resubmit), ' +
    'MARKED (final, with a mark).',
});

/** What the type-level check reads besides the row itself: the programme's district. */
export const ASSIGNMENT_INCLUDE = { programme: { select: { orgPath: true } } } as const;

/**
 * An assignment (研修作业) a programme sets. Visible to whoever sees its programme (the district's staff, schools and
 * teachers, and the admins above it).
 */
export const Assignment = builder.prismaNode('Assignment', {
  id: { field: 'id' },
  nullable: true,
  description: 'An assignment (研修作业) of a programme: what to do, by when, and which answer kinds it accepts.',
  include: ASSIGNMENT_INCLUDE,
  findUnique: (id, context) => ({ id, programme: onViewerLineWhere(context) }),
  authScopes: (assignment, context) => context.viewer.isOnLine(assignment.programme.orgPath),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'Stable code, unique within the programme (e.g. "hw1").' }),
    title: t.exposeString('title', { description: '1 to 200 characters.' }),
    brief: t.exposeString('brief', { description: 'What the teacher is to do: 1 to 4000 characters of plain text.' }),
    dueAt: t.expose('dueAt', {
      type: 'DateTime',
      description: 'When it is due. Later submissions are accepted and flagged `late`.',
    }),
    mode: t.expose('mode', { type: AssignmentMode, description: 'ONLINE or SCHOOL_BASED.' }),
    acceptsText: t.exposeBoolean('acceptsText', { description: 'True when a text answer is accepted.' }),
    acceptsFile: t.exposeBoolean('acceptsFile', {
      description: 'True when a file answer (PDF, DOC or DOCX, at most 20 MB) is accepted.',
    }),
    position: t.exposeInt('position', { description: 'Order within the programme (lowest first).' }),
    programme: t.relation('programme', { description: 'The programme setting it.' }),
  }),
});

builder.prismaObjectField('Programme', 'assignments', (t) =>
  t.relatedConnection('assignments', {
    cursor: 'id',
    description: 'The programme’s assignments (研修作业), by position then code. At most 100 a page.',
    totalCount: true,
    query: { orderBy: [{ position: 'asc' }, { code: 'asc' }] },
  }),
);

/** An assignment as actions see it: it belongs to its programme's district. */
registerResource('Assignment', async (ids, context) => {
  const rows = await context.db.prisma.assignment.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, programme: { select: { orgPath: true } } },
  });
  return new Map(
    rows.map(({ id, programme }) => [
      id,
      { paths: [programme.orgPath], ownerId: null, visible: context.viewer.isOnLine(programme.orgPath) },
    ]),
  );
});
