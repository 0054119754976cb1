import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.js';
import { printedSchema, schemaFile } from '../schema/print.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const REGENERATE =
  'run `npm run generate` (prints schema/schema.graphql, then runs graphql-codegen --config codegen.ts) and commit the result';

describe('committed generated files', () => {
  it('schema/schema.graphql is the printed schema', () => {
    expect(readFileSync(schemaFile, 'utf8'), `schema/schema.graphql is stale: ${REGENERATE}`).toBe(printedSchema());
  });

  it('sdk/src/generated/graphql.ts is what codegen.ts generates from it', async () => {
    const outputs: Array<{ filename: string; content: string }> = await generate(
      { ...config, cwd: root, silent: true, errorsOnly: true },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
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
});
