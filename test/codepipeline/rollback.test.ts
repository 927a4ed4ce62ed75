/**
 * rollback through the bundled action: RollbackStage (pipelineName, stageName,
 * targetPipelineExecutionId, as the CodePipeline API reference documents the request) to the
 * newest earlier execution that succeeded in the stage, or target-execution-id; the rollback
 * execution (executionType ROLLBACK) awaited like await; refusals for a V1 pipeline, a stage in
 * progress, no execution to go back to, an unknown stage, and the documented
 * UnableToRollbackStageException / PipelineExecutionOutdatedException.
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

function pipeline(deploy: Partial<ScriptStage['actions'][number]> = {}): ScriptStage[] {
  return [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', durationMs: 50 }] },
    { name: 'Build', actions: [{ name: 'Compile', durationMs: 50 }] },
    { name: 'Deploy', actions: [{ name: 'DeployApi', category: 'Deploy', provider: 'CloudFormation', durationMs: 100, namespace: 'Api', configuration: { StackName: 'shop-api' }, outputVariables: { ApiUrl: 'https://api.example.com' }, ...deploy }] },
  ];
}
const broken = pipeline({ fail: { code: 'JobFailed', message: 'Stack shop-api failed' } });

/** Two good deployments, then a bad one (its own stages: the Deploy fails). */
async function history(): Promise<{ first: string; second: string; bad: string }> {
  const first = sb!.emulator.startExecution({ startTime: Date.now() - 30_000, revision: 'aaaaaaa' }).id;
  const second = sb!.emulator.startExecution({ startTime: Date.now() - 20_000, revision: 'bbbbbbb' }).id;
  const bad = sb!.emulator.startExecution({ startTime: Date.now() - 10_000, revision: 'ccccccc', stages: broken }).id;
  await settle();
  return { first, second, bad };
}

describe('rollback', () => {
  test('rolls the stage back to the newest earlier execution that succeeded in it and awaits the rollback execution', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const { second } = await history();
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Deploy' }).result;
    expect(r.errors).toEqual([]);
    const call = sb.server.callsOf('RollbackStage');
    expect(call).toHaveLength(1);
    expect(JSON.parse(call[0]?.body ?? '{}')).toEqual({ pipelineName: 'shop-pipeline', stageName: 'Deploy', targetPipelineExecutionId: second });
    const rollback = sb.emulator.executions.find((e) => e.type === 'ROLLBACK');
    expect(rollback?.rollbackTarget).toBe(second);
    expect(r.outputs).toMatchObject({ 'execution-id': rollback?.id, 'execution-status': 'Succeeded', ApiUrl: 'https://api.example.com' });
    expect(r.lines).toContain(`Execution ${second} (started ${new Date(sb.emulator.executions[1]!.startTime).toISOString()}) is the newest earlier execution that succeeded in stage Deploy.`);
    // A rollback execution is never a target: rolling back again goes to the execution before it.
    await settle(300);
    const again = await run(sb, { command: 'rollback', 'stage-name': 'Deploy' }).result;
    expect(again.code).toBe(0);
    expect(JSON.parse(sb.server.callsOf('RollbackStage')[1]?.body ?? '{}').targetPipelineExecutionId).toBe(second);
  });

  test('target-execution-id chooses the execution', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const { first } = await history();
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Deploy', 'target-execution-id': first }).result;
    expect(r.code).toBe(0);
    expect(JSON.parse(sb.server.callsOf('RollbackStage')[0]?.body ?? '{}').targetPipelineExecutionId).toBe(first);
    expect(sb.server.callsOf('ListPipelineExecutions')).toHaveLength(0);
  });

  test('a V1 pipeline is refused in words', async () => {
    sb = await stageSandbox({ stages: pipeline(), pipelineType: 'V1' });
    await history();
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Deploy' }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('CodePipeline refused to roll back stage Deploy of pipeline shop-pipeline to execution');
    expect(r.errors[0]?.message).toContain(': the pipeline is a V1 pipeline (CodePipeline RollbackStage answered HTTP 400 ValidationException: RollbackStage is only supported for pipelines of type V2.)');
    expect(r.errors[0]?.message).toContain('Stage rollback needs a V2 pipeline');
  });

  test('no earlier successful execution: nothing to roll back to, no RollbackStage call', async () => {
    sb = await stageSandbox({ stages: broken });
    sb.emulator.startExecution({ startTime: Date.now() - 10_000 });
    await settle();
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Deploy' }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('No earlier execution of pipeline shop-pipeline succeeded in stage Deploy (among the 1 most recent, rollback executions left aside): there is nothing to roll back to.');
    expect(r.errors[0]?.message).toContain('Pass target-execution-id');
    expect(sb.server.callsOf('RollbackStage')).toHaveLength(0);
  });

  test('a stage in progress is refused', async () => {
    sb = await stageSandbox({ stages: pipeline({ durationMs: 60_000 }) });
    const running = sb.emulator.startExecution({ startTime: Date.now() - 1000 }).id;
    await settle(300);
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Deploy' }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain(`Stage Deploy of pipeline shop-pipeline is running (execution ${running} is InProgress in it): a stage can only be rolled back when nothing runs in it.`);
    expect(sb.server.callsOf('RollbackStage')).toHaveLength(0);
  });

  test('an unknown stage names the stages there are', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Prod' }).result;
    expect(r.errors[0]?.message).toBe("Pipeline shop-pipeline has no stage 'Prod'.\nSet stage-name to one of: Source, Build, Deploy.");
  });

  test('a target that did not succeed in the stage: CodePipeline UnableToRollbackStageException, said with what a target must be', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const { bad } = await history();
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Deploy', 'target-execution-id': bad }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain(`CodePipeline refused to roll back stage Deploy of pipeline shop-pipeline to execution ${bad}: CodePipeline RollbackStage answered HTTP 400 UnableToRollbackStageException:`);
    expect(r.errors[0]?.message).toContain('to an execution that succeeded in it under the current pipeline structure');
  });

  test('PipelineExecutionOutdatedException: the target ran under an earlier structure', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const { first } = await history();
    sb.emulator.refuse.set('RollbackStage', { type: 'PipelineExecutionOutdatedException', message: 'The pipeline execution is outdated.' });
    const r = await run(sb, { command: 'rollback', 'stage-name': 'Deploy', 'target-execution-id': first }).result;
    expect(r.errors[0]?.message).toContain('that execution ran under an earlier structure of the pipeline (CodePipeline RollbackStage answered HTTP 400 PipelineExecutionOutdatedException: The pipeline execution is outdated.)');
    expect(sb.server.callsOf('RollbackStage')).toHaveLength(1);
  });

  test('stage-name is required', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const r = await run(sb, { command: 'rollback' }).result;
    expect(r.errors[0]?.message).toContain("Input 'stage-name' is required by command 'rollback' but is empty.");
  });
});
