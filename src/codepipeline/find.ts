/** Picking executions out of ListPipelineExecutions summaries. Pure. */
import type { PipelineExecutionSummary } from '@aws-sdk/client-codepipeline';
import { msOf } from '../util/time.js';

const start = (s: PipelineExecutionSummary): number => ((msOf(s.startTime) ?? 0));

export function newestFirst(list: PipelineExecutionSummary[]): PipelineExecutionSummary[] {
  return [...list].sort((a, b) => start(b) - start(a));
}

/** The newest execution whose source revision is `sha` (a 7+ digit prefix matches too). */
export function executionOfCommit(list: PipelineExecutionSummary[], sha: string): PipelineExecutionSummary | undefined {
  const want = sha.toLowerCase();
  return newestFirst(list).find((s) =>
    (s.sourceRevisions ?? []).some((r) => {
      const id = (r.revisionId ?? '').toLowerCase();
      return id !== '' && (id === want || (want.length >= 7 && id.startsWith(want)) || (id.length >= 7 && want.startsWith(id)));
    }),
  );
}

/** The newest running execution, else the newest one. */
export function latestExecution(list: PipelineExecutionSummary[]): PipelineExecutionSummary | undefined {
  const sorted = newestFirst(list);
  return sorted.find((s) => s.status === 'InProgress' || s.status === 'Stopping') ?? sorted[0];
}

/**
 * Which execution replaced a superseded one: the earliest later execution that is not itself
 * superseded and either is running / succeeded, or (failed or stopped) reached the stage the
 * superseded one was waiting to enter. `reached(id)` says which stages an execution ran, when known.
 */
export function replacementOf(
  old: PipelineExecutionSummary,
  list: PipelineExecutionSummary[],
  waitingStage: string | undefined,
  reached: (id: string) => string[] | undefined,
): PipelineExecutionSummary | undefined {
  const later = list.filter((s) => start(s) > start(old) && s.pipelineExecutionId !== old.pipelineExecutionId).sort((a, b) => start(a) - start(b));
  for (const s of later) {
    if (s.status === 'Superseded') continue;
    if (s.status === 'InProgress' || s.status === 'Stopping' || s.status === 'Succeeded') return s;
    const stages = reached(s.pipelineExecutionId ?? '');
    if (waitingStage !== undefined && stages?.includes(waitingStage)) return s;
  }
  return undefined;
}
