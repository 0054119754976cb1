// The enrolments module: imports its types, queries and mutations so schema/index.ts stays a list of modules.
import './errors.js';
import './enrolment.js';
import './user-national-id.js';
import './enrol-teacher.js';
import './import-enrolments.js';
import './classes.js';
import './groups.js';
