import { afterEach, describe, expect, test } from '@jest/globals';
import { run, sandbox, type Sandbox } from './fixture.ts';
import { startGitHubApi } from '../sandbox/github-api.ts';
import type { LoopbackServer } from '../sandbox/server.ts';

let sb: Sandbox | undefined;
let gh: LoopbackServer | undefined;
afterEach(async () => {
  await sb?.close();
  await gh?.close();
  sb = undefined;
  gh = undefined;
});

const withApproval = [
  { name: 'Source', actions: [{ name: 'Source', category: 'Source' as const, durationMs: 100 }] },
  { name: 'Build', actions: [{ name: 'Compile', durationMs: 1200 }] },
  { name: 'Approve', actions: [{ name: 'ManualApproval', category: 'Approval' as const, provider: 'Manual' }] },
  { name: 'Deploy', actions: [{ name: 'Ship', durationMs: 200 }] },
];
const long = [{ name: 'Build', actions: [{ name: 'Long', durationMs: 120_000 }] }];

describe('cancellation', () => {
  test('SIGINT stops the execution within 2 s, naming the run; the step fails saying so', async () => {
    sb = await sandbox({ stages: long });
    const p = run(sb, { command: 'start' });
    await p.waitForLine(/^\[Build\] Long: InProgress/);
    const cancelledAt = Date.now();
    p.cancel();
    const r = await p.result;
    const stops = sb.server.callsOf('StopPipelineExecution');
    expect(stops).toHaveLength(1);
    expect((stops[0]?.at ?? Infinity) - cancelledAt).toBeLessThan(2000);
    const body = JSON.parse(stops[0]?.body ?? '{}');
    expect(body.reason).toBe('GitHub run https://github.com/acme/shop/actions/runs/9876543210 was cancelled');
    expect(body.pipelineExecutionId).toBe(r.outputs['execution-id']);
    expect(r.code).toBe(1);
    expect(r.errors.at(-1)?.message).toContain('The job was cancelled while awaiting execution');
    expect(r.errors.at(-1)?.message).toContain('Stop requested for execution');
    expect(r.outputs['execution-status']).toBe('Stopping');
  });

  test('with stop-on-cancel: false the pipeline keeps running', async () => {
    sb = await sandbox({ stages: long });
    const p = run(sb, { command: 'start', 'stop-on-cancel': 'false' });
    await p.waitForLine(/^\[Build\] Long: InProgress/);
    p.cancel();
    const r = await p.result;
    expect(sb.server.callsOf('StopPipelineExecution')).toHaveLength(0);
    expect(r.code).toBe(1);
    expect(r.errors.at(-1)?.message).toContain('stop-on-cancel is false');
  });
});

describe('approve', () => {
  test('approves the pending approval of the latest execution, masks its token, and the execution goes on', async () => {
    sb = await sandbox({ stages: withApproval });
    // Source and Build are done: the approval is pending (waiting for it is covered in once.test.ts).
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    const r = await run(sb, { command: 'approve', 'approval-stage': 'Approve', 'approval-action': 'ManualApproval' }).result;
    expect(r.errors).toEqual([]);
    expect(r.outputs['execution-id']).toBe(exec.id);
    const put = JSON.parse(sb.server.callsOf('PutApprovalResult')[0]?.body ?? '{}');
    expect(put.result).toEqual({ status: 'Approved', summary: 'Approved from GitHub run https://github.com/acme/shop/actions/runs/9876543210' });
    expect(r.masks).toContain(put.token);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const awaited = await run(sb, { command: 'await', 'execution-id': exec.id }).result;
    expect(awaited.outputs['execution-status']).toBe('Succeeded');
  });

  test('a rejection fails the execution with the summary as reason', async () => {
    sb = await sandbox({ stages: withApproval });
    const exec = sb.emulator.startExecution({ startTime: Date.now() - 5000 });
    const r = await run(sb, { command: 'approve', 'execution-id': exec.id, 'approval-stage': 'Approve', 'approval-action': 'ManualApproval', 'approval-result': 'Rejected', 'approval-summary': 'Not on a Friday' }).result;
    expect(r.errors).toEqual([]);
    const awaited = await run(sb, { command: 'await', 'execution-id': exec.id }).result;
    expect(awaited.code).toBe(1);
    expect(awaited.errors[0]?.message).toContain('stage Approve, action ManualApproval: Rejected: Not on a Friday');
  });

  test('an unknown action is named with the ones that exist', async () => {
    sb = await sandbox({ stages: withApproval });
    sb.emulator.startExecution();
    const r = await run(sb, { command: 'approve', 'approval-stage': 'Approve', 'approval-action': 'Manual' }).result;
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("Stage 'Approve' of pipeline shop-pipeline has no action 'Manual'");
    expect(r.errors[0]?.message).toContain('one of: ManualApproval');
  });
});

describe('stop', () => {
  test('stops the latest running execution, abandoning its actions', async () => {
    sb = await sandbox({ stages: long });
    sb.emulator.startExecution({ startTime: Date.now() - 600_000, stages: [{ name: 'Build', actions: [{ name: 'Long', durationMs: 1000 }] }] });
    const running = sb.emulator.startExecution();
    const r = await run(sb, { command: 'stop', abandon: 'true' }).result;
    expect(r.errors).toEqual([]);
    const body = JSON.parse(sb.server.callsOf('StopPipelineExecution')[0]?.body ?? '{}');
    expect(body).toMatchObject({ pipelineExecutionId: running.id, abandon: true });
    expect(r.outputs['execution-id']).toBe(running.id);
    expect(r.outputs['execution-status']).toBe('Stopped');
  });

  test('an execution that already ended: a notice, not a failure', async () => {
    sb = await sandbox();
    const done = sb.emulator.startExecution({ startTime: Date.now() - 600_000 });
    const r = await run(sb, { command: 'stop', 'execution-id': done.id }).result;
    expect(r.code).toBe(0);
    expect(r.outputs['execution-status']).toBe('Succeeded');
    expect(r.notices.some((n) => n.message.includes('is Succeeded: nothing to stop'))).toBe(true);
  });
});

describe('GitHub Deployment', () => {
  test('records in_progress then success with the execution URL as log URL', async () => {
    sb = await sandbox({ history: 3 });
    const api = await startGitHubApi('ghs_faketoken123456');
    gh = api.server;
    const r = await run(sb, { command: 'start', 'github-token': 'ghs_faketoken123456', environment: 'production' }, { env: { GITHUB_API_URL: api.server.url } }).result;
    expect(r.errors).toEqual([]);
    expect(api.emulator.deployments).toHaveLength(1);
    const d = api.emulator.deployments[0]!;
    expect(d.repository).toBe('acme/shop');
    expect(d.body).toMatchObject({ ref: '0123456789abcdef0123456789abcdef01234567', environment: 'production', required_contexts: [] });
    expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'success']);
    expect(d.statuses[1]?.log_url).toBe(r.outputs['execution-url']);
    expect(r.masks).toContain('ghs_faketoken123456');
  });

  test('a failed execution sets the Deployment to failure; a token without permission only warns', async () => {
    sb = await sandbox({ history: 3 });
    sb.emulator.script.stages[1]!.actions[0]!.fail = { code: 'JobFailed', message: 'tests failed' };
    const api = await startGitHubApi('ghs_faketoken123456');
    gh = api.server;
    const r = await run(sb, { command: 'start', 'github-token': 'ghs_faketoken123456', environment: 'staging' }, { env: { GITHUB_API_URL: api.server.url } }).result;
    expect(r.code).toBe(1);
    expect(api.emulator.deployments[0]?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    api.emulator.denyWith = 403;
    sb.emulator.script.stages[1]!.actions[0]!.fail = undefined;
    const ok = await run(sb, { command: 'start', 'github-token': 'ghs_faketoken123456', environment: 'staging' }, { env: { GITHUB_API_URL: api.server.url, GITHUB_RUN_ATTEMPT: '2' } }).result;
    expect(ok.code).toBe(0);
    expect(ok.warnings.some((w) => w.message.includes('needs `permissions: deployments: write`'))).toBe(true);
  });
});
