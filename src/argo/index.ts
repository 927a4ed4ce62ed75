/**
 * The renderer's front door: config + options → WorkflowTemplate object, deterministic YAML and
 * its digest, checked by the lint. Throws ActionError when the template would not be admitted.
 */
import { createHash } from 'node:crypto';
import { MAX_OBJECT_BYTES } from '../aphex/limits.js';
import type { AphexConfig } from '../aphex/model.js';
import { ActionError } from '../errors.js';
import { lintWorkflowTemplate, type LintProblem } from './lint.js';
import type { RenderOptions } from './options.js';
import { renderWorkflowTemplate, type WorkflowTemplate } from './render.js';
import { toYaml } from './yaml.js';

export interface RenderResult {
  name: string;
  namespace: string;
  object: WorkflowTemplate;
  yaml: string;
  /** `sha256:<hex>` of `yaml`. */
  digest: string;
}

/** The WorkflowTemplate object, checked by the lint (no YAML): what `validate` needs. */
export function checkPipeline(config: AphexConfig, options: RenderOptions): WorkflowTemplate {
  const object = renderWorkflowTemplate(config, options);
  const problems = lintWorkflowTemplate(object);
  if (problems.length > 0) throw lintError(problems);
  return object;
}

export function renderPipeline(config: AphexConfig, options: RenderOptions): RenderResult {
  const object = checkPipeline(config, options);
  const yaml = toYaml(object);
  return { name: object.metadata.name, namespace: object.metadata.namespace, object, yaml, digest: `sha256:${createHash('sha256').update(yaml).digest('hex')}` };
}

export function lintError(problems: LintProblem[]): ActionError {
  const limits = problems.filter((p) => p.limit);
  const lines = problems.slice(0, 20).map((p) => `  ${p.path || '(template)'}: ${p.message}${p.limit ? ` — over ${p.limit.what}` : ''}`);
  if (problems.length > 20) lines.push(`  ... and ${problems.length - 20} more`);
  if (limits.length > 0) {
    const size = limits.some((p) => p.limit === MAX_OBJECT_BYTES);
    return new ActionError(`The config needs a WorkflowTemplate beyond ${limits[0]?.limit?.what}:\n${lines.join('\n')}`, {
      hint:
        'Make the config smaller: fewer environments, or long commands moved into scripts in the repository.' +
        (size ? ' Each environment also receives the stack outputs of every environment before it (--upstream-outputs), so one long chain of dependent environments grows the template fastest: let independent environments depend on a common one (dependsOn) instead of on each other.' : ''),
      title: 'Argo limit',
    });
  }
  return new ActionError(`The rendered WorkflowTemplate would not pass Argo's checks:\n${lines.join('\n')}`, {
    hint: 'This is a defect in aphex-pipeline-action, not in your config: please report it with the config that caused it.',
    title: 'render',
  });
}
