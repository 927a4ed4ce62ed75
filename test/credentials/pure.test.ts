import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { classify, factsOf } from '../../src/retry/classify.ts';
import { matchingTrustStatement, decodeClaims, claimLines } from '../../src/aws/jwt.ts';
import { refreshLeadMs, refreshingProvider } from '../../src/aws/provider.ts';
import { RetryExhausted, withRetry, type RetryPolicy } from '../../src/retry/retry.ts';
import type { Clock } from '../../src/clock.ts';
import { defaultSessionName } from '../../src/aws/session-name.ts';
import { runContext } from '../../src/inputs/run-context.ts';
import type { IssuedCredentials } from '../../src/aws/sts.ts';
import { answerText, describeAwsError, failureLine } from '../../src/aws/describe-error.ts';
import { isHttpUrl } from '../../src/aws/endpoints.ts';

function fakeClock(r = 1): Clock & { sleeps: number[]; t: number } {
  const c = {
    t: 0,
    sleeps: [] as number[],
    now: () => c.t,
    random: () => r,
    sleep: async (ms: number) => {
      c.sleeps.push(ms);
      c.t += ms;
    },
  };
  return c;
}

const POLICY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1000, deadlineMs: 60000, attemptTimeoutMs: 5000 };

describe('retry policy', () => {
  test('never sleeps after the last attempt', async () => {
    const clock = fakeClock();
    let calls = 0;
    const err = await withRetry(async () => {
      calls++;
      throw Object.assign(new Error('x'), { name: 'InternalFailure' });
    }, { policy: POLICY, isRetryable: () => true, clock }).catch((e: unknown) => e);
    expect(calls).toBe(4);
    expect(clock.sleeps).toEqual([100, 200, 400]);
    expect(err).toBeInstanceOf(RetryExhausted);
    expect((err as RetryExhausted).outcome).toMatchObject({ attempts: 4, reason: 'attempts' });
  });

  test('a permanent error is not retried', async () => {
    const clock = fakeClock();
    let calls = 0;
    const err = await withRetry(async () => {
      calls++;
      throw new Error('AccessDenied');
    }, { policy: POLICY, isRetryable: () => false, clock }).catch((e: unknown) => e);
    expect(calls).toBe(1);
    expect(clock.sleeps).toEqual([]);
    expect((err as RetryExhausted).outcome.reason).toBe('permanent');
  });

  test('stops instead of sleeping past the deadline, and hands each attempt the time left', async () => {
    const clock = fakeClock();
    const budgets: number[] = [];
    const err = await withRetry(async ({ timeoutMs }) => {
      budgets.push(timeoutMs);
      clock.t += timeoutMs;
      throw new Error('timeout');
    }, { policy: { ...POLICY, maxAttempts: 10, deadlineMs: 12000 }, isRetryable: () => true, clock }).catch((e: unknown) => e);
    expect((err as RetryExhausted).outcome.reason).toBe('deadline');
    expect(budgets[0]).toBe(5000);
    expect(budgets.every((b) => b <= 5000)).toBe(true);
    expect(clock.t).toBeLessThanOrEqual(12000);
  });

  test('the elapsed time is bounded by the deadline for any failure timing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 8000 }), { minLength: 1, maxLength: 20 }), fc.double({ min: 0, max: 1, noNaN: true }), async (durations, r) => {
        const clock = fakeClock(r);
        let i = 0;
        await withRetry(async ({ timeoutMs }) => {
          clock.t += Math.min(timeoutMs, durations[i++ % durations.length]!);
          throw new Error('x');
        }, { policy: { ...POLICY, maxAttempts: 8, deadlineMs: 11000, attemptTimeoutMs: 4000 }, isRetryable: () => true, clock }).catch(() => undefined);
        expect(clock.t).toBeLessThanOrEqual(11000);
      }),
      { numRuns: 200 },
    );
  });
});

describe('failure classes', () => {
  test.each([
    [{ name: 'Throttling' }, 'throttling'],
    [{ name: 'AccessDenied', status: 403 }, 'permanent'],
    [{ name: 'ValidationError', status: 400 }, 'permanent'],
    [{ name: 'IDPCommunicationError', status: 400 }, 'transient'],
    [{ name: 'InvalidIdentityToken', message: "Couldn't retrieve verification key from your identity provider" }, 'permanent'],
    [{ name: 'InvalidIdentityToken', message: 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com' }, 'permanent'],
    [{ name: 'InvalidIdentityToken', message: 'Incorrect token audience' }, 'permanent'],
    [{ name: 'Error', code: 'ECONNREFUSED' }, 'transient'],
    [{ name: 'TimeoutError' }, 'transient'],
    [{ name: 'ServiceUnavailable', status: 503 }, 'transient'],
    [{ name: 'ThrottlingException', status: 400 }, 'throttling'],
    [{ name: 'AnythingElse', status: 502 }, 'transient'],
    [{ name: 'AccessDeniedException', status: 403 }, 'permanent'],
    [{ status: 429 }, 'throttling'],
  ] as const)('%j is %s', (facts, expected) => {
    expect(classify(facts)).toBe(expected);
  });

  test('SDK exception names are read as the AWS error code', () => {
    expect(factsOf(Object.assign(new Error('m'), { name: 'IDPCommunicationErrorException', $metadata: { httpStatusCode: 400 } }))).toEqual({ name: 'IDPCommunicationError', code: undefined, status: 400, message: 'm' });
  });
});

describe('default role session name', () => {
  test('traceable to the run', () => {
    expect(defaultSessionName(runContext({ GITHUB_REPOSITORY: 'acme/shop', GITHUB_RUN_ID: '9876543210', GITHUB_RUN_ATTEMPT: '2' }))).toBe('gh-acme-shop-9876543210-2');
  });

  test('always valid for STS and keeps the run id and attempt', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), fc.stringMatching(/^[0-9]{1,20}$/), fc.stringMatching(/^[0-9]{1,3}$/), (owner, repo, runId, attempt) => {
        const name = defaultSessionName(runContext({ GITHUB_REPOSITORY: `${owner}/${repo}`, GITHUB_RUN_ID: runId, GITHUB_RUN_ATTEMPT: attempt }));
        expect(name).toMatch(/^[\w+=,.@-]{2,64}$/);
        expect(name.endsWith(`-${runId}-${attempt}`)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('outside Actions still valid', () => {
    expect(defaultSessionName(runContext({}), new Date(1700000000000))).toBe('gh-aphex-pipeline-1700000000000');
  });
});

describe('token claims', () => {
  const token = (claims: object): string => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

  test('trust statement for a GHES issuer uses the issuer host as condition key', () => {
    const claims = decodeClaims(token({ iss: 'https://ghes.example.com/_services/token', sub: 'repo:a/b:pull_request', aud: 'sts.amazonaws.com' }))!;
    const st = matchingTrustStatement(claims, 'arn:aws-us-gov:iam::111122223333:role/r');
    expect(st).toEqual({
      Effect: 'Allow',
      Principal: { Federated: 'arn:aws-us-gov:iam::111122223333:oidc-provider/ghes.example.com/_services/token' },
      Action: 'sts:AssumeRoleWithWebIdentity',
      Condition: { StringEquals: { 'ghes.example.com/_services/token:aud': 'sts.amazonaws.com', 'ghes.example.com/_services/token:sub': 'repo:a/b:pull_request' } },
    });
  });

  test('a token without sub still gets an exact condition, never a wildcard', () => {
    const st = matchingTrustStatement(decodeClaims(token({ aud: 'sts.amazonaws.com' }))!, 'arn:aws:iam::111122223333:role/r');
    expect(JSON.stringify(st)).not.toContain('*');
    expect(JSON.stringify(st)).not.toContain('StringLike');
  });

  test('only identifying claims are listed', () => {
    const lines = claimLines(decodeClaims(token({ sub: 's', aud: ['a', 'b'], jti: 'secret-ish', run_id: '1' }))!);
    expect(lines).toEqual(['  sub: s', '  aud: a,b']);
  });

  test('garbage is no claims', () => {
    expect(decodeClaims('not-a-jwt')).toBeUndefined();
    expect(decodeClaims('a.!!!.c')).toBeUndefined();
  });
});

describe('renewing provider', () => {
  const creds = (n: number, expiresAt: number): IssuedCredentials => ({
    accessKeyId: `AK${n}`, secretAccessKey: `S${n}`, sessionToken: `T${n}`, expiration: new Date(expiresAt), assumedRoleArn: 'arn:aws:sts::1:assumed-role/r/s', accountId: '1',
  });

  test('renews a quarter of the lifetime (at most 5 minutes) before expiry, once for concurrent callers', async () => {
    let t = 0;
    let issued = 0;
    const p = refreshingProvider(creds(0, 3600_000), async () => creds(++issued, t + 3600_000), { now: () => t });
    expect(refreshLeadMs(3600_000)).toBe(300_000);
    expect(refreshLeadMs(20_000)).toBe(5_000);
    t = 3600_000 - 300_001;
    expect((await p.provider()).accessKeyId).toBe('AK0');
    t = 3600_000 - 299_000;
    const [a, b] = await Promise.all([p.provider(), p.provider()]);
    expect([a.accessKeyId, b.accessKeyId]).toEqual(['AK1', 'AK1']);
    expect(p.refreshes()).toBe(1);
  });

  test('a failed renewal keeps valid credentials, and fails once they expired', async () => {
    let t = 0;
    const failures: unknown[] = [];
    const p = refreshingProvider(creds(0, 100_000), async () => {
      throw new Error('sts down');
    }, { now: () => t, onRefreshFailed: (e) => failures.push(e) });
    t = 90_000;
    expect((await p.provider()).accessKeyId).toBe('AK0');
    expect(failures).toHaveLength(1);
    t = 100_000;
    await expect(p.provider()).rejects.toThrow('sts down');
  });
});

describe('AWS failures in the action\'s words', () => {
  const sdkAdvice = '\n  Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.';

  test('a JSON parse failure whose body was not kept: the snippet JSON.parse quoted, no SDK advice', () => {
    const e = Object.assign(new SyntaxError(`Unexpected token '<', "<html><bod"... is not valid JSON${sdkAdvice}`), {
      $metadata: { httpStatusCode: 500 },
      $response: { statusCode: 500, headers: { 'content-type': 'text/html; charset=utf-8' }, body: {} },
    });
    const line = failureLine(describeAwsError(e, 'CodePipeline', 'ListPipelineExecutions'));
    expect(line).toBe("CodePipeline ListPipelineExecutions failed: HTTP 500 with a body that is not an AWS answer (text/html: '<html><bod…'); AWS error code unknown.");
  });

  test('a modelled AWS error keeps its code, status and request id', () => {
    const e = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $fault: 'client', $metadata: { httpStatusCode: 400, requestId: 'r-1', attempts: 3 } });
    expect(failureLine(describeAwsError(e, 'EKS', 'DescribeCluster'))).toBe('EKS DescribeCluster failed after 3 attempts: HTTP 400 ThrottlingException: Rate exceeded; request id r-1.');
  });

  test('a success answer the SDK could not read: its reason and the start of the body', () => {
    const body = '{"pipeline":{"name":"shop","roleArn":"arn:aws:iam::123456789012:role/x"},"metadata":{"created":"2026-11-29T21:00:25Z"}}';
    const e = Object.assign(new TypeError(`Expected real number, got implicit NaN${sdkAdvice}`), {
      $response: { statusCode: 200, headers: { 'content-type': 'application/x-amz-json-1.1' }, body: new TextEncoder().encode(body) },
    });
    expect(failureLine(describeAwsError(e, 'CodePipeline', 'GetPipeline'))).toBe(
      `CodePipeline GetPipeline failed: HTTP 200 with an answer the AWS SDK could not read: Expected real number, got implicit NaN (application/x-amz-json-1.1: '${body.slice(0, 80)}…').`,
    );
  });

  test('no answer at all is said so, with the socket error', () => {
    const e = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED', $metadata: { attempts: 1 } });
    expect(answerText(describeAwsError(e, 'STS', 'GetCallerIdentity'))).toBe('no HTTP answer (connect ECONNREFUSED 127.0.0.1:9)');
  });

  test('any body is shown bounded, on one line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.integer({ min: 400, max: 599 }), (body, status) => {
        const e = Object.assign(new Error('Unknown'), { name: 'Unknown', $fault: 'server', $metadata: { httpStatusCode: status }, $response: { statusCode: status, headers: {}, body: new TextEncoder().encode(body) } });
        const line = failureLine(describeAwsError(e, 'STS', 'AssumeRole'));
        expect(line.startsWith(`STS AssumeRole failed: HTTP ${status} `)).toBe(true);
        expect(line).not.toMatch(/[\n\r]/);
        expect(line.length).toBeLessThan(400);
      }),
      { numRuns: 300 },
    );
  });

  test('endpoint variables: only absolute http(s) URLs pass', () => {
    expect(['https://sts.eu-west-1.amazonaws.com', 'http://127.0.0.1:5000', 'https://x.example/path?q=1'].every(isHttpUrl)).toBe(true);
    expect(['not a url', 'sts.eu-west-1.amazonaws.com', 'ftp://x.example', 'file:///etc/passwd', ''].some(isHttpUrl)).toBe(false);
  });
});
