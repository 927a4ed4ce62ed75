// Bundles the pipeline image's scripts (src/image/main.ts) with ncc into image/dist/ (or
// --out DIR): index.js and its lazily loaded chunks, licenses.txt, and bin/aphex-<script>
// wrappers that run `node <dir>/index.js <script> "$@"`. The image puts bin/ on PATH. Builds
// into a temporary folder first and swaps it in. image/dist/ is not committed (.gitignore).
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SCRIPTS = ['validate', 'build', 'deploy-pipeline', 'deploy-stack', 'test'];

function wrapper(script) {
  return [
    '#!/bin/sh',
    `# aphex-${script}: the pipeline image's ${script} script (docs/config.md, "Script interface of the pipeline images").`,
    'here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)',
    `exec node "$here/../index.js" ${script} "$@"`,
    '',
  ].join('\n');
}

export function buildImageScripts(target) {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = mkdtempSync(path.join(path.dirname(target), '.image-dist-tmp-'));
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  try {
    execFileSync(process.execPath, [ncc, 'build', path.join(root, 'src/image/main.ts'), '-o', tmp, '--target', 'es2023', '--license', 'licenses.txt', '-q'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (!readdirSync(tmp).includes('index.js')) throw new Error('ncc produced no index.js');
    mkdirSync(path.join(tmp, 'bin'));
    for (const script of SCRIPTS) {
      const file = path.join(tmp, 'bin', `aphex-${script}`);
      writeFileSync(file, wrapper(script));
      chmodSync(file, 0o755);
    }
    // mkdtemp makes the folder private; the image's non-root user must read it.
    chmodSync(tmp, 0o755);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outIndex = process.argv.indexOf('--out');
  buildImageScripts(path.resolve(root, outIndex > 0 ? process.argv[outIndex + 1] : 'image/dist'));
}
