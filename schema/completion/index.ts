// The completion module (issue 13): qualification (合格), whole-school completion (整校推进: the qualified rate, the
// proof list, self-assessment and the district's expert assessment) and closing (结项).
import './errors.js';
import './completion.js';
import './enrolment-fields.js';
import './proof.js';
import './assessment.js';
import './closing.js';

export { GUANGDONG_PROOF_ITEMS } from './proof-items.js';
export {
  type EvidenceRow,
  explainQualification,
  loadEvidenceFacts,
  loadQualifications,
  type Qualification,
  type QualificationContext,
  type QualificationReason,
  qualificationLoader,
  qualificationVerdicts,
} from './qualification.js';
export {
  type CompletionCounts,
  type CompletionRate,
  completionRate,
  QUALIFICATION_REASON_CODES,
  type QualificationFacts,
  type QualificationReasonCode,
  type QualificationVerdict,
  qualify,
} from './rules.js';
export { type CompletionState, completionKey, loadCompletionStates } from './state.js';
