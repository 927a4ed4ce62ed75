import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { comparable, lineDiff, objectDiff, unifiedDiff } from '../../src/kube/diff.js';

const tpl = (entrypoint: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'WorkflowTemplate',
  metadata: { name: 'shop-template', namespace: 'argo', labels: { 'app.kubernetes.io/instance': 'shop' }, ...extra },
  spec: { entrypoint, templates: [{ name: 'pipeline', dag: { tasks: [{ name: 'build' }] } }] },
});

describe('diff of live and applied WorkflowTemplate', () => {
  test('server-managed metadata is not a change', () => {
    const live = tpl('pipeline', { resourceVersion: '1', uid: 'u', managedFields: [{ manager: 'x' }], creationTimestamp: 't', generation: 3 });
    expect(objectDiff(live, tpl('pipeline', { resourceVersion: '2' }), 'shop-template')).toBe('');
    expect(comparable(live)).not.toHaveProperty('metadata.uid');
  });

  test('a changed field shows as - and + lines with a hunk header', () => {
    const d = objectDiff(tpl('pipeline'), tpl('main'), 'shop-template');
    expect(d).toContain('--- live/shop-template\n+++ applied/shop-template\n@@ ');
    expect(d).toContain('-  entrypoint: pipeline\n+  entrypoint: main\n');
  });

  test('a new object diffs against /dev/null with only + lines', () => {
    const d = objectDiff(undefined, tpl('pipeline'), 'shop-template');
    expect(d.split('\n')[0]).toBe('--- /dev/null');
    expect(d.split('\n').slice(3).filter((l) => l !== '').every((l) => l.startsWith('+'))).toBe(true);
  });

  test('hunks are separate when changes are far apart, with 3 lines of context', () => {
    const a = Array.from({ length: 30 }, (_, i) => `line ${i}`);
    const b = [...a];
    b[2] = 'changed 2';
    b[25] = 'changed 25';
    const d = unifiedDiff(a.join('\n'), b.join('\n'), { old: 'a', new: 'b' });
    expect(d.match(/^@@ /gm)).toHaveLength(2);
    expect(d).toContain('@@ -1,6 +1,6 @@');
    expect(d).toContain('@@ -23,7 +23,7 @@');
  });

  test('property: applying the edit script to the old lines gives the new lines', () => {
    const line = fc.constantFrom('a', 'b', 'c', 'd', '');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.array(line, { maxLength: 30 }), (a, b) => {
        const ops = lineDiff(a, b);
        expect(ops.filter(([t]) => t !== '+').map(([, l]) => l)).toEqual(a);
        expect(ops.filter(([t]) => t !== '-').map(([, l]) => l)).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });
});
