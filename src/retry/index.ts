/**
 * Where retries live — the one place this is decided, so that no retry runs silently inside another.
 *
 * - Classification: ./classify.ts (throttling | transient | permanent | cancelled), one list of
 *   AWS throttling codes, used for AWS SDK errors, the OIDC token request and the Kubernetes API.
 * - Back-off: ./backoff.ts (exponential, equal jitter, a higher base after throttling, the
 *   server's Retry-After honoured up to a cap). Time and sleep: the Clock in ../clock.ts.
 * - AWS SDK clients never retry on their own (maxAttempts: 1, see ../aws/clients.ts).
 * - A one-off call (assume a role, start an execution, apply an object, create a Workflow) is
 *   retried by withRetry (./retry.ts) under its policy: a few attempts within seconds.
 *   CodePipeline's go through ../codepipeline/once.ts: StartPipelineExecution (retried only with
 *   a clientRequestToken, which makes a repeat return the same execution), PutApprovalResult,
 *   StopPipelineExecution, the up-front GetPipelineExecution of execution-id, and the
 *   ListActionExecutions before and after a wait.
 * - A wait loop (await an execution, find an execution of a commit, await a Workflow, wait for
 *   an approval) makes each look ONE attempt and retries by looking again: FailureStreak
 *   (./streak.ts) logs the first failure and then a count, backs off, and gives up with the real
 *   cause once one failure has persisted past persistBudgetMs (30 s to 5 min) — well before the
 *   command's own deadline. CodePipeline's loops use it through ../codepipeline/looks.ts, which
 *   also names the failure going on when the deadline comes first.
 * - A 401 from Kubernetes renews the credentials once and repeats the request; that is not a retry.
 */
export { AWS_THROTTLING_CODES, awsCode, classify, classifyError, factsOf, isRetryable, retryAfterMs, shortReason, type FailureClass, type FailureFacts } from './classify.js';
export { backoffDelay, THROTTLE_FACTOR, type Backoff } from './backoff.js';
export { RetryExhausted, withRetry, type AttemptInfo, type RetryEvent, type RetryOptions, type RetryOutcome, type RetryPolicy } from './retry.js';
export { FailureStreak, LOOP_BACKOFF, persistBudgetMs, type StreakOptions, type StreakVerdict } from './streak.js';
