import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// Prisma 7's CLI would download a native schema engine from a host that isolated networks cannot
// reach; use the project's offline Wasm bridge unless a native engine is chosen explicitly.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(
  new URL('./prisma/engine/schema-engine.mjs', import.meta.url),
);

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'tsx prisma/seed/index.ts',
  },
  datasource: {
    // the local development PostgreSQL, used only for authoring migrations
    url: process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tisheng_dev',
  },
});
