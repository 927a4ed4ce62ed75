/**
 * approve: wait until the manual approval of the given or latest execution is pending, then
 * answer it. timeout-minutes, from the start of the command, bounds the wait.
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { ActionError } from '../errors.js';
import { realClock } from '../clock.js';
import { openPipelineApi } from '../codepipeline/api.js';
import { answerApproval, waitForPendingApproval } from '../codepipeline/approval.js';
import { latestExecution } from '../codepipeline/find.js';
import { once } from '../codepipeline/once.js';
import { executionUrl } from '../codepipeline/url.js';
import { info, warn } from '../report/pipeline-log.js';
import { msOf } from '../util/time.js';

export default async function approveCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const clock = realClock;
  const deadline = clock.now() + s.timeoutMinutes * 60_000;
  const api = await openPipelineApi(await openAwsSession(ctx), s.pipelineName);
  const io = { api, signal: ctx.signal, clock, info, warn };
  const recent = await once('ListPipelineExecutions', () => api.listExecutions(50, ctx.signal), { clock, signal: ctx.signal, log: info });
  const chosen = s.executionId === '' ? latestExecution(recent) : recent.find((e) => e.pipelineExecutionId === s.executionId);
  const id = s.executionId || chosen?.pipelineExecutionId;
  if (!id) throw new ActionError(`Pipeline ${s.pipelineName} has no executions to approve.`, { hint: 'Start one first (command: start), or check pipeline-name and aws-region.' });
  const url = executionUrl(api.region, s.pipelineName, id);
  ctx.setOutput('execution-id', id);
  ctx.setOutput('execution-url', url);
  const target = { executionId: id, execStartMs: msOf(chosen?.startTime), stage: s.approvalStage, action: s.approvalAction };
  const token = await waitForPendingApproval(target, { ...io, deadline, timeoutMinutes: s.timeoutMinutes });
  ctx.setSecret(token);
  await answerApproval(target, { token, status: s.approvalResult, summary: s.approvalSummary }, io);
  info(`${s.approvalResult}: ${s.approvalStage}.${s.approvalAction} of execution ${id} of pipeline ${s.pipelineName} ("${s.approvalSummary}"). ${url}`);
}
