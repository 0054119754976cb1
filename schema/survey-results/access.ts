/**
 * What the results operations read about a survey, once per request, and who may read which part of it. The actions
 * are the table's (schema/shared/authz/actions.ts): 'survey:readResults' over the path of the group asked about (a
 * tutor their class, a school admin their school's groups of a district survey, a district admin all), and
 * 'survey:readText' over the survey's own audience path only (the publisher's scope). A survey the viewer may not read
 * looks missing.
 */
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { scopeOf } from '../shared/index.js';

export interface SurveyHead {
  id: string;
  title: string;
  orgPath: string;
  anonymous: boolean;
  minGroupSize: number;
  purpose: 'GENERAL' | 'TRAINING_NEEDS' | 'SATISFACTION' | 'SELF_ASSESSMENT';
  catalogueId: string | null;
  audience: { id: string; name: string; path: string };
}

const surveyHeads = createContextCache(
  (context: Context) =>
    new DataLoader<string, SurveyHead | null>(async (ids) => {
      const rows = await context.db.prisma.survey.findMany({
        where: { id: { in: [...ids] } },
        select: {
          id: true,
          title: true,
          orgPath: true,
          anonymous: true,
          minGroupSize: true,
          purpose: true,
          catalogueId: true,
          audienceOrganisation: { select: { id: true, name: true, path: true } },
        },
      });
      const byId = new Map(
        rows.map(({ audienceOrganisation, ...row }) => [row.id, { ...row, audience: audienceOrganisation }]),
      );
      return ids.map((id) => byId.get(id) ?? null);
    }),
);

/** The survey of a global ID (`Survey:<uuid>`), else null (another type's ID looks missing too). */
export async function surveyOf(
  context: Context,
  globalId: { typename: string; id: string },
): Promise<SurveyHead | null> {
  if (globalId.typename !== 'Survey') return null;
  return surveyHeads(context).load(globalId.id);
}

/** Decodes an ID argument that must name a row of `typename`; null otherwise. */
export const idOfType = (typename: string, value: { typename: string; id: string } | null | undefined) =>
  value && value.typename === typename ? value.id : null;

const within = (roots: readonly string[], path: string) => roots.some((root) => path.startsWith(root));

/** The organisation results are asked about: a class, school or district at or below the survey's audience. */
export interface ResultsTarget {
  organisationId: string;
  name: string;
  path: string;
}

/**
 * The group whose results the viewer asks for, or null when it does not exist, lies outside the survey, or the viewer
 * may not read results over it (survey:readResults): then the survey looks missing. Without an organisation, the whole
 * survey (its audience). An organisation above the audience means the whole survey too.
 */
export async function resultsTarget(
  context: Context,
  survey: SurveyHead,
  organisation: { typename: string; id: string } | null | undefined,
): Promise<ResultsTarget | null> {
  let target: ResultsTarget = {
    organisationId: survey.audience.id,
    name: survey.audience.name,
    path: survey.orgPath,
  };
  if (organisation) {
    if (organisation.typename !== 'Organisation') return null;
    const row = await context.db.prisma.organisation.findUnique({
      where: { id: organisation.id },
      select: { id: true, name: true, path: true },
    });
    if (!row) return null;
    if (row.path.startsWith(survey.orgPath)) target = { organisationId: row.id, name: row.name, path: row.path };
    else if (!survey.orgPath.startsWith(row.path)) return null;
  }
  return within(scopeOf(context.viewer, 'survey:readResults'), target.path) ? target : null;
}

/** The viewer's survey:readResults roots that matter for a survey: at or below its audience, or above it. */
export function resultRoots(context: Context, survey: SurveyHead): string[] | null {
  const roots = scopeOf(context.viewer, 'survey:readResults').flatMap((root) =>
    root.startsWith(survey.orgPath) ? [root] : survey.orgPath.startsWith(root) ? [survey.orgPath] : [],
  );
  return roots.length ? [...new Set(roots)] : null;
}

/** True when the viewer may read the survey's free text: survey:readText over its own audience (the publisher's scope). */
export const mayReadText = (context: Context, survey: SurveyHead) =>
  within(scopeOf(context.viewer, 'survey:readText'), survey.orgPath);

/** The declared resource of the results operations: the viewer's subtrees where the action is theirs at all. */
export const anyScope =
  (action: 'survey:readResults' | 'survey:readText') => (_root: unknown, _args: unknown, context: Context) => ({
    paths: scopeOf(context.viewer, action),
    ownerId: null,
  });
