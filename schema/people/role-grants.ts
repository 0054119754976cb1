/**
 * Loading and checking the organisations people are placed on: a new person's home, the organisations of the
 * roles granted or revoked. The mutations' `authorize` has checked the viewer may act on the organisation named by
 * the operation; these check what the rules add (kind, level, deactivation) and every further organisation listed.
 */
import type { Context } from '../../api/context.js';
import type { Transaction } from '../../api/db/client.js';
import type { OrganisationKind, Role } from '../../api/db/generated/prisma/enums.js';
import { ACTIONS, ForbiddenActionError, InvalidStateError, inputIssue, NotFoundError } from '../shared/index.js';
import { RoleNotGrantableError } from './errors.js';
import { grantorLevelOver, roleGrantProblem } from './role-rules.js';

/** Kinds of organisation a person's home may be. */
export const HOME_KINDS: readonly OrganisationKind[] = ['SCHOOL', 'DISTRICT', 'PROVINCE'];

export interface PlacedOrganisation {
  id: string;
  kind: OrganisationKind;
  path: string;
  code: string;
  name: string;
  deactivatedAt: Date | null;
}

const ORGANISATION_SELECT = { id: true, kind: true, path: true, code: true, name: true, deactivatedAt: true } as const;

/** Refuses new people or roles on a deactivated organisation. */
export function assertActive(organisation: PlacedOrganisation): void {
  if (organisation.deactivatedAt)
    throw new InvalidStateError('PEOPLE.organisationDeactivated', { name: organisation.name });
}

/**
 * Loads the organisation people are created in or imported into (visible to the viewer: `authorize` checked it) and
 * checks it can be a home: a school, district or province (else a ValidationError at `field`) that is active.
 */
export async function loadHome(db: Transaction, id: string, field: string): Promise<PlacedOrganisation> {
  const home = await db.organisation.findUniqueOrThrow({ where: { id }, select: ORGANISATION_SELECT });
  if (!HOME_KINDS.includes(home.kind)) throw inputIssue([field], 'PEOPLE.homeKind', { field });
  assertActive(home);
  return home;
}

/** Throws the typed error for a grant (or revocation) the viewer may not make; nothing when they may. */
export function assertGrantable(
  context: Context,
  role: Role,
  organisation: Pick<PlacedOrganisation, 'kind' | 'path'>,
  options: { revoke?: boolean } = {},
): void {
  const grantor = context.viewer.assignments;
  const problem = roleGrantProblem({ role, organisation }, grantor, options);
  if (problem === null) return;
  if (problem === 'NOT_GRANTOR')
    throw new ForbiddenActionError('people:grantRoles', ACTIONS['people:grantRoles'].roles);
  throw new RoleNotGrantableError(problem, role, organisation.kind, grantorLevelOver(grantor, organisation.path));
}

/**
 * Loads the organisations of roles to grant and checks each grant: the organisation must be visible to the viewer
 * (else NOT_FOUND, like a missing one), active, and the role one the viewer may grant there.
 */
export async function checkGrants(
  db: Transaction,
  context: Context,
  grants: ReadonlyArray<{ role: Role; organisationId: string }>,
): Promise<Array<{ role: Role; organisation: PlacedOrganisation }>> {
  const ids = [...new Set(grants.map((grant) => grant.organisationId))];
  const found = ids.length
    ? await db.organisation.findMany({ where: { id: { in: ids } }, select: ORGANISATION_SELECT })
    : [];
  const byId = new Map(found.map((organisation) => [organisation.id, organisation]));
  return grants.map((grant) => {
    const organisation = byId.get(grant.organisationId);
    if (!organisation || !context.viewer.canSee(organisation.path)) throw new NotFoundError('Organisation');
    assertActive(organisation);
    assertGrantable(context, grant.role, organisation);
    return { role: grant.role, organisation };
  });
}

/** Loads the organisation of a single grant or revocation (its visibility and the action were checked by `authorize`). */
export function loadPlacement(db: Transaction, id: string): Promise<PlacedOrganisation> {
  return db.organisation.findUniqueOrThrow({ where: { id }, select: ORGANISATION_SELECT });
}
