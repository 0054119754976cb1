// The identities module: the sign-on identities (identity provider and subject) people sign in with, linked and
// unlinked by the admins who manage them (bulk linking is part of the people import).
import './errors.js';
import './identity.js';
import './link-identity.js';

export { UserIdentity } from './identity.js';
export { identityTextSchema } from './link-identity.js';
