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

export { RoleChange } from './role-change.js';
