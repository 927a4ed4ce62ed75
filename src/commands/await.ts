/**
 * await: the execution given by execution-id, or the one of commit-sha (waiting for it to
 * appear). Also the waiting half of `start` (awaitAndReport).
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { ActionError, InputError } from '../errors.js';
import { openPipelineApi, type ActionExecutionDetail, type PipelineApi } from '../codepipeline/api.js';
import { learnExpectation, startOf } from '../codepipeline/estimate.js';
import { locateByCommit } from '../codepipeline/locate.js';
import { layoutOf } from '../codepipeline/model.js';
import { executionUrl } from '../codepipeline/url.js';
import { realClock } from '../clock.js';
import { waitForExecution } from '../codepipeline/wait.js';
import type { DeploymentRecord } from '../github/deployments.js';
import { ProgressLog, info } from '../report/pipeline-log.js';
import { finishExecution } from './pipeline-finish.js';

export interface Prepared {
  /** The pipeline's most recent action executions (one page): what earlier executions took. */
  recent: ActionExecutionDetail[];
}

/** One call before waiting: recent action executions to learn durations from. */
export async function preparePipeline(api: PipelineApi, signal: AbortSignal): Promise<Prepared> {
  try {
    return { recent: await api.listActionExecutions(undefined, signal, 1) };
  } catch (e) {
    // Cancelled meanwhile: the wait that follows stops the execution at once.
    if (signal.aborted) return { recent: [] };
    throw e;
  }
}

export async function recordDeployment(ctx: CommandContext, ref: string, executionId: string): Promise<DeploymentRecord | undefined> {
  const s = ctx.settings;
  if (s.githubToken === '') return undefined;
  if (s.environment === '') {
    info('github-token is set but environment is empty: no GitHub Deployment recorded.');
    return undefined;
  }
  // The GitHub client is loaded only when a Deployment is recorded.
  const { createDeployment } = await import('../github/deployments.js');
  return createDeployment({
    token: s.githubToken,
    apiUrl: ctx.env.GITHUB_API_URL || 'https://api.github.com',
    repository: s.run.repository,
    ref,
    environment: s.environment,
    description: `CodePipeline ${s.pipelineName}`,
    payload: { pipeline: s.pipelineName, executionId },
  });
}

/** Awaits the execution (following superseding ones), then sets outputs, reports, and fails if it did not succeed. */
export async function awaitAndReport(ctx: CommandContext, api: PipelineApi, executionId: string, prepared: Prepared, deployment: DeploymentRecord | undefined): Promise<void> {
  const s = ctx.settings;
  const began = Date.now();
  const deadline = began + s.timeoutMinutes * 60_000;
  let current = executionId;
  let stopping: Promise<string> | undefined;
  const onCancel = (): void => {
    if (!s.stopOnCancel) return;
    const reason = `GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'} was cancelled`.slice(0, 200);
    stopping = api.stop(current, false, reason).then(
      () => `Stop requested for execution ${current} (${reason}).`,
      (e: unknown) => `Could not stop execution ${current}: ${(e as Error).message}`,
    );
  };
  ctx.signal.addEventListener('abort', onCancel, { once: true });
  if (ctx.signal.aborted) onCancel();
  const log = new ProgressLog(`Awaiting CodePipeline ${s.pipelineName} execution ${executionId}`);
  try {
    const outcome = await waitForExecution({
      api,
      executionId,
      execStartMs: startOf(prepared.recent, executionId),
      deadline,
      signal: ctx.signal,
      followSuperseded: s.followSuperseded,
      learn: (state) => learnExpectation(prepared.recent, layoutOf(state).map((l) => l.stage), executionId),
      clock: realClock,
      hooks: {
        transition: (t) => log.transition(t),
        note: (m) => log.note(m),
        warn: (m) => log.warn(m),
      },
    });
    current = outcome.executionId;
    log.close();
    if (outcome.executionId !== executionId) {
      ctx.setOutput('execution-id', outcome.executionId);
      ctx.setOutput('execution-url', executionUrl(api.region, api.pipelineName, outcome.executionId));
    }
    await finishExecution(ctx, api, outcome, layoutOf(outcome.state), deployment, () => stopping, (Date.now() - began) / 60_000);
  } finally {
    ctx.signal.removeEventListener('abort', onCancel);
    log.close();
  }
}

export default async function awaitCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const session = await openAwsSession(ctx);
  const api = await openPipelineApi(session, s.pipelineName);
  let executionId = s.executionId;
  let ref = s.commitSha || s.run.sha;
  if (executionId === '') {
    if (s.commitSha === '') throw new InputError('commit-sha', 'is empty and GITHUB_SHA is not set', 'the commit whose execution to await, or set execution-id', 'commit-sha: ${{ github.sha }}');
    const found = await locateByCommit(api, s.commitSha, Date.now() + s.timeoutMinutes * 60_000, ctx.signal, realClock, info);
    if (!found?.pipelineExecutionId) {
      if (ctx.signal.aborted) throw new ActionError(`The job was cancelled while waiting for an execution of commit ${s.commitSha} to appear.`);
      throw new ActionError(`No execution of commit ${s.commitSha} appeared in pipeline ${s.pipelineName} within ${s.timeoutMinutes} minutes.`, {
        hint: "Check that the pipeline's source action watches this repository and branch and that its trigger ran; or pass execution-id.",
      });
    }
    executionId = found.pipelineExecutionId;
    info(`Execution ${executionId} of pipeline ${s.pipelineName} runs commit ${s.commitSha} (started ${found.startTime ? new Date(found.startTime).toISOString() : 'at an unknown time'}).`);
  } else {
    ref = s.run.sha;
  }
  const url = executionUrl(api.region, s.pipelineName, executionId);
  ctx.setOutput('execution-id', executionId);
  ctx.setOutput('execution-url', url);
  info(`Awaiting execution ${executionId} of pipeline ${s.pipelineName}: ${url}`);
  const prepared = await preparePipeline(api, ctx.signal);
  const deployment = await recordDeployment(ctx, ref, executionId);
  await deployment?.status('in_progress', url, `CodePipeline ${s.pipelineName} execution in progress`);
  await awaitAndReport(ctx, api, executionId, prepared, deployment);
}
