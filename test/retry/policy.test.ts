import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { backoffDelay, classifyError, FailureStreak, factsOf, persistBudgetMs, retryAfterMs, withRetry, THROTTLE_FACTOR, type RetryPolicy } from '../../src/retry/index.ts';
import type { Clock } from '../../src/clock.ts';

function fakeClock(r = 1): Clock & { sleeps: number[]; t: number } {
  const c = { t: 0, sleeps: [] as number[], now: () => c.t, random: () => r, sleep: async (ms: number) => void (c.sleeps.push(ms), (c.t += ms)) };
  return c;
}

describe('back-off', () => {
  test('doubles from the base, jittered within [ceiling/2, ceiling], capped', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 1, noNaN: true }), (failures, r) => {
        const d = backoffDelay({ baseMs: 500, maxMs: 8000 }, failures, r);
        const ceiling = Math.min(8000, 500 * 2 ** (failures - 1));
        expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(d).toBeLessThanOrEqual(ceiling);
      }),
    );
  });

  test('throttling backs off from a higher base', () => {
    expect(backoffDelay({ baseMs: 1000, maxMs: 60_000 }, 1, 1, { throttled: true })).toBe(1000 * THROTTLE_FACTOR);
  });

  test("the server's Retry-After wins when longer, up to the cap", () => {
    expect(backoffDelay({ baseMs: 100, maxMs: 1000 }, 1, 0, { retryAfterMs: 700 })).toBe(700);
    expect(backoffDelay({ baseMs: 100, maxMs: 1000, maxRetryAfterMs: 5000 }, 1, 0, { retryAfterMs: 3_600_000 })).toBe(5000);
    expect(backoffDelay({ baseMs: 4000, maxMs: 8000 }, 1, 1, { retryAfterMs: 1 })).toBe(4000);
  });

  test('Retry-After in seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(['1.5'])).toBe(1500);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(factsOf({ name: 'ThrottlingException', $metadata: { httpStatusCode: 400 }, $response: { headers: { 'retry-after': '2' } } }).retryAfterMs).toBe(2000);
  });
});

describe('classifier', () => {
  test('a cancelled job is cancelled, a timed-out attempt is transient', () => {
    const abort = Object.assign(new Error('aborted'), { name: 'AbortError' });
    const c = new AbortController();
    expect(classifyError(abort, c.signal)).toBe('transient');
    c.abort();
    expect(classifyError(abort, c.signal)).toBe('cancelled');
  });
});

describe('withRetry', () => {
  const POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 10_000, deadlineMs: 60_000, attemptTimeoutMs: 5000 };

  test('the shared classifier decides by default: permanent errors are not retried', async () => {
    const clock = fakeClock();
    let calls = 0;
    await withRetry(async () => {
      calls++;
      throw Object.assign(new Error('no'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    }, { policy: POLICY, clock }).catch(() => undefined);
    expect(calls).toBe(1);
  });

  test('throttling and Retry-After lengthen the sleeps', async () => {
    const clock = fakeClock();
    await withRetry(async () => {
      throw Object.assign(new Error('slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
    }, { policy: POLICY, clock }).catch(() => undefined);
    expect(clock.sleeps).toEqual([250, 500]);
    const c2 = fakeClock(0);
    await withRetry(async () => {
      throw Object.assign(new Error('busy'), { status: 503, retryAfterMs: 4000 });
    }, { policy: POLICY, clock: c2 }).catch(() => undefined);
    expect(c2.sleeps).toEqual([4000, 4000]);
  });
});

describe('failure streak of a wait loop', () => {
  const err = (status: number): Error => Object.assign(new Error(`HTTP ${status} from the API`), { status });

  test('logs the first failure, then counts at 2, 4, 8... and gives up past the budget', () => {
    const s = new FailureStreak({ budgetMs: 60_000, what: 'execution e1' });
    const logged: number[] = [];
    let t = 0;
    let verdict;
    for (let i = 1; i <= 50; i++) {
      verdict = s.fail(err(503), t, 0.5);
      if (verdict.log) logged.push(i);
      if (verdict.exhausted) break;
      t += verdict.delayMs;
    }
    expect(logged).toEqual([1, 2, 4]);
    expect(verdict?.exhausted).toBe(true);
    expect(verdict?.sinceMs).toBeGreaterThanOrEqual(60_000);
    // The last back-off is cut short so the loop looks again when the budget runs out, not up to 30 s later.
    expect(verdict?.sinceMs).toBeLessThanOrEqual(61_000);
    expect(verdict?.kind).toBe('transient');
  });

  test('the first log line names the real cause', () => {
    const s = new FailureStreak({ budgetMs: 60_000, what: 'execution e1' });
    expect(s.fail(err(500), 0, 0).log).toMatch(/^HTTP 500 from the API\. Still waiting for execution e1; retrying in/);
  });

  test('a success ends the streak', () => {
    const s = new FailureStreak({ budgetMs: 1000, what: 'x' });
    s.fail(err(500), 0, 0);
    s.fail(err(500), 2000, 0);
    expect(s.succeed()).toMatch(/Recovered after 2 failed attempts/);
    expect(s.fail(err(500), 10_000, 0).exhausted).toBe(false);
  });

  test('never gives up before three failed looks, however long they took', () => {
    const s = new FailureStreak({ budgetMs: 1000, what: 'x' });
    expect(s.fail(err(500), 0, 0).exhausted).toBe(false);
    expect(s.fail(err(500), 100_000, 0).exhausted).toBe(false);
    expect(s.fail(err(500), 200_000, 0).exhausted).toBe(true);
  });

  test('the budget is a quarter of the timeout, from 30 s to 5 minutes', () => {
    expect(persistBudgetMs(60 * 60_000)).toBe(5 * 60_000);
    expect(persistBudgetMs(4 * 60_000)).toBe(60_000);
    expect(persistBudgetMs(3000)).toBe(30_000);
  });
});
