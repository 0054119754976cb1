// The survey results module (issue 15): aggregates per class, school and district in SQL, free text within the publisher's scope, XLSX export, self-assessment results by grouping.
import './reads.js';
import './export.js';
import './self-assessment.js';
