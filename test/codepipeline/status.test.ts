/**
 * status through the bundled action: one GetPipelineExecution, one GetPipelineState and the
 * execution's action executions, no waiting; outputs started-at / ended-at (ISO 8601),
 * artifact-revisions (source action → revision id, summary, url: a source action's
 * executionResult, as ListActionExecutions documents it), stages, output variables, stack
 * outputs; a job summary; success whatever the execution's status.
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

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function pipeline(deployMs = 100): ScriptStage[] {
  return [
    { name: 'Source', actions: [{ name: 'Source', category: 'Source', durationMs: 50, summary: 'Fix the checkout total', externalUrl: 'https://github.com/acme/shop/commit/0123456' }] },
    { name: 'Build', actions: [{ name: 'Compile', durationMs: 50, summary: 'Build succeeded' }] },
    { name: 'Deploy', actions: [{ name: 'DeployApi', category: 'Deploy', provider: 'CloudFormation', durationMs: deployMs, namespace: 'Api', configuration: { StackName: 'shop-api' }, outputVariables: { ApiUrl: 'https://api.example.com' } }] },
  ];
}

describe('status', () => {
  test('a finished execution: every output, one call of each, and a summary', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    const r = await run(sb, { command: 'status', 'execution-id': exec.id }).result;
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(['GetPipelineExecution', 'GetPipelineState', 'ListActionExecutions', 'ListPipelineExecutions'].map((op) => sb!.server.callsOf(op).length)).toEqual([1, 1, 1, 0]);
    const o = r.outputs;
    expect(o['execution-status']).toBe('Succeeded');
    expect(o['started-at']).toBe(new Date(exec.startTime).toISOString());
    expect(o['ended-at']).toMatch(ISO);
    expect(Date.parse(o['ended-at'] ?? '')).toBeGreaterThan(Date.parse(o['started-at'] ?? ''));
    expect(JSON.parse(o['artifact-revisions'] ?? '')).toEqual({ Source: { revisionId: SHA, summary: 'Fix the checkout total', url: 'https://github.com/acme/shop/commit/0123456' } });
    expect(JSON.parse(o.stages ?? '')).toEqual({
      Source: { status: 'Succeeded', actions: { Source: { status: 'Succeeded', summary: 'Fix the checkout total', url: 'https://github.com/acme/shop/commit/0123456' } } },
      Build: { status: 'Succeeded', actions: { Compile: { status: 'Succeeded', summary: 'Build succeeded' } } },
      Deploy: { status: 'Succeeded', actions: { DeployApi: { status: 'Succeeded' } } },
    });
    expect(o['stack-outputs']).toBe('{"shop-api":{"ApiUrl":"https://api.example.com"}}');
    expect(o['output-variables']).toBe('{"Api":{"ApiUrl":"https://api.example.com"}}');
    expect(o.ApiUrl).toBe('https://api.example.com');
    expect(r.summary).toContain('CodePipeline shop-pipeline: ✅ Succeeded');
    expect(r.summary).toContain('<tr><td></td><td>DeployApi</td><td>✅ Succeeded</td>');
    expect(r.summary).toContain(`Source: ${SHA} — Fix the checkout total`);
  });

  test('without execution-id: the newest execution, still running: no ended-at, no waiting, success', async () => {
    sb = await stageSandbox({ stages: pipeline(60_000) });
    sb.emulator.startExecution({ startTime: Date.now() - 60_000 });
    const newest = sb.emulator.startExecution({ startTime: Date.now() - 1000 });
    await settle(200);
    const r = await run(sb, { command: 'status' }).result;
    expect(r.code).toBe(0);
    expect(r.durationMs).toBeLessThan(10_000);
    expect(r.outputs['execution-id']).toBe(newest.id);
    expect(r.outputs['execution-status']).toBe('InProgress');
    expect(r.outputs['ended-at']).toBeUndefined();
    expect(JSON.parse(r.outputs.stages ?? '').Deploy).toEqual({ status: 'InProgress', actions: { DeployApi: { status: 'InProgress' } } });
  });

  test('a failed execution is reported, not a failure of the step', async () => {
    const failing = pipeline();
    failing[1]!.actions[0]!.fail = { code: 'JobFailed', message: 'Build failed: exit status 2' };
    sb = await stageSandbox({ stages: failing });
    sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    const r = await run(sb, { command: 'status' }).result;
    expect(r.code).toBe(0);
    expect(r.outputs['execution-status']).toBe('Failed');
    expect(JSON.parse(r.outputs.stages ?? '').Build.actions.Compile).toEqual({ status: 'Failed', summary: 'JobFailed: Build failed: exit status 2' });
    expect(JSON.parse(r.outputs.stages ?? '').Deploy.status).toBe('NotRun');
    expect(r.outputs['stack-outputs']).toBe('{}');
  });

  test('ListActionExecutions denied: the state still gives the stages, a warning says what is missing', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    await settle();
    sb.emulator.deny.add('ListActionExecutions');
    const r = await run(sb, { command: 'status', 'execution-id': exec.id }).result;
    expect(r.code).toBe(0);
    expect(r.warnings[0]?.message).toContain(`Could not read the action executions of ${exec.id}, so started-at, ended-at, output-variables and stack-outputs are not set`);
    expect(JSON.parse(r.outputs.stages ?? '').Deploy.status).toBe('Succeeded');
    expect(r.outputs['stack-outputs']).toBeUndefined();
    expect(r.outputs['started-at']).toBeUndefined();
  });

  test('a mistyped execution-id fails at once, naming it', async () => {
    sb = await stageSandbox({ stages: pipeline() });
    const r = await run(sb, { command: 'status', 'execution-id': '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69' }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("Input execution-id '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69' is not an execution of pipeline 'shop-pipeline' in eu-west-1");
  });
});
