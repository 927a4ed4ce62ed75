/**
 * The Workflow wait through the bundled action rides out passing faults of the Kubernetes API,
 * and gives up with the real cause when the same failure persists past its budget.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction } from '../harness/run-action.ts';
import { succeedingScript } from '../sandbox/kube.ts';
import { applyInputs, kubeSandbox, type KubeSandbox } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

function oneError(r: Awaited<ReturnType<typeof runAction>>): string {
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  return r.errors[0]?.message ?? '';
}

describe('the Workflow wait rides out passing faults', () => {
  test('503, a dropped connection and 503 again while polling: logged once, then recovered; the run succeeds', async () => {
    sb.kube.script = () => succeedingScript([], 1500);
    sb.server.fault({ kind: '5xx', operation: 'watchWorkflows', times: Infinity });
    sb.server.fault({ kind: '5xx', operation: 'getWorkflow', times: 1 });
    sb.server.fault({ kind: 'reset', operation: 'getWorkflow', times: 1 });
    sb.server.fault({ kind: '5xx', operation: 'getWorkflow', times: 1 });
    try {
      const r = await runAction({ inputs: applyInputs(sb, { submit: 'true' }), workspace: sb.workspace });
      expect(r.errors).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.outputs['workflow-status']).toBe('Succeeded');
      const name = r.outputs['workflow-name'] as string;
      const retryLines = r.lines.filter((l) => /Still waiting for Workflow|failed attempts in a row|Recovered after/.test(l));
      expect(retryLines[0]).toMatch(/answered 503 ServiceUnavailable on get workflows .*Still waiting for Workflow shop-\w+; retrying in \d/);
      expect(retryLines.at(-1)).toBe(`Recovered after 3 failed attempts; still waiting for Workflow ${name}.`);
      expect(retryLines.length).toBeLessThanOrEqual(3);
    } finally {
      sb.server.clearFaults();
    }
  }, 60_000);

  test('the same failure past its budget (a quarter of timeout-minutes, at least 30 s): the real cause, before the timeout', async () => {
    sb.kube.script = () => succeedingScript([], 60_000);
    sb.server.fault({ kind: '5xx', operation: 'watchWorkflows', times: Infinity });
    sb.server.fault({ kind: '5xx', operation: 'getWorkflow', times: Infinity });
    try {
      const r = await runAction({ inputs: applyInputs(sb, { submit: 'true', 'timeout-minutes': '1.5' }), workspace: sb.workspace, timeoutMs: 100_000 });
      const msg = oneError(r);
      // The last back-off is cut short at the budget, so it gives up at the 30 s budget, not a back-off later.
      const over = Number(/failed attempts over (\d+) s/.exec(msg)?.[1]);
      expect(over).toBeGreaterThanOrEqual(30);
      expect(over).toBeLessThan(40);
      expect(msg).toMatch(/Stopped waiting for Workflow shop-\w+ after \d+ failed attempts over \d+ s: the Kubernetes API at .* answered 503 ServiceUnavailable on get workflows .*unable to handle the request\. The Workflow/);
      expect(msg).toContain('The Workflow itself may still be running.');
      expect(msg).toContain('argo watch -n argo');
      expect(r.outputs['workflow-status']).toBe('Running');
      expect(r.durationMs).toBeLessThan(85_000);
      expect(r.lines.filter((l) => /Still waiting for Workflow|failed attempts in a row/.test(l)).length).toBeLessThanOrEqual(6);
    } finally {
      sb.server.clearFaults();
    }
  }, 110_000);
});
