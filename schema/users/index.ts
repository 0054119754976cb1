// The users module: people and machine clients, their contact details, national ID numbers (masked) and whether
// they are active.
import './user.js';
import './national-id-field.js';
import './national-id-messages.js';

export { actingAs } from './actor.js';
export type { NationalIdProblem } from './national-id.js';
export { checkNationalId, protectNationalId } from './national-id.js';
export { assertManagesEveryRole } from './role-reach.js';
export { canSeeUser, USER_INCLUDE, User, userVisibleWhere } from './user.js';
