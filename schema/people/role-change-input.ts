import { z } from 'zod';
import { Role } from '../../api/db/generated/prisma/enums.js';
import { builder } from '../builder.js';
import { Organisation } from '../organisations/index.js';
import { globalIdSchema } from '../shared/index.js';
import { User } from '../users/index.js';

/** The input of grantRole and revokeRole: a person, a role and the organisation it is held on. */
export const RoleChangeInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      userId: t.globalID({ required: true, for: User, description: 'The person; they must be visible to the viewer.' }),
      role: t.field({ type: Role, required: true, description: 'The role (not SYNC_CLIENT).' }),
      organisationId: t.globalID({
        required: true,
        for: Organisation,
        description:
          'The organisation the role is held on; the viewer must administer it at the role’s level or above.',
      }),
    }),
  });

export const roleChangeSchema = z.object({
  userId: globalIdSchema,
  role: z.enum(Role),
  organisationId: globalIdSchema,
});

/** The rules of who may grant which role where, for the mutations' descriptions (role-rules.ts holds them). */
export const ROLE_RULES =
  'TEACHER is held on a school, class or group; CLASS_TUTOR on a class; GROUP_LEADER on a group; SCHOOL_ADMIN on a school; EXPERT on a ' +
  'district or school; DISTRICT_ADMIN on a district; PROVINCE_ADMIN on a province. A school admin grants TEACHER, CLASS_TUTOR, GROUP_LEADER ' +
  'and SCHOOL_ADMIN within the school; a district admin also EXPERT and DISTRICT_ADMIN within the district; a province admin also ' +
  'PROVINCE_ADMIN (action people:grantRoles). SYNC_CLIENT is not granted here.';
