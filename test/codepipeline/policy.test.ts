import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { nextDelay, POLICY, type PollSituation } from '../../src/codepipeline/policy.js';

const base: PollSituation = { elapsedMs: 0, remainingMs: undefined, waitingForHuman: false };

describe('polling policy', () => {
  test('far from the expected end it waits 60 % of the remaining time, capped', () => {
    expect(nextDelay({ ...base, remainingMs: 40_000 })).toBe(24_000);
    expect(nextDelay({ ...base, remainingMs: 600_000 })).toBe(POLICY.maxMs);
  });

  test('near and at the expected end it polls densely', () => {
    expect(nextDelay({ ...base, remainingMs: 3000 })).toBe(2000);
    expect(nextDelay({ ...base, remainingMs: 0 })).toBe(2000);
  });

  test('past the expected end it slows down gradually, up to a cap', () => {
    expect(nextDelay({ ...base, remainingMs: -8000 })).toBe(4000);
    expect(nextDelay({ ...base, remainingMs: -3_600_000 })).toBe(POLICY.overdueMaxMs);
  });

  test('without an estimate it starts at 6 s and slows to 15 s', () => {
    expect(nextDelay(base)).toBe(6000);
    expect(nextDelay({ ...base, elapsedMs: 60_000 })).toBe(12_000);
    expect(nextDelay({ ...base, elapsedMs: 3_600_000 })).toBe(15_000);
  });

  test('a pending manual approval is polled slowly', () => {
    expect(nextDelay({ ...base, waitingForHuman: true, remainingMs: 0 })).toBe(POLICY.humanMs);
  });

  test('property: always between 2 s and 30 s, never dense when estimates say far away', () => {
    fc.assert(
      fc.property(
        fc.record({
          elapsedMs: fc.integer({ min: 0, max: 10_000_000 }),
          remainingMs: fc.option(fc.integer({ min: -10_000_000, max: 10_000_000 }), { nil: undefined }),
          waitingForHuman: fc.boolean(),
        }),
        (s) => {
          const d = nextDelay(s);
          expect(d).toBeGreaterThanOrEqual(POLICY.denseMs);
          expect(d).toBeLessThanOrEqual(POLICY.maxMs);
          if (!s.waitingForHuman && s.remainingMs !== undefined && s.remainingMs > 8000) expect(d).toBeGreaterThanOrEqual(4000);
        },
      ),
    );
  });

  test('simulated 60 s execution with a good estimate: about 10 looks and completion seen within 2 s', () => {
    const duration = 60_000;
    let t = 0;
    let looks = 0;
    for (; looks < 100 && t < duration; looks++) t += nextDelay({ ...base, elapsedMs: t, remainingMs: duration - t });
    expect(looks).toBeLessThanOrEqual(12);
    expect(t - duration).toBeLessThanOrEqual(2000);
  });
});
