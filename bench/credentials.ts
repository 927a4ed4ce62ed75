/**
 * Wall time of the credentials command through the bundled action, whole process:
 *   happy path (OIDC token -> AssumeRoleWithWebIdentity -> outputs), unreachable token endpoint
 *   (connection refused; and accepting but never answering), AccessDenied. Median and max of N runs each against the loopback emulators.
 *
 *   node_modules/.bin/node bench/credentials.ts [runs] [--dist DIR]
 */
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { runAction, type RunResult } from '../test/harness/run-action.ts';
import { startOidc } from '../test/sandbox/oidc.ts';
import { startSts } from '../test/sandbox/sts.ts';

const ROLE = 'arn:aws:iam::123456789012:role/github-deploy';
const runs = Math.max(1, Math.min(50, Number(process.argv[2] ?? 5) || 5));
const distAt = process.argv.indexOf('--dist');
if (distAt > 0) process.env.APHEX_DIST = process.argv[distAt + 1];

async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return `median ${(median / 1000).toFixed(2)} s, min ${(sorted[0]! / 1000).toFixed(2)} s, max ${(sorted.at(-1)! / 1000).toFixed(2)} s (n=${ms.length})`;
}

async function measure(name: string, expectCode: number, once: () => Promise<RunResult>, n = runs): Promise<void> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await once();
    if (r.code !== expectCode) throw new Error(`${name}: exit code ${r.code}, expected ${expectCode}\n${r.stdout}\n${r.stderr}`);
    times.push(r.durationMs);
  }
  console.log(`${name.padEnd(34)} ${stats(times)}`);
}

const oidc = await startOidc();
const sts = await startSts();
const env = { ...oidc.env, ...sts.env, AWS_REGION: 'eu-west-1' };
const inputs = { command: 'credentials', 'role-to-assume': ROLE };
try {
  await measure('validate (process baseline)', 1, () => runAction({ inputs: { command: 'validate', config: 'missing.yaml' }, env }));
  await measure('happy path (OIDC -> credentials)', 0, () => runAction({ inputs, env }));
  const port = await closedPort();
  await measure('unreachable token endpoint', 1, () => runAction({ inputs, env: { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/idtoken?api-version=2.0` } }));
  const sockets: net.Socket[] = [];
  const silent = net.createServer((sock) => void sockets.push(sock));
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/idtoken?api-version=2.0`;
  await measure('silent token endpoint (no answer)', 1, () => runAction({ inputs, env: { ...env, ACTIONS_ID_TOKEN_REQUEST_URL: silentUrl } }), Math.min(runs, 3));
  sockets.forEach((sock) => sock.destroy());
  silent.close();
  sts.sts.trust[ROLE] = { sub: 'repo:acme/shop:environment:production' };
  await measure('AccessDenied', 1, () => runAction({ inputs, env }));
} finally {
  await oidc.server.close();
  await sts.server.close();
}
