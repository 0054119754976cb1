/**
 * The JSON Schemas of tests/schemas, compiled once with ajv (strict mode, every error) and ajv-formats: `expectValid`
 * fails a test with ajv's errors when a standards route's output does not match the definition it names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { expect } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const FILES = ['oneroster-v1p2-rostering.json', 'case-v1p1.json', 'ob-v3p0-api.json', 'imsx-status-info.json'] as const;
export type SchemaFile = (typeof FILES)[number];

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictTuples: false, strictRequired: false });
addFormats(ajv);
for (const file of FILES) ajv.addSchema(JSON.parse(readFileSync(path.join(here, file), 'utf8')) as object);

const ID = (file: SchemaFile) => `https://tisheng.test/schemas/${file}`;

/** Validates `value` against `#/$defs/<definition>` of a schema file; true, or the errors as text. */
export function validate(file: SchemaFile, definition: string, value: unknown): true | string {
  const check = ajv.getSchema(`${ID(file)}#/$defs/${definition}`);
  if (!check) throw new Error(`No definition ${definition} in ${file}`);
  return check(value) ? true : ajv.errorsText(check.errors, { separator: '\n' });
}

export function expectValid(file: SchemaFile, definition: string, value: unknown) {
  expect(validate(file, definition, value), `${file}#${definition}: ${JSON.stringify(value).slice(0, 400)}`).toBe(true);
}
