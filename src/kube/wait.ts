/**
 * Awaiting a Workflow: a watch notices every change at once; a GET now and then is the safety
 * net (and the only source when the watch cannot run, e.g. RBAC lacks `watch`).
 */
import { CancelledError, type KubeClient } from './transport.js';
import { getWorkflow, workflowsPath } from './workflow-api.js';
import { isTerminal, phaseOf, type Workflow } from './workflow.js';

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

/** After this many consecutive failed watch attempts we rely on polling alone. */
export const MAX_WATCH_FAILURES = 3;

interface WatchEvent {
  type?: string;
  object?: { metadata?: { resourceVersion?: string }; code?: number };
}

class WorkflowWatch {
  /** Optimistic until a watch attempt fails; a stream that simply ends is reopened at once. */
  healthy = true;
  latest: Workflow | undefined;
  failures = 0;
  stopped = false;
  private waiter: (() => void) | undefined;
  /** An event arrived while nobody waited. */
  private pending = false;
  private readonly stop = new AbortController();
  private readonly client: KubeClient;
  private readonly namespace: string;
  private readonly name: string;
  private resourceVersion: string | undefined;

  constructor(client: KubeClient, namespace: string, name: string, resourceVersion: string | undefined) {
    this.client = client;
    this.namespace = namespace;
    this.name = name;
    this.resourceVersion = resourceVersion;
  }

  changed(): Promise<'event'> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve('event');
    }
    return new Promise((resolve) => (this.waiter = () => resolve('event')));
  }

  cancelWait(): void {
    this.waiter = undefined;
  }

  close(): void {
    this.stopped = true;
    this.stop.abort();
  }

  private onEvent(ev: WatchEvent): void {
    if (ev.type === 'ERROR') {
      // 410 Gone: our resourceVersion is too old; restart from the current state.
      this.resourceVersion = undefined;
      return;
    }
    const rv = ev.object?.metadata?.resourceVersion;
    if (rv) this.resourceVersion = rv;
    if (ev.type === 'ADDED' || ev.type === 'MODIFIED' || ev.type === 'DELETED') {
      this.latest = ev.object as Workflow;
      const w = this.waiter;
      this.waiter = undefined;
      if (w) w();
      else this.pending = true;
    }
  }

  async run(): Promise<void> {
    while (!this.stopped && this.failures < MAX_WATCH_FAILURES) {
      const query: Record<string, string> = { watch: '1', fieldSelector: `metadata.name=${this.name}`, timeoutSeconds: '300', allowWatchBookmarks: 'true' };
      if (this.resourceVersion) query.resourceVersion = this.resourceVersion;
      let status = 0;
      try {
        status = await this.client.watch(
          { op: { verb: 'watch', resource: 'workflows', namespace: this.namespace }, method: 'GET', path: workflowsPath(this.namespace), query, signal: this.stop.signal },
          (e) => this.onEvent(e as WatchEvent),
          330_000,
          (s) => (this.healthy = s < 300),
        );
      } catch {
        status = -1;
      }
      if (this.stopped) break;
      if (status === 401 && this.client.access.renew) await this.client.access.renew().catch(() => false);
      if (status === 403 || status === 404 || status === 405) this.failures = MAX_WATCH_FAILURES;
      else if (status >= 200 && status < 300) this.failures = 0;
      else this.failures++;
      this.healthy = this.failures === 0;
      if (this.failures > 0 && this.failures < MAX_WATCH_FAILURES) await new Promise((r) => setTimeout(r, 500 * this.failures));
    }
    this.healthy = false;
    // Wake the waiting loop so it switches to polling now rather than after a long safety interval.
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }
}

export interface AwaitOptions {
  client: KubeClient;
  namespace: string;
  name: string;
  timeoutMs: number;
  signal: AbortSignal;
  /** Every new snapshot, with the previous one. */
  onUpdate(prev: Workflow | undefined, next: Workflow): void;
  now?: () => number;
}

export interface AwaitResult {
  workflow: Workflow;
  timedOut: boolean;
  /** GETs made while waiting (not counting the watch). */
  polls: number;
}

function tick(ms: number, signal: AbortSignal, watch: WorkflowWatch): Promise<'event' | 'timer'> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new CancelledError());
    const onAbort = (): void => (clearTimeout(t), watch.cancelWait(), reject(new CancelledError()));
    const t = setTimeout(() => (signal.removeEventListener('abort', onAbort), watch.cancelWait(), resolve('timer')), ms);
    signal.addEventListener('abort', onAbort, { once: true });
    void watch.changed().then(() => (clearTimeout(t), signal.removeEventListener('abort', onAbort), resolve('event')));
  });
}

export async function awaitWorkflow(o: AwaitOptions): Promise<AwaitResult> {
  const now = o.now ?? Date.now;
  const start = now();
  const deadline = start + o.timeoutMs;
  let wf = await getWorkflow(o.client, o.namespace, o.name, o.signal);
  let polls = 1;
  o.onUpdate(undefined, wf);
  if (isTerminal(phaseOf(wf))) return { workflow: wf, timedOut: false, polls };
  const watch = new WorkflowWatch(o.client, o.namespace, o.name, wf.metadata.resourceVersion);
  void watch.run();
  try {
    for (;;) {
      const remaining = deadline - now();
      if (remaining <= 0) return { workflow: wf, timedOut: true, polls };
      const delay = Math.min(pollDelayMs({ elapsedMs: now() - start, watching: watch.healthy }), remaining);
      const woke = await tick(delay, o.signal, watch);
      let next: Workflow;
      if (woke === 'event' && watch.latest) {
        if (watch.latest.metadata?.resourceVersion === wf.metadata.resourceVersion) continue;
        next = watch.latest;
      } else {
        if (now() >= deadline) return { workflow: wf, timedOut: true, polls };
        next = await getWorkflow(o.client, o.namespace, o.name, o.signal);
        polls++;
      }
      o.onUpdate(wf, next);
      wf = next;
      if (isTerminal(phaseOf(wf))) return { workflow: wf, timedOut: false, polls };
    }
  } finally {
    watch.close();
  }
}
