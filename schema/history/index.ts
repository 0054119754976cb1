// The history module: every state change of a record, with who, when and why.
import './decision.js';

export {
  DECISION_ROW_QUERY,
  Decision,
  type DecisionRow,
  historyField,
  historyOf,
  primeHistory,
  recordDecision,
} from './decision.js';
