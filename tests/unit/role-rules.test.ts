import { describe, expect, it } from 'vitest';
import type { OrganisationKind, Role } from '../../api/db/generated/prisma/enums.js';
import {
  GRANTOR_LEVELS,
  type GrantorAssignment,
  grantorLevelOver,
  ROLE_LEVELS,
  ROLE_PLACES,
  roleGrantProblem,
} from '../../schema/people/role-rules.js';
import { ACTIONS } from '../../schema/shared/authz/actions.js';

// One branch of the tree: province P → city C → district D → school S (class K, group G); and a second school T.
const P = '/p/';
const C = `${P}c/`;
const D = `${C}d/`;
const S = `${D}s/`;
const K = `${S}k/`;
const G = `${S}g/`;
const T = `${D}t/`;
const place = (kind: OrganisationKind, path: string) => ({ kind, path });

const schoolAdmin: GrantorAssignment[] = [{ role: 'SCHOOL_ADMIN', orgPath: S }];
const districtAdmin: GrantorAssignment[] = [{ role: 'DISTRICT_ADMIN', orgPath: D }];
const provinceAdmin: GrantorAssignment[] = [{ role: 'PROVINCE_ADMIN', orgPath: P }];

const ORGANISATIONS = {
  PROVINCE: place('PROVINCE', P),
  CITY: place('CITY', C),
  DISTRICT: place('DISTRICT', D),
  SCHOOL: place('SCHOOL', S),
  CLASS: place('CLASS', K),
  GROUP: place('GROUP', G),
} as const satisfies Record<OrganisationKind, { kind: OrganisationKind; path: string }>;

/** Every role a grantor may grant on each kind of organisation of the branch. */
function grantable(grantor: GrantorAssignment[]) {
  return Object.fromEntries(
    Object.entries(ORGANISATIONS).map(([kind, organisation]) => [
      kind,
      (Object.keys(ROLE_PLACES) as Role[]).filter((role) => roleGrantProblem({ role, organisation }, grantor) === null),
    ]),
  );
}

describe('where roles are held', () => {
  it('places each role on its kinds of organisation, and SYNC_CLIENT nowhere', () => {
    expect(ROLE_PLACES).toEqual({
      TEACHER: ['SCHOOL', 'CLASS', 'GROUP'],
      CLASS_TUTOR: ['CLASS'],
      GROUP_LEADER: ['GROUP'],
      SCHOOL_ADMIN: ['SCHOOL'],
      EXPERT: ['DISTRICT', 'SCHOOL'],
      DISTRICT_ADMIN: ['DISTRICT'],
      PROVINCE_ADMIN: ['PROVINCE'],
      SYNC_CLIENT: [],
    });
  });

  it('refuses a role on the wrong kind of organisation, before asking who grants it', () => {
    expect(roleGrantProblem({ role: 'CLASS_TUTOR', organisation: ORGANISATIONS.SCHOOL }, districtAdmin)).toBe(
      'WRONG_ORGANISATION_KIND',
    );
    expect(roleGrantProblem({ role: 'GROUP_LEADER', organisation: ORGANISATIONS.CLASS }, schoolAdmin)).toBe(
      'WRONG_ORGANISATION_KIND',
    );
    expect(roleGrantProblem({ role: 'SCHOOL_ADMIN', organisation: ORGANISATIONS.DISTRICT }, provinceAdmin)).toBe(
      'WRONG_ORGANISATION_KIND',
    );
    expect(roleGrantProblem({ role: 'TEACHER', organisation: ORGANISATIONS.CITY }, provinceAdmin)).toBe(
      'WRONG_ORGANISATION_KIND',
    );
  });

  it('never grants SYNC_CLIENT, whoever asks', () => {
    for (const grantor of [schoolAdmin, districtAdmin, provinceAdmin]) {
      for (const organisation of Object.values(ORGANISATIONS)) {
        expect(roleGrantProblem({ role: 'SYNC_CLIENT', organisation }, grantor)).toBe('NOT_GRANTABLE');
      }
    }
  });
});

describe('who grants what', () => {
  it('lets a school admin grant the school-level roles within their school', () => {
    expect(grantable(schoolAdmin)).toEqual({
      PROVINCE: [],
      CITY: [],
      DISTRICT: [],
      SCHOOL: ['TEACHER', 'SCHOOL_ADMIN'],
      CLASS: ['TEACHER', 'CLASS_TUTOR'],
      GROUP: ['TEACHER', 'GROUP_LEADER'],
    });
  });

  it('lets a district admin also grant EXPERT and DISTRICT_ADMIN within their district', () => {
    expect(grantable(districtAdmin)).toEqual({
      PROVINCE: [],
      CITY: [],
      DISTRICT: ['EXPERT', 'DISTRICT_ADMIN'],
      SCHOOL: ['TEACHER', 'SCHOOL_ADMIN', 'EXPERT'],
      CLASS: ['TEACHER', 'CLASS_TUTOR'],
      GROUP: ['TEACHER', 'GROUP_LEADER'],
    });
  });

  it('lets a province admin also grant PROVINCE_ADMIN', () => {
    expect(grantable(provinceAdmin)).toEqual({
      PROVINCE: ['PROVINCE_ADMIN'],
      CITY: [],
      DISTRICT: ['EXPERT', 'DISTRICT_ADMIN'],
      SCHOOL: ['TEACHER', 'SCHOOL_ADMIN', 'EXPERT'],
      CLASS: ['TEACHER', 'CLASS_TUTOR'],
      GROUP: ['TEACHER', 'GROUP_LEADER'],
    });
  });

  it('refuses a role above the grantor’s level and tells it apart from no right at all', () => {
    expect(roleGrantProblem({ role: 'EXPERT', organisation: ORGANISATIONS.SCHOOL }, schoolAdmin)).toBe(
      'ABOVE_GRANTOR_LEVEL',
    );
    expect(roleGrantProblem({ role: 'DISTRICT_ADMIN', organisation: ORGANISATIONS.DISTRICT }, schoolAdmin)).toBe(
      'NOT_GRANTOR',
    );
    expect(roleGrantProblem({ role: 'TEACHER', organisation: place('SCHOOL', T) }, schoolAdmin)).toBe('NOT_GRANTOR');
  });

  it('grants nothing through roles that do not manage people', () => {
    const staff: GrantorAssignment[] = [
      { role: 'TEACHER', orgPath: S },
      { role: 'CLASS_TUTOR', orgPath: K },
      { role: 'GROUP_LEADER', orgPath: G },
      { role: 'EXPERT', orgPath: D },
      { role: 'SYNC_CLIENT', orgPath: D },
    ];
    expect(Object.values(grantable(staff)).flat()).toEqual([]);
    expect(roleGrantProblem({ role: 'TEACHER', organisation: ORGANISATIONS.CLASS }, staff)).toBe('NOT_GRANTOR');
  });

  it('uses the grantor’s highest level over the organisation', () => {
    const both: GrantorAssignment[] = [
      { role: 'SCHOOL_ADMIN', orgPath: S },
      { role: 'DISTRICT_ADMIN', orgPath: D },
    ];
    expect(grantorLevelOver(both, K)).toBe('DISTRICT');
    expect(grantorLevelOver(both, T)).toBe('DISTRICT');
    expect(grantorLevelOver(schoolAdmin, T)).toBeNull();
    expect(roleGrantProblem({ role: 'EXPERT', organisation: ORGANISATIONS.SCHOOL }, both)).toBeNull();
  });

  it('lets a revocation skip the kind check, never the level', () => {
    const misplaced = { role: 'CLASS_TUTOR' as const, organisation: ORGANISATIONS.SCHOOL };
    expect(roleGrantProblem(misplaced, schoolAdmin, { revoke: true })).toBeNull();
    expect(
      roleGrantProblem({ role: 'EXPERT', organisation: ORGANISATIONS.SCHOOL }, schoolAdmin, { revoke: true }),
    ).toBe('ABOVE_GRANTOR_LEVEL');
  });

  it('has a level for every grantable role, and its grantors are exactly the roles of people:grantRoles', () => {
    for (const [role, places] of Object.entries(ROLE_PLACES)) {
      expect(ROLE_LEVELS[role as Role] === null).toBe(places.length === 0);
    }
    expect(Object.keys(GRANTOR_LEVELS).sort()).toEqual([...ACTIONS['people:grantRoles'].roles].sort());
  });
});
