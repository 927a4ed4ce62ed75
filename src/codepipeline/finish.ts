/** After a wait: outputs (even on failure), log result, job summary, Deployment status, and the verdict (throws unless it succeeded). */
import type { ActionExecutionDetail, PipelineApi } from './api.js';
import { ActionError, messageOf } from '../errors.js';
import type { Clock } from '../clock.js';
import { buildReport, failedActions, type ExecutionReport, type Layout } from './model.js';
import { once, ONE_OFF_RETRY, SINGLE_ATTEMPT } from './once.js';
import { outputVariables, stackOutputsOf } from './outputs.js';
import type { Transition } from './progress.js';
import { verdictOf } from './status.js';
import { executionUrl } from './url.js';
import type { WaitOutcome } from './wait.js';
import type { StackOutputs } from '../stack-outputs.js';
import type { Evidence } from '../evidence/model.js';

/** The outputs a CodePipeline wait sets. */
export interface PipelineOutputs {
  set(name: 'execution-id' | 'execution-url' | 'execution-status' | 'output-variables', value: string): void;
  /** Sets stack-outputs and an output per unique key; returns the keys only reachable through the JSON. */
  stackOutputs(outputs: StackOutputs): { ambiguous: string[] };
}

/** The log group of a wait: one line per transition. */
export interface ProgressSink {
  transition(t: Transition): void;
  note(message: string): void;
  warn(message: string): void;
  close(): void;
}

export interface PipelineReporter {
  info(message: string): void;
  warn(message: string): void;
  progress(title: string): ProgressSink;
  /** The result in the log and the job summary. */
  result(report: ExecutionReport, extra: string[], stackOutputs: StackOutputs): Promise<void>;
  /** Shows what explains the failed actions (build logs, stack events); without it none is gathered. */
  evidence?(items: Evidence[]): Promise<void>;
}

/** A GitHub Deployment (or anything) following the execution; best effort, never throws. */
export interface DeploymentTracker {
  status(state: 'in_progress' | 'success' | 'failure' | 'error', logUrl: string, description: string): Promise<void>;
}

export interface Finish {
  api: PipelineApi;
  outcome: WaitOutcome;
  layout: Layout;
  deployment: DeploymentTracker | undefined;
  /** The stop requested when the job was cancelled: resolves to what to say about it. */
  stopping: Promise<string> | undefined;
  waitedMs: number;
  timeoutMinutes: number;
  clock: Clock;
  /** The job's cancellation (ends the gathering of failure evidence). */
  signal?: AbortSignal;
  outputs: PipelineOutputs;
  report: PipelineReporter;
}

export async function finishExecution(f: Finish): Promise<void> {
  const { api, outcome } = f;
  const id = outcome.executionId;
  const url = executionUrl(api.region, api.pipelineName, id);
  if (outcome.end === 'cancelled') return cancelled(f, url);
  f.outputs.set('execution-status', outcome.status);
  const details = await actionExecutions(f);
  f.outputs.set('output-variables', JSON.stringify(outputVariables(details)));
  const stacks = stackOutputsOf(details);
  const plan = f.outputs.stackOutputs(stacks);
  if (plan.ambiguous.length > 0) f.report.info(`Stack output keys only in the stack-outputs JSON (present in several stacks or named like an output): ${plan.ambiguous.join(', ')}`);
  const report = buildReport({ pipelineName: api.pipelineName, executionId: id, url, status: outcome.status, statusSummary: outcome.execution?.statusSummary }, f.layout, details);
  const extra = outcome.followed.map((x) => `Execution ${x.from} was superseded by ${x.to}, which was awaited instead.`);
  if (outcome.end === 'timeout') extra.push(outcome.failing ? `CodePipeline could not be read when timeout-minutes (${f.timeoutMinutes}) ran out: ${outcome.failing.text}` : `Still ${outcome.status} after timeout-minutes (${f.timeoutMinutes}): the pipeline keeps running.`);
  await f.report.result(report, extra, stacks);
  if (outcome.status === 'Failed') await explainFailure(f, details);
  const verdict = outcome.end === 'timeout' ? 'timeout' : verdictOf(outcome.status);
  await f.deployment?.status(verdict === 'success' ? 'success' : verdict === 'timeout' ? 'in_progress' : 'failure', url, `CodePipeline ${api.pipelineName}: ${outcome.status}`);
  if (verdict === 'success') return f.report.info(`Execution ${id} of pipeline ${api.pipelineName} succeeded (waited ${(f.waitedMs / 60_000).toFixed(1)} min).`);
  if (verdict === 'timeout') throw timedOut(f, url);
  throw failure(report, outcome);
}

/** The action executions of the execution (outputs and report); empty, with a warning, when they cannot be read. */
async function actionExecutions(f: Finish): Promise<ActionExecutionDetail[]> {
  const id = f.outcome.executionId;
  // Past a deadline that came while CodePipeline was failing, one attempt is all that is left.
  const policy = f.outcome.failing ? SINGLE_ATTEMPT : ONE_OFF_RETRY;
  try {
    return await once('ListActionExecutions', () => f.api.listActionExecutions(id), { clock: f.clock, policy, log: f.report.info });
  } catch (e) {
    f.report.warn(`Could not read the action executions of ${id}, so output-variables and stack-outputs are empty: ${messageOf(e)}`);
    return [];
  }
}

/** Build logs and stack events of the failed actions (SDK clients loaded only now); never changes the outcome. */
async function explainFailure(f: Finish, details: ActionExecutionDetail[]): Promise<void> {
  const show = f.report.evidence;
  const session = f.api.session;
  if (!show || !session || f.signal?.aborted) return;
  try {
    const { explainable, failedDetails, gatherEvidence } = await import('../evidence/index.js');
    const failed = failedDetails(details).filter(explainable);
    if (failed.length > 0) await show(await gatherEvidence(session, failed, { clock: f.clock, signal: f.signal }));
  } catch (e) {
    f.report.warn(`Could not gather the failure evidence: ${messageOf(e)}`);
  }
}

function timedOut(f: Finish, url: string): ActionError {
  const { outcome, api } = f;
  const id = outcome.executionId;
  const later = `await it later with command: await and execution-id: ${id}. ${url}`;
  const failing = outcome.failing;
  if (failing) {
    return new ActionError(`timeout-minutes (${f.timeoutMinutes}) ran out while execution ${id} of pipeline ${api.pipelineName} could not be read (${failing.summary}): ${failing.text} It was left running, not stopped.`, {
      cause: failing.error,
      hint: `${failing.error.hint ? `${failing.error.hint} ` : ''}Then ${later}`,
      title: failing.error.title ?? 'CodePipeline timeout',
    });
  }
  return new ActionError(`Execution ${id} of pipeline ${api.pipelineName} is still ${outcome.status} after timeout-minutes (${f.timeoutMinutes}); it was left running, not stopped.`, {
    hint: `Raise timeout-minutes, or ${later}`,
    title: 'CodePipeline timeout',
  });
}

function failure(report: ExecutionReport, outcome: WaitOutcome): ActionError {
  const head = `Execution ${report.executionId} of pipeline ${report.pipelineName} ${outcome.status}`;
  if (outcome.status === 'Superseded') {
    return new ActionError(`${head}: a newer execution replaced it before it finished.`, {
      hint: `Set follow-superseded: true to await the execution that replaced it. ${report.url}`,
      title: 'CodePipeline superseded',
    });
  }
  const failed = failedActions(report);
  const where = failed.map((a) => `stage ${a.stage}, action ${a.action}: ${a.error?.code ?? 'Error'}: ${a.error?.message ?? a.summary ?? 'no details'}`);
  const why = where.length > 0 ? where.join('; ') : report.statusSummary ?? 'no failed action reported';
  const links = [...failed.map((a) => a.url).filter((u): u is string => Boolean(u)), report.url];
  return new ActionError(`${head}: ${why}`, {
    hint: `${outcome.status === 'Failed' ? 'Fix the failed action and retry the stage, or push a fix.' : 'It was stopped or cancelled in CodePipeline.'} Details: ${links.join(' ')}`,
    title: `CodePipeline ${outcome.status}`,
  });
}

/** Resolves with `p`, or with `fallback` after `ms` (the clock's sleep, cut short when `p` settles first). */
async function within<T>(p: Promise<T>, ms: number, fallback: T, clock: Clock): Promise<T> {
  const timer = new AbortController();
  try {
    return await Promise.race([p, clock.sleep(ms, timer.signal).then(() => fallback)]);
  } finally {
    timer.abort();
  }
}

async function cancelled(f: Finish, url: string): Promise<never> {
  const id = f.outcome.executionId;
  f.outputs.set('execution-status', f.stopping ? 'Stopping' : 'InProgress');
  const said = f.stopping ? await within(f.stopping, 3000, `Stop requested for execution ${id}; no answer yet.`, f.clock) : `stop-on-cancel is false: execution ${id} keeps running.`;
  f.report.info(said);
  if (f.deployment) await within(f.deployment.status('failure', url, f.stopping ? 'Job cancelled; pipeline stop requested' : 'Job cancelled'), 1500, undefined, f.clock);
  throw new ActionError(`The job was cancelled while awaiting execution ${id}. ${said}`, { hint: url, title: 'cancelled' });
}
