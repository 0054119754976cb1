import type { Context } from '../../api/context.js';
import type { Role } from '../../api/db/generated/prisma/enums.js';
import { ForbiddenActionError, NotFoundError } from './errors.js';

/**
 * Checks that the viewer may act on a record owned by the organisation at `path`: an invisible
 * record is reported as missing (NOT_FOUND), a visible one without the role as FORBIDDEN_ACTION.
 */
export function authorizeOver(context: Context, roles: readonly Role[], path: string, what: string): void {
  if (!context.viewer.canSee(path)) throw new NotFoundError(what);
  if (!context.viewer.holdsOver(roles, path)) {
    throw new ForbiddenActionError(
      `Only ${roles.join(' or ').toLowerCase().replaceAll('_', ' ')}s over it may do this to ${what.toLowerCase()}.`,
    );
  }
}
