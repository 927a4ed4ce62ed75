/** Waiting for an execution to exist: the one of a commit (await without execution-id). */
import type { PipelineApi, PipelineExecutionSummary } from './api.js';
import { executionOfCommit } from './find.js';
import { pollUntil } from './poll.js';
import type { Clock } from '../clock.js';

/** How many recent executions each look searches. */
export const RECENT = 50;

export async function locateByCommit(
  api: PipelineApi,
  sha: string,
  deadline: number,
  signal: AbortSignal,
  clock: Clock,
  onWaiting: (message: string) => void,
): Promise<PipelineExecutionSummary | undefined> {
  return pollUntil(
    async (look) => {
      const found = executionOfCommit(await api.listExecutions(RECENT, signal), sha);
      if (!found && look === 0) onWaiting(`No execution of commit ${sha.slice(0, 12)} in pipeline ${api.pipelineName} yet; waiting for it to appear.`);
      return found;
    },
    deadline,
    signal,
    clock,
  );
}
