/**
 * When to look again: a pure function of what is known about the execution.
 *
 * Goals: notice completion within ~2 s (median) while averaging at most ~10 calls a minute.
 * Far from the expected end, the delay is 60 % of the expected remaining time (few calls); near
 * it, poll every 2 s; past it, slow down gradually (the estimate was wrong); with no estimate,
 * start at 6 s and slow to 15 s. This is the cadence of healthy looks only: after a failed look
 * the loop backs off with the shared back-off instead (looks.ts, ../retry).
 */
export interface PollSituation {
  /** Since the wait began. */
  elapsedMs: number;
  /** Expected time until the execution finishes; negative when overdue; undefined when unknown. */
  remainingMs: number | undefined;
  /** A manual approval is pending: nothing to predict, a person decides. */
  waitingForHuman: boolean;
}

export const POLICY = {
  denseMs: 2000,
  farFraction: 0.6,
  maxMs: 30000,
  overdueMaxMs: 15000,
  unknownFirstMs: 6000,
  unknownMaxMs: 15000,
  humanMs: 10000,
} as const;

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

export function nextDelay(s: PollSituation): number {
  if (s.waitingForHuman) return POLICY.humanMs;
  const r = s.remainingMs;
  if (r === undefined) return clamp(POLICY.unknownFirstMs + s.elapsedMs / 10, POLICY.unknownFirstMs, POLICY.unknownMaxMs);
  if (r > 2 * POLICY.denseMs) return Math.round(clamp(r * POLICY.farFraction, POLICY.denseMs, POLICY.maxMs));
  const overdue = Math.max(0, -r);
  return Math.round(clamp(POLICY.denseMs + overdue / 4, POLICY.denseMs, POLICY.overdueMaxMs));
}
