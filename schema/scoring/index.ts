/**
 * The scoring module (考核, issue 11): a teacher's score under the programme's scheme (rules.scoring), explained line
 * by line in the request's language.
 *
 * Decision: scores are computed per page from the counted facts, read in one SQL statement for any number of
 * enrolments (plus one statement for their programmes' schemes); no score is stored, so nothing can drift. The
 * consistency test (tests/integration/scoring.test.ts) recomputes the facts from the raw rows and finds the API's
 * scores equal to the engine's on them.
 */
import './messages.js';
import './score.js';

export {
  NO_FACTS,
  round2,
  SCORE_LINE_CODES,
  type ScoreFacts,
  type ScoreLine,
  type ScoreLineCode,
  type ScorePhase,
  type ScoreResult,
  scoreOf,
  studyEndedAt,
  type Verdict,
} from './engine.js';
export { type EnrolmentFacts, loadScoreFacts, loadScores } from './facts.js';
export { ScoreVerdict, scoreLoader } from './score.js';
