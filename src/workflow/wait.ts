/**
 * Awaiting a Workflow: a watch notices every change at once; a GET now and then is the safety
 * net (and the only source when the watch cannot run, e.g. RBAC lacks `watch`).
 *
 * Each GET is one attempt: the loop retries by looking again. Passing faults (5xx, 429, dropped
 * connections, time-outs) are ridden out until the deadline, logged the first time and then as
 * a count (FailureStreak); the wait gives up with the real cause only when the same trouble
 * persists past persistBudgetMs (a quarter of the timeout, 30 s to 5 minutes). Permanent
 * answers (401 after renewal, 403, the Workflow gone) end it at once.
 */
import type { Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import { CancelledError, type KubeClient } from '../kube/transport.js';
import { classifyError, FailureStreak, isRetryable, persistBudgetMs } from '../retry/index.js';
import { getWorkflow } from './api.js';
import { isTerminal, phaseOf, type Workflow } from './model.js';
import { WorkflowWatch } from './watch.js';

export { MAX_WATCH_FAILURES } from './watch.js';

export interface PollState {
  elapsedMs: number;
  /** A watch stream is open and delivering. */
  watching: boolean;
}

/**
 * Pure polling policy. With a live watch, completion is seen as it happens, so a GET every
 * 30 s only guards against a silently stalled stream (2 calls a minute). Without one:
 * every 2 s in the first minute (short runs end promptly), 5 s until 5 minutes, then 10 s.
 */
export function pollDelayMs(s: PollState): number {
  if (s.watching) return 30_000;
  if (s.elapsedMs < 60_000) return 2_000;
  if (s.elapsedMs < 5 * 60_000) return 5_000;
  return 10_000;
}

export interface AwaitOptions {
  client: KubeClient;
  namespace: string;
  name: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** Every new snapshot, with the previous one. */
  onUpdate(prev: Workflow | undefined, next: Workflow): void;
  /** A line about failing looks (rate-limited: the first failure, then a count now and then). */
  onRetry?(message: string): void;
  /** What the create returned: reported when the deadline passes before any look succeeds. */
  initial?: Workflow;
  /** Ends the wait before the Workflow finishes (an approval is waiting). */
  stopWhen?(wf: Workflow): boolean;
  clock?: Clock;
}

export interface AwaitResult {
  workflow: Workflow;
  timedOut: boolean;
  /** stopWhen ended the wait. */
  stopped: boolean;
  /** GETs made while waiting (not counting the watch). */
  polls: number;
}

/** Sleeps ms, or less when the watch delivers. Throws CancelledError when the job is cancelled. */
async function tick(ms: number, signal: AbortSignal, watch: WorkflowWatch | undefined, clock: Clock): Promise<'event' | 'timer'> {
  if (signal.aborted) throw new CancelledError();
  const wake = new AbortController();
  let woke: 'event' | 'timer' = 'timer';
  void watch?.changed().then(() => {
    woke = 'event';
    wake.abort();
  });
  await clock.sleep(ms, AbortSignal.any([signal, wake.signal]));
  watch?.cancelWait();
  if (signal.aborted) throw new CancelledError();
  return woke;
}

class Looker {
  polls = 0;
  /** Delay before the next look after a failed one; undefined after a good look. */
  retryDelayMs: number | undefined;
  private readonly streak: FailureStreak;
  private readonly o: AwaitOptions;
  private readonly clock: Clock;

  constructor(o: AwaitOptions, clock: Clock) {
    this.o = o;
    this.clock = clock;
    this.streak = new FailureStreak({ budgetMs: persistBudgetMs(o.timeoutMs), what: `Workflow ${o.name}` });
  }

  /** One GET; undefined when it failed in a way worth looking again. */
  async look(): Promise<Workflow | undefined> {
    this.polls++;
    try {
      const wf = await getWorkflow(this.o.client, this.o.namespace, this.o.name, this.o.signal, 1);
      this.retryDelayMs = undefined;
      const line = this.streak.succeed();
      if (line) this.o.onRetry?.(line);
      return wf;
    } catch (e) {
      if (e instanceof CancelledError || this.o.signal.aborted) throw new CancelledError();
      if (!isRetryable(classifyError(e))) throw e;
      const now = this.clock.now();
      const v = this.streak.fail(e, now, this.clock.random());
      if (v.log) this.o.onRetry?.(v.log);
      if (v.exhausted) {
        const hint = e instanceof ActionError && e.hint ? `${e.hint}\n` : '';
        const cause = (e as Error).message.replace(/([^.!?])$/, '$1.');
        throw new ActionError(`Stopped waiting for Workflow ${this.o.name} after ${this.streak.summary(now)}: ${cause} The Workflow itself may still be running.`, {
          hint: `${hint}Follow it with: argo watch -n ${this.o.namespace} ${this.o.name}`,
          title: 'workflow wait',
          retryable: true,
        });
      }
      this.retryDelayMs = v.delayMs;
      return undefined;
    }
  }
}

export async function awaitWorkflow(o: AwaitOptions): Promise<AwaitResult> {
  const clock = o.clock ?? o.client.clock;
  const start = clock.now();
  const deadline = start + o.timeoutMs;
  const looker = new Looker(o, clock);
  let wf: Workflow | undefined;
  let watch: WorkflowWatch | undefined;
  const result = (timedOut: boolean, stopped = false): AwaitResult => ({ workflow: wf ?? o.initial ?? { metadata: { name: o.name } }, timedOut, stopped, polls: looker.polls });
  try {
    for (let first = true; ; first = false) {
      const remaining = deadline - clock.now();
      if (!first && remaining <= 0) return result(true);
      let woke: 'event' | 'timer' = 'timer';
      if (!first) {
        const delay = looker.retryDelayMs ?? pollDelayMs({ elapsedMs: clock.now() - start, watching: watch?.healthy ?? false });
        woke = await tick(Math.min(delay, remaining), o.signal, watch, clock);
      }
      let next: Workflow | undefined;
      if (woke === 'event' && watch?.latest) {
        if (watch.latest.metadata?.resourceVersion === wf?.metadata.resourceVersion) continue;
        next = watch.latest;
      } else {
        if (!first && clock.now() >= deadline) return result(true);
        next = await looker.look();
        if (!next) continue;
      }
      o.onUpdate(wf, next);
      wf = next;
      if (isTerminal(phaseOf(wf))) return result(false);
      if (o.stopWhen?.(wf)) return result(false, true);
      if (!watch) {
        watch = new WorkflowWatch(o.client, clock, o.namespace, o.name, wf.metadata.resourceVersion);
        void watch.run();
      }
    }
  } finally {
    watch?.close();
  }
}
