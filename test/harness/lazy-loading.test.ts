/**
 * Lazy loading through the bundle: commands that never call AWS load no AWS SDK code. Checked on
 * the files the bundled action actually loads (a node:module load hook), not on the sources.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import path from 'node:path';
import { actionEntry, runAction } from './run-action.ts';
import { recordLoads, sdkChunks } from './loaded-chunks.ts';
import { applyInputs, kubeSandbox, type KubeSandbox } from '../kube/fixture.ts';

const bundle = path.dirname(actionEntry());
let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

describe('lazy loading', () => {
  test('the marker finds the AWS SDK where it is loaded (credentials)', async () => {
    const rec = recordLoads(bundle);
    await runAction({ inputs: { command: 'credentials', 'aws-region': 'eu-west-1' }, env: { ...rec.env, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: 'http://127.0.0.1:9' }, workspace: sb.workspace, timeoutMs: 30_000 });
    expect(sdkChunks(rec.loaded()).length).toBeGreaterThan(0);
  });

  test.each([
    ['validate', {}],
    ['render', {}],
    ['apply with a kubeconfig', { 'dry-run': 'true' }],
  ])('%s loads no AWS SDK code', async (name, extra) => {
    const rec = recordLoads(bundle);
    const command = name.split(' ')[0] as string;
    const inputs = command === 'apply' ? applyInputs(sb, extra) : { command, pipeline: 'shop', namespace: 'argo' };
    const r = await runAction({ inputs, env: rec.env, workspace: sb.workspace });
    expect(r.code).toBe(0);
    expect(rec.loaded().length).toBeGreaterThan(1);
    expect(sdkChunks(rec.loaded()).map((f) => path.basename(f))).toEqual([]);
  });
});
