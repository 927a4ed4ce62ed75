/** Reading the per-environment global outputs of a finished Workflow. */
import { expect, test } from '@jest/globals';
import { environmentOutputs } from '../../src/argo/outputs.ts';

test('stack-outputs-<id> parameters become stack outputs per environment; others are ignored or flagged', () => {
  const r = environmentOutputs([
    { name: 'stack-outputs-prod', value: '{"Api":{"Url":"https://prod"}}' },
    { name: 'stack-outputs-dev', value: '{"Api":{"Url":"https://dev"},"Net":{}}' },
    { name: 'stack-outputs-broken', value: '{"Api":{"Port":443}}' },
    { name: 'stack-outputs-garbage', value: 'not json' },
    { name: 'something-else', value: '{}' },
    { name: 'stack-outputs-empty' },
  ]);
  expect(r.environments).toEqual([
    { environment: 'dev', outputs: { Api: { Url: 'https://dev' }, Net: {} } },
    { environment: 'empty', outputs: {} },
    { environment: 'prod', outputs: { Api: { Url: 'https://prod' } } },
  ]);
  expect(r.invalid).toEqual(['stack-outputs-broken', 'stack-outputs-garbage']);
});
