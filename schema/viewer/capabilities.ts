import type { Role } from '../../api/db/generated/prisma/enums.js';

/**
 * What a portal may offer, by the roles that grant it. The API enforces every action itself;
 * these flags only tell a portal which screens and buttons to show.
 */
export const CAPABILITIES = {
  selectCompetencies: { roles: ['TEACHER'], description: 'Select micro-competencies, study, submit evidence.' },
  viewClassProgress: {
    roles: ['CLASS_TUTOR', 'SCHOOL_ADMIN', 'DISTRICT_ADMIN'],
    description: 'See a class roster with each teacher’s progress.',
  },
  leadGroup: {
    roles: ['GROUP_LEADER'],
    description: 'Publish school-based activities and review members’ evidence first.',
  },
  manageSchool: {
    roles: ['SCHOOL_ADMIN'],
    description: 'Enrol teachers, set the school’s competency range, upload its plan.',
  },
  reviewSelections: {
    roles: ['SCHOOL_ADMIN'],
    description: 'Approve or return teachers’ selections, and select on their behalf after the window.',
  },
  manageProgrammes: {
    roles: ['DISTRICT_ADMIN'],
    description: 'Create programmes, enrol schools with quotas, confirm hours, close programmes.',
  },
  viewDistrict: { roles: ['DISTRICT_ADMIN'], description: 'See every school of the district.' },
  assessSchools: { roles: ['EXPERT', 'DISTRICT_ADMIN'], description: 'Score schools’ completion material.' },
  syncCredits: {
    roles: ['SYNC_CLIENT'],
    description: 'Pull and acknowledge confirmed credit records (machine clients).',
  },
} as const satisfies Record<string, { roles: readonly Role[]; description: string }>;

export type Capability = keyof typeof CAPABILITIES;

export function capabilitiesOf(roles: ReadonlySet<Role>): Record<Capability, boolean> {
  return Object.fromEntries(
    Object.entries(CAPABILITIES).map(([name, { roles: granting }]) => [name, granting.some((role) => roles.has(role))]),
  ) as Record<Capability, boolean>;
}
