/**
 * moto (a third-party AWS emulator) as an independent oracle: one `moto_server` per test file,
 * on a free loopback port, started with a bounded wait and killed in afterAll. A missing
 * moto_server fails the tests: it is part of the test set-up, not an optional extra.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';

export const INSTALL = "install moto: pip install 'moto[server]'";
/** moto's default account: every role it issues credentials for is reported in it unless the ARN says otherwise. */
export const MOTO_ACCOUNT = '123456789012';
/** Any key pair works: moto does not check signatures. */
export const MOTO_KEYS = { AWS_ACCESS_KEY_ID: 'AKIAMOTOTESTKEY00001', AWS_SECRET_ACCESS_KEY: 'moto/test/secret/key/000000000000000001' };

export interface Moto {
  url: string;
  pid: number;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function answers(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(`${url}/moto-api/`, { timeout: 500 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

function stopped(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

/** Starts moto_server and waits (at most `startMs`) until it answers. */
export async function startMoto(startMs = 20_000): Promise<Moto> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PYTHONUNBUFFERED: '1' } });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (stderr = (stderr + c).slice(-4000)));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (e: NodeJS.ErrnoException) => reject(new Error(e.code === 'ENOENT' ? `moto_server was not found on PATH: ${INSTALL}` : `moto_server could not start: ${e.message}`)));
    child.once('exit', (code) => {
      const missing = code === 127 || /command not found|No module named/i.test(stderr);
      reject(new Error(missing ? `moto_server is not installed for this Python: ${INSTALL}\n${stderr}` : `moto_server exited with code ${code} before answering:\n${stderr}`));
    });
  });
  failed.catch(() => undefined);
  const close = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await stopped(child);
    clearTimeout(killer);
  };
  const deadline = Date.now() + startMs;
  while (!(await Promise.race([answers(url), failed]))) {
    if (Date.now() > deadline) {
      await close();
      throw new Error(`moto_server did not answer on ${url} within ${startMs / 1000} s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, pid: child.pid ?? -1, close };
}
