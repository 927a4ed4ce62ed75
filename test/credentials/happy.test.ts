import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { CHAIN_ROLE, credSandbox, lineIndex, ROLE, type CredSandbox } from './sandbox.ts';

let sb: CredSandbox;
beforeAll(async () => {
  sb = await credSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => {
  sb.oidc.server.calls.length = 0;
  sb.sts.server.calls.length = 0;
  sb.sts.sts.lifetimeSec = undefined;
});

describe('credentials from the GitHub OIDC token', () => {
  test('happy path: two HTTP calls, outputs, masked and exported credentials', async () => {
    const r = await sb.run();
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(sb.oidc.server.calls).toHaveLength(1);
    expect(sb.sts.server.calls.map((c) => c.operation)).toEqual(['AssumeRoleWithWebIdentity']);
    const key = sb.sts.sts.issued[sb.sts.sts.issued.length - 1]!;
    expect(r.outputs['aws-account-id']).toBe('123456789012');
    expect(r.outputs['assumed-role-arn']).toBe('arn:aws:sts::123456789012:assumed-role/github-deploy/gh-acme-shop-9876543210-1');
    expect(r.outputs['credentials-expiration']).toBe(key.expiration.toISOString());
    expect(r.outputs['credentials-expiration']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/);
    expect(r.exportedEnv).toEqual({
      AWS_ACCESS_KEY_ID: key.accessKeyId,
      AWS_SECRET_ACCESS_KEY: key.secretAccessKey,
      AWS_SESSION_TOKEN: key.sessionToken,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });
    for (const secret of [key.accessKeyId, key.secretAccessKey, key.sessionToken, sb.oidc.oidc.issued.at(-1)!]) expect(r.masks).toContain(secret);
    expect(r.summary).toContain('123456789012');
  });

  test('the three parts are masked before any other line the credentials produce', async () => {
    const r = await sb.run();
    const key = sb.sts.sts.issued.at(-1)!;
    const masked = Math.max(...[key.accessKeyId, key.secretAccessKey, key.sessionToken].map((s) => lineIndex(r, `::add-mask::${s}`)));
    expect(masked).toBeGreaterThanOrEqual(0);
    expect(lineIndex(r, 'AWS credentials:')).toBeGreaterThan(masked);
    // The OIDC token is masked before STS is called with it (and so before any error can name it).
    expect(lineIndex(r, `::add-mask::${sb.oidc.oidc.issued.at(-1)}`)).toBeLessThan(masked);
  });

  test('STS receives the audience, session name, duration and session policy as given', async () => {
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"codepipeline:*","Resource":"*"}]}';
    const r = await sb.run({
      inputs: { audience: 'sts.amazonaws.com', 'role-session-name': 'release-7', 'role-duration-seconds': '900', 'session-policy': policy },
    });
    expect(r.code).toBe(0);
    expect(sb.oidc.oidc.audiences.at(-1)).toBe('sts.amazonaws.com');
    expect(sb.oidc.server.calls[0]!.path).toMatch(/\/idtoken\?api-version=2\.0&audience=sts\.amazonaws\.com$/);
    expect(sb.oidc.server.calls[0]!.headers.authorization).toBe(`Bearer ${sb.oidc.oidc.requestToken}`);
    const p = new URLSearchParams(sb.sts.server.calls[0]!.body);
    expect(p.get('RoleArn')).toBe(ROLE);
    expect(p.get('RoleSessionName')).toBe('release-7');
    expect(p.get('DurationSeconds')).toBe('900');
    expect(JSON.parse(p.get('Policy')!)).toEqual(JSON.parse(policy));
    expect(p.get('WebIdentityToken')).toBe(sb.oidc.oidc.issued.at(-1));
    expect(r.outputs['assumed-role-arn']).toMatch(/\/release-7$/);
  });

  test('a custom audience is url-encoded into the token request', async () => {
    const r = await sb.run({ inputs: { audience: 'https://example.com/a b' } });
    expect(r.code).toBe(0);
    expect(sb.oidc.server.calls[0]!.path).toContain('&audience=https%3A%2F%2Fexample.com%2Fa%20b');
    expect(sb.oidc.oidc.audiences.at(-1)).toBe('https://example.com/a b');
  });

  test('the default session name is traceable to the run and valid for STS', async () => {
    const long = 'a-very-long-organisation-name/an-even-longer-repository-name-for-testing';
    const r = await sb.run({ env: { GITHUB_REPOSITORY: long, GITHUB_RUN_ID: '123456789012', GITHUB_RUN_ATTEMPT: '3' } });
    expect(r.code).toBe(0);
    const name = new URLSearchParams(sb.sts.server.calls[0]!.body).get('RoleSessionName')!;
    expect(name).toMatch(/^gh-a-very-long-organisation-name-an-even-.*-123456789012-3$/);
    expect(name.length).toBeLessThanOrEqual(64);
  });

  test('chaining: the second role is assumed with the first credentials and becomes the output', async () => {
    sb.sts.sts.chainTrust[CHAIN_ROLE] = { source: ROLE, externalId: 'ext-1234' };
    const r = await sb.run({ inputs: { 'chain-role-to-assume': CHAIN_ROLE, 'chain-role-external-id': 'ext-1234', 'role-duration-seconds': '3600' } });
    expect(r.errors).toEqual([]);
    expect(sb.sts.server.calls.map((c) => c.operation)).toEqual(['AssumeRoleWithWebIdentity', 'AssumeRole']);
    const [first, second] = sb.sts.sts.issued.slice(-2);
    expect(String(sb.sts.server.calls[1]!.headers.authorization)).toContain(`Credential=${first!.accessKeyId}/`);
    expect(sb.sts.server.calls[1]!.headers['x-amz-security-token']).toBe(first!.sessionToken);
    expect(new URLSearchParams(sb.sts.server.calls[1]!.body).get('ExternalId')).toBe('ext-1234');
    expect(r.outputs['aws-account-id']).toBe('210987654321');
    expect(r.outputs['assumed-role-arn']).toBe(`arn:aws:sts::210987654321:assumed-role/env-deployer/gh-acme-shop-9876543210-1`);
    expect(r.exportedEnv.AWS_ACCESS_KEY_ID).toBe(second!.accessKeyId);
    for (const s of [first!.secretAccessKey, first!.sessionToken, second!.secretAccessKey, second!.sessionToken]) expect(r.masks).toContain(s);
    expect(r.stdout).toContain('chained from arn:aws:sts::123456789012:assumed-role/github-deploy/');
  });

  test('chaining with a long duration asks for the one-hour chaining maximum', async () => {
    delete sb.sts.sts.chainTrust[CHAIN_ROLE];
    sb.sts.sts.maxSessionSec = 43200;
    const r = await sb.run({ inputs: { 'chain-role-to-assume': CHAIN_ROLE, 'role-duration-seconds': '7200' } });
    sb.sts.sts.maxSessionSec = 3600;
    expect(r.code).toBe(0);
    expect(new URLSearchParams(sb.sts.server.calls[0]!.body).get('DurationSeconds')).toBe('7200');
    expect(new URLSearchParams(sb.sts.server.calls[1]!.body).get('DurationSeconds')).toBe('3600');
  });

  test('AWS_ENDPOINT_URL (all services) reaches STS when no service-specific endpoint is set', async () => {
    const r = await sb.run({ env: { AWS_ENDPOINT_URL_STS: undefined, AWS_ENDPOINT_URL: sb.sts.server.url } });
    expect(r.code).toBe(0);
    expect(sb.sts.server.calls).toHaveLength(1);
  });

  test('the log names the role session, the token subject and the expiry, never a secret', async () => {
    const r = await sb.run();
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('AWS credentials: arn:aws:sts::123456789012:assumed-role/github-deploy/gh-acme-shop-9876543210-1');
    expect(r.stdout).toContain('from GitHub OIDC token with sub repo:acme/shop:ref:refs/heads/main');
    expect(r.stdout).toContain(`expire at ${r.outputs['credentials-expiration']}`);
  });
});
