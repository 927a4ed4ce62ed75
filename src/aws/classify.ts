/**
 * Which failures can succeed on retry. Plain data in, a verdict out: used by the OIDC token
 * request and by every STS call.
 */

const NETWORK_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN',
  'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT', 'ERR_PROXY_TUNNEL',
]);
const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'AbortError']);
const THROTTLING = new Set(['Throttling', 'ThrottlingException', 'ThrottledException', 'RequestThrottled', 'RequestThrottledException', 'TooManyRequestsException', 'RequestLimitExceeded', 'SlowDown']);
const TRANSIENT_SERVICE = new Set(['IDPCommunicationError', 'InternalFailure', 'InternalError', 'ServiceUnavailable', 'RequestTimeoutException']);
/** InvalidIdentityToken messages that retrying cannot fix (the account or the token is wrong). */
const PERMANENT_TOKEN = /No OpenIDConnect provider found|Incorrect token audience|not a valid|issuer/i;

export type FailureClass = 'network' | 'throttling' | 'server' | 'transient-token' | 'permanent';

export interface FailureFacts {
  /** Error name or AWS error code (AccessDenied, Throttling, TimeoutError, ...). */
  name?: string;
  /** Node/system error code (ECONNREFUSED, ...). */
  code?: string;
  /** HTTP status when a response arrived. */
  status?: number;
  message?: string;
}

export function classifyFailure(f: FailureFacts): FailureClass {
  const name = f.name ?? '';
  if (f.code !== undefined && NETWORK_CODES.has(f.code)) return 'network';
  if (NETWORK_NAMES.has(name)) return 'network';
  if (THROTTLING.has(name) || f.status === 429) return 'throttling';
  if (name === 'InvalidIdentityToken') return PERMANENT_TOKEN.test(f.message ?? '') ? 'permanent' : 'transient-token';
  if (TRANSIENT_SERVICE.has(name)) return 'server';
  if (f.status !== undefined && (f.status >= 500 || f.status === 408)) return 'server';
  if (f.status === undefined && /socket hang up|network|timed? ?out/i.test(f.message ?? '')) return 'network';
  return 'permanent';
}

export function isRetryableClass(c: FailureClass): boolean {
  return c !== 'permanent';
}

/** The SDK names modelled STS errors `<Code>Exception`; logs and hints use the AWS error code. */
const SDK_EXCEPTION_NAMES = new Set(['IDPCommunicationErrorException', 'InvalidIdentityTokenException', 'MalformedPolicyDocumentException', 'PackedPolicyTooLargeException', 'IDPRejectedClaimException']);

export function awsCode(name: string): string {
  return SDK_EXCEPTION_NAMES.has(name) ? name.slice(0, -'Exception'.length) : name;
}

/** Facts from whatever an SDK call or a Node request threw. */
export function factsOf(error: unknown): FailureFacts {
  if (error === null || typeof error !== 'object') return { message: String(error) };
  const e = error as { name?: unknown; code?: unknown; message?: unknown; $metadata?: { httpStatusCode?: unknown }; status?: unknown; cause?: unknown };
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : typeof e.status === 'number' ? e.status : undefined;
  let code = typeof e.code === 'string' ? e.code : undefined;
  if (code === undefined && e.cause && typeof e.cause === 'object' && typeof (e.cause as { code?: unknown }).code === 'string') code = (e.cause as { code: string }).code;
  return {
    name: typeof e.name === 'string' ? awsCode(e.name) : undefined,
    code,
    status,
    message: typeof e.message === 'string' ? e.message : undefined,
  };
}

/** A one-line reason for logs: `Throttling: Rate exceeded`, `ECONNREFUSED`. */
export function shortReason(error: unknown): string {
  const f = factsOf(error);
  const name = f.name && f.name !== 'Error' ? f.name : (f.code ?? 'Error');
  const message = (f.message ?? '').replace(/\s+/g, ' ').trim().slice(0, 160);
  return message !== '' && message !== name ? `${name}: ${message}` : name;
}
