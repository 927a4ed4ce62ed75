import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runAction } from '../harness/run-action.ts';
import { kubeconfigYaml } from '../sandbox/kube.ts';
import { applyInputs, kubeSandbox, type KubeSandbox } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

const run = (extra: Record<string, string> = {}, env: Record<string, string | undefined> = {}) =>
  runAction({ inputs: applyInputs(sb, extra), workspace: sb.workspace, env });

function oneError(r: Awaited<ReturnType<typeof run>>): string {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  return r.errors[0]?.message ?? '';
}

describe('apply: errors a user can act on', () => {
  test('401: the token is refused; the hint lists the permissions needed', async () => {
    writeFileSync(path.join(sb.workspace, 'bad.yaml'), kubeconfigYaml(sb.server.url, { token: 'expired-token' }));
    const msg = oneError(await run({ kubeconfig: 'bad.yaml' }));
    expect(msg).toContain(`the Kubernetes API at ${sb.server.url} (kubeconfig context "sandbox"`);
    expect(msg).toContain('rejected the credentials (401 Unauthorized)');
    expect(msg).toContain('workflowtemplates.argoproj.io in namespace argo: get, create, patch');
  });

  test('403: the server message, the verbs and resources, and a Role to copy', async () => {
    sb.kube.forbidden.add('patch workflowtemplates');
    try {
      const msg = oneError(await run());
      expect(msg).toContain('Kubernetes RBAC denied patch workflowtemplates "shop-template" in namespace argo (403 Forbidden): workflowtemplates.argoproj.io "shop-template" is forbidden: User "aphex-ci" cannot patch resource "workflowtemplates"');
      expect(msg).toContain('verbs: ["get", "create", "patch"]');
      expect(msg).toContain('kind: RoleBinding');
    } finally {
      sb.kube.forbidden.clear();
    }
  });

  test('Argo Workflows not installed: says so, naming the CRD', async () => {
    sb.kube.argoInstalled = false;
    const applies = sb.server.callsOf('applyWorkflowTemplate').length;
    try {
      const msg = oneError(await run());
      expect(msg).toContain('Argo Workflows is not installed (CRD argoproj.io/v1alpha1 WorkflowTemplate not found)');
      expect(sb.server.callsOf('applyWorkflowTemplate')).toHaveLength(applies);
    } finally {
      sb.kube.argoInstalled = true;
    }
  });

  test('422: the server field errors are listed', async () => {
    sb.kube.invalidNext = [{ reason: 'FieldValueInvalid', message: 'Invalid value: "x": must be no more than 63 characters', field: 'spec.templates[3].name' }];
    const msg = oneError(await run());
    expect(msg).toContain('The Kubernetes API rejected workflowtemplates "shop-template" as invalid (422)');
    expect(msg).toContain('  spec.templates[3].name: Invalid value: "x": must be no more than 63 characters');
  });

  test('a namespace that does not exist is named', async () => {
    const msg = oneError(await run({ namespace: 'argo-missing' }));
    expect(msg).toContain('Namespace "argo-missing" does not exist');
  });

  test('an unreachable API server: the error names the endpoint', async () => {
    writeFileSync(path.join(sb.workspace, 'closed.yaml'), kubeconfigYaml('http://127.0.0.1:9', { token: 't' }));
    const r = await run({ kubeconfig: 'closed.yaml' });
    const msg = oneError(r);
    expect(msg).toContain('Cannot reach the Kubernetes API at http://127.0.0.1:9');
    expect(msg).toContain('ECONNREFUSED');
    expect(r.durationMs).toBeLessThan(30_000);
  });

  test('no kubeconfig and no cluster-name: says what to set', async () => {
    const msg = oneError(await run({ kubeconfig: '' }, { KUBECONFIG: undefined }));
    expect(msg).toMatch(/No kubeconfig found: .*\.kube\/config \(from ~\/\.kube\/config\) does not exist/);
    expect(msg).toContain('Set cluster-name');
  });

  test('throttling and a 503 are retried, then the apply succeeds', async () => {
    sb.server.fault({ kind: 'throttle', operation: 'getWorkflowTemplate' });
    sb.server.fault({ kind: '5xx', operation: 'applyWorkflowTemplate' });
    const r = await run();
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(['created', 'configured', 'unchanged']).toContain(r.outputs['apply-result']);
  });

  test('a dropped connection is retried', async () => {
    sb.server.fault({ kind: 'reset', operation: 'discovery' });
    const r = await run();
    expect(r.code).toBe(0);
  });
});

describe('kubeconfig sources', () => {
  test('KUBECONFIG is used when the input is empty', async () => {
    const r = await run({ kubeconfig: '' }, { KUBECONFIG: path.join(sb.workspace, sb.kubeconfig) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kubeconfig context "sandbox"');
  });

  test('~/.kube/config is the last resort', async () => {
    const { mkdirSync } = await import('node:fs');
    const home = path.join(sb.workspace, 'home');
    mkdirSync(path.join(home, '.kube'), { recursive: true });
    writeFileSync(path.join(home, '.kube', 'config'), kubeconfigYaml(sb.server.url, { token: 'sandbox-token-0123456789abcdef' }, 'home-ctx'));
    const r = await run({ kubeconfig: '' }, { KUBECONFIG: undefined, HOME: home });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kubeconfig context "home-ctx"');
  });

  test('an exec plugin provides the token, as the kubeconfig says', async () => {
    const plugin = path.join(sb.workspace, 'plugin.mjs');
    writeFileSync(
      plugin,
      `process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential', status: { token: process.env.SANDBOX_TOKEN } }));\n`,
    );
    const user = { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: process.execPath, args: [plugin], env: [{ name: 'SANDBOX_TOKEN', value: 'sandbox-token-0123456789abcdef' }], interactiveMode: 'Never' } };
    writeFileSync(path.join(sb.workspace, 'exec.yaml'), kubeconfigYaml(sb.server.url, user));
    const r = await run({ kubeconfig: 'exec.yaml' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
  });
});
