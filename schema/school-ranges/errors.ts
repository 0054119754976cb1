import { builder } from '../builder.js';
import { AppError, ErrorInterface } from '../shared/index.js';

/** Competencies that are not in the programme's catalogue (or IDs of anything else); nothing changed. */
export class UnknownCompetenciesError extends AppError {
  constructor(readonly competencyIds: readonly string[]) {
    super(`Not competencies of the programme’s catalogue: ${competencyIds.join(', ')}.`, 'UNKNOWN_COMPETENCY');
    this.name = 'UnknownCompetenciesError';
  }
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The school's selected share is below the programme's plan gate. */
export class GateNotReachedError extends AppError {
  constructor(
    readonly selected: number,
    readonly enrolled: number,
    readonly rate: number,
    readonly gateRate: number,
  ) {
    super(
      `${selected} of ${enrolled} teachers (${percent(rate)}) have selected; the plan can be uploaded at ${percent(gateRate)}.`,
      'GATE_NOT_REACHED',
    );
    this.name = 'GateNotReachedError';
  }
}

builder.objectType(UnknownCompetenciesError, {
  name: 'UnknownCompetenciesError',
  description: 'Some competencies are not in the programme’s catalogue; nothing was changed.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    competencyIds: t.idList({
      description: 'The IDs given that are not competencies of the programme’s catalogue, in input order.',
      resolve: (error) => [...error.competencyIds],
    }),
  }),
});

builder.objectType(GateNotReachedError, {
  name: 'GateNotReachedError',
  description: 'Too few of the school’s enrolled teachers have a submitted or approved selection for this step yet.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    selected: t.exposeInt('selected', { description: 'Enrolled teachers whose selection is submitted or approved.' }),
    enrolled: t.exposeInt('enrolled', { description: 'Teachers enrolled in the programme at the school.' }),
    rate: t.exposeFloat('rate', { description: 'selected / enrolled, from 0 to 1 (0 when nobody is enrolled).' }),
    gateRate: t.exposeFloat('gateRate', {
      description: 'The share the programme requires (its rules’ selection.schoolPlanGateRate), from 0 to 1.',
    }),
  }),
});
