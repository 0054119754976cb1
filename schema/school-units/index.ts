// The school-units module: a school's classes (班级) and teaching-research groups (教研组), their tutors, leaders and members.
import './errors.js';
import './classes.js';
import './groups.js';
import './deactivate-unit.js';
