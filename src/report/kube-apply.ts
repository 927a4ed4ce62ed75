/** Log lines and job summary of applying the WorkflowTemplate. Plain data in. */
import * as core from '@actions/core';
import { code, html, SummaryDoc } from './markdown.js';
import { writeSummary } from './summary.js';

export interface ApplyReport {
  name: string;
  namespace: string;
  server: string;
  source: string;
  fieldManager: string;
  dryRun: boolean;
  result: 'created' | 'configured' | 'unchanged';
  diff: string;
  digest: string;
}

export function reportConnecting(server: string, source: string): void {
  core.info(`Kubernetes API: ${server} (${source})`);
}

export function reportApplying(r: Pick<ApplyReport, 'name' | 'namespace' | 'fieldManager' | 'dryRun'>): void {
  core.info(`${r.dryRun ? 'Dry run: server-side applying' : 'Server-side applying'} WorkflowTemplate ${r.namespace}/${r.name} as field manager ${r.fieldManager}`);
}

function verdict(r: ApplyReport): string {
  return r.dryRun ? `would be ${r.result} (dry run: nothing was changed)` : r.result;
}

export function reportApplied(r: ApplyReport): void {
  core.info(`WorkflowTemplate ${r.namespace}/${r.name} ${verdict(r)}`);
  if (r.diff !== '') {
    core.startGroup(r.result === 'created' ? 'New WorkflowTemplate' : 'Changes (live → applied)');
    core.info(r.diff.replace(/\n$/, ''));
    core.endGroup();
  }
}

/** At most SUMMARY_DIFF_LINES lines of a diff in the summary (the log has all of it). */
export const SUMMARY_DIFF_LINES = 300;

function capped(diff: string): string {
  const lines = diff.replace(/\n$/, '').split('\n');
  if (lines.length <= SUMMARY_DIFF_LINES) return diff;
  return `${lines.slice(0, SUMMARY_DIFF_LINES).join('\n')}\n... ${lines.length - SUMMARY_DIFF_LINES} more lines in the step log\n`;
}

/** Lines of a diff that the object gained (not the +++ header). */
function addedLines(diff: string): number {
  return diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length;
}

export function applySummary(r: ApplyReport): SummaryDoc {
  const doc = new SummaryDoc()
    .heading(`WorkflowTemplate ${r.namespace}/${r.name}: ${verdict(r)}`)
    .paragraph(html`Cluster: ${code(r.server)} (${r.source}), field manager ${code(r.fieldManager)}`, r.digest ? html`, template ${code(r.digest)}` : '', '.');
  if (r.result === 'created') return doc.paragraph(`New object (${addedLines(r.diff)} lines); the full diff is in the step log.`);
  if (r.diff === '') return doc.paragraph('No changes.');
  return doc.codeBlock(capped(r.diff), 'diff');
}

export async function writeApplySummary(r: ApplyReport, env: NodeJS.ProcessEnv): Promise<void> {
  await writeSummary(env, applySummary(r));
}
