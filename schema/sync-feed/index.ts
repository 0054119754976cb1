// The sync-feed module (issue 14): the credit-record and roster change feeds a provincial system pulls in commit
// order with opaque cursors, and their idempotent acknowledgements.
import './errors.js';
import './types.js';
import './feeds.js';
import './acknowledge.js';

export { InvalidCursorError } from './errors.js';
export { decodeCursor, encodeCursor, type Feed } from './rules.js';
export { FeedEventKind } from './types.js';
