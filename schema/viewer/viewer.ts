import type { Viewer as ViewerModel } from '../../api/auth/viewer.js';
import { builder } from '../builder.js';
import { CAPABILITIES, type Capability, capabilitiesOf } from './capabilities.js';

const ViewerCapabilities = builder.objectRef<Record<Capability, boolean>>('ViewerCapabilities').implement({
  description: 'What the portal may show the viewer. The API checks every action itself; these are hints for the UI.',
  fields: (t) =>
    Object.fromEntries(
      Object.entries(CAPABILITIES).map(([name, { action, description }]) => [
        name,
        t.exposeBoolean(name as Capability, { description: `${description} (action ${action})` }),
      ]),
    ),
});

const Viewer = builder.objectRef<ViewerModel & { user: NonNullable<ViewerModel['user']> }>('Viewer').implement({
  description: 'The signed-in user, their roles and what the portal may show them.',
  fields: (t) => ({
    user: t.prismaField({
      type: 'User',
      resolve: (query, viewer, _args, context) =>
        context.db.prisma.user.findUniqueOrThrow({ ...query, where: { id: viewer.user.id } }),
    }),
    roleAssignments: t.prismaField({
      type: ['RoleAssignment'],
      description: 'Every role the viewer holds, with its organisation.',
      resolve: (query, viewer, _args, context) =>
        context.db.prisma.roleAssignment.findMany({
          ...query,
          where: { userId: viewer.user.id },
          orderBy: [{ role: 'asc' }, { id: 'asc' }],
        }),
    }),
    can: t.field({ type: ViewerCapabilities, resolve: (viewer) => capabilitiesOf(viewer) }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: Viewer,
    nullable: true,
    description: 'The signed-in user; null for anonymous requests.',
    resolve: (_root, _args, context) =>
      context.viewer.user ? (context.viewer as ViewerModel & { user: NonNullable<ViewerModel['user']> }) : null,
  }),
);
