import type { Context } from '../../api/context.js';

/** Published (and retired) catalogues are public, like CASE frameworks; drafts only within their owner's subtree. */
export function catalogueVisibleWhere(context: Context) {
  return {
    OR: [
      { status: { in: ['PUBLISHED' as const, 'RETIRED' as const] } },
      { ownerOrganisation: context.viewer.within('path') },
    ],
  };
}
