// The catalogues module: versioned competency frameworks (the national 30 points, the principals' standard).
import './enums.js';
import './catalogue.js';
import './groupings.js';
import './competency.js';

export { Catalogue } from './catalogue.js';
export { Competency } from './competency.js';
export { catalogueVisibleWhere } from './visibility.js';
