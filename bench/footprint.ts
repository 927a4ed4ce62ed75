/**
 * What every user of the action pays, in one run: the size of dist/, the gzipped repository
 * tarball a job downloads (`git archive HEAD | gzip`), and start-up of `apply` (spawn to its
 * first Kubernetes request, kubeconfig connection) against `render` (spawn to exit), with the
 * ratio. Targets: dist/ ≤ 4 MB, tarball ≤ 1.2 MB, apply ≤ 1.5 × render.
 *
 *   npm run build && node bench/footprint.ts [runs]
 */
import { execSync, spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { actionEntry, ROOT } from '../test/harness/run-action.ts';
import { applyInputs, kubeSandbox } from '../test/kube/fixture.ts';

const RUNS = Math.max(3, Math.min(100, Number(process.argv[2] ?? 15) || 15));
const entry = actionEntry();
const MB = 1024 * 1024;

const distBytes = readdirSync(path.dirname(entry)).reduce((sum, f) => sum + statSync(path.join(path.dirname(entry), f)).size, 0);
const tarBytes = Number(execSync('git archive HEAD | gzip | wc -c', { cwd: ROOT, shell: '/bin/sh' }).toString().trim());

const sb = await kubeSandbox();

function start(inputs: Record<string, string>): { exited: Promise<number>; t0: number } {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: sb.workspace, GITHUB_WORKSPACE: sb.workspace, RUNNER_TEMP: sb.workspace };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const t0 = performance.now() + performance.timeOrigin;
  const child = spawn(process.execPath, [entry], { cwd: sb.workspace, env, stdio: 'ignore' });
  const exited = new Promise<number>((resolve) => child.on('exit', () => resolve(performance.now() + performance.timeOrigin)));
  return { exited, t0 };
}

async function renderOnce(): Promise<number> {
  const r = start({ command: 'render', pipeline: 'shop', namespace: 'argo' });
  return (await r.exited) - r.t0;
}

async function applyOnce(): Promise<number> {
  const before = sb.server.calls.length;
  const r = start(applyInputs(sb, { 'dry-run': 'true' }));
  await r.exited;
  const first = sb.server.calls[before];
  if (!first) throw new Error('apply made no Kubernetes request');
  return first.at - r.t0;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const render: number[] = [];
const apply: number[] = [];
for (let i = 0; i < RUNS; i++) {
  render.push(await renderOnce());
  apply.push(await applyOnce());
}
await sb.close();

const line = (label: string, value: string, ok: boolean): void => console.log(`${label.padEnd(40)} ${value.padEnd(28)} ${ok ? 'ok' : 'OVER TARGET'}`);
console.log(`${RUNS} runs each, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
line('dist/ (target ≤ 4 MB)', `${(distBytes / MB).toFixed(2)} MB`, distBytes <= 4 * MB);
line('git archive HEAD | gzip (target ≤ 1.2 MB)', `${(tarBytes / MB).toFixed(2)} MB`, tarBytes <= 1.2 * MB);
line('render start-up (spawn to exit)', `median ${median(render).toFixed(0)} ms`, true);
line('apply start-up (spawn to first request)', `median ${median(apply).toFixed(0)} ms`, true);
const ratio = median(apply) / median(render);
line('apply / render (target ≤ 1.5)', ratio.toFixed(2), ratio <= 1.5);
