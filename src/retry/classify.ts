/**
 * The one error classifier every remote call uses (AWS SDK clients, the OIDC token request,
 * the Kubernetes API): throttling, transient, permanent, or cancelled. Plain facts in, a class out.
 */

export type FailureClass = 'throttling' | 'transient' | 'permanent' | 'cancelled';

/** AWS error codes that mean "slow down" (STS, CodePipeline, EKS, CloudFormation, S3...): the one list. */
export const AWS_THROTTLING_CODES: ReadonlySet<string> = new Set([
  'Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottled', 'RequestThrottledException',
  'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown', 'BandwidthLimitExceeded', 'ProvisionedThroughputExceededException',
  'TransactionInProgressException', 'PriorRequestNotComplete', 'EC2ThrottledException',
]);

/** Socket-level failures: nothing (or nothing complete) came back. */
const NETWORK_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN',
  'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_PROXY_TUNNEL',
]);
/** Error names of a timed-out attempt (our own per-attempt limit aborts with these). */
const TIMEOUT_NAMES: ReadonlySet<string> = new Set(['TimeoutError', 'RequestTimeout', 'AbortError', 'NetworkingError']);
/** Service error codes that say "try again" although the status may be 4xx. */
const TRANSIENT_CODES: ReadonlySet<string> = new Set([
  'IDPCommunicationError', 'InternalFailure', 'InternalError', 'InternalServerError', 'InternalServiceError', 'InternalServerException',
  'ServiceUnavailable', 'ServiceUnavailableException', 'RequestTimeoutException',
]);

export interface FailureFacts {
  /** Error name or AWS error code (AccessDenied, Throttling, TimeoutError, ...). */
  name?: string;
  /** Node/system error code (ECONNREFUSED, ...). */
  code?: string;
  /** HTTP status when a response arrived. */
  status?: number;
  message?: string;
  /** The server's Retry-After, in ms, when it sent one. */
  retryAfterMs?: number;
}

/** Pure: what kind of failure this is. `aborted` is true when the job itself was cancelled. */
export function classify(f: FailureFacts, aborted = false): FailureClass {
  if (aborted) return 'cancelled';
  const name = f.name ?? '';
  if (AWS_THROTTLING_CODES.has(name) || f.status === 429) return 'throttling';
  if (f.code !== undefined && NETWORK_CODES.has(f.code)) return 'transient';
  if (TIMEOUT_NAMES.has(name) || TRANSIENT_CODES.has(name)) return 'transient';
  if (f.status !== undefined && (f.status >= 500 || f.status === 408)) return 'transient';
  if (f.status === undefined && /socket hang up|ECONNRESET|network|timed? ?out/i.test(f.message ?? '')) return 'transient';
  return 'permanent';
}

export function isRetryable(c: FailureClass): boolean {
  return c === 'throttling' || c === 'transient';
}

/** The SDK names modelled errors `<Code>Exception`; logs and hints use the AWS error code. */
const SDK_EXCEPTION_NAMES: ReadonlySet<string> = new Set([
  'IDPCommunicationErrorException', 'InvalidIdentityTokenException', 'MalformedPolicyDocumentException', 'PackedPolicyTooLargeException', 'IDPRejectedClaimException',
]);

export function awsCode(name: string): string {
  return SDK_EXCEPTION_NAMES.has(name) ? name.slice(0, -'Exception'.length) : name;
}

interface ErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  status?: unknown;
  retryAfterMs?: unknown;
  cause?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  $response?: { headers?: Record<string, unknown> };
}

/** Retry-After as ms: seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: unknown, now = Date.now()): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const text = String(raw).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Facts from whatever an SDK call, a Node request or our own HTTP code threw. */
export function factsOf(error: unknown): FailureFacts {
  if (error === null || typeof error !== 'object') return { message: String(error) };
  const e = error as ErrorShape;
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : typeof e.status === 'number' ? e.status : undefined;
  let code = typeof e.code === 'string' ? e.code : undefined;
  const cause = e.cause as ErrorShape | undefined;
  if (code === undefined && cause && typeof cause === 'object' && typeof cause.code === 'string') code = cause.code;
  const facts: FailureFacts = {
    name: typeof e.name === 'string' ? awsCode(e.name) : undefined,
    code,
    status,
    message: typeof e.message === 'string' ? e.message : undefined,
  };
  const after = typeof e.retryAfterMs === 'number' ? e.retryAfterMs : retryAfterMs(e.$response?.headers?.['retry-after']);
  if (after !== undefined) facts.retryAfterMs = after;
  return facts;
}

/** Classifies anything thrown; `signal` tells a cancelled job apart from a timed-out attempt. */
export function classifyError(error: unknown, signal?: AbortSignal): FailureClass {
  return classify(factsOf(error), signal?.aborted === true);
}

/** A one-line reason for logs: `Throttling: Rate exceeded`, `ECONNREFUSED`. */
export function shortReason(error: unknown): string {
  const f = factsOf(error);
  const name = f.name && f.name !== 'Error' ? f.name : (f.code ?? 'Error');
  const message = (f.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
  return message !== '' && message !== name ? `${name}: ${message}` : name;
}
