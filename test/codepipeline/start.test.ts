import { afterEach, describe, expect, test } from '@jest/globals';
import { FAKE_SECRET, run, sandbox, SHA, type Sandbox } from './fixture.ts';
import { leaks } from '../harness/run-action.ts';

let sb: Sandbox | undefined;
afterEach(async () => {
  await sb?.close();
  sb = undefined;
});

describe('start through the bundled action', () => {
  test('starts with variables and source revisions, awaits success, sets every output', async () => {
    sb = await sandbox({ history: 3 });
    const r = await run(sb, { command: 'start', variables: 'DEPLOY_ENV=prod\nIMAGE_TAG=1.2.3', 'source-revisions': `Source=COMMIT_ID:${SHA}` }).result;
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const exec = sb.emulator.executions.find((e) => e.trigger === 'StartPipelineExecution');
    expect(exec?.variables).toEqual([{ name: 'DEPLOY_ENV', value: 'prod' }, { name: 'IMAGE_TAG', value: '1.2.3' }]);
    const startCall = JSON.parse(sb.server.callsOf('StartPipelineExecution')[0]?.body ?? '{}');
    expect(startCall.sourceRevisions).toEqual([{ actionName: 'Source', revisionType: 'COMMIT_ID', revisionValue: SHA }]);
    expect(startCall.clientRequestToken).toMatch(/^gh-9876543210-1-[0-9a-f]{32}$/);
    expect(r.outputs['execution-id']).toBe(exec?.id);
    expect(r.outputs['execution-url']).toBe(`https://eu-west-1.console.aws.amazon.com/codesuite/codepipeline/pipelines/shop-pipeline/executions/${exec?.id}/timeline?region=eu-west-1`);
    expect(r.outputs['execution-status']).toBe('Succeeded');
    expect(JSON.parse(r.outputs['output-variables'] ?? '')).toEqual({
      SourceVariables: { CommitId: SHA, BranchName: 'main' },
      Web: { Url: 'https://shop.example.com', BucketName: 'web-assets' },
      Db: { Endpoint: 'db.internal:5432', BucketName: 'db-backups' },
    });
    expect(JSON.parse(r.outputs['stack-outputs'] ?? '')).toEqual({
      'db-prod': { BucketName: 'db-backups', Endpoint: 'db.internal:5432' },
      'web-prod': { BucketName: 'web-assets', Url: 'https://shop.example.com' },
    });
    expect(r.outputs.Url).toBe('https://shop.example.com');
    expect(r.outputs.Endpoint).toBe('db.internal:5432');
    expect(r.outputs.BucketName).toBeUndefined();
    // One log line per transition, inside a group.
    expect(r.stdout).toMatch(/::group::Awaiting CodePipeline shop-pipeline/);
    expect(r.lines).toContain('[Build] Compile: Succeeded | Build succeeded | https://console.aws.amazon.com/codebuild/build/1');
    expect(r.lines).toContain('[Deploy] stage Succeeded');
    expect(r.summary).toContain('CodePipeline shop-pipeline');
    expect(r.summary).toMatch(/<td>DeployWeb<\/td><td>✅ Succeeded<\/td>/);
    expect(leaks(r, [FAKE_SECRET])).toEqual([]);
  });

  test('the execution id and URL are set before waiting (a killed step still has them)', async () => {
    sb = await sandbox({ stages: [{ name: 'Build', actions: [{ name: 'Long', durationMs: 60_000 }] }] });
    const p = run(sb, { command: 'start' });
    await p.waitForLine(/^Started execution /);
    p.kill('SIGKILL');
    const r = await p.result;
    expect(r.signal).toBe('SIGKILL');
    expect(r.outputs['execution-id']).toBe(sb.emulator.executions[0]?.id);
    expect(r.outputs['execution-url']).toContain('/executions/');
    expect(r.outputs['execution-status']).toBeUndefined();
  });

  test('a retried step with the same token awaits the same execution; a new attempt starts a new one', async () => {
    sb = await sandbox();
    const first = await run(sb, { command: 'start', wait: 'false' }).result;
    const retry = await run(sb, { command: 'start', wait: 'false' }).result;
    expect(first.code).toBe(0);
    expect(retry.outputs['execution-id']).toBe(first.outputs['execution-id']);
    expect(sb.emulator.executions).toHaveLength(1);
    const rerun = await run(sb, { command: 'start', wait: 'false' }, { env: { GITHUB_RUN_ATTEMPT: '2' } }).result;
    expect(rerun.outputs['execution-id']).not.toBe(first.outputs['execution-id']);
    expect(sb.emulator.executions).toHaveLength(2);
    expect(first.outputs['execution-status']).toBe('InProgress');
  });

  test('one deadline: the time spent starting counts against timeout-minutes', async () => {
    sb = await sandbox({ stages: [{ name: 'Build', actions: [{ name: 'Long', durationMs: 60_000 }] }] });
    sb.server.fault({ kind: 'slow', operation: 'StartPipelineExecution', delayMs: 3000 });
    const r = await run(sb, { command: 'start', 'timeout-minutes': '0.05' }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('is still InProgress after timeout-minutes (0.05); it was left running, not stopped.');
    // 3 s of timeout-minutes from the start of the step, not 3 s more after the 3 s start call (6 s or more).
    expect(r.durationMs).toBeLessThan(5800);
  });

  test('an unknown pipeline fails with a message naming it and what to check', async () => {
    sb = await sandbox();
    const r = await run(sb, { command: 'start', 'pipeline-name': 'no-such-pipeline' }).result;
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain("there is no pipeline 'no-such-pipeline' in eu-west-1");
    expect(r.errors[0]?.message).toContain('Check pipeline-name, aws-region');
  });
});
