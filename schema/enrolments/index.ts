// The enrolments module: imports its types, queries and mutations so schema/index.ts stays a list of modules.
import './errors.js';
import './messages.js';
import './enrolment.js';
import './enrol-teacher.js';
import './import-enrolments.js';
import './extend-selection-window.js';

export { coursesOpenFor, Enrolment, planUploaded, primePlansUploaded } from './enrolment.js';
export { canSeeEnrolment, enrolmentVisibleWhere } from './visibility.js';
