// Shared kernel of the schema: typed errors and their codes, input parsing, ID and cursor checks,
// payload queries, and declared authorization (the action table, resources, the `authorize` option).
import './errors.js';
import './scalars.js';

export { actingUserId } from './authz/acting-user.js';
export { ACTIONS, type Action, grants, mayAnywhere, type Resource, scopeOf } from './authz/actions.js';
export { OPEN_TO_CLIENTS } from './authz/client-gate.js';
export { closedSchoolPaths, isClosedFor } from './authz/closing.js';
export type { ResourceRef } from './authz/plugin.js';
export { type LoadedResource, loadResource, type ResourceKind, registerResource } from './authz/resources.js';
export {
  AppError,
  ClosedError,
  ConflictError,
  defineErrorCodes,
  ForbiddenActionError,
  InvalidStateError,
  NotFoundError,
} from './error-classes.js';
export { completeErrorCodes, ErrorInterface } from './errors.js';
export { fileReachable } from './file-reachable.js';
export { canonicalJson, IdempotencyKeyReusedError, idempotent, requestHash } from './idempotency.js';
export { decodeIDOrNull } from './ids.js';
export { globalIdSchema, inputIssue, parseInput } from './input.js';
export { payloadQuery } from './payload-query.js';
export { PrimedLoader } from './primed-loader.js';
export { DateScalar, formatDay, parseDay } from './scalars.js';
export { problem, type ValidationProblem } from './validation-issues.js';
