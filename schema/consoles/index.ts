// The consoles module (issue 11): the tutor console (classProgress), weekly statistics (postClassStatistics,
// Organisation.classStatistics).
import './class-progress.js';
import './statistics.js';
import './school-progress.js';
import './export.js';

export { type ClassProgressData, loadClassProgress } from './progress.js';
export { AT_RISK_REASONS, atRiskReasons, expectedMinutes, rate, SCHEDULE_TOLERANCE } from './rules.js';
