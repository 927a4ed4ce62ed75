/** Time, randomness and an abortable sleep: what every wait and retry loop needs, in one place (tests pass fakes). */
export interface Clock {
  now(): number;
  /** Resolves after ms, or at once (early) when signal aborts. Never rejects. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

export const realClock: Clock = { now: () => Date.now(), random: () => Math.random(), sleep };
