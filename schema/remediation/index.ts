// The remediation module (补学, issue 13): a teacher who failed is enrolled in a remedial round of the same programme or
// the next one, with what was earned and confirmed carried over and marked as such; remedial teachers are not eligible
// for excellent awards (此类教师不参加评优).
import './errors.js';
import './round.js';
import './enrol.js';
import './list.js';

export { RemedialExcludedError } from './errors.js';
export { latestRemedialRounds, RemedialRound, remedialEnrolmentIds } from './round.js';
