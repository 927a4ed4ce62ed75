/**
 * What a user sees through the bundled action when CodePipeline keeps failing: the first failure
 * at once, then counts, and a failed step naming the failure (HTTP status and AWS error code)
 * within the failure budget, not a guess at the pipeline's trigger after timeout-minutes. The
 * two budget runs take ~30 s each (the budget's floor), so they run side by side.
 */
import { describe, expect, test } from '@jest/globals';
import { run, sandbox, SHA } from './fixture.ts';
import type { RunResult } from '../harness/run-action.ts';

const SHORT = SHA.slice(0, 12);

/** Await the execution of SHA with timeout-minutes 2 (a failure budget of 30 s) while every ListPipelineExecutions fails with `kind`. */
async function awaitWhileFailing(kind: 'throttle' | '5xx'): Promise<{ r: RunResult; looks: number }> {
  const sb = await sandbox();
  try {
    sb.server.fault({ kind, operation: 'ListPipelineExecutions', times: Infinity });
    const r = await run(sb, { command: 'await', 'timeout-minutes': '2' }, { timeoutMs: 90_000 }).result;
    return { r, looks: sb.server.callsOf('ListPipelineExecutions').length };
  } finally {
    await sb.close();
  }
}

function expectBudgetFailure(r: RunResult, looks: number, answer: RegExp): void {
  expect(r.code).toBe(1);
  // The failure budget is 30 s; the deadline (2 minutes) is far.
  expect(r.durationMs).toBeGreaterThan(29_000);
  expect(r.durationMs).toBeLessThan(45_000);
  expect(r.errors).toHaveLength(1);
  const message = r.errors[0]?.message ?? '';
  expect(message).toMatch(new RegExp(`^Gave up waiting for the execution of commit ${SHORT} in pipeline shop-pipeline after ${looks} failed attempts over 3\\d s: CodePipeline ListPipelineExecutions`));
  expect(message).toMatch(answer);
  expect(message).not.toMatch(/trigger|source action/);
  // The first failure is a warning at once; then counts in the log.
  expect(r.warnings).toHaveLength(1);
  expect(r.warnings[0]?.message).toMatch(answer);
  expect(r.warnings[0]?.message).toMatch(new RegExp(`Still waiting for the execution of commit ${SHORT} in pipeline shop-pipeline; retrying in [\\d.]+ s\\.$`));
  // Counts at the 2nd, 4th, 8th… failure (the 4th may already be past the budget with throttling's longer back-off).
  const counts = r.lines.filter((l) => /^\d+ failed attempts in a row over /.test(l));
  expect(counts.length).toBeGreaterThanOrEqual(1);
  expect(counts[0]).toMatch(/^2 failed attempts in a row over [\d.]+ s while waiting for the execution of commit/);
}

describe('await while CodePipeline keeps failing', () => {
  test.concurrent('every ListPipelineExecutions answering 503: the step fails with that failure within the budget', async () => {
    const { r, looks } = await awaitWhileFailing('5xx');
    expectBudgetFailure(r, looks, /HTTP 503.*ServiceUnavailableException|ServiceUnavailableException.*HTTP 503/);
  }, 60_000);

  test.concurrent('every ListPipelineExecutions throttled: the step fails with the throttling within the budget', async () => {
    const { r, looks } = await awaitWhileFailing('throttle');
    expectBudgetFailure(r, looks, /was throttled.*(HTTP 400.*ThrottlingException|ThrottlingException.*HTTP 400)/);
    expect(r.errors[0]?.properties.title).toBe('throttled');
  }, 60_000);
});

describe('await when CodePipeline recovers', () => {
  test('failures mid-way are logged, then the recovery, and the step succeeds', async () => {
    const sb = await sandbox();
    try {
      const exec = sb.emulator.startExecution({ startTime: Date.now() - 600_000 });
      sb.server.fault({ kind: '5xx', operation: 'ListPipelineExecutions', times: 2 });
      sb.server.fault({ kind: 'reset', operation: 'GetPipelineState', times: 1 });
      const r = await run(sb, { command: 'await' }).result;
      expect(r.errors).toEqual([]);
      expect(r.outputs['execution-id']).toBe(exec.id);
      expect(r.outputs['execution-status']).toBe('Succeeded');
      expect(r.warnings.map((w) => w.message)).toEqual([
        expect.stringMatching(/HTTP 503.* Still waiting for the execution of commit 0123456789ab in pipeline shop-pipeline; retrying in/),
        expect.stringMatching(/CodePipeline GetPipelineState .*(ECONNRESET|socket hang up).* Still waiting for execution .*; retrying in/),
      ]);
      expect(r.lines).toContain(`Recovered after 2 failed attempts; still waiting for the execution of commit ${SHORT} in pipeline shop-pipeline.`);
      expect(r.durationMs).toBeLessThan(15_000);
    } finally {
      await sb.close();
    }
  });
});
