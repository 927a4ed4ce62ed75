import { describe, expect, test } from '@jest/globals';
import type { GetPipelineStateOutput } from '@aws-sdk/client-codepipeline';
import { ActionError } from '../../src/errors.js';
import type { PipelineApi } from '../../src/codepipeline/api.js';
import { answerApproval, waitForPendingApproval } from '../../src/codepipeline/approval.js';
import { once, SINGLE_ATTEMPT } from '../../src/codepipeline/once.js';
import { awsFailure, fakeClock, logSink, type FailureKind } from './fakes.ts';

/** A call failing with `kinds` in turn, then answering 'ok'. */
function flaky(kinds: FailureKind[]): { call: () => Promise<string>; calls: number } {
  const f = {
    calls: 0,
    call: async () => {
      const kind = kinds[f.calls++];
      if (kind) throw awsFailure(kind, 'StartPipelineExecution');
      return 'ok';
    },
  };
  return f;
}

describe('one-off calls', () => {
  test('a transient failure is retried, and each retry is logged', async () => {
    const clock = fakeClock();
    const log = logSink();
    const f = flaky(['503', 'throttle']);
    expect(await once('StartPipelineExecution', f.call, { clock, log: log.info })).toBe('ok');
    expect(f.calls).toBe(3);
    expect(log.lines.map((l) => l.text)).toEqual([
      expect.stringMatching(/^CodePipeline StartPipelineExecution .*HTTP 503.* Retrying in 0\.8 s \(attempt 2 of 4\)\.$/),
      // Throttling backs off from a higher base.
      expect.stringMatching(/^CodePipeline StartPipelineExecution was throttled \(HTTP 400 ThrottlingException: Rate exceeded\)\. Retrying in 3\.8 s \(attempt 3 of 4\)\.$/),
    ]);
  });

  test('when the attempts run out, the error says how many were made', async () => {
    const clock = fakeClock();
    const f = flaky(['503', '503', '503', '503', '503']);
    const error = (await once('StartPipelineExecution', f.call, { clock, log: () => undefined }).catch((e: unknown) => e)) as ActionError;
    expect(f.calls).toBe(4);
    expect(error).toBeInstanceOf(ActionError);
    expect(error.message).toMatch(/^After 4 attempts over \d+ s: CodePipeline StartPipelineExecution .*HTTP 503/);
    expect(clock.t).toBeLessThan(20_000);
  });

  test('a permanent failure is not retried, and keeps its own message', async () => {
    const clock = fakeClock();
    const f = flaky(['denied']);
    await expect(once('StartPipelineExecution', f.call, { clock, log: () => undefined })).rejects.toThrow(/^CodePipeline StartPipelineExecution on pipeline 'p' in eu-west-1 was denied/);
    expect(f.calls).toBe(1);
  });

  test('a call that must not repeat makes one attempt', async () => {
    const clock = fakeClock();
    const f = flaky(['503']);
    await expect(once('StartPipelineExecution', f.call, { clock, log: () => undefined, policy: SINGLE_ATTEMPT })).rejects.toThrow('HTTP 503');
    expect(f.calls).toBe(1);
  });
});

const target = { executionId: 'me', execStartMs: 0, stage: 'Approve', action: 'Manual' };
const approvalState = (status: string | undefined, token?: string): GetPipelineStateOutput => ({
  pipelineName: 'p',
  stageStates: [{ stageName: 'Approve', latestExecution: { pipelineExecutionId: 'me', status: 'InProgress' }, actionStates: [{ actionName: 'Manual', ...(status ? { latestExecution: { status: status as 'InProgress', token, lastStatusChange: new Date(5000) } } : {}) }] }],
});

describe('approvals', () => {
  test('waiting for the approval survives failed looks and says when it recovered', async () => {
    const clock = fakeClock();
    const log = logSink();
    let n = 0;
    const states: (GetPipelineStateOutput | FailureKind)[] = [approvalState(undefined), '503', 'reset', approvalState('InProgress', 'tok-1')];
    const api = {
      getState: async () => {
        const s = states[n++] as GetPipelineStateOutput | FailureKind;
        if (typeof s === 'string') throw awsFailure(s);
        return s;
      },
      getExecution: async () => ({ status: 'InProgress' }),
    } as unknown as PipelineApi;
    const token = await waitForPendingApproval(target, { api, deadline: 3_600_000, timeoutMinutes: 60, signal: new AbortController().signal, clock, info: log.info, warn: log.warn });
    expect(token).toBe('tok-1');
    expect(log.lines.map((l) => l.level)).toEqual(['info', 'warn', 'info', 'info']);
    expect(log.lines[0]?.text).toBe('Waiting for Approve.Manual of execution me to ask for approval.');
    expect(log.lines[1]?.text).toMatch(/HTTP 503.* Still waiting for Approve\.Manual of execution me to ask for approval; retrying in/);
    expect(log.lines[3]?.text).toBe('Recovered after 2 failed attempts; still waiting for Approve.Manual of execution me to ask for approval.');
  });

  test('an answer whose response was lost: the retry finds it answered as asked, and says so', async () => {
    const clock = fakeClock();
    const log = logSink();
    let puts = 0;
    const api = {
      putApproval: async () => {
        puts++;
        // The first answer went through, but its response never came back; the retry meets the answer.
        throw awsFailure(puts === 1 ? '503' : 'completed', 'PutApprovalResult');
      },
      getState: async () => approvalState('Succeeded'),
    } as unknown as PipelineApi;
    await answerApproval(target, { token: 'tok-1', status: 'Approved', summary: 'ok' }, { api, signal: new AbortController().signal, clock, info: log.info, warn: log.warn });
    expect(puts).toBe(2);
    expect(log.lines.at(-1)?.text).toMatch(/^The first PutApprovalResult failed \(.*HTTP 503.*\), and its retry found Approve\.Manual already answered with the status asked for \(Succeeded\)\.$/);
  });

  test('an approval answered before the first attempt is an error, not a success', async () => {
    const clock = fakeClock();
    const api = {
      putApproval: async () => {
        throw awsFailure('completed', 'PutApprovalResult');
      },
      getState: async () => approvalState('Succeeded'),
    } as unknown as PipelineApi;
    await expect(answerApproval(target, { token: 'tok-1', status: 'Approved', summary: 'ok' }, { api, signal: new AbortController().signal, clock, info: () => undefined, warn: () => undefined })).rejects.toThrow('already received a response');
  });
});
