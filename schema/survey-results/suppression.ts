/**
 * Which groups of a survey are withheld (schema/survey-results/rules.ts `suppressedGroups`): decided once per request
 * and survey from its respondents by school and class (one statement, anonymous surveys only).
 */
import { createContextCache } from '@pothos/core';
import type { Context } from '../../api/context.js';
import type { SurveyHead } from './access.js';
import { loadCells } from './aggregate.js';
import { isSuppressed, suppressedGroups } from './rules.js';

/** Whether the group at `path` with `respondents` is withheld. */
export type Suppression = (path: string, respondents: number) => boolean;

interface Plan {
  withheld: Set<string>;
  respondents: number;
}

const plans = createContextCache(() => new Map<string, Promise<Plan>>());

function planOf(context: Context, survey: SurveyHead): Promise<Plan> {
  const cache = plans(context);
  let plan = cache.get(survey.id);
  if (!plan) {
    plan = loadCells(context.db.prisma, survey.id).then((cells) => ({
      withheld: suppressedGroups(survey.orgPath, cells, survey.minGroupSize),
      respondents: cells.reduce((sum, cell) => sum + cell.n, 0),
    }));
    cache.set(survey.id, plan);
  }
  return plan;
}

export async function suppressionOf(context: Context, survey: SurveyHead): Promise<Suppression> {
  if (!survey.anonymous) return () => false;
  const { withheld } = await planOf(context, survey);
  return (path, respondents) => isSuppressed(survey, respondents) || withheld.has(path);
}

/**
 * True when an anonymous survey's whole audience is withheld (fewer respondents than minGroupSize): its free text is
 * withheld too, since a handful of texts could be told apart.
 */
export async function wholeSurveyWithheld(context: Context, survey: SurveyHead): Promise<boolean> {
  if (!survey.anonymous) return false;
  const plan = await planOf(context, survey);
  return isSuppressed(survey, plan.respondents) || plan.withheld.has(survey.orgPath);
}
