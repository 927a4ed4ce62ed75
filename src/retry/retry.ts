/**
 * Retrying one call: attempts with the one back-off, a cap on attempts, a per-attempt time
 * budget and an overall deadline. Never sleeps after the last attempt, nor past the deadline.
 * Where retries live (and why they never multiply) is written down in ./index.ts.
 */
import { realClock, type Clock } from '../clock.js';
import { backoffDelay } from './backoff.js';
import { classifyError, factsOf, isRetryable } from './classify.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Back-off ceiling before the second attempt; doubles per failure (see backoff.ts). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Overall budget for all attempts and sleeps, from the first attempt. */
  deadlineMs: number;
  /** Time limit of one attempt (the caller enforces it with the value it is handed). */
  attemptTimeoutMs: number;
}

export interface AttemptInfo {
  /** 1-based. */
  attempt: number;
  /** Time this attempt may take: min(attemptTimeoutMs, time left before the deadline). */
  timeoutMs: number;
}

export interface RetryEvent {
  attempt: number;
  maxAttempts: number;
  delayMs: number;
  error: unknown;
}

export interface RetryOutcome {
  attempts: number;
  elapsedMs: number;
  /** Why we stopped: the error is permanent, attempts ran out, the deadline came, or the job was cancelled. */
  reason: 'permanent' | 'attempts' | 'deadline' | 'aborted';
}

/** Thrown when retrying stops: carries the last error and how it went. */
export class RetryExhausted extends Error {
  readonly last: unknown;
  readonly outcome: RetryOutcome;
  constructor(last: unknown, outcome: RetryOutcome) {
    super(last instanceof Error ? last.message : String(last));
    this.name = 'RetryExhausted';
    this.last = last;
    this.outcome = outcome;
  }
}

export interface RetryOptions {
  policy: RetryPolicy;
  /** Default: the shared classifier (throttling and transient failures are retried). */
  isRetryable?(error: unknown): boolean;
  onRetry?(event: RetryEvent): void;
  signal?: AbortSignal;
  clock?: Clock;
}

export async function withRetry<T>(attempt: (info: AttemptInfo) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy, clock = realClock, signal } = options;
  const retryable = options.isRetryable ?? ((e: unknown) => isRetryable(classifyError(e, signal)));
  const start = clock.now();
  const deadline = start + policy.deadlineMs;
  for (let n = 1; ; n++) {
    const left = deadline - clock.now();
    try {
      return await attempt({ attempt: n, timeoutMs: Math.max(1, Math.min(policy.attemptTimeoutMs, left)) });
    } catch (error) {
      const stop = (reason: RetryOutcome['reason']): RetryExhausted => new RetryExhausted(error, { attempts: n, elapsedMs: clock.now() - start, reason });
      if (signal?.aborted) throw stop('aborted');
      if (!retryable(error)) throw stop('permanent');
      if (n >= policy.maxAttempts) throw stop('attempts');
      const facts = factsOf(error);
      const delayMs = backoffDelay({ baseMs: policy.baseDelayMs, maxMs: policy.maxDelayMs }, n, clock.random(), {
        throttled: classifyError(error) === 'throttling',
        retryAfterMs: facts.retryAfterMs,
      });
      // Sleeping and then having no time left for a useful attempt would only delay the error.
      if (clock.now() + delayMs + Math.min(250, policy.attemptTimeoutMs) >= deadline) throw stop('deadline');
      options.onRetry?.({ attempt: n, maxAttempts: policy.maxAttempts, delayMs, error });
      await clock.sleep(delayMs, signal);
      if (signal?.aborted) throw stop('aborted');
    }
  }
}
