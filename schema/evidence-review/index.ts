// The evidence-review module (审核与测评): the group leader's review, the school raters' rubric assessment with
// aggregation and blind review, returns for rework, the reviewer queue, the school's result sheet (测评结果登记表) and its
// XLSX export, and the district's sampling for expert re-review.
import './errors.js';
import './review.js';
import './decide.js';
import './queue.js';
import './results.js';
import './sampling.js';

export { EvidenceReview, EvidenceReviewKind, GroupReviewDecision } from './review.js';
