/**
 * Inputs through the bundled action, as a user sees them: hidden characters escaped and named,
 * booleans in every case the toolkit accepts, numbers described truthfully, and commands that
 * read only their inputs and warn about the ones without effect.
 */
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, runAction } from '../harness/run-action.ts';

function workspace(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'aphex-inputs-'));
  writeFileSync(path.join(dir, 'aphex-config.yaml'), readFileSync(path.join(ROOT, 'examples/aphex-config.yaml')));
  return dir;
}

describe('hidden characters in inputs', () => {
  test.each([
    ['pipeline-name', 'my\u200bpipeline', "Input 'pipeline-name' is 'my\\u200bpipeline', which contains an invisible character U+200B (ZERO WIDTH SPACE) at position 3."],
    ['role-to-assume', 'arn:aws:iam::123456789012:role/a\u00a0b', "Input 'role-to-assume' is 'arn:aws:iam::123456789012:role/a\\u00a0b', which contains a non-standard space U+00A0 (NO-BREAK SPACE) at position 33."],
    ['execution-id', '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69\u0007', "Input 'execution-id' is '2b5a3b8e-4a1c-4a53-9c0e-1f2d3c4b5a69\\u0007', which contains a control character U+0007 (BELL) at position 37."],
  ])('%s: the message shows the character escaped and says where it is', async (input, value, message) => {
    const r = await runAction({ inputs: { command: 'await', 'pipeline-name': 'p', [input]: value } });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain(message);
    expect(r.errors[0]?.message).toContain('Expected the value without hidden characters (type it again rather than copying it), for example: ');
    expect(r.stdout).not.toContain(value);
  });

  test('a bidi control in the config path is refused before any file is looked at', async () => {
    const r = await runAction({ inputs: { command: 'validate', config: 'aphex\u202e.yaml' }, workspace: workspace() });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("Input 'config' is 'aphex\\u202e.yaml', which contains an invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) at position 6.");
  });
});

describe('booleans and numbers', () => {
  test.each([
    ['stop', { abandon: 'TRUE' }],
    ['await', { 'follow-superseded': 'False', 'stop-on-cancel': 'FALSE' }],
  ])('%s: %j are booleans, as core.getBooleanInput reads them', async (command, booleans) => {
    const r = await runAction({ inputs: { command, 'pipeline-name': 'p', 'aws-region': 'eu-west-1', ...booleans }, timeoutMs: 30_000 });
    // The inputs were accepted: the step gets as far as asking for AWS credentials, which this sandbox-free run has none of.
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.properties.title ?? '').not.toMatch(/^input /);
    expect(r.errors[0]?.message).toMatch(/credentials/i);
  });

  test('a negative timeout is out of range, not "not a number"', async () => {
    const r = await runAction({ inputs: { command: 'await', 'pipeline-name': 'p', 'timeout-minutes': '-5' } });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("Input 'timeout-minutes' is -5 minutes: it must be positive.");
    expect(r.errors[0]?.message).toContain('Expected a number from 0.05 to 4320 minutes');
    expect(r.errors[0]?.message).not.toContain('not a number');
  });

  test('a unit in a number: the plain number to write', async () => {
    const r = await runAction({ inputs: { command: 'await', 'pipeline-name': 'p', 'timeout-minutes': '1h' } });
    expect(r.errors[0]?.message).toContain("Input 'timeout-minutes' is '1h'; write the number of minutes alone, without a unit (1h is 60 minutes).");
    expect(r.errors[0]?.message).toContain('for example: timeout-minutes: 60');
  });
});

describe('each command reads only its inputs', () => {
  test('validate ignores a bad execution-id and an unread boolean, and says they have no effect', async () => {
    const r = await runAction({ inputs: { command: 'validate', 'execution-id': 'not-a-uuid', abandon: 'yes' }, workspace: workspace() });
    expect(r.code).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => [w.properties.title, w.message])).toEqual([
      ['input execution-id', "Input 'execution-id' has no effect with command 'validate': only commands await, approve, stop, retry, status read it."],
      ['input abandon', "Input 'abandon' has no effect with command 'validate': only command stop reads it."],
    ]);
  });

  test('an input without effect in the combination is named with the reason', async () => {
    const r = await runAction({ inputs: { command: 'credentials', 'aws-region': 'eu-west-1', 'chain-role-external-id': 'ext-1' }, timeoutMs: 30_000 });
    expect(r.warnings.map((w) => w.message)).toContain("Input 'chain-role-external-id' has no effect: role-to-assume is empty, so no role is assumed (the ambient credentials are used as they are).");
  });

  test('github-token is masked even where the command does not read it', async () => {
    const r = await runAction({ inputs: { command: 'validate', 'github-token': 'ghs_0123456789abcdefABCDEF' }, workspace: workspace() });
    expect(r.masks).toContain('ghs_0123456789abcdefABCDEF');
    expect(r.warnings.map((w) => w.message)).toEqual(["Input 'github-token' has no effect with command 'validate': only commands start, await read it."]);
  });
});
