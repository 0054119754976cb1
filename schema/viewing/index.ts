/**
 * The viewing module (issue 10, Learning): server-verified watch time, after the xAPI video profile's "played
 * segments". Players post batches of events (`recordViewing`); the server decides the credit.
 *
 * - Credit is the union of the stretches of a course really played, per teacher and course, stored compactly as a
 *   PostgreSQL int4multirange of whole seconds ([floor(from), floor(to)), CourseProgress.segments) with its length
 *   (CourseProgress.creditedSeconds): re-watching earns nothing twice, and the union is computed by PostgreSQL
 *   (`segments + new`), so two API instances cannot lose an update. A SEEK plays nothing; a HEARTBEAT without a
 *   PLAY earns nothing.
 * - The server's clock bounds it: a batch credits at most (server time since the session's previous batch) ×
 *   the programme's `viewing.maxPlaybackRate` seconds of played stretches (the first ones, in event order). The
 *   client's clock (`at`) is kept for audit and never trusted; more than 5 minutes in the future is rejected.
 * - One crediting session per teacher: the ViewingLease row names it until `viewing.sessionIdleSeconds` after its
 *   last batch (END releases it). A session earns from its second batch as the holder: taking the lease (first
 *   batch, after another tab, after idling) earns nothing for the interval before, so two tabs never earn twice.
 * - Concurrency (ingest.ts): a batch reads the teacher's lease, the session and which event ids are known, decides
 *   in JS, and writes everything in one statement guarded by the lease row's version (xmin): every batch of a teacher
 *   rewrites that row, so a batch that raced another of the same teacher (any session, any API instance) writes
 *   nothing and is redone in a transaction holding the lease row's lock. Three statements a batch, no transaction,
 *   when nothing races. A replayed clientEventId (ViewingEventId) is ignored.
 * - Documents: open from PLAY to PAUSE/END; a batch with a HEARTBEAT while the document was open since before it
 *   earns the budget, appended as [credited, credited + budget), capped at the document's reading time.
 * - Credited seconds roll up into Enrolment.studyRequiredSeconds / studyElectiveSeconds (by the course's
 *   requirement) in the same statement; per module, sum CourseProgress.creditedSeconds by Course.module
 *   (`moduleSeconds`): no query re-reads raw events.
 * - Raw batches (ViewingBatch: events, credit, rejections) are kept `viewing.rawRetentionDays`; `purgeViewingAudit`
 *   (npm run viewing:purge) deletes older ones, and event ids older than the longest retention of any programme.
 */
import './errors.js';
import './record-viewing.js';

export { MAX_BATCH_EVENTS } from './record-viewing.js';
export { moduleSeconds } from './roll-up.js';
