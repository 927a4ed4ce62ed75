/**
 * retry: which failed stage of which execution to retry (execution-id, else the newest failed
 * execution), RetryStageExecution, and CodePipeline's refusals in words: a stage that did not
 * fail (StageNotRetryableException), an execution a newer one superseded in the stage
 * (NotLatestPipelineExecutionException).
 */
import type { StageRetryMode } from '@aws-sdk/client-codepipeline';
import type { PipelineApi, PipelineExecution } from './api.js';
import { ActionError, messageOf } from '../errors.js';
import type { Clock } from '../clock.js';
import { awsErrorName } from './aws-errors.js';
import { newestFirst } from './find.js';
import { checkExecution, RECENT } from './locate.js';
import { once, SINGLE_ATTEMPT } from './once.js';

export interface RetryIo {
  api: PipelineApi;
  clock: Clock;
  signal: AbortSignal;
  info(message: string): void;
  warn(message: string): void;
}

export interface RetryTarget {
  executionId: string;
  stage: string;
}

/** AWS's answer under an ActionError made by api.ts, with the operation that got it. */
function awsWords(e: unknown): string {
  return `CodePipeline RetryStageExecution answered ${e instanceof ActionError && e.cause !== undefined ? messageOf(e.cause) : messageOf(e)}`;
}

/** The execution to retry: `executionId` (checked), else the newest Failed one among the recent executions. */
async function failedExecution(executionId: string, io: RetryIo): Promise<string> {
  const { api } = io;
  const retry = { clock: io.clock, signal: io.signal, log: io.info };
  if (executionId !== '') {
    const known: PipelineExecution = await checkExecution(executionId, { ...io, deadline: Infinity, timeoutMinutes: 1 });
    if (known.status !== 'Failed') {
      const why = known.status === 'InProgress' || known.status === 'Stopping' ? 'it is still running' : `it is ${known.status}`;
      throw new ActionError(`Execution ${executionId} of pipeline ${api.pipelineName} did not fail (${why}): there is no failed stage to retry.`, {
        hint: 'retry resumes an execution that Failed. Leave execution-id empty to take the newest failed execution, or start a new one (command: start).',
        title: 'nothing to retry',
      });
    }
    return executionId;
  }
  const recent = await once('ListPipelineExecutions', () => api.listExecutions(RECENT, io.signal), retry);
  const failed = newestFirst(recent).find((s) => s.status === 'Failed');
  if (!failed?.pipelineExecutionId) {
    throw new ActionError(`Pipeline ${api.pipelineName} has no failed execution among its ${recent.length} most recent: there is nothing to retry.`, {
      hint: 'Pass execution-id to retry an older execution, or check pipeline-name and aws-region.',
      title: 'nothing to retry',
    });
  }
  io.info(`Execution ${failed.pipelineExecutionId} is the newest failed execution of pipeline ${api.pipelineName}.`);
  return failed.pipelineExecutionId;
}

/** The failed execution and the stage it failed in, as GetPipelineState shows it. */
export async function findRetryTarget(executionId: string, io: RetryIo): Promise<RetryTarget> {
  const id = await failedExecution(executionId, io);
  const state = await once('GetPipelineState', () => io.api.getState(io.signal), { clock: io.clock, signal: io.signal, log: io.info });
  const stage = (state.stageStates ?? []).find((s) => s.latestExecution?.pipelineExecutionId === id && s.latestExecution.status === 'Failed');
  if (!stage?.stageName) throw notLatest(id, io.api.pipelineName, undefined, 'no stage of the pipeline shows it as failed any more');
  return { executionId: id, stage: stage.stageName };
}

function notLatest(id: string, pipeline: string, stage: string | undefined, why: string, cause?: unknown): ActionError {
  return new ActionError(`Execution ${id} of pipeline ${pipeline} cannot be retried${stage ? ` in stage ${stage}` : ''}: a newer execution superseded it (${why}).`, {
    cause,
    hint: 'Only the latest execution in a stage can be retried. Leave execution-id empty to retry the newest failed execution, or start a new one (command: start).',
    title: 'superseded',
  });
}

/** RetryStageExecution, once: a repeat could race the resumed stage. Refusals become messages that say why. */
export async function retryStage(target: RetryTarget, mode: StageRetryMode, io: RetryIo): Promise<string> {
  const { api } = io;
  try {
    return await once('RetryStageExecution', () => api.retryStage(target.stage, target.executionId, mode), { clock: io.clock, signal: io.signal, log: io.info, policy: SINGLE_ATTEMPT });
  } catch (e) {
    const name = awsErrorName(e);
    if (name === 'NotLatestPipelineExecutionException') throw notLatest(target.executionId, api.pipelineName, target.stage, awsWords(e), e);
    if (name === 'StageNotRetryableException') {
      throw new ActionError(`Stage ${target.stage} of execution ${target.executionId} of pipeline ${api.pipelineName} cannot be retried: ${awsWords(e)}`, {
        cause: e,
        hint: `A stage can be retried once it failed (every action finished, at least one failed) and while the pipeline's structure is the one it failed under${mode === 'ALL_ACTIONS' ? '; with retry-mode ALL_ACTIONS no action of the stage may still run' : ''}.`,
        title: 'stage not retryable',
      });
    }
    throw e;
  }
}

/** After the retry, waits briefly until GetPipelineExecution no longer reports the old failure (at most ~10 s). */
export async function settleRetried(executionId: string, io: RetryIo): Promise<void> {
  for (let look = 0; look < 5 && !io.signal.aborted; look++) {
    try {
      if ((await io.api.getExecution(executionId, io.signal)).status !== 'Failed') return;
    } catch {
      return;
    }
    await io.clock.sleep(2000, io.signal);
  }
}
