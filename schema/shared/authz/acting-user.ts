import type { Context } from '../../../api/context.js';

/**
 * The signed-in user making a change. A mutation's `authorize` admits only viewers whose roles
 * grant its action, and only signed-in users hold roles, so a missing user is a programming error.
 */
export function actingUserId(context: Context): string {
  const id = context.viewer.user?.id;
  if (!id) throw new Error('authorize admitted a viewer without a user');
  return id;
}
