/** The aphex-pipeline CLI (package.json bin): same bundle, readable output, 0/1/2 exit codes. */
import { describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../harness/run-cli.ts';
import { ROOT } from '../harness/run-action.ts';
import { CORPUS, expectations } from './corpus.ts';

describe('aphex-pipeline CLI', () => {
  test('validate: exit 0 and one readable line; no workflow commands', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-cli-'));
    copyFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), path.join(dir, 'aphex-config.yaml'));
    const r = await runCli(['validate'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^aphex-config.yaml is valid: 4 environments, 8 stacks; it renders as WorkflowTemplate aphex-cli-\w+-template/);
    expect(r.stdout).not.toContain('::');
  });

  test('validate of an invalid config: exit 1, file:line:col lines like a compiler', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-cli-'));
    copyFileSync(path.join(CORPUS, 'depends-on.yaml'), path.join(dir, 'aphex.yaml'));
    const r = await runCli(['validate', '--config', 'aphex.yaml'], dir);
    expect(r.code).toBe(1);
    const expected = expectations(readFileSync(path.join(CORPUS, 'depends-on.yaml'), 'utf8'));
    const lines = r.stdout.split('\n').filter((l) => l.startsWith('aphex.yaml:'));
    expect(lines).toEqual(expected.map((e) => `aphex.yaml:${e.line}:${e.col}: error: ${e.message}`));
    expect(r.stdout).toContain(`error: aphex.yaml has ${expected.length} problems`);
    expect(r.stdout).not.toContain('::');
  });

  test('render: writes the file, prints the outputs, exit 0', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-cli-'));
    copyFileSync(path.join(ROOT, 'examples/aphex-config.yaml'), path.join(dir, 'aphex-config.yaml'));
    const r = await runCli(['render', '--pipeline', 'shop', '--namespace', 'ci', '--template-path', 'wt.yaml', '--image', 'build=ghcr.io/acme/b:1'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('template-name: shop-template\n');
    expect(r.stdout).toContain(`template-path: ${path.join(dir, 'wt.yaml')}\n`);
    expect(r.stdout).toMatch(/template-digest: sha256:[0-9a-f]{64}\n/);
    const wt = parse(readFileSync(path.join(dir, 'wt.yaml'), 'utf8')) as { metadata: { namespace: string }; spec: { templates: { name: string; container?: { image: string } }[] } };
    expect(wt.metadata.namespace).toBe('ci');
    expect(wt.spec.templates.find((t) => t.name === 'build')?.container?.image).toBe('ghcr.io/acme/b:1');
  });

  test('usage errors and a missing file exit 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-cli-'));
    const unknown = await runCli(['deploy'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'deploy'");
    expect(unknown.stderr).toContain('Usage: aphex-pipeline <validate|render>');
    expect((await runCli(['validate', '--colour'], dir)).code).toBe(2);
    const missing = await runCli(['validate'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toContain("error: Input 'config' names 'aphex-config.yaml', which was not found");
    const help = await runCli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes: 0 valid, 1 the file has problems, 2 usage error or could not run.');
  });

  test('bad flag values are reported as input errors (exit 2)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-cli-'));
    writeFileSync(path.join(dir, 'aphex-config.yaml'), readFileSync(path.join(ROOT, 'examples/aphex-config.yaml')));
    const r = await runCli(['validate', '--namespace', 'Not_Valid'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("error: Input 'namespace' is 'Not_Valid'");
  });
});
