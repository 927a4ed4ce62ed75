/**
 * RetryStageExecution and RollbackStage of the CodePipeline emulator, with the refusals the API
 * reference lists for them (RetryStageExecution: StageNotFoundException,
 * StageNotRetryableException, NotLatestPipelineExecutionException; RollbackStage:
 * StageNotFoundException, PipelineExecutionNotFoundException, UnableToRollbackStageException,
 * and a V1 pipeline refused with ValidationException). The messages are the emulator's own words.
 */
import { AwsError, type CodePipelineEmulator } from './codepipeline.ts';
import { latestRuns, snapshot, type Execution } from './codepipeline-sim.ts';

function stageOf(emu: CodePipelineEmulator, name: unknown): string {
  const stage = emu.script.stages.find((s) => s.name === name);
  if (!stage) throw new AwsError('StageNotFoundException', `The stage ${String(name)} was not found in pipeline ${emu.script.name}.`);
  return stage.name;
}

/** The newest execution that ran in `stage`. */
function latestIn(emu: CodePipelineEmulator, stage: string, now: number): Execution | undefined {
  return [...emu.executions].sort((a, b) => b.startTime - a.startTime).find((e) => snapshot(e, now).runs.some((r) => r.stage === stage));
}

export function retryStageExecution(emu: CodePipelineEmulator, b: Record<string, unknown>): unknown {
  const now = Date.now();
  const stage = stageOf(emu, b.stageName);
  const exec = emu.find(String(b.pipelineExecutionId));
  const mode = b.retryMode === 'ALL_ACTIONS' ? 'ALL_ACTIONS' : 'FAILED_ACTIONS';
  if (latestIn(emu, stage, now)?.id !== exec.id) {
    throw new AwsError('NotLatestPipelineExecutionException', `Execution ${exec.id} is not the latest execution in stage ${stage}: a newer execution has run in it.`);
  }
  const s = snapshot(exec, now);
  const failedHere = latestRuns(s.runs.filter((r) => r.stage === stage)).some((r) => r.status === 'Failed');
  if (s.status !== 'Failed' || !failedHere) {
    throw new AwsError('StageNotRetryableException', `Stage ${stage} of execution ${exec.id} has no failed actions to retry (the execution is ${s.status}).`);
  }
  exec.retries = [...(exec.retries ?? []), { stage, at: now, mode }];
  return { pipelineExecutionId: exec.id };
}

export function rollbackStage(emu: CodePipelineEmulator, b: Record<string, unknown>): unknown {
  const now = Date.now();
  if (emu.script.pipelineType === 'V1') throw new AwsError('ValidationException', 'RollbackStage is only supported for pipelines of type V2.');
  const stageName = stageOf(emu, b.stageName);
  const target = emu.find(String(b.targetPipelineExecutionId));
  const current = latestIn(emu, stageName, now);
  if (current && latestRuns(snapshot(current, now).runs.filter((r) => r.stage === stageName)).some((r) => r.status === 'InProgress')) {
    throw new AwsError('UnableToRollbackStageException', `Stage ${stageName} cannot be rolled back while execution ${current.id} is in progress in it.`);
  }
  const runs = latestRuns(snapshot(target, now).runs.filter((r) => r.stage === stageName));
  if (target.type === 'ROLLBACK' || runs.length === 0 || runs.some((r) => r.status !== 'Succeeded')) {
    throw new AwsError('UnableToRollbackStageException', `Execution ${target.id} did not succeed in stage ${stageName} (or is a rollback execution), so the stage cannot be rolled back to it.`);
  }
  // The rollback runs the stage as the target execution ran it (its revisions, variables and actions).
  const stage = target.stages.find((s) => s.name === stageName);
  const rollback = emu.startExecution({ trigger: 'RollbackStage', stages: stage ? [stage] : [], revisions: target.revisions, variables: target.variables });
  rollback.type = 'ROLLBACK';
  rollback.rollbackTarget = target.id;
  return { pipelineExecutionId: rollback.id };
}
