/**
 * A watch on one Workflow: every change is delivered as it happens. A stream that ends is
 * reopened at once; after MAX_WATCH_FAILURES failed attempts in a row (or a 403/404/405, e.g.
 * RBAC without `watch`) the wait relies on polling alone.
 */
import type { Clock } from '../clock.js';
import type { KubeClient } from '../kube/transport.js';
import { backoffDelay, type Backoff } from '../retry/index.js';
import { workflowsPath } from './api.js';
import type { Workflow } from './model.js';

/** After this many consecutive failed watch attempts we rely on polling alone. */
export const MAX_WATCH_FAILURES = 3;
/** Before reopening a failed watch (the shared back-off; polling covers the gap). */
const WATCH_BACKOFF: Backoff = { baseMs: 500, maxMs: 2000 };

interface WatchEvent {
  type?: string;
  object?: { metadata?: { resourceVersion?: string }; code?: number };
}

export class WorkflowWatch {
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
  private readonly clock: Clock;
  private readonly namespace: string;
  private readonly name: string;
  private resourceVersion: string | undefined;

  constructor(client: KubeClient, clock: Clock, namespace: string, name: string, resourceVersion: string | undefined) {
    this.client = client;
    this.clock = clock;
    this.namespace = namespace;
    this.name = name;
    this.resourceVersion = resourceVersion;
  }

  /** Resolves at the next event (at once when one arrived since the last call). */
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

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    if (w) w();
    else this.pending = true;
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
      this.wake();
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
      if (this.failures > 0 && this.failures < MAX_WATCH_FAILURES) await this.clock.sleep(backoffDelay(WATCH_BACKOFF, this.failures, this.clock.random()), this.stop.signal);
    }
    this.healthy = false;
    // Wake the waiting loop so it switches to polling now rather than after a long safety interval.
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }
}
