/**
 * The failed events of the stack a CloudFormation action deployed: DescribeStackEvents (newest
 * first, paged) down to the moment the action started, keeping the events whose ResourceStatus
 * ends in _FAILED, shown first failure first. The SDK client loads only here.
 */
import type { AwsSession } from '../aws/session.js';
import { awsClientConfig } from '../aws/clients.js';
import { evidenceCall, EvidenceFailure, type CallOptions } from './calls.js';
import { arn, deniedText } from './codebuild.js';
import { MAX_STACK_FAILURES, type Evidence, type FailedActionRef, type StackFailure } from './model.js';
import { msOf } from '../util/time.js';

/** Pages of 100 events read at most (a deployment of a large stack writes a few hundred). */
const MAX_PAGES = 5;

export async function stackEventsEvidence(session: AwsSession, ref: FailedActionRef, stack: string, sinceMs: number | undefined, o: CallOptions): Promise<Evidence> {
  const note = (text: string): Evidence => ({ ...ref, kind: 'note', text });
  try {
    const failures = await failedEvents(session, stack, sinceMs, o);
    if (failures.length === 0) return note(`Stack ${stack} recorded no failed resource event during this deployment (the failure may be in the action's configuration or its change set).`);
    return { ...ref, kind: 'stack-events', stack, failures };
  } catch (e) {
    if (e instanceof EvidenceFailure && e.denied) return note(deniedText('cloudformation:DescribeStackEvents', arn(session, 'cloudformation', `stack/${stack}/*`), `the failed events of stack ${stack}`));
    return note(`The events of stack ${stack} could not be read: ${(e as Error).message}`);
  }
}

async function failedEvents(session: AwsSession, stack: string, sinceMs: number | undefined, o: CallOptions): Promise<StackFailure[]> {
  const sdk = await import('@aws-sdk/client-cloudformation');
  const client = new sdk.CloudFormationClient(awsClientConfig(session, { requestTimeoutMs: 6000 }));
  const found: StackFailure[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const input = { StackName: stack, ...(token ? { NextToken: token } : {}) };
    const out = await evidenceCall('CloudFormation', 'DescribeStackEvents', (signal) => client.send(new sdk.DescribeStackEventsCommand(input), signal ? { abortSignal: signal } : {}), o);
    let older = false;
    for (const e of out.StackEvents ?? []) {
      const at = (msOf(e.Timestamp) ?? 0);
      if (sinceMs !== undefined && at < sinceMs) {
        older = true;
        continue;
      }
      if (!(e.ResourceStatus ?? '').endsWith('_FAILED')) continue;
      found.push({ resource: e.LogicalResourceId ?? '', type: e.ResourceType ?? '', status: e.ResourceStatus ?? '', reason: e.ResourceStatusReason ?? '', at: new Date(at).toISOString() });
    }
    token = out.NextToken;
    if (older || !token) break;
  }
  // DescribeStackEvents lists newest first: the first failure is the cause, the rest follow from it.
  return found.reverse().slice(0, MAX_STACK_FAILURES);
}
