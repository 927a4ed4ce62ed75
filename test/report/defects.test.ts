/**
 * Through the bundled action: an error that escapes every await (here thrown by a timer or a
 * promise nobody awaits, injected with --import) is reported as a defect in one line plus how to
 * get the stack trace, and fails the step; the stack trace itself only with step debugging.
 * A runner file that cannot be written is not called a defect.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { run, sandbox, type Sandbox } from '../codepipeline/fixture.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction, type RunResult } from '../harness/run-action.ts';

/** NODE_OPTIONS that run `code` before the action, as a module. */
const inject = (code: string): string => `--import=data:text/javascript,${encodeURIComponent(code)}`;

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

function expectDefect(r: RunResult, what: string): void {
  expect(r.code).toBe(1);
  const defect = r.errors.find((e) => e.message.startsWith('Unexpected error'));
  const lines = defect?.message.split('\n') ?? [];
  expect(lines).toEqual([`Unexpected error: ${what}`, expect.stringMatching(/defect in aphex-pipeline-action.*stack trace.*ACTIONS_STEP_DEBUG=true/)]);
}

describe('errors that escape every await', () => {
  let sb: Sandbox | undefined;
  afterEach(async () => {
    await sb?.close();
    sb = undefined;
  });

  test('a throwing timer: one line, the hint, exit 1, no stack trace', async () => {
    sb = await sandbox();
    const r = await run(sb, { command: 'start' }, { env: { NODE_OPTIONS: inject("setTimeout(() => { throw new TypeError('boom from a timer'); }, 1500);") } }).result;
    expectDefect(r, 'TypeError: boom from a timer');
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
  });

  test('a promise nobody awaits: reported, the step fails, no stack trace', async () => {
    sb = await sandbox();
    const r = await run(sb, { command: 'start' }, { env: { NODE_OPTIONS: inject("setTimeout(() => { Promise.reject(new Error('lost promise')); }, 1500);") } }).result;
    expectDefect(r, 'lost promise');
    expect(r.stdout + r.stderr).not.toMatch(STACK_LINE);
  });

  test('with step debugging, the stack trace follows', async () => {
    sb = await sandbox();
    const r = await run(sb, { command: 'start' }, { env: { RUNNER_DEBUG: '1', NODE_OPTIONS: inject("setTimeout(() => { throw new TypeError('boom from a timer'); }, 1500);") } }).result;
    expectDefect(r, 'TypeError: boom from a timer');
    expect(r.stdout).toMatch(/^TypeError: boom from a timer\n\s+at /m);
  });
});

test('a runner file that cannot be written is the runner\'s problem, not a defect', async () => {
  const ws = mkdtempSync(path.join(os.tmpdir(), 'aphex-report-'));
  writeFileSync(path.join(ws, 'aphex-config.yaml'), readFileSync(path.join(ROOT, 'examples/aphex-config.yaml')));
  const r = await runAction({ inputs: { command: 'render' }, workspace: ws, env: { GITHUB_OUTPUT: path.join(ws, 'no-such-dir', 'output') } });
  expect(r.code).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]?.message).toMatch(/^Could not write to GITHUB_OUTPUT: .*no-such-dir/);
  expect(r.errors[0]?.message).not.toMatch(/Unexpected error|defect/);
});
