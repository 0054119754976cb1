// The roster-import module (issue 14): a OneRoster 1.2 CSV bundle imported into a district (schools, people, classes,
// class tutors and placements), planned as a whole and written all or nothing.
import './errors.js';
import './import-oneroster.js';
