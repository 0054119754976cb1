import type { Plugin } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import type { FileServices } from '../storage/file-storage.js';

/** The export download route (signed links): filled by the exports module. */
export function useExportDownloads(_deps: { db: Database; files: FileServices }): Plugin {
  return {};
}
