/**
 * schemas/pipeline-declaration.schema.json: made from the same shape table as the action's check,
 * a strict draft-07 schema, up to date, accepting every valid declaration of the corpus and
 * refusing the structurally broken ones.
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { generateSchema, ROOT, SCHEMA_FILE } from './generate-schema.ts';
import { files, INVALID, VALID } from './corpus.ts';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ strict: true, allErrors: true });
const validate = ajv.compile(schema);
const load = (dir: string, file: string): unknown => parse(readFileSync(path.join(dir, file), 'utf8'));

describe('schemas/pipeline-declaration.schema.json', () => {
  test('is up to date with the shape table (regenerate with test/pipeline-definition/generate-schema.ts)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generateSchema());
  });

  test('is a valid draft-07 schema under ajv strict mode', () => {
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  test('accepts examples/pipeline-declaration.yaml', () => {
    expect(validate(load(path.join(ROOT, 'examples'), 'pipeline-declaration.yaml'))).toBe(true);
  });

  test.each(files(VALID))('accepts valid/%s', (file) => {
    const ok = validate(load(VALID, file));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  test.each([
    ['structure.yaml', '/stages/1/actions/0', 'additionalProperties'],
    ['get-pipeline-output.json', '', 'additionalProperties'],
    ['get-pipeline-output.json', '/pipeline/stages/1/actions/0/runOrder', 'type'],
  ])('refuses invalid/%s at %s (%s)', (file, at, keyword) => {
    expect(validate(load(INVALID, file))).toBe(false);
    expect((validate.errors ?? []).map((e) => [e.instancePath, e.keyword])).toContainEqual([at, keyword]);
  });
});
