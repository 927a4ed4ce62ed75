/**
 * The step's side of awaiting a CodePipeline execution, shared by the commands that end by
 * awaiting one (start, await, retry, rollback): the settings the wait reads, where its outputs go
 * and how it reports. The wait itself is the CodePipeline domain's (codepipeline/run.ts).
 */
import type { CommandContext } from './context.js';
import { awaitAndReport, type AwaitRun } from './codepipeline/run.js';
import { pipelineReporter } from './report/pipeline-reporter.js';
import { setStackOutputs } from './stack-outputs.js';

/** What differs between the commands: which execution, what is known of it, the deadline, the Deployment. */
export type ExecutionToAwait = Pick<AwaitRun, 'api' | 'executionId' | 'known' | 'recent' | 'deadline' | 'clock' | 'deployment'>;

export function awaitExecution(ctx: CommandContext, run: ExecutionToAwait): Promise<void> {
  const s = ctx.settings;
  return awaitAndReport({
    ...run,
    timeoutMinutes: s.timeoutMinutes,
    followSuperseded: s.followSuperseded,
    stopReason: s.stopOnCancel ? `GitHub run ${s.run.runUrl || s.run.runId || '(unknown)'} was cancelled`.slice(0, 200) : undefined,
    signal: ctx.signal,
    outputs: { set: (name, value) => ctx.setOutput(name, value), stackOutputs: (o) => setStackOutputs(ctx, o) },
    report: pipelineReporter(ctx.env),
  });
}
