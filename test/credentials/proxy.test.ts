/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for the OIDC token request and STS: a tiny loopback proxy
 * (CONNECT tunnels and plain forwarding) counts what went through it. HTTPS endpoints are TLS
 * fronts of the emulators with a throw-away certificate the action trusts via NODE_EXTRA_CA_CERTS.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { credSandbox, type CredSandbox } from './sandbox.ts';

interface Closable {
  close(): void;
}
const closers: (() => void)[] = [];

function listen(server: net.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

function track<T extends net.Server>(server: T): T {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  closers.push(() => {
    sockets.forEach((s) => s.destroy());
    (server as Closable).close();
  });
  return server;
}

/** A proxy that records CONNECT targets and forwarded absolute URLs. */
async function startProxy(): Promise<{ url: string; seen: string[] }> {
  const seen: string[] = [];
  const proxy = track(
    http.createServer((req, res) => {
      seen.push(`GET ${req.url}`);
      const u = new URL(req.url ?? '');
      const upstream = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    }),
  );
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  return { url: `http://127.0.0.1:${await listen(proxy)}`, seen };
}

/** TLS in front of a plain emulator. */
async function tlsFront(key: string, cert: string, target: string): Promise<string> {
  const port = new URL(target).port;
  const front = track(
    tls.createServer({ key, cert }, (s) => {
      const upstream = net.connect(Number(port), '127.0.0.1');
      s.pipe(upstream).pipe(s);
      upstream.on('error', () => s.destroy());
      s.on('error', () => upstream.destroy());
    }),
  );
  return `https://127.0.0.1:${await listen(front)}`;
}

let sb: CredSandbox;
let caFile: string;
let httpsOidc: string;
let httpsSts: string;
beforeAll(async () => {
  sb = await credSandbox();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-tls-'));
  caFile = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    '-keyout', path.join(dir, 'key.pem'), '-out', caFile], { stdio: 'ignore' });
  const key = readFileSync(path.join(dir, 'key.pem'), 'utf8');
  const cert = readFileSync(caFile, 'utf8');
  const oidcUrl = new URL(sb.oidc.env.ACTIONS_ID_TOKEN_REQUEST_URL);
  httpsOidc = (await tlsFront(key, cert, sb.oidc.server.url)) + oidcUrl.pathname + oidcUrl.search;
  httpsSts = await tlsFront(key, cert, sb.sts.server.url);
});
afterAll(async () => {
  closers.forEach((c) => c());
  await sb.close();
});
beforeEach(() => {
  sb.oidc.server.calls.length = 0;
  sb.sts.server.calls.length = 0;
});

describe('proxy settings of the runner', () => {
  test('HTTPS_PROXY: the token request and STS go through CONNECT tunnels', async () => {
    const proxy = await startProxy();
    const r = await sb.run({
      env: { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: caFile, ACTIONS_ID_TOKEN_REQUEST_URL: httpsOidc, AWS_ENDPOINT_URL_STS: httpsSts },
    });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const oidcHost = new URL(httpsOidc).host;
    const stsHost = new URL(httpsSts).host;
    expect(proxy.seen).toContain(`CONNECT ${oidcHost}`);
    expect(proxy.seen).toContain(`CONNECT ${stsHost}`);
    expect(sb.oidc.server.calls).toHaveLength(1);
    expect(sb.sts.server.calls).toHaveLength(1);
  });

  test('NO_PROXY: listed hosts bypass the proxy', async () => {
    const proxy = await startProxy();
    const r = await sb.run({
      env: { HTTPS_PROXY: proxy.url, NO_PROXY: 'example.com,127.0.0.1', NODE_EXTRA_CA_CERTS: caFile, ACTIONS_ID_TOKEN_REQUEST_URL: httpsOidc, AWS_ENDPOINT_URL_STS: httpsSts },
    });
    expect(r.code).toBe(0);
    expect(proxy.seen).toEqual([]);
    expect(sb.sts.server.calls).toHaveLength(1);
  });

  test('lower-case https_proxy is honoured too', async () => {
    const proxy = await startProxy();
    const r = await sb.run({ env: { https_proxy: proxy.url, NODE_EXTRA_CA_CERTS: caFile, ACTIONS_ID_TOKEN_REQUEST_URL: httpsOidc, AWS_ENDPOINT_URL_STS: httpsSts } });
    expect(r.code).toBe(0);
    expect(proxy.seen.filter((s) => s.startsWith('CONNECT'))).toHaveLength(2);
  });

  test('HTTP_PROXY: plain-http endpoints are forwarded through the proxy', async () => {
    const proxy = await startProxy();
    const r = await sb.run({ env: { HTTP_PROXY: proxy.url } });
    expect(r.code).toBe(0);
    expect(proxy.seen).toHaveLength(2);
    expect(proxy.seen[0]).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/.*\/idtoken\?api-version=2\.0&audience=sts\.amazonaws\.com$/);
    expect(proxy.seen[1]).toMatch(new RegExp(`^GET ${sb.sts.server.url}/?$`));
  });

  test('an unreachable proxy fails the token request quickly and says to check the proxy settings', async () => {
    const dead = net.createServer();
    const port = await listen(dead);
    dead.close();
    const r = await sb.run({ env: { HTTPS_PROXY: `http://127.0.0.1:${port}`, NODE_EXTRA_CA_CERTS: caFile, ACTIONS_ID_TOKEN_REQUEST_URL: httpsOidc, AWS_ENDPOINT_URL_STS: httpsSts } });
    expect(r.code).toBe(1);
    expect(r.durationMs).toBeLessThan(15000);
    expect(r.errors[0]!.message).toContain('Could not get a GitHub OIDC token');
    expect(r.errors[0]!.message).toContain('HTTPS_PROXY');
  });
});
