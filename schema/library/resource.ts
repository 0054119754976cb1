/**
 * The library resource (生成性资源库): its type, who sees it, its authorization loader and the download rule for its
 * file. A PUBLISHED resource is found by the members of its scope organisation and everything below it, and by roles
 * held above it (rules.ts `finds`); its author, its curator and the curators over its scope see it in every state.
 */
import type { Context } from '../../api/context.js';
import type { Prisma } from '../../api/db/generated/prisma/client.js';
import {
  LibraryResourceKind as KindValues,
  LibraryScope as ScopeValues,
  LibrarySourceKind as SourceKindValues,
  LibraryResourceStatus as StatusValues,
} from '../../api/db/generated/prisma/enums.js';
import { registerFileAccess } from '../../api/storage/file-access.js';
import { builder } from '../builder.js';
import { SchoolStage } from '../programmes/index.js';
import { registerResource, scopeOf } from '../shared/index.js';
import { finds, findsWhere, type LibraryKindValue, tagNames } from './rules.js';

export const LibraryScope = builder.enumType(ScopeValues, {
  name: 'LibraryScope',
  description:
    'Whose library a resource is in: SCHOOL (a school’s), DISTRICT (a district’s) or PROVINCE (a province’s). Everyone with a role ' +
    'in that organisation or below it finds it once published.',
});

export const LibrarySourceKind = builder.enumType(SourceKindValues, {
  name: 'LibrarySourceKind',
  description:
    'What a resource was curated from: SHARE (an ACTIVE shared resource), ASSIGNMENT_SUBMISSION (a MARKED assignment), EVIDENCE ' +
    '(practice evidence ASSESSED as PASS or EXCELLENT) or CLASS_NOTICE (a class briefing, 简报).',
});

export const LibraryResourceKind = builder.enumType(KindValues, {
  name: 'LibraryResourceKind',
  description:
    'The kind of work (a tag): LESSON_PLAN (教学设计), COURSEWARE (课件), VIDEO (视频课例), CASE (案例), REFLECTION (反思), BRIEFING (简报), ' +
    'ARTICLE (文章), OTHER.',
});

export const LibraryResourceStatus = builder.enumType(StatusValues, {
  name: 'LibraryResourceStatus',
  description:
    'AWAITING_CONSENT: curated, waiting for the author; PUBLISHED: the author consented, readers find it; DECLINED: the author said no; ' +
    'WITHDRAWN: taken back by the author or a curator (final). Only PUBLISHED resources are found by readers.',
});

/** The columns visibility reads. */
export interface VisibleResource {
  status: string;
  orgPath: string;
  authorId: string;
  curatedById: string;
}

/** Whether the viewer sees a resource: readers when PUBLISHED (`finds`); its author, its curator and curators over it always. */
export function canSeeResource(context: Context, resource: VisibleResource): boolean {
  const userId = context.viewer.user?.id;
  if (userId && (resource.authorId === userId || resource.curatedById === userId)) return true;
  if (scopeOf(context.viewer, 'library:curate').some((path) => resource.orgPath.startsWith(path))) return true;
  return resource.status === 'PUBLISHED' && finds(scopeOf(context.viewer, 'library:read'), resource.orgPath);
}

/** `finds` as a Prisma filter on the scope path (false everywhere for a viewer with no reader role). */
export function publishedFoundWhere(context: Context): Prisma.LibraryResourceWhereInput {
  const { exact, under } = findsWhere(scopeOf(context.viewer, 'library:read'));
  const conditions: Prisma.LibraryResourceWhereInput[] = [
    ...(exact.length ? [{ orgPath: { in: exact } }] : []),
    ...under.map((path) => ({ orgPath: { startsWith: path } })),
  ];
  return conditions.length ? { status: 'PUBLISHED', OR: conditions } : { id: { in: [] } };
}

/** The resources a viewer curates: in the libraries their curating roles cover, and those they curated themselves. */
export function curatedWhere(context: Context): Prisma.LibraryResourceWhereInput {
  const userId = context.viewer.user?.id;
  const conditions: Prisma.LibraryResourceWhereInput[] = [
    ...scopeOf(context.viewer, 'library:curate').map((path) => ({ orgPath: { startsWith: path } })),
    ...(userId ? [{ curatedById: userId }] : []),
  ];
  return conditions.length ? { OR: conditions } : { id: { in: [] } };
}

/** Every resource the viewer sees (`canSeeResource` as a Prisma filter). */
export function resourceVisibleWhere(context: Context): { OR: Prisma.LibraryResourceWhereInput[] } {
  const userId = context.viewer.user?.id;
  return {
    OR: [publishedFoundWhere(context), curatedWhere(context), ...(userId ? [{ authorId: userId }] : [])],
  };
}

export const LibraryResource = builder.prismaNode('LibraryResource', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An excellent output curated into a school’s, district’s or province’s library (生成性资源库), with its author’s consent and ' +
    'attribution: a title, a body (a description, or the content itself when there is no file), tags (competency, stage, subject, kind) ' +
    'and the source’s file. Readers find it once PUBLISHED; its author and curators see it in every state.',
  select: { status: true, orgPath: true, authorId: true, curatedById: true, scopeOrganisationId: true },
  findUnique: (id, context) => ({ id, ...resourceVisibleWhere(context) }),
  authScopes: (resource, context) => canSeeResource(context, resource),
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title: 1 to 200 characters.' }),
    body: t.exposeString('body', {
      description:
        'The description, or the content itself when there is no file: up to 20,000 characters of text; for a briefing (简报) curated ' +
        'as it is, its sanitized HTML.',
    }),
    kind: t.expose('kind', { type: LibraryResourceKind, description: 'The kind of work (a tag).' }),
    competency: t.relation('competency', {
      nullable: true,
      description: 'The micro-competency (微能力点) it serves (a tag), if any.',
    }),
    stage: t.expose('stage', {
      type: SchoolStage,
      nullable: true,
      description: 'The school stage (学段) it is for (a tag), if any.',
    }),
    subject: t.exposeString('subject', {
      nullable: true,
      description: 'The subject (语文, 数学 …; a tag) it is for, if any: at most 50 characters.',
    }),
    tags: t.stringList({
      description:
        'The tags’ names as indexed for search, in this order: the competency (code and name), the stage, the subject and the kind (in Chinese).',
      select: { stage: true, subject: true, kind: true, competency: { select: { code: true, nameZh: true } } },
      resolve: (resource) =>
        tagNames({
          competency: resource.competency,
          stage: resource.stage,
          subject: resource.subject,
          kind: resource.kind as LibraryKindValue,
        }),
    }),
    attribution: t.exposeString('attribution', {
      description: 'The author’s name and school at curation time, as shown on the resource: “张敏（天长市实验小学）”.',
    }),
    scope: t.expose('scope', { type: LibraryScope, description: 'Whose library it is in.' }),
    scopeName: t.string({
      description: 'The name of the school, district or province whose library it is in.',
      select: { scopeOrganisation: { select: { name: true } } },
      resolve: (resource) => resource.scopeOrganisation.name,
    }),
    scopeOrganisationId: t.globalID({
      description:
        'The global ID of the organisation whose library it is in (an Organisation); `node(id)` gives it to viewers who may see that ' +
        'organisation (a teacher reading their district’s library may not: `scopeName` gives its name to everyone).',
      resolve: (resource) => ({ type: 'Organisation', id: resource.scopeOrganisationId }),
    }),
    status: t.expose('status', { type: LibraryResourceStatus, description: 'Where it is in the consent life cycle.' }),
    sourceKind: t.expose('sourceKind', { type: LibrarySourceKind, description: 'What it was curated from.' }),
    downloads: t.exposeInt('downloads', {
      description:
        'How many people took it (downloadLibraryResource): each person counts once, however often they download it.',
    }),
    consentedAt: t.expose('consentedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the author consented (it was published then); null until they do.',
    }),
    withdrawnAt: t.expose('withdrawnAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was withdrawn; null unless WITHDRAWN.',
    }),
    curatedAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was curated.' }),
    file: t.relation('file', {
      nullable: true,
      description:
        'The source’s file (for evidence its first artefact, for a VIDEO its first video); null when the body is the content. Download ' +
        'it with downloadLibraryResource, which counts the download.',
    }),
  }),
});

/**
 * A resource as actions see it: it belongs to its scope organisation (curators over it: library:curate), its author
 * owns it (library:consent). Not a school's programme record: the closing guard does not apply (programmeId null).
 */
registerResource('LibraryResource', async (ids, context) => {
  const rows = await context.db.prisma.libraryResource.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, status: true, orgPath: true, authorId: true, curatedById: true },
  });
  return new Map(
    rows.map((row) => [
      row.id,
      { paths: [row.orgPath], ownerId: row.authorId, visible: canSeeResource(context, row), programmeId: null },
    ]),
  );
});

/**
 * Files of PUBLISHED resources the viewer finds: readers beyond the author's school (a district library's readers) may
 * download them. The StoredFile type and the download route ask this rule (one statement for a page of files).
 */
registerFileAccess(async (db, viewer, fileIds) => {
  if (!viewer.user) return [];
  const rows = await db.prisma.libraryResource.findMany({
    where: { fileId: { in: [...fileIds] }, ...publishedFoundWhere({ viewer } as Context) },
    select: { fileId: true },
    distinct: ['fileId'],
  });
  return rows.flatMap((row) => (row.fileId ? [row.fileId] : []));
});
