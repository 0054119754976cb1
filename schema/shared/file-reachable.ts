import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../../api/context.js';
import { reachableFiles } from '../../api/storage/file-access.js';

/** Per request: whether the viewer may download each file asked about (all files of a request in one check). */
export const fileReachable = createContextCache(
  (context: Context) =>
    new DataLoader<{ id: string; orgPath: string }, boolean, string>(
      async (files) => {
        const reachable = await reachableFiles(context.db, context.viewer, files);
        return files.map((file) => reachable.has(file.id));
      },
      { cacheKeyFn: (file) => file.id },
    ),
);
