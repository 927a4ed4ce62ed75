/** The kubeconfig loader's own checks and the exec plugin protocol, without a cluster. */
import { describe, expect, test } from '@jest/globals';
import { checkProxyUrl } from '../../src/kube/agent.js';
import { checkExecConfig, execInfo, parseExecOutput } from '../../src/kube/exec-plugin.js';
import { mergeKubeconfigs, parseKubeconfig, selectContext, type ExecConfig } from '../../src/kube/kubeconfig-model.js';

const V1 = 'client.authentication.k8s.io/v1';

describe('reading a kubeconfig file', () => {
  test('invalid YAML: the file, line and column', () => {
    expect(() => parseKubeconfig('/ci/config', 'clusters:\n  - name: a\n   cluster: {server: x\n')).toThrow(/^Kubeconfig \/ci\/config is not valid YAML \(line \d+, column \d+\)/);
  });

  test('a field of the wrong type or bad base64 is named with its entry', () => {
    expect(() => parseKubeconfig('/k', JSON.stringify({ clusters: [{ name: 'c', cluster: { server: 6443 } }] }))).toThrow('Kubeconfig /k: clusters[c].cluster.server must be a string.');
    expect(() => parseKubeconfig('/k', JSON.stringify({ users: [{ name: 'u', user: { 'client-key-data': 'not base64!' } }] }))).toThrow('users[u].user.client-key-data is not base64');
    expect(() => parseKubeconfig('/k', JSON.stringify({ clusters: [{ name: 'c', cluster: { server: 'https://x', 'insecure-skip-tls-verify': 'yes' } }] }))).toThrow('must be true or false');
    expect(() => parseKubeconfig('/k', JSON.stringify({ users: [{ name: 'u', user: { exec: { command: 'x', env: [{ name: 'A' }] } } }] }))).toThrow('users[u].user.exec.env must be a list of {name, value} strings');
  });

  test('an empty file is an empty config; relative paths resolve against the file', () => {
    expect(parseKubeconfig('/a/config', '').clusters.size).toBe(0);
    const f = parseKubeconfig('/a/b/config', JSON.stringify({ clusters: [{ name: 'c', cluster: { server: 'https://x', 'certificate-authority': '../ca.pem' } }], users: [{ name: 'u', user: { tokenFile: '/abs/token', exec: { command: 'bin/x', apiVersion: V1 } } }] }));
    expect(f.clusters.get('c')?.certificateAuthority).toBe('/a/ca.pem');
    expect(f.users.get('u')?.tokenFile).toBe('/abs/token');
    expect(f.users.get('u')?.exec?.command).toBe('/a/b/bin/x');
  });

  test('context selection says what is missing and what exists', () => {
    const m = mergeKubeconfigs([parseKubeconfig('/k', JSON.stringify({ contexts: [{ name: 'a', context: { cluster: 'gone', user: 'u' } }] }))]);
    expect(() => selectContext(m)).toThrow(/no current-context is set/);
    expect(() => selectContext(m, 'b')).toThrow('context "b" (from the kube-context input) is not defined.');
    expect(() => selectContext(m, 'a')).toThrow('context "a" names cluster "gone", which is not defined.');
  });
});

describe('exec plugin protocol', () => {
  const exec = (o: Partial<ExecConfig> = {}): ExecConfig => ({ command: 'aws', args: [], env: [], apiVersion: V1, interactiveMode: 'Never', provideClusterInfo: false, installHint: '', ...o });

  test('KUBERNETES_EXEC_INFO: never interactive; the cluster only with provideClusterInfo', () => {
    const cluster = { server: 'https://k', insecureSkipTlsVerify: false, tlsServerName: 'api', proxyUrl: 'http://p:3128', execExtension: { audience: 'x' } };
    expect(JSON.parse(execInfo(exec(), cluster))).toEqual({ kind: 'ExecCredential', apiVersion: V1, spec: { interactive: false } });
    expect(JSON.parse(execInfo(exec({ provideClusterInfo: true }), cluster, Buffer.from('CA')))).toEqual({
      kind: 'ExecCredential',
      apiVersion: V1,
      spec: { interactive: false, cluster: { server: 'https://k', 'tls-server-name': 'api', 'certificate-authority-data': Buffer.from('CA').toString('base64'), 'proxy-url': 'http://p:3128', config: { audience: 'x' } } },
    });
  });

  test('the answer: token or certificate pair, expiry, and the same apiVersion', () => {
    const answer = (status: object, apiVersion = V1): string => JSON.stringify({ kind: 'ExecCredential', apiVersion, status });
    expect(parseExecOutput(answer({ token: 't', expirationTimestamp: '2030-01-01T00:00:00Z' }), V1)).toEqual({ token: 't', expiresAt: Date.parse('2030-01-01T00:00:00Z') });
    expect(parseExecOutput(answer({ clientCertificateData: 'C', clientKeyData: 'K' }), V1).cert?.key.toString()).toBe('K');
    expect(() => parseExecOutput(answer({ token: 't' }, 'client.authentication.k8s.io/v1beta1'), V1)).toThrow('answered with apiVersion client.authentication.k8s.io/v1beta1');
    expect(() => parseExecOutput(answer({ clientCertificateData: 'C' }), V1)).toThrow('both are needed');
    expect(() => parseExecOutput(answer({}), V1)).toThrow('neither status.token nor');
    expect(() => parseExecOutput(answer({ token: 't', expirationTimestamp: 'tomorrow' }), V1)).toThrow('not an RFC 3339 time');
    expect(() => parseExecOutput('', V1)).toThrow('printed nothing on standard output');
  });

  test('configurations refused before running: v1alpha1, unknown versions, interactiveMode Always', () => {
    expect(() => checkExecConfig(exec({ apiVersion: 'client.authentication.k8s.io/v1alpha1' }), 'user "u"')).toThrow('which kubectl no longer supports');
    expect(() => checkExecConfig(exec({ apiVersion: '' }), 'user "u"')).toThrow('has apiVersion "(none)"');
    expect(() => checkExecConfig(exec({ interactiveMode: 'Always' }), 'user "u"')).toThrow('needs a terminal');
    expect(() => checkExecConfig(exec({ interactiveMode: 'IfAvailable' }), 'user "u"')).not.toThrow();
  });
});

describe('proxy-url', () => {
  test('http and https proxies; SOCKS and other schemes refused by name', () => {
    expect(() => checkProxyUrl('http://proxy:3128', 'cluster c')).not.toThrow();
    expect(() => checkProxyUrl('https://proxy:8443', 'cluster c')).not.toThrow();
    expect(() => checkProxyUrl('socks5://proxy:1080', 'cluster c')).toThrow('SOCKS is not supported');
    expect(() => checkProxyUrl('ftp://proxy', 'cluster c')).toThrow('only http:// and https:// proxies are supported');
    expect(() => checkProxyUrl('proxy:3128', 'cluster c')).toThrow(/scheme proxy:|not a URL/);
  });
});
