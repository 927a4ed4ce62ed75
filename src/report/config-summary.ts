/** Log lines and the job summary of `validate` and `render`. */
import * as core from '@actions/core';
import type { AphexConfig, EnvironmentConfig } from '../aphex/model.js';

/** The step summary is capped at 1 MiB by GitHub; keep the YAML well below it. */
const MAX_SUMMARY_YAML = 256 * 1024;

export interface RenderedSummary {
  name: string;
  digest: string;
  yaml: string;
  path: string;
}

function counts(config: AphexConfig): string {
  const envs = config.environments.length;
  const stacks = config.environments.reduce((n, e) => n + e.stacks.length, 0);
  return `${envs} environment${envs === 1 ? '' : 's'}, ${stacks} stack${stacks === 1 ? '' : 's'}`;
}

export function logConfigValid(config: AphexConfig, file: string, templateName: string): void {
  core.info(`${file} is valid: ${counts(config)}; it renders as WorkflowTemplate ${templateName} within Argo's limits.`);
}

export function logRendered(name: string, digest: string, path: string): void {
  core.info(`Rendered WorkflowTemplate ${name} (${digest}) to ${path}.`);
}

/** Escapes text for a Markdown table cell (HTML and pipes, one line). */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '&#124;')
    .replace(/`/g, '&#96;')
    .replace(/\r?\n/g, ' ');
}

/** Text for a Markdown code span: no HTML escaping there, but no backticks or line breaks either. */
function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/\r?\n/g, ' ')}\``;
}

function after(envs: EnvironmentConfig[], i: number): string {
  const env = envs[i] as EnvironmentConfig;
  const deps = env.dependsOn ?? (i === 0 ? [] : [(envs[i - 1] as EnvironmentConfig).name]);
  return deps.length === 0 ? 'pipeline deployment' : deps.map(cell).join(', ');
}

/** Markdown: a table of environments and stacks, and the rendered YAML collapsed. */
export function configSummaryMarkdown(config: AphexConfig, file: string, rendered?: RenderedSummary): string {
  const lines = [`### AphexPipeline config ${code(file)}`, '', `${counts(config)}; build: ${config.build.commands.length} command${config.build.commands.length === 1 ? '' : 's'}.`, ''];
  lines.push('| # | Environment | Region | Account | Stacks (in order) | Tests | Approval | After |', '|---|---|---|---|---|---|---|---|');
  config.environments.forEach((env, i) => {
    const stacks = env.stacks.map((s) => `${cell(s.name)} (${cell(s.path)})`).join(' → ');
    const tests = env.tests ? `${env.tests.commands.length}` : '—';
    lines.push(`| ${i + 1} | ${cell(env.name)} | ${cell(env.region)} | ${cell(env.account)} | ${stacks} | ${tests} | ${env.approval ? 'manual' : '—'} | ${after(config.environments, i)} |`);
  });
  if (rendered) {
    lines.push('', `WorkflowTemplate **${cell(rendered.name)}** ${code(rendered.digest)}, written to ${code(rendered.path)}.`, '');
    if (rendered.yaml.length > MAX_SUMMARY_YAML) {
      lines.push(`The YAML (${rendered.yaml.length} characters) is too large for the summary; see the file.`);
    } else {
      lines.push('<details><summary>Rendered WorkflowTemplate YAML</summary>', '', '<pre lang="yaml"><code>' + preText(rendered.yaml) + '</code></pre>', '', '</details>');
    }
  }
  return lines.join('\n') + '\n';
}

/** HTML-escapes multi-line text for a <pre> block. */
function preText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Appends the summary to the job summary, when the runner provides one. */
export async function writeConfigSummary(env: NodeJS.ProcessEnv, config: AphexConfig, file: string, rendered?: RenderedSummary): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) return;
  await core.summary.addRaw(configSummaryMarkdown(config, file, rendered)).write();
}
