/**
 * Who may download a stored file. A file belongs to an organisation (`orgPath`): viewers who can see that
 * organisation may download it. Some records are shared beyond one organisation (a district-wide workshop's posts
 * are read by members of many schools); their modules register a rule naming, among some files, those the viewer
 * reaches through such a record. The download route and the StoredFile type ask the same question here.
 */
import type { Viewer } from '../auth/viewer.js';
import type { Database } from '../db/client.js';

/** Among `fileIds` (files the viewer cannot see by organisation), those the viewer reaches through a record. */
export type FileAccessRule = (db: Database, viewer: Viewer, fileIds: readonly string[]) => Promise<Iterable<string>>;

const rules: FileAccessRule[] = [];

/** Adds a rule (once, by the module owning the records that share files). */
export function registerFileAccess(rule: FileAccessRule): void {
  rules.push(rule);
}

/** The ids of the files the viewer may download: by organisation, else through a registered rule (one query each). */
export async function reachableFiles(
  db: Database,
  viewer: Viewer,
  files: readonly { id: string; orgPath: string }[],
): Promise<Set<string>> {
  const reachable = new Set(files.filter((file) => viewer.canSee(file.orgPath)).map((file) => file.id));
  let rest = files.filter((file) => !reachable.has(file.id)).map((file) => file.id);
  for (const rule of rules) {
    if (rest.length === 0 || !viewer.user) break;
    for (const id of await rule(db, viewer, rest)) reachable.add(id);
    rest = rest.filter((id) => !reachable.has(id));
  }
  return reachable;
}
