import { describe, expect, test } from '@jest/globals';
import type { GetPipelineStateOutput } from '@aws-sdk/client-codepipeline';
import { ActionError } from '../../src/errors.js';
import type { PipelineApi } from '../../src/codepipeline/api.js';
import { waitForExecution } from '../../src/codepipeline/wait.js';
import type { Clock } from '../../src/clock.js';

function fakeClock(): Clock & { t: number } {
  const c = { t: 0, now: () => c.t, random: () => 0.5, sleep: async (ms: number) => void (c.t += ms) };
  return c;
}

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

const params = (a: PipelineApi, clock: Clock, deadline = 600_000) => ({
  api: a,
  executionId: 'me',
  execStartMs: 0,
  deadline,
  signal: new AbortController().signal,
  followSuperseded: true,
  learn: () => ({ totalMs: undefined, stageMs: {}, humanStages: [] }),
  hooks: { transition: () => undefined, note: () => undefined, warn: () => undefined },
  clock,
});

describe('the wait loop', () => {
  test('Stopping keeps waiting; Stopped ends it', async () => {
    const clock = fakeClock();
    const a = api((t) => (t < 30_000 ? running('me') : t < 60_000 ? stopping('me') : stopped('me')), (t) => (t < 30_000 ? 'InProgress' : t < 60_000 ? 'Stopping' : 'Stopped'), clock);
    const o = await waitForExecution(params(a, clock));
    expect(o).toMatchObject({ end: 'finished', status: 'Stopped', executionId: 'me' });
    expect(clock.t).toBeGreaterThanOrEqual(60_000);
  });

  test('transient errors do not end the wait; they back off', async () => {
    const clock = fakeClock();
    const transient = new ActionError('CodePipeline GetPipelineState was throttled', { retryable: true, title: 'throttled' });
    const a = api((t) => (t < 100_000 ? transient : stopped('me')), () => 'Stopped', clock);
    const o = await waitForExecution(params(a, clock));
    expect(o.status).toBe('Stopped');
    expect(a.calls.filter((c) => c === 'state').length).toBeLessThan(8);
  });

  test('a permanent error ends the wait with that error', async () => {
    const clock = fakeClock();
    const a = api(() => new ActionError('denied', { retryable: false }), () => 'InProgress', clock);
    await expect(waitForExecution(params(a, clock))).rejects.toThrow('denied');
  });

  test('the deadline ends the wait with the last status, InProgress', async () => {
    const clock = fakeClock();
    const a = api(() => running('me'), () => 'InProgress', clock);
    const o = await waitForExecution(params(a, clock, 120_000));
    expect(o).toMatchObject({ end: 'timeout', status: 'InProgress' });
    expect(clock.t).toBe(120_000);
  });

  test('an execution that never shows in the state is confirmed every 20 s', async () => {
    const clock = fakeClock();
    const a = api(() => running('other'), (t) => (t < 50_000 ? 'InProgress' : 'Succeeded'), clock);
    const o = await waitForExecution(params(a, clock));
    expect(o.status).toBe('Succeeded');
    expect(clock.t).toBeLessThan(80_000);
  });
});
