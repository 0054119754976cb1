// The evidence module (实践证据): teachers' practice evidence per selected competency, its versions and artefacts, and
// who may see it. Review, assessment, peer review and publication live in their own modules and extend `Evidence`.
import './visibility.js';
import './evidence.js';

export { Evidence, EvidenceOutcome, EvidenceStatus } from './evidence.js';
export {
  EVIDENCE_VISIBILITY_SELECT,
  type EvidenceAccess,
  evidenceAccess,
  evidenceVisibleWhere,
  peerReviewedEvidence,
  provinceOf,
  type VisibleEvidence,
} from './visibility.js';
