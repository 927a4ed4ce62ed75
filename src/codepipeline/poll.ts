/**
 * The polling loop shared by the waits that look for something to appear (an execution of a
 * commit, a pending approval). A look is one attempt: a failed one is counted, logged and backed
 * off by LoopFailures (which ends the wait with the real cause when the failure persists); a
 * healthy one is followed by the policy's cadence.
 */
import type { Clock } from '../clock.js';
import type { LoopFailures, OngoingFailure } from './looks.js';
import { nextDelay } from './policy.js';

/** One look: the result when found, undefined to look again. `look` counts from 0. */
export type Look<T> = (look: number) => Promise<T | undefined>;

export type PollResult<T> = { found: T } | { end: 'cancelled' } | { end: 'timeout'; failing: OngoingFailure | undefined };

export interface PollOptions {
  deadline: number;
  signal: AbortSignal;
  clock: Clock;
  failures: LoopFailures;
}

/** Hard bound on looks, whatever the clock says. */
const MAX_LOOKS = 100_000;

/** Looks until found, the deadline, or cancellation; rethrows a permanent error, throws a persisting one. */
export async function pollUntil<T>(look: Look<T>, o: PollOptions): Promise<PollResult<T>> {
  const { clock, signal, deadline } = o;
  const began = clock.now();
  for (let n = 0; n < MAX_LOOKS && clock.now() < deadline; n++) {
    if (signal.aborted) return { end: 'cancelled' };
    let delay: number;
    try {
      const found = await look(n);
      o.failures.succeeded();
      if (found !== undefined) return { found };
      delay = nextDelay({ elapsedMs: clock.now() - began, remainingMs: undefined, waitingForHuman: false });
    } catch (e) {
      if (signal.aborted) return { end: 'cancelled' };
      delay = o.failures.failed(e, signal);
    }
    await clock.sleep(Math.max(0, Math.min(delay, deadline - clock.now())), signal);
  }
  return signal.aborted ? { end: 'cancelled' } : { end: 'timeout', failing: o.failures.ongoing() };
}
