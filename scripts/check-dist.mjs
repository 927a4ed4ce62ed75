// Fails when dist/ differs from a fresh build of the sources.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

function list(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? list(full, base) : [path.relative(base, full)];
  });
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'aphex-check-dist-'));
const fresh = path.join(scratch, 'dist');
try {
  build(fresh);
  const want = list(fresh).sort();
  const have = list(dist).sort();
  const problems = [];
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing in dist/: ${f}`);
    else if (!readFileSync(path.join(fresh, f)).equals(readFileSync(path.join(dist, f)))) problems.push(`differs: dist/${f}`);
  }
  for (const f of have) if (!want.includes(f)) problems.push(`not produced by the build: dist/${f}`);
  if (problems.length > 0) {
    console.error(`dist/ does not match a fresh build of src/:\n  ${problems.join('\n  ')}\nRun 'npm run build' and commit dist/.`);
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${want.length} files).`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
