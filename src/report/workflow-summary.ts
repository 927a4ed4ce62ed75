/** Log lines and job summary of a submitted Workflow. Plain data in. */
import * as core from '@actions/core';
import { code, html, SummaryDoc } from './markdown.js';
import { writeSummary } from './summary.js';
import { stepLogsSection, type StepLogView } from './workflow-logs.js';

export interface TransitionLine {
  node: string;
  from: string;
  to: string;
  message?: string;
}

/** One step of a Workflow as the summary shows it; the workflow module maps its nodes into these. */
export interface WorkflowRow {
  step: string;
  phase: string;
  started: string;
  finished: string;
  message: string;
}

export function reportSubmitted(namespace: string, name: string, template: string, parameters: { name: string; value: string }[]): void {
  const args = parameters.map((p) => `${p.name}=${p.value}`).join(', ');
  core.info(`Submitted Workflow ${namespace}/${name} from WorkflowTemplate ${template}${args ? ` with ${args}` : ''}`);
}

export function reportPhase(name: string, phase: string, message?: string): void {
  core.info(`Workflow ${name}: ${phase || 'Pending'}${message ? ` (${message})` : ''}`);
}

export function reportTransitions(lines: TransitionLine[]): void {
  for (const t of lines) core.info(`  ${t.node}: ${t.from || 'new'} → ${t.to}${t.message ? ` (${t.message})` : ''}`);
}

export function reportNotWaiting(name: string): void {
  core.info(`Not waiting for Workflow ${name} (wait: false).`);
}

export function reportDryRunNoSubmit(): void {
  core.info('Dry run: no Workflow is submitted.');
}

export function reportTimeout(name: string, minutes: number, phase: string): void {
  core.warning(`Workflow ${name} did not finish within ${minutes} minutes; it keeps running (phase ${phase || 'Pending'}).`, { title: 'workflow timeout' });
}

export function reportCancel(name: string, terminated: boolean, problem?: string): void {
  if (terminated) core.warning(`Job cancelled: asked Workflow ${name} to terminate (spec.shutdown=Terminate).`, { title: 'cancelled' });
  else if (problem) core.warning(`Job cancelled, but Workflow ${name} could not be terminated: ${problem}. Terminate it with: argo terminate ${name}`, { title: 'cancelled' });
  else core.warning(`Job cancelled; Workflow ${name} keeps running (stop-on-cancel: false).`, { title: 'cancelled' });
}

export function reportStackOutputs(json: string, perKey: number, ambiguous: string[]): void {
  core.info(`stack-outputs: ${json}`);
  if (perKey > 0) core.info(`  ${perKey} output key${perKey === 1 ? '' : 's'} also set as outputs of their own`);
  if (ambiguous.length > 0) core.info(`  only in the JSON (present in several stacks or named like an action output): ${ambiguous.join(', ')}`);
}

export function reportInvalidOutputs(names: string[]): void {
  core.warning(`Workflow output ${names.join(', ')} is not stack-outputs JSON ({"<Stack>": {"<Key>": "<value>"}}) and was left out of stack-outputs.`, { title: 'stack-outputs' });
}

export interface WorkflowSummary {
  namespace: string;
  name: string;
  phase: string;
  message?: string;
  /** Step rows in execution order. */
  rows: WorkflowRow[];
  /** Commands that show the logs (a failed Workflow). */
  logs?: string[];
  /** The failed steps' log excerpts. */
  stepLogs?: StepLogView[];
  /** The approval the Workflow waits for, and the step that gives it. */
  pending?: PendingView;
}

/** An approval a Workflow waits for. */
export interface PendingView {
  environment: string;
  /** When it started waiting (ISO), or ''. */
  since: string;
  /** Other environments waiting at the same time. */
  others: string[];
  /** YAML of the workflow step that approves it. */
  snippet: string;
}

export function reportPending(name: string, p: PendingView): void {
  core.notice(`Workflow ${name} waits for approval of environment ${p.environment}${p.since ? ` (since ${p.since})` : ''}. This step ends here; approve it from a later job.`, { title: 'approval' });
  if (p.others.length > 0) core.info(`Also waiting for approval: ${p.others.join(', ')}.`);
  core.info('The step that approves it (in a job of a GitHub environment with required reviewers):');
  for (const line of p.snippet.replace(/\n$/, '').split('\n')) core.info(`  ${line}`);
}

export function reportDecision(name: string, environment: string, message: string): void {
  core.info(`Workflow ${name}, environment ${environment}: ${message}`);
}

export function workflowSummary(w: WorkflowSummary): SummaryDoc {
  const doc = new SummaryDoc().heading(`Workflow ${w.name}: ${w.phase || 'Pending'}`);
  doc.paragraph(w.message ? html`Workflow ${code(`${w.namespace}/${w.name}`)}: ${w.message}` : html`Workflow ${code(`${w.namespace}/${w.name}`)}`);
  if (w.rows.length === 0) doc.paragraph('No steps ran.');
  else doc.table(['Step', 'Phase', 'Started', 'Finished', 'Message'], w.rows.map((r) => [r.step, r.phase, r.started, r.finished, r.message]));
  if (w.pending) {
    const others = w.pending.others.length > 0 ? ` Also waiting: ${w.pending.others.join(', ')}.` : '';
    doc.paragraph(html`<b>Waiting for approval: ${w.pending.environment}</b>${w.pending.since ? ` since ${w.pending.since}` : ''}.${others} Approve it from a later job, in a GitHub environment with required reviewers:`);
    doc.codeBlock(w.pending.snippet, 'yaml');
  }
  stepLogsSection(doc, w.stepLogs ?? []);
  if (w.logs && w.logs.length > 0) doc.paragraph('All logs:').codeBlock(w.logs.join('\n'), 'sh');
  return doc;
}

export async function writeWorkflowSummary(w: WorkflowSummary, env: NodeJS.ProcessEnv): Promise<void> {
  await writeSummary(env, workflowSummary(w));
}

export function reportParameterWarning(message: string): void {
  core.warning(message, { title: 'workflow-parameters' });
}
