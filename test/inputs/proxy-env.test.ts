/**
 * Proxy variables Node's built-in proxy support cannot use: refused (Node would throw) or warned
 * about (Node would ignore them and connect directly), naming the variable and a usable value.
 * Pure checks, then the bundled action: only commands that use the network look at them.
 */
import { describe, expect, test } from '@jest/globals';
import http from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkProxyEnv, proxyFindings } from '../../src/inputs/proxy-env.ts';
import { ROOT, runAction } from '../harness/run-action.ts';

const messages = (env: NodeJS.ProcessEnv) => proxyFindings(env).map((f) => `${f.severity}: ${f.message}`);

describe('proxy variables (pure)', () => {
  test('usable settings say nothing', () => {
    expect(messages({ HTTPS_PROXY: 'http://proxy.corp:3128', HTTP_PROXY: 'https://user:pw@proxy.corp', NO_PROXY: 'localhost,.corp,*.internal,10.0.0.1-10.0.0.9,host:8443,*' })).toEqual([]);
    expect(messages({ NO_PROXY: 'http://not-checked-without-a-proxy' })).toEqual([]);
  });

  test.each([
    [{ HTTPS_PROXY: 'socks5://127.0.0.1:1080' }, "warning: HTTPS_PROXY is 'socks5://127.0.0.1:1080': a SOCKS proxy, which Node's built-in proxy support cannot use, so Node ignores it and requests connect directly"],
    [{ https_proxy: 'proxy.corp:3128' }, "warning: https_proxy is 'proxy.corp:3128': it has no http:// or https:// in front, so Node ignores it"],
    [{ HTTP_PROXY: 'HTTP://proxy.corp:3128' }, "warning: HTTP_PROXY is 'HTTP://proxy.corp:3128': Node uses only proxies starting with http:// or https:// (lower case), not HTTP://"],
    [{ HTTPS_PROXY: 'http://exa mple:3128' }, "error: HTTPS_PROXY is 'http://exa mple:3128': it is not a valid URL, and Node refuses it. A usable value looks like http://proxy.example.com:3128"],
    [{ HTTPS_PROXY: 'http://proxy\n' }, "error: HTTPS_PROXY is 'http://proxy\\n': it holds a line break, and Node refuses it."],
    [{ https_proxy: 'http://a:1', HTTPS_PROXY: 'http://b:2' }, "warning: HTTPS_PROXY is ignored: https_proxy is set too, to something else, and Node's built-in proxy support uses the lower-case one."],
    [{ HTTPS_PROXY: 'http://p:1', NO_PROXY: 'a.com, https://b.com' }, "warning: NO_PROXY entry 'https://b.com' has a scheme; entries are host names"],
    [{ HTTPS_PROXY: 'http://p:1', no_proxy: '10.0.0.0/8' }, "warning: no_proxy entry '10.0.0.0/8' is a CIDR range or a path, which Node does not match"],
  ])('%j', (env, message) => {
    expect(messages(env).some((m) => m.startsWith(message))).toBe(true);
  });

  test('a password in a proxy URL is never shown', () => {
    const all = messages({ HTTPS_PROXY: 'socks5://alice:s3cret@proxy:1080', HTTP_PROXY: 'http://bob:hunter2@exa mple' }).join('\n');
    expect(all).toContain('socks5://***@proxy:1080');
    expect(all).not.toMatch(/s3cret|hunter2|alice|bob/);
  });

  test('what Node refuses throws; what it ignores comes back as warnings', () => {
    expect(() => checkProxyEnv({ HTTP_PROXY: 'http://' })).toThrow("HTTP_PROXY is 'http://': it is not a valid URL, and Node refuses it.");
    expect(checkProxyEnv({ HTTPS_PROXY: 'socks5://p:1' })).toHaveLength(1);
  });
});

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-proxy-'));
  writeFileSync(path.join(dir, 'aphex-config.yaml'), readFileSync(path.join(ROOT, 'examples/aphex-config.yaml')));
  return dir;
}

describe('proxy variables (bundled action)', () => {
  test('a network command refuses a proxy URL Node would throw on, before any request', async () => {
    let requests = 0;
    const server = http.createServer((_req, res) => (requests++, res.end('{}')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await runAction({ inputs: { command: 'credentials', 'aws-region': 'eu-west-1' }, env: { HTTPS_PROXY: 'http://exa mple:3128', AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${port}` }, timeoutMs: 20_000 });
      expect(r.code).toBe(1);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]?.properties.title).toBe('proxy HTTPS_PROXY');
      expect(r.errors[0]?.message).toContain("HTTPS_PROXY is 'http://exa mple:3128': it is not a valid URL");
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  test('a SOCKS proxy is a warning naming the variable; validate, which uses no network, does not look', async () => {
    const env = { HTTPS_PROXY: 'socks5://127.0.0.1:1080' };
    const cred = await runAction({ inputs: { command: 'credentials', 'aws-region': 'eu-west-1' }, env, timeoutMs: 30_000 });
    expect(cred.warnings.map((w) => w.message).join('\n')).toContain("HTTPS_PROXY is 'socks5://127.0.0.1:1080': a SOCKS proxy");
    const valid = await runAction({ inputs: { command: 'validate' }, env, workspace: workspace() });
    expect(valid.code).toBe(0);
    expect(valid.warnings).toEqual([]);
  });
});
