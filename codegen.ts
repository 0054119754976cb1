import type { CodegenConfig } from '@graphql-codegen/cli';
import { type GraphQLSchema, isInterfaceType } from 'graphql';

/**
 * Generates the SDK's types and documents (`sdk/src/generated/graphql.ts`) from the printed schema and the
 * operations in `sdk/operations/*.graphql`. Run `npm run generate` after changing either;
 * `tests/generated.test.ts` fails while the committed file is stale.
 */

type Plugin = Awaited<ReturnType<NonNullable<CodegenConfig['pluginLoader']>>>;

const HEADER = [
  '/* eslint-disable */',
  '// generated — do not edit.',
  '// Source: schema/schema.graphql and sdk/operations/*.graphql; regenerate with `npm run generate` (codegen.ts).',
  '',
].join('\n');

/**
 * Local plugin: the file header, and the `__typename`s of every type implementing the `Error` interface, so the
 * SDK can tell the error members of a result union (`Payload | NotFoundError | ValidationError …`) apart at run time.
 */
const errorTypenamesPlugin: Plugin = {
  plugin: (schema: GraphQLSchema) => {
    const errorInterface = schema.getType('Error');
    const names = isInterfaceType(errorInterface)
      ? schema
          .getPossibleTypes(errorInterface)
          .map((type) => type.name)
          .sort()
      : [];
    return {
      prepend: [HEADER],
      content: [
        '/** `__typename` of every type implementing the `Error` interface (`code` and `message`): the error members of result unions. */',
        `export const ERROR_TYPENAMES = [${names.map((name) => `'${name}'`).join(', ')}] as const;`,
        '',
        '/** One of `ERROR_TYPENAMES`. */',
        'export type ErrorTypename = (typeof ERROR_TYPENAMES)[number];',
        '',
      ].join('\n'),
    };
  },
};

const LOCAL_PLUGINS: Record<string, Plugin> = { 'tisheng-error-typenames': errorTypenamesPlugin };

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/schema.graphql',
  documents: ['sdk/operations/*.graphql'],
  // Local plugins by name; everything else loads as usual (the CLI tries `@graphql-codegen/<name>` first).
  pluginLoader: async (name) => LOCAL_PLUGINS[name] ?? ((await import(name)) as Plugin),
  generates: {
    'sdk/src/generated/graphql.ts': {
      plugins: ['tisheng-error-typenames', 'typescript-operations', 'typed-document-node'],
      config: {
        // Scalars as they travel in JSON (Date: "YYYY-MM-DD"; uploads: a `File`/`Blob` variable, sent as a multipart request).
        // A scalar with no mapping here fails generation rather than becoming `any`.
        scalars: { ID: 'string', DateTime: 'string', Date: 'string', Upload: { input: 'Blob', output: 'never' } },
        strictScalars: true,
        // Enums as a const object plus a string-literal union: `Role.SCHOOL_ADMIN` and `'SCHOOL_ADMIN'` both type-check,
        // values are the wire values, and nothing is a nominal TypeScript `enum`.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        useTypeImports: true,
        printFieldsOnNewLines: true,
      },
    },
  },
};

export default config;
