/**
 * The published schema: a valid draft-07 schema editors can use, the example declares it, and the
 * ahead-of-time validator in src/ is exactly ajv's code for it (regenerate with
 * `node_modules/.bin/node --experimental-strip-types test/aphex/generate-validator.ts`).
 */
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import { validate as generated } from '../../src/aphex/schema-validator.generated.ts';
import { ROOT } from '../harness/run-action.ts';
import { AJV_OPTIONS, GENERATED, generateValidatorSource } from './generate-validator.ts';
import { validConfig } from './arbitraries.ts';

const SCHEMA = JSON.parse(readFileSync(path.join(ROOT, 'schemas/aphex-config.schema.json'), 'utf8')) as Record<string, unknown>;

describe('schemas/aphex-config.schema.json', () => {
  test('is a strict, valid draft-07 schema that accepts the example', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    expect(ajv.validateSchema(SCHEMA)).toBe(true);
    const validate = ajv.compile(SCHEMA);
    const example = readFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), 'utf8');
    expect(example.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/aphex-config.schema.json');
    expect(validate(parse(example))).toBe(true);
  });

  test('the generated validator is up to date', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(generateValidatorSource());
  });

  test('the generated validator agrees with ajv compiling the schema at run time (200 runs)', () => {
    const runtime = new Ajv({ ...AJV_OPTIONS }).compile(SCHEMA);
    const mutated = validConfig({ maxEnvs: 3 }).chain((c) =>
      fc.constantFrom<((x: Record<string, unknown>) => void)[]>(
        [],
        [(x) => delete x.build],
        [(x) => (x.extra = 1)],
        [(x) => ((x.environments as Record<string, unknown>[])[0]!.account = 12)],
        [(x) => ((x.environments as Record<string, unknown>[])[0]!.name = 'n'.repeat(51))],
        [(x) => ((x.environments as Record<string, unknown>[])[0]!.name = '😀'.repeat(50))],
        [(x) => (x.images = { all: 'UPPER/case' })],
      ).map((fns) => {
        const x = structuredClone(c) as unknown as Record<string, unknown>;
        for (const f of fns) f(x);
        return x;
      }),
    );
    fc.assert(
      fc.property(mutated, (data) => {
        const a = runtime(data);
        const b = (generated as (d: unknown) => boolean)(data);
        expect(b).toBe(a);
        const strip = (errs: unknown) => JSON.stringify((errs as { instancePath: string; keyword: string }[] | null)?.map((e) => [e.instancePath, e.keyword]) ?? null);
        expect(strip((generated as unknown as { errors: unknown }).errors)).toBe(strip(runtime.errors));
      }),
      { numRuns: 200 },
    );
  });
});
