/**
 * Which roles may be held on which kind of organisation, and which a grantor may grant or revoke. Pure: the caller
 * passes the organisation and the grantor's role assignments. A grantor grants only at or below their own level
 * (school < district < province) and only within the subtree they administer; sync clients are registered elsewhere.
 */
import type { OrganisationKind, Role } from '../../api/db/generated/prisma/enums.js';

/** Levels of the tree roles are granted at, lowest first. */
export const LEVELS = ['SCHOOL', 'DISTRICT', 'PROVINCE'] as const;
export type Level = (typeof LEVELS)[number];

/** The kinds of organisation each role may be held on; none for roles this module does not grant. */
export const ROLE_PLACES: Readonly<Record<Role, readonly OrganisationKind[]>> = {
  TEACHER: ['SCHOOL', 'CLASS', 'GROUP'],
  CLASS_TUTOR: ['CLASS'],
  GROUP_LEADER: ['GROUP'],
  SCHOOL_ADMIN: ['SCHOOL'],
  EXPERT: ['DISTRICT', 'SCHOOL'],
  DISTRICT_ADMIN: ['DISTRICT'],
  PROVINCE_ADMIN: ['PROVINCE'],
  SYNC_CLIENT: [],
};

/** The level each role belongs to; null for roles granted elsewhere (sync clients are registered, not granted). */
export const ROLE_LEVELS: Readonly<Record<Role, Level | null>> = {
  TEACHER: 'SCHOOL',
  CLASS_TUTOR: 'SCHOOL',
  GROUP_LEADER: 'SCHOOL',
  SCHOOL_ADMIN: 'SCHOOL',
  EXPERT: 'DISTRICT',
  DISTRICT_ADMIN: 'DISTRICT',
  PROVINCE_ADMIN: 'PROVINCE',
  SYNC_CLIENT: null,
};

/** Roles that grant roles within their organisation's subtree, and the highest level each grants. */
export const GRANTOR_LEVELS: Readonly<Partial<Record<Role, Level>>> = {
  SCHOOL_ADMIN: 'SCHOOL',
  DISTRICT_ADMIN: 'DISTRICT',
  PROVINCE_ADMIN: 'PROVINCE',
};

/**
 * Why a grant (or revocation) is refused:
 * NOT_GRANTABLE: the role is not granted through people management (SYNC_CLIENT);
 * WRONG_ORGANISATION_KIND: the role cannot be held on this kind of organisation (CLASS_TUTOR on a school);
 * ABOVE_GRANTOR_LEVEL: the role is above every level the grantor administers the organisation at;
 * NOT_GRANTOR: no role of the grantor lets them grant roles on the organisation at all.
 */
export type RoleGrantProblem = 'NOT_GRANTABLE' | 'WRONG_ORGANISATION_KIND' | 'ABOVE_GRANTOR_LEVEL' | 'NOT_GRANTOR';

export interface GrantTarget {
  role: Role;
  organisation: { kind: OrganisationKind; path: string };
}

export interface GrantorAssignment {
  role: Role;
  /** Materialised path of the organisation the role is held on. */
  orgPath: string;
}

const rank = (level: Level) => LEVELS.indexOf(level);

/** The highest level at which the grantor administers the organisation at `path`; null when they do not. */
export function grantorLevelOver(grantor: readonly GrantorAssignment[], path: string): Level | null {
  let best: Level | null = null;
  for (const assignment of grantor) {
    const level = GRANTOR_LEVELS[assignment.role];
    if (!level || !path.startsWith(assignment.orgPath)) continue;
    if (best === null || rank(level) > rank(best)) best = level;
  }
  return best;
}

/**
 * Whether the grantor may grant (or, with `revoke`, take away) the role on the organisation: null when they may,
 * else the problem. A revocation skips the kind check, so a role held where it no longer belongs can still go.
 */
export function roleGrantProblem(
  target: GrantTarget,
  grantor: readonly GrantorAssignment[],
  { revoke = false } = {},
): RoleGrantProblem | null {
  const roleLevel = ROLE_LEVELS[target.role];
  if (roleLevel === null) return 'NOT_GRANTABLE';
  if (!revoke && !ROLE_PLACES[target.role].includes(target.organisation.kind)) return 'WRONG_ORGANISATION_KIND';
  const grantorLevel = grantorLevelOver(grantor, target.organisation.path);
  if (grantorLevel === null) return 'NOT_GRANTOR';
  return rank(roleLevel) > rank(grantorLevel) ? 'ABOVE_GRANTOR_LEVEL' : null;
}
