/**
 * Turning an STS refusal into what went wrong and what to change. Pure: facts in, ActionError out.
 */
import { ActionError } from '../errors.js';
import { classify, type FailureFacts, type RetryOutcome } from '../retry/index.js';
import { answerText, type AwsFailure } from './describe-error.js';
import { ambientRejectedHint, chainDeniedHint, invalidTokenHint, unavailableHint, validationHint, webIdentityDeniedHint } from './sts-hints.js';

export type StsStep = 'web-identity' | 'chain' | 'caller-identity';

export interface StsFailure {
  step: StsStep;
  roleArn: string;
  /** What came back (./describe-error.ts). */
  answer: AwsFailure;
  /** The same failure as the shared classifier reads it (retry/classify.ts). */
  facts: FailureFacts;
  /** How the retries went, when they were tried. */
  outcome?: RetryOutcome;
  /** The OIDC token (web-identity only): its claims explain an AccessDenied. Never printed. */
  token?: string;
  /** The first role's ARN (chain only). */
  sourceArn?: string;
  endpoint?: string;
  /** Where the ambient credentials came from (caller-identity only), see ./ambient-source.ts. */
  ambientSource?: string;
}

const TITLE = 'AWS credentials';
const NO_AMBIENT_HINT =
  'role-to-assume is empty, so the ambient AWS credentials are used, and none were found. Set role-to-assume to use the GitHub OIDC token, ' +
  'or configure credentials in an earlier step (aws-actions/configure-aws-credentials), or run on a runner with an instance role.';

/** AWS error codes that say "these credentials are not valid" (as opposed to "not allowed"). */
export const REJECTED_CREDENTIALS: ReadonlySet<string> = new Set([
  'InvalidClientTokenId', 'SignatureDoesNotMatch', 'ExpiredToken', 'ExpiredTokenException', 'IncompleteSignature', 'InvalidAccessKeyId',
  'UnrecognizedClientException', 'InvalidSignatureException', 'AuthFailure', 'MissingAuthenticationToken', 'RequestExpired',
]);

const OPERATION: Record<StsStep, string> = { 'web-identity': 'AssumeRoleWithWebIdentity', chain: 'AssumeRole', 'caller-identity': 'GetCallerIdentity' };

function subjectOf(f: StsFailure, code: string): string {
  if (f.step !== 'caller-identity') return `could not assume ${f.roleArn}`;
  if (REJECTED_CREDENTIALS.has(code)) return `rejected the ambient AWS credentials from ${f.ambientSource ?? 'the default AWS credential chain'}`;
  return 'could not identify the ambient AWS credentials';
}

export function stsError(f: StsFailure): ActionError {
  const code = f.answer.code ?? '';
  const tries = f.outcome && f.outcome.attempts > 1 ? ` after ${f.outcome.attempts} attempts in ${(f.outcome.elapsedMs / 1000).toFixed(1)} s` : '';
  const message = `STS ${OPERATION[f.step]} ${subjectOf(f, code)}${tries} (${answerText(f.answer)}).`;
  const make = (hint: string, retryable = false): ActionError => new ActionError(message, { hint, title: TITLE, retryable });
  if (classify(f.facts) !== 'permanent') return make(unavailableHint(f), true);
  if (f.answer.foreign) {
    return make(`That answer did not come from AWS STS: ${f.endpoint ?? 'the STS endpoint'} is not STS, or a proxy in between answered. Check AWS_ENDPOINT_URL_STS, AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY, NO_PROXY).`);
  }
  if (f.step === 'caller-identity' && REJECTED_CREDENTIALS.has(code)) return make(ambientRejectedHint(code, f.ambientSource));
  if (code === 'AccessDenied') return make(f.step === 'chain' ? chainDeniedHint(f) : f.step === 'web-identity' ? webIdentityDeniedHint(f) : 'The ambient credentials may not call sts:GetCallerIdentity.');
  if (code === 'InvalidIdentityToken') return make(invalidTokenHint(f));
  if (code === 'ValidationError') return make(validationHint(f.answer.message));
  if (code === 'MalformedPolicyDocument' || code === 'PackedPolicyTooLarge') return make('The session-policy input is not accepted by STS: fix the policy JSON or make it shorter (fewer actions, wildcards).');
  if (code === 'RegionDisabledException') return make('STS is not activated in this region for the account: activate it in IAM > Account settings, or set aws-region to an enabled region.');
  if (code === 'CredentialsProviderError') return make(NO_AMBIENT_HINT);
  if ((code === 'ExpiredTokenException' || code === 'ExpiredToken') && f.step === 'web-identity') return make('The GitHub OIDC token had expired when STS checked it. Check the runner\'s clock, then re-run the job.');
  if (code === 'ExpiredTokenException' || code === 'ExpiredToken') return make('The credentials used for this call have expired. Re-run the job; if it persists, lower role-duration-seconds or check the runner clock.');
  if (f.facts.name === 'IncompleteResponse') return make(`STS at ${f.endpoint ?? 'its endpoint'} answered without the expected fields. Re-run the job; if it persists, check AWS_ENDPOINT_URL_STS and any proxy in between.`);
  if (f.step === 'caller-identity') return make(`role-to-assume is empty, so the ambient AWS credentials from ${f.ambientSource ?? 'the default AWS credential chain'} were used: check them, or set role-to-assume.`);
  return make('Check role-to-assume, chain-role-to-assume and the roles\' trust policies.');
}
