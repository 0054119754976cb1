// The credit-entry module (学时录入与审核确认, issue 13): the school declares its training finished, which opens the
// offline-hours entry window; the school admin enters offline hours in bulk (grid, CSV or XLSX); the school and the
// district confirm entries in bulk; the school hours page, the district's confirmation console and summary.
import './errors.js';
import './declare.js';
import './enter.js';
import './import.js';
import './confirm.js';
import './reads.js';

export { type EntryWindow, entryWindow } from './rules.js';
