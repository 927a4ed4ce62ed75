// One way to bundle an entry of this repository: ncc into a temporary folder, every .js file
// minified with esbuild (ncc's own --minify leaves the lazily loaded chunks untouched), an
// optional finishing step, then swapped into place, so a half-written bundle is never left
// behind. Used by scripts/build.mjs (the action's dist/) and scripts/build-image.mjs (the image).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles `entry` (relative to the repository root) into `target`; `finish(tmp)` may add files before the swap. */
export function bundle(entry, target, finish = () => undefined) {
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = mkdtempSync(path.join(path.dirname(target), `.${path.basename(target)}-tmp-`));
  const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  try {
    execFileSync(process.execPath, [ncc, 'build', path.join(root, entry), '-o', tmp, '--target', 'es2023', '--license', 'licenses.txt', '-q'], {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (!readdirSync(tmp).includes('index.js')) throw new Error('ncc produced no index.js');
    for (const file of readdirSync(tmp).filter((f) => f.endsWith('.js'))) {
      const full = path.join(tmp, file);
      // Legal comments (licences) stay; whitespace, syntax and local names are minified.
      writeFileSync(full, transformSync(readFileSync(full, 'utf8'), { minify: true, format: 'esm', target: 'es2023', legalComments: 'inline' }).code);
    }
    finish(tmp);
    const old = `${target}.old-${process.pid}`;
    if (existsSync(target)) renameSync(target, old);
    renameSync(tmp, target);
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The folder given with --out, else `fallback` (both relative to the repository root). */
export function outArgument(fallback) {
  const i = process.argv.indexOf('--out');
  return path.resolve(root, i > 0 ? process.argv[i + 1] : fallback);
}
