/**
 * TLS in front of the (plain HTTP) Kubernetes emulator, to test certificate authorities,
 * tls-server-name and client certificates for real: a throw-away CA, a server certificate for
 * kube.test.internal and 127.0.0.1, and a client certificate, all made with openssl at test
 * time. The front terminates TLS on 127.0.0.1 and pipes the bytes to the emulator. Also a small
 * forward proxy (absolute-form requests and CONNECT) that records what went through it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

export const TLS_SERVER_NAME = 'kube.test.internal';

export interface TestPki {
  dir: string;
  /** Paths of the PEM files. */
  caCert: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
  /** A CA that signed nothing here (to prove an untrusted server is refused). */
  otherCaCert: string;
}

function openssl(dir: string, args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

function keyAndCsr(dir: string, name: string, cn: string): void {
  openssl(dir, ['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`]);
}

function sign(dir: string, name: string, ext: string): void {
  writeFileSync(path.join(dir, `${name}.ext`), ext);
  openssl(dir, ['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '1', '-extfile', `${name}.ext`]);
}

/** Makes a CA, a server and a client certificate (EC P-256, valid one day). */
export function makePki(): TestPki {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-pki-'));
  const ca = (name: string, cn: string): void =>
    openssl(dir, ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.crt`, '-subj', `/CN=${cn}`, '-days', '1']);
  ca('ca', 'aphex-test-ca');
  ca('other-ca', 'someone-else');
  keyAndCsr(dir, 'server', 'kube-apiserver');
  sign(dir, 'server', `subjectAltName=DNS:${TLS_SERVER_NAME},IP:127.0.0.1\nextendedKeyUsage=serverAuth\n`);
  keyAndCsr(dir, 'client', 'aphex-ci');
  sign(dir, 'client', 'extendedKeyUsage=clientAuth\n');
  const p = (f: string): string => path.join(dir, f);
  return { dir, caCert: p('ca.crt'), serverCert: p('server.crt'), serverKey: p('server.key'), clientCert: p('client.crt'), clientKey: p('client.key'), otherCaCert: p('other-ca.crt') };
}

export interface TlsFront {
  url: string;
  /** SNI names clients sent, one per connection. */
  serverNames: string[];
  /** Subjects (CN) of client certificates presented and verified. */
  clientSubjects: string[];
  close(): Promise<void>;
}

/** TLS on 127.0.0.1 in front of `target` (http://127.0.0.1:port). With requireClientCert, only clients with a certificate from the PKI's CA get through. */
export async function startTlsFront(pki: TestPki, target: string, opts: { requireClientCert?: boolean } = {}): Promise<TlsFront> {
  const t = new URL(target);
  const front: TlsFront = { url: '', serverNames: [], clientSubjects: [], close: async () => undefined };
  const sockets = new Set<net.Socket>();
  const server = tls.createServer(
    {
      key: readFileSync(pki.serverKey),
      cert: readFileSync(pki.serverCert),
      ca: readFileSync(pki.caCert),
      requestCert: opts.requireClientCert === true,
      rejectUnauthorized: opts.requireClientCert === true,
    },
    (socket) => {
      sockets.add(socket);
      front.serverNames.push((socket as tls.TLSSocket & { servername?: string | false }).servername || '');
      const peer = socket.getPeerCertificate();
      if (peer?.subject?.CN) front.clientSubjects.push(String(peer.subject.CN));
      const upstream = net.connect(Number(t.port), t.hostname);
      sockets.add(upstream);
      socket.pipe(upstream).pipe(socket);
      const end = (): void => {
        socket.destroy();
        upstream.destroy();
      };
      socket.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    },
  );
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  front.url = `https://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  front.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return front;
}

export interface ForwardProxy {
  url: string;
  /** `GET http://…` (absolute form) and `CONNECT host:port` lines seen. */
  seen: string[];
  close(): Promise<void>;
}

/** A forward proxy on 127.0.0.1: plain requests in absolute form, and CONNECT tunnels. */
export async function startForwardProxy(): Promise<ForwardProxy> {
  const seen: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    const up = http.request(req.url ?? '', { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => (res.writeHead(502), res.end()));
    req.pipe(up);
  });
  server.on('connection', (s: net.Socket) => (sockets.add(s), s.on('close', () => sockets.delete(s))));
  server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [host, port] = (req.url ?? '').split(':');
    const up = net.connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(socket).pipe(up);
    });
    sockets.add(up);
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`,
    seen,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
