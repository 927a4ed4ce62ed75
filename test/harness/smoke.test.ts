import { describe, expect, test } from '@jest/globals';
import { runAction } from './run-action.ts';

describe('bundled action: input checking', () => {
  test('an unknown command fails with one clear error naming the input', async () => {
    const r = await runAction({ inputs: { command: 'deploy-everything' } });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toContain("Input 'command' is 'deploy-everything'");
    expect(r.errors[0]?.message).toContain('for example: command:');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  });

  test('a boolean input must be exactly true or false', async () => {
    const r = await runAction({ inputs: { command: 'start', 'pipeline-name': 'p', wait: 'yes' } });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toMatch(/Input 'wait' is 'yes'[\s\S]*'true' or 'false'/);
  });

  test('a NAME=VALUE list error names the input and the line', async () => {
    const r = await runAction({ inputs: { command: 'start', 'pipeline-name': 'p', variables: 'A=1\n\nnot a pair\n' } });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("Input 'variables' line 3");
  });

  test('a number out of range is reported with the range', async () => {
    // role-duration-seconds is read only with role-to-assume (without it, it has no effect and is not checked).
    const r = await runAction({ inputs: { command: 'credentials', 'role-to-assume': 'arn:aws:iam::123456789012:role/deploy', 'role-duration-seconds': '60' } });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain('from 900 to 43200 seconds');
  });

  test('a command needing an input says which', async () => {
    const r = await runAction({ inputs: { command: 'stop' } });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("Input 'pipeline-name' is required by command 'stop'");
  });

  test('the example for a missing required input is a value of that input', async () => {
    const r = await runAction({ inputs: { command: 'approve', 'pipeline-name': 'p', 'approval-stage': 'Approve' } });
    expect(r.code).toBe(1);
    expect(r.errors[0]?.message).toContain("Input 'approval-action' is required by command 'approve'");
    expect(r.errors[0]?.message).toContain('for example: approval-action: ManualApproval');
  });
});
