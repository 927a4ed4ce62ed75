/**
 * Why a stack deployment failed, in CloudFormation's words: the events of the stack's latest
 * operation (DescribeStackEvents, newest first, read back to the "User Initiated" event that
 * started it) whose status ends in FAILED, oldest first — the first failure is usually the cause,
 * the later ones its consequences.
 */
import type { StackEvent } from '@aws-sdk/client-cloudformation';
import { awsClientConfig } from '../aws/clients.js';
import { answerText, describeAwsError } from '../aws/describe-error.js';
import { RetryExhausted, withRetry, type RetryPolicy } from '../retry/index.js';

const LOOK_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4000, deadlineMs: 30_000, attemptTimeoutMs: 10_000 };
/** Pages of events read at most (100 events each). */
const MAX_PAGES = 10;
/** Failed events shown at most. */
const MAX_SHOWN = 15;

export interface FailedEventsRequest {
  stack: string;
  region: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken: string };
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
}

export interface FailedEvents {
  /** One line per failed event, first failure first. */
  lines: string[];
  /** Set when there are no lines: why (no such stack, no failure recorded, the look failed). */
  note?: string;
}

function isStackStart(e: StackEvent, stack: string): boolean {
  return e.ResourceType === 'AWS::CloudFormation::Stack' && e.LogicalResourceId === stack && /User Initiated/i.test(e.ResourceStatusReason ?? '');
}

export function eventLine(e: StackEvent): string {
  const at = e.Timestamp instanceof Date ? e.Timestamp.toISOString() : '';
  const reason = (e.ResourceStatusReason ?? '').replace(/\s+/g, ' ').trim();
  return `${at} ${e.LogicalResourceId ?? '?'} (${e.ResourceType ?? '?'}) ${e.ResourceStatus ?? '?'}${reason ? `: ${reason}` : ''}`;
}

/** Pure: the failed events of the latest operation, oldest first, from events newest first. */
export function latestFailures(newestFirst: StackEvent[], stack: string): StackEvent[] {
  const start = newestFirst.findIndex((e) => isStackStart(e, stack));
  const operation = start < 0 ? newestFirst : newestFirst.slice(0, start + 1);
  return operation.filter((e) => /FAILED$/.test(e.ResourceStatus ?? '')).reverse();
}

export async function failedEvents(req: FailedEventsRequest): Promise<FailedEvents> {
  const cfn = await import('@aws-sdk/client-cloudformation');
  const client = new cfn.CloudFormationClient(awsClientConfig({ region: req.region, credentials: req.credentials ? async () => req.credentials as NonNullable<FailedEventsRequest['credentials']> : undefined, env: req.env }, { maxAttempts: 1, requestTimeoutMs: LOOK_RETRY.attemptTimeoutMs }));
  const events: StackEvent[] = [];
  try {
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const out = await withRetry(
        ({ timeoutMs }) => client.send(new cfn.DescribeStackEventsCommand({ StackName: req.stack, ...(token ? { NextToken: token } : {}) }), { abortSignal: req.signal ? AbortSignal.any([AbortSignal.timeout(timeoutMs), req.signal]) : AbortSignal.timeout(timeoutMs) }),
        { policy: LOOK_RETRY, signal: req.signal },
      );
      const got = out.StackEvents ?? [];
      events.push(...got);
      token = out.NextToken;
      if (!token || got.some((e) => isStackStart(e, req.stack))) break;
    }
  } catch (e) {
    const f = describeAwsError(e instanceof RetryExhausted ? e.last : e, 'CloudFormation', 'DescribeStackEvents');
    if (f.code === 'ValidationError' && /does not exist/i.test(f.message)) {
      return { lines: [], note: `CloudFormation has no stack ${req.stack} in ${req.region}: the deployment failed before CloudFormation created it (synthesis, assets, bootstrap or credentials); the CDK output above says why.` };
    }
    return { lines: [], note: `Could not read the stack's events (${answerText(f)}); the CDK output above says what failed.` };
  } finally {
    client.destroy();
  }
  const failed = latestFailures(events, req.stack);
  if (failed.length === 0) return { lines: [], note: `CloudFormation recorded no failed event in the latest operation of ${req.stack}: the CDK output above says what failed.` };
  const lines = failed.slice(0, MAX_SHOWN).map(eventLine);
  if (failed.length > MAX_SHOWN) lines.push(`… and ${failed.length - MAX_SHOWN} more failed events`);
  return { lines };
}
