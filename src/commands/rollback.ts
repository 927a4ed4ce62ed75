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
import { awaitAndReport, preparePipeline, type PipelineOutputs } from '../codepipeline/run.js';
import { executionUrl } from '../codepipeline/url.js';
import { info, warn } from '../report/pipeline-log.js';
import { pipelineReporter } from '../report/pipeline-reporter.js';
import { setStackOutputs } from '../stack-outputs.js';

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
  const outputs: PipelineOutputs = { set: (name, value) => ctx.setOutput(name, value), stackOutputs: (o) => setStackOutputs(ctx, o) };
  await awaitAndReport({
    api,
    executionId,
    recent,
    deadline,
    timeoutMinutes: s.timeoutMinutes,
    followSuperseded: s.followSuperseded,
    stopReason: s.stopOnCancel ? `GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'} was cancelled`.slice(0, 200) : undefined,
    signal: ctx.signal,
    clock,
    deployment: undefined,
    outputs,
    report: pipelineReporter(ctx.env),
  });
}
