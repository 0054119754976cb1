// The assignments module (研修作业): a programme's assignments, teachers' submissions and attempts, tutors' marking
// queue, marks, returns and recommendations.
import './errors.js';
import './assignment.js';
import './submission.js';
import './manage-assignments.js';
import './submit-assignment.js';
import './decide-assignment.js';

export { Assignment, AssignmentMode, SubmissionStatus } from './assignment.js';
export { AssignmentAttempt, AssignmentSubmission } from './submission.js';
