/**
 * Turns an AWS SDK error from a CodePipeline call into an ActionError that says what to do.
 * Every message names the operation, the HTTP status and the AWS error code (../aws/describe-error.ts).
 */
import { answerText, attemptsText, awsCause, describeAwsError, failureLine, sentence, type AwsFailure } from '../aws/describe-error.js';
import { ActionError } from '../errors.js';
import { AWS_THROTTLING_CODES, classifyError } from '../retry/index.js';

interface SdkErrorLike {
  name?: string;
  message?: string;
  code?: string;
  $fault?: 'client' | 'server';
  $metadata?: { httpStatusCode?: number; requestId?: string };
}

/** True for errors a later attempt of the same call may not see: throttling, 5xx, network (the shared classifier). */
export function isTransient(e: unknown): boolean {
  const c = classifyError(e);
  return c === 'throttling' || c === 'transient';
}

export function isThrottling(e: unknown): boolean {
  return classifyError(e) === 'throttling' || (e instanceof ActionError && e.title === 'throttled');
}

export function isAbort(e: unknown): boolean {
  const err = (e ?? {}) as SdkErrorLike;
  return err.name === 'AbortError';
}

/** The error's AWS name (e.g. PipelineExecutionNotStoppableException), when it has one. */
export function awsErrorName(e: unknown): string {
  if (e instanceof ActionError && e.cause) return awsErrorName(e.cause);
  return ((e ?? {}) as SdkErrorLike).name ?? '';
}

export function toActionError(e: unknown, operation: string, where: { pipelineName: string; region: string }): ActionError {
  if (e instanceof ActionError) return e;
  const f = describeAwsError(e, 'CodePipeline', operation);
  const answer = answerText(f);
  const p = `'${where.pipelineName}' in ${where.region}`;
  const base = { cause: awsCause(e, f), retryable: isTransient(e) };
  const make = (message: string, hint: string, extra: { retryable?: boolean; title?: string } = {}): ActionError => new ActionError(message, { ...base, ...extra, hint });
  switch (f.code ?? '') {
    case 'PipelineNotFoundException':
      return make(`CodePipeline ${operation}: there is no pipeline ${p} for these credentials (${answer}).`, 'Check pipeline-name, aws-region and that the credentials belong to the pipeline\'s AWS account.');
    case 'PipelineExecutionNotFoundException':
      return make(failureLine(f), `Check execution-id: it must be an execution of pipeline ${p}.`);
    case 'AccessDeniedException':
    case 'UnauthorizedOperation':
    case 'AccessDenied':
      return make(
        `CodePipeline ${operation} on pipeline ${p} was denied (${answer}).`,
        `Allow codepipeline:${operation} on arn:aws:codepipeline:${where.region}:<account>:${where.pipelineName} in the role's policy (docs/codepipeline.md lists the minimal policy per command).`,
      );
    case 'CredentialsProviderError':
      return make(
        `CodePipeline ${operation}: no AWS credentials were found (${f.message}).`,
        'role-to-assume is empty, so the ambient credentials are used (environment, shared config, web identity file, container or instance role) and there are none. Set role-to-assume (the job needs permissions: id-token: write), or run a credentials step before this one.',
      );
    case 'ExpiredTokenException':
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'IncompleteSignatureException':
    case 'MissingAuthenticationTokenException':
      return make(`CodePipeline ${operation}: AWS credentials were not accepted (${answer}).`, rejectedHint(f.code ?? ''));
    case 'ValidationException':
    case 'InvalidArgumentException':
      return make(
        `CodePipeline ${operation} rejected the request for pipeline ${p} (${answer}).`,
        'Check variables (declared pipeline variables of a V2 pipeline) and source-revisions (the name of a source action and a TYPE it supports).',
      );
    case 'ConflictException':
    case 'ConcurrentPipelineExecutionsLimitExceededException':
      return make(`CodePipeline ${operation} for pipeline ${p} conflicts with another request (${answer}).`, 'Retry the step once the other request has finished.', { retryable: true });
    case 'ApprovalAlreadyCompletedException':
      return make(failureLine(f), 'Someone (or the approval timeout) already answered this approval request.');
    case 'InvalidApprovalTokenException':
      return make(failureLine(f), 'The approval request was replaced (the stage was retried?); run approve again to answer the current one.');
    case 'PipelineExecutionNotStoppableException':
    case 'DuplicatedStopRequestException':
      return make(failureLine(f), 'The execution is not running or already stopping.');
    default:
      if (AWS_THROTTLING_CODES.has(f.code ?? '')) {
        return make(`CodePipeline ${operation} was throttled (${answer}).`, 'Other clients share the account\'s CodePipeline API rate: the action backs off and retries; if it persists, re-run later or ask AWS for a higher rate.', { title: 'throttled' });
      }
      return make(sentence(`CodePipeline ${operation} for pipeline ${p} failed${attemptsText(f)}: ${answer}`), otherHint(f, base.retryable));
  }
}

function rejectedHint(code: string): string {
  const why =
    code === 'ExpiredTokenException' ? 'They have expired' : code === 'InvalidSignatureException' ? "The secret key does not match the key id, or the runner's clock is off" : 'AWS does not know them';
  return (
    `${why}. With role-to-assume empty these are the ambient credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY / AWS_SESSION_TOKEN in the environment, ` +
    "a profile, or the runner's instance role): fix or remove them where they are set, or set role-to-assume (with permissions: id-token: write) to use the GitHub OIDC token."
  );
}

function otherHint(f: AwsFailure, retryable: boolean): string {
  const endpoints = 'AWS_ENDPOINT_URL_CODEPIPELINE / AWS_ENDPOINT_URL and the proxy settings (HTTPS_PROXY, NO_PROXY)';
  if (f.foreign && retryable) {
    return `That is not an answer of CodePipeline's API: the service may be having trouble, or a proxy or a wrong endpoint answered instead. Check ${endpoints}, then re-run the job (this call was already retried).`;
  }
  if (f.foreign) return `That is not an answer of CodePipeline's API: a proxy or a wrong endpoint answered instead. Check ${endpoints}.`;
  if (f.network) return `The CodePipeline endpoint did not answer: check the runner's network and ${endpoints}, then re-run the job (this call was already retried).`;
  if (retryable) return 'A network or service problem: re-run the job; the action already retried this call.';
  return `AWS refused the call with the error code and message above; see CodePipeline's ${f.operation} documentation for what ${f.code ?? 'it'} means here.`;
}
