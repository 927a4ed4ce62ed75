/** The Workflow summary's step table is in execution order: by start time, then by dependency order for steps not started. */
import { expect, test } from '@jest/globals';
import { stepRows, type Workflow, type WorkflowNode } from '../../src/workflow/model.ts';
import { workflowSummary } from '../../src/report/workflow-summary.ts';
import { render, tables } from './render.ts';

function workflow(nodes: WorkflowNode[]): Workflow {
  return { metadata: { name: 'shop-x' }, status: { phase: 'Running', nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) } };
}

const pod = (id: string, children: string[], startedAt?: string, phase = startedAt ? 'Succeeded' : 'Pending'): WorkflowNode => ({
  id,
  name: `shop-x.${id}`,
  displayName: id,
  type: 'Pod',
  phase,
  children,
  ...(startedAt ? { startedAt } : {}),
});

test('started steps by start time, then the rest in dependency order (not by name)', () => {
  const wf = workflow([
    { id: 'shop-x', name: 'shop-x', type: 'DAG', phase: 'Running', startedAt: '2026-01-01T00:00:00Z', children: ['validate'] },
    pod('zz-test', []),
    pod('deploy', ['approve'], undefined),
    pod('build', ['deploy'], '2026-01-01T00:01:00Z', 'Running'),
    pod('approve', ['zz-test']),
    pod('validate', ['build'], '2026-01-01T00:00:01Z'),
  ]);
  const rows = stepRows(wf);
  expect(rows.map((r) => r.step)).toEqual(['validate', 'build', 'deploy', 'approve', 'zz-test']);
  const rendered = tables(render(workflowSummary({ namespace: 'argo', name: 'shop-x', phase: 'Running', rows }).toString()).root)[0] ?? [];
  expect(rendered.slice(1).map((r) => r[0])).toEqual(['validate', 'build', 'deploy', 'approve', 'zz-test']);
});

test('steps started at the same time: the one that comes first in the graph first', () => {
  const wf = workflow([pod('b', [], '2026-01-01T00:00:05Z'), pod('a', ['b'], '2026-01-01T00:00:05Z'), pod('c', [], '2026-01-01T00:00:05Z')]);
  expect(stepRows(wf).map((r) => r.step)).toEqual(['a', 'c', 'b']);
});

test('a cycle in the graph (never written by Argo) still lists every step once', () => {
  const wf = workflow([pod('a', ['b']), pod('b', ['a']), pod('c', [])]);
  expect(stepRows(wf).map((r) => r.step).sort()).toEqual(['a', 'b', 'c']);
});
