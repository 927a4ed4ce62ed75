/**
 * Startup of `validate` and `render` through the bundle, as the runner starts them:
 * `node <dist>/index.js` with INPUT_* set, on examples/aphex-config.yaml. Baselines: bare node,
 * and the bundle failing on an unknown command (main and @actions/core only).
 *
 *   APHEX_DIST=.dist-cfg node_modules/.bin/node --experimental-strip-types bench/render-startup.ts
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(ROOT, process.env.APHEX_DIST ?? 'dist', 'index.js');
const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-bench-'));
copyFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), path.join(ws, 'aphex-config.yaml'));
const RUNS = Number(process.env.RUNS ?? 20);

function time(args: string[], inputs: Record<string, string>): number[] {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', GITHUB_REPOSITORY: 'acme/shop', RUNNER_TEMP: ws, GITHUB_WORKSPACE: ws };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return Array.from({ length: RUNS }, () => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: ws, env, stdio: 'ignore', timeout: 30000 });
    if (r.error) throw r.error;
    return performance.now() - t;
  });
}

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `min ${s[0]?.toFixed(0)} ms, median ${s[Math.floor(s.length / 2)]?.toFixed(0)} ms`;
};
console.log(`bundle ${path.relative(ROOT, entry)}, ${RUNS} runs each, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`node -e ''                    ${stat(time(['-e', ''], {}))}`);
console.log(`bundle, unknown command       ${stat(time([entry], { command: 'none' }))}`);
console.log(`validate (example config)     ${stat(time([entry], { command: 'validate', config: 'aphex-config.yaml', namespace: 'argo' }))}`);
console.log(`render (example config)       ${stat(time([entry], { command: 'render', config: 'aphex-config.yaml', namespace: 'argo' }))}`);
