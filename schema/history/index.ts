// The history module: every state change of a record, with who, when and why.
import './decision.js';

export { historyField, recordDecision } from './decision.js';
