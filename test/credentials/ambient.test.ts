import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { credSandbox, type CredSandbox } from './sandbox.ts';

let sb: CredSandbox;
const USER_KEY = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', arn: 'arn:aws:iam::444455556666:user/ci' };
const ROLE_KEY = { accessKeyId: 'ASIAIOSFODNN7EXAMPLE', secretAccessKey: 'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY', arn: 'arn:aws:sts::444455556666:assumed-role/runner-instance/i-0abc' };

beforeAll(async () => {
  sb = await credSandbox();
  sb.sts.sts.ambient.push(USER_KEY, ROLE_KEY);
});
afterAll(async () => sb.close());
beforeEach(() => {
  sb.oidc.server.calls.length = 0;
  sb.sts.server.calls.length = 0;
});

const secrets = (): string[] => [...sb.secrets(), USER_KEY.secretAccessKey, ROLE_KEY.secretAccessKey, 'session-token-of-the-instance-role'];

describe('without role-to-assume: the ambient credential chain', () => {
  test('command credentials identifies the ambient credentials with GetCallerIdentity', async () => {
    const r = await sb.run({
      inputs: { 'role-to-assume': '' },
      env: { AWS_ACCESS_KEY_ID: USER_KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: USER_KEY.secretAccessKey },
    });
    expect(r.errors).toEqual([]);
    expect(sb.oidc.server.calls).toHaveLength(0);
    expect(sb.sts.server.calls.map((c) => c.operation)).toEqual(['GetCallerIdentity']);
    expect(String(sb.sts.server.calls[0]!.headers.authorization)).toContain(`Credential=${USER_KEY.accessKeyId}/`);
    expect(r.outputs['aws-account-id']).toBe('444455556666');
    expect(r.outputs['assumed-role-arn']).toBeUndefined();
    // The ambient credentials stay where they are; only the region is exported.
    expect(r.exportedEnv).toEqual({ AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-1' });
    expect(r.masks).toContain(USER_KEY.secretAccessKey);
    expect(r.stdout).toContain('AWS credentials: ambient, arn:aws:iam::444455556666:user/ci');
  });

  test('ambient assumed-role credentials (an earlier configure step, an instance role) give assumed-role-arn', async () => {
    const r = await sb.run({
      inputs: { 'role-to-assume': '' },
      env: { AWS_ACCESS_KEY_ID: ROLE_KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: ROLE_KEY.secretAccessKey, AWS_SESSION_TOKEN: 'session-token-of-the-instance-role' },
    });
    expect(r.code).toBe(0);
    expect(r.outputs['assumed-role-arn']).toBe(ROLE_KEY.arn);
    expect(r.masks).toContain('session-token-of-the-instance-role');
    expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('session-token-of-the-instance-role');
  });

  test('no credentials anywhere: a clear error naming both ways to get them', async () => {
    const r = await sb.run({ inputs: { 'role-to-assume': '' } });
    expect(r.code).toBe(1);
    expect(sb.sts.server.calls).toHaveLength(0);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]!.message).toContain('could not identify the ambient AWS credentials');
    expect(r.errors[0]!.message).toContain('role-to-assume is empty, so the ambient AWS credentials are used, and none were found');
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+\(/);
  });

  test('a missing region is reported as an input error', async () => {
    const r = await sb.run({ env: { AWS_REGION: undefined } });
    expect(r.code).toBe(1);
    expect(r.errors[0]!.message).toContain("Input 'aws-region' is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set");
    expect(sb.oidc.server.calls).toHaveLength(0);
  });

  test('leak scan also covers the ambient keys', async () => {
    const r = await sb.run({ inputs: { 'role-to-assume': '' }, env: { AWS_ACCESS_KEY_ID: USER_KEY.accessKeyId, AWS_SECRET_ACCESS_KEY: USER_KEY.secretAccessKey } });
    expect(r.code).toBe(0);
    const { leaks } = await import('../harness/run-action.ts');
    expect(leaks(r, secrets())).toEqual([]);
  });
});
