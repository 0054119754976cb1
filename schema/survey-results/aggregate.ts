/**
 * The SQL of survey results. Every figure is counted by PostgreSQL with GROUP BY, whatever the number of questions,
 * responses or groups: one statement for a survey's questions, one for the grouped counts of any number of groups,
 * one for a page of groups, one for a page of texts. Answers are never loaded to be counted.
 */
import { z } from 'zod';
import type { PrismaClient } from '../../api/db/client.js';
import { Prisma } from '../../api/db/generated/prisma/client.js';
import { addCountRow, type Cell, type CountRow, emptyCounts, type GroupCounts, type QuestionSpec } from './rules.js';

type Db = Pick<PrismaClient, '$queryRaw' | 'surveyQuestion'>;

/** Where a scale has no bounds of its own (1–5, the surveys' default). */
const DEFAULT_SCALE = { min: 1, max: 5 };

const labelled = z.array(z.object({ key: z.string(), label: z.string().optional() }).passthrough());

function keysOf(json: unknown) {
  const parsed = labelled.safeParse(json ?? []);
  return parsed.success ? parsed.data.map((entry) => ({ key: entry.key, label: entry.label ?? entry.key })) : [];
}

/** A survey's questions in order (one statement). */
export async function loadQuestions(db: Db, surveyId: string): Promise<QuestionSpec[]> {
  const rows = await db.surveyQuestion.findMany({
    where: { surveyId },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      key: true,
      position: true,
      prompt: true,
      kind: true,
      options: true,
      rows: true,
      scaleMin: true,
      scaleMax: true,
      competencyId: true,
      dimensionId: true,
    },
  });
  return rows.map((row) => ({
    ...row,
    options: keysOf(row.options),
    rows: keysOf(row.rows),
    scaleMin: row.scaleMin ?? DEFAULT_SCALE.min,
    scaleMax: row.scaleMax ?? DEFAULT_SCALE.max,
  }));
}

/** A prefix for LIKE: the path with LIKE's wildcards escaped, then `%`. */
export const likePrefix = (path: string) => `${path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Responses of the subtree at `path`: their school or their class lies in it. */
export const inSubtree = (path: string) =>
  Prisma.sql`(r."schoolPath" LIKE ${likePrefix(path)} OR r."classPath" LIKE ${likePrefix(path)})`;

/** How responses are grouped: all of one subtree together, or by class or school (among `paths`). */
export type Grouping = { level: 'TARGET'; path: string } | { level: 'CLASS' | 'SCHOOL'; paths: readonly string[] };

const COLUMN = { CLASS: Prisma.sql`r."classPath"`, SCHOOL: Prisma.sql`r."schoolPath"` } as const;

/**
 * The grouped counts of each group, in ONE statement: respondents, answered per question, answer rows per option and
 * per (matrix row, rating), and, with `groupings`, respondents per self-assessment grouping.
 */
export async function loadGroupCounts(
  db: Db,
  surveyId: string,
  grouping: Grouping,
  options: { groupings?: boolean } = {},
): Promise<Map<string, GroupCounts>> {
  const result = new Map<string, GroupCounts>();
  if (grouping.level !== 'TARGET' && grouping.paths.length === 0) return result;
  const [groupExpr, filter] =
    grouping.level === 'TARGET'
      ? [Prisma.sql`${grouping.path}::text`, inSubtree(grouping.path)]
      : [COLUMN[grouping.level], Prisma.sql`${COLUMN[grouping.level]} = ANY(${[...grouping.paths]}::text[])`];
  const dimensions = options.groupings
    ? Prisma.sql`
      UNION ALL
      SELECT 'D', r.g, q."dimensionId", NULL, NULL, NULL, count(DISTINCT a."responseId")::int
        FROM "SurveyAnswer" a JOIN r ON r.id = a."responseId" JOIN "SurveyQuestion" q ON q.id = a."questionId"
       WHERE a."surveyId" = ${surveyId} AND a.value IS NOT NULL AND q."dimensionId" IS NOT NULL
       GROUP BY r.g, q."dimensionId"`
    : Prisma.empty;
  const rows = await db.$queryRaw<
    Array<{
      part: CountRow['part'];
      g: string;
      questionId: string | null;
      optionKey: string | null;
      rowKey: string | null;
      value: number | null;
      n: number;
    }>
  >`
    WITH r AS (
      SELECT r.id, ${groupExpr} AS g FROM "SurveyResponse" r WHERE r."surveyId" = ${surveyId} AND ${filter})
    SELECT 'R'::text AS part, r.g, NULL::text AS "questionId", NULL::text AS "optionKey", NULL::text AS "rowKey",
           NULL::int AS value, count(*)::int AS n
      FROM r GROUP BY r.g
    UNION ALL
    SELECT 'A', r.g, a."questionId", NULL, NULL, NULL, count(DISTINCT a."responseId")::int
      FROM "SurveyAnswer" a JOIN r ON r.id = a."responseId"
     WHERE a."surveyId" = ${surveyId} GROUP BY r.g, a."questionId"
    UNION ALL
    SELECT 'O', r.g, a."questionId", a."optionKey", NULL, NULL, count(DISTINCT a."responseId")::int
      FROM "SurveyAnswer" a JOIN r ON r.id = a."responseId"
     WHERE a."surveyId" = ${surveyId} AND a."optionKey" IS NOT NULL GROUP BY r.g, a."questionId", a."optionKey"
    UNION ALL
    SELECT 'V', r.g, a."questionId", NULL, a."rowKey", a.value, count(DISTINCT a."responseId")::int
      FROM "SurveyAnswer" a JOIN r ON r.id = a."responseId"
     WHERE a."surveyId" = ${surveyId} AND a.value IS NOT NULL GROUP BY r.g, a."questionId", a."rowKey", a.value
    ${dimensions}`;
  for (const row of rows) {
    let counts = result.get(row.g);
    if (!counts) {
      counts = emptyCounts();
      result.set(row.g, counts);
    }
    const n = Number(row.n);
    if (row.part === 'R') addCountRow(counts, { part: 'R', n });
    else if (row.part === 'A') addCountRow(counts, { part: 'A', questionId: row.questionId as string, n });
    else if (row.part === 'O')
      addCountRow(counts, { part: 'O', questionId: row.questionId as string, optionKey: row.optionKey as string, n });
    else if (row.part === 'V')
      addCountRow(counts, {
        part: 'V',
        questionId: row.questionId as string,
        rowKey: row.rowKey,
        value: Number(row.value),
        n,
      });
    else addCountRow(counts, { part: 'D', dimensionId: row.questionId as string, n });
  }
  return result;
}

/** The counts of one subtree (an empty set when nobody in it answered). */
export async function loadTargetCounts(
  db: Db,
  surveyId: string,
  path: string,
  options: { groupings?: boolean } = {},
): Promise<GroupCounts> {
  return (await loadGroupCounts(db, surveyId, { level: 'TARGET', path }, options)).get(path) ?? emptyCounts();
}

export interface GroupRow {
  path: string;
  organisationId: string | null;
  name: string | null;
  respondents: number;
}

const anyOf = (column: Prisma.Sql, roots: readonly string[]) =>
  roots.length
    ? Prisma.join(
        roots.map((root) => Prisma.sql`${column} LIKE ${likePrefix(root)}`),
        ' OR ',
      )
    : Prisma.sql`FALSE`;

/**
 * A page of the classes or schools with responses, within `roots`, by name: one statement, with the number of all
 * such groups. Without a page, every group.
 */
export async function loadGroupPage(
  db: Db,
  surveyId: string,
  level: 'CLASS' | 'SCHOOL',
  roots: readonly string[],
  page?: { offset: number; limit: number },
): Promise<{ total: number; groups: GroupRow[] }> {
  const column = COLUMN[level];
  const limit = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const rows = await db.$queryRaw<
    Array<{ total: number; path: string | null; id: string | null; name: string | null; respondents: number | null }>
  >`
    WITH g AS (
      SELECT ${column} AS path, count(*)::int AS respondents FROM "SurveyResponse" r
       WHERE r."surveyId" = ${surveyId} AND ${column} IS NOT NULL AND (${anyOf(column, roots)})
       GROUP BY 1)
    SELECT (SELECT count(*)::int FROM g) AS total, page.path, page.id, page.name, page.respondents
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (
        SELECT g.path, o.id, o.name, g.respondents FROM g LEFT JOIN "Organisation" o ON o.path = g.path
         ORDER BY o.name, g.path ${limit}) page ON TRUE`;
  return {
    total: Number(rows[0]?.total ?? 0),
    groups: rows.flatMap((row) =>
      row.path === null
        ? []
        : [{ path: row.path, organisationId: row.id, name: row.name, respondents: Number(row.respondents ?? 0) }],
    ),
  };
}

export interface TextRow {
  id: string;
  text: string;
  /** Named surveys only. */
  respondentId: string | null;
  respondentName: string | null;
  submittedAt: Date | null;
  questionId: string;
}

/**
 * A page of a TEXT question's answers within the subtree at `path` (all questions' texts with `questionId` null), and
 * their number: one statement. Anonymous surveys: no respondent and no time is read, ordered by the answers' random
 * ids; named surveys: newest first.
 */
export async function loadTexts(
  db: Db,
  survey: { id: string; anonymous: boolean },
  questionId: string | null,
  path: string,
  page?: { offset: number; limit: number },
): Promise<{ total: number; texts: TextRow[] }> {
  const limit = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  const question = questionId ? Prisma.sql`AND a."questionId" = ${questionId}` : Prisma.empty;
  const person = survey.anonymous
    ? Prisma.sql`NULL::text AS "respondentId", NULL::text AS "respondentName", NULL::timestamp AS "submittedAt"`
    : Prisma.sql`r."respondentId", u."displayName" AS "respondentName", r."submittedAt"`;
  const people = survey.anonymous ? Prisma.empty : Prisma.sql`LEFT JOIN "User" u ON u.id = r."respondentId"`;
  const rows = await db.$queryRaw<
    Array<{
      total: number;
      id: string | null;
      text: string | null;
      questionId: string | null;
      respondentId: string | null;
      respondentName: string | null;
      submittedAt: Date | null;
    }>
  >`
    WITH t AS (
      SELECT a.id, a.text, a."questionId", ${person}, q.position
        FROM "SurveyAnswer" a
        JOIN "SurveyResponse" r ON r.id = a."responseId"
        JOIN "SurveyQuestion" q ON q.id = a."questionId"
        ${people}
       WHERE a."surveyId" = ${survey.id} ${question} AND q.kind = 'TEXT' AND a.text IS NOT NULL AND ${inSubtree(path)})
    SELECT (SELECT count(*)::int FROM t) AS total, page.*
      FROM (SELECT 1) one
      LEFT JOIN LATERAL (
        SELECT t.id, t.text, t."questionId", t."respondentId", t."respondentName", t."submittedAt" FROM t
        ${survey.anonymous ? Prisma.sql`ORDER BY t.id` : Prisma.sql`ORDER BY t.position, t."submittedAt" DESC NULLS LAST, t.id`}
        ${limit}) page ON TRUE`;
  return {
    total: Number(rows[0]?.total ?? 0),
    texts: rows.flatMap((row) =>
      row.id === null
        ? []
        : [
            {
              id: row.id,
              text: row.text ?? '',
              questionId: row.questionId as string,
              respondentId: row.respondentId,
              respondentName: row.respondentName,
              submittedAt: row.submittedAt,
            },
          ],
    ),
  };
}

/** An anonymous survey's respondents by school and class (one statement): the cells suppression is decided on. */
export async function loadCells(db: Db, surveyId: string): Promise<Cell[]> {
  const rows = await db.$queryRaw<Array<{ schoolPath: string; classPath: string | null; n: number }>>`
    SELECT r."schoolPath", r."classPath", count(*)::int AS n FROM "SurveyResponse" r
     WHERE r."surveyId" = ${surveyId} GROUP BY r."schoolPath", r."classPath"`;
  return rows.map((row) => ({ schoolPath: row.schoolPath, classPath: row.classPath, n: Number(row.n) }));
}
