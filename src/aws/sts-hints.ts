/**
 * What to do about an STS refusal: the hint lines of ./explain.ts. Pure text from the failure.
 */
import { roleArnOf } from './arn.js';
import { claimLines, decodeClaims, matchingTrustStatement } from './jwt.js';
import type { StsFailure } from './explain.js';

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

function issuerOf(f: StsFailure): string {
  const iss = f.token ? decodeClaims(f.token)?.iss : undefined;
  return typeof iss === 'string' && iss !== '' ? iss : GITHUB_ISSUER;
}

function indent(text: string): string {
  return text.split('\n').map((l) => `  ${l}`).join('\n');
}

/** Why a wildcard on sub is dangerous, and what to do instead. */
export const WILDCARD_WARNING =
  "Match sub exactly with StringEquals. Avoid StringLike wildcards such as 'repo:OWNER/REPO:*': it admits every branch, every pull request " +
  'and every environment of the repository, so anyone who can push a branch or open a pull request there could assume the role. ' +
  "To admit more jobs, list each exact sub, or run the deploying jobs in a GitHub environment with protection rules (required reviewers, " +
  "deployment branches) and trust only 'repo:OWNER/REPO:environment:NAME'. A job with environment: has that sub instead of the branch one.";

export function webIdentityDeniedHint(f: StsFailure): string {
  const claims = f.token ? decodeClaims(f.token) : undefined;
  if (!claims) return `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token, or the role does not exist.`;
  return [
    `The trust policy of ${f.roleArn} does not accept this job's GitHub OIDC token (or the role does not exist). The token says:`,
    ...claimLines(claims),
    'A trust-policy statement that accepts exactly this job (StringEquals on its sub and aud):',
    indent(JSON.stringify(matchingTrustStatement(claims, f.roleArn), null, 2)),
    WILDCARD_WARNING,
  ].join('\n');
}

export function chainDeniedHint(f: StsFailure): string {
  const account = /^arn:[^:]+:iam::(\d{12}):/.exec(f.roleArn)?.[1] ?? '<account>';
  return [
    `${f.sourceArn ?? 'The first role'} may not assume ${f.roleArn} (account ${account}). Both sides must allow it:`,
    `  - the trust policy of ${f.roleArn} names the first role as principal, for example "Principal": {"AWS": "${roleArnOf(f.sourceArn) ?? 'arn:aws:iam::<account>:role/<first role>'}"}` +
      ' (with a "sts:ExternalId" condition when chain-role-external-id is set, and the same value);',
    `  - the first role's permissions allow "sts:AssumeRole" on ${f.roleArn}.`,
  ].join('\n');
}

export function invalidTokenHint(f: StsFailure): string {
  const message = f.answer.message;
  const iss = issuerOf(f);
  if (/No OpenIDConnect provider found/i.test(message)) {
    return 'The role\'s account has no IAM OIDC identity provider for GitHub. Create one for https://token.actions.githubusercontent.com with audience sts.amazonaws.com (see docs/credentials.md).';
  }
  if (/audience/i.test(message)) {
    return "The token's audience is not one the IAM OIDC provider lists. Set the audience input to a client id of the provider (default sts.amazonaws.com), or add it to the provider.";
  }
  if (/verification key|thumbprint|certificate/i.test(message)) {
    return [
      `AWS could not get the keys that sign the token from the identity provider ${iss} (its /.well-known/openid-configuration and the jwks_uri it names).`,
      "This is on the identity-provider side, between AWS and the issuer: not the role's trust policy, and not the runner's network. Check the IAM OIDC provider in the role's account:",
      `its URL must be exactly ${iss} (https, no trailing slash), and any thumbprints it lists must match that host's certificate.`,
      iss === GITHUB_ISSUER
        ? "If it is right, GitHub's OIDC service may be having trouble (https://www.githubstatus.com): re-run the job later."
        : 'GitHub Enterprise Server: the issuer must be reachable from the internet for AWS to fetch its keys.',
    ].join(' ');
  }
  return 'STS did not accept the GitHub OIDC token. Check that the IAM OIDC provider is for the issuer of this runner (GitHub Enterprise Server has its own issuer).';
}

export function validationHint(message: string): string {
  if (/role chaining/i.test(message)) return 'A role assumed with another role\'s credentials may last at most 1 hour: set role-duration-seconds to 3600 or less.';
  if (/DurationSeconds/i.test(message)) return 'role-duration-seconds exceeds the role\'s maximum session duration: lower it, or raise "Maximum session duration" on the role.';
  if (/RoleSessionName|roleSessionName/i.test(message)) return 'role-session-name must be 2 to 64 characters of letters, digits and +=,.@_-.';
  if (/[Pp]olicy/.test(message)) return 'The session-policy input is not a valid IAM policy document.';
  return 'STS rejected a parameter: check role-to-assume, role-session-name, role-duration-seconds and session-policy.';
}

/** Retrying did not help: say where the trouble is. */
export function unavailableHint(f: StsFailure): string {
  const at = f.endpoint ? ` at ${f.endpoint}` : '';
  if (f.answer.code === 'IDPCommunicationError') {
    return `STS could not reach the identity provider ${issuerOf(f)} to check the token, for the whole retry budget. That is between AWS and the issuer, not the runner's network: ` +
      "re-run the job later; if it persists, check https://www.githubstatus.com and the URL of the IAM OIDC provider.";
  }
  if (f.answer.foreign) {
    return `AWS STS${at} was unavailable, throttling or unreachable for the whole retry budget, and the answers were not AWS's: a proxy or a wrong endpoint may be in between. ` +
      'Check the proxy settings (HTTPS_PROXY, NO_PROXY) and AWS_ENDPOINT_URL_STS / AWS_ENDPOINT_URL, then re-run the job.';
  }
  return `AWS STS${at} was unavailable, throttling or unreachable for the whole retry budget. Re-run the job; if it persists check the runner's network and proxy settings (HTTPS_PROXY, NO_PROXY) and AWS_ENDPOINT_URL_STS.`;
}

const REJECTED_WHY: Record<string, string> = {
  InvalidClientTokenId: 'AWS does not know their access key id: it was deleted, deactivated or mistyped, or temporary keys (ASIA…) came without their AWS_SESSION_TOKEN.',
  InvalidAccessKeyId: 'AWS does not know their access key id: it was deleted, deactivated or mistyped.',
  UnrecognizedClientException: 'AWS does not know their access key id or session token.',
  SignatureDoesNotMatch: "Their secret access key does not belong to the access key id (mistyped, or from another key pair), or the runner's clock is more than 5 minutes off.",
  InvalidSignatureException: "Their secret access key does not belong to the access key id, or the runner's clock is more than 5 minutes off.",
  ExpiredToken: 'They are temporary credentials that have expired: the step that issued them must run again (or issue them for longer).',
  ExpiredTokenException: 'They are temporary credentials that have expired: the step that issued them must run again (or issue them for longer).',
  RequestExpired: "The request's signature was too old when AWS saw it: check the runner's clock.",
};

/** role-to-assume is empty and the ambient credentials were refused: blame them, not roles. */
export function ambientRejectedHint(code: string, source: string | undefined): string {
  const from = source ?? 'the default AWS credential chain';
  return [
    `role-to-assume is empty, so the action used the ambient AWS credentials, from ${from}, and AWS rejected them.`,
    REJECTED_WHY[code] ?? 'They are incomplete or not valid.',
    'Fix or remove them where they are set (an earlier step, the job\'s env:, the runner), or set role-to-assume to use this job\'s GitHub OIDC token instead (permissions: id-token: write).',
  ].join(' ');
}
