// The surveys module (issue 15): questionnaires and framework self-assessments — authoring, templates, audiences and
// windows, answering once. Results (aggregates, free text, XLSX) are schema/survey-results, reading these tables.
import './errors.js';
import './survey.js';
import './templates.js';
import './manage.js';
import './self-assessment.js';
import './respond.js';
import './reads.js';

export { audienceGroups, audienceGroupsOf, audienceSize, audienceSizes, membershipOf } from './audience.js';
export { respondentKeyOf, storedRespondentKey } from './respondent-key.js';
export {
  type AnswerableQuestion,
  type AnswerValue,
  type AudienceKind,
  checkAnswers,
  definitionSchema,
  isOpen,
  type QuestionKind,
  SURVEY_LIMITS,
} from './rules.js';
export {
  canSeeSurvey,
  isMember,
  managesSurvey,
  Survey,
  SurveyQuestion,
  SurveyQuestionKind,
  SurveyResponse,
  SurveySection,
  surveyVisibleWhere,
} from './survey.js';
export { SurveyTemplate } from './templates.js';
