/**
 * TLS for real: the emulator behind a TLS front with certificates made by openssl at test time.
 * certificate-authority(-data), tls-server-name, client certificates (mutual TLS), an untrusted
 * server, and the in-cluster configuration with redirected service-account paths.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inClusterAccess, inClusterConfig } from '../../src/kube/in-cluster.ts';
import { runAction } from '../harness/run-action.ts';
import { makePki, startTlsFront, TLS_SERVER_NAME, type TestPki, type TlsFront } from '../sandbox/kube-tls.ts';
import { applyInputs, kubeSandbox, TOKEN, type KubeSandbox } from './fixture.ts';

type Obj = Record<string, unknown>;

let pki: TestPki;
let sb: KubeSandbox;
let front: TlsFront;
let mtlsBackend: KubeSandbox;
let mtls: TlsFront;
beforeAll(async () => {
  pki = makePki();
  sb = await kubeSandbox();
  front = await startTlsFront(pki, sb.server.url);
  mtlsBackend = await kubeSandbox({});
  mtls = await startTlsFront(pki, mtlsBackend.server.url, { requireClientCert: true });
  for (const f of ['ca.crt', 'client.crt', 'client.key', 'other-ca.crt']) copyFileSync(path.join(pki.dir, f), path.join(sb.workspace, f));
});
afterAll(async () => {
  await front.close();
  await mtls.close();
  await sb.close();
  await mtlsBackend.close();
});

function kubeconfig(name: string, server: string, cluster: Obj, user: Obj): string {
  const doc = {
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'tls',
    clusters: [{ name: 'tls', cluster: { server, ...cluster } }],
    users: [{ name: 'ci', user }],
    contexts: [{ name: 'tls', context: { cluster: 'tls', user: 'ci' } }],
  };
  writeFileSync(path.join(sb.workspace, name), JSON.stringify(doc));
  return name;
}

const run = (file: string, env: Record<string, string | undefined> = {}) => runAction({ inputs: applyInputs(sb, { kubeconfig: file }), workspace: sb.workspace, env });

function oneError(r: Awaited<ReturnType<typeof run>>): string {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  return r.errors[0]?.message ?? '';
}

describe('TLS with a kubeconfig', () => {
  test('certificate-authority file and tls-server-name: verified against that name, sent as SNI', async () => {
    const port = new URL(front.url).port;
    const r = await run(kubeconfig('ca.yaml', `https://localhost:${port}`, { 'certificate-authority': 'ca.crt', 'tls-server-name': TLS_SERVER_NAME }, { token: TOKEN }));
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(front.serverNames.at(-1)).toBe(TLS_SERVER_NAME);
  });

  test('certificate-authority-data and a client certificate (mutual TLS)', async () => {
    const data = (f: string): string => readFileSync(path.join(pki.dir, f)).toString('base64');
    const r = await run(kubeconfig('mtls.yaml', mtls.url, { 'certificate-authority-data': data('ca.crt') }, { 'client-certificate': 'client.crt', 'client-key-data': data('client.key') }));
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(mtls.clientSubjects).toContain('aphex-ci');
  });

  test('a server whose certificate is not from the trusted CA, or not for tls-server-name, is refused at once', async () => {
    const untrusted = oneError(await run(kubeconfig('other-ca.yaml', front.url, { 'certificate-authority': 'other-ca.crt' }, { token: TOKEN })));
    expect(untrusted).toContain(`The TLS certificate of the Kubernetes API at ${front.url}`);
    expect(untrusted).toMatch(/not signed by a trusted certificate authority|self-signed/i);
    expect(untrusted).toContain('certificate-authority');
    const wrongName = await run(kubeconfig('wrong-name.yaml', front.url, { 'certificate-authority': 'ca.crt', 'tls-server-name': 'other.internal' }, { token: TOKEN }));
    const msg = oneError(wrongName);
    expect(msg).toContain('is not valid for the name other.internal');
    expect(wrongName.durationMs).toBeLessThan(15_000);
  });

  test('insecure-skip-tls-verify with a certificate authority is refused, as kubectl refuses it', async () => {
    const msg = oneError(await run(kubeconfig('both.yaml', front.url, { 'certificate-authority': 'ca.crt', 'insecure-skip-tls-verify': true }, { token: TOKEN })));
    expect(msg).toContain('sets both insecure-skip-tls-verify and a certificate-authority');
  });
});

describe('in-cluster configuration', () => {
  function serviceAccount(token: string): { dir: string; env: Record<string, string> } {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-sa-'));
    writeFileSync(path.join(dir, 'token'), token);
    writeFileSync(path.join(dir, 'namespace'), 'argo\n');
    copyFileSync(pki.caCert, path.join(dir, 'ca.crt'));
    return {
      dir,
      env: {
        KUBERNETES_SERVICE_HOST: '127.0.0.1',
        KUBERNETES_SERVICE_PORT: new URL(front.url).port,
        APHEX_SA_TOKEN_FILE: path.join(dir, 'token'),
        APHEX_SA_CA_FILE: path.join(dir, 'ca.crt'),
        APHEX_SA_NAMESPACE_FILE: path.join(dir, 'namespace'),
      },
    };
  }

  test('no kubeconfig inside a pod: the service account token and CA, through the bundled action', async () => {
    const sa = serviceAccount(`${TOKEN}\n`);
    const r = await runAction({ inputs: applyInputs(sb, { kubeconfig: '' }), workspace: sb.workspace, env: sa.env });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Kubernetes API: ${front.url} (in-cluster service account (${sa.env.APHEX_SA_TOKEN_FILE}))`);
    expect(r.masks).toContain(TOKEN);
  });

  test('the configuration other programs reuse: IPv6 host, namespace, and a token read again after it rotates', async () => {
    const sa = serviceAccount('token-one');
    const cfg = inClusterConfig({ ...sa.env, KUBERNETES_SERVICE_HOST: 'fd00::1' });
    expect(cfg.server).toBe(`https://[fd00::1]:${sa.env.KUBERNETES_SERVICE_PORT}`);
    expect(cfg.namespace).toBe('argo');
    expect(inClusterConfig({ ...sa.env, POD_NAMESPACE: 'ci' }).namespace).toBe('ci');
    const masked: string[] = [];
    const access = inClusterAccess(sa.env, (v) => masked.push(v));
    expect((await access.prepare()).headers.authorization).toBe('Bearer token-one');
    expect(await access.renew?.()).toBe(false);
    writeFileSync(sa.env.APHEX_SA_TOKEN_FILE as string, 'token-two');
    expect(await access.renew?.()).toBe(true);
    expect((await access.prepare()).headers.authorization).toBe('Bearer token-two');
    expect(masked).toEqual(['token-one', 'token-two']);
    expect(() => inClusterConfig({})).toThrow(/KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set/);
  });
});
