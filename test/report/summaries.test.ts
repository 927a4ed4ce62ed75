/** Every summary as a reader sees it: rendered as CommonMark, read back as HTML. */
import { describe, expect, jest, test } from '@jest/globals';
import { ActionError } from '../../src/errors.ts';
import type { ExecutionReport } from '../../src/codepipeline/model.ts';
import { credentialsSummary } from '../../src/report/credentials.ts';
import { failureSummary } from '../../src/report/failure-summary.ts';
import { applySummary, type ApplyReport } from '../../src/report/kube-apply.ts';
import { pipelineSummary } from '../../src/report/pipeline-summary.ts';
import { maskSecret } from '../../src/report/secrets.ts';
import { workflowSummary } from '../../src/report/workflow-summary.ts';
import { blocks, elements, headings, rawTextOf, render, tables, tagNames, textOf } from './render.ts';

const INJECT = 'a|b `c` <script>alert(1)</script>';

describe('credentials', () => {
  test('a field/value table under a heading', () => {
    const r = render(credentialsSummary({ source: 'oidc', accountId: '123456789012', arn: 'arn:aws:sts::123456789012:assumed-role/deploy/s', viaArn: 'arn:aws:iam::1:role/a', exported: true, region: 'eu-west-1', expiration: new Date(0) }).toString());
    expect(blocks(r)).toEqual(['h3', 'table']);
    expect(tables(r.root)).toEqual([
      [
        ['Field', 'Value'],
        ['Source', 'GitHub OIDC → STS'],
        ['Account', '123456789012'],
        ['Identity', 'arn:aws:sts::123456789012:assumed-role/deploy/s'],
        ['Chained from', 'arn:aws:iam::1:role/a'],
        ['Region', 'eu-west-1'],
        ['Expires', '1970-01-01T00:00:00.000Z'],
      ],
    ]);
  });
});

describe('apply', () => {
  const base: ApplyReport = { name: 'shop-template', namespace: 'argo', server: 'https://k8s:6443', source: 'kubeconfig', fieldManager: 'aphex', dryRun: false, result: 'configured', diff: '', digest: 'sha256:ab' };
  test('a diff with a fence in it stays one code block', () => {
    const diff = '--- live\n+++ applied\n-  a: 1\n+  a: "```"\n';
    const r = render(applySummary({ ...base, diff }).toString());
    expect(blocks(r)).toEqual(['h3', 'p', 'pre']);
    expect(headings(r.root)).toEqual([[3, 'WorkflowTemplate argo/shop-template: configured']]);
    expect(textOf(elements(r.root, 'p')[0] as never)).toBe('Cluster: https://k8s:6443 (kubeconfig), field manager aphex, template sha256:ab.');
    expect(rawTextOf(elements(r.root, 'pre')[0] as never)).toBe(diff);
  });
  test('created, unchanged and dry run say so in words', () => {
    expect(textOf(render(applySummary({ ...base, result: 'created', diff: '+++ new\n+a: 1\n+b: 2\n' }).toString()).root)).toContain('New object (2 lines); the full diff is in the step log.');
    expect(blocks(render(applySummary({ ...base, result: 'unchanged' }).toString()))).toEqual(['h3', 'p', 'p']);
    expect(headings(render(applySummary({ ...base, dryRun: true, result: 'unchanged' }).toString()).root)[0]?.[1]).toBe('WorkflowTemplate argo/shop-template: would be unchanged (dry run: nothing was changed)');
  });
});

const report: ExecutionReport = {
  pipelineName: 'shop',
  executionId: 'e-1',
  url: 'https://console.aws.amazon.com/x?a=1&b=2',
  status: 'Failed',
  statusSummary: INJECT,
  stages: [
    {
      name: 'Deploy',
      status: 'Failed',
      durationMs: 61_000,
      actions: [
        { stage: 'Deploy', action: 'Web|App', status: 'Failed', durationMs: 1000, error: { code: 'JobFailed', message: INJECT }, url: 'https://logs.example/1' },
        { stage: 'Deploy', action: 'Db', status: 'NotRun' },
      ],
    },
  ],
} as ExecutionReport;

describe('CodePipeline', () => {
  test('stage/action table, then the stack outputs (stack, key, value)', () => {
    const outputs = { 'web-prod': { Url: 'https://shop.example.com', Odd: INJECT }, 'db-prod': { Endpoint: 'db:5432' } };
    const r = render(pipelineSummary(report, ['Execution a was superseded by e-1.'], outputs).toString());
    expect(blocks(r)).toEqual(['h3', 'p', 'p', 'table', 'h4', 'table']);
    expect(headings(r.root)).toEqual([
      [3, 'CodePipeline shop: ❌ Failed'],
      [4, 'Stack outputs'],
    ]);
    expect(textOf(elements(r.root, 'p')[0] as never)).toBe(`Execution e-1 — ${INJECT}`);
    expect(tables(r.root)).toEqual([
      [
        ['Stage', 'Action', 'Status', 'Duration', 'Details'],
        ['Deploy', '', '❌ Failed', '1m 1s', ''],
        ['', 'Web|App', '❌ Failed', '1s', `JobFailed: ${INJECT}details`],
        ['', 'Db', '➖ NotRun', '', ''],
      ],
      [
        ['Stack', 'Key', 'Value'],
        ['db-prod', 'Endpoint', 'db:5432'],
        ['web-prod', 'Odd', INJECT],
        ['web-prod', 'Url', 'https://shop.example.com'],
      ],
    ]);
    expect(elements(r.root, 'a').map((a) => a.attrs.find((x) => x.name === 'href')?.value)).toEqual(['https://console.aws.amazon.com/x?a=1&b=2', 'https://logs.example/1']);
    expect(elements(r.root, 'script')).toEqual([]);
  });
  test('no stack outputs, no second table', () => {
    expect(tables(render(pipelineSummary({ ...report, stages: [] }, [], {}).toString()).root)).toHaveLength(1);
  });
  test('a value registered as a secret is *** in the summary, as in the log', () => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      maskSecret('ghs_summarySecret123');
    } finally {
      write.mockRestore();
    }
    const md = pipelineSummary({ ...report, statusSummary: 'token ghs_summarySecret123' }, [], { s: { Token: 'x-ghs_summarySecret123-y' } }).toString();
    expect(md).not.toContain('ghs_summarySecret123');
    const r = render(md);
    expect(tables(r.root)[1]).toContainEqual(['s', 'Token', 'x-***-y']);
    expect(textOf(elements(r.root, 'p')[0] as never)).toBe('Execution e-1 — token ***');
  });
});

describe('Workflow', () => {
  test('a row per step, the message, and how to read the logs', () => {
    const rows = [
      { step: 'validate', phase: 'Succeeded', started: 'T1', finished: 'T2', message: '' },
      { step: 'env-prod.deploy', phase: 'Failed', started: 'T3', finished: 'T4', message: INJECT },
    ];
    const r = render(workflowSummary({ namespace: 'argo', name: 'shop-x', phase: 'Failed', message: 'child failed', rows, logs: ['argo logs -n argo shop-x', 'kubectl logs x'] }).toString());
    expect(blocks(r)).toEqual(['h3', 'p', 'table', 'p', 'pre']);
    expect(textOf(elements(r.root, 'p')[0] as never)).toBe('Workflow argo/shop-x: child failed');
    expect(tables(r.root)[0]).toEqual([['Step', 'Phase', 'Started', 'Finished', 'Message'], ['validate', 'Succeeded', 'T1', 'T2', ''], ['env-prod.deploy', 'Failed', 'T3', 'T4', INJECT]]);
    expect(rawTextOf(elements(r.root, 'pre')[0] as never)).toBe('argo logs -n argo shop-x\nkubectl logs x\n');
  });
  test('no steps: a sentence, no table', () => {
    const r = render(workflowSummary({ namespace: 'argo', name: 'w', phase: '', rows: [] }).toString());
    expect(headings(r.root)).toEqual([[3, 'Workflow w: Pending']]);
    expect(tables(r.root)).toEqual([]);
    expect(textOf(r.root)).toContain('No steps ran.');
  });
});

describe('failure', () => {
  test('a config with problems: message, hint and the problems table', () => {
    const problems = [
      { file: 'aphex-config.yaml', line: 3, col: 5, message: 'Unknown key `x|y`', rule: 'unknown-key' },
      { file: 'aphex-config.yaml', line: 7, col: 1, endLine: 9, endCol: 4, message: '<b>missing</b>' },
    ];
    const error = new ActionError('aphex-config.yaml has 2 problems (listed above).', { problems, hint: 'Fix each one.\nSee docs/config.md', title: 'aphex-config' });
    const r = render(failureSummary(error, 'validate').toString());
    expect(blocks(r)).toEqual(['h3', 'p', 'p', 'table']);
    expect(headings(r.root)).toEqual([[3, '❌ aphex-pipeline validate failed: aphex-config']]);
    expect(elements(r.root, 'br')).toHaveLength(1);
    expect(tables(r.root)).toEqual([
      [
        ['Location', 'Rule', 'Message'],
        ['aphex-config.yaml:3:5', 'unknown-key', 'Unknown key `x|y`'],
        ['aphex-config.yaml:7:1', '', '<b>missing</b>'],
      ],
    ]);
    expect(tagNames(r.root)).toEqual(new Set(['h3', 'p', 'br', 'table', 'tbody', 'tr', 'th', 'td']));
  });
  test('more problems than the table holds: says how many more', () => {
    const problems = Array.from({ length: 60 }, (_, i) => ({ file: 'c.yaml', line: i + 1, col: 1, message: 'm' }));
    const r = render(failureSummary(new ActionError('c.yaml has 60 problems.', { problems }), 'render').toString());
    expect(tables(r.root)[0]).toHaveLength(51);
    expect(textOf(r.root)).toContain('… and 10 more (see the step log).');
  });
  test('an unexpected error: one line of what happened and how to get the stack trace', () => {
    const e = new TypeError("Cannot read properties of undefined (reading 'x')\n    at f (file.js:1:1)");
    const r = render(failureSummary(e, '').toString());
    expect(headings(r.root)).toEqual([[3, '❌ aphex-pipeline failed: unexpected error']]);
    expect(textOf(elements(r.root, 'p')[0] as never)).toBe("Unexpected error: TypeError: Cannot read properties of undefined (reading 'x')");
    expect(textOf(r.root)).toContain('ACTIONS_STEP_DEBUG=true');
    expect(textOf(r.root)).not.toContain('file.js');
  });
});
