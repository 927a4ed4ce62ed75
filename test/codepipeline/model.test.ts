import { describe, expect, test } from '@jest/globals';
import type { ActionExecutionDetail, GetPipelineStateOutput, PipelineExecutionSummary } from '@aws-sdk/client-codepipeline';
import { learnExpectation, estimateRemaining, median, startOf, withOwnProgress } from '../../src/codepipeline/estimate.js';
import { replacementOf, executionOfCommit, latestExecution } from '../../src/codepipeline/find.js';
import { buildReport, formatDuration } from '../../src/codepipeline/model.js';
import { outputVariables, stackOutputsOf } from '../../src/codepipeline/outputs.js';
import { lookAt, observe } from '../../src/codepipeline/progress.js';
import { defaultClientRequestToken } from '../../src/codepipeline/token.js';
import { verdictOf } from '../../src/codepipeline/status.js';

const at = (s: number) => new Date(1_700_000_000_000 + s * 1000);
const action = (exec: string, stage: string, name: string, start: number, end: number, extra: Partial<ActionExecutionDetail> = {}): ActionExecutionDetail => ({
  pipelineExecutionId: exec,
  stageName: stage,
  actionName: name,
  startTime: at(start),
  lastUpdateTime: at(end),
  status: 'Succeeded',
  ...extra,
});
const summary = (id: string, start: number, end: number, status = 'Succeeded', revision = 'abc'): PipelineExecutionSummary => ({
  pipelineExecutionId: id,
  status: status as PipelineExecutionSummary['status'],
  startTime: at(start),
  lastUpdateTime: at(end),
  sourceRevisions: [{ actionName: 'Source', revisionId: revision }],
});

describe('statuses', () => {
  test('each CodePipeline status means wait, success, failure or superseded', () => {
    expect(['InProgress', 'Stopping', 'Succeeded', 'Failed', 'Stopped', 'Cancelled', 'Superseded', 'SomethingNew'].map(verdictOf)).toEqual(['waiting', 'waiting', 'success', 'failure', 'failure', 'failure', 'superseded', 'waiting']);
  });
});

describe('expected durations', () => {
  const actions = [
    action('a', 'Build', 'X', 0, 40),
    action('a', 'Deploy', 'Y', 40, 60),
    action('b', 'Build', 'X', 100, 150),
    action('b', 'Deploy', 'Y', 150, 170),
    action('c', 'Build', 'X', 200, 900, { status: 'Failed' }),
    action('running', 'Build', 'X', 1000, 1001),
    action('me', 'Build', 'X', 1000, 1500),
    action('me', 'Deploy', 'Y', 1500, 1600),
  ];
  const exp = learnExpectation(actions, ['Build', 'Deploy'], 'me');

  test('median of complete successful executions only (not failed, not partial, not the awaited one)', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(exp.totalMs).toBe(65_000);
    expect(exp.stageMs).toEqual({ Build: 45_000, Deploy: 20_000 });
    expect(startOf(actions, 'me')).toBe(at(1000).getTime());
  });

  const state = (stage: string, status: 'InProgress' | 'Succeeded', changedAt: number): GetPipelineStateOutput => ({
    stageStates: [
      { stageName: 'Build', latestExecution: { pipelineExecutionId: 'me', status: stage === 'Build' ? status : 'Succeeded' }, actionStates: [{ actionName: 'X', latestExecution: { status: stage === 'Build' ? status : 'Succeeded', lastStatusChange: at(changedAt) } }] },
      { stageName: 'Deploy', ...(stage === 'Deploy' ? { latestExecution: { pipelineExecutionId: 'me', status } } : {}), actionStates: [{ actionName: 'Y', latestExecution: { status: 'InProgress', lastStatusChange: at(changedAt) } }] },
    ],
  });

  test('remaining = rest of the current stage + later stages', () => {
    const e = estimateRemaining(exp, state('Build', 'InProgress', 1000), 'me', { now: at(1010).getTime(), execStartMs: at(1000).getTime(), stageSeenMs: {} });
    expect(e).toEqual({ remainingMs: 35_000 + 20_000, waitingForHuman: false });
  });

  test('in the last stage, overdue time is negative', () => {
    const e = estimateRemaining(exp, state('Deploy', 'InProgress', 1000), 'me', { now: at(1030).getTime(), execStartMs: at(990).getTime(), stageSeenMs: {} });
    expect(e.remainingMs).toBe(-10_000);
  });

  test('a manual approval stage means waiting for a person', () => {
    const human = { ...exp, humanStages: ['Deploy'] };
    expect(estimateRemaining(human, state('Deploy', 'InProgress', 1000), 'me', { now: at(1030).getTime(), execStartMs: undefined, stageSeenMs: {} }).waitingForHuman).toBe(true);
  });

  test('no history: guessed from the execution\'s own finished stages', () => {
    const guessed = withOwnProgress(learnExpectation([], [], 'me'), [{ stage: 'Build' }, { stage: 'Deploy' }], { Build: 30_000 });
    expect(guessed.stageMs).toEqual({ Build: 30_000, Deploy: 30_000 });
    expect(withOwnProgress(exp, [{ stage: 'Build' }], { Build: 1 })).toBe(exp);
  });

  test('no history: unknown', () => {
    expect(estimateRemaining(learnExpectation([], [], 'me'), state('Build', 'InProgress', 1000), 'me', { now: 0, execStartMs: 0, stageSeenMs: {} }).remainingMs).toBeUndefined();
  });
});

describe('progress from GetPipelineState', () => {
  const s: GetPipelineStateOutput = {
    stageStates: [
      { stageName: 'Build', latestExecution: { pipelineExecutionId: 'me', status: 'Failed' }, actionStates: [{ actionName: 'X', latestExecution: { status: 'Failed', lastStatusChange: at(20), errorDetails: { code: 'JobFailed', message: 'boom' }, externalExecutionUrl: 'https://x' } }] },
      { stageName: 'Deploy', latestExecution: { pipelineExecutionId: 'old', status: 'Succeeded' }, actionStates: [{ actionName: 'Y', latestExecution: { status: 'Succeeded', lastStatusChange: at(5) } }] },
    ],
  };

  test('one transition per change of our execution, action lines before the stage line that ends', () => {
    const first = observe(s, 'me', at(10).getTime(), { Build: 'InProgress', 'Build/X': 'InProgress' });
    expect(first.transitions).toEqual([
      { stage: 'Build', action: 'X', status: 'Failed', url: 'https://x', error: { code: 'JobFailed', message: 'boom' } },
      { stage: 'Build', status: 'Failed' },
    ]);
    expect(observe(s, 'me', at(10).getTime(), first.seen).transitions).toEqual([]);
  });

  test('a failed stage asks to confirm; unseen and running are told apart', () => {
    expect(lookAt(s, 'me', true)).toBe('confirm');
    expect(lookAt(s, 'other', false)).toBe('unseen');
    expect(lookAt(s, 'other', true)).toBe('confirm');
    expect(lookAt({ stageStates: [{ stageName: 'A', latestExecution: { pipelineExecutionId: 'me', status: 'InProgress' } }, { stageName: 'B' }] }, 'me', true)).toBe('running');
    expect(lookAt({ stageStates: [{ stageName: 'A', latestExecution: { pipelineExecutionId: 'me', status: 'Succeeded' } }, { stageName: 'B' }] }, 'me', true)).toBe('between');
    expect(lookAt({ stageStates: [{ stageName: 'A', latestExecution: { pipelineExecutionId: 'new', status: 'InProgress' } }, { stageName: 'B', latestExecution: { pipelineExecutionId: 'me', status: 'Succeeded' } }] }, 'me', true)).toBe('succeeded');
  });
});

describe('finding executions', () => {
  const list = [summary('old', 0, 10, 'Succeeded', 'abc1234aaaa'), summary('new', 20, 30, 'InProgress', 'abc1234aaaa'), summary('x', 40, 50, 'InProgress', 'fff')];
  test('the newest execution of a commit; a short sha matches', () => {
    expect(executionOfCommit(list, 'abc1234aaaa')?.pipelineExecutionId).toBe('new');
    expect(executionOfCommit(list, 'ABC1234')?.pipelineExecutionId).toBe('new');
    expect(executionOfCommit(list, 'ddd')).toBeUndefined();
    expect(latestExecution(list)?.pipelineExecutionId).toBe('x');
  });

  test('the replacement of a superseded execution skips superseded ones and failures that never reached its stage', () => {
    const old = summary('s', 0, 10, 'Superseded');
    const later = [summary('f', 5, 8, 'Failed'), summary('s2', 6, 9, 'Superseded'), summary('r', 7, 20, 'Succeeded')];
    expect(replacementOf(old, later, 'Deploy', () => ['Source', 'Build'])?.pipelineExecutionId).toBe('r');
    expect(replacementOf(old, later, 'Deploy', (id) => (id === 'f' ? ['Source', 'Build', 'Deploy'] : undefined))?.pipelineExecutionId).toBe('f');
    expect(replacementOf(old, [summary('early', -5, 1, 'InProgress')], 'Deploy', () => undefined)).toBeUndefined();
  });
});

describe('outputs and report', () => {
  const cfn = (stack: string, vars: Record<string, string>, status = 'Succeeded', start = 0): ActionExecutionDetail =>
    action('e', 'Deploy', `Deploy-${stack}`, start, start + 10, {
      status: status as ActionExecutionDetail['status'],
      input: { actionTypeId: { category: 'Deploy', owner: 'AWS', provider: 'CloudFormation', version: '1' }, configuration: { StackName: stack }, namespace: `NS${stack}` },
      output: { outputVariables: vars },
    });

  test('output-variables by namespace or Stage.Action; stack outputs by StackName from succeeded deploys', () => {
    const details = [cfn('web', { Url: 'u' }), cfn('db', { Port: '5432' }, 'Failed'), action('e', 'Build', 'Compile', 0, 5, { output: { outputVariables: { Tag: '1' } } })];
    expect(outputVariables(details)).toEqual({ NSweb: { Url: 'u' }, NSdb: { Port: '5432' }, 'Build.Compile': { Tag: '1' } });
    expect(stackOutputsOf(details)).toEqual({ web: { Url: 'u' } });
  });

  test('a retried action reports its latest run', () => {
    expect(stackOutputsOf([cfn('web', { Url: 'old' }, 'Succeeded', 0), cfn('web', { Url: 'new' }, 'Succeeded', 100)])).toEqual({ web: { Url: 'new' } });
  });

  test('report: stages in pipeline order, actions not run, durations, errors', () => {
    const r = buildReport({ pipelineName: 'p', executionId: 'e', url: 'u', status: 'Failed' }, [{ stage: 'Build', actions: ['Compile'] }, { stage: 'Deploy', actions: ['Ship'] }], [
      action('e', 'Build', 'Compile', 0, 75, { status: 'Failed', output: { executionResult: { errorDetails: { code: 'JobFailed', message: 'x' }, externalExecutionUrl: 'https://b' } } }),
    ]);
    expect(r.stages).toEqual([
      { name: 'Build', status: 'Failed', durationMs: 75_000, actions: [{ stage: 'Build', action: 'Compile', status: 'Failed', durationMs: 75_000, url: 'https://b', error: { code: 'JobFailed', message: 'x' } }] },
      { name: 'Deploy', status: 'NotRun', actions: [{ stage: 'Deploy', action: 'Ship', status: 'NotRun' }] },
    ]);
    expect(formatDuration(75_000)).toBe('1m 15s');
  });
});

describe('default client-request-token', () => {
  const run = { repository: 'acme/shop', runId: '123', runAttempt: '1', job: 'deploy' };
  const inputs = { pipelineName: 'p', variables: [], sourceRevisions: [] };
  test('stable within an attempt, new on a re-run attempt or other inputs, valid for CodePipeline', () => {
    const t = defaultClientRequestToken(run, inputs) as string;
    expect(t).toMatch(/^[a-zA-Z0-9-]{1,128}$/);
    expect(defaultClientRequestToken(run, inputs)).toBe(t);
    expect(defaultClientRequestToken({ ...run, runAttempt: '2' }, inputs)).not.toBe(t);
    expect(defaultClientRequestToken({ ...run, job: 'other' }, inputs)).not.toBe(t);
    expect(defaultClientRequestToken(run, { ...inputs, variables: [{ name: 'A', value: '1' }] })).not.toBe(t);
    expect(defaultClientRequestToken({ ...run, runId: '' }, inputs)).toBeUndefined();
  });
});
