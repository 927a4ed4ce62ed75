/**
 * The failed steps' logs of a Workflow in the job: the last lines of each in a log group, echoed
 * with workflow commands stopped (echoVerbatim), and an excerpt in the job summary; for a step
 * without a log, why (pod deleted, RBAC) and the commands that read it. Plain data in.
 */
import * as core from '@actions/core';
import { echoVerbatim } from './evidence.js';
import { code, html, SummaryDoc } from './markdown.js';

/** One failed step: its log's last lines, or why there is none. */
export type StepLogView =
  | { kind: 'log'; step: string; pod: string; lines: string[] }
  | { kind: 'missing'; step: string; pod: string; why: 'gone' | 'forbidden' | 'unavailable'; detail: string; commands: string[] };

/** Lines of each log in the job summary (the log group has up to 100). */
export const SUMMARY_LOG_LINES = 30;

function missingLine(l: Extract<StepLogView, { kind: 'missing' }>): string {
  const rbac = l.why === 'forbidden' ? ' The identity needs the verb get on pods/log (RBAC, docs/kubernetes.md).' : '';
  return `No log of step ${l.step}: ${l.detail}.${rbac} Read it with: ${l.commands.join('  or  ')}`;
}

export function logStepLogs(logs: StepLogView[]): void {
  for (const l of logs) {
    if (l.kind === 'missing') {
      core.warning(missingLine(l), { title: 'step logs' });
      continue;
    }
    core.startGroup(`Last ${l.lines.length} lines of ${l.step} (pod ${l.pod}, container main)`);
    echoVerbatim(l.lines.length > 0 ? l.lines : ['(the log is empty)']);
    core.endGroup();
  }
}

/** The summary section: an excerpt of each failed step's log, or why there is none. */
export function stepLogsSection(doc: SummaryDoc, logs: StepLogView[]): SummaryDoc {
  if (logs.length === 0) return doc;
  doc.heading('Logs of the failed steps', 4);
  for (const l of logs) {
    if (l.kind === 'missing') {
      doc.paragraph(html`<b>${l.step}</b> — no log: ${l.detail}.${l.why === 'forbidden' ? ' The identity needs the verb get on pods/log.' : ''}`);
      doc.codeBlock(l.commands.join('\n'), 'sh');
      continue;
    }
    const shown = l.lines.slice(-SUMMARY_LOG_LINES);
    const more = l.lines.length > shown.length ? ` (last ${shown.length} of the ${l.lines.length} lines in the step log)` : '';
    doc.paragraph(html`<b>${l.step}</b> — pod ${code(l.pod)}, container ${code('main')}${more}`);
    doc.codeBlock(shown.length > 0 ? shown.join('\n') : '(the log is empty)', 'text');
  }
  return doc;
}
