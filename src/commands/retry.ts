/**
 * retry: RetryStageExecution of the failed stage of execution-id (default: the newest failed
 * execution), with retry-mode, then await that execution like await does. One deadline,
 * timeout-minutes from the start of the command, covers the retry and the wait.
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { realClock } from '../clock.js';
import { openPipelineApi } from '../codepipeline/api.js';
import { findRetryTarget, retryStage, settleRetried } from '../codepipeline/retry-stage.js';
import { preparePipeline } from '../codepipeline/run.js';
import { awaitExecution } from '../pipeline-await.js';
import { executionUrl } from '../codepipeline/url.js';
import { info, warn } from '../report/pipeline-log.js';

export default async function retryCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const clock = realClock;
  const deadline = clock.now() + s.timeoutMinutes * 60_000;
  const api = await openPipelineApi(await openAwsSession(ctx), s.pipelineName);
  const io = { api, clock, signal: ctx.signal, info, warn };
  const target = await findRetryTarget(s.executionId, io);
  const url = executionUrl(api.region, s.pipelineName, target.executionId);
  ctx.setOutput('execution-id', target.executionId);
  ctx.setOutput('execution-url', url);
  const executionId = await retryStage(target, s.retryMode, io);
  info(`Retried stage ${target.stage} of execution ${executionId} of pipeline ${s.pipelineName} (retry-mode ${s.retryMode}): ${url}`);
  await settleRetried(executionId, io);
  const recent = await preparePipeline(api, { clock, signal: ctx.signal, info, warn });
  await awaitExecution(ctx, { api, executionId, recent, deadline, clock, deployment: undefined });
}
