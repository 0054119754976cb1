// The evidence module (实践证据): teachers' practice evidence per selected competency, its versions and artefacts, and
// who may see it. Review, assessment, peer review and publication live in their own modules and extend `Evidence`.
import './visibility.js';
import './errors.js';
import './evidence.js';
import './versions.js';
import './history.js';
import './prepare.js';
import './submit.js';
import './teacher-page.js';
import './file-access.js';

export {
  addArtefactErrors,
  formatDuration,
  MissingArtefactsError,
  type MissingSlot,
  SelfReviewError,
  StaleEvidenceError,
  submitEvidenceErrors,
  VideoDurationUnreadableError,
  VideoTooLongError,
} from './errors.js';
export { Evidence, EvidenceOutcome, EvidenceStatus } from './evidence.js';
export { draftRefusalError, draftVersion, enrolmentForEvidence, SELECTED_STATUSES } from './prepare.js';
export * as evidenceRules from './rules.js';
export { teachersGroupPath } from './submit.js';
export {
  EvidenceArtefact,
  EvidenceVersion,
  programmeLoader as evidenceProgrammeLoader,
  versionsLoader,
  visibleVersionsWhere,
} from './versions.js';
export {
  type AuthorVisibilityEvidence,
  type AuthorVisibilityRules,
  authorVisibleTo,
  EVIDENCE_VISIBILITY_SELECT,
  type EvidenceAccess,
  evidenceAccess,
  evidenceVisibleWhere,
  peerReviewedEvidence,
  provinceOf,
  type VisibleEvidence,
} from './visibility.js';
