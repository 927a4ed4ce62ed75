/**
 * retry through the bundled action: RetryStageExecution of the failed stage (request shape as the
 * CodePipeline API reference documents it: pipelineName, stageName, pipelineExecutionId,
 * retryMode), then the wait and outputs of await; refusals for an execution that did not fail, one
 * a newer execution superseded, and the documented StageNotRetryableException /
 * NotLatestPipelineExecutionException.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { run } from './fixture.ts';
import { settle, stageSandbox, type StageSandbox } from './stage-fixture.ts';
import type { ScriptStage } from '../sandbox/codepipeline.ts';

let sb: StageSandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const flaky: ScriptStage[] = [
  { name: 'Source', actions: [{ name: 'Source', category: 'Source', durationMs: 50 }] },
  {
    name: 'Build',
    actions: [
      { name: 'Unit', runOrder: 1, durationMs: 100 },
      { name: 'Integration', runOrder: 1, durationMs: 150, fail: { code: 'JobFailed', message: 'Integration tests timed out' }, failAttempts: 1 },
    ],
  },
  { name: 'Deploy', actions: [{ name: 'DeployApi', category: 'Deploy', provider: 'CloudFormation', durationMs: 100, namespace: 'Api', configuration: { StackName: 'shop-api' }, outputVariables: { ApiUrl: 'https://api.example.com' } }] },
];

describe('retry', () => {
  test('retries the failed actions of the newest failed execution and awaits it to success, with the outputs of await', async () => {
    sb = await stageSandbox({ stages: flaky });
    sb.emulator.startExecution({ startTime: Date.now() - 60_000 });
    const failed = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    const r = await run(sb, { command: 'retry' }).result;
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const calls = sb.server.callsOf('RetryStageExecution');
    expect(calls).toHaveLength(1);
    expect(JSON.parse(calls[0]?.body ?? '{}')).toEqual({ pipelineName: 'shop-pipeline', stageName: 'Build', pipelineExecutionId: failed.id, retryMode: 'FAILED_ACTIONS' });
    expect(r.outputs).toMatchObject({ 'execution-id': failed.id, 'execution-status': 'Succeeded', 'stack-outputs': '{"shop-api":{"ApiUrl":"https://api.example.com"}}', ApiUrl: 'https://api.example.com' });
    expect(r.lines).toContain(`Execution ${failed.id} is the newest failed execution of pipeline shop-pipeline.`);
    expect(r.lines.some((l) => l.startsWith(`Retried stage Build of execution ${failed.id} of pipeline shop-pipeline (retry-mode FAILED_ACTIONS)`))).toBe(true);
    expect(r.lines).toContain('[Build] Integration: Succeeded');
    // Only the failed action ran again.
    const runs = (await run(sb, { command: 'status', 'execution-id': failed.id }).result).outputs;
    expect(JSON.parse(runs.stages ?? '{}').Build).toEqual({ status: 'Succeeded', actions: { Unit: { status: 'Succeeded' }, Integration: { status: 'Succeeded' } } });
  });

  test('retry-mode ALL_ACTIONS and an explicit execution-id reach RetryStageExecution as given', async () => {
    sb = await stageSandbox({ stages: flaky });
    const failed = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    const r = await run(sb, { command: 'retry', 'execution-id': failed.id, 'retry-mode': 'ALL_ACTIONS' }).result;
    expect(r.code).toBe(0);
    expect(JSON.parse(sb.server.callsOf('RetryStageExecution')[0]?.body ?? '{}').retryMode).toBe('ALL_ACTIONS');
    expect(r.outputs['execution-status']).toBe('Succeeded');
  });

  test('an execution that failed again after the retry fails the step with the failure and its evidence', async () => {
    const always = structuredClone(flaky);
    delete (always[1] as ScriptStage).actions[1]!.failAttempts;
    sb = await stageSandbox({ stages: always });
    sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    const r = await run(sb, { command: 'retry' }).result;
    expect(r.code).toBe(1);
    expect(r.outputs['execution-status']).toBe('Failed');
    expect(r.errors.at(-1)?.message).toContain('stage Build, action Integration: JobFailed: Integration tests timed out');
    expect(r.stdout).toMatch(/^::group::Build log of Build\.Integration: last 5 lines of build Integration:/m);
  });

  test('an execution that did not fail is refused before any retry', async () => {
    sb = await stageSandbox({ stages: flaky.map((s) => ({ ...s, actions: s.actions.map((a) => ({ ...a, fail: undefined })) })) });
    const ok = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    const r = await run(sb, { command: 'retry', 'execution-id': ok.id }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toBe(`Execution ${ok.id} of pipeline shop-pipeline did not fail (it is Succeeded): there is no failed stage to retry.%0Aretry resumes an execution that Failed. Leave execution-id empty to take the newest failed execution, or start a new one (command: start).`.replace('%0A', '\n'));
    expect(sb.server.callsOf('RetryStageExecution')).toHaveLength(0);
    const none = await run(sb, { command: 'retry' }).result;
    expect(none.errors[0]?.message).toContain('Pipeline shop-pipeline has no failed execution among its 1 most recent: there is nothing to retry.');
  });

  test('a failed execution a newer one has run past in the stage is refused as superseded', async () => {
    sb = await stageSandbox({ stages: flaky });
    const old = sb.emulator.startExecution({ startTime: Date.now() - 10_000 });
    sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    const r = await run(sb, { command: 'retry', 'execution-id': old.id }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain(`Execution ${old.id} of pipeline shop-pipeline cannot be retried: a newer execution superseded it (no stage of the pipeline shows it as failed any more).`);
    expect(sb.server.callsOf('RetryStageExecution')).toHaveLength(0);
  });

  test.each([
    ['StageNotRetryableException', 'The stage has actions that are still running.', 'Stage Build of execution ', 'cannot be retried: CodePipeline RetryStageExecution answered HTTP 400 StageNotRetryableException: The stage has actions that are still running.', 'A stage can be retried once it failed'],
    ['NotLatestPipelineExecutionException', 'The stage has a more recent execution.', 'Execution ', 'cannot be retried in stage Build: a newer execution superseded it (CodePipeline RetryStageExecution answered HTTP 400 NotLatestPipelineExecutionException: The stage has a more recent execution.).', 'Only the latest execution in a stage can be retried.'],
  ])('CodePipeline answers %s: a clear refusal, one call', async (type, message, head, tail, hint) => {
    sb = await stageSandbox({ stages: flaky });
    sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    sb.emulator.refuse.set('RetryStageExecution', { type, message });
    const r = await run(sb, { command: 'retry' }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain(head);
    expect(r.errors[0]?.message).toContain(tail);
    expect(r.errors[0]?.message).toContain(hint);
    expect(sb.server.callsOf('RetryStageExecution')).toHaveLength(1);
  });
});
