/**
 * kubectl is the oracle: for each set of kubeconfig files, the context, cluster and user our
 * loader picks must be the ones `kubectl config view --merge --minify` picks with the same
 * KUBECONFIG list (and --flatten shows which certificate files relative paths lead to).
 * Without kubectl these tests fail: they never skip.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKubeconfig } from '../../src/kube/kubeconfig.ts';
import { selectContext } from '../../src/kube/kubeconfig-model.ts';

const KUBECTL = process.env.KUBECTL ?? 'kubectl';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-kubectl-oracle-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Obj = Record<string, unknown>;

/** Writes a file under the temp folder (creating folders) and returns its absolute path. */
function put(rel: string, content: string | Obj): string {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
  return p;
}

function kubectl(files: string[], args: string[]): Obj {
  try {
    const out = execFileSync(KUBECTL, ['config', 'view', '--merge', '--minify', '-o', 'json', ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, KUBECONFIG: files.join(path.delimiter) },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out) as Obj;
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') throw new Error(`kubectl (${KUBECTL}) is not installed: these tests use it as the oracle of kubeconfig semantics. Install kubectl or set KUBECTL to its path.`);
    throw new Error(`kubectl config view failed: ${err.stderr ?? err.message}`);
  }
}

const b64 = (p: string | undefined): string | undefined => (p === undefined ? undefined : readFileSync(p).toString('base64'));
const first = (o: Obj, key: string): Obj => ((o[key] as Obj[])[0] ?? {}) as Obj;

/** What kubectl picks, in a comparable shape. */
function kubectlPick(files: string[], context = ''): Obj {
  const ctxArgs = context ? ['--context', context] : [];
  const raw = kubectl(files, ['--raw', ...ctxArgs]);
  const flat = kubectl(files, ['--flatten', ...ctxArgs]);
  const c = first(raw, 'clusters');
  const cluster = c.cluster as Obj;
  const u = first(raw, 'users');
  const user = (u.user ?? {}) as Obj;
  const flatUser = (first(flat, 'users').user ?? {}) as Obj;
  const exec = user.exec as Obj | undefined;
  return {
    context: context || raw['current-context'],
    cluster: c.name,
    user: u.name,
    server: cluster.server,
    tlsServerName: cluster['tls-server-name'],
    insecure: cluster['insecure-skip-tls-verify'] ?? false,
    proxyUrl: cluster['proxy-url'],
    ca: (first(flat, 'clusters').cluster as Obj)['certificate-authority-data'],
    token: user.token,
    tokenFile: user.tokenFile,
    cert: flatUser['client-certificate-data'],
    key: flatUser['client-key-data'],
    exec: exec && { command: exec.command, args: exec.args ?? [], env: exec.env ?? [], apiVersion: exec.apiVersion, interactiveMode: exec.interactiveMode, provideClusterInfo: exec.provideClusterInfo },
  };
}

/** What our loader picks, in the same shape (paths shown relative to the file that set them, as kubectl prints them). */
function ourPick(files: string[], context = ''): Obj {
  const sel = selectContext(loadKubeconfig(files), context);
  const c = sel.cluster.value;
  const u = sel.user?.value ?? {};
  const rel = (p: string | undefined, file: string | undefined): string | undefined => (p === undefined || file === undefined ? undefined : path.relative(path.dirname(file), p));
  const e = u.exec;
  return {
    context: sel.contextName,
    cluster: sel.clusterName,
    user: sel.userName,
    server: c.server,
    tlsServerName: c.tlsServerName,
    insecure: c.insecureSkipTlsVerify,
    proxyUrl: c.proxyUrl,
    ca: c.certificateAuthorityData?.toString('base64') ?? b64(c.certificateAuthority),
    token: u.token,
    tokenFile: rel(u.tokenFile, sel.user?.file),
    cert: u.clientCertificateData?.toString('base64') ?? b64(u.clientCertificate),
    key: u.clientKeyData?.toString('base64') ?? b64(u.clientKey),
    exec: e && {
      command: e.command.includes('/') ? `./${rel(e.command, sel.user?.file)}` : e.command,
      args: e.args,
      env: e.env,
      apiVersion: e.apiVersion,
      interactiveMode: e.interactiveMode,
      provideClusterInfo: e.provideClusterInfo,
    },
  };
}

function same(files: string[], context = ''): Obj {
  const expected = kubectlPick(files, context);
  const ours = ourPick(files, context);
  const defined = (o: Obj): Obj => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  expect(defined(ours)).toEqual(defined(expected));
  return ours;
}

const config = (o: { current?: string; clusters?: Obj; users?: Obj; contexts?: Obj }): Obj => ({
  apiVersion: 'v1',
  kind: 'Config',
  ...(o.current ? { 'current-context': o.current } : {}),
  clusters: Object.entries(o.clusters ?? {}).map(([name, cluster]) => ({ name, cluster })),
  users: Object.entries(o.users ?? {}).map(([name, user]) => ({ name, user })),
  contexts: Object.entries(o.contexts ?? {}).map(([name, context]) => ({ name, context })),
});

describe('kubeconfig merge and selection agree with kubectl', () => {
  test('kubectl is installed (it is the oracle)', () => {
    const v = execFileSync(KUBECTL, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
    expect(JSON.parse(v)).toHaveProperty('clientVersion');
  });

  test('several files: the first to name a cluster, user or context wins, whole entries; duplicates across files are fine', () => {
    put('m/a/ca.crt', 'CA of a');
    put('m/a/certs/u1.crt', 'cert of u1 in a');
    put('m/a/certs/u1.key', 'key of u1 in a');
    put('m/b/ca.crt', 'CA of b');
    const a = put('m/a/config', config({ clusters: { c1: { server: 'https://a.example:6443', 'certificate-authority': 'ca.crt', 'tls-server-name': 'api.a.internal' } }, users: { u1: { 'client-certificate': 'certs/u1.crt', 'client-key': 'certs/u1.key' } }, contexts: { ctx1: { cluster: 'c1', user: 'u1' } } }));
    const b = put('m/b/config', config({ current: 'ctx1', clusters: { c1: { server: 'https://b.example', 'certificate-authority': 'ca.crt', 'proxy-url': 'http://proxy.b:3128' } }, users: { u1: { token: 'token-of-b' } }, contexts: { ctx1: { cluster: 'c1', user: 'u2' } } }));
    const ours = same([a, b]);
    expect(ours).toMatchObject({ server: 'https://a.example:6443', tlsServerName: 'api.a.internal', ca: Buffer.from('CA of a').toString('base64') });
    expect(ours.proxyUrl).toBeUndefined();
    // The other order: b's entries win, and its context names u2 — defined nowhere, which both refuse.
    expect(() => kubectlPick([b, a])).toThrow(/u2/);
    expect(() => ourPick([b, a])).toThrow(/user "u2", which is not defined/);
  });

  test('current-context only in a later file; a missing file in the list is skipped', () => {
    const a = put('cc/a.yaml', config({ clusters: { dev: { server: 'https://dev.example', 'insecure-skip-tls-verify': true }, prod: { server: 'https://prod.example' } }, users: { ci: { token: 'ci-token' } }, contexts: { dev: { cluster: 'dev', user: 'ci' }, prod: { cluster: 'prod', user: 'ci' } } }));
    const b = put('cc/b.yaml', config({ current: 'dev', contexts: { other: { cluster: 'prod', user: 'ci' } } }));
    const ours = same([a, path.join(dir, 'cc/missing.yaml'), b]);
    expect(ours).toMatchObject({ server: 'https://dev.example', insecure: true, token: 'ci-token' });
    // --context / kube-context overrides current-context.
    expect(same([a, b], 'prod')).toMatchObject({ server: 'https://prod.example' });
  });

  test('exec users: command (relative to its file when a path), args, env, apiVersion, interactiveMode', () => {
    const k = put('ex/k/config', config({
      current: 'eks',
      clusters: { eks: { server: 'https://ABC.gr7.eu-west-1.eks.amazonaws.com', 'certificate-authority-data': Buffer.from('EKS CA').toString('base64') } },
      users: {
        aws: { exec: { apiVersion: 'client.authentication.k8s.io/v1beta1', command: 'aws', args: ['eks', 'get-token', '--cluster-name', 'prod'], env: [{ name: 'AWS_PROFILE', value: 'ci' }] } },
        local: { exec: { apiVersion: 'client.authentication.k8s.io/v1', command: './bin/get-token', interactiveMode: 'Never', provideClusterInfo: true } },
      },
      contexts: { eks: { cluster: 'eks', user: 'aws' }, local: { cluster: 'eks', user: 'local' } },
    }));
    expect(same([k])).toMatchObject({ exec: { command: 'aws', interactiveMode: 'IfAvailable' } });
    const local = same([k], 'local');
    expect(local.exec).toMatchObject({ command: './bin/get-token', provideClusterInfo: true });
    expect(selectContext(loadKubeconfig([k]), 'local').user?.value.exec?.command).toBe(path.join(dir, 'ex/k/bin/get-token'));
  });

  test('token files and client certificate data, relative to the file that defines them', () => {
    put('tf/one/token', 'token-one');
    put('tf/two/token', 'token-two');
    const one = put('tf/one/config', config({ clusters: { c: { server: 'https://one.example' } }, users: { t: { tokenFile: 'token' } }, contexts: { t: { cluster: 'c', user: 't' } } }));
    const two = put('tf/two/config', config({
      current: 't',
      clusters: { c: { server: 'https://two.example' } },
      users: { t: { tokenFile: 'other' }, d: { 'client-certificate-data': Buffer.from('CERT').toString('base64'), 'client-key-data': Buffer.from('KEY').toString('base64') } },
      contexts: { t: { cluster: 'c', user: 'd' }, d: { cluster: 'c', user: 'd' } },
    }));
    same([one, two]);
    expect(selectContext(loadKubeconfig([one, two])).user?.value.tokenFile).toBe(path.join(dir, 'tf/one/token'));
    expect(same([two, one])).toMatchObject({ cert: Buffer.from('CERT').toString('base64'), key: Buffer.from('KEY').toString('base64') });
  });

  test('proxy-url and tls-server-name come with the cluster entry that wins', () => {
    const a = put('px/a.yaml', config({ current: 'p', clusters: { c: { server: 'https://10.0.0.1', 'proxy-url': 'https://proxy.corp:8443', 'tls-server-name': 'kubernetes.default' } }, users: { u: { username: 'admin', password: 'pw' } }, contexts: { p: { cluster: 'c', user: 'u' } } }));
    const b = put('px/b.yaml', config({ current: 'q', clusters: { c: { server: 'https://10.0.0.2' } }, contexts: { q: { cluster: 'c', user: 'u' } } }));
    expect(same([a, b])).toMatchObject({ proxyUrl: 'https://proxy.corp:8443', tlsServerName: 'kubernetes.default', server: 'https://10.0.0.1' });
    expect(same([b, a])).toMatchObject({ context: 'q', server: 'https://10.0.0.2', user: 'u' });
  });

  test('the same name twice in one file: both refuse, even when the entries are identical', () => {
    const bad = put('dup/config', config({ current: 'x', contexts: { x: { cluster: 'c', user: '' } } }));
    const doc = JSON.parse(readFileSync(bad, 'utf8')) as Obj;
    doc.clusters = [{ name: 'c', cluster: { server: 'https://one' } }, { name: 'c', cluster: { server: 'https://two' } }];
    writeFileSync(bad, JSON.stringify(doc));
    expect(() => kubectlPick([bad])).toThrow(/duplicate name "c"/);
    expect(() => ourPick([bad])).toThrow(/names "c" twice/);
    doc.clusters = [{ name: 'c', cluster: { server: 'https://one' } }, { name: 'c', cluster: { server: 'https://one' } }];
    writeFileSync(bad, JSON.stringify(doc));
    expect(() => kubectlPick([bad])).toThrow(/duplicate name "c"/);
    expect(() => ourPick([bad])).toThrow(/names "c" twice/);
  });
});
