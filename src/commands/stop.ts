/** stop: StopPipelineExecution of the given or the latest running execution (optionally abandoning actions). */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { ActionError } from '../errors.js';
import { realClock } from '../clock.js';
import { openPipelineApi } from '../codepipeline/api.js';
import { awsErrorName } from '../codepipeline/aws-errors.js';
import { latestExecution } from '../codepipeline/find.js';
import { once } from '../codepipeline/once.js';
import { executionUrl } from '../codepipeline/url.js';
import { info, notice } from '../report/pipeline-log.js';

export default async function stopCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const retry = { clock: realClock, signal: ctx.signal, log: info };
  const api = await openPipelineApi(await openAwsSession(ctx), s.pipelineName);
  let id = s.executionId;
  if (id === '') {
    const latest = latestExecution(await once('ListPipelineExecutions', () => api.listExecutions(50, ctx.signal), retry));
    if (!latest?.pipelineExecutionId) throw new ActionError(`Pipeline ${s.pipelineName} has no executions to stop.`, { hint: 'Check pipeline-name and aws-region.' });
    id = latest.pipelineExecutionId;
  }
  const url = executionUrl(api.region, s.pipelineName, id);
  ctx.setOutput('execution-id', id);
  ctx.setOutput('execution-url', url);
  const reason = `Stopped from GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'}`.slice(0, 200);
  try {
    await once('StopPipelineExecution', () => api.stop(id, s.abandon, reason), retry);
    info(`Stop${s.abandon ? ' (abandoning in-progress actions)' : ''} requested for execution ${id} of pipeline ${s.pipelineName}: ${url}`);
  } catch (e) {
    const name = awsErrorName(e);
    if (name === 'DuplicatedStopRequestException') notice(`Execution ${id} is already stopping.`);
    else if (name !== 'PipelineExecutionNotStoppableException') throw e;
  }
  const status = (await once('GetPipelineExecution', () => api.getExecution(id, ctx.signal), retry)).status ?? 'Unknown';
  ctx.setOutput('execution-status', status);
  if (status !== 'Stopping' && status !== 'Stopped') notice(`Execution ${id} is ${status}: nothing to stop.`);
  else info(`Execution ${id} is ${status}.`);
}
