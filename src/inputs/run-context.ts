/** What the runner tells us about the current run, read from the standard GITHUB_* variables. */
export interface RunContext {
  serverUrl: string;
  repository: string;
  runId: string;
  runAttempt: string;
  job: string;
  workflow: string;
  sha: string;
  ref: string;
  refName: string;
  actor: string;
  eventName: string;
  /** `${serverUrl}/${repository}/actions/runs/${runId}` (attempt included when > 1), or '' outside Actions. */
  runUrl: string;
}

export function runContext(env: NodeJS.ProcessEnv): RunContext {
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const repository = env.GITHUB_REPOSITORY ?? '';
  const runId = env.GITHUB_RUN_ID ?? '';
  const runAttempt = env.GITHUB_RUN_ATTEMPT ?? '1';
  let runUrl = '';
  if (repository !== '' && runId !== '') {
    runUrl = `${serverUrl}/${repository}/actions/runs/${runId}` + (runAttempt !== '1' ? `/attempts/${runAttempt}` : '');
  }
  return {
    serverUrl,
    repository,
    runId,
    runAttempt,
    job: env.GITHUB_JOB ?? '',
    workflow: env.GITHUB_WORKFLOW ?? '',
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    refName: env.GITHUB_REF_NAME ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    runUrl,
  };
}
