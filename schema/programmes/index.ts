// The programmes module: imports its types, queries and mutations so schema/index.ts stays a list of modules.
import './programme.js';
import './batch.js';
import './mutations/create-programme.js';
import './mutations/update-programme.js';
import './mutations/programme-transitions.js';
import './mutations/enrol-schools.js';

export { Batch } from './batch.js';
export { SchoolStage } from './enums.js';
export { commentSchema, MAX_COMMENT_LENGTH } from './input.js';
export { Programme } from './programme.js';
export type {
  AssignmentsRules,
  CertificateRules,
  CompletionRules,
  CreditState,
  EvidenceRules,
  ExcellentWorkRules,
  HoursRules,
  PeerReviewRules,
  ProgrammeRules,
  ProofItemRule,
  SchoolBasedStudyRules,
  ScoringItem,
  ScoringRules,
  SelectionRules,
  SharesRules,
  TutorEvaluationRules,
  TutorIndicator,
  TutorIndicatorSource,
  ViewingRules,
  WorkshopRules,
} from './rules.js';
export { CREDIT_STATES, PROOF_FORMS, parseProgrammeRules, SCORING_UNITS, TUTOR_INDICATOR_SOURCES } from './rules.js';
export {
  ProgrammeRules as ProgrammeRulesType,
  rulesInputSchema,
  ScoringItemKind,
  TutorIndicatorSource as TutorIndicatorSourceEnum,
} from './rules-types.js';
export { CompletionPopulation, HoursCountFrom, ProofItemForm } from './rules-types-completion.js';
export { type BatchWindow, selectionWindowClosesAt } from './selection-window.js';
export { onViewerLineWhere } from './visibility.js';
