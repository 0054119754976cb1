// The improvement module (校本研修, Guangdong): teachers' personal improvement plans (提升计划) and per-competency
// summaries (提升总结), and the school admin's school-based study review (校本研修考核) and verdicts.
import './errors.js';
import './document.js';
import './enrolment-fields.js';
import './review.js';
import './upload.js';
import './decide.js';

export { canSeeDocument, PersonalDocument, PersonalDocumentKind } from './document.js';
export { SchoolStudyResult, SchoolStudyReview } from './enrolment-fields.js';
