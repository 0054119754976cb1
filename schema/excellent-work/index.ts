// The excellent-work module (优秀成果, issue 12 item 7): school and district admins publish excellent evidence
// province-wide with the teacher's consent; the library of published work; a school's report against the programme's
// target (Xinbei: ≥ 30% of full-time teachers with published videos, every subject).
import './errors.js';
import './publication.js';
import './publish.js';
import './report.js';

export { HAS_VIDEO_SQL, PUBLISHED_WHERE } from './publication.js';
export { excellentWorkReport, requiredTeachers } from './rules.js';
