/**
 * Reading the library: the search (Chinese words segmented with jieba, matched against the generated `searchVector`
 * with `plainto_tsquery('simple', …)` and ranked with ts_rank), the curators' queue and the author's consent inbox.
 */
import { z } from 'zod';
import type { Context } from '../../api/context.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import type { LibraryResourceStatus as StatusValue } from '../../api/db/generated/prisma/enums.js';
import { defineMessages } from '../../api/i18n/messages.js';
import { segmenter } from '../../api/library/segmenter.js';
import { builder } from '../builder.js';
import { Competency } from '../catalogues/index.js';
import { SchoolStage } from '../programmes/index.js';
import { scopeOf } from '../shared/index.js';
import { curatedWhere, LibraryResource, LibraryResourceKind, LibraryResourceStatus, LibraryScope } from './resource.js';
import { findsWhere, MAX_LIBRARY_QUERY_LENGTH, MAX_LIBRARY_QUERY_WORDS, queryWords } from './rules.js';

defineMessages({
  'BAD_USER_INPUT.libraryQuery': {
    en: 'query must be at most {max} characters',
    'zh-CN': 'query 最多 {max} 个字符',
  },
});

interface SearchFilters {
  competencyId?: { id: string } | null;
  stage?: string | null;
  subject?: string | null;
  kind?: string | null;
  scope?: string | null;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The search's WHERE: PUBLISHED resources the viewer finds (rules.ts `finds`), the filters, and the words; null when the
 * viewer finds nothing at all (no reader role).
 */
function searchConditions(context: Context, filters: SearchFilters, tsquery: Prisma.Sql | null): Prisma.Sql | null {
  const { exact, under } = findsWhere(scopeOf(context.viewer, 'library:read'));
  if (exact.length === 0 && under.length === 0) return null;
  const likes = under.map((path) => `${escapeLike(path)}%`);
  const conditions: Prisma.Sql[] = [
    Prisma.sql`r.status = 'PUBLISHED'`,
    Prisma.sql`(r."orgPath" = ANY(${exact}::text[]) OR r."orgPath" LIKE ANY(${likes}::text[]))`,
  ];
  if (filters.competencyId) conditions.push(Prisma.sql`r."competencyId" = ${filters.competencyId.id}`);
  if (filters.stage) conditions.push(Prisma.sql`r.stage::text = ${filters.stage}`);
  if (filters.subject?.trim()) conditions.push(Prisma.sql`r.subject = ${filters.subject.trim()}`);
  if (filters.kind) conditions.push(Prisma.sql`r.kind::text = ${filters.kind}`);
  if (filters.scope) conditions.push(Prisma.sql`r.scope::text = ${filters.scope}`);
  if (tsquery) conditions.push(Prisma.sql`r."searchVector" @@ ${tsquery}`);
  return Prisma.join(conditions, ' AND ');
}

/** The search words of a query: null without one (newest first), [] when it holds no word (it finds nothing). */
async function wordsOf(query: string | null | undefined): Promise<string[] | null> {
  if (!query?.trim()) return null;
  return queryWords(query, await segmenter());
}

const tsqueryOf = (words: string[] | null) =>
  words ? Prisma.sql`plainto_tsquery('simple', ${words.join(' ')})` : null;

/**
 * One page of ids in rank order (ts_rank, then id) or, without words, newest first (consentedAt, then id). The cursor
 * is a resource's id: the page continues after that resource's (rank, id), so it is stable however many resources share
 * a rank. `take` < 0 pages backwards (`last`/`before`).
 */
async function searchIds(
  context: Context,
  filters: SearchFilters,
  words: string[] | null,
  cursorId: string | null,
  take: number,
): Promise<string[]> {
  const tsquery = tsqueryOf(words);
  const where = searchConditions(context, filters, tsquery);
  if (!where) return [];
  const key = (alias: Prisma.Sql) =>
    tsquery ? Prisma.sql`ts_rank(${alias}."searchVector", ${tsquery})` : Prisma.sql`${alias}."consentedAt"`;
  const backward = take < 0;
  const direction = Prisma.raw(backward ? 'ASC' : 'DESC');
  const after = cursorId
    ? Prisma.sql`AND (${key(Prisma.raw('r'))}, r.id) ${Prisma.raw(backward ? '>' : '<')}
        (SELECT ${key(Prisma.raw('c'))}, c.id FROM "LibraryResource" c WHERE c.id = ${cursorId})`
    : Prisma.empty;
  const rows = await context.db.prisma.$queryRaw<Array<{ id: string }>>`
    SELECT r.id FROM "LibraryResource" r
     WHERE ${where} ${after}
     ORDER BY ${key(Prisma.raw('r'))} ${direction}, r.id ${direction}
     LIMIT ${Math.abs(take)}`;
  const ids = rows.map((row) => row.id);
  return backward ? ids.reverse() : ids;
}

async function searchCount(context: Context, filters: SearchFilters, query: string | null | undefined) {
  const words = await wordsOf(query);
  if (words?.length === 0) return 0;
  const where = searchConditions(context, filters, tsqueryOf(words));
  if (!where) return 0;
  const rows = await context.db.prisma.$queryRaw<Array<{ count: number }>>`
    SELECT count(*)::int AS count FROM "LibraryResource" r WHERE ${where}`;
  return rows[0]?.count ?? 0;
}

builder.queryFields((t) => ({
  searchLibrary: t.prismaConnection({
    type: LibraryResource,
    cursor: 'id',
    description:
      'Searches the libraries (生成性资源库) the viewer reads: PUBLISHED resources of their school, district and province (members of an ' +
      'organisation find its libraries and those above it; admins and experts also those of the schools below them). `query` is ' +
      'segmented into Chinese words (jieba) and matched against each resource’s title, body and tag names, every word required, best ' +
      'matches first (ts_rank, then id); without a query, newest first. A query with no word in it (only punctuation) finds nothing. ' +
      'Empty for anonymous viewers and sync clients. At most 100 a page.',
    args: {
      query: t.arg.string({
        required: false,
        description: `Words to look for (思维导图, 课件 …): at most ${MAX_LIBRARY_QUERY_LENGTH} characters; the first ${MAX_LIBRARY_QUERY_WORDS} distinct words count. Operators and quotes are plain text.`,
        validate: z.string().refine((text) => text.length <= MAX_LIBRARY_QUERY_LENGTH, {
          message: 'BAD_USER_INPUT.libraryQuery',
          params: { max: MAX_LIBRARY_QUERY_LENGTH },
        }),
      }),
      competencyId: t.arg.globalID({
        required: false,
        for: Competency,
        description: 'Only resources of this competency.',
      }),
      stage: t.arg({ type: SchoolStage, required: false, description: 'Only resources of this school stage.' }),
      subject: t.arg.string({ required: false, description: 'Only resources of this subject, exactly as tagged.' }),
      kind: t.arg({ type: LibraryResourceKind, required: false, description: 'Only resources of this kind.' }),
      scope: t.arg({ type: LibraryScope, required: false, description: 'Only resources of this level of library.' }),
    },
    totalCount: (_root, args, context) => searchCount(context, args as SearchFilters, args.query),
    resolve: async (query, _root, args, context) => {
      const {
        take,
        skip: _skip,
        cursor,
        ...selection
      } = query as typeof query & {
        take: number;
        skip: number;
        cursor?: { id: string };
      };
      const words = await wordsOf(args.query);
      if (words?.length === 0) return [];
      const ids = await searchIds(context, args as SearchFilters, words, cursor?.id ?? null, take);
      if (ids.length === 0) return [];
      const rows = await context.db.prisma.libraryResource.findMany({ ...selection, where: { id: { in: ids } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        return row ? [row] : [];
      });
    },
  }),
  libraryCuration: t.prismaConnection({
    type: LibraryResource,
    cursor: 'id',
    description:
      'The curators’ queue: resources in the libraries the viewer curates (library:curate over their scope) and those they curated ' +
      'themselves, in every state unless `status` says otherwise, newest first. Empty for anyone else. At most 100 a page.',
    args: {
      status: t.arg({ type: LibraryResourceStatus, required: false, description: 'Only resources in this state.' }),
    },
    totalCount: (_root, args, context) =>
      context.db.prisma.libraryResource.count({ where: curationWhere(context, args.status) }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.libraryResource.findMany({
        ...query,
        where: curationWhere(context, args.status),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
  myLibraryResources: t.prismaConnection({
    type: LibraryResource,
    cursor: 'id',
    description:
      'The viewer’s own work curated into libraries (their consent inbox): those awaiting their consent first, then published, declined ' +
      'and withdrawn ones, each newest first. Empty for anonymous viewers. At most 100 a page.',
    args: {
      status: t.arg({ type: LibraryResourceStatus, required: false, description: 'Only resources in this state.' }),
    },
    totalCount: (_root, args, context) =>
      context.db.prisma.libraryResource.count({ where: mineWhere(context, args.status) }),
    resolve: (query, _root, args, context) =>
      context.db.prisma.libraryResource.findMany({
        ...query,
        where: mineWhere(context, args.status),
        // PostgreSQL sorts an enum in its declared order: AWAITING_CONSENT, PUBLISHED, DECLINED, WITHDRAWN.
        orderBy: [{ status: 'asc' }, { createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

function curationWhere(context: Context, status: StatusValue | null | undefined): Prisma.LibraryResourceWhereInput {
  return { AND: [curatedWhere(context), status ? { status } : {}] };
}

function mineWhere(context: Context, status: StatusValue | null | undefined): Prisma.LibraryResourceWhereInput {
  const userId = context.viewer.user?.id;
  return userId ? { authorId: userId, ...(status ? { status } : {}) } : { id: { in: [] } };
}
