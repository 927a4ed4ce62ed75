/** Shared setup of the CodePipeline tests: a scripted pipeline behind the emulator, and the runner env. */
import { startCodePipeline, type CodePipelineEmulator, type PipelineScript, type ScriptStage } from '../sandbox/codepipeline.ts';
import type { LoopbackServer } from '../sandbox/server.ts';
import { startAction, type ActionProcess, type RunOptions } from '../harness/run-action.ts';

export const SHA = '0123456789abcdef0123456789abcdef01234567';
export const FAKE_SECRET = 'fakeSecretKey0123456789abcdefghijklmnopqrstu';

/** Source -> Build -> Deploy (two CloudFormation stacks in parallel): about 1.5 s. */
export function deployStages(overrides: { buildMs?: number; deployMs?: number } = {}): ScriptStage[] {
  return [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', provider: 'CodeStarSourceConnection', durationMs: 200, namespace: 'SourceVariables', outputVariables: { CommitId: SHA, BranchName: 'main' } }] },
    { name: 'Build', actions: [{ name: 'Compile', category: 'Build', durationMs: overrides.buildMs ?? 400, summary: 'Build succeeded', externalUrl: 'https://console.aws.amazon.com/codebuild/build/1' }] },
    {
      name: 'Deploy',
      actions: [
        { name: 'DeployWeb', category: 'Deploy', provider: 'CloudFormation', runOrder: 1, durationMs: overrides.deployMs ?? 500, namespace: 'Web', configuration: { ActionMode: 'CREATE_UPDATE', StackName: 'web-prod' }, outputVariables: { Url: 'https://shop.example.com', BucketName: 'web-assets' } },
        { name: 'DeployDb', category: 'Deploy', provider: 'CloudFormation', runOrder: 1, durationMs: overrides.deployMs ?? 500, namespace: 'Db', configuration: { ActionMode: 'CREATE_UPDATE', StackName: 'db-prod' }, outputVariables: { Endpoint: 'db.internal:5432', BucketName: 'db-backups' } },
      ],
    },
  ];
}

export interface Sandbox {
  server: LoopbackServer;
  emulator: CodePipelineEmulator;
  env: Record<string, string>;
  close(): Promise<void>;
}

/** `history`: past successful executions to learn durations from (the wait then polls densely near the expected end). */
export async function sandbox(script: Partial<PipelineScript> & { history?: number } = {}): Promise<Sandbox> {
  const { history = 0, ...rest } = script;
  const { server, emulator } = await startCodePipeline({ name: 'shop-pipeline', stages: deployStages(), defaultRevision: SHA, ...rest });
  emulator.seedHistory(history);
  return {
    server,
    emulator,
    env: {
      AWS_REGION: 'eu-west-1',
      AWS_ACCESS_KEY_ID: 'AKIAFAKEFAKEFAKEFAKE',
      AWS_SECRET_ACCESS_KEY: FAKE_SECRET,
      AWS_ENDPOINT_URL_CODEPIPELINE: server.url,
    },
    close: () => server.close(),
  };
}

export function run(sb: Sandbox, inputs: Record<string, string>, options: Omit<RunOptions, 'inputs'> = {}): ActionProcess {
  return startAction({ timeoutMs: 60_000, ...options, inputs: { 'pipeline-name': 'shop-pipeline', ...inputs }, env: { ...sb.env, ...(options.env ?? {}) } });
}
