/**
 * The Workflow wait and the transport on a fake clock (virtual time, real HTTP to the in-process
 * emulator): back-off and budgets are checked in virtual minutes, in milliseconds of real time.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import type { Clock } from '../../src/clock.js';
import { neededPermissions } from '../../src/kube/rbac.js';
import { KubeClient, type KubeAccess } from '../../src/kube/transport.js';
import { awaitWorkflow } from '../../src/workflow/wait.js';
import { endlessScript, startKube, succeedingScript, type KubeEmulator } from '../sandbox/kube.ts';
import type { LoopbackServer } from '../sandbox/server.ts';

const TOKEN = 'wait-clock-token';

interface FakeClock extends Clock {
  t: number;
  sleeps: number[];
}

/** Virtual time: each sleep advances it at once (and yields, so real I/O can progress). */
function fakeClock(): FakeClock {
  const c: FakeClock = {
    t: 1_000_000,
    sleeps: [],
    now: () => c.t,
    random: () => 0.5,
    sleep: async (ms, signal) => {
      if (signal?.aborted) return;
      c.sleeps.push(ms);
      c.t += ms;
      await new Promise((r) => setImmediate(r));
    },
  };
  return c;
}

let kube: KubeEmulator;
let server: LoopbackServer;
beforeAll(async () => {
  ({ kube, server } = await startKube({ token: TOKEN }));
  kube.seedTemplate({ apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate', metadata: { name: 'shop-template', namespace: 'argo' }, spec: { templates: [] } });
});
afterAll(async () => {
  kube.dispose();
  await server.close();
});

function client(clock: Clock): KubeClient {
  const access: KubeAccess = { server: server.url, source: 'test', eks: false, prepare: async () => ({ headers: { authorization: `Bearer ${TOKEN}` } }) };
  return new KubeClient(access, { server: server.url, source: 'test', eks: false, needs: neededPermissions('submit'), namespace: 'argo' }, { clock });
}

async function create(c: KubeClient, name: string): Promise<void> {
  const manifest = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow', metadata: { name, namespace: 'argo' }, spec: { workflowTemplateRef: { name: 'shop-template' } } };
  await c.call({ op: { verb: 'create', resource: 'workflows' }, method: 'POST', path: '/apis/argoproj.io/v1alpha1/namespaces/argo/workflows', body: JSON.stringify(manifest) });
}

describe('Workflow wait on a fake clock', () => {
  test('a failure that persists ends the wait after its budget in virtual time, with a bounded number of looks and log lines', async () => {
    const clock = fakeClock();
    const c = client(clock);
    kube.script = () => endlessScript();
    await create(c, 'persist-1');
    server.fault({ kind: '5xx', operation: 'getWorkflow', times: Infinity });
    server.fault({ kind: '5xx', operation: 'watchWorkflows', times: Infinity });
    const logs: string[] = [];
    const started = Date.now();
    try {
      await expect(
        awaitWorkflow({ client: c, namespace: 'argo', name: 'persist-1', timeoutMs: 60 * 60_000, signal: new AbortController().signal, onUpdate: () => undefined, onRetry: (m) => logs.push(m), clock }),
      ).rejects.toThrow(/Stopped waiting for Workflow persist-1 after \d+ failed attempts over (30\d|31\d|32\d|33\d) s: .*answered 503 ServiceUnavailable/);
    } finally {
      server.clearFaults();
    }
    // A quarter of the hour-long timeout is 15 minutes; the budget is capped at 5 minutes.
    const virtual = clock.t - 1_000_000;
    expect(virtual).toBeGreaterThanOrEqual(5 * 60_000);
    expect(virtual).toBeLessThan(6 * 60_000);
    expect(server.callsOf('getWorkflow').length).toBeLessThan(30);
    expect(logs.length).toBeLessThanOrEqual(8);
    expect(logs[0]).toContain('Still waiting for Workflow persist-1; retrying in');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('the deadline is kept in virtual time: timed out with the last snapshot', async () => {
    const clock = fakeClock();
    const c = client(clock);
    kube.script = () => endlessScript(1);
    await create(c, 'deadline-1');
    await new Promise((r) => setTimeout(r, 50));
    server.fault({ kind: '5xx', operation: 'watchWorkflows', times: Infinity });
    try {
      const r = await awaitWorkflow({ client: c, namespace: 'argo', name: 'deadline-1', timeoutMs: 10 * 60_000, signal: new AbortController().signal, onUpdate: () => undefined, clock });
      expect(r.timedOut).toBe(true);
      expect(r.workflow.metadata.name).toBe('deadline-1');
      expect(clock.t - 1_000_000).toBe(10 * 60_000);
      // Polling without a watch: every 2 s for a minute, 5 s to 5 minutes, then 10 s.
      expect(r.polls).toBeGreaterThan(80);
      expect(r.polls).toBeLessThan(120);
    } finally {
      server.clearFaults();
    }
  });

  test('the transport backs off on the same clock: three 503s, then success', async () => {
    const clock = fakeClock();
    const c = client(clock);
    kube.script = () => succeedingScript([], 1);
    server.fault({ kind: '5xx', operation: 'createWorkflow', times: 3 });
    try {
      await create(c, 'backoff-1');
      expect(clock.sleeps).toHaveLength(3);
      // Equal jitter at random 0.5: three quarters of 0.5 s, 1 s, 2 s.
      expect(clock.sleeps).toEqual([375, 750, 1500]);
    } finally {
      server.clearFaults();
    }
  });
});
