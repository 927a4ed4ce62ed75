/** Log lines and the job summary of `validate` and `render`. */
import * as core from '@actions/core';
import type { AphexConfig, EnvironmentConfig } from '../aphex/model.js';
import { code, html, strong, SummaryDoc } from './markdown.js';
import { writeSummary } from './summary.js';

/** The step summary is capped at 1 MiB by GitHub; keep the YAML well below it. */
const MAX_SUMMARY_YAML = 256 * 1024;

export interface RenderedSummary {
  name: string;
  digest: string;
  yaml: string;
  path: string;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function counts(config: AphexConfig): string {
  return `${plural(config.environments.length, 'environment')}, ${plural(config.environments.reduce((n, e) => n + e.stacks.length, 0), 'stack')}`;
}

export function logConfigValid(config: AphexConfig, file: string, templateName: string): void {
  core.info(`${file} is valid: ${counts(config)}; it renders as WorkflowTemplate ${templateName} within Argo's limits.`);
}

export function logRendered(name: string, digest: string, path: string): void {
  core.info(`Rendered WorkflowTemplate ${name} (${digest}) to ${path}.`);
}

function after(envs: EnvironmentConfig[], i: number): string {
  const env = envs[i] as EnvironmentConfig;
  const deps = env.dependsOn ?? (i === 0 ? [] : [(envs[i - 1] as EnvironmentConfig).name]);
  return deps.length === 0 ? 'pipeline deployment' : deps.join(', ');
}

/** The summary: a table of environments and stacks, and the rendered YAML collapsed. */
export function configSummary(config: AphexConfig, file: string, rendered?: RenderedSummary): SummaryDoc {
  const doc = new SummaryDoc().heading(html`AphexPipeline config ${code(file)}`).paragraph(`${counts(config)}; build: ${plural(config.build.commands.length, 'command')}.`);
  const rows = config.environments.map((env, i) => [
    String(i + 1),
    env.name,
    env.region,
    env.account,
    env.stacks.map((s) => `${s.name} (${s.path})`).join(' → '),
    env.tests ? String(env.tests.commands.length) : '—',
    env.approval ? 'manual' : '—',
    after(config.environments, i),
  ]);
  doc.table(['#', 'Environment', 'Region', 'Account', 'Stacks (in order)', 'Tests', 'Approval', 'After'], rows);
  if (!rendered) return doc;
  doc.paragraph(html`WorkflowTemplate ${strong(rendered.name)} ${code(rendered.digest)}, written to ${code(rendered.path)}.`);
  if (rendered.yaml.length > MAX_SUMMARY_YAML) return doc.paragraph(`The YAML (${rendered.yaml.length} characters) is too large for the summary; see the file.`);
  return doc.details('Rendered WorkflowTemplate YAML', new SummaryDoc().codeBlock(rendered.yaml, 'yaml'));
}

/** The summary as Markdown text. */
export function configSummaryMarkdown(config: AphexConfig, file: string, rendered?: RenderedSummary): string {
  return configSummary(config, file, rendered).toString();
}

/** Appends the summary to the job summary (see writeSummary: a summary that cannot be written is only warned about). */
export async function writeConfigSummary(env: NodeJS.ProcessEnv, config: AphexConfig, file: string, rendered?: RenderedSummary): Promise<void> {
  await writeSummary(env, configSummary(config, file, rendered));
}
