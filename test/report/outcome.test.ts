/**
 * Through the bundled action: the job summary never changes a step's outcome, a failed step's
 * summary says it failed, stack outputs are in the pipeline summary without registered secrets,
 * and annotations of a problem spanning lines carry no columns.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { leaks, ROOT, runAction, type RunResult } from '../harness/run-action.ts';
import { deployStages, run, sandbox, type Sandbox } from '../codepipeline/fixture.ts';
import { headings, render, tables } from './render.ts';

const EXAMPLE = readFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), 'utf8');
const FIXTURES = path.join(ROOT, 'test/fixtures/configs');

function workspace(config: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-report-'));
  writeFileSync(path.join(dir, 'aphex-config.yaml'), config);
  return dir;
}

/** GITHUB_STEP_SUMMARY unset, or pointing at a folder. */
const BROKEN_SUMMARY: [string, () => string | undefined, RegExp][] = [
  ['unset', () => undefined, /GITHUB_STEP_SUMMARY is not set/],
  ['a folder', () => mkdtempSync(path.join(os.tmpdir(), 'aphex-summary-dir-')), /EISDIR/],
];

const summaryWarnings = (r: RunResult): string[] => r.warnings.map((w) => w.message).filter((m) => /could not write the job summary/i.test(m));

describe.each(BROKEN_SUMMARY)('GITHUB_STEP_SUMMARY %s', (_, summaryPath, reason) => {
  test('render succeeds with its outputs and warns once', async () => {
    const r = await runAction({ inputs: { command: 'render' }, workspace: workspace(EXAMPLE), env: { GITHUB_STEP_SUMMARY: summaryPath() } });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['template-name']).toBe('shop-template');
    expect(r.outputs['template-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(summaryWarnings(r)).toHaveLength(1);
    expect(summaryWarnings(r)[0]).toMatch(reason);
  });

  test('a failing validate still fails with its own message, and warns once', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-report-'));
    copyFileSync(path.join(FIXTURES, 'missing-required.yaml'), path.join(ws, 'aphex-config.yaml'));
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws, env: { GITHUB_STEP_SUMMARY: summaryPath() } });
    expect(r.code).toBe(1);
    expect(r.errors[r.errors.length - 1]?.message).toContain('aphex-config.yaml has 3 problems');
    expect(r.errors.map((e) => e.message).join('\n')).not.toMatch(/Unexpected error|defect/);
    expect(summaryWarnings(r)).toHaveLength(1);
  });
});

describe('CodePipeline', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  test.each(BROKEN_SUMMARY)('a succeeded execution with GITHUB_STEP_SUMMARY %s exits 0 with every output', async (_, summaryPath) => {
    sb = await sandbox();
    const r = await run(sb, { command: 'start' }, { env: { GITHUB_STEP_SUMMARY: summaryPath() } }).result;
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.outputs['execution-status']).toBe('Succeeded');
    expect(JSON.parse(r.outputs['stack-outputs'] ?? '')).toEqual({
      'db-prod': { BucketName: 'db-backups', Endpoint: 'db.internal:5432' },
      'web-prod': { BucketName: 'web-assets', Url: 'https://shop.example.com' },
    });
    expect(summaryWarnings(r)).toHaveLength(1);
  });

  test('a failed execution without a summary file: its own failure, one warning for two summaries', async () => {
    sb = await sandbox();
    const stages = deployStages();
    stages[2]!.actions[0]!.fail = { code: 'JobFailed', message: 'Stack web-prod rolled back' };
    const failing = sb.emulator.startExecution({ stages });
    const f = await run(sb, { command: 'await', 'execution-id': failing.id }, { env: { GITHUB_STEP_SUMMARY: undefined } }).result;
    expect(f.code).toBe(1);
    expect(f.errors).toHaveLength(1);
    expect(f.errors[0]?.message).toContain('Failed: stage Deploy, action DeployWeb: JobFailed: Stack web-prod rolled back');
    expect(summaryWarnings(f)).toHaveLength(1);
  });

  test('the summary shows the stack outputs, with a value registered as a secret as ***', async () => {
    const token = 'ghs_reportSecretToken0123456789';
    const stages = deployStages();
    stages[2]!.actions[1]!.outputVariables = { Endpoint: 'db.internal:5432', Note: `a|b <script>x</script> ${token}` };
    sb = await sandbox({ stages });
    const r = await run(sb, { command: 'start', 'github-token': token }).result;
    expect(r.code).toBe(0);
    const rendered = render(r.summary);
    expect(headings(rendered.root).map(([, text]) => text)).toEqual(['CodePipeline shop-pipeline: ✅ Succeeded', 'Stack outputs']);
    expect(tables(rendered.root)[1]).toEqual([
      ['Stack', 'Key', 'Value'],
      ['db-prod', 'Endpoint', 'db.internal:5432'],
      ['db-prod', 'Note', 'a|b <script>x</script> ***'],
      ['web-prod', 'BucketName', 'web-assets'],
      ['web-prod', 'Url', 'https://shop.example.com'],
    ]);
    expect(leaks(r, [token]).filter((l) => l.startsWith('summary'))).toEqual([]);
  });
});

describe('a failed validate', () => {
  test('writes a summary that says it failed, with the problems table', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-report-'));
    copyFileSync(path.join(FIXTURES, 'missing-required.yaml'), path.join(ws, 'aphex-config.yaml'));
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws });
    expect(r.code).toBe(1);
    const rendered = render(r.summary);
    expect(headings(rendered.root)).toEqual([[3, '❌ aphex-pipeline validate failed: aphex-config']]);
    expect(tables(rendered.root)).toEqual([
      [
        ['Location', 'Rule', 'Message'],
        ['aphex-config.yaml:4:1', 'required', "The file is missing the required key 'build'."],
        ['aphex-config.yaml:6:5', 'required', "environments[0] is missing the required key 'account'."],
        ['aphex-config.yaml:9:9', 'required', "environments[0].stacks[0] is missing the required key 'path'."],
      ],
    ]);
  });

  test('annotations of a problem spanning lines carry lines only; one-line problems keep their column', async () => {
    const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-report-'));
    copyFileSync(path.join(FIXTURES, 'missing-required.yaml'), path.join(ws, 'aphex-config.yaml'));
    const r = await runAction({ inputs: { command: 'validate' }, workspace: ws });
    const annotations = r.errors.filter((e) => e.properties.file !== undefined).map((e) => e.properties);
    expect(annotations).toEqual([
      { title: 'required', file: 'aphex-config.yaml', line: '4', endLine: '9' },
      { title: 'required', file: 'aphex-config.yaml', line: '6', endLine: '9' },
      expect.objectContaining({ title: 'required', file: 'aphex-config.yaml', line: '9', col: '9' }),
    ]);
    for (const a of annotations) if (a.endLine !== undefined && a.endLine !== a.line) expect(Object.keys(a).filter((k) => k === 'col' || k === 'endColumn')).toEqual([]);
  });
});
