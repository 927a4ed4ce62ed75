/** Finding the execution that replaced a superseded one (ListPipelineExecutions + a few ListActionExecutions). */
import type { GetPipelineStateOutput, PipelineApi } from './api.js';
import { replacementOf } from './find.js';
import type { Seen } from './progress.js';
import { msOf } from '../util/time.js';

/** How many failed or stopped later executions to inspect for the stage they reached. */
const MAX_INSPECT = 3;

/** The stage after the last one `seen` says the execution was in: where it waited when superseded. */
export function waitingStageOf(state: GetPipelineStateOutput, seen: Seen): string | undefined {
  const names = (state.stageStates ?? []).map((s) => s.stageName ?? '');
  let last = -1;
  names.forEach((n, i) => {
    if (seen[n] !== undefined) last = i;
  });
  return names[last + 1];
}

export async function findReplacement(api: PipelineApi, id: string, state: GetPipelineStateOutput, seen: Seen, signal: AbortSignal): Promise<{ id: string; startMs: number | undefined } | undefined> {
  const list = await api.listExecutions(50, signal);
  const old = list.find((s) => s.pipelineExecutionId === id);
  if (!old) return undefined;
  const oldStart = (msOf(old.startTime) ?? 0);
  const waitingStage = waitingStageOf(state, seen);
  const reached = new Map<string, string[]>();
  const ended = list.filter((s) => (s.status === 'Failed' || s.status === 'Stopped' || s.status === 'Cancelled') && (msOf(s.startTime) ?? 0) > oldStart);
  for (const s of ended.slice(-MAX_INSPECT)) {
    const actions = await api.listActionExecutions(s.pipelineExecutionId, signal, 2);
    reached.set(s.pipelineExecutionId ?? '', [...new Set(actions.map((a) => a.stageName ?? ''))]);
  }
  const next = replacementOf(old, list, waitingStage, (x) => reached.get(x));
  if (!next?.pipelineExecutionId) return undefined;
  return { id: next.pipelineExecutionId, startMs: msOf(next.startTime) };
}
