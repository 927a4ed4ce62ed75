/**
 * Failures in a wait loop (one call a look, no retry inside): the loop keeps looking until its
 * deadline, but it must say what is failing, and give up with the real cause when the same
 * trouble persists. FailureStreak counts consecutive failed looks, decides which to log (the
 * first, then a count now and then), and says when the streak has outlasted its budget.
 */
import { backoffDelay, type Backoff } from './backoff.js';
import { classifyError, factsOf, shortReason, type FailureClass } from './classify.js';

/** How long one kind of failure may persist before a wait gives up: a quarter of its timeout, from 30 s to 5 minutes. */
export function persistBudgetMs(timeoutMs: number): number {
  return Math.min(5 * 60_000, Math.max(30_000, Math.round(timeoutMs / 4)));
}

/** Back-off of a wait loop's next look after failed looks. */
export const LOOP_BACKOFF: Backoff = { baseMs: 2000, maxMs: 30_000, maxRetryAfterMs: 60_000 };

export interface StreakVerdict {
  /** A line to log now, or undefined (rate-limited). */
  log: string | undefined;
  /** The failure has persisted past the budget (and for at least minFailures looks): give up. */
  exhausted: boolean;
  /** Consecutive failed looks, this one included. */
  failures: number;
  /** Since the first failure of the streak. */
  sinceMs: number;
  kind: FailureClass;
  /** Delay before the next look. */
  delayMs: number;
}

export interface StreakOptions {
  budgetMs: number;
  /** Never give up before this many failed looks. Default 3. */
  minFailures?: number;
  backoff?: Backoff;
  /** What is being waited for, for the log lines ("execution 1234"). */
  what: string;
}

export class FailureStreak {
  private failures = 0;
  private firstAt = 0;
  private lastLoggedAt = 0;
  private readonly opts: StreakOptions;

  constructor(opts: StreakOptions) {
    this.opts = opts;
  }

  get count(): number {
    return this.failures;
  }

  /** A failed look at time `now`. */
  fail(error: unknown, now: number, random: number): StreakVerdict {
    if (this.failures === 0) this.firstAt = now;
    this.failures++;
    const kind = classifyError(error);
    const sinceMs = now - this.firstAt;
    const backoff = backoffDelay(this.opts.backoff ?? LOOP_BACKOFF, this.failures, random, { throttled: kind === 'throttling', retryAfterMs: factsOf(error).retryAfterMs });
    // The streak is judged at a look: look again when the budget runs out, not a whole back-off later.
    const delayMs = sinceMs < this.opts.budgetMs ? Math.min(backoff, Math.max(1000, this.opts.budgetMs - sinceMs)) : backoff;
    const exhausted = sinceMs >= this.opts.budgetMs && this.failures >= (this.opts.minFailures ?? 3);
    let log: string | undefined;
    if (this.failures === 1) {
      log = `${describe(error)} Still waiting for ${this.opts.what}; retrying in ${seconds(delayMs)}.`;
      this.lastLoggedAt = now;
    } else if (!exhausted && (isPowerOfTwo(this.failures) || now - this.lastLoggedAt >= 60_000)) {
      log = `${this.failures} failed attempts in a row over ${seconds(sinceMs)} while waiting for ${this.opts.what}; still retrying. Last: ${describe(error)}`;
      this.lastLoggedAt = now;
    }
    return { log, exhausted, failures: this.failures, sinceMs, kind, delayMs };
  }

  /** A good look: ends the streak. Returns a line to log when there had been failures. */
  succeed(): string | undefined {
    if (this.failures === 0) return undefined;
    const n = this.failures;
    this.failures = 0;
    return n > 1 ? `Recovered after ${n} failed attempts; still waiting for ${this.opts.what}.` : undefined;
  }

  /** How the streak went, for the final message: "5 failed attempts over 32 s". */
  summary(now: number): string {
    return `${this.failures} failed attempt${this.failures === 1 ? '' : 's'} over ${seconds(now - this.firstAt)}`;
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : shortReason(error);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function isPowerOfTwo(n: number): boolean {
  return (n & (n - 1)) === 0;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
