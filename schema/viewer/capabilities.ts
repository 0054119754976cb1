import type { Viewer } from '../../api/auth/viewer.js';
import { type Action, mayAnywhere } from '../shared/index.js';

/**
 * What a portal may offer, by the action (schema/shared/authz/actions.ts) each screen needs. The API
 * checks every action itself; these flags only tell a portal which screens and buttons to show.
 * A flag exists only for an action the API has.
 */
export const CAPABILITIES = {
  selectCompetencies: { action: 'selection:make', description: 'Select micro-competencies for one’s own enrolments.' },
  viewClassProgress: { action: 'class:readRoster', description: 'See a class roster with each teacher’s progress.' },
  manageSchool: {
    action: 'school:enrolTeachers',
    description: 'Enrol teachers, form classes and groups, set the school’s competency range, upload its plan.',
  },
  reviewSelections: {
    action: 'selection:review',
    description: 'Approve or return teachers’ selections, and select on their behalf after the window.',
  },
  manageProgrammes: {
    action: 'programme:create',
    description:
      'Create programmes, enrol schools with quotas, set batches’ totals and selection windows, extend teachers’ windows, and move programmes through their life cycle.',
  },
  viewDistrict: {
    action: 'programme:readProgress',
    description: 'See every school’s progress in the district’s programmes.',
  },
  manageSchools: {
    action: 'district:manageSchools',
    description:
      'Create a district’s schools, rename, re-code, deactivate and move them, set their stages and teacher counts.',
  },
  manageDistricts: {
    action: 'province:manageDistricts',
    description: 'Create a province’s cities and districts, rename, re-code and deactivate them.',
  },
  managePeople: {
    action: 'people:manage',
    description: 'Create, edit, import, deactivate and reactivate people at or below one’s organisation.',
  },
} as const satisfies Record<string, { action: Action; description: string }>;

export type Capability = keyof typeof CAPABILITIES;

export function capabilitiesOf(viewer: Viewer): Record<Capability, boolean> {
  return Object.fromEntries(
    Object.entries(CAPABILITIES).map(([name, { action }]) => [name, mayAnywhere(viewer, action)]),
  ) as Record<Capability, boolean>;
}
