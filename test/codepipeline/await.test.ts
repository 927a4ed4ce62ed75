import { afterEach, describe, expect, test } from '@jest/globals';
import { deployStages, run, sandbox, SHA, type Sandbox } from './fixture.ts';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

const slowBuild = (ms: number) => [{ name: 'Source', actions: [{ name: 'Source', category: 'Source' as const, durationMs: 100 }] }, { name: 'Build', actions: [{ name: 'Compile', durationMs: ms }] }, { name: 'Deploy', actions: [{ name: 'Ship', durationMs: 200 }] }];

describe('await through the bundled action', () => {
  test('a failed action: failure names stage, action and errorDetails; outputs are still set', async () => {
    sb = await sandbox();
    const stages = deployStages();
    stages[2]!.actions[0]!.fail = { code: 'JobFailed', message: 'Stack web-prod is in UPDATE_ROLLBACK_COMPLETE state' };
    // Ended before the step: the up-front GetPipelineExecution says so, and one look lays out the report.
    const exec = sb.emulator.startExecution({ stages, startTime: Date.now() - 600_000 });
    const r = await run(sb, { command: 'await', 'execution-id': exec.id }).result;
    expect(r.code).toBe(1);
    expect(r.durationMs).toBeLessThan(5000);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain(`Execution ${exec.id} of pipeline shop-pipeline Failed: stage Deploy, action DeployWeb: JobFailed: Stack web-prod is in UPDATE_ROLLBACK_COMPLETE state`);
    expect(r.outputs['execution-status']).toBe('Failed');
    expect(JSON.parse(r.outputs['stack-outputs'] ?? '')).toEqual({ 'db-prod': { BucketName: 'db-backups', Endpoint: 'db.internal:5432' } });
    expect(JSON.parse(r.outputs['output-variables'] ?? '').SourceVariables.CommitId).toBe(SHA);
    expect(r.lines).toContain('[Deploy] DeployWeb: Failed | JobFailed: Stack web-prod is in UPDATE_ROLLBACK_COMPLETE state');
    expect(r.summary).toMatch(/❌ Failed/);
  });

  test('stopped in CodePipeline: failure with status Stopped', async () => {
    sb = await sandbox({ stages: slowBuild(60_000) });
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    exec.stop = { at: Date.now() - 1000, abandon: true, reason: 'stopped by an operator' };
    const r = await run(sb, { command: 'await', 'execution-id': exec.id }).result;
    expect(r.code).toBe(1);
    expect(r.outputs['execution-status']).toBe('Stopped');
    expect(r.errors[0]?.message).toContain(`Execution ${exec.id} of pipeline shop-pipeline Stopped`);
  });

  test('superseded: follows the execution that replaced it and says so', async () => {
    sb = await sandbox({ stages: slowBuild(1500), history: 3 });
    const first = sb.emulator.startExecution();
    let second = '';
    const timer = setTimeout(() => (second = sb!.emulator.supersede(first.id).id), 700);
    const r = await run(sb, { command: 'await', 'execution-id': first.id }).result;
    clearTimeout(timer);
    expect(r.errors).toEqual([]);
    expect(r.lines).toContain(`Execution ${first.id} was superseded by execution ${second}; awaiting that one instead (follow-superseded: true).`);
    expect(r.outputs['execution-id']).toBe(second);
    expect(r.outputs['execution-status']).toBe('Succeeded');
    expect(r.summary).toContain(`Execution ${first.id} was superseded by ${second}`);
  });

  test('superseded with follow-superseded: false fails and says how to follow', async () => {
    sb = await sandbox({ stages: slowBuild(1500), history: 3 });
    const first = sb.emulator.startExecution();
    const timer = setTimeout(() => sb!.emulator.supersede(first.id), 700);
    const r = await run(sb, { command: 'await', 'execution-id': first.id, 'follow-superseded': 'false' }).result;
    clearTimeout(timer);
    expect(r.code).toBe(1);
    expect(r.outputs['execution-status']).toBe('Superseded');
    expect(r.errors[0]?.message).toContain('Superseded: a newer execution replaced it');
    expect(r.errors[0]?.message).toContain('follow-superseded: true');
  });

  test('timeout: fails saying the pipeline keeps running, and does not stop it', async () => {
    sb = await sandbox({ stages: slowBuild(60_000) });
    const exec = sb.emulator.startExecution();
    const r = await run(sb, { command: 'await', 'execution-id': exec.id, 'timeout-minutes': '0.05' }).result;
    expect(r.code).toBe(1);
    expect(r.durationMs).toBeLessThan(20_000);
    expect(r.outputs['execution-status']).toBe('InProgress');
    expect(r.errors[0]?.message).toContain('is still InProgress after timeout-minutes (0.05); it was left running, not stopped.');
    expect(sb.server.callsOf('StopPipelineExecution')).toHaveLength(0);
  });

  test('one deadline: finding the execution of the commit counts against timeout-minutes', async () => {
    sb = await sandbox({ stages: slowBuild(60_000) });
    const exec = sb.emulator.startExecution();
    sb.server.fault({ kind: 'slow', operation: 'ListPipelineExecutions', delayMs: 3000 });
    const r = await run(sb, { command: 'await', 'timeout-minutes': '0.05' }).result;
    expect(r.code).toBe(1);
    expect(r.outputs['execution-id']).toBe(exec.id);
    expect(r.errors[0]?.message).toContain('is still InProgress after timeout-minutes (0.05)');
    expect(r.durationMs).toBeLessThan(5800);
  });

  test('action executions are read across pages', async () => {
    sb = await sandbox({ pageSize: 2 });
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 600_000 });
    const r = await run(sb, { command: 'await', 'execution-id': exec.id }).result;
    expect(r.errors).toEqual([]);
    const pages = sb.server.callsOf('ListActionExecutions').filter((c) => c.body.includes(exec.id));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.some((c) => c.body.includes('"nextToken"'))).toBe(true);
    expect(Object.keys(JSON.parse(r.outputs['stack-outputs'] ?? '{}'))).toEqual(['db-prod', 'web-prod']);
  });

  test('a denied call says which permission is missing', async () => {
    sb = await sandbox();
    sb.emulator.deny.add('GetPipelineState');
    const exec = sb.emulator.startExecution();
    const r = await run(sb, { command: 'await', 'execution-id': exec.id }).result;
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain('CodePipeline GetPipelineState on pipeline \'shop-pipeline\' in eu-west-1 was denied');
    expect(r.errors[0]?.message).toContain('Allow codepipeline:GetPipelineState on arn:aws:codepipeline:eu-west-1:<account>:shop-pipeline');
  });

  test('an unknown execution id fails at once, naming execution-id and the pipeline', async () => {
    sb = await sandbox();
    const r = await run(sb, { command: 'await', 'execution-id': '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69' }).result;
    expect(r.code).toBe(1);
    expect(r.durationMs).toBeLessThan(5000);
    expect(sb.server.callsOf('GetPipelineExecution')).toHaveLength(1);
    expect(r.errors[0]?.message).toContain("Input execution-id '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69' is not an execution of pipeline 'shop-pipeline' in eu-west-1");
    expect(r.errors[0]?.message).toContain('Pipeline execution ID 2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69 does not exist');
    expect(r.errors[0]?.message).toContain('Check execution-id');
  });
});
