/**
 * Import boundaries (npm run lint:imports). Layers point one way:
 *   foundations  api/** except api/server/  (config, context, auth, database, storage, HTTP plugins)
 *   schema       schema/**                  (the builder, the shared kernel, one folder per module)
 *   composition  api/server/**, prisma/seed/** (main, Yoga set-up, CLIs, seed): the only code importing both
 * Schema modules use each other only through the other module's public file (index.ts).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'No import cycles, at file level.', from: {}, to: { circular: true } },
    {
      name: 'foundations-know-no-schema',
      severity: 'error',
      comment:
        'The runtime foundations never import the schema or the composition root. The standards routes (api/standards) ' +
        'are REST views of the schema modules beside /graphql: like api/server they may use the schema (the ' +
        'authorization table, the CASE rubric export).',
      from: { path: '^api/', pathNot: '^api/(server|standards)/' },
      to: { path: ['^schema/', '^api/server/', '^prisma/seed/'] },
    },
    {
      name: 'schema-knows-no-composition-root',
      severity: 'error',
      comment: 'The schema uses foundations, never the server set-up, CLIs or seed.',
      from: { path: '^schema/' },
      to: { path: ['^api/server/', '^prisma/seed/'] },
    },
    {
      name: 'modules-through-public-files',
      severity: 'error',
      comment: 'A schema module uses another module only through its public file (schema/<module>/index.ts).',
      from: { path: '^schema/([^/]+)/' },
      to: { path: '^schema/([^/]+)/.+', pathNot: ['^schema/$1/', '^schema/[^/]+/index\\.ts$'] },
    },
    {
      name: 'kernel-knows-no-modules',
      severity: 'error',
      comment: 'The builder and the shared kernel do not depend on domain modules.',
      from: { path: ['^schema/builder\\.ts$', '^schema/shared/'] },
      to: { path: '^schema/', pathNot: ['^schema/builder\\.ts$', '^schema/shared/'] },
    },
    {
      name: 'production-code-knows-no-tests',
      severity: 'error',
      from: { path: ['^api/', '^schema/', '^prisma/', '^sdk/src/'] },
      to: { path: ['^tests/', '^sdk/tests/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '/generated/', '^dist/', '^sdk/dist/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
