/**
 * The end of a CodeBuild build's log. The build id is the failed action execution's
 * externalExecutionId; CodeBuild BatchGetBuilds names the build's CloudWatch Logs group and stream
 * (logs.groupName / logs.streamName), and one GetLogEvents from the end of the stream
 * (startFromHead false, limit 100) gives its last lines. The SDK clients load only here.
 */
import type { AwsSession } from '../aws/session.js';
import { awsClientConfig } from '../aws/clients.js';
import { evidenceCall, EvidenceFailure, type CallOptions } from './calls.js';
import { MAX_LOG_LINES, type Evidence, type FailedActionRef } from './model.js';

interface LogPlace {
  group: string;
  stream: string;
  deepLink?: string;
}

/** Tuning of the evidence clients: one attempt bounded by the retry policy's attempt budget. */
const TUNING = { requestTimeoutMs: 6000 };

export async function buildLogEvidence(session: AwsSession, ref: FailedActionRef, buildId: string, o: CallOptions): Promise<Evidence> {
  const note = (text: string): Evidence => ({ ...ref, kind: 'note', text });
  const project = buildId.split(':')[0] ?? buildId;
  let place: LogPlace | string;
  try {
    place = await logPlace(session, buildId, o);
  } catch (e) {
    if (e instanceof EvidenceFailure && e.denied) return note(deniedText('codebuild:BatchGetBuilds', arn(session, 'codebuild', `project/${project}`), `the build log of ${buildId}`));
    return note(`The build log of ${buildId} could not be located: ${(e as Error).message}`);
  }
  if (typeof place === 'string') return note(place);
  try {
    const lines = await lastLines(session, place, o);
    return { ...ref, kind: 'build-log', buildId, group: place.group, stream: place.stream, lines, ...(place.deepLink ? { deepLink: place.deepLink } : {}) };
  } catch (e) {
    if (e instanceof EvidenceFailure && e.denied) return note(deniedText('logs:GetLogEvents', arn(session, 'logs', `log-group:${place.group}:log-stream:${place.stream}`), `the log of build ${buildId}`));
    return note(`The log of build ${buildId} (${place.group} ${place.stream}) could not be read: ${(e as Error).message}`);
  }
}

/** Where the build's log is, or why it is not in CloudWatch Logs. */
async function logPlace(session: AwsSession, buildId: string, o: CallOptions): Promise<LogPlace | string> {
  const sdk = await import('@aws-sdk/client-codebuild');
  const client = new sdk.CodeBuildClient(awsClientConfig(session, TUNING));
  const out = await evidenceCall('CodeBuild', 'BatchGetBuilds', (signal) => client.send(new sdk.BatchGetBuildsCommand({ ids: [buildId] }), signal ? { abortSignal: signal } : {}), o);
  const build = out.builds?.find((b) => b.id === buildId) ?? out.builds?.[0];
  if (!build) return `CodeBuild does not know build ${buildId} any more (BatchGetBuilds listed it under buildsNotFound).`;
  const logs = build.logs;
  const group = logs?.groupName ?? logs?.cloudWatchLogs?.groupName;
  const stream = logs?.streamName ?? logs?.cloudWatchLogs?.streamName;
  if (group && stream) return { group, stream, ...(logs?.deepLink ? { deepLink: logs.deepLink } : {}) };
  if (logs?.cloudWatchLogs?.status === 'DISABLED') return `Build ${buildId} does not send its log to CloudWatch Logs (the project's CloudWatch logs are disabled)${logs.s3DeepLink ? `; its log is in S3: ${logs.s3DeepLink}` : ''}.`;
  return `Build ${buildId} has no CloudWatch Logs stream (the build may have failed before it started logging).`;
}

async function lastLines(session: AwsSession, place: LogPlace, o: CallOptions): Promise<string[]> {
  const sdk = await import('@aws-sdk/client-cloudwatch-logs');
  const client = new sdk.CloudWatchLogsClient(awsClientConfig(session, TUNING));
  const input = { logGroupName: place.group, logStreamName: place.stream, startFromHead: false, limit: MAX_LOG_LINES };
  const out = await evidenceCall('CloudWatch Logs', 'GetLogEvents', (signal) => client.send(new sdk.GetLogEventsCommand(input), signal ? { abortSignal: signal } : {}), o);
  const lines = (out.events ?? []).flatMap((e) => (e.message ?? '').replace(/\r?\n$/, '').split(/\r?\n/));
  return lines.slice(-MAX_LOG_LINES);
}

export function arn(session: AwsSession, service: string, resource: string): string {
  return `arn:aws:${service}:${session.region}:${session.accountId ?? '<account>'}:${resource}`;
}

export function deniedText(iamAction: string, resource: string, what: string): string {
  return `AWS denied ${iamAction}, so ${what} is not shown here. Allow ${iamAction} on ${resource} to the role to see it in the job (docs/codepipeline.md lists the permissions per command).`;
}
