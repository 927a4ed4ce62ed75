/** Turns an AWS SDK error from a CodePipeline call into an ActionError that says what to do. */
import { ActionError, messageOf } from '../errors.js';
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
  const err = (e ?? {}) as SdkErrorLike;
  const name = err.name ?? 'Error';
  const detail = messageOf(e);
  const p = `'${where.pipelineName}' in ${where.region}`;
  const base = { cause: e, retryable: isTransient(e) };
  switch (name) {
    case 'PipelineNotFoundException':
      return new ActionError(`CodePipeline ${operation}: there is no pipeline ${p} for these credentials.`, {
        ...base,
        hint: 'Check pipeline-name, aws-region and that the credentials belong to the pipeline\'s AWS account.',
      });
    case 'PipelineExecutionNotFoundException':
      return new ActionError(`CodePipeline ${operation}: ${detail}`, { ...base, hint: `Check execution-id: it must be an execution of pipeline ${p}.` });
    case 'AccessDeniedException':
    case 'UnauthorizedOperation':
    case 'AccessDenied':
      return new ActionError(`CodePipeline ${operation} on pipeline ${p} was denied: ${detail}`, {
        ...base,
        hint: `Allow codepipeline:${operation} on arn:aws:codepipeline:${where.region}:<account>:${where.pipelineName} in the role's policy (docs/codepipeline.md lists the minimal policy per command).`,
      });
    case 'CredentialsProviderError':
      return new ActionError(`CodePipeline ${operation}: no AWS credentials were found (${detail}).`, {
        ...base,
        hint: 'role-to-assume is empty, so the ambient credentials are used (environment, shared config, web identity file, container or instance role) and there are none. Set role-to-assume (the job needs permissions: id-token: write), or run a credentials step before this one.',
      });
    case 'ExpiredTokenException':
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
      return new ActionError(`CodePipeline ${operation}: AWS credentials were not accepted (${name}: ${detail}).`, {
        ...base,
        hint: 'Set role-to-assume (with permissions: id-token: write) or provide credentials in the environment of this step.',
      });
    case 'ValidationException':
    case 'InvalidArgumentException':
      return new ActionError(`CodePipeline ${operation} rejected the request for pipeline ${p}: ${detail}`, {
        ...base,
        hint: 'Check variables (declared pipeline variables of a V2 pipeline) and source-revisions (the name of a source action and a TYPE it supports).',
      });
    case 'ConflictException':
    case 'ConcurrentPipelineExecutionsLimitExceededException':
      return new ActionError(`CodePipeline ${operation} for pipeline ${p} conflicts with another request: ${detail}`, { ...base, retryable: true, hint: 'Retry the step once the other request has finished.' });
    case 'ApprovalAlreadyCompletedException':
      return new ActionError(`CodePipeline ${operation}: ${detail}`, { ...base, hint: 'Someone (or the approval timeout) already answered this approval request.' });
    case 'InvalidApprovalTokenException':
      return new ActionError(`CodePipeline ${operation}: ${detail}`, { ...base, hint: 'The approval request was replaced (the stage was retried?); run approve again to answer the current one.' });
    case 'PipelineExecutionNotStoppableException':
    case 'DuplicatedStopRequestException':
      return new ActionError(`CodePipeline ${operation}: ${detail}`, { ...base, hint: 'The execution is not running or already stopping.' });
    default:
      if (AWS_THROTTLING_CODES.has(name)) {
        return new ActionError(`CodePipeline ${operation} was throttled after the SDK's retries (${detail}).`, { ...base, title: 'throttled', hint: 'Other clients share the account\'s CodePipeline API rate; retry later.' });
      }
      return new ActionError(`CodePipeline ${operation} for pipeline ${p} failed: ${name}: ${detail}`, {
        ...base,
        hint: base.retryable ? 'A network or service problem: re-run the job; the action already retried this call.' : 'See the AWS message above.',
      });
  }
}
