import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { SDK_PERSISTED_DOCUMENTS } from '../api/http/persisted-documents.js';
import config from '../codegen.js';
import { printedSchema, schemaFile } from '../schema/print.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const REGENERATE =
  'run `npm run generate` (prints schema/schema.graphql, then runs graphql-codegen --config codegen.ts) and commit the result';

/** What codegen.ts generates now, once for the tests below. */
let generated: Promise<Array<{ filename: string; content: string }>> | undefined;
const generateNow = () => {
  generated ??= generate({ ...config, cwd: root, silent: true, errorsOnly: true }, false);
  return generated;
};

describe('committed generated files', () => {
  it('schema/schema.graphql is the printed schema', () => {
    expect(readFileSync(schemaFile, 'utf8'), `schema/schema.graphql is stale: ${REGENERATE}`).toBe(printedSchema());
  });

  it('sdk/src/generated/graphql.ts and persisted-documents.json are what codegen.ts generates from it', async () => {
    const outputs = await generateNow();
    expect(outputs.map((output) => output.filename).sort()).toEqual([
      'sdk/src/generated/graphql.ts',
      'sdk/src/generated/persisted-documents.json',
    ]);
    for (const output of outputs) {
      const path = fileURLToPath(new URL(output.filename, `file://${root}/`));
      let committed = '';
      try {
        committed = readFileSync(path, 'utf8');
      } catch {
        // missing: reported as stale below
      }
      expect(committed, `${output.filename} is stale: ${REGENERATE}`).toBe(output.content);
    }
  });

  it('sdk/src/generated/persisted-documents.json holds each text under its sha256, as the API loads it', async () => {
    const manifest = (await generateNow()).find((output) => output.filename.endsWith('persisted-documents.json'));
    const documents = Object.entries(JSON.parse(manifest?.content ?? '{}') as Record<string, string>);
    expect(documents.length).toBeGreaterThan(0);
    for (const [hash, text] of documents) expect(createHash('sha256').update(text).digest('hex')).toBe(hash);
    // The API's store is the committed file (a stale one fails the test above).
    expect(new Map(documents), `sdk/src/generated/persisted-documents.json is stale: ${REGENERATE}`).toEqual(
      SDK_PERSISTED_DOCUMENTS,
    );
  });
});
