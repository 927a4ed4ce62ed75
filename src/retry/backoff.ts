/**
 * The one back-off: exponential with jitter, and the server's Retry-After honoured (capped).
 * Pure: the caller passes the random draw (a Clock's random()).
 */

export interface Backoff {
  /** Ceiling of the first delay. */
  baseMs: number;
  /** Ceiling of any delay computed by doubling. */
  maxMs: number;
  /** Longest Retry-After obeyed (a server asking for more is capped to this). Default: maxMs. */
  maxRetryAfterMs?: number;
}

/** After throttling, back off from a higher base: the rate is shared with other clients. */
export const THROTTLE_FACTOR = 2.5;

/**
 * Delay before the next attempt after `failures` consecutive failures (≥ 1): "equal jitter",
 * uniform in [ceiling/2, ceiling] with ceiling = min(maxMs, base·2^(failures−1)), so that many
 * jobs retrying at once spread apart and no retry is immediate. A Retry-After wins when longer.
 */
export function backoffDelay(b: Backoff, failures: number, random: number, opts: { throttled?: boolean; retryAfterMs?: number } = {}): number {
  const base = opts.throttled ? b.baseMs * THROTTLE_FACTOR : b.baseMs;
  const ceiling = Math.min(b.maxMs, base * 2 ** Math.min(Math.max(failures, 1) - 1, 30));
  const jittered = Math.round(ceiling / 2 + (Math.min(Math.max(random, 0), 1) * ceiling) / 2);
  if (opts.retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(opts.retryAfterMs, b.maxRetryAfterMs ?? b.maxMs));
}
