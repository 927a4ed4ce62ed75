import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { runAction } from '../harness/run-action.ts';
import { applyInputs, kubeSandbox, TOKEN, type KubeSandbox } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

const run = (extra: Record<string, string> = {}, env: Record<string, string | undefined> = {}) =>
  runAction({ inputs: applyInputs(sb, extra), workspace: sb.workspace, env });

describe('apply: server-side apply of the WorkflowTemplate', () => {
  test('dry run on an empty cluster: would be created, nothing stored', async () => {
    const r = await run({ 'dry-run': 'true' });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['apply-result']).toBe('created');
    expect(sb.kube.templates.size).toBe(0);
    const apply = sb.server.callsOf('applyWorkflowTemplate').at(-1);
    expect(apply?.path).toContain('dryRun=All');
    expect(r.stdout).toContain('would be created (dry run: nothing was changed)');
  });

  test('first apply creates it with the field manager, labels and a diff from nothing', async () => {
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.outputs['apply-result']).toBe('created');
    expect(r.outputs['template-name']).toBe('shop-template');
    const live = sb.kube.templates.get('argo/shop-template') as { metadata: { labels: Record<string, string>; managedFields: { manager: string; operation: string }[] } };
    expect(live.metadata.labels['app.kubernetes.io/instance']).toBe('shop');
    expect(live.metadata.managedFields).toEqual([expect.objectContaining({ manager: 'aphex-pipeline', operation: 'Apply' })]);
    const call = sb.server.callsOf('applyWorkflowTemplate').at(-1);
    expect(call?.headers['content-type']).toBe('application/apply-patch+yaml');
    expect(call?.path).toMatch(/fieldManager=aphex-pipeline/);
    expect(call?.path).not.toMatch(/dryRun/);
    expect(call?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(r.stdout).toContain('--- /dev/null');
    expect(r.summary).toContain('WorkflowTemplate argo/shop-template: created');
    expect(r.summary).toMatch(/New object \(\d+ lines\); the full diff is in the step log/);
  });

  test('applying the same config again: unchanged, no new resourceVersion', async () => {
    const before = (sb.kube.templates.get('argo/shop-template') as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.outputs['apply-result']).toBe('unchanged');
    expect((sb.kube.templates.get('argo/shop-template') as { metadata: { resourceVersion: string } }).metadata.resourceVersion).toBe(before);
    expect(r.summary).toContain('No changes.');
  });

  test('a changed config: configured, with a readable diff in the log and the summary', async () => {
    const r = await run({ 'service-account': 'deployer-v2' });
    expect(r.code).toBe(0);
    expect(r.outputs['apply-result']).toBe('configured');
    expect(r.stdout).toContain('-  serviceAccountName: aphex-pipeline');
    expect(r.stdout).toContain('+  serviceAccountName: deployer-v2');
    expect(r.stdout).not.toMatch(/^[-+]\s+(resourceVersion|managedFields|uid):/m);
    expect(r.summary).toContain('+  serviceAccountName: deployer-v2');
  });

  test('dry run of a change: would be configured, the live object stays as it was', async () => {
    const r = await run({ 'dry-run': 'true' });
    expect(r.code).toBe(0);
    expect(r.outputs['apply-result']).toBe('configured');
    expect(r.stdout).toContain('+  serviceAccountName: aphex-pipeline');
    const live = sb.kube.templates.get('argo/shop-template') as { spec: { serviceAccountName: string } };
    expect(live.spec.serviceAccountName).toBe('deployer-v2');
  });

  test('an object of that name without our labels is never overwritten', async () => {
    sb.kube.seedTemplate({ apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate', metadata: { name: 'other-template', namespace: 'argo', labels: { team: 'data' } }, spec: { entrypoint: 'x', templates: [] } });
    const r = await run({ pipeline: 'other' });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain('WorkflowTemplate "other-template" already exists in namespace argo but is not labelled as pipeline "other"\'s');
    expect(r.errors[0]?.message).toContain('kubectl label workflowtemplate -n argo other-template');
    expect(sb.server.callsOf('applyWorkflowTemplate').filter((c) => c.path.includes('other-template'))).toHaveLength(0);
    expect((sb.kube.templates.get('argo/other-template') as { metadata: { labels: Record<string, string> } }).metadata.labels).toEqual({ team: 'data' });
  });

  test('the instance label alone is not enough: managed-by must say the action manages it', async () => {
    sb.kube.seedTemplate({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'WorkflowTemplate',
      metadata: { name: 'lookalike-template', namespace: 'argo', labels: { 'app.kubernetes.io/instance': 'lookalike', 'app.kubernetes.io/managed-by': 'Helm' } },
      spec: { entrypoint: 'x', templates: [] },
    });
    const r = await run({ pipeline: 'lookalike' });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('app.kubernetes.io/managed-by=aphex-pipeline-action');
    expect(r.outputs['apply-result']).toBeUndefined();
  });

  test('a field another manager took over: 409 names that manager and the field', async () => {
    sb.kube.editTemplate('argo', 'shop-template', (o) => ((o.spec as Record<string, unknown>).serviceAccountName = 'hand-edited'));
    const r = await run({ 'service-account': 'deployer-v3' });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('conflicts with field manager "kubectl-edit" on .spec.serviceAccountName (409 Conflict)');
    expect(r.errors[0]?.message).toContain('--force-conflicts --field-manager=aphex-pipeline');
    expect((sb.kube.templates.get('argo/shop-template') as { spec: { serviceAccountName: string } }).spec.serviceAccountName).toBe('hand-edited');
  });
});
