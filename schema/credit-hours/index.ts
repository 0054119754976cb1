// The credit-hours module (学时, issue 13): the append-only ledger, the hour rules and their explanation, automatic
// crediting of online study and group activities, reversals and the teacher's transcript.
export {
  counts,
  HOURS_LINE_CODES,
  type HoursFacts,
  type HoursLine,
  type HoursLineCode,
  type HoursResult,
  hoursVerdict,
} from './rules.js';
export { type CreditSums, hoursFactsOf, loadCreditSums } from './totals.js';
