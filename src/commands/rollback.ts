/**
 * rollback: RollbackStage of stage-name to target-execution-id (default: the newest earlier
 * execution that succeeded in that stage), then await the rollback execution like await does.
 * One deadline, timeout-minutes from the start of the command, covers both.
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { realClock } from '../clock.js';
import { openPipelineApi } from '../codepipeline/api.js';
import { checkStage, lastSuccessOf, rollbackStage } from '../codepipeline/rollback.js';
import { preparePipeline } from '../codepipeline/run.js';
import { awaitExecution } from '../pipeline-await.js';
import { executionUrl } from '../codepipeline/url.js';
import { info, warn } from '../report/pipeline-log.js';

export default async function rollbackCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const clock = realClock;
  const deadline = clock.now() + s.timeoutMinutes * 60_000;
  const api = await openPipelineApi(await openAwsSession(ctx), s.pipelineName);
  const io = { api, clock, signal: ctx.signal, info };
  const current = await checkStage(s.stageName, io);
  const target = s.targetExecutionId || (await lastSuccessOf(s.stageName, current, io));
  const executionId = await rollbackStage(s.stageName, target, io);
  const url = executionUrl(api.region, s.pipelineName, executionId);
  ctx.setOutput('execution-id', executionId);
  ctx.setOutput('execution-url', url);
  info(`Rolling back stage ${s.stageName} of pipeline ${s.pipelineName} to execution ${target}: rollback execution ${executionId}, ${url}`);
  const recent = await preparePipeline(api, { clock, signal: ctx.signal, info, warn });
  await awaitExecution(ctx, { api, executionId, recent, deadline, clock, deployment: undefined });
}
