// The assessment-specs module (测评规范): per competency, the artefacts to submit, guidance and rubric; the catalogue's
// spec, and districts' overrides for one programme (assessmentSpec:manage).
import './errors.js';
import './spec.js';
import './reads.js';
import './manage-specs.js';

export {
  type EffectiveSpec,
  effectiveSpec,
  loadEffectiveSpecs,
  type SpecKey,
  specKey,
  specLoader,
} from './effective-spec.js';
export * from './rules.js';
export { ArtefactKind, ArtefactSlot, AssessmentSpec } from './spec.js';
