/**
 * The config at the checked-out revision, read and validated with the project's own validator
 * (src/aphex). The path must stay inside the checkout (a symlink to /proc/self/environ is
 * refused) and name a regular file of at most 1 MiB.
 */
import { open, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../aphex/load.js';
import type { AphexConfig } from '../aphex/model.js';
import { EXIT, ScriptError, withExit } from './cli.js';
import type { Redactor } from './redact.js';

/** As the action's own limit: a config is a few kilobytes and renders into an object Kubernetes caps at 1 MiB. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const LOCAL_CHECK = 'node <checkout of aphex-pipeline-action>/bin/aphex-pipeline.js validate --config';

function notReadable(given: string, why: string, hint: string): ScriptError {
  return new ScriptError(EXIT.failed, `--config ${given}: ${why}.`, { hint });
}

/** The text of `given` (relative to the checkout), checked before it is read. */
export async function readConfigText(checkoutDir: string, given: string): Promise<string> {
  if (path.isAbsolute(given) || given.split(/[\\/]/).includes('..')) {
    throw new ScriptError(EXIT.usage, `--config ${given} must be a path relative to the repository root, without '..'.`, { hint: 'Render the template with the input config set to the path of aphex-config.yaml in the repository.' });
  }
  let resolved: string;
  try {
    resolved = await realpath(path.join(checkoutDir, given));
  } catch {
    throw notReadable(given, `there is no such file at this revision (looked for ${path.join(checkoutDir, given)})`, 'Commit the config at that path, or render the template with the input config naming where it is.');
  }
  const root = await realpath(checkoutDir);
  if (resolved !== root && !resolved.startsWith(`${root}${path.sep}`)) throw notReadable(given, `it is a link to ${resolved}, outside the repository`, 'Commit the config itself, not a link out of the repository.');
  const info = await stat(resolved);
  if (!info.isFile()) throw notReadable(given, 'it is not a regular file', 'Point --config (the action input config) at the aphex-config.yaml file.');
  if (info.size > MAX_CONFIG_BYTES) throw notReadable(given, `it has ${info.size} bytes, more than the 1 MiB a config may have`, 'An aphex-config.yaml is a few kilobytes: check that the path names the config.');
  const handle = await open(resolved, 'r');
  try {
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** The validated config; every problem (file:line:col) in one failure with exit code 1. */
export async function loadCheckedOutConfig(checkoutDir: string, given: string, secrets: Redactor): Promise<AphexConfig> {
  const loaded = await withExit(EXIT.failed, () =>
    loadConfig({ file: given, read: () => readConfigText(checkoutDir, given), onSecret: (v) => secrets.add(v), localCheck: `${LOCAL_CHECK} ${given}` }),
  );
  return loaded.config;
}
