import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { leaks, runAction } from '../harness/run-action.ts';
import { checkEksToken, startEks, type EksEmulator } from '../sandbox/eks.ts';
import type { LoopbackServer } from '../sandbox/server.ts';
import { kubeSandbox, type KubeSandbox } from './fixture.ts';

const KEYS = { accessKeyId: 'AKIASANDBOXEKS000001', secretAccessKey: 'sandbox/secret+key/for/eks/tests/0000000' };
const CHECK = { clusterName: 'platform-prod', region: 'eu-west-1', ...KEYS };

let sb: KubeSandbox;
let eksServer: LoopbackServer;
let eks: EksEmulator;
beforeAll(async () => {
  sb = await kubeSandbox({ eks: CHECK });
  ({ server: eksServer, eks } = await startEks());
  eks.addCluster({ name: 'platform-prod', endpoint: sb.server.url });
});
afterAll(async () => {
  await sb.close();
  await eksServer.close();
});

const run = (extra: Record<string, string> = {}, env: Record<string, string | undefined> = {}) =>
  runAction({
    inputs: { command: 'apply', pipeline: 'shop', 'cluster-name': 'platform-prod', 'aws-region': 'eu-west-1', ...extra },
    workspace: sb.workspace,
    env: { AWS_ACCESS_KEY_ID: KEYS.accessKeyId, AWS_SECRET_ACCESS_KEY: KEYS.secretAccessKey, AWS_ENDPOINT_URL_EKS: eksServer.url, KUBECONFIG: undefined, ...env },
  });

describe('apply on EKS: DescribeCluster + a token like aws eks get-token', () => {
  test('connects with the endpoint from DescribeCluster and a valid, signed, masked token', async () => {
    const r = await run();
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['apply-result']).toBe('created');
    expect(eksServer.callsOf('DescribeCluster').at(-1)?.path).toBe('/clusters/platform-prod');
    expect(r.stdout).toContain(`Kubernetes API: ${sb.server.url} (EKS cluster "platform-prod")`);
    expect(sb.kube.tokensSeen.length).toBeGreaterThanOrEqual(1);
    for (const t of sb.kube.tokensSeen) expect(typeof checkEksToken(t, CHECK)).toBe('object');
    // One token for the whole (short) run, masked before use, never printed.
    expect(sb.kube.tokensSeen).toHaveLength(1);
    expect(r.masks).toContain(sb.kube.tokensSeen[0]);
    expect(leaks(r, [...sb.kube.tokensSeen, KEYS.secretAccessKey])).toEqual([]);
  });

  test('a rejected token is replaced by a newly signed one and the call retried', async () => {
    sb.kube.tokensSeen.length = 0;
    sb.kube.tokenMaxUses = 1;
    try {
      const r = await run();
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      const tokens = sb.kube.tokensSeen;
      expect(tokens.length).toBeGreaterThanOrEqual(3);
      const dates = tokens.map((t) => (checkEksToken(t, CHECK) as { signedAt: Date }).signedAt.getTime());
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
      expect(new Set(tokens).size).toBe(tokens.length);
      for (const t of tokens) expect(r.masks).toContain(t);
    } finally {
      sb.kube.tokenMaxUses = undefined;
    }
  });

  test('a token signed for another cluster is refused with the access-entry hint', async () => {
    eks.addCluster({ name: 'platform-dev', endpoint: sb.server.url });
    const r = await run({ 'cluster-name': 'platform-dev' });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('(EKS cluster "platform-dev") rejected the credentials (401 Unauthorized)');
    expect(r.errors[0]?.message).toContain('aws eks create-access-entry');
  });

  test('an unknown cluster: says which cluster and region', async () => {
    const r = await run({ 'cluster-name': 'nope' });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('EKS cluster "nope" does not exist in region eu-west-1.');
  });

  test('DescribeCluster denied: names the IAM action', async () => {
    eks.denied.add(KEYS.accessKeyId);
    try {
      const r = await run();
      expect(r.code).toBe(1);
      expect(r.errors[0]?.message).toContain('AWS denied eks:DescribeCluster on "platform-prod"');
    } finally {
      eks.denied.clear();
    }
  });

  test('DescribeCluster throttled once: retried', async () => {
    eksServer.fault({ kind: 'throttle', operation: 'DescribeCluster' });
    const r = await run();
    expect(r.code).toBe(0);
  });

  test('HTTP_PROXY is honoured for the cluster endpoint', async () => {
    const seen: string[] = [];
    const proxy = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      const up = http.request(req.url as string, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      up.on('error', () => res.destroy());
      req.pipe(up);
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
      const r = await run({}, { HTTP_PROXY: url, NO_PROXY: '' });
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      expect(seen).toEqual(expect.arrayContaining([`PATCH ${sb.server.url}/apis/argoproj.io/v1alpha1/namespaces/argo/workflowtemplates/shop-template?fieldManager=aphex-pipeline&force=false`]));
    } finally {
      proxy.closeAllConnections();
      await new Promise<void>((r) => proxy.close(() => r()));
    }
  });
});
