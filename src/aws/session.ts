/**
 * The AWS session every AWS-facing command starts from: region + a credential provider.
 * With role-to-assume: GitHub OIDC token → AssumeRoleWithWebIdentity (→ AssumeRole chain),
 * renewed before expiry. Without: the SDK's default chain (ambient credentials).
 * Whoever opens the session gets the aws-account-id / assumed-role-arn / credentials-expiration
 * outputs, and the exported environment when asked for.
 */
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors.js';
import { reportRefreshFailed, reportRefreshed, reportRetry, reportSession } from '../report/credentials.js';
import { shortReason } from '../retry/index.js';
import { answerText, describeAwsError } from './describe-error.js';
import { checkAwsEndpointVariables } from './endpoints.js';
import { decodeClaims } from './jwt.js';
import { oidcEndpoint, requestIdToken } from './oidc.js';
import { refreshingProvider } from './provider.js';
import { defaultSessionName } from './session-name.js';
import { ambientIdentity, assumeChainedRole, assumeRoleWithWebIdentity, type IssuedCredentials, type StsContext } from './sts.js';

export interface AwsSession {
  region: string;
  /** Credential provider; undefined means the SDK's default chain (ambient credentials). */
  credentials: AwsCredentialIdentityProvider | undefined;
  /** Account id when known (from the assumed-role ARN, or GetCallerIdentity for ambient credentials). */
  accountId: string | undefined;
  /** 'oidc' when role-to-assume was used; 'ambient' for the SDK default chain. */
  source?: 'oidc' | 'ambient';
  /** Assumed-role ARN (or the ambient caller ARN when it was looked up). */
  arn?: string;
  /** The first role's session ARN when chain-role-to-assume was assumed. */
  viaArn?: string;
  /** Expiry of the credentials issued last (they are renewed before it). */
  expiration?: Date;
  /** Environment for proxy settings (awsClientConfig reads it). */
  env?: NodeJS.ProcessEnv;
}

export interface OpenSessionOptions {
  /** For ambient credentials, look up the account with GetCallerIdentity. Default: only for command credentials. */
  identifyAmbient?: boolean;
}

export function requireRegion(ctx: CommandContext): string {
  const region = ctx.settings.awsRegion;
  if (region === '') {
    throw new InputError('aws-region', 'is empty and neither AWS_REGION nor AWS_DEFAULT_REGION is set', 'the AWS region of the pipeline or cluster', 'aws-region: eu-west-1');
  }
  return region;
}

export async function openAwsSession(ctx: CommandContext, options: OpenSessionOptions = {}): Promise<AwsSession> {
  const region = requireRegion(ctx);
  checkAwsEndpointVariables(ctx.env, region);
  const exported = ctx.settings.exportCredentials || ctx.settings.command === 'credentials';
  if (ctx.settings.roleToAssume === '') return openAmbient(ctx, region, exported, options.identifyAmbient ?? ctx.settings.command === 'credentials');
  return openAssumed(ctx, region, exported);
}

function stsContext(ctx: CommandContext, region: string): StsContext {
  return {
    region,
    env: ctx.env,
    signal: ctx.signal,
    onSecret: (v) => ctx.setSecret(v),
    onRetry: (operation, e) => reportRetry(`STS ${operation}`, e.attempt, e.maxAttempts, e.delayMs, answerText(describeAwsError(e.error, 'STS', operation))),
  };
}

async function openAssumed(ctx: CommandContext, region: string, exported: boolean): Promise<AwsSession> {
  const s = ctx.settings;
  const endpoint = oidcEndpoint(ctx.env);
  const sts = stsContext(ctx, region);
  const sessionName = s.roleSessionName || defaultSessionName(s.run);
  let subject: string | undefined;
  let viaArn: string | undefined;
  const issue = async (): Promise<IssuedCredentials> => {
    const token = await requestIdToken(endpoint, s.audience, {
      env: ctx.env,
      signal: ctx.signal,
      onToken: (t) => ctx.setSecret(t),
      onRetry: (e) => reportRetry('GitHub OIDC token', e.attempt, e.maxAttempts, e.delayMs, e.error instanceof Error ? e.error.message : shortReason(e.error)),
    });
    subject = decodeClaims(token)?.sub;
    const first = await assumeRoleWithWebIdentity(sts, { roleArn: s.roleToAssume, sessionName, durationSeconds: s.roleDurationSeconds, sessionPolicy: s.sessionPolicy, token });
    if (s.chainRoleToAssume === '') return first;
    viaArn = first.assumedRoleArn;
    return assumeChainedRole(sts, first, { roleArn: s.chainRoleToAssume, sessionName, durationSeconds: s.roleDurationSeconds, externalId: s.chainRoleExternalId });
  };
  const first = await issue();
  publish(ctx, first, region, exported);
  const refreshing = refreshingProvider(first, issue, {
    onRefreshed: (fresh) => {
      publish(ctx, fresh, region, exported);
      reportRefreshed(fresh.assumedRoleArn, fresh.expiration);
    },
    onRefreshFailed: (error, current) => reportRefreshFailed(shortReason(error), current.expiration),
  });
  reportSession({ source: 'oidc', accountId: first.accountId, arn: first.assumedRoleArn, expiration: first.expiration, viaArn, sessionName, subject, exported, region });
  return { region, credentials: refreshing.provider, accountId: first.accountId, source: 'oidc', arn: first.assumedRoleArn, viaArn, expiration: first.expiration, env: ctx.env };
}

/** Outputs and (when asked) the exported environment; the parts were masked by the STS layer. */
function publish(ctx: CommandContext, c: IssuedCredentials, region: string, exported: boolean): void {
  ctx.setOutput('aws-account-id', c.accountId);
  ctx.setOutput('assumed-role-arn', c.assumedRoleArn);
  ctx.setOutput('credentials-expiration', c.expiration.toISOString());
  if (!exported) return;
  ctx.exportVariable('AWS_ACCESS_KEY_ID', c.accessKeyId);
  ctx.exportVariable('AWS_SECRET_ACCESS_KEY', c.secretAccessKey);
  ctx.exportVariable('AWS_SESSION_TOKEN', c.sessionToken);
  exportRegion(ctx, region);
}

function exportRegion(ctx: CommandContext, region: string): void {
  ctx.exportVariable('AWS_REGION', region);
  ctx.exportVariable('AWS_DEFAULT_REGION', region);
}

async function openAmbient(ctx: CommandContext, region: string, exported: boolean, identify: boolean): Promise<AwsSession> {
  // Ambient credentials stay where they are (environment, profile, instance role); later steps find them the same way.
  if (exported) exportRegion(ctx, region);
  if (!identify) return { region, credentials: undefined, accountId: undefined, source: 'ambient', env: ctx.env };
  const who = await ambientIdentity(stsContext(ctx, region));
  ctx.setOutput('aws-account-id', who.account);
  if (/:assumed-role\//.test(who.arn)) ctx.setOutput('assumed-role-arn', who.arn);
  if (who.expiration) ctx.setOutput('credentials-expiration', who.expiration.toISOString());
  reportSession({ source: 'ambient', accountId: who.account, arn: who.arn, expiration: who.expiration, exported: false, region });
  return { region, credentials: undefined, accountId: who.account, source: 'ambient', arn: who.arn, expiration: who.expiration, env: ctx.env };
}
