/**
 * The path from aphex-config.yaml to the WorkflowTemplate file, shared by the validate, render
 * and apply commands: load the config named by input `config`, resolve the render options from
 * the inputs, render, write it to `template-path` and publish the template outputs.
 */
import os from 'node:os';
import path from 'node:path';
import type { CommandContext } from './context.js';
import { loadConfig, localCheckCommand, type LoadedConfig } from './aphex/load.js';
import type { AphexConfig } from './aphex/model.js';
import { renderPipeline } from './argo/index.js';
import { resolveRenderOptions, type RenderOptions } from './argo/options.js';
import { MAX_CONFIG_BYTES, readNamedFile, writeNamedFile } from './inputs/files.js';
import { logRendered, writeConfigSummary } from './report/config-summary.js';

/** A rendered WorkflowTemplate, as `render` writes it and `apply` applies it. */
export interface RenderedTemplate {
  /** metadata.name, e.g. `<pipeline>-template`. */
  name: string;
  namespace: string;
  /** The AphexPipeline name (label value). */
  pipeline: string;
  /** Deterministic YAML text of the template. */
  yaml: string;
  /** The same template as a plain object. */
  object: Record<string, unknown>;
  /** `sha256:<hex>` of `yaml`. */
  digest: string;
  /** Where the YAML was written. */
  path: string;
}

/** The config named by input `config` (relative to the workspace), validated; credentials masked. */
export function loadConfigInput(ctx: CommandContext): Promise<LoadedConfig> {
  const given = ctx.settings.config;
  const file = { input: 'config', given, full: path.resolve(ctx.workspace, given) };
  return loadConfig({
    file: given,
    read: () => readNamedFile(file, MAX_CONFIG_BYTES, `Check out the repository first (actions/checkout), or set the input 'config' to the file's path relative to ${ctx.workspace}.`, 'config: deploy/aphex-config.yaml'),
    onSecret: (value) => ctx.setSecret(value),
    localCheck: localCheckCommand(given, ctx.env),
  });
}

/** The render options for ctx (inputs win over config extensions). */
export function renderOptionsOf(ctx: CommandContext, config: AphexConfig): RenderOptions {
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

/** validate + render + write template-path; sets template-name/-path/-digest outputs. */
export async function renderTemplate(ctx: CommandContext): Promise<RenderedTemplate> {
  const { config, file } = await loadConfigInput(ctx);
  const options = renderOptionsOf(ctx, config);
  const result = renderPipeline(config, options);
  const target = templateTarget(ctx, options.pipeline);
  await writeNamedFile({ input: 'template-path', given: ctx.settings.templatePath || target, full: target }, result.yaml, 'template-path: build/workflow-template.yaml');
  ctx.setOutput('template-name', result.name);
  ctx.setOutput('template-path', target);
  ctx.setOutput('template-digest', result.digest);
  logRendered(result.name, result.digest, target);
  await writeConfigSummary(ctx.env, config, file, { name: result.name, digest: result.digest, yaml: result.yaml, path: target });
  return {
    name: result.name,
    namespace: result.namespace,
    pipeline: options.pipeline,
    yaml: result.yaml,
    object: result.object as unknown as Record<string, unknown>,
    digest: result.digest,
    path: target,
  };
}

/** Input template-path (relative to the workspace), else `<RUNNER_TEMP or tmp>/<pipeline>-workflow-template.yaml`. */
function templateTarget(ctx: CommandContext, pipeline: string): string {
  const given = ctx.settings.templatePath;
  if (given !== '') return path.resolve(ctx.workspace, given);
  return path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), `${pipeline}-workflow-template.yaml`);
}
