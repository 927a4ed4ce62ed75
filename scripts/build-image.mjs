// Bundles the pipeline image's scripts (src/image/main.ts) into image/dist/ (or
// --out DIR): index.js and its lazily loaded chunks, licenses.txt, and bin/aphex-<script>
// wrappers that run `node <dir>/index.js <script> "$@"`. The image puts bin/ on PATH. Builds
// into a temporary folder first and swaps it in. image/dist/ is not committed (.gitignore).
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, outArgument } from './bundle.mjs';

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
  bundle('src/image/main.ts', target, (tmp) => {
    mkdirSync(path.join(tmp, 'bin'));
    for (const script of SCRIPTS) {
      const file = path.join(tmp, 'bin', `aphex-${script}`);
      writeFileSync(file, wrapper(script));
      chmodSync(file, 0o755);
    }
    // mkdtemp makes the folder private; the image's non-root user must read it.
    chmodSync(tmp, 0o755);
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildImageScripts(outArgument('image/dist'));
