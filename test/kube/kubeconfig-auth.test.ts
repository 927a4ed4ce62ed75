/**
 * Kubeconfig authentication through the bundled action against the Kubernetes emulator:
 * exec plugins (cached until expiry, run again after a 401, failures explained), tokenFile,
 * basic auth, proxy-url, and what is refused (auth-provider, SOCKS proxies).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { leaks, runAction } from '../harness/run-action.ts';
import { succeedingScript } from '../sandbox/kube.ts';
import { startForwardProxy } from '../sandbox/kube-tls.ts';
import { applyInputs, kubeSandbox, type KubeSandbox } from './fixture.ts';

type Obj = Record<string, unknown>;

let sb: KubeSandbox;
let basic: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox({ acceptToken: (t) => /^exec-token-\d+-[a-z0-9]+$/.test(t) || t === 'file-token-0123456789' });
  basic = await kubeSandbox({ basic: { username: 'deployer', password: 'basic-secret-0123' } });
  writeFileSync(path.join(sb.workspace, 'plugin.mjs'), PLUGIN);
});
afterAll(async () => {
  await sb.close();
  await basic.close();
});

/** The exec plugin: counts its runs, records KUBERNETES_EXEC_INFO, prints a fresh token valid TTL_SECONDS. */
const PLUGIN = `
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
const count = process.env.COUNT_FILE;
let n = 0;
try { n = Number(readFileSync(count, 'utf8')); } catch {}
n++;
writeFileSync(count, String(n));
appendFileSync(process.env.INFO_FILE, process.env.KUBERNETES_EXEC_INFO + '\\n');
const token = 'exec-token-' + n + '-' + Math.random().toString(36).slice(2, 10);
const expirationTimestamp = new Date(Date.now() + Number(process.env.TTL_SECONDS) * 1000).toISOString();
process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token, expirationTimestamp } }));
`;

/** Writes a kubeconfig with this user for `target` into the workspace; returns its name. */
function kubeconfig(target: KubeSandbox, name: string, user: Obj, cluster: Obj = {}): string {
  const doc = {
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'ci',
    clusters: [{ name: 'sandbox', cluster: { server: target.server.url, ...cluster } }],
    users: [{ name: 'ci', user }],
    contexts: [{ name: 'ci', context: { cluster: 'sandbox', user: 'ci' } }],
  };
  writeFileSync(path.join(target.workspace, name), JSON.stringify(doc));
  return name;
}

let runId = 0;
function execUser(ttlSeconds: number, extra: Obj = {}): { user: Obj; runs: () => number; infos: () => Obj[] } {
  runId++;
  const count = path.join(sb.workspace, `runs-${runId}`);
  const info = path.join(sb.workspace, `info-${runId}`);
  writeFileSync(info, '');
  const env = [
    { name: 'COUNT_FILE', value: count },
    { name: 'INFO_FILE', value: info },
    { name: 'TTL_SECONDS', value: String(ttlSeconds) },
  ];
  return {
    user: { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: process.execPath, args: [path.join(sb.workspace, 'plugin.mjs')], env, interactiveMode: 'Never', provideClusterInfo: true, ...extra } },
    runs: () => Number(readFileSync(count, 'utf8')),
    infos: () => readFileSync(info, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Obj),
  };
}

const run = (target: KubeSandbox, file: string, extra: Record<string, string> = {}) => runAction({ inputs: applyInputs(target, { kubeconfig: file, ...extra }), workspace: target.workspace });

function oneError(r: Awaited<ReturnType<typeof run>>): string {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  return r.errors[0]?.message ?? '';
}

describe('exec credential plugins', () => {
  test('run once and cached while valid; told it is not interactive and which cluster; the token is masked', async () => {
    sb.kube.script = () => succeedingScript([], 100);
    const p = execUser(3600);
    const r = await run(sb, kubeconfig(sb, 'exec.yaml', p.user), { submit: 'true' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(p.runs()).toBe(1);
    const [info] = p.infos();
    expect(info).toEqual({ kind: 'ExecCredential', apiVersion: 'client.authentication.k8s.io/v1', spec: { interactive: false, cluster: { server: sb.server.url } } });
    const tokens = sb.kube.tokensSeen.filter((t) => t.startsWith('exec-token-1-'));
    expect(tokens).toHaveLength(1);
    expect(r.masks).toContain(tokens[0]);
    expect(leaks(r, tokens)).toEqual([]);
  });

  test('run again when the credential expires', async () => {
    sb.kube.script = () => succeedingScript([], 700);
    const p = execUser(1);
    const r = await run(sb, kubeconfig(sb, 'exec-short.yaml', p.user), { submit: 'true' });
    expect(r.errors).toEqual([]);
    expect(p.runs()).toBeGreaterThanOrEqual(2);
    expect(p.runs()).toBeLessThanOrEqual(10);
  });

  test('run again after a 401, and the request repeated with the new token', async () => {
    sb.kube.tokenMaxUses = 2;
    try {
      const p = execUser(3600);
      const r = await run(sb, kubeconfig(sb, 'exec-401.yaml', p.user));
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      expect(p.runs()).toBeGreaterThanOrEqual(2);
    } finally {
      sb.kube.tokenMaxUses = undefined;
    }
  });

  test('a plugin that fails: its name, exit code and the end of its standard error', async () => {
    const script = path.join(sb.workspace, 'fake-login');
    writeFileSync(script, '#!/bin/sh\necho "starting" >&2\necho "error: no credentials for profile ci; run fake-login --device" >&2\nexit 3\n');
    chmodSync(script, 0o755);
    const msg = oneError(await run(sb, kubeconfig(sb, 'exec-fail.yaml', { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: './fake-login' } })));
    expect(msg).toContain('The exec plugin "fake-login" of user "ci" in');
    expect(msg).toContain('exited with code 3');
    expect(msg).toContain('error: no credentials for profile ci; run fake-login --device');
  });

  test('a plugin that is not installed, or prints no ExecCredential, or needs a terminal', async () => {
    const missing = oneError(await run(sb, kubeconfig(sb, 'exec-missing.yaml', { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'kubelogin-not-installed', interactiveMode: 'Never', installHint: 'Install kubelogin: https://azure.github.io/kubelogin' } })));
    expect(missing).toContain('The exec plugin "kubelogin-not-installed"');
    expect(missing).toContain('is not installed: no "kubelogin-not-installed" on PATH');
    expect(missing).toContain('Install kubelogin: https://azure.github.io/kubelogin');
    const bad = oneError(await run(sb, kubeconfig(sb, 'exec-bad.yaml', { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: process.execPath, args: ['-e', 'console.log("<html>login</html>"); console.error("warn: old version")'], interactiveMode: 'Never' } })));
    expect(bad).toMatch(/exited with code 0 but printed \d+ bytes that are not JSON/);
    expect(bad).toContain('warn: old version');
    const always = oneError(await run(sb, kubeconfig(sb, 'exec-always.yaml', { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'kubelogin', interactiveMode: 'Always' } })));
    expect(always).toContain('needs a terminal (interactiveMode: Always)');
  });
});

describe('other kubeconfig credentials', () => {
  test('tokenFile, relative to the kubeconfig; the token is masked', async () => {
    writeFileSync(path.join(sb.workspace, 'token.txt'), 'file-token-0123456789\n');
    const r = await run(sb, kubeconfig(sb, 'tokenfile.yaml', { tokenFile: 'token.txt' }));
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.masks).toContain('file-token-0123456789');
    expect(sb.server.calls.at(-1)?.headers.authorization).toBe('Bearer file-token-0123456789');
  });

  test('basic auth; the password is masked', async () => {
    const r = await run(basic, kubeconfig(basic, 'basic.yaml', { username: 'deployer', password: 'basic-secret-0123' }));
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.masks).toContain('basic-secret-0123');
    const wrong = oneError(await run(basic, kubeconfig(basic, 'basic-wrong.yaml', { username: 'deployer', password: 'nope' })));
    expect(wrong).toContain('rejected the credentials (401 Unauthorized)');
  });

  test('proxy-url: every request goes through the proxy', async () => {
    const proxy = await startForwardProxy();
    try {
      writeFileSync(path.join(sb.workspace, 'token.txt'), 'file-token-0123456789\n');
      const r = await run(sb, kubeconfig(sb, 'proxied.yaml', { tokenFile: 'token.txt' }, { 'proxy-url': proxy.url }));
      expect(r.errors).toEqual([]);
      expect(proxy.seen).toContain(`GET ${sb.server.url}/apis/argoproj.io/v1alpha1`);
      expect(proxy.seen.some((l) => l.startsWith(`PATCH ${sb.server.url}/apis/argoproj.io/v1alpha1/namespaces/argo/workflowtemplates/`))).toBe(true);
    } finally {
      await proxy.close();
    }
  });

  test('refused clearly: auth-provider, a SOCKS proxy, a context that does not exist', async () => {
    const ap = oneError(await run(sb, kubeconfig(sb, 'ap.yaml', { 'auth-provider': { name: 'oidc', config: { 'client-id': 'x' } } })));
    expect(ap).toContain('uses auth-provider "oidc", which is not supported');
    expect(ap).toContain('kubelogin');
    const socks = oneError(await run(sb, kubeconfig(sb, 'socks.yaml', { token: 't' }, { 'proxy-url': 'socks5://127.0.0.1:1080' })));
    expect(socks).toContain('SOCKS is not supported');
    const ctx = oneError(await run(sb, kubeconfig(sb, 'ctx.yaml', { token: 't' }), { 'kube-context': 'prod' }));
    expect(ctx).toContain('context "prod" (from the kube-context input) is not defined');
    expect(ctx).toContain('It defines the contexts ci.');
  });
});
