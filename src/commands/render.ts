/**
 * `render`: validate, render the WorkflowTemplate, write it to template-path and set
 * template-name, template-path and template-digest.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CommandContext } from '../context.js';
import { ActionError } from '../errors.js';
import { renderPipeline } from '../argo/index.js';
import { logRendered, writeConfigSummary } from '../report/config-summary.js';
import { loadConfig, renderOptions } from './validate.js';

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

/** validate + render + write template-path; sets template-name/-path/-digest outputs. */
export async function renderTemplate(ctx: CommandContext): Promise<RenderedTemplate> {
  const { config, file } = await loadConfig(ctx);
  const options = renderOptions(ctx, config);
  const result = renderPipeline(config, options);
  const target = templatePath(ctx, options.pipeline);
  await writeTemplate(target, result.yaml);
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
function templatePath(ctx: CommandContext, pipeline: string): string {
  const given = ctx.settings.templatePath;
  if (given !== '') return path.resolve(ctx.workspace, given);
  return path.join(ctx.env.RUNNER_TEMP || os.tmpdir(), `${pipeline}-workflow-template.yaml`);
}

async function writeTemplate(target: string, yaml: string): Promise<void> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, yaml, 'utf8');
  } catch (e) {
    throw new ActionError(`Could not write the WorkflowTemplate to ${target}: ${(e as Error).message}`, {
      hint: "Set the input 'template-path' to a writable file path.",
      title: 'input template-path',
      cause: e,
    });
  }
}

export default async function renderCommand(ctx: CommandContext): Promise<void> {
  await renderTemplate(ctx);
}
