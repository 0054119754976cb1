import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './errors.js';
import './enums.js';
import './organisations/organisation.js';
import './organisations/role-assignment.js';
import './users/user.js';
import './catalogues/catalogue.js';
import './catalogues/groupings.js';
import './catalogues/competency.js';
import './viewer/viewer.js';
import './history/decision.js';
import './programmes/index.js';
import './enrolments/index.js';
import './files/index.js';
import './school-ranges/index.js';
import './selections/index.js';

export const schema = lexicographicSortSchema(builder.toSchema());
