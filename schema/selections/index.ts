// The selections module: imports its types, queries and mutations so schema/index.ts stays a list of modules.
import './errors.js';
import './check.js';
import './selection.js';
import './roster.js';
import './selection-progress.js';
import './mutations/validate-selection.js';
import './mutations/submit-selection.js';
import './mutations/review-selection.js';
import './mutations/select-on-behalf.js';

export { selectionCounts } from './progress.js';
export { planGateReached } from './rules.js';
