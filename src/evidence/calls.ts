/**
 * One evidence call (CodeBuild, CloudWatch Logs, CloudFormation): a short retry under the shared
 * policy (../retry), and a failure told in one sentence that names the service, the operation, the
 * HTTP status and the AWS error code, and for access denied the IAM action to allow.
 */
import { answerText, describeAwsError, type AwsFailure } from '../aws/describe-error.js';
import type { Clock } from '../clock.js';
import { RetryExhausted, withRetry, type RetryPolicy } from '../retry/index.js';

/** Evidence is a courtesy: two quick attempts, never long. */
export const EVIDENCE_RETRY: RetryPolicy = { maxAttempts: 2, baseDelayMs: 1000, maxDelayMs: 2000, deadlineMs: 8000, attemptTimeoutMs: 6000 };

const DENIED = new Set(['AccessDeniedException', 'AccessDenied', 'UnauthorizedOperation', 'UnauthorizedException']);

/** A failed evidence call, in the user's words. */
export class EvidenceFailure extends Error {
  readonly denied: boolean;
  readonly failure: AwsFailure;
  constructor(failure: AwsFailure, denied: boolean) {
    super(`${failure.service} ${failure.operation} failed: ${answerText(failure)}`);
    this.name = 'EvidenceFailure';
    this.failure = failure;
    this.denied = denied;
  }
}

export interface CallOptions {
  clock: Clock;
  signal?: AbortSignal;
}

/** Runs `run` (one SDK call) under EVIDENCE_RETRY; throws an EvidenceFailure. */
export async function evidenceCall<T>(service: string, operation: string, run: (signal: AbortSignal | undefined) => Promise<T>, o: CallOptions): Promise<T> {
  try {
    // Each attempt is cut at its budget, whatever the SDK's socket timeout does with a silent server.
    return await withRetry(({ timeoutMs }) => run(AbortSignal.any([...(o.signal ? [o.signal] : []), AbortSignal.timeout(timeoutMs)])), { policy: EVIDENCE_RETRY, clock: o.clock, signal: o.signal });
  } catch (e) {
    const error = e instanceof RetryExhausted ? e.last : e;
    const f = describeAwsError(error, service, operation);
    throw new EvidenceFailure(f, DENIED.has(f.code ?? '') || f.status === 403);
  }
}
