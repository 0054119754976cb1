// The rate-limit module: the caller's query-cost budget (api/http/rate-limit.ts), as GitHub's `rateLimit` reports it.
import { type Budget, budgetOf } from '../../api/http/rate-limit.js';
import { builder } from '../builder.js';
import { OPEN_TO_CLIENTS } from '../shared/index.js';

const RateLimit = builder.objectRef<Budget>('RateLimit').implement({
  description:
    'The caller’s budget of query cost points: each request spends its cost (`extensions.cost.requested`) from the ' +
    'budget of its principal (the signed-in person, the sync client, or an anonymous caller’s address); a request the ' +
    'budget cannot pay for is refused (HTTP 429, RATE_LIMITED). The same figures come in the RateLimit-* headers.',
  fields: (t) => ({
    limit: t.exposeInt('limit', { description: 'Points the principal may spend per window.' }),
    cost: t.exposeInt('cost', { description: 'Points this request spent (its cost).' }),
    used: t.exposeInt('used', { description: 'Points spent in the current window, this request included.' }),
    remaining: t.exposeInt('remaining', { description: 'Points left in the current window.' }),
    resetAt: t.expose('resetAt', { type: 'DateTime', description: 'When the window ends and the budget is whole.' }),
    windowSeconds: t.exposeInt('windowSeconds', { description: 'The window’s length, in seconds.' }),
  }),
});

builder.queryField('rateLimit', (t) =>
  t.field({
    type: RateLimit,
    nullable: true,
    extensions: OPEN_TO_CLIENTS,
    description:
      'The caller’s own budget after this request spent its cost (reading it spends nothing more); null when the API ' +
      'runs without rate limits or the caller’s kind is unlimited.',
    resolve: (_root, _args, context) => budgetOf(context),
  }),
);
