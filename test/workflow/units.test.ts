/** The pure parts: pod names, approval states, the decision patch, failure reasons, log tails, RBAC text. */
import { describe, expect, test } from '@jest/globals';
import { neededPermissions, permissionLines, rbacSnippet } from '../../src/kube/rbac.js';
import { deleteOptions } from '../../src/kube/delete.js';
import { approvalState, pendingApprovals } from '../../src/workflow/approvals.js';
import { decisionMessage, decisionPatch, type Decision } from '../../src/workflow/decide.js';
import { failureReason } from '../../src/workflow/failure.js';
import { failedPods, tailLines } from '../../src/workflow/logs.js';
import { fnv1a32, podName, type Workflow, type WorkflowNode } from '../../src/workflow/model.js';
import { actionReference, approveStep } from '../../src/workflow/snippet.js';
import { approvalNode, applyStep, fnv32a, type ScriptNode } from '../sandbox/kube-sim.ts';

type Obj = Record<string, unknown>;

function wf(nodes: ScriptNode[], extra: Obj = {}): Workflow {
  const w = { metadata: { name: 'shop-x7k2q', resourceVersion: '42' } } as Obj;
  applyStep(w, { afterMs: 0, phase: 'Running', nodes });
  Object.assign(w.status as Obj, extra);
  return w as unknown as Workflow;
}
const node = (w: Workflow, suffix: string): WorkflowNode => Object.values(w.status?.nodes ?? {}).find((n) => n.name.endsWith(`.${suffix}`)) as WorkflowNode;
const STORED = {
  storedWorkflowTemplateSpec: {
    templates: [
      {
        name: 'pipeline',
        dag: {
          tasks: [
            { name: 'env-dev', template: 'environment', arguments: { parameters: [{ name: 'environment', value: 'dev' }, { name: 'environment-id', value: 'dev' }, { name: 'approval', value: 'false' }] } },
            { name: 'env-prod-eu', template: 'environment', arguments: { parameters: [{ name: 'environment', value: 'Prod EU' }, { name: 'environment-id', value: 'prod-eu' }, { name: 'approval', value: 'true' }] } },
          ],
        },
      },
    ],
  },
};

describe('pod names (Argo POD_NAMES)', () => {
  test('v2: <workflow>-<template>-<fnv-1a 32 of the full node name>, also for retry attempts; v1 by annotation: the node id', () => {
    expect(fnv1a32('shop-x7k2q.env-prod.deploy')).toBe(fnv32a('shop-x7k2q.env-prod.deploy'));
    const n: WorkflowNode = { id: 'shop-x7k2q-1', name: 'shop-x7k2q.env-prod.deploy(1)', templateName: 'deploy-stacks', type: 'Pod' };
    expect(podName('shop-x7k2q', n)).toBe(`shop-x7k2q-deploy-stacks-${fnv32a('shop-x7k2q.env-prod.deploy(1)')}`);
    expect(podName({ metadata: { name: 'shop-x7k2q', annotations: { 'workflows.argoproj.io/pod-name-format': 'v1' } } }, n)).toBe('shop-x7k2q-1');
    expect(podName('shop-x7k2q', { ...n, templateName: 'x', templateRef: { name: 'lib', template: 'from-ref' } })).toMatch(/^shop-x7k2q-from-ref-\d+$/);
    expect(podName('shop-x7k2q', { id: 'shop-x7k2q', name: 'shop-x7k2q', templateName: 'pipeline' })).toBe('shop-x7k2q');
  });
});

describe('approval states', () => {
  test('waiting, pending order, approved, rejected', () => {
    const w = wf([approvalNode('production-us'), approvalNode('production')], STORED);
    expect(approvalState(w, 'production')).toMatchObject({ kind: 'waiting', approval: { environment: 'production', id: 'production' } });
    expect(pendingApprovals(w).map((a) => a.environment)).toEqual(['production', 'production-us']);
    expect(approvalState(wf([approvalNode('production', 'Succeeded', 'Approved by @a')]), 'production').kind).toBe('approved');
    expect(approvalState(wf([approvalNode('production', 'Failed', 'Rejected by @a')]), 'production').kind).toBe('rejected');
  });

  test('by config name or normalised id; unknown and approval-less environments from the stored template; not reached; unreadable', () => {
    const w = wf([{ name: 'build', template: 'build', phase: 'Running' }], STORED);
    expect(approvalState(w, 'Prod EU')).toMatchObject({ kind: 'not-reached', environment: 'Prod EU' });
    expect(approvalState(w, 'prod-eu')).toMatchObject({ kind: 'not-reached' });
    expect(approvalState(w, 'dev')).toEqual({ kind: 'no-approval', environment: 'dev' });
    expect(approvalState(w, 'qa')).toEqual({ kind: 'unknown', environment: 'qa', known: ['dev', 'Prod EU'] });
    expect(approvalState(wf([], { phase: 'Succeeded' }), 'prod')).toEqual({ kind: 'finished', phase: 'Succeeded' });
    expect(approvalState(wf([], { offloadNodeStatusVersion: 'x' }), 'prod')).toEqual({ kind: 'unreadable', why: 'offloaded' });
    expect(approvalState(wf([], { compressedNodes: 'H4sI' }), 'prod')).toEqual({ kind: 'unreadable', why: 'compressed' });
  });
});

describe('the decision', () => {
  const d: Decision = { result: 'Approved', actor: 'octocat', runUrl: 'https://github.com/acme/shop/actions/runs/1', summary: 'ok', at: '2026-01-02T03:04:05Z' };
  test('a merge patch of the node (phase, message, finishedAt), with the resourceVersion read and an annotation', () => {
    const w = wf([approvalNode('Prod EU')]);
    const state = approvalState(w, 'Prod EU');
    if (state.kind !== 'waiting') throw new Error('expected waiting');
    const patch = decisionPatch(w, state.approval, d) as { metadata: { resourceVersion: string; annotations: Record<string, string> }; status: { nodes: Record<string, Obj> } };
    expect(patch.metadata.resourceVersion).toBe(w.metadata.resourceVersion);
    expect(JSON.parse(patch.metadata.annotations['aphex-pipeline/approval-prod-eu'] as string)).toEqual({ environment: 'Prod EU', result: 'Approved', actor: 'octocat', run: d.runUrl, summary: 'ok', at: d.at });
    expect(patch.status.nodes).toEqual({ [state.approval.node.id]: { phase: 'Succeeded', message: 'Approved by @octocat in https://github.com/acme/shop/actions/runs/1: ok', finishedAt: d.at } });
    expect((decisionPatch(w, state.approval, { ...d, result: 'Rejected' }).status as { nodes: Record<string, Obj> }).nodes[state.approval.node.id]?.phase).toBe('Failed');
    expect(decisionMessage({ ...d, summary: '', actor: '' })).toBe('Approved by an unknown GitHub user in https://github.com/acme/shop/actions/runs/1');
  });
});

describe('failure reasons', () => {
  test('a rejection, a failed pipeline deployment (with what failed next), or the first failed step', () => {
    expect(failureReason(wf([approvalNode('production', 'Failed', 'Rejected by @o in u')]))).toBe('environment production was not approved: Rejected by @o in u');
    const pipeline = wf([{ name: 'deploy-pipeline', template: 'deploy-pipeline', phase: 'Failed', message: 'exit 1' }, { name: 'env-dev.deploy', template: 'deploy-stacks', phase: 'Failed', message: 'exit 2' }]);
    expect(failureReason(pipeline)).toMatch(/^the pipeline deployment step \(deploy-pipeline\) failed: exit 1\. The environments ran on the WorkflowTemplate already in the cluster, without this commit's pipeline changes; then step env-dev\.deploy failed: exit 2$/);
    expect(failureReason(wf([{ name: 'build', template: 'build', phase: 'Error', message: 'pod deleted' }]))).toBe('step build errored: pod deleted');
  });
});

describe('log tails', () => {
  test('the last 100 lines; a lone CR ends a line; the last attempt of a retried step, earliest failure first', () => {
    expect(tailLines('a\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
    expect(tailLines(Array.from({ length: 150 }, (_, i) => String(i)).join('\n'))).toHaveLength(100);
    const w = wf([
      { name: 'env-a.deploy(0)', template: 'deploy-stacks', phase: 'Failed' },
      { name: 'env-a.deploy(1)', template: 'deploy-stacks', phase: 'Failed' },
      { name: 'env-b.test', template: 'test', phase: 'Error' },
    ]);
    node(w, 'env-a.deploy(0)').finishedAt = '2026-01-01T00:00:01Z';
    node(w, 'env-a.deploy(1)').finishedAt = '2026-01-01T00:00:03Z';
    node(w, 'env-b.test').finishedAt = '2026-01-01T00:00:02Z';
    expect(failedPods(w).map((n) => n.name)).toEqual(['shop-x7k2q.env-b.test', 'shop-x7k2q.env-a.deploy(1)']);
  });
});

describe('the approve step to paste', () => {
  test('names the action the runner ran, else the placeholder; EKS or kubeconfig connection', () => {
    expect(actionReference({ GITHUB_ACTION_REPOSITORY: 'acme/aphex-pipeline-action', GITHUB_ACTION_REF: 'v1' })).toBe('acme/aphex-pipeline-action@v1');
    expect(actionReference({ GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })).toBe('your-org/aphex-pipeline-action@v1');
    const eks = approveStep({ workflowName: 'w', environment: 'production', namespace: 'argo', clusterName: 'c', awsRegion: 'eu-west-1', roleToAssume: 'arn:aws:iam::123456789012:role/r', kubeconfig: 'k', kubeContext: 'x' }, 'a/b@v1');
    expect(eks).toContain('cluster-name: c');
    expect(eks).toContain('role-to-assume: arn:aws:iam::123456789012:role/r');
    expect(eks).not.toContain('kubeconfig');
  });
});

describe('RBAC per purpose', () => {
  test('following a Workflow needs pods/log in the core group; delete needs delete', () => {
    expect(permissionLines('argo', neededPermissions('approve'))).toBe('  workflows.argoproj.io in namespace argo: get, watch, patch\n  pods/log in namespace argo: get');
    expect(rbacSnippet('argo', neededPermissions('follow'))).toContain('  - apiGroups: [""]\n    resources: ["pods/log"]\n    verbs: ["get"]');
    expect(permissionLines('argo', neededPermissions('delete'))).toBe('  workflowtemplates.argoproj.io in namespace argo: get, delete');
    expect(deleteOptions('u', '7', true)).toEqual({ kind: 'DeleteOptions', apiVersion: 'v1', preconditions: { uid: 'u', resourceVersion: '7' }, dryRun: ['All'] });
  });
});
