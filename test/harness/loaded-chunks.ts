/**
 * Which files of the bundle a run of the action loads: a preload module registers a load hook
 * (node:module registerHooks) that appends every loaded file:// URL under the bundle folder to a
 * list. Used to check lazy loading (no AWS SDK on paths that do not call AWS).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Code of the AWS SDK / smithy in a bundled chunk: SigV4 signing, or the packages' names (in their
 * user-agent and error strings). Not `$metadata`: the project's own error classifier reads that field.
 */
export const AWS_SDK_MARKERS = /AWS4-HMAC-SHA256|@smithy\/|@aws-sdk\//;

export interface LoadRecorder {
  /** Environment to add to the child process. */
  env: Record<string, string>;
  /** Absolute paths of the bundle's files loaded so far. */
  loaded(): string[];
}

export function recordLoads(bundleDir: string): LoadRecorder {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-loads-'));
  const list = path.join(dir, 'loaded.txt');
  const hook = path.join(dir, 'hook.mjs');
  writeFileSync(list, '');
  writeFileSync(
    hook,
    [
      "import { registerHooks } from 'node:module';",
      "import { appendFileSync } from 'node:fs';",
      `const prefix = ${JSON.stringify(new URL(`file://${path.resolve(bundleDir)}/`).href)};`,
      `const list = ${JSON.stringify(list)};`,
      'registerHooks({ load(url, context, next) { if (url.startsWith(prefix)) appendFileSync(list, url + "\\n"); return next(url, context); } });',
    ].join('\n'),
  );
  return {
    env: { NODE_OPTIONS: `--import=${new URL(`file://${hook}`).href}` },
    loaded: () =>
      [...new Set(readFileSync(list, 'utf8').split('\n').filter(Boolean))].map((u) => decodeURIComponent(new URL(u).pathname)),
  };
}

/** The loaded bundle files that contain AWS SDK code. */
export function sdkChunks(files: string[]): string[] {
  return files.filter((f) => AWS_SDK_MARKERS.test(readFileSync(f, 'utf8')));
}
