/** The job summary of a CodePipeline execution: result, links and a stage/action table. */
import * as core from '@actions/core';
import { formatDuration, type ExecutionReport } from '../codepipeline/model.js';

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

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellStatus(status: string): string {
  return `${ICON[status] ?? ''} ${esc(status)}`.trim();
}

export function summaryRows(report: ExecutionReport): { data: string; header?: boolean }[][] {
  const header = ['Stage', 'Action', 'Status', 'Duration', 'Details'].map((data) => ({ data, header: true }));
  const rows: { data: string; header?: boolean }[][] = [header];
  for (const stage of report.stages) {
    rows.push([{ data: `<b>${esc(stage.name)}</b>` }, { data: ' ' }, { data: cellStatus(stage.status) }, { data: formatDuration(stage.durationMs) }, { data: ' ' }]);
    for (const a of stage.actions) {
      const details: string[] = [];
      if (a.error) details.push(esc(`${a.error.code ?? 'Error'}: ${a.error.message ?? ''}`));
      else if (a.summary) details.push(esc(a.summary));
      if (a.url) details.push(`<a href="${esc(a.url)}">details</a>`);
      rows.push([{ data: ' ' }, { data: esc(a.action) }, { data: cellStatus(a.status) }, { data: formatDuration(a.durationMs) }, { data: details.join('<br>') }]);
    }
  }
  return rows;
}

export async function writePipelineSummary(report: ExecutionReport, extra: string[] = []): Promise<void> {
  const s = core.summary
    .addHeading(`CodePipeline ${esc(report.pipelineName)}: ${cellStatus(report.status)}`, 3)
    .addRaw(`Execution <a href="${esc(report.url)}"><code>${esc(report.executionId)}</code></a>${report.statusSummary ? ` — ${esc(report.statusSummary)}` : ''}`, true);
  for (const line of extra) s.addRaw(`<p>${esc(line)}</p>`, true);
  await s.addTable(summaryRows(report)).write();
}
