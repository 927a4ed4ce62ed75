/** After a wait: outputs (even on failure), log result, job summary, Deployment status, exit verdict. */
import type { CommandContext } from '../context.js';
import { ActionError, messageOf } from '../errors.js';
import type { ActionExecutionDetail, PipelineApi } from '../codepipeline/api.js';
import { buildReport, failedActions, type ExecutionReport, type Layout } from '../codepipeline/model.js';
import { outputVariables, stackOutputsOf } from '../codepipeline/outputs.js';
import { verdictOf } from '../codepipeline/status.js';
import { executionUrl } from '../codepipeline/url.js';
import type { WaitOutcome } from '../codepipeline/wait.js';
import type { DeploymentRecord } from '../github/deployments.js';
import { info, logResult, warn } from '../report/pipeline-log.js';
import { writePipelineSummary } from '../report/pipeline-summary.js';
import { setStackOutputs } from '../stack-outputs.js';

const within = <T>(p: Promise<T>, ms: number, fallback: T): Promise<T> =>
  Promise.race([p, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), ms).unref())]);

export async function finishExecution(
  ctx: CommandContext,
  api: PipelineApi,
  outcome: WaitOutcome,
  layout: Layout,
  deployment: DeploymentRecord | undefined,
  stopping: () => Promise<string> | undefined,
  waitedMinutes: number,
): Promise<void> {
  const s = ctx.settings;
  const id = outcome.executionId;
  const url = executionUrl(api.region, api.pipelineName, id);
  if (outcome.end === 'cancelled') return cancelled(ctx, id, url, deployment, stopping());
  ctx.setOutput('execution-status', outcome.status);
  let details: ActionExecutionDetail[] = [];
  try {
    details = await api.listActionExecutions(id);
  } catch (e) {
    warn(`Could not read the action executions of ${id}, so output-variables and stack-outputs are empty: ${messageOf(e)}`);
  }
  ctx.setOutput('output-variables', JSON.stringify(outputVariables(details)));
  const plan = setStackOutputs(ctx, stackOutputsOf(details));
  if (plan.ambiguous.length > 0) info(`Stack output keys only in the stack-outputs JSON (present in several stacks or named like an output): ${plan.ambiguous.join(', ')}`);
  const report = buildReport({ pipelineName: api.pipelineName, executionId: id, url, status: outcome.status, statusSummary: outcome.execution?.statusSummary }, layout, details);
  const extra = outcome.followed.map((f) => `Execution ${f.from} was superseded by ${f.to}, which was awaited instead.`);
  if (outcome.end === 'timeout') extra.push(`Still ${outcome.status} after ${s.timeoutMinutes} minutes: the pipeline keeps running.`);
  logResult(report);
  await writePipelineSummary(report, extra, stackOutputsOf(details), ctx.env);
  const verdict = outcome.end === 'timeout' ? 'timeout' : verdictOf(outcome.status);
  await deployment?.status(verdict === 'success' ? 'success' : verdict === 'timeout' ? 'in_progress' : 'failure', url, `CodePipeline ${api.pipelineName}: ${outcome.status}`);
  if (verdict === 'success') return info(`Execution ${id} of pipeline ${api.pipelineName} succeeded (waited ${waitedMinutes.toFixed(1)} min).`);
  if (verdict === 'timeout') {
    throw new ActionError(`Execution ${id} of pipeline ${api.pipelineName} is still ${outcome.status} after timeout-minutes (${s.timeoutMinutes}); it was left running, not stopped.`, {
      hint: `Raise timeout-minutes, or await it later with command: await and execution-id: ${id}. ${url}`,
      title: 'CodePipeline timeout',
    });
  }
  throw failure(report, outcome);
}

function failure(report: ExecutionReport, outcome: WaitOutcome): ActionError {
  const head = `Execution ${report.executionId} of pipeline ${report.pipelineName} ${outcome.status}`;
  if (outcome.status === 'Superseded') {
    return new ActionError(`${head}: a newer execution replaced it before it finished.`, {
      hint: `Set follow-superseded: true to await the execution that replaced it. ${report.url}`,
      title: 'CodePipeline superseded',
    });
  }
  const failed = failedActions(report);
  const where = failed.map((a) => `stage ${a.stage}, action ${a.action}: ${a.error?.code ?? 'Error'}: ${a.error?.message ?? a.summary ?? 'no details'}`);
  const why = where.length > 0 ? where.join('; ') : report.statusSummary ?? 'no failed action reported';
  const links = [...failed.map((a) => a.url).filter((u): u is string => Boolean(u)), report.url];
  return new ActionError(`${head}: ${why}`, {
    hint: `${outcome.status === 'Failed' ? 'Fix the failed action and retry the stage, or push a fix.' : 'It was stopped or cancelled in CodePipeline.'} Details: ${links.join(' ')}`,
    title: `CodePipeline ${outcome.status}`,
  });
}

async function cancelled(ctx: CommandContext, id: string, url: string, deployment: DeploymentRecord | undefined, stop: Promise<string> | undefined): Promise<never> {
  ctx.setOutput('execution-status', stop ? 'Stopping' : 'InProgress');
  const said = stop ? await within(stop, 3000, `Stop requested for execution ${id}; no answer yet.`) : `stop-on-cancel is false: execution ${id} keeps running.`;
  info(said);
  if (deployment) await within(deployment.status('failure', url, stop ? 'Job cancelled; pipeline stop requested' : 'Job cancelled'), 1500, undefined);
  throw new ActionError(`The job was cancelled while awaiting execution ${id}. ${said}`, { hint: url, title: 'cancelled' });
}
