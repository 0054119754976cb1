// The courses module (issue 10, Learning): the course catalogue of a programme, its import, and a teacher's study list.
import './errors.js';
import './course.js';
import './course-mutations.js';
import './import-courses.js';
import './study.js';
import './electives.js';

export { type CourseAccess, courseAccess } from './access.js';
export { Course, CourseKind, CourseMedia, CourseRequirement } from './course.js';
