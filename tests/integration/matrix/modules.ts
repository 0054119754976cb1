/**
 * Every module's rows, in one list: the authorization matrix and the closing guard's test both walk it. A module's
 * rows file is added here when its operations join the schema.
 */
import * as batches from './batches.js';
import * as certificates from './certificates.js';
import * as completion from './completion.js';
import * as consoles from './consoles.js';
import * as core from './core.js';
import * as courses from './courses.js';
import * as creditEntry from './credit-entry.js';
import * as creditHours from './credit-hours.js';
import * as evidence from './evidence.js';
import * as evidenceReview from './evidence-review.js';
import * as excellent from './excellent.js';
import * as excellentWork from './excellent-work.js';
import * as exports from './exports.js';
import * as groupActivities from './group-activities.js';
import * as identities from './identities.js';
import * as improvement from './improvement.js';
import type { Row, RowsModule } from './kit.js';
import * as library from './library.js';
import * as live from './live.js';
import * as organisations from './organisations.js';
import * as peerReview from './peer-review.js';
import * as people from './people.js';
import * as rateLimit from './rate-limit.js';
import * as remediation from './remediation.js';
import * as rosterImport from './roster-import.js';
import * as rubricsSpecs from './rubrics-specs.js';
import * as rulesPreview from './rules-preview.js';
import * as scoring from './scoring.js';
import * as sharesAssignments from './shares-assignments.js';
import * as surveyResults from './survey-results.js';
import * as surveys from './surveys.js';
import * as syncClients from './sync-clients.js';
import * as syncFeed from './sync-feed.js';
import * as tutorEvaluation from './tutor-evaluation.js';
import * as viewing from './viewing.js';
import * as webhooks from './webhooks.js';
import * as workshops from './workshops.js';

export const MODULES: RowsModule[] = [
  core,
  organisations,
  people,
  identities,
  batches,
  courses,
  viewing,
  workshops,
  groupActivities,
  sharesAssignments,
  scoring,
  excellent,
  tutorEvaluation,
  live,
  consoles,
  rubricsSpecs,
  evidence,
  evidenceReview,
  peerReview,
  improvement,
  excellentWork,
  creditHours,
  creditEntry,
  completion,
  certificates,
  remediation,
  syncClients,
  syncFeed,
  webhooks,
  exports,
  rosterImport,
  surveys,
  surveyResults,
  rulesPreview,
  library,
  rateLimit,
];

/** Every row of every module, by operation or field (`Mutation.submitSelection`, `Enrolment.scores`). */
export const MATRIX: Record<string, Row> = Object.assign({}, ...MODULES.map((module) => module.rows));
