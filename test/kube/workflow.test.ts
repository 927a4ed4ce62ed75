import { describe, expect, test } from '@jest/globals';
import { failingNode, logCommands, podName, stackOutputsOf, stepRows, transitions, workflowName, type Workflow } from '../../src/workflow/model.js';
import { pollDelayMs } from '../../src/workflow/wait.js';
import { submitParameters } from '../../src/workflow/parameters.js';
import { applyStep, failingScript, fnv32a, stackOutputs, succeedingScript } from '../sandbox/kube-sim.ts';

function run(steps: ReturnType<typeof succeedingScript>, upTo = steps.length): Workflow {
  const wf = { metadata: { name: 'shop-x7k2q' } } as Record<string, unknown>;
  steps.slice(0, upTo).forEach((s) => applyStep(wf, s));
  return structuredClone(wf) as unknown as Workflow;
}

describe('Workflow status model', () => {
  test('transitions list each step node phase change once', () => {
    const steps = succeedingScript();
    const a = run(steps, 1);
    const b = run(steps, 2);
    expect(transitions(undefined, a)).toEqual([{ node: 'validate', from: '', to: 'Running' }]);
    expect(transitions(a, b)).toEqual(
      expect.arrayContaining([
        { node: 'validate', from: 'Running', to: 'Succeeded' },
        { node: 'build', from: '', to: 'Running' },
      ]),
    );
    expect(transitions(b, b)).toEqual([]);
  });

  test('the failing node, its message, and log commands with the real pod name', () => {
    const wf = run(failingScript('exit code 2: stack web-prod UPDATE_ROLLBACK_COMPLETE'));
    const node = failingNode(wf);
    expect(node?.message).toBe('exit code 2: stack web-prod UPDATE_ROLLBACK_COMPLETE');
    const pod = podName('shop-x7k2q', node!);
    expect(pod).toBe(`shop-x7k2q-deploy-stacks-${fnv32a('shop-x7k2q.env-prod.deploy')}`);
    expect(logCommands('argo', 'shop-x7k2q', node)).toEqual([
      'argo logs -n argo shop-x7k2q',
      `kubectl logs -n argo ${pod} -c main`,
      'kubectl logs -n argo -l workflows.argoproj.io/workflow=shop-x7k2q -c main --prefix --tail=-1',
    ]);
  });

  test('stack outputs merge every global output parameter shaped {stack: {key: value}}', () => {
    const wf = run(
      succeedingScript([
        stackOutputs('prod', { 'web-prod': { Url: 'https://x' } }),
        stackOutputs('prod-eu', { 'db-prod': { Endpoint: 'db:5432' }, 'web-prod': { Bucket: 'b' } }),
        { name: 'other', value: '["not", "stacks"]' },
        { name: 'text', value: 'hello' },
        { name: 'nested', value: '{"a": {"b": 1}}' },
        { name: 'custom-outputs', value: '{"cache": {"Host": "redis"}}' },
        { name: 'stack-outputs-broken', value: 'not json' },
      ]),
    );
    expect(stackOutputsOf(wf)).toEqual({
      outputs: { 'prod/web-prod': { Url: 'https://x' }, 'prod-eu/web-prod': { Bucket: 'b' }, 'db-prod': { Endpoint: 'db:5432' }, cache: { Host: 'redis' } },
      invalid: ['stack-outputs-broken'],
    });
  });

  test('a stack deployed by one environment keeps its plain name; one deployed by several is keyed per environment', () => {
    const wf = run(
      succeedingScript([
        stackOutputs('dev', { ShopApi: { ApiUrl: 'https://dev' }, DevOnly: { K: 'v' } }),
        stackOutputs('production', { ShopApi: { ApiUrl: 'https://prod' } }),
      ]),
    );
    expect(stackOutputsOf(wf).outputs).toEqual({
      'dev/ShopApi': { ApiUrl: 'https://dev' },
      'production/ShopApi': { ApiUrl: 'https://prod' },
      DevOnly: { K: 'v' },
    });
  });

  test('summary rows in start order (ties by name)', () => {
    const wf = run(succeedingScript());
    const nodes = Object.values(wf.status?.nodes ?? {});
    nodes.forEach((n) => (n.startedAt = { validate: 'T1', build: 'T2', deploy: 'T3' }[n.displayName ?? ''] ?? n.startedAt));
    expect(stepRows(wf).map((r) => [r.step, r.phase])).toEqual([
      ['validate', 'Succeeded'],
      ['build', 'Succeeded'],
      ['env-prod.deploy', 'Succeeded'],
    ]);
  });

  test('workflow names are valid DNS names with a random suffix', () => {
    let i = 0;
    const seq = () => [0.01, 0.5, 0.99, 0.2, 0.7][i++ % 5] as number;
    const n = workflowName('shop', seq);
    expect(n).toMatch(/^shop-[a-z0-9]{5}$/);
    expect(workflowName('x'.repeat(80)).length).toBeLessThanOrEqual(63);
  });
});

describe('polling policy', () => {
  test('with a live watch: a safety GET twice a minute', () => {
    expect(pollDelayMs({ elapsedMs: 0, watching: true })).toBe(30_000);
  });
  test('without a watch: prompt at first, then frugal', () => {
    expect(pollDelayMs({ elapsedMs: 0, watching: false })).toBeLessThanOrEqual(2_000);
    expect(pollDelayMs({ elapsedMs: 2 * 60_000, watching: false })).toBe(5_000);
    expect(pollDelayMs({ elapsedMs: 30 * 60_000, watching: false })).toBe(10_000);
    let calls = 0;
    for (let t = 0; t < 3600_000; t += pollDelayMs({ elapsedMs: t, watching: false })) calls++;
    expect(calls).toBeLessThan(450);
  });
});

describe('submit parameters', () => {
  const template = { spec: { arguments: { parameters: [{ name: 'repository' }, { name: 'revision' }, { name: 'image-tag' }] } } };
  const run = { serverUrl: 'https://github.com', repository: 'acme/shop', refName: 'main' } as never;
  test('commit, repository and branch from the job; workflow-parameters win', () => {
    const warnings: string[] = [];
    const params = submitParameters(template, { commitSha: 'abc1234', run, workflowParameters: [{ name: 'image-tag', value: '1.2.3', line: 1 }, { name: 'revison', value: 'x', line: 2 }] }, {}, (m) => warnings.push(m));
    expect(params).toEqual([
      { name: 'revision', value: 'abc1234' },
      { name: 'repository', value: 'https://github.com/acme/shop.git' },
      { name: 'branch', value: 'main' },
      { name: 'image-tag', value: '1.2.3' },
      { name: 'revison', value: 'x' },
    ]);
    expect(warnings).toEqual([expect.stringContaining("line 2: the WorkflowTemplate declares no parameter 'revison'")]);
  });
  test('pull requests use the head branch', () => {
    const params = submitParameters(template, { commitSha: 'abc1234', run, workflowParameters: [] }, { GITHUB_HEAD_REF: 'feature/x' }, () => undefined);
    expect(params.find((p) => p.name === 'branch')?.value).toBe('feature/x');
  });
});
