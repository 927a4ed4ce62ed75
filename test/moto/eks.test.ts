/**
 * apply with cluster-name against moto's EKS (clusters created through moto's own API): the
 * action must use the endpoint DescribeCluster returns, and DescribeCluster's errors must read
 * well. moto's cluster endpoints are made-up *.eks.amazonaws.com hosts, so reaching one fails:
 * the failure must name that very endpoint.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { CreateClusterCommand, EKSClient } from '@aws-sdk/client-eks';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction, type RunResult } from '../harness/run-action.ts';
import { startOidc, type OidcSandbox } from '../sandbox/oidc.ts';
import { MOTO_ACCOUNT, MOTO_KEYS, startMoto, type Moto } from './moto.ts';

let moto: Moto;
let oidc: OidcSandbox;
let endpoint = '';
const workspace = mkdtempSync(path.join(os.tmpdir(), 'aphex-moto-eks-'));
copyFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), path.join(workspace, 'aphex-config.yaml'));

beforeAll(async () => {
  [moto, oidc] = await Promise.all([startMoto(), startOidc()]);
  const eks = new EKSClient({ region: 'eu-west-1', endpoint: moto.url, credentials: { accessKeyId: MOTO_KEYS.AWS_ACCESS_KEY_ID, secretAccessKey: MOTO_KEYS.AWS_SECRET_ACCESS_KEY } });
  const created = await eks.send(
    new CreateClusterCommand({ name: 'platform-prod', roleArn: `arn:aws:iam::${MOTO_ACCOUNT}:role/eks-cluster`, resourcesVpcConfig: { subnetIds: ['subnet-0123456789abcdef0'] } }),
  );
  endpoint = created.cluster?.endpoint ?? '';
}, 30_000);
afterAll(async () => {
  await moto?.close();
  await oidc?.server.close();
});

function apply(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<RunResult> {
  return runAction({
    inputs: { command: 'apply', pipeline: 'shop', 'aws-region': 'eu-west-1', ...inputs },
    workspace,
    env: { AWS_ENDPOINT_URL: moto.url, KUBECONFIG: '', ...env },
    timeoutMs: 60_000,
  });
}

describe('moto EKS', () => {
  test('OIDC → moto STS → DescribeCluster: the cluster endpoint moto returned is the one used', async () => {
    expect(endpoint).toMatch(/^https:\/\/[^/]+\.eks\.amazonaws\.com\/?$/);
    const host = new URL(endpoint).host;
    const r = await apply({ 'cluster-name': 'platform-prod', 'role-to-assume': `arn:aws:iam::${MOTO_ACCOUNT}:role/github-deploy` }, oidc.env);
    expect(r.code).toBe(1);
    expect(r.outputs['aws-account-id']).toBe(MOTO_ACCOUNT);
    expect(r.errors).toHaveLength(1);
    expect(r.stdout).toContain(host);
    expect(r.errors[0]!.message).toContain(host);
    expect(r.errors[0]!.message).toContain('EKS cluster "platform-prod"');
    expect(r.durationMs).toBeLessThan(45_000);
  });

  test('an unknown cluster: ResourceNotFoundException in plain words, with status and code', async () => {
    const r = await apply({ 'cluster-name': 'nope' }, MOTO_KEYS);
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    const m = r.errors[0]!.message;
    expect(m).toMatch(/^EKS cluster "nope" does not exist in region eu-west-1\. EKS DescribeCluster answered HTTP 404 ResourceNotFoundException: No cluster found for name: nope; request id \w+\.\n/);
    expect(m).toContain('Check cluster-name and aws-region');
    expect(r.durationMs).toBeLessThan(10_000);
  });
});
