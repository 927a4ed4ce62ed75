/**
 * start: StartPipelineExecution (variables, source revisions, idempotency token), then await it.
 * One deadline, timeout-minutes from the start of the command, covers starting and waiting.
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { realClock } from '../clock.js';
import { openPipelineApi } from '../codepipeline/api.js';
import { startOf } from '../codepipeline/estimate.js';
import { once, ONE_OFF_RETRY, SINGLE_ATTEMPT } from '../codepipeline/once.js';
import { preparePipeline } from '../codepipeline/run.js';
import { awaitExecution } from '../pipeline-await.js';
import { defaultClientRequestToken } from '../codepipeline/token.js';
import { executionUrl } from '../codepipeline/url.js';
import { recordPipelineDeployment } from '../github/record.js';
import { info, warn } from '../report/pipeline-log.js';

/** An execution this much older than our request was started by an earlier try of this step. */
const REUSED_AFTER_MS = 30_000;

export default async function startCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const clock = realClock;
  const deadline = clock.now() + s.timeoutMinutes * 60_000;
  const api = await openPipelineApi(await openAwsSession(ctx), s.pipelineName);
  const sourceRevisions = s.sourceRevisions.map((r) => ({ actionName: r.actionName, revisionType: r.revisionType, revisionValue: r.revisionValue }));
  const token = s.clientRequestToken || defaultClientRequestToken(s.run, { pipelineName: s.pipelineName, variables: s.variables, sourceRevisions });
  const requestedAt = clock.now();
  const input = {
    ...(token ? { clientRequestToken: token } : {}),
    ...(s.variables.length > 0 ? { variables: s.variables.map((v) => ({ name: v.name, value: v.value })) } : {}),
    ...(sourceRevisions.length > 0 ? { sourceRevisions } : {}),
  };
  // The token makes a repeated request return the execution the first one started; without it, a retry could start a second.
  const executionId = await once('StartPipelineExecution', () => api.start(input), { clock, signal: ctx.signal, log: info, policy: token ? ONE_OFF_RETRY : SINGLE_ATTEMPT });
  const url = executionUrl(api.region, s.pipelineName, executionId);
  ctx.setOutput('execution-id', executionId);
  ctx.setOutput('execution-url', url);
  info(`Started execution ${executionId} of pipeline ${s.pipelineName}: ${url}`);
  if (token) info(`client-request-token: ${token}`);
  const deployment = await recordPipelineDeployment({ token: s.githubToken, environment: s.environment, apiUrl: ctx.env.GITHUB_API_URL ?? '', repository: s.run.repository, ref: s.run.sha, pipelineName: s.pipelineName, executionId, url });
  if (!s.wait) {
    ctx.setOutput('execution-status', 'InProgress');
    info('wait: false, so not awaiting the execution.');
    return;
  }
  const recent = await preparePipeline(api, { clock, signal: ctx.signal, info, warn });
  const startedAt = startOf(recent, executionId);
  if (startedAt !== undefined && startedAt < requestedAt - REUSED_AFTER_MS) {
    info(`This client-request-token already started execution ${executionId} at ${new Date(startedAt).toISOString()} (an earlier try of this step): no second execution was started.`);
  }
  await awaitExecution(ctx, { api, executionId, recent, deadline, clock, deployment });
}
