/**
 * rollback: the execution to roll stage-name back to (target-execution-id, else the newest
 * earlier execution whose actions in that stage all succeeded, never a rollback execution), then
 * RollbackStage, with CodePipeline's refusals in words: a V1 pipeline, a stage that is running,
 * no successful execution to go back to, an execution from an older pipeline structure.
 */
import type { ActionExecutionDetail, PipelineApi, PipelineExecutionSummary } from './api.js';
import { ActionError, messageOf } from '../errors.js';
import type { Clock } from '../clock.js';
import { awsErrorName } from './aws-errors.js';
import { newestFirst } from './find.js';
import { RECENT } from './locate.js';
import { once, SINGLE_ATTEMPT } from './once.js';
import { latestPerAction } from './outputs.js';

/** Pages of the pipeline's action executions searched for a successful run of the stage. */
const ACTION_PAGES = 5;

export interface RollbackIo {
  api: PipelineApi;
  clock: Clock;
  signal: AbortSignal;
  info(message: string): void;
}

function awsWords(e: unknown): string {
  return `CodePipeline RollbackStage answered ${e instanceof ActionError && e.cause !== undefined ? messageOf(e.cause) : messageOf(e)}`;
}

/** Checks the stage exists and is not running; returns the execution now in it, if any. */
export async function checkStage(stage: string, io: RollbackIo): Promise<string | undefined> {
  const { api } = io;
  const state = await once('GetPipelineState', () => api.getState(io.signal), { clock: io.clock, signal: io.signal, log: io.info });
  const stages = state.stageStates ?? [];
  const found = stages.find((s) => s.stageName === stage);
  if (!found) {
    throw new ActionError(`Pipeline ${api.pipelineName} has no stage '${stage}'.`, { hint: `Set stage-name to one of: ${stages.map((s) => s.stageName).join(', ')}.`, title: 'input stage-name' });
  }
  const current = found.latestExecution;
  if (current?.status === 'InProgress' || current?.status === 'Stopping') {
    throw new ActionError(`Stage ${stage} of pipeline ${api.pipelineName} is running (execution ${current.pipelineExecutionId} is ${current.status} in it): a stage can only be rolled back when nothing runs in it.`, {
      hint: 'Wait for it to finish (command: await), or stop it (command: stop), then roll back.',
      title: 'stage in progress',
    });
  }
  return current?.pipelineExecutionId;
}

/** Whether every action of `stage` in this execution succeeded (and it ran at least one). */
function succeededIn(stage: string, runs: ActionExecutionDetail[]): boolean {
  const own = latestPerAction(runs.filter((a) => a.stageName === stage));
  return own.length > 0 && own.every((a) => a.status === 'Succeeded');
}

/** The newest execution before `current` that succeeded in `stage` and is not a rollback itself. */
export async function lastSuccessOf(stage: string, current: string | undefined, io: RollbackIo): Promise<string> {
  const { api } = io;
  const retry = { clock: io.clock, signal: io.signal, log: io.info };
  const executions: PipelineExecutionSummary[] = await once('ListPipelineExecutions', () => api.listExecutions(RECENT, io.signal), retry);
  const actions = await once('ListActionExecutions', () => api.listActionExecutions(undefined, io.signal, ACTION_PAGES), retry);
  const byExecution = new Map<string, ActionExecutionDetail[]>();
  for (const a of actions) byExecution.set(a.pipelineExecutionId ?? '', [...(byExecution.get(a.pipelineExecutionId ?? '') ?? []), a]);
  const found = newestFirst(executions).find((s) => {
    const id = s.pipelineExecutionId ?? '';
    return id !== current && s.executionType !== 'ROLLBACK' && succeededIn(stage, byExecution.get(id) ?? []);
  });
  if (!found?.pipelineExecutionId) {
    throw new ActionError(`No earlier execution of pipeline ${api.pipelineName} succeeded in stage ${stage} (among the ${executions.length} most recent, rollback executions left aside): there is nothing to roll back to.`, {
      hint: 'Pass target-execution-id: an execution that succeeded in this stage under the current pipeline structure.',
      title: 'no rollback target',
    });
  }
  io.info(`Execution ${found.pipelineExecutionId} (started ${found.startTime ? new Date(found.startTime).toISOString() : 'at an unknown time'}) is the newest earlier execution that succeeded in stage ${stage}.`);
  return found.pipelineExecutionId;
}

/** RollbackStage, once (a repeat could start a second rollback); returns the rollback execution's id. */
export async function rollbackStage(stage: string, target: string, io: RollbackIo): Promise<string> {
  const { api } = io;
  try {
    return await once('RollbackStage', () => api.rollbackStage(stage, target), { clock: io.clock, signal: io.signal, log: io.info, policy: SINGLE_ATTEMPT });
  } catch (e) {
    throw refusal(e, stage, target, api.pipelineName) ?? e;
  }
}

function refusal(e: unknown, stage: string, target: string, pipeline: string): ActionError | undefined {
  const words = awsWords(e);
  const head = `CodePipeline refused to roll back stage ${stage} of pipeline ${pipeline} to execution ${target}`;
  switch (awsErrorName(e)) {
    case 'UnableToRollbackStageException':
    case 'ValidationException':
      if (/\bV[12]\b|pipeline type/i.test(words)) {
        return new ActionError(`${head}: the pipeline is a V1 pipeline (${words})`, { cause: e, hint: 'Stage rollback needs a V2 pipeline: change the pipeline type to V2, or start the earlier revision again (command: start with source-revisions).', title: 'V1 pipeline' });
      }
      return new ActionError(`${head}: ${words}`, {
        cause: e,
        hint: 'A stage can be rolled back on a V2 pipeline, when nothing runs in it, to an execution that succeeded in it under the current pipeline structure and is not itself a rollback. A source stage cannot be rolled back.',
        title: 'rollback refused',
      });
    case 'PipelineExecutionOutdatedException':
      return new ActionError(`${head}: that execution ran under an earlier structure of the pipeline (${words})`, { cause: e, hint: 'Choose a target-execution-id that ran since the pipeline was last changed, or leave it empty to take the newest successful one.', title: 'rollback refused' });
    case 'PipelineExecutionNotFoundException':
      return new ActionError(`Input target-execution-id '${target}' is not an execution of pipeline ${pipeline}: ${words}`, { cause: e, hint: 'Check target-execution-id, pipeline-name and aws-region.', title: 'input target-execution-id' });
    case 'StageNotFoundException':
      return new ActionError(`Pipeline ${pipeline} has no stage '${stage}': ${words}`, { cause: e, hint: 'Check stage-name (stage names are case-sensitive).', title: 'input stage-name' });
    default:
      return undefined;
  }
}
