import { describe, expect, test } from '@jest/globals';
import type { PipelineExecutionSummary } from '@aws-sdk/client-codepipeline';
import { ActionError } from '../../src/errors.js';
import type { PipelineApi } from '../../src/codepipeline/api.js';
import { checkExecution, locateByCommit, type LocateOptions } from '../../src/codepipeline/locate.js';
import { awsFailure, fakeClock, logSink, type FailureKind, type FakeClock } from './fakes.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const mine: PipelineExecutionSummary = { pipelineExecutionId: 'exec-1', status: 'InProgress', startTime: new Date(1000), sourceRevisions: [{ actionName: 'Source', revisionId: SHA }] };
const other: PipelineExecutionSummary = { pipelineExecutionId: 'exec-0', status: 'Succeeded', startTime: new Date(500), sourceRevisions: [{ actionName: 'Source', revisionId: 'f'.repeat(40) }] };

/** ListPipelineExecutions answers `list(t)`: summaries, or the failure to throw. */
function api(list: (t: number) => PipelineExecutionSummary[] | FailureKind, clock: FakeClock, getExecution?: () => Promise<never>): PipelineApi & { looks: number } {
  const a = {
    looks: 0,
    pipelineName: 'shop',
    region: 'eu-west-1',
    listExecutions: async () => {
      a.looks++;
      const r = list(clock.t);
      if (typeof r === 'string') throw awsFailure(r, 'ListPipelineExecutions');
      return r;
    },
    getExecution: getExecution ?? (async () => ({})),
  };
  return a as unknown as PipelineApi & { looks: number };
}

function options(a: PipelineApi, clock: FakeClock, timeoutMinutes = 60): LocateOptions & { log: ReturnType<typeof logSink> } {
  const log = logSink();
  return { api: a, deadline: timeoutMinutes * 60_000, timeoutMinutes, signal: new AbortController().signal, clock, info: log.info, warn: log.warn, log };
}

describe('finding the execution of a commit', () => {
  test('waits for it to appear, saying so once', async () => {
    const clock = fakeClock();
    const o = options(api((t) => (t < 20_000 ? [other] : [other, mine]), clock), clock);
    const found = await locateByCommit(SHA, o);
    expect(found.pipelineExecutionId).toBe('exec-1');
    expect(o.log.lines).toEqual([{ level: 'info', text: 'No execution of commit 0123456789ab in pipeline shop yet; waiting for it to appear.' }]);
  });

  test('every look failing with 503: the first failure is a warning, then counts, and it gives up with that failure within the budget', async () => {
    const clock = fakeClock();
    const o = options(api(() => '503', clock), clock, 10);
    const error = (await locateByCommit(SHA, o).catch((e: unknown) => e)) as ActionError;
    expect(error).toBeInstanceOf(ActionError);
    // timeout-minutes 10: the budget is 150 s, far from the deadline.
    expect(clock.t).toBe(150_000);
    expect(error.message).toMatch(/^Gave up waiting for the execution of commit 0123456789ab in pipeline shop after \d+ failed attempts over 150 s: CodePipeline ListPipelineExecutions .*HTTP 503/);
    expect(error.message).not.toContain('trigger');
    expect(o.log.lines[0]).toMatchObject({ level: 'warn', text: expect.stringMatching(/ServiceUnavailableException.* Still waiting for the execution of commit 0123456789ab in pipeline shop; retrying in 1\.5 s\.$/) });
    expect(o.log.lines.slice(1).map((l) => l.text)).toEqual([/^2 failed attempts in a row over 1\.5 s/, /^4 failed attempts in a row over 11 s/, /^8 failed attempts in a row over 90 s/].map((re) => expect.stringMatching(re)));
  });

  test('throttling likewise, backing off from a higher base', async () => {
    const clock = fakeClock();
    const o = options(api(() => 'throttle', clock), clock, 10);
    const error = (await locateByCommit(SHA, o).catch((e: unknown) => e)) as ActionError;
    expect(clock.t).toBe(150_000);
    expect(error.message).toMatch(/^Gave up waiting for the execution of commit .* was throttled/);
    expect(error.title).toBe('throttled');
    expect(clock.sleeps[0]).toBe(3750);
  });

  test('the deadline coming while looks fail names the failure, not the trigger', async () => {
    const clock = fakeClock();
    const o = options(api((t) => (t < 5000 ? [other] : 'reset'), clock), clock, 0.2);
    const error = (await locateByCommit(SHA, o).catch((e: unknown) => e)) as ActionError;
    expect(clock.t).toBe(12_000);
    expect(error.message).toMatch(/^timeout-minutes \(0\.2\) ran out while looking for the execution of commit 0123456789ab in pipeline shop, and the looks were failing \(\d failed attempts? over [\d.]+ s\): CodePipeline ListPipelineExecutions .*(ECONNRESET|socket hang up)/);
    expect(error.message).not.toContain('trigger');
  });

  test('the deadline with healthy looks: no execution appeared, check the trigger', async () => {
    const clock = fakeClock();
    const o = options(api(() => [other], clock), clock, 1);
    await expect(locateByCommit(SHA, o)).rejects.toThrow(`No execution of commit ${SHA} appeared in pipeline shop within timeout-minutes (1).`);
    expect(clock.t).toBe(60_000);
  });

  test('recovering mid-way says so and goes on', async () => {
    const clock = fakeClock();
    let n = 0;
    const o = options(api(() => (++n <= 3 ? '503' : [other, mine]), clock), clock);
    expect((await locateByCommit(SHA, o)).pipelineExecutionId).toBe('exec-1');
    expect(o.log.lines.at(-1)?.text).toBe('Recovered after 3 failed attempts; still waiting for the execution of commit 0123456789ab in pipeline shop.');
  });

  test('a permanent error ends it at once', async () => {
    const clock = fakeClock();
    const a = api(() => 'denied', clock);
    await expect(locateByCommit(SHA, options(a, clock))).rejects.toThrow('was denied');
    expect(a.looks).toBe(1);
  });
});

describe('an execution-id checked up front', () => {
  test('a mistyped id fails at once, naming execution-id and the pipeline', async () => {
    const clock = fakeClock();
    let calls = 0;
    const a = api(() => [], clock, async () => {
      calls++;
      throw awsFailure('not-found', 'GetPipelineExecution');
    });
    const error = (await checkExecution('2b5a3b8e', options(a, clock)).catch((e: unknown) => e)) as ActionError;
    expect(error.message).toMatch(/^Input execution-id '2b5a3b8e' is not an execution of pipeline 'shop' in eu-west-1: .*Pipeline execution ID x does not exist in the pipeline with name 'p'\.$/);
    expect(error.hint).toContain('Check execution-id');
    expect(calls).toBe(1);
    expect(clock.t).toBe(0);
  });
});
