// The sync-clients module (issue 14): provincial and district systems registered with their own public keys (or key
// set URL), signing their own tokens (client assertions: api/auth/sync-clients.ts verifies them), scoped to their
// province or district; key rotation and revocation; the admins' list and the client's own registration.
import './errors.js';
import './sync-client.js';
import './register.js';
import './keys.js';
import './revoke.js';
import './reads.js';

export { canSeeSyncClient, SyncClient, SyncClientKey, syncClientVisibleWhere } from './sync-client.js';
