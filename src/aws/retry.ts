/**
 * One retry policy for every remote call the credentials flow makes: jittered exponential
 * backoff, a cap on attempts, per-attempt time budget and an overall deadline. Never sleeps
 * after the last attempt, and never sleeps past the deadline.
 */

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Backoff before attempt n+1 is uniform in [0, min(maxDelayMs, baseDelayMs * 2^(n-1))]. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Overall budget for all attempts and sleeps, from the first attempt. */
  deadlineMs: number;
  /** Time limit of one attempt (the caller enforces it with the value it is handed). */
  attemptTimeoutMs: number;
}

import { realClock, type Clock } from '../clock.js';

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
  /** Why we stopped: the error is permanent, attempts ran out, or the deadline came. */
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

export function backoffCeiling(policy: RetryPolicy, failedAttempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failedAttempt - 1));
}

export interface RetryOptions {
  policy: RetryPolicy;
  isRetryable(error: unknown): boolean;
  onRetry?(event: RetryEvent): void;
  signal?: AbortSignal;
  clock?: Clock;
}

export async function withRetry<T>(attempt: (info: AttemptInfo) => Promise<T>, options: RetryOptions): Promise<T> {
  const { policy, clock = realClock, signal } = options;
  const start = clock.now();
  const deadline = start + policy.deadlineMs;
  for (let n = 1; ; n++) {
    const left = deadline - clock.now();
    try {
      return await attempt({ attempt: n, timeoutMs: Math.max(1, Math.min(policy.attemptTimeoutMs, left)) });
    } catch (error) {
      const stop = (reason: RetryOutcome['reason']): RetryExhausted => new RetryExhausted(error, { attempts: n, elapsedMs: clock.now() - start, reason });
      if (signal?.aborted) throw stop('aborted');
      if (!options.isRetryable(error)) throw stop('permanent');
      if (n >= policy.maxAttempts) throw stop('attempts');
      const delayMs = Math.round(clock.random() * backoffCeiling(policy, n));
      // Sleeping and then having no time left for a useful attempt would only delay the error.
      if (clock.now() + delayMs + Math.min(250, policy.attemptTimeoutMs) >= deadline) throw stop('deadline');
      options.onRetry?.({ attempt: n, maxAttempts: policy.maxAttempts, delayMs, error });
      await clock.sleep(delayMs, signal);
      if (signal?.aborted) throw stop('aborted');
    }
  }
}
