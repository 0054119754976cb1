import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (holding `prisma/`), whether run from sources or from `dist/`. */
export const projectRoot = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'prisma', 'migrations'))) {
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(`cannot find the project folder (prisma/migrations) above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
})();

export const migrationsDir = path.join(projectRoot, 'prisma', 'migrations');
