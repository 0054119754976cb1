// Shared kernel of the schema: typed errors, input parsing, ID and cursor checks, payload queries, authorization.
import './errors.js';

export { authorizeOver } from './authz.js';
export {
  AppError,
  ConflictError,
  ErrorInterface,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from './errors.js';
export { decodeIDOrNull } from './ids.js';
export { globalIdSchema, inputIssue, parseInput } from './input.js';
export { payloadQuery } from './payload-query.js';
