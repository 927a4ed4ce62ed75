/** start: StartPipelineExecution (variables, source revisions, idempotency token), then await it. */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { openPipelineApi } from '../codepipeline/api.js';
import { startOf } from '../codepipeline/estimate.js';
import { defaultClientRequestToken } from '../codepipeline/token.js';
import { executionUrl } from '../codepipeline/url.js';
import { info } from '../report/pipeline-log.js';
import { awaitAndReport, preparePipeline, recordDeployment } from './await.js';

/** An execution this much older than our request was started by an earlier try of this step. */
const REUSED_AFTER_MS = 30_000;

export default async function startCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const session = await openAwsSession(ctx);
  const api = await openPipelineApi(session, s.pipelineName);
  const sourceRevisions = s.sourceRevisions.map((r) => ({ actionName: r.actionName, revisionType: r.revisionType, revisionValue: r.revisionValue }));
  const token = s.clientRequestToken || defaultClientRequestToken(s.run, { pipelineName: s.pipelineName, variables: s.variables, sourceRevisions });
  const requestedAt = Date.now();
  const executionId = await api.start({
    ...(token ? { clientRequestToken: token } : {}),
    ...(s.variables.length > 0 ? { variables: s.variables.map((v) => ({ name: v.name, value: v.value })) } : {}),
    ...(sourceRevisions.length > 0 ? { sourceRevisions } : {}),
  });
  const url = executionUrl(api.region, s.pipelineName, executionId);
  ctx.setOutput('execution-id', executionId);
  ctx.setOutput('execution-url', url);
  info(`Started execution ${executionId} of pipeline ${s.pipelineName}: ${url}`);
  if (token) info(`client-request-token: ${token}`);
  const deployment = await recordDeployment(ctx, s.run.sha, executionId);
  await deployment?.status('in_progress', url, `CodePipeline ${s.pipelineName} execution in progress`);
  if (!s.wait) {
    ctx.setOutput('execution-status', 'InProgress');
    info('wait: false, so not awaiting the execution.');
    return;
  }
  const prepared = await preparePipeline(api, ctx.signal);
  const startedAt = startOf(prepared.recent, executionId);
  if (startedAt !== undefined && startedAt < requestedAt - REUSED_AFTER_MS) {
    info(`This client-request-token already started execution ${executionId} at ${new Date(startedAt).toISOString()} (an earlier try of this step): no second execution was started.`);
  }
  await awaitAndReport(ctx, api, executionId, prepared, deployment);
}
