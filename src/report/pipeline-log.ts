/** Log lines of a CodePipeline wait: one line per stage/action transition, inside a group. */
import * as core from '@actions/core';
import type { Transition } from '../codepipeline/progress.js';
import { failedActions, formatDuration, type ExecutionReport } from '../codepipeline/model.js';

export function transitionLine(t: Transition): string {
  if (t.action === undefined) return `[${t.stage}] stage ${t.status}`;
  const parts = [`[${t.stage}] ${t.action}: ${t.status}`];
  if (t.error) parts.push(`${t.error.code ?? 'Error'}: ${t.error.message ?? ''}`.trim());
  if (t.summary) parts.push(t.summary);
  if (t.url) parts.push(t.url);
  return parts.join(' | ');
}

export class ProgressLog {
  private open = false;
  private readonly title: string;

  constructor(title: string) {
    this.title = title;
  }

  transition(t: Transition): void {
    this.ensureOpen();
    core.info(transitionLine(t));
  }

  note(message: string): void {
    this.ensureOpen();
    core.info(message);
  }

  warn(message: string): void {
    core.warning(message);
  }

  close(): void {
    if (this.open) core.endGroup();
    this.open = false;
  }

  private ensureOpen(): void {
    if (!this.open) core.startGroup(this.title);
    this.open = true;
  }
}

export function info(message: string): void {
  core.info(message);
}

export function notice(message: string): void {
  core.notice(message);
}

export function warn(message: string): void {
  core.warning(message);
}

/** Lines describing how the execution ended: the result and every failed action with its details. */
export function resultLines(report: ExecutionReport): string[] {
  const lines = [`Execution ${report.executionId} of ${report.pipelineName}: ${report.status}${report.statusSummary ? ` (${report.statusSummary})` : ''}`, `  ${report.url}`];
  for (const a of failedActions(report)) {
    lines.push(`  Failed: stage ${a.stage}, action ${a.action}${a.provider ? ` (${a.provider})` : ''} after ${formatDuration(a.durationMs) || '?'}`);
    if (a.error) lines.push(`    ${a.error.code ?? 'Error'}: ${a.error.message ?? ''}`);
    if (a.summary) lines.push(`    ${a.summary}`);
    if (a.url) lines.push(`    ${a.url}`);
  }
  return lines;
}

export function logResult(report: ExecutionReport): void {
  for (const line of resultLines(report)) core.info(line);
}
