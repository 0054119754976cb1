// The tutor-evaluation module (班级辅导者考核, issue 11): a class tutor's weighted indicators, computed from the class's
// data or entered by the district, explained line by line; the district recognises excellent tutors.
import './errors.js';
import './messages.js';
import './evaluation.js';
import './enter-indicator.js';
import './recognise.js';

export { evaluateTutor, type TutorEvaluationResult, type TutorFacts, type TutorLine } from './engine.js';
export { loadEvaluations, loadProgrammeSetting } from './facts.js';
