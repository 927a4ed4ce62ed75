/**
 * Failure evidence in the job: each build log and stack's failed events in a log group, one note
 * per action that has none, and a job summary section. The log lines are another program's text:
 * they are echoed between ::stop-commands::<random token> and ::<token>::, so that no line of
 * them can act as a workflow command (set an output, add a mask, fail the step).
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import type { BuildLogEvidence, Evidence, StackEventsEvidence } from '../evidence/model.js';
import { SUMMARY_LOG_LINES } from '../evidence/model.js';
import { code, html, link, SummaryDoc } from './markdown.js';
import { redact } from './secrets.js';
import { writeSummary } from './summary.js';

/** Prints `lines` as text only: workflow commands are off between the two markers. */
export function echoVerbatim(lines: string[]): void {
  const token = randomBytes(16).toString('hex');
  core.info(`::stop-commands::${token}`);
  for (const line of lines) core.info(redact(line));
  core.info(`::${token}::`);
}

function where(e: Evidence): string {
  return `${e.stage}.${e.action}`;
}

function stackLines(e: StackEventsEvidence): string[] {
  return e.failures.map((f, i) => `${i === 0 ? 'First failure' : 'Then'}: ${f.resource} (${f.type}) ${f.status} at ${f.at}: ${f.reason || 'no reason given'}`);
}

/** The evidence in the log: a group per build log or stack, a warning per note. */
export function logEvidence(items: Evidence[]): void {
  for (const e of items) {
    if (e.kind === 'note') {
      core.warning(`${where(e)}: ${e.text}`, { title: 'failure evidence' });
      continue;
    }
    const title = e.kind === 'build-log' ? `Build log of ${where(e)}: last ${e.lines.length} lines of build ${e.buildId}` : `Stack ${e.stack} of ${where(e)}: ${e.failures.length} failed event${e.failures.length === 1 ? '' : 's'}, first failure first`;
    core.startGroup(title);
    echoVerbatim(e.kind === 'build-log' ? (e.lines.length > 0 ? e.lines : ['(the log stream is empty)']) : stackLines(e));
    core.endGroup();
    if (e.kind === 'stack-events') core.info(`${where(e)}: stack ${e.stack} first failed at ${e.failures[0]?.resource}: ${e.failures[0]?.status}: ${redact(e.failures[0]?.reason ?? '')}`);
  }
}

function buildSection(doc: SummaryDoc, e: BuildLogEvidence): void {
  const shown = e.lines.slice(-SUMMARY_LOG_LINES);
  const more = e.lines.length > shown.length ? ` (last ${shown.length} of the ${e.lines.length} lines in the job log)` : '';
  doc.paragraph(html`<b>${where(e)}</b> — build ${code(e.buildId)}, ${link(e.deepLink, `${e.group} ${e.stream}`)}${more}`);
  doc.codeBlock(shown.length > 0 ? shown.join('\n') : '(the log stream is empty)', 'text');
}

function stackSection(doc: SummaryDoc, e: StackEventsEvidence): void {
  doc.paragraph(html`<b>${where(e)}</b> — stack ${code(e.stack)}, failed events of this deployment, first failure first`);
  doc.table(['Resource', 'Type', 'Status', 'Reason', 'Time'], e.failures.map((f) => [f.resource, f.type, f.status, f.reason, f.at]));
}

export function evidenceSummary(items: Evidence[]): SummaryDoc {
  const doc = new SummaryDoc();
  if (items.length === 0) return doc;
  doc.heading('Why it failed', 4);
  for (const e of items) {
    if (e.kind === 'build-log') buildSection(doc, e);
    else if (e.kind === 'stack-events') stackSection(doc, e);
    else doc.paragraph(html`<b>${where(e)}</b> — ${e.text}`);
  }
  return doc;
}

/** Log and job summary; never throws (a summary that cannot be written is a warning of its own). */
export async function reportEvidence(items: Evidence[], env: NodeJS.ProcessEnv): Promise<void> {
  logEvidence(items);
  await writeSummary(env, evidenceSummary(items));
}
