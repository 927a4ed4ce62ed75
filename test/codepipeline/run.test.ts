import { describe, expect, test } from '@jest/globals';
import type { ActionExecutionDetail, GetPipelineStateOutput } from '@aws-sdk/client-codepipeline';
import { ActionError } from '../../src/errors.js';
import type { PipelineApi } from '../../src/codepipeline/api.js';
import { awaitAndReport, type AwaitRun } from '../../src/codepipeline/run.js';
import { awsFailure, fakeClock, logSink, type FailureKind, type FakeClock } from './fakes.ts';

const state = (status: string): GetPipelineStateOutput => ({ stageStates: [{ stageName: 'Deploy', latestExecution: { pipelineExecutionId: 'me', status: status as 'InProgress' }, actionStates: [{ actionName: 'Ship' }] }] });
const shipped: ActionExecutionDetail = {
  pipelineExecutionId: 'me',
  stageName: 'Deploy',
  actionName: 'Ship',
  status: 'Succeeded',
  input: { actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' }, configuration: { StackName: 'web' }, namespace: 'Web' },
  output: { outputVariables: { Url: 'https://x' } },
};

/** GetPipelineState answers `look(t)`; every other call succeeds. */
function api(look: (t: number) => GetPipelineStateOutput | FailureKind, clock: FakeClock): PipelineApi {
  return {
    pipelineName: 'shop',
    region: 'eu-west-1',
    getState: async () => {
      const s = look(clock.t);
      if (typeof s === 'string') throw awsFailure(s);
      return s;
    },
    getExecution: async () => ({ pipelineExecutionId: 'me', status: 'InProgress' }),
    listActionExecutions: async () => [shipped],
  } as unknown as PipelineApi;
}

function runOf(a: PipelineApi, clock: FakeClock, timeoutMinutes: number) {
  const log = logSink();
  const outputs: Record<string, string> = {};
  const deployment: string[] = [];
  const results: string[][] = [];
  const o: AwaitRun = {
    api: a,
    executionId: 'me',
    recent: [],
    deadline: timeoutMinutes * 60_000,
    timeoutMinutes,
    followSuperseded: true,
    stopReason: 'cancelled',
    signal: new AbortController().signal,
    clock,
    deployment: { status: async (s) => void deployment.push(s) },
    outputs: { set: (name, value) => void (outputs[name] = value), stackOutputs: (s) => ((outputs['stack-outputs'] = JSON.stringify(s)), { ambiguous: [] }) },
    report: {
      info: log.info,
      warn: log.warn,
      progress: () => ({ transition: () => undefined, note: log.note, warn: log.warn, close: () => undefined }),
      result: async (_r, extra) => void results.push(extra),
    },
  };
  return { o, log, outputs, deployment, results };
}

describe('awaiting and reporting an execution', () => {
  test('success: outputs, report and Deployment', async () => {
    const clock = fakeClock();
    const r = runOf(api((t) => state(t < 30_000 ? 'InProgress' : 'Succeeded'), clock), clock, 60);
    await awaitAndReport(r.o);
    expect(r.outputs).toEqual({ 'execution-status': 'Succeeded', 'output-variables': '{"Web":{"Url":"https://x"}}', 'stack-outputs': '{"web":{"Url":"https://x"}}' });
    expect(r.deployment).toEqual(['success']);
    expect(r.log.lines.at(-1)?.text).toMatch(/^Execution me of pipeline shop succeeded \(waited 0\.\d min\)\.$/);
  });

  test('the deadline while looks fail: the message names the failure, and says the execution was left running', async () => {
    const clock = fakeClock();
    const r = runOf(api((t) => (t < 45_000 ? state('InProgress') : '503'), clock), clock, 1);
    const error = (await awaitAndReport(r.o).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    expect(clock.t).toBe(60_000);
    expect(error.message).toMatch(/^timeout-minutes \(1\) ran out while execution me of pipeline shop could not be read \(\d failed attempts? over \d+ s\): CodePipeline GetPipelineState .*HTTP 503.* It was left running, not stopped\.$/);
    expect(error.hint).toContain('await it later with command: await and execution-id: me');
    expect(r.outputs['execution-status']).toBe('InProgress');
    expect(r.results[0]?.[0]).toMatch(/^CodePipeline could not be read when timeout-minutes \(1\) ran out: .*HTTP 503/);
    expect(r.deployment).toEqual(['in_progress']);
  });

  test('a failure that outlasts its budget fails the step with it, and marks the Deployment as errored', async () => {
    const clock = fakeClock();
    const r = runOf(api(() => 'throttle', clock), clock, 60);
    const error = (await awaitAndReport(r.o).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toMatch(/^Gave up waiting for execution me after \d+ failed attempts over 300 s: CodePipeline GetPipelineState was throttled/);
    expect(clock.t).toBe(300_000);
    expect(r.deployment).toEqual(['error']);
    expect(r.outputs['execution-status']).toBeUndefined();
  });
});
