/**
 * Loading aphex-config.yaml: the text (read by the caller), validated; every credential-like
 * value handed out for masking before anything is reported; one error listing every problem.
 * Pure apart from what the caller hands in.
 */
import { ActionError } from '../errors.js';
import type { AphexConfig } from './model.js';
import { validateConfigText } from './validate.js';

export interface LoadOptions {
  /** The path as the user gave it; problems are reported against it. */
  file: string;
  /** Reads the file's text (the caller's I/O, with its checks of size and file type). */
  read: () => Promise<string>;
  /** Called with each line of each credential-like value found, before any problem is reported. */
  onSecret: (value: string) => void;
  /** A command that checks the config locally, for the hint (see localCheckCommand). */
  localCheck?: string;
}

/**
 * How a user checks the config before pushing: the CLI of this action at the ref the workflow
 * uses (the runner names it in GITHUB_ACTION_REPOSITORY / GITHUB_ACTION_REF), else from a checkout.
 */
export function localCheckCommand(file: string, env: NodeJS.ProcessEnv, flag = '--config'): string {
  const repo = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  const quoted = /^[\w./-]+$/.test(file) ? file : `'${file.replace(/'/g, `'\\''`)}'`;
  if (/^[\w.-]+\/[\w.-]+$/.test(repo) && /^[\w./-]+$/.test(ref)) return `npx --yes github:${repo}#${ref} validate ${flag} ${quoted}`;
  return `node <checkout of aphex-pipeline-action>/bin/aphex-pipeline.js validate ${flag} ${quoted}`;
}

export interface LoadedConfig {
  config: AphexConfig;
  /** The path as the user gave it. */
  file: string;
}

/** Reads and validates the config; throws one ActionError listing every problem. */
export async function loadConfig(options: LoadOptions): Promise<LoadedConfig> {
  const { file } = options;
  const result = validateConfigText(await options.read(), file);
  // The runner masks line by line: a multi-line secret is masked one line at a time.
  for (const secret of result.secrets) for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) options.onSecret(line.trim());
  if (!result.config) {
    const n = result.problems.length;
    throw new ActionError(`${file} has ${n} problem${n === 1 ? '' : 's'} (listed above).`, {
      problems: result.problems,
      hint: `Fix each one at the line shown; docs/config.md describes every key. Check locally before pushing with: ${options.localCheck ?? localCheckCommand(file, {})}`,
      title: 'aphex-config',
    });
  }
  return { config: result.config, file };
}
