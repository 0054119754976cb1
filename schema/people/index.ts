// The people module: creating, editing, importing, deactivating and reactivating people, granting and revoking
// their roles (with the history the database keeps), and an organisation's people page.
import './messages.js';
import './errors.js';
import './role-change.js';
import './people-query.js';
import './create-user.js';
import './update-user.js';
import './deactivate-user.js';
import './grant-role.js';
import './revoke-role.js';
import './import-people.js';

// The people import's plan and apply steps, reused by the OneRoster CSV import (schema/roster-import).
export { applyPeople, PEOPLE_TRANSACTION_TIMEOUT_MS } from './apply-people.js';
export {
  type ExistingPerson,
  type PersonRow,
  type PersonRowErrorCode,
  type PlanOrganisation,
  planPeople,
  type RowMessage,
} from './import-plan.js';
export { RoleChange } from './role-change.js';
export type { GrantorAssignment } from './role-rules.js';
