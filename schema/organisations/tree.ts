import { randomUUID } from 'node:crypto';
import type { Transaction } from '../../api/db/client.js';

/** Materialised path of a new organisation below `parentPath` (or at the top when null). */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Id and path for a new organisation, so it can be written in one statement. */
export function newOrganisationKey(parentPath: string | null) {
  const id = randomUUID();
  return { id, path: childPath(parentPath, id) };
}

/** Path of the parent, derived from the path itself ("/a/b/" → "/a/"); null at the top. */
export function parentPathOf(path: string): string | null {
  const parent = path.replace(/[^/]+\/$/, '');
  return parent === '/' || parent === '' ? null : parent;
}

/** A school as the mutations working in it need it. */
export interface SchoolRef {
  id: string;
  path: string;
  code: string;
  name: string;
  deactivatedAt: Date | null;
}

/** Loads a school (its existence and the viewer's right to act on it were checked by the mutation's `authorize`). */
export function loadSchool(db: Pick<Transaction, 'organisation'>, id: string): Promise<SchoolRef> {
  return db.organisation.findUniqueOrThrow({
    where: { id, kind: 'SCHOOL' },
    select: { id: true, path: true, code: true, name: true, deactivatedAt: true },
  });
}
