/**
 * A teacher's personal improvement plan (个人提升计划, one per enrolment) and summaries (个人提升总结, one per selected
 * competency), with their earlier versions. Visible to the teacher and to whoever may read school-based study over
 * the school (schoolStudy:read: the school, district and province admins); everyone else finds them missing.
 */
import { createContextCache } from '@pothos/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import { PersonalDocumentKind as PersonalDocumentKindValues } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { historyField } from '../history/index.js';
import { registerResource, scopeOf } from '../shared/index.js';

export const PersonalDocumentKind = builder.enumType(PersonalDocumentKindValues, {
  name: 'PersonalDocumentKind',
  description:
    'PLAN: the personal improvement plan (个人提升计划, one per enrolment); SUMMARY: a summary of one selected competency (个人提升总结).',
});

/** What the type-level check reads besides the row itself: the teacher. */
export const DOCUMENT_INCLUDE = { enrolment: { select: { teacherId: true } } } as const;

/** Who sees a teacher's documents: the teacher, and the readers of school-based study over the school. */
export function canSeeDocument(context: Context, document: { teacherId: string; orgPath: string }): boolean {
  const viewer = context.viewer;
  return (
    document.teacherId === viewer.user?.id ||
    scopeOf(viewer, 'schoolStudy:read').some((root) => document.orgPath.startsWith(root))
  );
}

/** The same rule as a Prisma filter on PersonalDocument. */
export function documentVisibleWhere(context: Context) {
  const viewer = context.viewer;
  return {
    OR: [
      ...(viewer.user ? [{ enrolment: { teacherId: viewer.user.id } }] : []),
      ...viewer.within('orgPath', scopeOf(viewer, 'schoolStudy:read')).OR,
    ],
  };
}

export const PersonalDocumentVersion = builder.prismaObject('PersonalDocumentVersion', {
  description: 'One upload of a plan or summary: the current one and every one it replaced.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: '1 for the first upload, 2 for the first replacement, …' }),
    file: t.relation('file', { description: 'The file uploaded then.' }),
    uploadedAt: t.expose('uploadedAt', { type: 'DateTime', description: 'When it was uploaded.' }),
  }),
});

export const PersonalDocument = builder.prismaNode('PersonalDocument', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A teacher’s personal improvement plan (个人提升计划) or the summary of one selected competency (个人提升总结): DOC, DOCX or PDF. ' +
    'Uploading again replaces the current file; the earlier ones stay in `versions`.',
  include: DOCUMENT_INCLUDE,
  findUnique: (id, context) => ({ id, ...documentVisibleWhere(context) }),
  authScopes: (document, context) =>
    canSeeDocument(context, { teacherId: document.enrolment.teacherId, orgPath: document.orgPath }),
  fields: (t) => ({
    kind: t.expose('kind', { type: PersonalDocumentKind, description: 'PLAN or SUMMARY.' }),
    competency: t.relation('competency', {
      nullable: true,
      description: 'The selected competency a summary is about; null for a plan.',
    }),
    enrolment: t.relation('enrolment', { description: 'The teacher’s enrolment.' }),
    file: t.relation('file', { description: 'The current file.' }),
    version: t.exposeInt('version', { description: 'The current version: 1, then one more for each re-upload.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When the current file was uploaded.' }),
    versions: t.relation('versions', {
      description: 'Every upload, newest first (the first is the current file).',
      query: { orderBy: { version: 'desc' } },
    }),
    history: historyField('PersonalDocument')(t),
  }),
});

/**
 * A document as actions see it: the teacher owns it; it belongs to the school. Visible to the teacher and the
 * readers of school-based study over the school.
 */
registerResource('PersonalDocument', async (ids, context) => {
  const rows = await context.db.prisma.personalDocument.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, orgPath: true, enrolment: { select: { teacherId: true, programmeId: true } } },
  });
  return new Map(
    rows.map((row) => {
      const document = { teacherId: row.enrolment.teacherId, orgPath: row.orgPath };
      return [
        row.id,
        {
          paths: [row.orgPath],
          ownerId: document.teacherId,
          visible: canSeeDocument(context, document),
          programmeId: row.enrolment.programmeId,
        },
      ] as const;
    }),
  );
});

/**
 * Documents by id with what the query selects of them (queryFromInfo), so their fields need no statement of their own:
 * one statement for every row of a page (a review page's plans, a teacher's summaries), one loader per selection.
 */
type DocumentRow = Prisma.PersonalDocumentGetPayload<{ include: typeof DOCUMENT_INCLUDE }>;

const documentLoaders = createContextCache(() => new WeakMap<object, DataLoader<string, DocumentRow | null>>());

export function loadDocument(context: Context, info: GraphQLResolveInfo, id: string): Promise<DocumentRow | null> {
  const loaders = documentLoaders(context);
  const key = info.fieldNodes[0] as object;
  let loader = loaders.get(key);
  if (!loader) {
    const query = queryFromInfo({ context, info, include: DOCUMENT_INCLUDE });
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = (await context.db.prisma.personalDocument.findMany({
        ...(query as object),
        where: { id: { in: [...ids] } },
      })) as DocumentRow[];
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((one) => byId.get(one) ?? null);
    });
    loaders.set(key, loader);
  }
  return loader.load(id);
}
