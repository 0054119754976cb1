// The excellent module (优秀学员): a class's tutor nominates teachers who passed, within the class's quota; the
// district confirms or declines.
import './errors.js';
import './nomination.js';
import './reads.js';
import './nominate.js';
import './withdraw-nomination.js';
import './decide-nomination.js';

export { canSeeNomination, ExcellentNomination, NominationStatus } from './nomination.js';
export { excellentQuota } from './rules.js';
