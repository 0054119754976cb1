// The credit-hours module (学时, issue 13): the append-only ledger, the hour rules and their explanation, automatic
// crediting of online study and group activities, reversals and the teacher's transcript.
import './messages.js';
import './errors.js';
import './credit-entry.js';
import './enrolment-fields.js';
import './reverse.js';
import './recompute.js';
import './transcript.js';

export { type CreditRun, creditEarnedHours } from './auto-credit.js';
export { type CreditCheckTarget, flushCreditChecks, scheduleCreditChecks, unsettleCreditCheck } from './checks.js';
export {
  CreditBasis,
  CreditCategory,
  CreditConfirmation,
  CreditEntry,
  CreditLevel,
  CreditSource,
  CreditState,
  canSeeCreditEntry,
  creditEntryVisibleWhere,
  stateOf,
} from './credit-entry.js';
export { CreditHours, CreditHoursLine, HoursLineCode } from './enrolment-fields.js';
export { hoursLineMessage } from './messages.js';
export {
  CREDIT_STATES,
  type CreditState as CreditStateValue,
  counts,
  HOURS_LINE_CODES,
  type HoursFacts,
  type HoursLine,
  type HoursLineCode as HoursLineCodeValue,
  type HoursResult,
  type HoursRules,
  hoursVerdict,
} from './rules.js';
export {
  clearHoursResults,
  type EnrolmentRules,
  type HoursStatus,
  hoursResultOf,
  hoursResultsOf,
  hoursStatusOf,
  loadEnrolmentRules,
  loadHoursResults,
} from './status.js';
export { type CreditSums, hoursFactsOf, loadCreditSums } from './totals.js';
