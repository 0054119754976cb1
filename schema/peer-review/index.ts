// The peer-review module (同行评价, Xinbei): teachers who submitted evidence of a competency review each other's,
// N pieces each (allocated deterministically, re-runnable for late submitters), and rate and comment on them once.
// The credit-hours ledger reads `peerReviewsDone` where the programme counts offline hours only after them.
import './errors.js';
import './peer-review.js';
import './allocate.js';
import './submit.js';

export {
  canSeePeerReview,
  loadPeerReviewProgress,
  PeerReview,
  type PeerReviewProgressShape,
  peerReviewsDone,
  peerReviewVisibleWhere,
} from './peer-review.js';
export { allocatePeerReviews as allocatePeerReviewPool } from './rules.js';
