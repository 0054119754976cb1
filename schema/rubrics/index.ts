// The rubrics module (评价量规): rubrics in immutable versions, readable nationally or along a district's line,
// written by district and province admins (rubric:manage), imported and exported as CASE CFRubric JSON.
import './errors.js';
import './visibility.js';
import './rubric.js';
import './reads.js';
import './manage-rubrics.js';

export { type CFRubric, caseToRubric, rubricToCase, uuidV5 } from './case.js';
export { Rubric, RubricCriterionType, RubricLevel, RubricVersion, versionContent } from './rubric.js';
export * from './rules.js';
export { NATIONAL_PATH, rubricVisible, rubricVisibleWhere } from './visibility.js';
