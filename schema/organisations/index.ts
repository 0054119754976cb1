// The organisations module: the province → city → district → school → class / group tree and role assignments.
import './enums.js';
import './organisation.js';
import './role-assignment.js';

export { Organisation } from './organisation.js';
export { loadSchool, newOrganisationKey, type SchoolRef } from './tree.js';
