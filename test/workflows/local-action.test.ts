/**
 * The action through GitHub's own local runner, @github/local-action: it reads action.yml,
 * stubs @actions/core (enforcing the runner's rules for outputs and annotations) and runs the
 * TypeScript entry src/main.ts (its exported run()) with `npm exec tsx`. A second, independent
 * harness next to test/harness/run-action.ts, which runs the bundle.
 *
 * @github/local-action is a devDependency: when it is missing this test FAILS (never skips).
 */
import { beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './workflow-files.ts';

const BIN = path.join(ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'package.json');
const ENTRY = 'src/main.ts';

interface LocalRun {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  errors: string[];
}

let runs = 0;

/** Runs `local-action run <ROOT> src/main.ts <dotenv>` with only the given variables from GitHub. */
function localAction(workspace: string, inputs: Record<string, string>): Promise<LocalRun> {
  // The runner's INPUT_<NAME> keeps hyphens (INPUT_TEMPLATE-PATH), as @actions/core reads it.
  const lines = Object.entries(inputs).map(([name, value]) => `INPUT_${name.toUpperCase()}=${JSON.stringify(value)}`);
  lines.push(`GITHUB_WORKSPACE=${JSON.stringify(workspace)}`, 'GITHUB_REPOSITORY="acme/shop"', `RUNNER_TEMP=${JSON.stringify(workspace)}`);
  const dotenv = path.join(workspace, `run-${++runs}.env`);
  writeFileSync(dotenv, `${lines.join('\n')}\n`);
  // Nothing of a surrounding GitHub job (or of another test) may leak in: outputs and the step
  // summary would otherwise go to that job's files.
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|RUNNER_|INPUT_|ACTIONS_)/.test(k)) env[k] = v;
  env.NO_COLOR = '1';
  env.FORCE_COLOR = '0';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', ROOT, ENTRY, dotenv], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const outputs: Record<string, string> = {};
      for (const m of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[m[1] as string] = m[2] as string;
      const errors = [...stdout.matchAll(/^::error(?: ([^:]*))?::(.*)$/gm)].map((m) => `${m[1] ?? ''}|${m[2] ?? ''}`);
      resolve({ code, stdout, outputs, errors });
    });
  });
}

describe('@github/local-action runs src/main.ts', () => {
  let workspace: string;
  let validate: LocalRun;
  let render: LocalRun;
  let invalid: LocalRun;

  beforeAll(async () => {
    // Fail loudly, never skip: the devDependencies must be installed (npm ci).
    if (!existsSync(BIN)) throw new Error(`@github/local-action is not installed (${BIN} is missing): run npm ci; it is a devDependency in package.json.`);
    if (!existsSync(TSX)) throw new Error(`tsx is not installed (${TSX} is missing): local-action runs the action with npm exec tsx; run npm ci.`);
    workspace = mkdtempSync(path.join(os.tmpdir(), 'aphex-local-action-'));
    copyFileSync(path.join(ROOT, 'examples', 'aphex-config.yaml'), path.join(workspace, 'aphex-config.yaml'));
    writeFileSync(path.join(workspace, 'bad.yaml'), 'version: "1.0"\nbuild:\n  commands: [make]\nenvironments:\n  - name: dev\n    regoin: eu-west-1\n    account: "111111111111"\n    stacks: [{ name: App, path: infra }]\n');
    [validate, render, invalid] = await Promise.all([
      localAction(workspace, { command: 'validate', config: 'aphex-config.yaml' }),
      localAction(workspace, { command: 'render', config: 'aphex-config.yaml', 'template-path': path.join(workspace, 'wt.yaml') }),
      localAction(workspace, { command: 'validate', config: 'bad.yaml' }),
    ]);
  }, 120_000);

  test('validate: succeeds, says the config is valid, sets no outputs', () => {
    expect([validate.code, validate.errors]).toEqual([0, []]);
    expect(validate.stdout).toContain('aphex-config.yaml is valid: 4 environments, 8 stacks');
    expect(validate.outputs).toEqual({});
  });

  test('render: template-name, template-path and template-digest of the file it wrote', () => {
    expect([render.code, render.errors]).toEqual([0, []]);
    const file = path.join(workspace, 'wt.yaml');
    expect(render.outputs).toEqual({
      'template-name': 'shop-template',
      'template-path': file,
      'template-digest': `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`,
    });
    expect(readFileSync(file, 'utf8')).toContain('kind: WorkflowTemplate');
  });

  test('validate of a broken config: exit 1 and annotations the runner accepts, at the lines', () => {
    expect(invalid.stdout).not.toContain('Annotations spanning multiple lines');
    expect(invalid.code).toBe(1);
    expect(invalid.errors.join('\n')).toMatch(/file=bad\.yaml,line=6[^|]*\|Unknown key 'regoin'/);
  });
});
