/**
 * Turning an STS refusal into what went wrong and what to change. Pure: facts in, ActionError out.
 */
import { ActionError } from '../errors.js';
import { classify, type FailureFacts, type RetryOutcome } from '../retry/index.js';
import { claimLines, decodeClaims, matchingTrustStatement, type TokenClaims } from './jwt.js';

export type StsStep = 'web-identity' | 'chain' | 'caller-identity';

export interface StsFailure {
  step: StsStep;
  roleArn: string;
  facts: FailureFacts;
  /** How the retries went, when they were tried. */
  outcome?: RetryOutcome;
  /** The OIDC token (web-identity only): its claims explain an AccessDenied. Never printed. */
  token?: string;
  /** The first role's ARN (chain only). */
  sourceArn?: string;
  endpoint?: string;
}

const TITLE = 'AWS credentials';
const NO_AMBIENT_HINT =
  'role-to-assume is empty, so the ambient AWS credentials are used, and none were found. Set role-to-assume to use the GitHub OIDC token, ' +
  'or configure credentials in an earlier step (aws-actions/configure-aws-credentials), or run on a runner with an instance role.';

export function stsError(f: StsFailure): ActionError {
  const code = f.facts.name ?? 'Error';
  const awsSays = `${code}: ${(f.facts.message ?? '').trim() || 'no message'}`;
  const tries = f.outcome && f.outcome.attempts > 1 ? ` after ${f.outcome.attempts} attempts in ${(f.outcome.elapsedMs / 1000).toFixed(1)} s` : '';
  const op = f.step === 'web-identity' ? 'AssumeRoleWithWebIdentity' : f.step === 'chain' ? 'AssumeRole' : 'GetCallerIdentity';
  const subject = f.step === 'caller-identity' ? 'could not identify the ambient AWS credentials' : `could not assume ${f.roleArn}`;
  const message = `STS ${op} ${subject}${tries} (${awsSays}).`;
  const make = (hint: string, retryable = false): ActionError => new ActionError(message, { hint, title: TITLE, retryable });
  if (classify(f.facts) !== 'permanent') {
    return make(`AWS STS${f.endpoint ? ` at ${f.endpoint}` : ''} was unavailable, throttling or unreachable for the whole retry budget. Re-run the job; if it persists check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY) and AWS_ENDPOINT_URL_STS.`, true);
  }
  if (code === 'AccessDenied') return make(f.step === 'chain' ? chainDeniedHint(f) : f.step === 'web-identity' ? webIdentityDeniedHint(f) : 'The ambient credentials may not call sts:GetCallerIdentity.');
  if (code === 'InvalidIdentityToken') return make(invalidTokenHint(f.facts.message ?? ''));
  if (code === 'ValidationError') return make(validationHint(f));
  if (code === 'MalformedPolicyDocument' || code === 'PackedPolicyTooLarge') return make('The session-policy input is not accepted by STS: fix the policy JSON or make it shorter (fewer actions, wildcards).');
  if (code === 'RegionDisabledException') return make('STS is not activated in this region for the account: activate it in IAM > Account settings, or set aws-region to an enabled region.');
  if (code === 'CredentialsProviderError') return make(NO_AMBIENT_HINT);
  if ((code === 'ExpiredTokenException' || code === 'ExpiredToken') && f.step === 'web-identity') return make('The GitHub OIDC token had expired when STS checked it. Check the runner\'s clock, then re-run the job.');
  if (code === 'ExpiredTokenException' || code === 'ExpiredToken') return make('The credentials used for this call have expired. Re-run the job; if it persists, lower role-duration-seconds or check the runner clock.');
  return make('Check role-to-assume, chain-role-to-assume and the roles\' trust policies.');
}

function webIdentityDeniedHint(f: StsFailure): string {
  const claims: TokenClaims | undefined = f.token ? decodeClaims(f.token) : undefined;
  if (!claims) return `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token, or the role does not exist.`;
  const statement = matchingTrustStatement(claims, f.roleArn);
  return [
    `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token (or the role does not exist). The token says:`,
    ...claimLines(claims),
    'A trust-policy statement that accepts exactly this job:',
    indent(JSON.stringify(statement, null, 2)),
    "Use StringLike with a wildcard to accept more (for example 'repo:OWNER/REPO:*' or 'repo:OWNER/REPO:environment:NAME'). " +
      'When the job uses an environment, sub names the environment instead of the branch.',
  ].join('\n');
}

function chainDeniedHint(f: StsFailure): string {
  const account = /^arn:[^:]+:iam::(\d{12}):/.exec(f.roleArn)?.[1] ?? '<account>';
  return [
    `${f.sourceArn ?? 'The first role'} may not assume ${f.roleArn} (account ${account}). Both sides must allow it:`,
    `  - the trust policy of ${f.roleArn} names the first role as principal, for example "Principal": {"AWS": "${roleArnOf(f.sourceArn) ?? 'arn:aws:iam::<account>:role/<first role>'}"}` +
      ' (with a "sts:ExternalId" condition when chain-role-external-id is set, and the same value);',
    `  - the first role's permissions allow "sts:AssumeRole" on ${f.roleArn}.`,
  ].join('\n');
}

function invalidTokenHint(message: string): string {
  if (/No OpenIDConnect provider found/i.test(message)) {
    return 'The role\'s account has no IAM OIDC identity provider for GitHub. Create one for https://token.actions.githubusercontent.com with audience sts.amazonaws.com (see docs/credentials.md).';
  }
  if (/audience/i.test(message)) {
    return "The token's audience is not one the IAM OIDC provider lists. Set the audience input to a client id of the provider (default sts.amazonaws.com), or add it to the provider.";
  }
  return 'STS did not accept the GitHub OIDC token. Check that the IAM OIDC provider is for the issuer of this runner (GitHub Enterprise Server has its own issuer).';
}

function validationHint(f: StsFailure): string {
  const m = f.facts.message ?? '';
  if (/role chaining/i.test(m)) return 'A role assumed with another role\'s credentials may last at most 1 hour: set role-duration-seconds to 3600 or less.';
  if (/DurationSeconds/i.test(m)) return 'role-duration-seconds exceeds the role\'s maximum session duration: lower it, or raise "Maximum session duration" on the role.';
  if (/RoleSessionName|roleSessionName/i.test(m)) return 'role-session-name must be 2 to 64 characters of letters, digits and +=,.@_-.';
  if (/[Pp]olicy/.test(m)) return 'The session-policy input is not a valid IAM policy document.';
  return 'STS rejected a parameter: check role-to-assume, role-session-name, role-duration-seconds and session-policy.';
}

/** arn:aws:sts::123:assumed-role/name/session -> arn:aws:iam::123:role/name */
export function roleArnOf(assumedRoleArn: string | undefined): string | undefined {
  const m = /^arn:([^:]+):sts::(\d{12}):assumed-role\/(.+)\/[^/]+$/.exec(assumedRoleArn ?? '');
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined;
}

/** The account id is the 5th field of any ARN. */
export function accountOf(arn: string): string {
  return arn.split(':')[4] ?? '';
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}
