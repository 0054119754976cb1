// The live module: subscriptions a console follows instead of polling (classProgressChanged), and the publish calls
// the learning modules make after their writes commit.
import './class-progress.js';

export { type ProgressEnrolment, publishProgress, publishProgressOf } from './publish.js';
