/** Waiting for an execution to exist: the one of a commit (await without execution-id). */
import type { PipelineApi, PipelineExecutionSummary } from './api.js';
import { ActionError } from '../errors.js';
import { isThrottling } from './aws-errors.js';
import { executionOfCommit } from './find.js';
import { nextDelay } from './policy.js';
import type { Clock } from './wait.js';

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
  const began = clock.now();
  let failures = 0;
  let throttled = false;
  for (let look = 0; look < 100_000 && !signal.aborted && clock.now() < deadline; look++) {
    try {
      const found = executionOfCommit(await api.listExecutions(RECENT, signal), sha);
      if (found) return found;
      if (look === 0) onWaiting(`No execution of commit ${sha.slice(0, 12)} in pipeline ${api.pipelineName} yet; waiting for it to appear.`);
      failures = 0;
    } catch (e) {
      if (signal.aborted) return undefined;
      if (!(e instanceof ActionError) || !e.retryable) throw e;
      failures++;
      throttled = isThrottling(e);
    }
    const delay = nextDelay({ elapsedMs: clock.now() - began, remainingMs: undefined, waitingForHuman: false, failures, throttled, random: clock.random() });
    await clock.sleep(Math.max(0, Math.min(delay, deadline - clock.now())), signal);
  }
  return undefined;
}
