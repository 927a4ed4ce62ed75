/**
 * The services failure evidence reads, fed by the CodePipeline emulator's own executions: a
 * CodeBuild action's build (its id is the action's externalExecutionId) with its log in
 * CloudWatch Logs (group /aws/codebuild/<project>, the build's uuid as stream, the action's
 * `buildLog` as lines), and a CloudFormation action's stack events (StackName of its
 * configuration: the deployment's events, its `stackFailures` as CREATE_FAILED, and a failure
 * of an older deployment that must not be shown).
 */
import type { LoopbackServer } from './server.ts';
import type { CodePipelineEmulator } from './codepipeline.ts';
import { snapshot, type ActionRun } from './codepipeline-sim.ts';
import { startCodeBuild, type BuildRecord, type CodeBuildEmulator } from './codebuild.ts';
import { startLogs, type LogsEmulator } from './logs.ts';
import { startCloudFormation, type CloudFormationEmulator, type StackEventRecord } from './cloudformation.ts';

export const DEFAULT_BUILD_LOG = ['[Container] Running command npm ci', 'added 412 packages in 9s', '[Container] Running command npm test', 'FAIL test/api.test.ts', '[Container] Command did not exit successfully npm test exit status 1'];

export interface EvidenceSandbox {
  codebuild: { server: LoopbackServer; codebuild: CodeBuildEmulator };
  logs: { server: LoopbackServer; logs: LogsEmulator };
  cloudformation: { server: LoopbackServer; cloudformation: CloudFormationEmulator };
  env: Record<string, string>;
  close(): Promise<void>;
}

function allRuns(cp: CodePipelineEmulator): ActionRun[] {
  const now = Date.now();
  return cp.executions.flatMap((e) => snapshot(e, now).runs);
}

function buildOf(run: ActionRun): BuildRecord {
  const [project, uuid] = (run.externalId ?? ':').split(':') as [string, string];
  const status = run.status === 'InProgress' ? 'IN_PROGRESS' : run.status === 'Succeeded' ? 'SUCCEEDED' : 'FAILED';
  const logged = run.action.configuration?.LogsTo !== 'S3';
  return { id: run.externalId ?? '', project, status, ...(logged ? { group: `/aws/codebuild/${project}`, stream: uuid } : {}) };
}

function stackEvents(cp: CodePipelineEmulator, stack: string): StackEventRecord[] | undefined {
  const runs = allRuns(cp).filter((r) => r.action.configuration?.StackName === stack);
  if (runs.length === 0) return undefined;
  const first = Math.min(...runs.map((r) => r.start));
  const events: StackEventRecord[] = [{ resource: 'OldQueue', type: 'AWS::SQS::Queue', status: 'UPDATE_FAILED', reason: 'a failure of an older deployment', at: first - 86_400_000 }];
  for (const r of runs) {
    events.push({ resource: stack, type: 'AWS::CloudFormation::Stack', status: 'UPDATE_IN_PROGRESS', reason: 'User Initiated', at: r.start });
    (r.status === 'Failed' ? r.action.stackFailures ?? [] : []).forEach((f, i) => events.push({ resource: f.resource, type: f.type, status: 'CREATE_FAILED', reason: f.reason, at: r.start + 20 + i * 10 }));
    if (r.status === 'Failed') events.push({ resource: stack, type: 'AWS::CloudFormation::Stack', status: 'UPDATE_ROLLBACK_COMPLETE', at: (r.end ?? r.start) - 5 });
    if (r.status === 'Succeeded') events.push({ resource: stack, type: 'AWS::CloudFormation::Stack', status: 'UPDATE_COMPLETE', at: (r.end ?? r.start) - 5 });
  }
  return events;
}

export async function startEvidence(cp: CodePipelineEmulator): Promise<EvidenceSandbox> {
  const codebuild = await startCodeBuild();
  const logs = await startLogs();
  const cloudformation = await startCloudFormation();
  const runOfBuild = (id: string): ActionRun | undefined => allRuns(cp).find((r) => r.externalId === id && r.action.category !== 'Source');
  codebuild.codebuild.resolve = (id) => {
    const run = runOfBuild(id);
    return run ? buildOf(run) : undefined;
  };
  logs.logs.resolve = (group, stream) => {
    const run = allRuns(cp).find((r) => r.externalId?.endsWith(`:${stream}`) && group === `/aws/codebuild/${r.externalId.split(':')[0]}`);
    return run ? run.action.buildLog ?? DEFAULT_BUILD_LOG : undefined;
  };
  cloudformation.cloudformation.resolve = (stack) => stackEvents(cp, stack);
  return {
    codebuild,
    logs,
    cloudformation,
    env: { AWS_ENDPOINT_URL_CODEBUILD: codebuild.server.url, AWS_ENDPOINT_URL_CLOUDWATCH_LOGS: logs.server.url, AWS_ENDPOINT_URL_CLOUDFORMATION: cloudformation.server.url },
    close: async () => {
      await Promise.all([codebuild.server.close(), logs.server.close(), cloudformation.server.close()]);
    },
  };
}
