/**
 * One-off CodePipeline calls (start an execution, answer an approval, stop, check an execution id,
 * read the action executions after the end): retried by the shared withRetry under a short policy,
 * each retry logged, and the final error saying how many attempts were made. Calls inside wait
 * loops do not come through here: a look is one attempt (see looks.ts and ../retry/index.ts).
 */
import { ActionError } from '../errors.js';
import type { Clock } from '../clock.js';
import { RetryExhausted, withRetry, type RetryPolicy } from '../retry/index.js';
import { factsView, failureText, mayRetry } from './looks.js';

/** A few attempts within seconds; one attempt is bounded by the client's 15 s request timeout. */
export const ONE_OFF_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 5000, deadlineMs: 20_000, attemptTimeoutMs: 15_000 };

/** A call that must not be repeated (it could act twice): one attempt. */
export const SINGLE_ATTEMPT: RetryPolicy = { ...ONE_OFF_RETRY, maxAttempts: 1 };

export interface OnceOptions {
  clock: Clock;
  /** The job's cancellation: no retry after it. */
  signal?: AbortSignal;
  policy?: RetryPolicy;
  /** Where retries are logged. */
  log(line: string): void;
}

/** Calls `call` (1-based attempt number) until it succeeds, fails for good, or the policy runs out. */
export async function once<T>(what: string, call: (attempt: number) => Promise<T>, o: OnceOptions): Promise<T> {
  let last: unknown;
  try {
    return await withRetry(
      async ({ attempt }) => {
        try {
          return await call(attempt);
        } catch (e) {
          last = e;
          throw factsView(e);
        }
      },
      {
        policy: o.policy ?? ONE_OFF_RETRY,
        clock: o.clock,
        signal: o.signal,
        isRetryable: () => mayRetry(last, o.signal),
        onRetry: (ev) => o.log(`${named(what, failureText(last))} Retrying in ${(ev.delayMs / 1000).toFixed(1)} s (attempt ${ev.attempt + 1} of ${ev.maxAttempts}).`),
      },
    );
  } catch (e) {
    if (!(e instanceof RetryExhausted)) throw e;
    if (e.outcome.attempts === 1 || !(last instanceof ActionError)) throw last;
    const seconds = Math.round(e.outcome.elapsedMs / 1000);
    throw new ActionError(`After ${e.outcome.attempts} attempts over ${seconds} s: ${failureText(last)}`, { cause: last.cause ?? last, hint: last.hint, title: last.title, retryable: last.retryable });
  }
}

/** The failure text names the operation already when it came from the AWS error mapping. */
function named(what: string, text: string): string {
  return text.includes(what) ? text : `${what}: ${text}`;
}
