import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { CHAIN_ROLE, credSandbox, ROLE, type CredSandbox } from './sandbox.ts';

let sb: CredSandbox;
beforeAll(async () => {
  sb = await credSandbox();
});
afterAll(async () => sb.close());
beforeEach(() => {
  sb.oidc.server.calls.length = 0;
  sb.sts.server.calls.length = 0;
  sb.oidc.server.clearFaults();
  sb.sts.server.clearFaults();
  sb.sts.sts.reset();
  sb.oidc.oidc.clearScript();
});

const NO_STACK = /\n\s+at .+\(/;
const stsOps = (): string[] => sb.sts.server.calls.map((c) => c.operation);

/** A loopback port with nothing listening. */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

describe('STS failures that retrying cannot fix fail at once, explained', () => {
  test('AccessDenied prints the token claims and the trust-policy condition that would match', async () => {
    sb.sts.sts.trust[ROLE] = { sub: 'repo:acme/shop:environment:production' };
    const r = await sb.run();
    expect(r.code).toBe(1);
    expect(stsOps()).toEqual(['AssumeRoleWithWebIdentity']);
    expect(r.errors).toHaveLength(1);
    const m = r.errors[0]!.message;
    expect(m).toContain(`STS AssumeRoleWithWebIdentity could not assume ${ROLE} (HTTP 403 AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity; request id `);
    for (const line of ['sub: repo:acme/shop:ref:refs/heads/main', 'aud: sts.amazonaws.com', 'repository: acme/shop', 'ref: refs/heads/main', 'job_workflow_ref: acme/shop/.github/workflows/deploy.yml@refs/heads/main']) {
      expect(m).toContain(line);
    }
    expect(m).toContain('"token.actions.githubusercontent.com:sub": "repo:acme/shop:ref:refs/heads/main"');
    expect(m).toContain('"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"');
    expect(m).toContain('"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"');
    // The proposal is exact (StringEquals on sub and aud), never a wildcard, and says why.
    const statement = JSON.parse(/\n( {2}\{\n[\s\S]*?\n {2}\})\n/.exec(m)![1]!) as { Condition: Record<string, Record<string, string>> };
    expect(statement.Condition).toEqual({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:acme/shop:ref:refs/heads/main' },
    });
    expect(m).not.toMatch(/StringLike with|"StringLike"/);
    expect(m).toContain("Avoid StringLike wildcards such as 'repo:OWNER/REPO:*': it admits every branch, every pull request and every environment of the repository");
    expect(m).toContain("trust only 'repo:OWNER/REPO:environment:NAME'");
    expect(r.stdout + r.stderr).not.toMatch(NO_STACK);
    expect(r.outputs['aws-account-id']).toBeUndefined();
  });

  test('AccessDenied for a job in an environment shows the environment claim and sub', async () => {
    const env = await credSandbox({ environment: 'production' });
    try {
      env.sts.sts.trust[ROLE] = { sub: 'repo:acme/shop:ref:refs/heads/main' };
      const r = await env.run();
      expect(r.code).toBe(1);
      expect(r.errors[0]!.message).toContain('environment: production');
      expect(r.errors[0]!.message).toContain('"token.actions.githubusercontent.com:sub": "repo:acme/shop:environment:production"');
    } finally {
      await env.close();
    }
  });

  test('ValidationError (duration above the role maximum) fails after one call with what to change', async () => {
    const r = await sb.run({ inputs: { 'role-duration-seconds': '7200' } });
    expect(r.code).toBe(1);
    expect(stsOps()).toEqual(['AssumeRoleWithWebIdentity']);
    expect(r.errors[0]!.message).toContain('(HTTP 400 ValidationError: The requested DurationSeconds exceeds the MaxSessionDuration set for this role; request id ');
    expect(r.errors[0]!.message).toContain('lower it, or raise "Maximum session duration" on the role');
  });

  test('InvalidIdentityToken for a missing identity provider is not retried', async () => {
    sb.sts.sts.failNext({ code: 'InvalidIdentityToken', message: 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com', times: 5 });
    const r = await sb.run();
    expect(r.code).toBe(1);
    expect(stsOps()).toHaveLength(1);
    expect(r.errors[0]!.message).toContain('has no IAM OIDC identity provider for GitHub');
  });

  test('AccessDenied on the chained role says what both sides must allow', async () => {
    sb.sts.sts.chainTrust[CHAIN_ROLE] = { source: 'arn:aws:iam::123456789012:role/someone-else' };
    const r = await sb.run({ inputs: { 'chain-role-to-assume': CHAIN_ROLE } });
    expect(r.code).toBe(1);
    expect(stsOps()).toEqual(['AssumeRoleWithWebIdentity', 'AssumeRole']);
    const m = r.errors[0]!.message;
    expect(m).toContain(`STS AssumeRole could not assume ${CHAIN_ROLE} (HTTP 403 AccessDenied: User: arn:aws:sts::123456789012:assumed-role/github-deploy/`);
    expect(m).toContain('"Principal": {"AWS": "arn:aws:iam::123456789012:role/github-deploy"}');
    expect(m).toContain(`allow "sts:AssumeRole" on ${CHAIN_ROLE}`);
  });
});

describe('STS failures that can pass are retried with backoff', () => {
  test.each([
    ['Throttling', 2],
    ['IDPCommunicationError', 1],
    ['InternalFailure', 1],
  ])('%s x%d, then success', async (code, times) => {
    sb.sts.sts.failNext({ code, times });
    const r = await sb.run();
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
    expect(stsOps()).toHaveLength(times + 1);
    expect(r.stdout).toMatch(new RegExp(`STS AssumeRoleWithWebIdentity: HTTP \\d{3} ${code}: `));
    expect(r.stdout).toMatch(/retrying in \d+\.\d s \(attempt 2 of 5\)/);
    expect(r.outputs['aws-account-id']).toBe('123456789012');
  });

  test('503 and a reset connection are retried', async () => {
    sb.sts.server.fault({ kind: '5xx', times: 1 });
    sb.sts.server.fault({ kind: 'reset', times: 1 });
    const r = await sb.run();
    expect(r.code).toBe(0);
    expect(stsOps()).toHaveLength(3);
  });

  test('an STS answer slower than the per-request limit is abandoned and retried', async () => {
    sb.sts.server.fault({ kind: 'slow', delayMs: 8000, times: 1 });
    const r = await sb.run();
    expect(r.code).toBe(0);
    expect(stsOps()).toHaveLength(2);
    expect(r.durationMs).toBeLessThan(14000);
  });

  test('throttling that never stops ends with a clear error after the attempt budget', async () => {
    sb.sts.sts.failNext({ code: 'Throttling', times: 100 });
    const r = await sb.run();
    expect(r.code).toBe(1);
    expect(stsOps()).toHaveLength(5);
    expect(r.errors[0]!.message).toMatch(/STS AssumeRoleWithWebIdentity could not assume .* after 5 attempts in \d+\.\d s \(HTTP 400 Throttling: Rate exceeded; request id [\w-]+\)/);
    expect(r.errors[0]!.message).toContain('Re-run the job');
    expect(r.durationMs).toBeLessThan(25000);
  });

  test('an unreachable STS endpoint fails within the deadline, naming the endpoint', async () => {
    const port = await closedPort();
    const r = await sb.run({ env: { AWS_ENDPOINT_URL_STS: `http://127.0.0.1:${port}` } });
    expect(r.code).toBe(1);
    expect(r.errors[0]!.message).toContain('ECONNREFUSED');
    expect(r.errors[0]!.message).toContain(`at http://127.0.0.1:${port}`);
    expect(r.durationMs).toBeLessThan(25000);
  });
});

describe('the GitHub OIDC token', () => {
  test('missing request variables: the job lacks id-token: write (and forks never get a token)', async () => {
    const r = await sb.run({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined } });
    expect(r.code).toBe(1);
    expect(sb.oidc.server.calls).toHaveLength(0);
    expect(stsOps()).toHaveLength(0);
    const m = r.errors[0]!.message;
    expect(m).toContain("The job lacks 'permissions: id-token: write'");
    expect(m).toContain('ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set');
    expect(m).toContain('Pull requests from forks never receive an OIDC token');
  });

  test('an unreachable token endpoint fails with a clear error within 15 s', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/_apis/idtoken?api-version=2.0`;
    const r = await sb.run({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: url } });
    expect(r.code).toBe(1);
    expect(r.durationMs).toBeLessThan(15000);
    expect(r.errors[0]!.message).toMatch(new RegExp(`Could not get a GitHub OIDC token from 127\\.0\\.0\\.1:${port}: .*ECONNREFUSED.* \\(\\d attempts in \\d+\\.\\d s\\)`));
    expect(r.errors[0]!.message).toContain('HTTPS_PROXY');
  });

  test('a token endpoint that accepts but never answers fails within 15 s', async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((s) => void sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const { port } = silent.address() as AddressInfo;
    const r = await sb.run({ env: { ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/_apis/idtoken?api-version=2.0` } }).finally(() => {
      sockets.forEach((s) => s.destroy());
      silent.close();
    });
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    expect(r.code).toBe(1);
    expect(r.durationMs).toBeLessThan(15000);
    expect(r.errors[0]!.message).toMatch(/Could not get a GitHub OIDC token from 127\.0\.0\.1:\d+: no answer from 127\.0\.0\.1:\d+ within \d\.\d s/);
    expect(stsOps()).toHaveLength(0);
  });

  test('a refused bearer fails at once', async () => {
    const r = await sb.run({ env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'not-the-right-one' } });
    expect(r.code).toBe(1);
    expect(sb.oidc.server.calls).toHaveLength(1);
    expect(r.errors[0]!.message).toContain('refused the request: HTTP 401');
    expect(r.stdout).not.toContain('not-the-right-one');
  });

  test('503 and 429 from the token endpoint are retried', async () => {
    sb.oidc.server.fault({ kind: '5xx', times: 1 });
    sb.oidc.server.fault({ kind: 'throttle', times: 1 });
    const r = await sb.run();
    expect(r.code).toBe(0);
    expect(sb.oidc.server.calls).toHaveLength(3);
    expect(r.stdout).toContain('GitHub OIDC token: HTTP 503: {"message":"Service unavailable"}; retrying in');
    expect(r.stdout).not.toContain('TokenHttpError');
  });
});
