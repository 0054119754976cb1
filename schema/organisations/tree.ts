import { randomUUID } from 'node:crypto';

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
