// The rule what-if module (规则预演, issue 15): `previewRulesChange` runs a proposed change of a programme's rules against
// its current data without saving it, in one streamed pass over the enrolments.
import './errors.js';
import './preview.js';

export { PREVIEW_CHUNK_SIZE, type PreviewResult, previewOf } from './stream.js';
