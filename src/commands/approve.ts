/** approve: wait until the manual approval of the given or latest execution is pending, then answer it. */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { ActionError } from '../errors.js';
import { openPipelineApi } from '../codepipeline/api.js';
import { waitForPendingApproval } from '../codepipeline/approval.js';
import { latestExecution } from '../codepipeline/find.js';
import { executionUrl } from '../codepipeline/url.js';
import { realClock } from '../clock.js';
import { info } from '../report/pipeline-log.js';

export default async function approveCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const session = await openAwsSession(ctx);
  const api = await openPipelineApi(session, s.pipelineName);
  const recent = await api.listExecutions(50, ctx.signal);
  const chosen = s.executionId === '' ? latestExecution(recent) : recent.find((e) => e.pipelineExecutionId === s.executionId);
  const id = s.executionId || chosen?.pipelineExecutionId;
  if (!id) throw new ActionError(`Pipeline ${s.pipelineName} has no executions to approve.`, { hint: 'Start one first (command: start), or check pipeline-name and aws-region.' });
  const url = executionUrl(api.region, s.pipelineName, id);
  ctx.setOutput('execution-id', id);
  ctx.setOutput('execution-url', url);
  const target = { executionId: id, execStartMs: chosen?.startTime ? new Date(chosen.startTime).getTime() : undefined, stage: s.approvalStage, action: s.approvalAction };
  const deadline = Date.now() + s.timeoutMinutes * 60_000;
  const token = await waitForPendingApproval(api, target, deadline, ctx.signal, realClock, info);
  if (token === undefined) {
    if (ctx.signal.aborted) throw new ActionError(`The job was cancelled while waiting for ${s.approvalStage}.${s.approvalAction} of execution ${id}.`);
    throw new ActionError(`${s.approvalStage}.${s.approvalAction} of execution ${id} did not ask for approval within ${s.timeoutMinutes} minutes.`, {
      hint: `Raise timeout-minutes, or check the execution: ${url}`,
    });
  }
  ctx.setSecret(token);
  await api.putApproval(s.approvalStage, s.approvalAction, token, s.approvalResult, s.approvalSummary);
  info(`${s.approvalResult}: ${s.approvalStage}.${s.approvalAction} of execution ${id} of pipeline ${s.pipelineName} ("${s.approvalSummary}"). ${url}`);
}
