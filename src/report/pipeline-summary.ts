/** The job summary of a CodePipeline execution: result, links, a stage/action table and the stack outputs. */
import { formatDuration, type ExecutionReport } from '../codepipeline/model.js';
import type { StackOutputs } from '../stack-outputs.js';
import { code, html, join, link, strong, SummaryDoc, type Html, type Inline } from './markdown.js';
import { writeSummary } from './summary.js';

const ICON: Record<string, string> = {
  Succeeded: '✅',
  Failed: '❌',
  InProgress: '⏳',
  Stopped: '⏹️',
  Stopping: '⏹️',
  Abandoned: '⏹️',
  Cancelled: '⏹️',
  Superseded: '⏭️',
  NotRun: '➖',
};

function statusText(status: string): string {
  return `${ICON[status] ?? ''} ${status}`.trim();
}

/** Rows of the stage/action table: a bold row per stage, then one per action. */
export function summaryRows(report: ExecutionReport): Inline[][] {
  const rows: Inline[][] = [];
  for (const stage of report.stages) {
    rows.push([strong(stage.name), '', statusText(stage.status), formatDuration(stage.durationMs), '']);
    for (const a of stage.actions) {
      const details: Inline[] = [];
      if (a.error) details.push(`${a.error.code ?? 'Error'}: ${a.error.message ?? ''}`);
      else if (a.summary) details.push(a.summary);
      if (a.url) details.push(link(a.url, 'details'));
      rows.push(['', a.action, statusText(a.status), formatDuration(a.durationMs), join(details, html`<br>`)]);
    }
  }
  return rows;
}

/** Stack / key / value rows, stacks and keys sorted (as in the stack-outputs JSON). */
export function stackOutputRows(outputs: StackOutputs): string[][] {
  return Object.keys(outputs)
    .sort()
    .flatMap((stack) => {
      const keys = outputs[stack] ?? {};
      return Object.keys(keys)
        .sort()
        .map((key) => [stack, key, keys[key] ?? '']);
    });
}

function executionLine(report: ExecutionReport): Html {
  const id = link(report.url, code(report.executionId));
  return report.statusSummary ? html`Execution ${id} — ${report.statusSummary}` : html`Execution ${id}`;
}

export function pipelineSummary(report: ExecutionReport, extra: string[] = [], outputs: StackOutputs = {}): SummaryDoc {
  const doc = new SummaryDoc().heading(`CodePipeline ${report.pipelineName}: ${statusText(report.status)}`).paragraph(executionLine(report));
  for (const line of extra) doc.paragraph(line);
  doc.table(['Stage', 'Action', 'Status', 'Duration', 'Details'], summaryRows(report));
  const rows = stackOutputRows(outputs);
  if (rows.length > 0) doc.heading('Stack outputs', 4).table(['Stack', 'Key', 'Value'], rows);
  return doc;
}

/**
 * Appends the execution's summary. Values registered as secrets (setSecret) are shown as ***,
 * as in the log: a summary file is not masked by the runner.
 */
export async function writePipelineSummary(report: ExecutionReport, extra: string[], outputs: StackOutputs, env: NodeJS.ProcessEnv): Promise<void> {
  await writeSummary(env, pipelineSummary(report, extra, outputs));
}
