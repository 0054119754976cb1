// The organisations module: the province → city → district → school → class / group tree, role assignments, and the
// administration of the tree (province admins' cities and districts, district admins' schools, moving a school).
import './enums.js';
import './errors.js';
import './organisation.js';
import './role-assignment.js';
import './manage-districts.js';
import './manage-schools.js';
import './move-school.js';

export { MAX_ORGANISATION_NAME_LENGTH, organisationCodeSchema, organisationNameSchema } from './input.js';
export { Organisation } from './organisation.js';
export { loadSchool, newOrganisationKey, type SchoolRef } from './tree.js';
export { assertActive } from './writes.js';
