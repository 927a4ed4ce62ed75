/**
 * AWS access of the environment steps. The pod's own credentials come from the SDK's default
 * chain (on EKS: IRSA, AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN). With `--role-arn`, the
 * script assumes that role with them (one hour, the most role chaining allows) and hands the
 * credentials to the CDK CLI and the tests as AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN. Every credential part is redacted from the output the moment it arrives.
 */
import type { AssumeRoleCommandOutput } from '@aws-sdk/client-sts';
import { accountOf } from '../aws/arn.js';
import { awsClientConfig } from '../aws/clients.js';
import { answerText, describeAwsError, type AwsFailure } from '../aws/describe-error.js';
import { STS_RETRY } from '../aws/sts.js';
import { RetryExhausted, withRetry } from '../retry/index.js';
import type { TargetArgs } from './args.js';
import { EXIT, ScriptError } from './cli.js';
import type { Redactor } from './redact.js';

export interface RoleCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: Date;
  assumedRoleArn: string;
}

export interface AssumeRequest {
  target: TargetArgs;
  /** Role session name: [\w+=,.@-], 2 to 64 characters. */
  sessionName: string;
  env: NodeJS.ProcessEnv;
  secrets: Redactor;
  signal?: AbortSignal;
}

/** `aphex-<pipeline>-<start of the run id>`, within STS's limits. */
export function sessionName(pipeline: string, runId: string): string {
  return `aphex-${pipeline}-${runId}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}

function pod(env: NodeJS.ProcessEnv): string {
  return env.AWS_ROLE_ARN ? `the pod's IAM role ${env.AWS_ROLE_ARN} (IRSA)` : "the pod's AWS credentials";
}

function assumeError(req: AssumeRequest, f: AwsFailure, tries: string): ScriptError {
  const role = req.target.roleArn;
  const env = req.target.environment;
  const details = { environment: env, role_arn: role, aws_error: f.code ?? null };
  if (f.code === 'CredentialsProviderError' || /Could not load credentials/i.test(f.message)) {
    return new ScriptError(EXIT.environment, `No AWS credentials in the pod to assume ${role} with (${f.message}).`, {
      hint: "Give the Workflow's service account an IAM role: on EKS, annotate it with eks.amazonaws.com/role-arn (IRSA), whose permissions allow sts:AssumeRole on the environment roles.",
      details,
    });
  }
  if (/AssumeRoleWithWebIdentity/.test(f.message) || f.code === 'InvalidIdentityToken' || f.code === 'ExpiredTokenException') {
    return new ScriptError(EXIT.environment, `The pod's web identity (IRSA) was refused before ${role} could be assumed (${answerText(f)}).`, {
      hint: `Check ${pod(req.env)}: its trust policy must accept the cluster's OIDC provider and this service account (system:serviceaccount:<namespace>:<service account>).`,
      details,
    });
  }
  if (f.code === 'AccessDenied') {
    return new ScriptError(EXIT.environment, `STS refused to let ${pod(req.env)} assume ${role} for environment '${env}'${tries} (${answerText(f)}).`, {
      hint: `Both sides must allow it: the trust policy of ${role} names ${req.env.AWS_ROLE_ARN ?? "the pod's role"} as principal, and that role's permissions allow sts:AssumeRole on ${role}. A role that does not exist is refused the same way: check roleName of environment '${env}' in aphex-config.yaml and that the role exists in account ${req.target.account}.`,
      details,
    });
  }
  return new ScriptError(EXIT.environment, `Could not assume ${role} for environment '${env}'${tries} (${answerText(f)}).`, {
    hint: 'If STS was unreachable or throttling, re-run the step; check the pod can reach STS (network policy, proxy: HTTPS_PROXY / NO_PROXY).',
    details,
  });
}

/** Assumes `target.roleArn` with the pod's default credentials (under the shared STS retry policy). */
export async function assumeTargetRole(req: AssumeRequest): Promise<RoleCredentials> {
  const sts = await import('@aws-sdk/client-sts');
  const client = new sts.STSClient(awsClientConfig({ region: req.target.region, credentials: undefined, env: req.env }, { maxAttempts: 1, requestTimeoutMs: STS_RETRY.attemptTimeoutMs }));
  const input = { RoleArn: req.target.roleArn, RoleSessionName: req.sessionName, DurationSeconds: 3600 };
  let out: AssumeRoleCommandOutput;
  try {
    out = await withRetry(
      ({ timeoutMs }) => {
        const limit = AbortSignal.timeout(timeoutMs);
        return client.send(new sts.AssumeRoleCommand(input), { abortSignal: req.signal ? AbortSignal.any([limit, req.signal]) : limit });
      },
      { policy: STS_RETRY, signal: req.signal },
    );
  } catch (e) {
    const last = e instanceof RetryExhausted ? e.last : e;
    const tries = e instanceof RetryExhausted && e.outcome.attempts > 1 ? ` after ${e.outcome.attempts} attempts` : '';
    throw assumeError(req, describeAwsError(last, 'STS', 'AssumeRole'), tries);
  } finally {
    client.destroy();
  }
  const c = out.Credentials;
  for (const part of [c?.AccessKeyId, c?.SecretAccessKey, c?.SessionToken]) req.secrets.add(part);
  const arn = out.AssumedRoleUser?.Arn ?? '';
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !(c.Expiration instanceof Date) || arn === '') {
    throw new ScriptError(EXIT.environment, `STS answered AssumeRole of ${req.target.roleArn} without credentials or the assumed-role ARN.`, { hint: 'Re-run the step; if it persists, check AWS_ENDPOINT_URL_STS and any proxy in between.' });
  }
  if (accountOf(arn) !== req.target.account) {
    throw new ScriptError(EXIT.environment, `${req.target.roleArn} is a role of account ${accountOf(arn)}, but environment '${req.target.environment}' deploys to account ${req.target.account}.`, {
      hint: 'Environments name their role by roleName, in their own account: check account and roleName in aphex-config.yaml.',
    });
  }
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration, assumedRoleArn: arn };
}

/** Variables that would make the SDKs and the CDK CLI use another identity than the one given. */
const IDENTITY_VARS = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_ROLE_SESSION_NAME', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_AUTHORIZATION_TOKEN'];

/**
 * The environment of the CDK CLI and the test commands: the target's region (AWS_REGION,
 * AWS_DEFAULT_REGION, CDK_DEFAULT_REGION), account (CDK_DEFAULT_ACCOUNT) and name (APHEX_*), and
 * with a role its credentials instead of the pod's.
 */
export function targetEnv(base: NodeJS.ProcessEnv, target: TargetArgs, creds: RoleCredentials | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  if (creds) for (const v of IDENTITY_VARS) delete env[v];
  return {
    ...env,
    AWS_REGION: target.region,
    AWS_DEFAULT_REGION: target.region,
    CDK_DEFAULT_REGION: target.region,
    CDK_DEFAULT_ACCOUNT: target.account,
    APHEX_ENVIRONMENT: target.environment,
    APHEX_REGION: target.region,
    APHEX_ACCOUNT: target.account,
    ...(creds ? { AWS_ACCESS_KEY_ID: creds.accessKeyId, AWS_SECRET_ACCESS_KEY: creds.secretAccessKey, AWS_SESSION_TOKEN: creds.sessionToken } : {}),
  };
}

/** The credentials for the SDK clients the script itself makes in the target (CloudFormation). */
export function sdkCredentials(creds: RoleCredentials | undefined): { accessKeyId: string; secretAccessKey: string; sessionToken: string } | undefined {
  return creds ? { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken } : undefined;
}
