/**
 * Retiring a pipeline through the bundled action: delete removes the WorkflowTemplate only when
 * it carries the pipeline's ownership labels, with uid + resourceVersion preconditions, a dry run,
 * and never a Workflow.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { runAction } from '../harness/run-action.ts';
import { applyInputs, kubeSandbox, type KubeSandbox } from '../kube/fixture.ts';
import { argoInputs, errorText, expectOk } from './fixture.ts';

let sb: KubeSandbox;
beforeAll(async () => {
  sb = await kubeSandbox();
});
afterAll(async () => sb.close());

const del = (extra: Record<string, string> = {}) => runAction({ inputs: argoInputs(sb, 'delete', { pipeline: 'shop', ...extra }), workspace: sb.workspace });
const live = () => sb.kube.templates.get('argo/shop-template') as { metadata: { uid: string; resourceVersion: string } } | undefined;

beforeEach(async () => {
  if (!live()) expectOk(await runAction({ inputs: applyInputs(sb), workspace: sb.workspace }));
});

describe('delete', () => {
  test('dry run: the API server checks the delete, nothing is removed', async () => {
    const r = await del({ 'dry-run': 'true' });
    expectOk(r);
    expect(r.outputs['delete-result']).toBe('deleted');
    expect(r.lines).toContain('WorkflowTemplate argo/shop-template would be deleted (dry run: nothing was changed)');
    expect(live()).toBeDefined();
    expect(sb.server.callsOf('deleteWorkflowTemplate').at(-1)?.path).toContain('dryRun=All');
  });

  test('an owned template is deleted, exactly the object checked (uid and resourceVersion preconditions); Workflows stay', async () => {
    sb.kube.workflows.set('argo/shop-old12', { metadata: { name: 'shop-old12', namespace: 'argo' }, status: { phase: 'Succeeded' } });
    const { uid, resourceVersion } = (live() as { metadata: { uid: string; resourceVersion: string } }).metadata;
    const r = await del();
    expectOk(r);
    expect(r.outputs).toMatchObject({ 'delete-result': 'deleted', 'template-name': 'shop-template' });
    expect(live()).toBeUndefined();
    const body = JSON.parse(sb.server.callsOf('deleteWorkflowTemplate').at(-1)?.body ?? '{}');
    expect(body).toEqual({ kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { uid, resourceVersion } });
    expect(sb.kube.workflows.has('argo/shop-old12')).toBe(true);
    expect(r.summary).toContain('Workflows were not touched');
  });

  test('absent: nothing to delete, and the step succeeds', async () => {
    sb.kube.templates.delete('argo/shop-template');
    const r = await del();
    expectOk(r);
    expect(r.outputs['delete-result']).toBe('absent');
  });

  test('a template changed between the check and the delete (409) is checked again, then deleted', async () => {
    sb.kube.changesBeforeDelete = 1;
    const before = sb.server.callsOf('deleteWorkflowTemplate').length;
    const r = await del();
    expectOk(r);
    expect(sb.server.callsOf('deleteWorkflowTemplate').length - before).toBe(2);
    expect(live()).toBeUndefined();
  });

  test('refused: a template of that name without the ownership labels is left alone, exit 1', async () => {
    sb.kube.templates.delete('argo/shop-template');
    sb.kube.seedTemplate({ apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate', metadata: { name: 'shop-template', namespace: 'argo', labels: { team: 'payments' } }, spec: { templates: [] } });
    const calls = sb.server.callsOf('deleteWorkflowTemplate').length;
    const r = await del();
    expect(r.code).toBe(1);
    expect(r.outputs['delete-result']).toBe('refused');
    expect(errorText(r)).toContain('WorkflowTemplate "shop-template" in namespace argo is not labelled as pipeline "shop"\'s (missing app.kubernetes.io/name=aphex-pipeline, app.kubernetes.io/instance=shop, app.kubernetes.io/managed-by=aphex-pipeline-action), so it was not deleted');
    expect(sb.server.callsOf('deleteWorkflowTemplate').length).toBe(calls);
    expect(live()).toBeDefined();
    sb.kube.templates.delete('argo/shop-template');
  });

  test('RBAC without delete: the error lists what delete needs', async () => {
    sb.kube.forbidden.add('delete workflowtemplates');
    try {
      const r = await del();
      expect(r.code).toBe(1);
      expect(errorText(r)).toContain('Kubernetes RBAC denied delete workflowtemplates "shop-template" in namespace argo (403 Forbidden)');
      expect(errorText(r)).toContain('workflowtemplates.argoproj.io in namespace argo: get, delete');
    } finally {
      sb.kube.forbidden.clear();
    }
  });
});
