import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction, startAction } from '../harness/run-action.ts';
import { endlessScript, failingScript, fnv32a, stackOutputs, succeedingScript } from '../sandbox/kube.ts';
import { applyInputs, kubeSandbox, type KubeSandbox } from './fixture.ts';
import { render, tables } from '../report/render.ts';

/** The summary's row of a Workflow step, as rendered: [step, phase, started, finished, message]. */
const stepRow = (summary: string, step: string): string[] | undefined => tables(render(summary).root).flat().find((row) => row[0] === step);

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

const inputs = (extra: Record<string, string> = {}) => applyInputs(sb, { submit: 'true', ...extra });
const workflow = (name: string) => sb.kube.workflows.get(`argo/${name}`) as { spec: { arguments: { parameters: { name: string; value: string }[] }; workflowTemplateRef: { name: string } }; metadata: { labels: Record<string, string> } };

describe('apply with submit: run a Workflow and await it', () => {
  test('success: arguments from the job, transitions logged, outputs and stack outputs set, noticed promptly', async () => {
    sb.kube.script = () =>
      succeedingScript([
        stackOutputs('dev', { ShopApi: { ApiUrl: 'https://dev.shop.example.com', Bucket: 'b-dev' } }),
        stackOutputs('staging', { ShopNetwork: { VpcId: 'vpc-123', Bucket: 'b-stg' } }),
        { name: 'stack-outputs-production', value: 'not json' },
      ]);
    const r = await runAction({ inputs: inputs({ 'workflow-parameters': 'image-tag=1.2.3' }), workspace: sb.workspace });
    const ended = Date.now();
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    const name = r.outputs['workflow-name'] as string;
    expect(name).toMatch(/^shop-[a-z0-9]{5}$/);
    expect(r.outputs['workflow-status']).toBe('Succeeded');
    expect(JSON.parse(r.outputs['stack-outputs'] as string)).toEqual({
      ShopApi: { ApiUrl: 'https://dev.shop.example.com', Bucket: 'b-dev' },
      ShopNetwork: { VpcId: 'vpc-123', Bucket: 'b-stg' },
    });
    expect(r.outputs.ApiUrl).toBe('https://dev.shop.example.com');
    expect(r.outputs.VpcId).toBe('vpc-123');
    expect(r.outputs.Bucket).toBeUndefined();
    const wf = workflow(name);
    expect(wf.spec.workflowTemplateRef.name).toBe('shop-template');
    expect(wf.spec.arguments.parameters).toEqual([
      { name: 'revision', value: '0123456789abcdef0123456789abcdef01234567' },
      { name: 'repository', value: 'https://github.com/acme/shop.git' },
      { name: 'branch', value: 'main' },
      { name: 'image-tag', value: '1.2.3' },
    ]);
    expect(wf.metadata.labels['app.kubernetes.io/instance']).toBe('shop');
    expect(r.warnings.map((w) => w.message).join('\n')).toContain("declares no parameter 'image-tag'");
    expect(r.warnings.map((w) => w.message).join('\n')).toContain('Workflow output stack-outputs-production is not stack-outputs JSON');
    expect(r.lines).toEqual(expect.arrayContaining([`Workflow ${name}: Running`, '  validate: new → Running', '  build: Running → Succeeded', `Workflow ${name}: Succeeded`]));
    expect(r.summary).toContain(`Workflow ${name}: Succeeded`);
    expect(stepRow(r.summary, 'env-prod.deploy')?.slice(0, 2)).toEqual(['env-prod.deploy', 'Succeeded']);
    // Prompt: the end is seen as it happens (watch), not at the next poll; frugal: few GETs.
    const finished = sb.kube.finishedAt.get(`argo/${name}`) as number;
    expect(ended - finished).toBeLessThan(5000);
    expect(sb.server.callsOf('getWorkflow').length).toBeLessThanOrEqual(3);
  });

  test('failure: the failing step, its message and how to read its logs; exit 1', async () => {
    sb.kube.script = () => failingScript('exit code 1: stack ShopApi UPDATE_ROLLBACK_COMPLETE');
    const r = await runAction({ inputs: inputs(), workspace: sb.workspace });
    expect(r.code).toBe(1);
    const name = r.outputs['workflow-name'] as string;
    expect(r.outputs['workflow-status']).toBe('Failed');
    expect(r.errors).toHaveLength(1);
    const msg = r.errors[0]?.message ?? '';
    expect(msg).toContain(`Workflow ${name} Failed: step env-prod.deploy failed: exit code 1: stack ShopApi UPDATE_ROLLBACK_COMPLETE`);
    expect(msg).toContain(`argo logs -n argo ${name}`);
    expect(msg).toContain(`kubectl logs -n argo ${name}-deploy-stacks-${fnv32a(`${name}.env-prod.deploy`)} -c main`);
    expect(stepRow(r.summary, 'env-prod.deploy')?.slice(0, 2)).toEqual(['env-prod.deploy', 'Failed']);
    expect(r.outputs['stack-outputs']).toBe('{}');
  });

  test('wait: false returns once the Workflow exists', async () => {
    sb.kube.script = () => endlessScript();
    const r = await runAction({ inputs: inputs({ wait: 'false' }), workspace: sb.workspace });
    expect(r.code).toBe(0);
    expect(r.outputs['workflow-status']).toBe('Pending');
    expect(sb.kube.workflows.has(`argo/${r.outputs['workflow-name']}`)).toBe(true);
  });

  test('dry run never submits', async () => {
    const before = sb.kube.workflows.size;
    const r = await runAction({ inputs: inputs({ 'dry-run': 'true' }), workspace: sb.workspace });
    expect(r.code).toBe(0);
    expect(r.outputs['workflow-name']).toBeUndefined();
    expect(r.lines).toContain('Dry run: no Workflow is submitted.');
    expect(sb.kube.workflows.size).toBe(before);
  });

  test('timeout-minutes bounds the wait; the Workflow keeps running', async () => {
    sb.kube.script = () => endlessScript();
    const r = await runAction({ inputs: inputs({ 'timeout-minutes': '0.05' }), workspace: sb.workspace });
    expect(r.code).toBe(1);
    expect(r.outputs['workflow-status']).toBe('Running');
    expect(r.errors[0]?.message).toContain('did not finish within timeout-minutes (0.05); it keeps running');
    expect(r.durationMs).toBeLessThan(20_000);
    expect(sb.kube.terminated).not.toContain(r.outputs['workflow-name']);
  });

  test('without the watch verb it polls, and still finishes', async () => {
    sb.kube.script = () => succeedingScript([], 300);
    sb.kube.forbidden.add('watch workflows');
    const gets = sb.server.callsOf('getWorkflow').length;
    try {
      const r = await runAction({ inputs: inputs(), workspace: sb.workspace });
      expect(r.errors).toEqual([]);
      expect(r.outputs['workflow-status']).toBe('Succeeded');
      const polls = sb.server.callsOf('getWorkflow').length - gets;
      expect(polls).toBeGreaterThanOrEqual(2);
      expect(polls).toBeLessThanOrEqual(6);
    } finally {
      sb.kube.forbidden.clear();
    }
  });

  test('RBAC without create on workflows: the error lists what submit needs', async () => {
    sb.kube.forbidden.add('create workflows');
    try {
      const r = await runAction({ inputs: inputs(), workspace: sb.workspace });
      expect(r.code).toBe(1);
      expect(r.errors[0]?.message).toContain('Kubernetes RBAC denied create workflows');
      expect(r.errors[0]?.message).toContain('workflows.argoproj.io in namespace argo: get, watch, create, patch');
    } finally {
      sb.kube.forbidden.clear();
    }
  });
});

describe('cancellation', () => {
  test('with stop-on-cancel the Workflow is terminated before the step ends', async () => {
    sb.kube.script = () => endlessScript();
    const p = startAction({ inputs: inputs(), workspace: sb.workspace });
    await p.waitForLine(/^Workflow shop-[a-z0-9]{5}: Running$/, 30_000);
    const cancelledAt = Date.now();
    p.cancel();
    const r = await p.result;
    expect(Date.now() - cancelledAt).toBeLessThan(7000);
    const name = r.outputs['workflow-name'] as string;
    expect(sb.kube.terminated).toContain(name);
    const patch = sb.server.callsOf('patchWorkflow').at(-1);
    expect(patch?.headers['content-type']).toBe('application/merge-patch+json');
    expect(JSON.parse(patch?.body ?? '{}')).toEqual({ spec: { shutdown: 'Terminate' } });
    expect(r.code).toBe(1);
    expect(r.errors.map((e) => e.message).join('\n')).toContain(`Workflow ${name} was asked to terminate`);
  });

  test('with stop-on-cancel: false it is left running', async () => {
    sb.kube.script = () => endlessScript();
    const p = startAction({ inputs: inputs({ 'stop-on-cancel': 'false' }), workspace: sb.workspace });
    await p.waitForLine(/^Workflow shop-[a-z0-9]{5}: Running$/, 30_000);
    p.cancel();
    const r = await p.result;
    expect(r.code).toBe(1);
    expect(sb.kube.terminated).not.toContain(r.outputs['workflow-name']);
    expect(r.errors.map((e) => e.message).join('\n')).toContain('it keeps running');
  });
});
