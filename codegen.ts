import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { plugin as typedDocumentNode } from '@graphql-codegen/typed-document-node';
import { type DocumentNode, type GraphQLSchema, isInterfaceType, print } from 'graphql';

/**
 * Generates the SDK's types and documents (`sdk/src/generated/graphql.ts`) from the printed schema and the
 * operations in `sdk/operations/*.graphql`, and the trusted-document manifest
 * (`sdk/src/generated/persisted-documents.json`: the sha256 of each operation document → its text), which the API
 * loads (api/http/persisted-documents.ts). Run `npm run generate` after changing either;
 * `tests/generated.test.ts` fails while a committed file is stale.
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

/**
 * A trusted document's id: the sha256 (hex) of the operation document as `graphql`'s `print` writes it — the text
 * the SDK would send, fragments included.
 */
export function persistedDocumentHash(document: DocumentNode): string {
  return createHash('sha256').update(print(document)).digest('hex');
}

/**
 * typed-document-node's hook for each operation's executable document (the operation and the fragments it uses):
 * the document carries its hash as `__meta__.hash` (as graphql-codegen's client preset does), which the SDK sends in
 * place of the text when told to (`createClient({ persistedDocuments: true })`).
 */
const hashMeta = (document: DocumentNode) => ({ hash: persistedDocumentHash(document) });

/** The typed-document-node options of the SDK's documents (the manifest plugin replays them). */
const DOCUMENT_CONFIG = { unstable_onExecutableDocumentNode: hashMeta };

/**
 * Local plugin: the trusted-document manifest, `{ "<sha256>": "<document text>" }` in the order of the operations.
 * It runs typed-document-node over the same documents with the same options and keeps what its hook sees, so the
 * manifest holds exactly the documents (and hashes) of `sdk/src/generated/graphql.ts`.
 */
const persistedDocumentsPlugin: Plugin = {
  plugin: async (schema, documents, pluginConfig) => {
    const manifest: Record<string, string> = {};
    await typedDocumentNode(schema, documents, {
      ...pluginConfig,
      ...DOCUMENT_CONFIG,
      unstable_onExecutableDocumentNode: (document: DocumentNode) => {
        manifest[persistedDocumentHash(document)] = print(document);
        return hashMeta(document);
      },
    });
    return `${JSON.stringify(manifest, null, 2)}\n`;
  },
};

const LOCAL_PLUGINS: Record<string, Plugin> = {
  'tisheng-error-typenames': errorTypenamesPlugin,
  'tisheng-persisted-documents': persistedDocumentsPlugin,
};

const SDK_CONFIG = {
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
  ...DOCUMENT_CONFIG,
};

const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/schema.graphql',
  documents: ['sdk/operations/*.graphql'],
  // Local plugins by name; everything else loads as usual (the CLI tries `@graphql-codegen/<name>` first).
  pluginLoader: async (name) => LOCAL_PLUGINS[name] ?? ((await import(name)) as Plugin),
  generates: {
    'sdk/src/generated/graphql.ts': {
      plugins: ['tisheng-error-typenames', 'typescript-operations', 'typed-document-node'],
      config: SDK_CONFIG,
    },
    'sdk/src/generated/persisted-documents.json': {
      plugins: ['tisheng-persisted-documents'],
      config: SDK_CONFIG,
    },
  },
};

export default config;
