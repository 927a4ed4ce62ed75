/**
 * Generates schemas/pipeline-declaration.schema.json (for editors) from the shape table the action
 * checks declarations with (src/pipeline-definition/shapes.ts), so the two never disagree:
 *
 *   node_modules/.bin/node --experimental-strip-types test/pipeline-definition/generate-schema.ts
 *
 * test/pipeline-definition/schema.test.ts fails when the committed file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHAPES, type Field, type ShapeName } from '../../src/pipeline-definition/shapes.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCHEMA_FILE = path.join(ROOT, 'schemas/pipeline-declaration.schema.json');

type Json = Record<string, unknown>;

function field(f: Field): Json {
  switch (f.kind) {
    case 'object':
      return { $ref: `#/definitions/${f.shape}` };
    case 'string':
      return {
        type: 'string',
        description: f.what,
        ...(f.values ? { enum: [...f.values] } : {}),
        ...(f.min !== undefined && f.min > 0 ? { minLength: f.min } : {}),
        ...(f.max !== undefined ? { maxLength: f.max } : {}),
        ...(f.pattern ? { pattern: f.pattern.source } : {}),
      };
    case 'integer':
      return { type: 'integer', description: f.what, minimum: f.min, ...(f.max !== undefined ? { maximum: f.max } : {}) };
    case 'list':
      return { type: 'array', description: f.what, items: field(f.item), ...(f.min !== undefined ? { minItems: f.min } : {}), ...(f.max !== undefined ? { maxItems: f.max } : {}) };
    case 'map': {
      const { type: _type, description: _d, ...names } = field(f.key);
      void _type;
      void _d;
      return { type: 'object', description: f.what, propertyNames: names, additionalProperties: field(f.value), ...(f.max !== undefined ? { maxProperties: f.max } : {}) };
    }
  }
}

function shape(name: ShapeName): Json {
  const s = SHAPES[name] as { fields: Record<string, Field>; required: readonly string[] };
  const properties = Object.fromEntries(Object.entries(s.fields).map(([k, f]) => [k, field(f)]));
  return { type: 'object', additionalProperties: false, ...(s.required.length > 0 ? { required: [...s.required] } : {}), properties };
}

export function generateSchema(): string {
  const definitions = Object.fromEntries((Object.keys(SHAPES) as ShapeName[]).map((n) => [n, shape(n)]));
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://aphex-pipeline.dev/schemas/pipeline-declaration.schema.json',
    title: 'AWS CodePipeline pipeline declaration',
    description:
      "A pipeline as `aws codepipeline get-pipeline` prints it, with or without the outer {pipeline, metadata}. Generated from the action's checks (src/pipeline-definition/shapes.ts); the action also checks the rules a schema cannot say (docs/codepipeline.md).",
    if: { type: 'object', required: ['pipeline'], properties: { pipeline: { type: 'object' } } },
    then: { type: 'object', additionalProperties: false, required: ['pipeline'], properties: { pipeline: { $ref: '#/definitions/pipeline' }, metadata: { $ref: '#/definitions/metadata' } } },
    else: { $ref: '#/definitions/pipeline' },
    definitions,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, generateSchema());
  console.log(`wrote ${path.relative(ROOT, SCHEMA_FILE)}`);
}
