/**
 * The polling loop shared by the waits that look for something to appear (an execution of a
 * commit, a pending approval): retryable errors back off through the policy, others end it.
 */
import { ActionError } from '../errors.js';
import { isThrottling } from './aws-errors.js';
import { nextDelay } from './policy.js';
import type { Clock } from '../clock.js';

/** One look: the result when found, undefined to look again. `look` counts from 0. */
export type Look<T> = (look: number) => Promise<T | undefined>;

/** Looks until found, the deadline, or cancellation (both give undefined). */
export async function pollUntil<T>(look: Look<T>, deadline: number, signal: AbortSignal, clock: Clock): Promise<T | undefined> {
  const began = clock.now();
  let failures = 0;
  let throttled = false;
  for (let n = 0; n < 100_000 && !signal.aborted && clock.now() < deadline; n++) {
    try {
      const found = await look(n);
      if (found !== undefined) return found;
      failures = 0;
    } catch (e) {
      if (signal.aborted) return undefined;
      if (!(e instanceof ActionError) || !e.retryable) throw e;
      failures++;
      throttled = isThrottling(e);
    }
    const delay = nextDelay({ elapsedMs: clock.now() - began, remainingMs: undefined, waitingForHuman: false, failures, throttled, random: clock.random() });
    await clock.sleep(Math.max(0, Math.min(delay, deadline - clock.now())), signal);
  }
  return undefined;
}
