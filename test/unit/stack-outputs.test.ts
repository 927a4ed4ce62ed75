import { describe, expect, test } from '@jest/globals';
import { planStackOutputs } from '../../src/stack-outputs.js';

describe('stack-outputs contract', () => {
  test('JSON keyed by stack, per-key outputs only for keys unique across stacks', () => {
    const plan = planStackOutputs({
      'web-prod': { Url: 'https://x', BucketName: 'b1' },
      'db-prod': { BucketName: 'b2', Endpoint: 'db:5432' },
    });
    expect(JSON.parse(plan.json)).toEqual({ 'db-prod': { BucketName: 'b2', Endpoint: 'db:5432' }, 'web-prod': { BucketName: 'b1', Url: 'https://x' } });
    expect(plan.perKey).toEqual([
      ['Endpoint', 'db:5432'],
      ['Url', 'https://x'],
    ]);
    expect(plan.ambiguous).toEqual(['BucketName']);
  });

  test('a key named like a declared output is never set on its own', () => {
    const plan = planStackOutputs({ s: { 'execution-id': 'x', Other: 'y' } });
    expect(plan.perKey).toEqual([['Other', 'y']]);
    expect(plan.ambiguous).toEqual(['execution-id']);
  });

  test('no stacks: an empty JSON object', () => {
    expect(planStackOutputs({})).toEqual({ json: '{}', perKey: [], ambiguous: [] });
  });
});
