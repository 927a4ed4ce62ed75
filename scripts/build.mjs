// Bundles src/index.ts with ncc into dist/ (or --out DIR), then minifies every file of the
// bundle with esbuild (ncc's own --minify leaves the lazily loaded chunks untouched): every job
// that uses the action downloads dist/, so it is kept small (bench/footprint.ts measures it).
// Builds into a temporary folder first and swaps it in, so a half-written bundle is never left behind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = path.resolve(root, outIndex > 0 ? process.argv[outIndex + 1] : 'dist');

export function build(target) {
  const tmp = mkdtempSync(path.join(path.dirname(target), '.dist-tmp-'));
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  try {
    execFileSync(process.execPath, [ncc, 'build', path.join(root, 'src/index.ts'), '-o', tmp, '--target', 'es2023', '--license', 'licenses.txt', '-q'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (!readdirSync(tmp).includes('index.js')) throw new Error('ncc produced no index.js');
    for (const file of readdirSync(tmp).filter((f) => f.endsWith('.js'))) {
      const full = path.join(tmp, file);
      // Legal comments (licences) stay; whitespace, syntax and local names are minified.
      writeFileSync(full, transformSync(readFileSync(full, 'utf8'), { minify: true, format: 'esm', target: 'es2023', legalComments: 'inline' }).code);
    }
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build(out);
