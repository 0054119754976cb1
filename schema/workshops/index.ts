// The workshops module (issue 10, Learning): workshops (工作坊) per competency and per class, their activities,
// threaded posts with files, counted participation, moderation, class announcements and briefings.
import './errors.js';
import './resources.js';
import './workshop.js';
import './posts.js';
import './activities.js';
import './notices.js';
import './reads.js';

export { membership } from './membership.js';
export { characters, participates, postCounts } from './rules.js';
export { ActivityParticipation, ClassNotice, Workshop, WorkshopActivity, WorkshopPost } from './workshop.js';
