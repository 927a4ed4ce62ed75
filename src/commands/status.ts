/**
 * status: where an execution stands now, without waiting: GetPipelineExecution and
 * GetPipelineState of execution-id (default: the newest execution), its action executions for
 * the times, stages, output variables and stack outputs; outputs and a job summary. Succeeds
 * whatever the execution's status: it reports, it does not judge.
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { ActionError, messageOf } from '../errors.js';
import { realClock } from '../clock.js';
import { openPipelineApi, type ActionExecutionDetail } from '../codepipeline/api.js';
import { newestFirst } from '../codepipeline/find.js';
import { checkExecution } from '../codepipeline/locate.js';
import { once } from '../codepipeline/once.js';
import { outputVariables, stackOutputsOf } from '../codepipeline/outputs.js';
import { statusSnapshot } from '../codepipeline/status-report.js';
import { executionUrl } from '../codepipeline/url.js';
import { info, logResult, warn } from '../report/pipeline-log.js';
import { writePipelineSummary } from '../report/pipeline-summary.js';
import { setStackOutputs } from '../stack-outputs.js';

export default async function statusCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const clock = realClock;
  const api = await openPipelineApi(await openAwsSession(ctx), s.pipelineName);
  const retry = { clock, signal: ctx.signal, log: info };
  let id = s.executionId;
  if (id === '') {
    id = newestFirst(await once('ListPipelineExecutions', () => api.listExecutions(5, ctx.signal), retry))[0]?.pipelineExecutionId ?? '';
    if (id === '') throw new ActionError(`Pipeline ${s.pipelineName} has no executions yet.`, { hint: 'Start one (command: start), or check pipeline-name and aws-region.' });
  }
  const execution = s.executionId !== '' ? await checkExecution(id, { api, deadline: Infinity, timeoutMinutes: 1, signal: ctx.signal, clock, info, warn }) : await once('GetPipelineExecution', () => api.getExecution(id, ctx.signal), retry);
  const state = await once('GetPipelineState', () => api.getState(ctx.signal), retry);
  let details: ActionExecutionDetail[] | undefined;
  try {
    details = await once('ListActionExecutions', () => api.listActionExecutions(id, ctx.signal), retry);
  } catch (e) {
    warn(`Could not read the action executions of ${id}, so started-at, ended-at, output-variables and stack-outputs are not set and stages show only what GetPipelineState shows: ${messageOf(e)}`);
  }
  const url = executionUrl(api.region, s.pipelineName, id);
  const snap = statusSnapshot({ pipelineName: s.pipelineName, executionId: id, url }, execution, state, details);
  ctx.setOutput('execution-id', id);
  ctx.setOutput('execution-url', url);
  ctx.setOutput('execution-status', execution.status ?? 'Unknown');
  if (snap.startedAt) ctx.setOutput('started-at', snap.startedAt);
  if (snap.endedAt) ctx.setOutput('ended-at', snap.endedAt);
  ctx.setOutput('artifact-revisions', JSON.stringify(snap.artifactRevisions));
  ctx.setOutput('stages', JSON.stringify(snap.stages));
  const stacks = details ? stackOutputsOf(details) : {};
  if (details) {
    ctx.setOutput('output-variables', JSON.stringify(outputVariables(details)));
    setStackOutputs(ctx, stacks);
  }
  logResult(snap.report);
  const extra = [`Started ${snap.startedAt ?? 'at an unknown time'}${snap.endedAt ? `, ended ${snap.endedAt}` : ''}.`];
  for (const [source, r] of Object.entries(snap.artifactRevisions)) extra.push(`${source}: ${[r.revisionId, r.summary].filter(Boolean).join(' — ') || 'no revision recorded'}`);
  for (const line of extra) info(line);
  await writePipelineSummary(snap.report, extra, stacks, ctx.env);
}
