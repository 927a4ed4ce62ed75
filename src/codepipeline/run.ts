/**
 * Awaiting an execution and reporting it: what `start` and `await` share once they know the
 * execution. Narrow inputs (the pipeline API, the command's one deadline, a few switches) and
 * callbacks for what reaches the runner (outputs, log, summary, GitHub Deployment), so that this
 * module learns nothing about inputs, GitHub or @actions/*.
 */
import type { ActionExecutionDetail, PipelineApi, PipelineExecution } from './api.js';
import { messageOf } from '../errors.js';
import type { Clock } from '../clock.js';
import { learnExpectation, startOf } from './estimate.js';
import { finishExecution, type DeploymentTracker, type PipelineOutputs, type PipelineReporter } from './finish.js';
import { layoutOf } from './model.js';
import { once, type OnceOptions } from './once.js';
import { executionUrl } from './url.js';
import { waitForExecution } from './wait.js';

export type { DeploymentTracker, PipelineOutputs, PipelineReporter, ProgressSink } from './finish.js';

/** Stopping on cancel must fit the runner's grace period: two quick attempts. */
const STOP_ON_CANCEL_RETRY = { maxAttempts: 2, baseDelayMs: 300, maxDelayMs: 600, deadlineMs: 3000, attemptTimeoutMs: 2500 };

/**
 * One call before waiting: the pipeline's most recent action executions (one page), to learn
 * how long stages take and when the execution started. Best effort: without them the wait only
 * has no estimate, so a failure is a warning.
 */
export async function preparePipeline(api: PipelineApi, o: Pick<OnceOptions, 'clock' | 'signal'> & { warn(m: string): void; info(m: string): void }): Promise<ActionExecutionDetail[]> {
  try {
    return await once('ListActionExecutions', () => api.listActionExecutions(undefined, o.signal, 1), { clock: o.clock, signal: o.signal, log: o.info });
  } catch (e) {
    // Cancelled meanwhile: the wait that follows stops the execution at once.
    if (!o.signal?.aborted) o.warn(`Could not read the pipeline's recent action executions, so the wait polls without an estimate of the remaining time: ${messageOf(e)}`);
    return [];
  }
}

export interface AwaitRun {
  api: PipelineApi;
  executionId: string;
  /** What GetPipelineExecution said of it before (await with execution-id), when asked. */
  known?: PipelineExecution;
  /** From preparePipeline. */
  recent: ActionExecutionDetail[];
  /** The command's one deadline (clock ms), set when it started. */
  deadline: number;
  timeoutMinutes: number;
  followSuperseded: boolean;
  /** The reason StopPipelineExecution is given when the job is cancelled; undefined leaves the execution running. */
  stopReason: string | undefined;
  signal: AbortSignal;
  clock: Clock;
  deployment: DeploymentTracker | undefined;
  outputs: PipelineOutputs;
  report: PipelineReporter;
}

/** Awaits the execution (following superseding ones), then sets outputs, reports, and throws unless it succeeded. */
export async function awaitAndReport(o: AwaitRun): Promise<void> {
  const { api, clock } = o;
  const began = clock.now();
  let current = o.executionId;
  let stopping: Promise<string> | undefined;
  const onCancel = (): void => {
    if (o.stopReason !== undefined) stopping = stopOnCancel(o, current, o.stopReason);
  };
  o.signal.addEventListener('abort', onCancel, { once: true });
  if (o.signal.aborted) onCancel();
  const log = o.report.progress(`Awaiting CodePipeline ${api.pipelineName} execution ${o.executionId}`);
  try {
    const outcome = await waitForExecution({
      api,
      executionId: o.executionId,
      known: o.known,
      execStartMs: startOf(o.recent, o.executionId),
      deadline: o.deadline,
      timeoutMs: o.timeoutMinutes * 60_000,
      signal: o.signal,
      followSuperseded: o.followSuperseded,
      learn: (state) => learnExpectation(o.recent, layoutOf(state).map((l) => l.stage), o.executionId),
      clock,
      hooks: { transition: (t) => log.transition(t), note: (m) => log.note(m), warn: (m) => log.warn(m) },
    }).catch(async (e: unknown) => {
      const url = executionUrl(api.region, api.pipelineName, current);
      await o.deployment?.status('error', url, `Could not follow CodePipeline ${api.pipelineName}: ${messageOf(e)}`);
      throw e;
    });
    current = outcome.executionId;
    log.close();
    if (outcome.executionId !== o.executionId) {
      o.outputs.set('execution-id', outcome.executionId);
      o.outputs.set('execution-url', executionUrl(api.region, api.pipelineName, outcome.executionId));
    }
    await finishExecution({ api, outcome, layout: layoutOf(outcome.state), deployment: o.deployment, stopping, waitedMs: clock.now() - began, timeoutMinutes: o.timeoutMinutes, clock, signal: o.signal, outputs: o.outputs, report: o.report });
  } finally {
    o.signal.removeEventListener('abort', onCancel);
    log.close();
  }
}

function stopOnCancel(o: AwaitRun, id: string, reason: string): Promise<string> {
  return once('StopPipelineExecution', () => o.api.stop(id, false, reason), { clock: o.clock, policy: STOP_ON_CANCEL_RETRY, log: o.report.info }).then(
    () => `Stop requested for execution ${id} (${reason}).`,
    (e: unknown) => `Could not stop execution ${id}: ${messageOf(e)}`,
  );
}
