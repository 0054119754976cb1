/**
 * Reading sync clients: the admins' list (their province's or district's clients, action syncClient:manage) and the
 * client's own registration (currentSyncClient, action sync:self: sync clients only).
 */
import type { Context } from '../../api/context.js';
import { localizedError } from '../../api/i18n/localized-errors.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { ACTIONS, OPEN_TO_CLIENTS, scopeOf } from '../shared/index.js';
import { SyncClient } from './sync-client.js';

function syncClientsWhere(args: { organisationId?: { id: string } | null }, context: Context) {
  return {
    ...(args.organisationId ? { organisationId: args.organisationId.id } : {}),
    ...context.viewer.within('orgPath', scopeOf(context.viewer, 'syncClient:manage')),
  };
}

builder.queryFields((t) => ({
  syncClients: t.prismaConnection({
    type: SyncClient,
    cursor: 'id',
    description:
      'The sync clients the viewer manages, oldest first, revoked ones included: the district admin’s district’s, the province ' +
      'admin’s province’s and its districts’ (action syncClient:manage); empty for anyone else. At most 100 a page; the same ' +
      'number of SQL statements for any page size.',
    totalCount: (_root, args, context) =>
      context.db.prisma.syncClient.count({ where: syncClientsWhere(args, context) }),
    args: {
      organisationId: t.arg.globalID({
        required: false,
        for: Organisation,
        description: 'Only the clients registered for this province or district.',
      }),
    },
    resolve: (query, _root, args, context) =>
      context.db.prisma.syncClient.findMany({
        ...query,
        where: syncClientsWhere(args, context),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
  currentSyncClient: t.prismaField({
    type: SyncClient,
    nullable: true,
    extensions: OPEN_TO_CLIENTS,
    description:
      'The calling sync client’s own registration: its scope (organisation), keys and state (action sync:self: sync clients ' +
      'only; FORBIDDEN_ACTION for people and anonymous callers). Null for a SYNC_CLIENT user with no registration.',
    resolve: async (query, _root, _args, context) => {
      const viewer = context.viewer;
      if (!viewer.isSyncClient || !viewer.user)
        throw localizedError(
          'FORBIDDEN_ACTION',
          { action: 'sync:self', roles: ACTIONS['sync:self'].roles.join(', ') },
          { http: { status: 403 } },
        );
      // Its own registration, within the scope of its SYNC_CLIENT role.
      return context.db.prisma.syncClient.findFirst({
        ...query,
        where: { userId: viewer.user.id, ...viewer.within('orgPath', scopeOf(viewer, 'sync:self')) },
      });
    },
  }),
}));
