// The group-activities module (校本研修, Guangdong): teaching-research groups' activities in a programme, published and
// completed by the group's leader, and teachers' school-based hours against the programme's cap.
import './errors.js';
import './group-activity.js';
import './publish-activity.js';
import './complete-activity.js';
import './hours.js';

export { GroupActivity, GroupActivityKind, GroupActivityStatus } from './group-activity.js';
export { GroupHours } from './hours.js';
export { type CountedHours, countHours } from './rules.js';
