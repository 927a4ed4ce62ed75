/**
 * What one GetPipelineState look tells about the awaited execution: the stage/action
 * transitions since the previous look, and whether its final status should be confirmed. Pure.
 */
import type { GetPipelineStateOutput } from '@aws-sdk/client-codepipeline';
import { msOf } from '../util/time.js';

export interface Transition {
  stage: string;
  /** Undefined for a stage-level transition. */
  action?: string;
  status: string;
  summary?: string;
  url?: string;
  error?: { code?: string; message?: string };
}

/** Last status seen per `stage` and `stage/action`. */
export type Seen = Record<string, string>;


/**
 * Transitions of `executionId` visible in `state` that differ from `seen`. Action entries older
 * than the execution (left by an earlier execution in a stage we just entered) are skipped.
 */
export function observe(state: GetPipelineStateOutput, executionId: string, execStartMs: number | undefined, seen: Seen): { transitions: Transition[]; seen: Seen } {
  const next: Seen = { ...seen };
  const transitions: Transition[] = [];
  for (const stage of state.stageStates ?? []) {
    const name = stage.stageName ?? '';
    if (stage.latestExecution?.pipelineExecutionId !== executionId) continue;
    const stageStatus = stage.latestExecution.status ?? 'Unknown';
    const stageChanged = next[name] !== stageStatus;
    next[name] = stageStatus;
    // A stage line opens the stage's lines when it starts and closes them when it ends.
    if (stageChanged && stageStatus === 'InProgress') transitions.push({ stage: name, status: stageStatus });
    for (const a of stage.actionStates ?? []) {
      const ex = a.latestExecution;
      const changed = msOf(ex?.lastStatusChange);
      if (!ex?.status || (execStartMs !== undefined && changed !== undefined && changed < execStartMs)) continue;
      const key = `${name}/${a.actionName ?? ''}`;
      if (next[key] === ex.status) continue;
      next[key] = ex.status;
      transitions.push({
        stage: name,
        action: a.actionName ?? '',
        status: ex.status,
        ...(ex.summary ? { summary: ex.summary } : {}),
        ...(ex.externalExecutionUrl ? { url: ex.externalExecutionUrl } : {}),
        ...(ex.errorDetails ? { error: { code: ex.errorDetails.code, message: ex.errorDetails.message } } : {}),
      });
    }
    if (stageChanged && stageStatus !== 'InProgress') transitions.push({ stage: name, status: stageStatus });
  }
  return { transitions, seen: next };
}

export type Look = 'running' | 'between' | 'confirm' | 'unseen' | 'succeeded';

/**
 * 'succeeded' when its last stage succeeded (the execution did); 'confirm' when the state
 * suggests it ended otherwise (a stage of it failed or stopped, or it vanished from every stage
 * after being seen); 'unseen' when it is not (yet) visible; 'between' when none of its stages
 * is running (a transition, a disabled transition, or superseded there); otherwise 'running'.
 */
export function lookAt(state: GetPipelineStateOutput, executionId: string, seenBefore: boolean): Look {
  const stages = state.stageStates ?? [];
  const ours = stages.filter((s) => s.latestExecution?.pipelineExecutionId === executionId);
  if (ours.length === 0) return seenBefore ? 'confirm' : 'unseen';
  if (ours.some((s) => !['InProgress', 'Succeeded'].includes(s.latestExecution?.status ?? ''))) return 'confirm';
  const last = stages[stages.length - 1];
  if (last?.latestExecution?.pipelineExecutionId === executionId && last.latestExecution.status === 'Succeeded') return 'succeeded';
  return ours.some((s) => s.latestExecution?.status === 'InProgress') ? 'running' : 'between';
}
