/**
 * await: the execution given by execution-id (checked up front), or the one of commit-sha
 * (waiting for it to appear); then wait for it and report. One deadline, timeout-minutes from the
 * start of the command, covers finding the execution and waiting for it.
 */
import type { CommandContext } from '../context.js';
import { openAwsSession } from '../aws/session.js';
import { InputError } from '../errors.js';
import { realClock } from '../clock.js';
import { openPipelineApi, type PipelineExecution } from '../codepipeline/api.js';
import { checkExecution, locateByCommit } from '../codepipeline/locate.js';
import { preparePipeline } from '../codepipeline/run.js';
import { awaitExecution } from '../pipeline-await.js';
import { executionUrl } from '../codepipeline/url.js';
import { recordPipelineDeployment } from '../github/record.js';
import { info, warn } from '../report/pipeline-log.js';

export default async function awaitCommand(ctx: CommandContext): Promise<void> {
  const s = ctx.settings;
  const clock = realClock;
  const deadline = clock.now() + s.timeoutMinutes * 60_000;
  if (s.executionId === '' && s.commitSha === '') throw new InputError('commit-sha', 'is empty and GITHUB_SHA is not set', 'the commit whose execution to await, or set execution-id', 'commit-sha: ${{ github.sha }}');
  const api = await openPipelineApi(await openAwsSession(ctx), s.pipelineName);
  const find = { api, deadline, timeoutMinutes: s.timeoutMinutes, signal: ctx.signal, clock, info, warn };
  let executionId = s.executionId;
  let known: PipelineExecution | undefined;
  if (executionId !== '') {
    known = await checkExecution(executionId, find);
  } else {
    const found = await locateByCommit(s.commitSha, find);
    executionId = found.pipelineExecutionId ?? '';
    info(`Execution ${executionId} of pipeline ${s.pipelineName} runs commit ${s.commitSha} (started ${found.startTime ? new Date(found.startTime).toISOString() : 'at an unknown time'}).`);
  }
  const url = executionUrl(api.region, s.pipelineName, executionId);
  ctx.setOutput('execution-id', executionId);
  ctx.setOutput('execution-url', url);
  info(`Awaiting execution ${executionId} of pipeline ${s.pipelineName}: ${url}`);
  const recent = await preparePipeline(api, { clock, signal: ctx.signal, info, warn });
  const ref = s.executionId === '' ? s.commitSha : s.run.sha;
  const deployment = await recordPipelineDeployment({ token: s.githubToken, environment: s.environment, apiUrl: ctx.env.GITHUB_API_URL ?? '', repository: s.run.repository, ref, pipelineName: s.pipelineName, executionId, url });
  await awaitExecution(ctx, { api, executionId, known, recent, deadline, clock, deployment });
}
