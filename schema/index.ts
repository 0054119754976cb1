import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './shared/index.js';
import './organisations/index.js';
import './users/index.js';
import './identities/index.js';
import './catalogues/index.js';
import './history/index.js';
import './files/index.js';
import './programmes/index.js';
import './school-units/index.js';
import './enrolments/index.js';
import './selections/index.js';
import './school-ranges/index.js';
import './people/index.js';
import './courses/index.js';
import './viewing/index.js';
import './workshops/index.js';
import './shares/index.js';
import './assignments/index.js';
import './group-activities/index.js';
import './scoring/index.js';
import './excellent/index.js';
import './viewer/index.js';
import { completeErrorCodes } from './shared/index.js';

completeErrorCodes();

export const schema = lexicographicSortSchema(builder.toSchema());
