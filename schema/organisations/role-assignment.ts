import { builder } from '../builder.js';
import { Role } from './enums.js';

export const RoleAssignment = builder.prismaNode('RoleAssignment', {
  id: { field: 'id' },
  // A missing or invisible object resolves to null through node(id), not to an error.
  nullable: true,
  description: 'A role a person holds on one organisation (and so over its subtree).',
  findUnique: (id, context) => ({ id, ...context.viewer.within('orgPath') }),
  authScopes: (assignment) => ({ visible: assignment.orgPath }),
  fields: (t) => ({
    role: t.expose('role', { type: Role }),
    organisation: t.relation('organisation'),
    user: t.relation('user'),
    since: t.expose('createdAt', { type: 'DateTime', description: 'When the role was assigned.' }),
  }),
});
