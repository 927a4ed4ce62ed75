/**
 * When to look again: a pure function of what is known about the execution.
 *
 * Goals: notice completion within ~2 s (median) while averaging at most ~10 calls a minute.
 * Far from the expected end, the delay is 60 % of the expected remaining time (few calls); near
 * it, poll every 2 s; past it, slow down gradually (the estimate was wrong); with no estimate,
 * start at 6 s and slow to 15 s. Failed polls (throttling, 5xx, network) back off exponentially.
 */
export interface PollSituation {
  /** Since the wait began. */
  elapsedMs: number;
  /** Expected time until the execution finishes; negative when overdue; undefined when unknown. */
  remainingMs: number | undefined;
  /** A manual approval is pending: nothing to predict, a person decides. */
  waitingForHuman: boolean;
  /** Consecutive failed polls. */
  failures: number;
  /** The last failure was throttling. */
  throttled: boolean;
  /** Uniform in [0, 1): spreads retries of many jobs apart. */
  random: number;
}

export const POLICY = {
  denseMs: 2000,
  farFraction: 0.6,
  maxMs: 30000,
  overdueMaxMs: 15000,
  unknownFirstMs: 6000,
  unknownMaxMs: 15000,
  humanMs: 10000,
  retryBaseMs: 2000,
  throttleBaseMs: 5000,
  backoffMaxMs: 60000,
} as const;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function nextDelay(s: PollSituation): number {
  if (s.failures > 0) {
    const base = s.throttled ? POLICY.throttleBaseMs : POLICY.retryBaseMs;
    const backoff = Math.min(POLICY.backoffMaxMs, base * 2 ** Math.min(s.failures - 1, 10));
    return Math.round(backoff * (0.75 + 0.5 * s.random));
  }
  if (s.waitingForHuman) return POLICY.humanMs;
  const r = s.remainingMs;
  if (r === undefined) return clamp(POLICY.unknownFirstMs + s.elapsedMs / 10, POLICY.unknownFirstMs, POLICY.unknownMaxMs);
  if (r > 2 * POLICY.denseMs) return Math.round(clamp(r * POLICY.farFraction, POLICY.denseMs, POLICY.maxMs));
  const overdue = Math.max(0, -r);
  return Math.round(clamp(POLICY.denseMs + overdue / 4, POLICY.denseMs, POLICY.overdueMaxMs));
}
