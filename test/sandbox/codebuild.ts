/**
 * Loopback CodeBuild emulator: BatchGetBuilds only (awsJson1_1, `X-Amz-Target:
 * CodeBuild_20161006.BatchGetBuilds`), answering builds[] with the LogsLocation fields the
 * CodeBuild API reference documents (logs.groupName, logs.streamName, logs.deepLink,
 * logs.cloudWatchLogs.status) and buildsNotFound[]. Builds come from a resolver, so the
 * CodePipeline emulator's actions can own them (see evidence.ts). Reach it with
 * AWS_ENDPOINT_URL_CODEBUILD=<server.url>.
 */
import { startEmulator, type Emulator, type LoopbackServer, type SandboxRequest, type SandboxResponse } from './server.ts';

export interface BuildRecord {
  id: string;
  project: string;
  status: 'SUCCEEDED' | 'FAILED' | 'IN_PROGRESS';
  /** CloudWatch Logs group and stream; absent when the project sends its logs only to S3. */
  group?: string;
  stream?: string;
}

export const JSON_11 = { 'content-type': 'application/x-amz-json-1.1' };

/** An awsJson1_1 error answer. */
export function jsonError(type: string, message: string, status = 400): SandboxResponse {
  return { status, headers: { ...JSON_11, 'x-amzn-errortype': type }, body: JSON.stringify({ __type: type, message }) };
}

export class CodeBuildEmulator implements Emulator {
  /** Operations answered with AccessDeniedException. */
  readonly deny = new Set<string>();
  resolve: (id: string) => BuildRecord | undefined = () => undefined;

  operationOf(req: SandboxRequest): string {
    const target = String(req.headers['x-amz-target'] ?? '');
    return target.startsWith('CodeBuild_20161006.') ? target.slice('CodeBuild_20161006.'.length) : `unknown:${target}`;
  }

  faultResponse(kind: 'throttle' | '5xx'): SandboxResponse {
    return kind === 'throttle' ? jsonError('ThrottlingException', 'Rate exceeded') : jsonError('ServiceUnavailableException', 'Service unavailable', 503);
  }

  handle(req: SandboxRequest, operation: string): SandboxResponse {
    if (this.deny.has(operation)) return jsonError('AccessDeniedException', `User: arn:aws:sts::123456789012:assumed-role/deployer/gh is not authorized to perform: codebuild:${operation}`);
    if (operation !== 'BatchGetBuilds') return jsonError('UnknownOperationException', `Unknown operation ${operation}`);
    const ids = ((JSON.parse(req.body || '{}') as { ids?: string[] }).ids ?? []);
    const builds = ids.map((id) => this.resolve(id)).filter((b): b is BuildRecord => b !== undefined);
    return {
      status: 200,
      headers: JSON_11,
      body: JSON.stringify({
        builds: builds.map((b) => ({
          id: b.id,
          arn: `arn:aws:codebuild:eu-west-1:123456789012:build/${b.id}`,
          projectName: b.project,
          buildStatus: b.status,
          logs: b.group && b.stream
            ? { groupName: b.group, streamName: b.stream, deepLink: `https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#logsV2:log-groups/log-group/${encodeURIComponent(b.group)}/log-events/${b.stream}`, cloudWatchLogs: { status: 'ENABLED' } }
            : { cloudWatchLogs: { status: 'DISABLED' }, s3DeepLink: `https://console.aws.amazon.com/s3/object/build-logs/${b.id}.gz`, s3Logs: { status: 'ENABLED', location: 'build-logs' } },
        })),
        buildsNotFound: ids.filter((id) => !builds.some((b) => b.id === id)),
      }),
    };
  }
}

export async function startCodeBuild(): Promise<{ server: LoopbackServer; codebuild: CodeBuildEmulator }> {
  const codebuild = new CodeBuildEmulator();
  return { server: await startEmulator(codebuild), codebuild };
}
