import { describe, expect, test } from '@jest/globals';
import type { GetPipelineStateOutput, PipelineExecution } from '@aws-sdk/client-codepipeline';
import { ActionError } from '../../src/errors.js';
import type { PipelineApi } from '../../src/codepipeline/api.js';
import { waitForExecution, type WaitParams } from '../../src/codepipeline/wait.js';
import { awsFailure, fakeClock, logSink, type FakeClock } from './fakes.ts';

const running = (id: string): GetPipelineStateOutput => ({ stageStates: [{ stageName: 'Build', latestExecution: { pipelineExecutionId: id, status: 'InProgress' } }, { stageName: 'Deploy' }] });
const stopping = (id: string): GetPipelineStateOutput => ({ stageStates: [{ stageName: 'Build', latestExecution: { pipelineExecutionId: id, status: 'Stopping' } }, { stageName: 'Deploy' }] });
const stopped = (id: string): GetPipelineStateOutput => ({ stageStates: [{ stageName: 'Build', latestExecution: { pipelineExecutionId: id, status: 'Stopped' } }, { stageName: 'Deploy' }] });

function api(state: (t: number) => GetPipelineStateOutput | Error, status: (t: number) => string, clock: { t: number }): PipelineApi & { calls: string[] } {
  const calls: string[] = [];
  const a = {
    calls,
    pipelineName: 'p',
    region: 'eu-west-1',
    getState: async () => {
      calls.push('state');
      const s = state(clock.t);
      if (s instanceof Error) throw s;
      return s;
    },
    getExecution: async (id: string) => {
      calls.push('execution');
      return { pipelineExecutionId: id, status: status(clock.t) as 'InProgress' };
    },
  };
  return a as unknown as PipelineApi & { calls: string[] };
}

const HOUR = 3_600_000;

function params(a: PipelineApi, clock: FakeClock, over: Partial<WaitParams> = {}): WaitParams & { log: ReturnType<typeof logSink> } {
  const log = logSink();
  return {
    api: a,
    executionId: 'me',
    execStartMs: 0,
    deadline: HOUR,
    timeoutMs: HOUR,
    signal: new AbortController().signal,
    followSuperseded: true,
    learn: () => ({ totalMs: undefined, stageMs: {}, humanStages: [] }),
    hooks: { transition: () => undefined, note: log.note, warn: log.warn },
    clock,
    log,
    ...over,
  };
}

describe('the wait loop', () => {
  test('Stopping keeps waiting; Stopped ends it', async () => {
    const clock = fakeClock();
    const a = api((t) => (t < 30_000 ? running('me') : t < 60_000 ? stopping('me') : stopped('me')), (t) => (t < 30_000 ? 'InProgress' : t < 60_000 ? 'Stopping' : 'Stopped'), clock);
    const o = await waitForExecution(params(a, clock));
    expect(o).toMatchObject({ end: 'finished', status: 'Stopped', executionId: 'me' });
    expect(clock.t).toBeGreaterThanOrEqual(60_000);
  });

  test('throttling, 5xx and dropped connections do not end the wait: it backs off, logs the first failure and counts, and says when it recovered', async () => {
    const clock = fakeClock();
    const kinds = ['throttle', 'throttle', '503', '503', 'reset', 'reset'] as const;
    let n = 0;
    const a = api(() => (n < kinds.length ? awsFailure(kinds[n++]!) : stopped('me')), () => 'Stopped', clock);
    const p = params(a, clock);
    const o = await waitForExecution(p);
    expect(o).toMatchObject({ end: 'finished', status: 'Stopped' });
    expect(a.calls.filter((c) => c === 'state')).toHaveLength(7);
    const warnings = p.log.lines.filter((l) => l.level === 'warn');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.text).toMatch(/^CodePipeline GetPipelineState was throttled .*Still waiting for execution me; retrying in 3\.8 s\.$/);
    expect(warnings[0]?.text).toMatch(/HTTP 400.*ThrottlingException|ThrottlingException.*HTTP 400/);
    const notes = p.log.lines.filter((l) => l.level === 'info').map((l) => l.text);
    expect(notes.some((l) => /^2 failed attempts in a row over .* while waiting for execution me/.test(l))).toBe(true);
    expect(notes.some((l) => /^4 failed attempts in a row .*; still retrying\. Last: CodePipeline GetPipelineState .*(HTTP 503.*ServiceUnavailableException|ServiceUnavailableException.*HTTP 503)/.test(l))).toBe(true);
    expect(notes).toContain('Recovered after 6 failed attempts; still waiting for execution me.');
    // Back-off grows (equal jitter at random 0.5: 3/4 of each ceiling), throttling from a higher base.
    expect(clock.sleeps.slice(0, 3)).toEqual([3750, 7500, 6000]);
  });

  test('a failure that persists past its budget ends the wait with that failure, within the budget', async () => {
    const clock = fakeClock();
    const a = api(() => awsFailure('503'), () => 'InProgress', clock);
    const error = await waitForExecution(params(a, clock)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    // timeout 60 min: the budget is a quarter of it, capped at 5 minutes.
    expect(clock.t).toBe(300_000);
    const message = (error as ActionError).message;
    expect(message).toMatch(/^Gave up waiting for execution me after \d+ failed attempts over 300 s: CodePipeline GetPipelineState .*Service unavailable/);
    expect(message).toContain('ServiceUnavailableException');
    expect(message).toContain('HTTP 503');
    expect((error as ActionError).hint).toContain('A failure may last 300 s');
  });

  test('a permanent error ends the wait at once with that error', async () => {
    const clock = fakeClock();
    const a = api(() => awsFailure('denied'), () => 'InProgress', clock);
    await expect(waitForExecution(params(a, clock))).rejects.toThrow('was denied');
    expect(clock.t).toBe(0);
  });

  test('the deadline ends the wait with the last status, InProgress', async () => {
    const clock = fakeClock();
    const a = api(() => running('me'), () => 'InProgress', clock);
    const o = await waitForExecution(params(a, clock, { deadline: 120_000 }));
    expect(o).toMatchObject({ end: 'timeout', status: 'InProgress' });
    expect(o.failing).toBeUndefined();
    expect(clock.t).toBe(120_000);
  });

  test('a deadline that comes while looks fail says which failure, not a status', async () => {
    const clock = fakeClock();
    const a = api((t) => (t < 20_000 ? running('me') : awsFailure('throttle')), () => 'InProgress', clock);
    const o = await waitForExecution(params(a, clock, { deadline: 60_000 }));
    expect(o.end).toBe('timeout');
    expect(o.failing?.text).toContain('ThrottlingException');
    expect(o.failing?.text).toContain('HTTP 400');
    expect(o.failing?.summary).toMatch(/^\d+ failed attempts over \d+ s$/);
  });

  test('an execution that never shows in the state is confirmed every 20 s', async () => {
    const clock = fakeClock();
    const a = api(() => running('other'), (t) => (t < 50_000 ? 'InProgress' : 'Succeeded'), clock);
    const o = await waitForExecution(params(a, clock));
    expect(o.status).toBe('Succeeded');
    expect(clock.t).toBeLessThan(80_000);
  });

  test('an execution known to have ended ends the wait after one look (for the layout)', async () => {
    const clock = fakeClock();
    const a = api(() => running('other'), () => 'InProgress', clock);
    const known: PipelineExecution = { pipelineExecutionId: 'me', status: 'Failed', statusSummary: 'Build failed' };
    const o = await waitForExecution(params(a, clock, { known }));
    expect(o).toMatchObject({ end: 'finished', status: 'Failed', looks: 1 });
    expect(a.calls).toEqual(['state']);
    expect(clock.t).toBe(0);
  });
});
