/** `validate` through the bundled action, as the runner runs it. */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { leaks, ROOT, runAction } from '../harness/run-action.ts';
import { CORPUS, expectations } from './corpus.ts';
import { render, tables } from '../report/render.ts';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-cfg-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const EXAMPLE = readFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), 'utf8');

describe('validate (bundled action)', () => {
  test('a failing validate advises a local check that works: the CLI at the ref the workflow uses, else from a checkout', async () => {
    const broken = { 'aphex-config.yaml': EXAMPLE.replace('region: eu-west-1', 'region: eu-west1') };
    const pinned = await runAction({ inputs: { command: 'validate' }, env: { GITHUB_ACTION_REPOSITORY: 'acme/aphex-pipeline-action', GITHUB_ACTION_REF: 'v1' }, workspace: workspace(broken) });
    expect(pinned.code).toBe(1);
    expect(pinned.stdout).toContain('Check locally before pushing with: npx --yes github:acme/aphex-pipeline-action#v1 validate --config aphex-config.yaml');
    const local = await runAction({ inputs: { command: 'validate' }, env: { GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' }, workspace: workspace(broken) });
    expect(local.stdout).toContain('node <checkout of aphex-pipeline-action>/bin/aphex-pipeline.js validate --config aphex-config.yaml');
    expect(local.stdout).not.toContain('npx aphex-pipeline');
  });

  test('the example config is valid: exit 0, a log line, a summary table, no annotations', async () => {
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspace({ 'aphex-config.yaml': EXAMPLE }) });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.lines.join('\n')).toContain('aphex-config.yaml is valid: 4 environments, 8 stacks; it renders as WorkflowTemplate shop-template');
    const rows = tables(render(r.summary).root)[0] ?? [];
    expect(rows).toContainEqual(['3', 'production', 'eu-central-1', '333333333333', 'ShopNetwork (infra/network) → ShopApi (infra/api)', '—', 'manual', 'staging']);
    expect(rows[4]?.slice(0, 3)).toEqual(['4', 'production-us', 'us-east-1']);
  });

  test.each(['formats.yaml', 'duplicate-keys.yaml', 'depends-on.yaml', 'template-braces.yaml'])('corpus %s: one ::error annotation per problem, at its file, line and column', async (file) => {
    const dir = workspace({});
    mkdirSync(path.join(dir, 'deploy'));
    copyFileSync(path.join(CORPUS, file), path.join(dir, 'deploy', file));
    const r = await runAction({ inputs: { command: 'validate', config: `deploy/${file}` }, workspace: dir });
    expect(r.code).toBe(1);
    const expected = expectations(readFileSync(path.join(CORPUS, file), 'utf8'));
    const annotations = r.errors.filter((e) => e.properties.file !== undefined);
    expect(annotations.map((e) => [e.properties.file, Number(e.properties.line), Number(e.properties.col), e.properties.title, e.message])).toEqual(
      expected.map((x) => [`deploy/${file}`, x.line, x.col, x.rule, x.message]),
    );
    // Then one summary error with the hint, and the readable list; no stack trace.
    const last = r.errors[r.errors.length - 1];
    expect(last?.message).toContain(`deploy/${file} has ${expected.length} problem`);
    expect(last?.message).toContain('docs/config.md');
    expect(r.lines.join('\n')).toContain(`${expected.length} problem`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  });

  test('credentials are masked before anything is printed and never leak', async () => {
    const text = readFileSync(path.join(CORPUS, 'credentials.yaml'), 'utf8');
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspace({ 'aphex-config.yaml': text }) });
    expect(r.code).toBe(1);
    const secrets = ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789', 's3cr3tpass', 'MIIEowIBAAKCAQEA1234567890abcdefghij'];
    expect(leaks(r, secrets)).toEqual([]);
    for (const s of secrets) expect(r.masks.some((m) => m.includes(s))).toBe(true);
    const firstMask = r.commands.findIndex((c) => c.command === 'add-mask');
    const firstError = r.commands.findIndex((c) => c.command === 'error');
    expect(firstMask).toBeGreaterThanOrEqual(0);
    expect(firstMask).toBeLessThan(firstError);
    expect(r.errors.filter((e) => e.properties.title === 'credential')).toHaveLength(5);
  });

  test('a credential in a file that does not even parse is masked too', async () => {
    const key = 'AKIAIOSFODNN7EXAMPLE';
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspace({ 'aphex-config.yaml': `version: "1.0"\nbuild:\n  commands: [export KEY=${key}\n` }) });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.properties.title).toBe('yaml-syntax');
    expect(r.masks).toContain(key);
    expect(leaks(r, [key])).toEqual([]);
  });

  test('more than 50 problems: 50 annotations and the count of the rest', async () => {
    const envs = Array.from({ length: 60 }, (_, i) => `  - {name: e${i}, region: nowhere, account: "111111111111", stacks: [{name: A, path: a}]}`).join('\n');
    const r = await runAction({ inputs: { command: 'validate' }, workspace: workspace({ 'aphex-config.yaml': `version: "1.0"\nbuild: {commands: [make]}\nenvironments:\n${envs}\n` }) });
    expect(r.code).toBe(1);
    expect(r.errors.filter((e) => e.properties.file === 'aphex-config.yaml')).toHaveLength(50);
    expect(r.lines.join('\n')).toContain('... and 10 more');
    expect(r.errors[r.errors.length - 1]?.message).toContain('has 60 problems');
  });

  test('a missing config file says where it looked and what to do', async () => {
    const r = await runAction({ inputs: { command: 'validate', config: 'ci/aphex.yaml' }, workspace: workspace({}) });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toMatch(/Input 'config' names 'ci\/aphex.yaml', which was not found[\s\S]*actions\/checkout/);
  });

  test('a repository name that makes no pipeline name asks for the input', async () => {
    const r = await runAction({ inputs: { command: 'validate' }, env: { GITHUB_REPOSITORY: 'acme/___' }, workspace: workspace({ 'aphex-config.yaml': EXAMPLE }) });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toMatch(/does not make a DNS label[\s\S]*Set the input 'pipeline'/);
  });
});
