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

export const schema = lexicographicSortSchema(builder.toSchema());
