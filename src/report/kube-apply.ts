/** Log lines and job summary of applying the WorkflowTemplate. Plain data in. */
import * as core from '@actions/core';

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

export async function writeApplySummary(r: ApplyReport): Promise<void> {
  const s = core.summary
    .addHeading(`WorkflowTemplate ${r.namespace}/${r.name}: ${verdict(r)}`, 3)
    .addRaw(`Cluster: \`${r.server}\` (${r.source}), field manager \`${r.fieldManager}\`, template ${r.digest ? `\`${r.digest}\`` : ''}`, true);
  if (r.result === 'created') s.addRaw(`\nNew object (${r.diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++')).length} lines); the full diff is in the step log.\n`, true);
  else if (r.diff !== '') s.addRaw('\n```diff\n' + capped(r.diff).replace(/```/g, '`\u200b``') + '```\n', true);
  else s.addRaw('\nNo changes.\n', true);
  await s.write();
}
