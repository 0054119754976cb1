// The school-ranges module: a school's allowed competencies and its IT development plan.
import './errors.js';
import './school-range.js';
import './set-school-range.js';
import './school-plan.js';
import './upload-school-plan.js';
