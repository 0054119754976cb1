import type { OrganisationKind, Role } from '../db/generated/prisma/enums.js';

export interface ViewerUser {
  id: string;
  login: string;
  displayName: string;
}

export interface ViewerAssignment {
  role: Role;
  organisationId: string;
  organisationKind: OrganisationKind;
  /** Materialised path of the organisation ("/…/id/"): its subtree is every path with this prefix. */
  orgPath: string;
}

/**
 * Who is asking, and what they may see: the subtrees of the organisations their role
 * assignments are scoped to. Anonymous viewers see only public data (published catalogues).
 */
export class Viewer {
  readonly roles: ReadonlySet<Role>;
  /** The smallest set of subtree roots covering every assignment. */
  readonly roots: readonly string[];

  constructor(
    readonly user: ViewerUser | null,
    readonly assignments: readonly ViewerAssignment[],
  ) {
    this.roles = new Set(assignments.map((assignment) => assignment.role));
    const paths = [...new Set(assignments.map((assignment) => assignment.orgPath))].sort();
    this.roots = paths.filter((path) => !paths.some((other) => other !== path && path.startsWith(other)));
  }

  /**
   * A provincial or district system's service user (SYNC_CLIENT, never granted with another role): it may use only the
   * operations open to sync clients (ActionRule.clients and the root-field gate, schema/shared/authz/client-gate.ts).
   */
  get isSyncClient(): boolean {
    return this.roles.has('SYNC_CLIENT');
  }

  static anonymous() {
    return new Viewer(null, []);
  }

  /** True when the organisation at `path` lies in one of the viewer's subtrees. */
  canSee(path: string): boolean {
    return this.roots.some((root) => path.startsWith(root));
  }

  /**
   * True when the organisation at `path` is in one of the viewer's subtrees or above one of their
   * roots (on the line from the top of the tree to the viewer): a district's programmes are read by
   * its schools' staff too.
   */
  isOnLine(path: string): boolean {
    return this.roots.some((root) => root.startsWith(path) || path.startsWith(root));
  }

  /** True when the viewer holds one of `roles` on an organisation whose subtree contains `path`. */
  holdsOver(roles: readonly Role[], path: string): boolean {
    return this.assignments.some(
      (assignment) => roles.includes(assignment.role) && path.startsWith(assignment.orgPath),
    );
  }

  /** Paths of the organisations where the viewer holds one of `roles`. */
  pathsWith(roles: readonly Role[]): string[] {
    return this.assignments
      .filter((assignment) => roles.includes(assignment.role))
      .map((assignment) => assignment.orgPath);
  }

  /** A Prisma `where` fragment keeping rows whose path column lies in the viewer's subtrees. */
  within<Field extends string>(field: Field, roots: readonly string[] = this.roots) {
    // With no roots, a condition that is false everywhere: Prisma reads an empty `OR` as false at
    // the top level but as true when nested in `AND`, so `OR: []` alone would leak rows.
    const conditions = roots.length
      ? roots.map((root) => ({ [field]: { startsWith: root } }))
      : [{ [field]: { in: [] } }];
    return { OR: conditions } as { OR: Array<Record<Field, { startsWith: string } | { in: string[] }>> };
  }
}
