// The users module: people and machine clients, their contact details and national ID numbers (masked).
import './user.js';
import './national-id-field.js';
import './national-id-messages.js';

export { actingAs } from './actor.js';
export type { NationalIdProblem } from './national-id.js';
export { checkNationalId, protectNationalId } from './national-id.js';
export { User, userVisibleWhere } from './user.js';
