/**
 * Approvals through the bundled action: a Workflow that reaches an approval ends the step at
 * once with pending-approval and the step that approves it; approve resumes or rejects the
 * suspended node as Argo's own resume/stop record it; stale or premature approvals are refused.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { runAction, startAction } from '../harness/run-action.ts';
import { kubeSandbox, type KubeSandbox } from '../kube/fixture.ts';
import { approvalNode, approvalScript, endlessScript, stackOutputs, type ScriptStep } from '../sandbox/kube.ts';
import { argoInputs, codeBlocks, errorText, expectOk, nodeOf, submit, until, workflowOf } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

const OUTPUTS = [stackOutputs('dev', { ShopApi: { ApiUrl: 'https://dev.shop.example.com' } }), stackOutputs('production', { ShopApi: { ApiUrl: 'https://shop.example.com' } })];
const RUN_URL = 'https://github.com/acme/shop/actions/runs/9876543210';

/** A Workflow waiting for the approval of production. */
async function waiting(script: () => ScriptStep[] = () => approvalScript(150, OUTPUTS)): Promise<string> {
  sb.kube.script = script;
  const r = await submit(sb);
  expectOk(r);
  expect(r.outputs['pending-approval']).toBe('production');
  return r.outputs['workflow-name'] as string;
}

describe('a Workflow that reaches an approval', () => {
  test('apply with submit ends at once, successfully, saying which environment waits and how to approve it', async () => {
    sb.kube.script = () => approvalScript(150, OUTPUTS);
    const r = await submit(sb);
    expectOk(r);
    const name = r.outputs['workflow-name'] as string;
    expect(r.outputs['workflow-status']).toBe('Running');
    expect(r.outputs['pending-approval']).toBe('production');
    // What is known so far: dev's outputs.
    expect(JSON.parse(r.outputs['stack-outputs'] as string)).toEqual({ ShopApi: { ApiUrl: 'https://dev.shop.example.com' } });
    expect(r.notices.map((n) => n.message)).toEqual([expect.stringMatching(new RegExp(`^Workflow ${name} waits for approval of environment production \\(since .+\\)\\. This step ends here`))]);
    const snippet = codeBlocks(r.summary).find((b) => b.includes('command: approve')) as string;
    expect(parse(snippet)).toEqual([
      {
        name: 'Approve production',
        uses: 'your-org/aphex-pipeline-action@v1',
        with: { command: 'approve', 'workflow-name': name, environment: 'production', 'approval-result': 'Approved', namespace: 'argo', kubeconfig: sb.kubeconfig },
      },
    ]);
    expect(r.lines).toContain('      command: approve');
    expect(r.summary).toContain(`Workflow ${name}: Running (waiting for approval of production)`);
    // The Workflow itself waits on.
    expect(workflowOf(sb, name).status.phase).toBe('Running');
  });

  test('await of a Workflow already at an approval returns at once, naming the action the runner ran', async () => {
    const name = await waiting();
    const r = await runAction({ inputs: argoInputs(sb, 'await', { 'workflow-name': name }), workspace: sb.workspace, env: { GITHUB_ACTION_REPOSITORY: 'acme/aphex-pipeline-action', GITHUB_ACTION_REF: 'v1.4.0' } });
    expectOk(r);
    expect(r.outputs).toMatchObject({ 'workflow-name': name, 'workflow-status': 'Running', 'pending-approval': 'production' });
    expect(r.durationMs).toBeLessThan(8000);
    expect(sb.server.callsOf('patchWorkflow').filter((c) => c.path.includes(name))).toEqual([]);
    expect(codeBlocks(r.summary).join('\n')).toContain('uses: acme/aphex-pipeline-action@v1.4.0');
  });

  test('await of a Workflow that does not exist says so', async () => {
    const r = await runAction({ inputs: argoInputs(sb, 'await', { 'workflow-name': 'shop-nope1' }), workspace: sb.workspace });
    expect(r.code).toBe(1);
    expect(errorText(r)).toContain('Workflow shop-nope1 does not exist in namespace argo.');
  });
});

describe('approve', () => {
  test('Approved: the suspend node Succeeds with who and which run, an annotation records it, and the step awaits the end', async () => {
    const name = await waiting();
    const before = sb.server.callsOf('patchWorkflow').length;
    const r = await runAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': name, environment: 'production', 'approval-summary': 'Change 42 reviewed' }), workspace: sb.workspace });
    expectOk(r);
    const node = nodeOf(sb, name, 'env-production.approve');
    expect(node).toMatchObject({ type: 'Suspend', phase: 'Succeeded', message: `Approved by @octocat in ${RUN_URL}: Change 42 reviewed` });
    expect(node.finishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const record = JSON.parse(workflowOf(sb, name).metadata.annotations?.['aphex-pipeline/approval-production'] ?? '{}') as Record<string, string>;
    expect(record).toMatchObject({ environment: 'production', result: 'Approved', actor: 'octocat', run: RUN_URL, summary: 'Change 42 reviewed' });
    // One merge patch, with the resourceVersion it read as a precondition.
    const patches = sb.server.callsOf('patchWorkflow').slice(before);
    expect(patches).toHaveLength(1);
    expect(patches[0]?.headers['content-type']).toBe('application/merge-patch+json');
    expect(JSON.parse(patches[0]?.body ?? '{}').metadata.resourceVersion).toMatch(/^\d+$/);
    expect(r.lines).toContain(`Workflow ${name}, environment production: Approved by @octocat in ${RUN_URL}: Change 42 reviewed`);
    expect(r.outputs).toMatchObject({ 'workflow-name': name, 'workflow-status': 'Succeeded', 'pending-approval': '' });
    expect(JSON.parse(r.outputs['stack-outputs'] as string)).toEqual({ 'dev/ShopApi': { ApiUrl: 'https://dev.shop.example.com' }, 'production/ShopApi': { ApiUrl: 'https://shop.example.com' } });
  });

  test('Rejected: the node Fails, the Workflow fails saying it was rejected, and who rejected it', async () => {
    const name = await waiting();
    const r = await runAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': name, environment: 'production', 'approval-result': 'Rejected' }), workspace: sb.workspace });
    expect(r.code).toBe(1);
    expect(nodeOf(sb, name, 'env-production.approve')).toMatchObject({ phase: 'Failed', message: `Rejected by @octocat in ${RUN_URL}` });
    expect(r.outputs['workflow-status']).toBe('Failed');
    expect(errorText(r)).toContain(`Workflow ${name} Failed: environment production was not approved: Rejected by @octocat in ${RUN_URL}`);
  });

  test('wait: false answers and returns without following the Workflow', async () => {
    const name = await waiting();
    const r = await runAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': name, environment: 'production', wait: 'false' }), workspace: sb.workspace });
    expectOk(r);
    expect(r.outputs).toMatchObject({ 'workflow-name': name, 'pending-approval': '' });
    expect(r.lines).toContain(`Not waiting for Workflow ${name} (wait: false).`);
  });

  test('a Workflow changed under the answer (409) is read again and answered', async () => {
    const name = await waiting();
    sb.kube.store.conflictsNext = 2;
    const before = sb.server.callsOf('patchWorkflow').length;
    const r = await runAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': name, environment: 'production', wait: 'false' }), workspace: sb.workspace });
    expectOk(r);
    expect(sb.server.callsOf('patchWorkflow').length - before).toBe(3);
    expect(nodeOf(sb, name, 'env-production.approve').phase).toBe('Succeeded');
  });
});

describe('a Workflow that keeps changing under the answer', () => {
  test('after 5 conflicts in a row the step gives up unanswered, with the argo resume command', async () => {
    const name = await waiting();
    sb.kube.store.conflictsNext = 5;
    const r = await runAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': name, environment: 'production' }), workspace: sb.workspace });
    expect(r.code).toBe(1);
    expect(errorText(r)).toContain(`Workflow ${name} changed 5 times while the approval of production was being written (409 Conflict each time); it was not answered.`);
    expect(errorText(r)).toContain(`argo resume -n argo ${name} --node-field-selector inputs.parameters.environment.value=production`);
    expect(nodeOf(sb, name, 'env-production.approve').phase).toBe('Running');
    sb.kube.store.conflictsNext = 0;
  });
});

describe('approve refuses when the environment is not waiting, and changes nothing', () => {
  const approve = (name: string, environment: string) => runAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': name, environment }), workspace: sb.workspace });

  test('already approved (a stale approval), then finished', async () => {
    const name = await waiting();
    const ok = await approve(name, 'production');
    expectOk(ok);
    const patches = sb.server.callsOf('patchWorkflow').length;
    const again = await approve(name, 'production');
    expect(again.code).toBe(1);
    expect(errorText(again)).toContain(`Environment production of Workflow ${name} is not waiting for approval: it was already approved (Approved by @octocat in ${RUN_URL})`);
    const other = await approve(name, 'production-us');
    expect(errorText(other)).toContain(`Environment production-us of Workflow ${name} is not waiting for approval: the Workflow has finished (Succeeded).`);
    expect(sb.server.callsOf('patchWorkflow').length).toBe(patches);
  });

  test('not reached yet, with what waits now; and an environment the pipeline does not have', async () => {
    sb.kube.script = () => [{ afterMs: 100, phase: 'Running', nodes: [{ name: 'build', template: 'build', phase: 'Running' }] }];
    const r = await submit(sb, { wait: 'false' });
    const name = r.outputs['workflow-name'] as string;
    await until(() => workflowOf(sb, name).status.phase === 'Running', 'Running');
    const early = await approve(name, 'production');
    expect(errorText(early)).toContain(`Environment production of Workflow ${name} is not waiting for approval (yet): the Workflow is Running and has not reached its approval.`);
    expect(errorText(early)).toContain('output pending-approval');
    const unknown = await approve(name, 'prod');
    expect(errorText(unknown)).toContain(`Workflow ${name} has no environment prod; its environments are: dev, staging, production, production-us.`);
    const none = await approve(name, 'staging');
    expect(errorText(none)).toContain('staging has no approval step (approval is not true for it in aphex-config.yaml)');
  });

  test('approve with workflow-name needs environment', async () => {
    const r = await runAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': 'shop-abcde' }), workspace: sb.workspace });
    expect(r.code).toBe(1);
    expect(errorText(r)).toContain("Input 'environment' is empty, and approve with workflow-name answers the approval of one environment.");
  });

  test('nodes offloaded to Argo\'s database: the Argo CLI command instead', async () => {
    const name = await waiting();
    (workflowOf(sb, name).status as Record<string, unknown>).offloadNodeStatusVersion = 'fnv:123';
    const r = await approve(name, 'production');
    expect(errorText(r)).toContain(`argo resume -n argo ${name} --node-field-selector inputs.parameters.environment.value=production`);
  });
});

describe('cancelled while following the Workflow after an approval', () => {
  test('stop-on-cancel terminates it; the approval stays recorded', async () => {
    const name = await waiting(() => [...approvalScript(150, OUTPUTS).slice(0, 3), ...endlessScript(150)]);
    const p = startAction({ inputs: argoInputs(sb, 'approve', { 'workflow-name': name, environment: 'production' }), workspace: sb.workspace });
    await p.waitForLine(new RegExp(`^Workflow ${name}, environment production: Approved`));
    await until(() => sb.server.callsOf('watchWorkflows').some((c) => c.path.includes(name) && c.at > p.startedAt), 'the watch');
    p.cancel();
    const r = await p.result;
    expect(r.code).toBe(1);
    expect(sb.kube.terminated).toContain(name);
    expect(errorText(r)).toContain(`Workflow ${name} was asked to terminate`);
    expect(nodeOf(sb, name, 'env-production.approve').phase).toBe('Succeeded');
  });

  test('await of a running Workflow: stop-on-cancel false leaves it running', async () => {
    sb.kube.script = () => endlessScript(100);
    const s = await submit(sb, { wait: 'false' });
    const name = s.outputs['workflow-name'] as string;
    const p = startAction({ inputs: argoInputs(sb, 'await', { 'workflow-name': name, 'stop-on-cancel': 'false' }), workspace: sb.workspace });
    await p.waitForLine(new RegExp(`^Awaiting Workflow argo/${name}`));
    p.cancel();
    const r = await p.result;
    expect(r.code).toBe(1);
    expect(sb.kube.terminated).not.toContain(name);
    expect(errorText(r)).toContain('it keeps running');
  });
});

describe('the approval node as Argo shows it', () => {
  test('approvalNode carries the environment input (what --node-field-selector inputs.parameters.environment.value matches)', () => {
    expect(approvalNode('production')).toMatchObject({ type: 'Suspend', template: 'approval', inputs: { environment: 'production' } });
  });
});
