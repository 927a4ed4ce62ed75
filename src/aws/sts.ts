/**
 * The STS calls: AssumeRoleWithWebIdentity, AssumeRole (chaining), GetCallerIdentity. SDK
 * retries are off; our policy (retry.ts) decides, with a per-attempt time limit.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import type { STSClient } from '@aws-sdk/client-sts';
import { factsOf, RetryExhausted, withRetry, type RetryEvent, type RetryPolicy } from '../retry/index.js';
import { ambientSource } from './ambient-source.js';
import { accountOf } from './arn.js';
import { awsClientConfig } from './clients.js';
import { describeAwsError } from './describe-error.js';
import { stsError, type StsFailure, type StsStep } from './explain.js';

export const STS_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 4000, deadlineMs: 20000, attemptTimeoutMs: 6000 };

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  /** arn:aws:sts::<account>:assumed-role/<role>/<session> */
  assumedRoleArn: string;
  accountId: string;
}

export interface StsContext {
  region: string;
  env: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  policy?: RetryPolicy;
  /** Called with each credential part the moment STS returns it, before anything can fail. */
  onSecret(value: string): void;
  onRetry?(operation: string, event: RetryEvent): void;
}

type StsModule = typeof import('@aws-sdk/client-sts');
let stsModule: Promise<StsModule> | undefined;
const loadSts = (): Promise<StsModule> => (stsModule ??= import('@aws-sdk/client-sts'));

async function client(ctx: StsContext, credentials: AwsCredentialIdentityProvider | undefined): Promise<{ sts: StsModule; client: STSClient }> {
  const sts = await loadSts();
  const policy = ctx.policy ?? STS_RETRY;
  return { sts, client: new sts.STSClient(awsClientConfig({ region: ctx.region, credentials, env: ctx.env }, { maxAttempts: 1, requestTimeoutMs: policy.attemptTimeoutMs })) };
}

/** Runs one STS operation under our retry policy; failures become explained ActionErrors. */
async function call<T>(ctx: StsContext, operation: string, failure: Omit<StsFailure, 'facts' | 'answer'>, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
  try {
    return await withRetry(
      ({ timeoutMs }) => {
        const limit = AbortSignal.timeout(timeoutMs);
        return send(ctx.signal ? AbortSignal.any([limit, ctx.signal]) : limit);
      },
      {
        policy: ctx.policy ?? STS_RETRY,
        onRetry: (event) => ctx.onRetry?.(operation, event),
        signal: ctx.signal,
      },
    );
  } catch (e) {
    const last = e instanceof RetryExhausted ? e.last : e;
    const outcome = e instanceof RetryExhausted ? e.outcome : undefined;
    throw stsError({ ...failure, answer: describeAwsError(last, 'STS', operation), facts: factsOf(last), outcome, endpoint: endpointLabel(ctx) });
  }
}

function endpointLabel(ctx: StsContext): string {
  return ctx.env.AWS_ENDPOINT_URL_STS || ctx.env.AWS_ENDPOINT_URL || `sts.${ctx.region}.amazonaws.com`;
}

interface StsCredentialsShape {
  Credentials?: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date };
  AssumedRoleUser?: { Arn?: string };
}

/** An STS answer of HTTP 200 that lacks what the operation returns. */
function incomplete(ctx: StsContext, step: StsStep, roleArn: string, operation: string, lacks: string): Error {
  const message = `without ${lacks}`;
  return stsError({ step, roleArn, answer: { service: 'STS', operation, status: 200, message }, facts: { name: 'IncompleteResponse', status: 200, message }, endpoint: endpointLabel(ctx) });
}

/** Masks first, then checks the answer is complete. */
function issued(ctx: StsContext, out: StsCredentialsShape, step: StsStep, roleArn: string, operation: string): IssuedCredentials {
  const c = out.Credentials ?? {};
  for (const part of [c.AccessKeyId, c.SecretAccessKey, c.SessionToken]) if (part) ctx.onSecret(part);
  const arn = out.AssumedRoleUser?.Arn ?? '';
  if (!c.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !(c.Expiration instanceof Date) || Number.isNaN(c.Expiration.getTime()) || arn === '') {
    throw incomplete(ctx, step, roleArn, operation, 'credentials, their expiration or the assumed-role ARN');
  }
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration, assumedRoleArn: arn, accountId: accountOf(arn) };
}

export interface WebIdentityRequest {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  /** Inline session policy JSON or ''. */
  sessionPolicy: string;
  token: string;
}

export async function assumeRoleWithWebIdentity(ctx: StsContext, req: WebIdentityRequest): Promise<IssuedCredentials> {
  const { sts, client: c } = await client(ctx, undefined);
  const input = {
    RoleArn: req.roleArn,
    RoleSessionName: req.sessionName,
    WebIdentityToken: req.token,
    DurationSeconds: req.durationSeconds,
    ...(req.sessionPolicy !== '' ? { Policy: req.sessionPolicy } : {}),
  };
  const out = await call(ctx, 'AssumeRoleWithWebIdentity', { step: 'web-identity', roleArn: req.roleArn, token: req.token }, (abortSignal) =>
    c.send(new sts.AssumeRoleWithWebIdentityCommand(input), { abortSignal }),
  );
  return issued(ctx, out, 'web-identity', req.roleArn, 'AssumeRoleWithWebIdentity');
}

export interface ChainRequest {
  roleArn: string;
  sessionName: string;
  durationSeconds: number;
  externalId: string;
}

export async function assumeChainedRole(ctx: StsContext, source: IssuedCredentials, req: ChainRequest): Promise<IssuedCredentials> {
  const identity: AwsCredentialIdentity = { accessKeyId: source.accessKeyId, secretAccessKey: source.secretAccessKey, sessionToken: source.sessionToken, expiration: source.expiration };
  const { sts, client: c } = await client(ctx, async () => identity);
  const input = {
    RoleArn: req.roleArn,
    RoleSessionName: req.sessionName,
    // Role chaining limits the session to one hour.
    DurationSeconds: Math.min(req.durationSeconds, 3600),
    ...(req.externalId !== '' ? { ExternalId: req.externalId } : {}),
  };
  const out = await call(ctx, 'AssumeRole', { step: 'chain', roleArn: req.roleArn, sourceArn: source.assumedRoleArn }, (abortSignal) =>
    c.send(new sts.AssumeRoleCommand(input), { abortSignal }),
  );
  return issued(ctx, out, 'chain', req.roleArn, 'AssumeRole');
}

export interface CallerIdentity {
  account: string;
  arn: string;
  /** Expiry of the ambient credentials, when they have one. */
  expiration?: Date;
}

/** GetCallerIdentity with the ambient (SDK default chain) credentials. */
export async function ambientIdentity(ctx: StsContext): Promise<CallerIdentity> {
  const { sts, client: c } = await client(ctx, undefined);
  let expiration: Date | undefined;
  let source: string;
  try {
    const ambient = await c.config.credentials();
    for (const part of [ambient.accessKeyId, ambient.secretAccessKey, ambient.sessionToken]) if (part) ctx.onSecret(part);
    expiration = ambient.expiration;
    source = ambientSource(ambient, ctx.env);
  } catch (e) {
    throw stsError({ step: 'caller-identity', roleArn: '', answer: describeAwsError(e, 'STS', 'GetCallerIdentity'), facts: factsOf(e) });
  }
  const out = await call(ctx, 'GetCallerIdentity', { step: 'caller-identity', roleArn: '', ambientSource: source }, (abortSignal) => c.send(new sts.GetCallerIdentityCommand({}), { abortSignal }));
  if (!out.Arn) throw incomplete(ctx, 'caller-identity', '', 'GetCallerIdentity', 'the caller ARN');
  return { account: out.Account || accountOf(out.Arn), arn: out.Arn, expiration };
}
