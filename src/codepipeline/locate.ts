/**
 * Which execution to await: the one given by execution-id (checked with one GetPipelineExecution
 * up front, so a mistyped id fails in seconds), or the one of a commit (waiting for it to appear,
 * within the command's one deadline).
 */
import type { PipelineExecution, PipelineExecutionSummary } from './api.js';
import { ActionError, messageOf } from '../errors.js';
import { awsErrorName } from './aws-errors.js';
import { executionOfCommit } from './find.js';
import { LoopFailures, type PipelineLoop } from './looks.js';
import { once } from './once.js';
import { pollUntil } from './poll.js';

/** How many recent executions each look searches. */
export const RECENT = 50;

export type LocateOptions = PipelineLoop;

/** The execution given as execution-id, as GetPipelineExecution sees it now. */
export async function checkExecution(id: string, o: LocateOptions): Promise<PipelineExecution> {
  try {
    return await once('GetPipelineExecution', () => o.api.getExecution(id, o.signal), { clock: o.clock, signal: o.signal, log: o.info });
  } catch (e) {
    if (awsErrorName(e) !== 'PipelineExecutionNotFoundException') throw e;
    const detail = e instanceof ActionError && e.cause !== undefined ? messageOf(e.cause) : messageOf(e);
    throw new ActionError(`Input execution-id '${id}' is not an execution of pipeline '${o.api.pipelineName}' in ${o.api.region}: ${detail}`, {
      cause: e,
      title: 'input execution-id',
      hint: 'Check execution-id (the execution-id output of the step that started it, or the ID in the console), pipeline-name and aws-region.',
    });
  }
}

/** The newest execution of `sha`, waiting for it to appear; throws, saying why, when none does. */
export async function locateByCommit(sha: string, o: LocateOptions): Promise<PipelineExecutionSummary> {
  const short = sha.slice(0, 12);
  const what = `the execution of commit ${short} in pipeline ${o.api.pipelineName}`;
  const failures = new LoopFailures({ what, timeoutMs: o.timeoutMinutes * 60_000, clock: o.clock, warn: o.warn, note: o.info });
  const result = await pollUntil(
    async (look) => {
      const found = executionOfCommit(await o.api.listExecutions(RECENT, o.signal), sha);
      if (!found && look === 0) o.info(`No execution of commit ${short} in pipeline ${o.api.pipelineName} yet; waiting for it to appear.`);
      return found?.pipelineExecutionId ? found : undefined;
    },
    { deadline: o.deadline, signal: o.signal, clock: o.clock, failures },
  );
  if ('found' in result) return result.found;
  if (result.end === 'cancelled') throw new ActionError(`The job was cancelled while waiting for an execution of commit ${sha} to appear.`, { title: 'cancelled' });
  if (result.failing) {
    const f = result.failing;
    throw new ActionError(`timeout-minutes (${o.timeoutMinutes}) ran out while looking for ${what}, and the looks were failing (${f.summary}): ${f.text}`, {
      cause: f.error,
      title: f.error.title,
      hint: f.error.hint,
    });
  }
  throw new ActionError(`No execution of commit ${sha} appeared in pipeline ${o.api.pipelineName} within timeout-minutes (${o.timeoutMinutes}).`, {
    hint: "Check that the pipeline's source action watches this repository and branch and that its trigger ran; or pass execution-id.",
  });
}
