/**
 * `validate`: checks aphex-config.yaml (schema, rules, credentials, Argo limits) and reports every
 * problem at its line. Sets no outputs.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { ActionError } from '../errors.js';
import type { AphexConfig } from '../aphex/model.js';
import { validateConfigText } from '../aphex/validate.js';
import { checkPipeline } from '../argo/index.js';
import { resolveRenderOptions, type RenderOptions } from '../argo/options.js';
import { logConfigValid, writeConfigSummary } from '../report/config-summary.js';

/** Config files larger than this are refused before parsing. */
const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export interface LoadedConfig {
  config: AphexConfig;
  /** The path as the user gave it (input `config`). */
  file: string;
}

/** Reads and validates the config; throws one ActionError listing every problem. */
export async function loadConfig(ctx: CommandContext): Promise<LoadedConfig> {
  const file = ctx.settings.config;
  const text = await readConfigFile(path.resolve(ctx.workspace, file), file, ctx.workspace);
  const result = validateConfigText(text, file);
  for (const secret of result.secrets) maskLines(ctx, secret);
  if (!result.config) {
    const n = result.problems.length;
    throw new ActionError(`${file} has ${n} problem${n === 1 ? '' : 's'} (listed above).`, {
      problems: result.problems,
      hint: 'Fix each one at the line shown; docs/config.md describes every key. Check locally with: npx aphex-pipeline validate',
      title: 'aphex-config',
    });
  }
  return { config: result.config, file };
}

/** Masks each line of a (possibly multi-line) secret: the runner masks line by line. */
function maskLines(ctx: CommandContext, secret: string): void {
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 4) ctx.setSecret(line.trim());
}

async function readConfigFile(full: string, file: string, workspace: string): Promise<string> {
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new ActionError(`Config '${file}' is a folder, not a file.`, { hint: "Set the input 'config' to the path of the YAML file, e.g. config: deploy/aphex-config.yaml", title: 'input config' });
    if (info.size > MAX_CONFIG_BYTES) throw new ActionError(`Config '${file}' is ${info.size} bytes; at most ${MAX_CONFIG_BYTES} are read.`, { hint: 'An AphexPipeline config is a few kilobytes: check that the input config names the right file.', title: 'input config' });
    return await readFile(full, 'utf8');
  } catch (e) {
    if (e instanceof ActionError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new ActionError(`Config file '${file}' was not found (looked for ${full}).`, {
        hint: `Check out the repository first (actions/checkout), or set the input 'config' to the file's path relative to ${workspace}.`,
        title: 'input config',
      });
    }
    throw new ActionError(`Config file '${file}' could not be read: ${(e as Error).message}`, { hint: 'Check the file exists and is readable.', title: 'input config', cause: e });
  }
}

/** The render options for ctx (inputs win over config extensions). */
export function renderOptions(ctx: CommandContext, config: AphexConfig): RenderOptions {
  const s = ctx.settings;
  return resolveRenderOptions(config, {
    pipeline: s.pipeline,
    namespace: s.namespace,
    config: s.config,
    serviceAccount: s.serviceAccount,
    artifactBucket: s.artifactBucket,
    images: s.images,
    repository: s.run.repository,
    serverUrl: s.run.serverUrl,
  });
}

export default async function validateCommand(ctx: CommandContext): Promise<void> {
  const { config, file } = await loadConfig(ctx);
  // The config is also checked against what Argo admits once rendered (limits, names).
  const template = checkPipeline(config, renderOptions(ctx, config));
  logConfigValid(config, file, template.metadata.name);
  await writeConfigSummary(ctx.env, config, file);
}
