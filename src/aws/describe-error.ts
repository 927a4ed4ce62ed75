/**
 * What went wrong with one AWS call, in the action's words: service, operation, HTTP status,
 * AWS error code, AWS's message (or what came back instead of an AWS answer), request id.
 * Reads whatever the SDK threw: modelled service errors, answers the SDK could not parse (an
 * HTML error page, an empty body: their body is kept by ./http-handler.ts), socket errors and
 * timeouts, a missing credential chain. The SDK's advice to its developers ("Deserialization
 * error: … inspect the hidden field {error}.$response") never reaches the user.
 */
import { awsCode } from '../retry/index.js';

export interface AwsFailure {
  /** STS, CodePipeline, EKS, … */
  service: string;
  /** AssumeRoleWithWebIdentity, ListPipelineExecutions, DescribeCluster, … */
  operation: string;
  /** HTTP status of the answer; undefined when no answer came (network, timeout, no credentials). */
  status?: number;
  /** AWS error code (AccessDenied, ValidationException, …); undefined when the answer had none. */
  code?: string;
  /** AWS's message; or what came instead of an AWS answer; or why nothing came. */
  message: string;
  requestId?: string;
  /** Attempts the SDK made itself, when more than one. */
  sdkAttempts?: number;
  /** An answer came but not in the service's own protocol (an HTML page, an empty body, another service's error document). */
  foreign?: boolean;
  /** No HTTP answer at all: the connection failed or an attempt ran out of time. */
  network?: boolean;
}

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown; requestId?: unknown; attempts?: unknown };
  $response?: { statusCode?: unknown; headers?: Record<string, unknown>; body?: unknown };
  $responseBodyText?: unknown;
  cause?: unknown;
}

/** Names the SDK gives an error answer that carried no AWS error code. */
const NO_CODE = new Set(['Unknown', 'UnknownError', 'Error', 'SyntaxError', 'TypeError']);
const NETWORK_NAMES = new Set(['TimeoutError', 'AbortError', 'RequestTimeout', 'NetworkingError']);
const SNIPPET = 80;

/** The SDK's developer advice, and anything after it. */
export function withoutSdkAdvice(message: string): string {
  return message.replace(/\s*Deserialization error: to see the raw response[\s\S]*$/, '').replace(/\s+/g, ' ').trim();
}

export function describeAwsError(error: unknown, service: string, operation: string): AwsFailure {
  if (error === null || typeof error !== 'object') return { service, operation, message: String(error) };
  const e = error as SdkErrorShape;
  const name = typeof e.name === 'string' ? e.name : 'Error';
  const message = withoutSdkAdvice(typeof e.message === 'string' ? e.message : '');
  const status = statusOf(e);
  const requestId = requestIdOf(e);
  const attempts = typeof e.$metadata?.attempts === 'number' && e.$metadata.attempts > 1 ? e.$metadata.attempts : undefined;
  const base = { service, operation, ...(requestId ? { requestId } : {}), ...(attempts ? { sdkAttempts: attempts } : {}) };
  if (status === undefined) return { ...base, ...withoutAnswer(e, name, message) };
  // A deserialization failure has the raw $response attached and no $fault.
  const unreadable = NO_CODE.has(name) || (e.$response !== undefined && e.$fault === undefined);
  if (!unreadable) return { ...base, status, code: awsCode(name), message };
  // The SDK could not read an AWS error code: look at the body ourselves.
  const body = bodyOf(e);
  const found = body !== undefined ? codeInBody(body) : undefined;
  // An AWS error document, but not in the service's protocol: something else answered.
  if (found) return { ...base, status, code: found.code, message: found.message, foreign: true };
  const type = contentTypeOf(e);
  if (status < 300 && /json|xml/i.test(type ?? '')) return { ...base, status, message: unreadableAnswer(body, type, message) };
  return { ...base, status, foreign: true, message: foreignBody(body, type, message) };
}

/** `HTTP 403 AccessDenied: Not authorized…; request id …` — the answer, without service and operation. */
export function answerText(f: AwsFailure): string {
  if (f.status === undefined) return f.network ? `no HTTP answer (${f.message})` : f.message;
  const id = f.requestId ? `; request id ${f.requestId}` : '';
  // A request id after AWS's message: its full stop would stand in the middle of the sentence.
  const message = id !== '' ? f.message.replace(/\.$/, '') : f.message;
  if (f.code !== undefined) return `HTTP ${f.status} ${f.code}${message !== '' && message !== f.code ? `: ${message}` : ''}${id}`;
  return `HTTP ${f.status} ${message}${id}${f.status >= 300 ? '; AWS error code unknown' : ''}`;
}

/** `CodePipeline ListPipelineExecutions failed: HTTP 500 with a body that is not an AWS answer (…); AWS error code unknown.` */
export function failureLine(f: AwsFailure): string {
  return sentence(`${f.service} ${f.operation} failed${attemptsText(f)}: ${answerText(f)}`);
}

/** ` after 4 attempts` when the SDK retried the call itself. */
export function attemptsText(f: AwsFailure): string {
  return f.sdkAttempts ? ` after ${f.sdkAttempts} attempts` : '';
}

/** Ends the text with a full stop unless it already ends a sentence. */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function withoutAnswer(e: SdkErrorShape, name: string, message: string): Pick<AwsFailure, 'code' | 'message' | 'network'> {
  const code = typeof e.code === 'string' ? e.code : typeof (e.cause as SdkErrorShape | undefined)?.code === 'string' ? String((e.cause as SdkErrorShape).code) : undefined;
  if (code !== undefined && /^E[A-Z_]+$|^UND_ERR/.test(code)) return { network: true, message: message.includes(code) ? message : `${code}: ${message}` };
  if (NETWORK_NAMES.has(name)) return { network: true, message: `${name}: ${message || 'the attempt ran out of time'}` };
  return { code: awsCode(name), message };
}

function statusOf(e: SdkErrorShape): number | undefined {
  const s = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  return typeof s === 'number' ? s : undefined;
}

function header(e: SdkErrorShape, name: string): string | undefined {
  const v = e.$response?.headers?.[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function requestIdOf(e: SdkErrorShape): string | undefined {
  const id = e.$metadata?.requestId;
  if (typeof id === 'string' && id !== '') return id;
  const fromHeader = header(e, 'x-amzn-requestid') ?? header(e, 'x-amz-request-id');
  if (fromHeader) return fromHeader;
  // STS and the other XML services put it in the error document.
  return /<RequestId>([\w-]{1,100})<\/RequestId>/.exec(bodyOf(e) ?? '')?.[1];
}

function contentTypeOf(e: SdkErrorShape): string | undefined {
  return header(e, 'content-type')?.split(';')[0]?.trim();
}

/** The body as text when it was kept (./http-handler.ts) or the SDK attached it. */
function bodyOf(e: SdkErrorShape): string | undefined {
  const body = e.$response?.body;
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  return typeof e.$responseBodyText === 'string' ? e.$responseBodyText : undefined;
}

/** An AWS error document in a shape the SDK did not expect (JSON for an XML service, …). */
function codeInBody(body: string): { code: string; message: string } | undefined {
  const text = body.trim();
  if (text.startsWith('{')) {
    try {
      const doc = JSON.parse(text) as Record<string, unknown>;
      const raw = doc.__type ?? doc.code ?? doc.Code;
      const message = [doc.message, doc.Message].find((m) => typeof m === 'string') ?? '';
      if (typeof raw === 'string' && raw !== '') return { code: raw.split('#').pop()!.split(':')[0]!.slice(0, 100), message: bounded(String(message)) };
    } catch {
      return undefined;
    }
    return undefined;
  }
  const code = /<Code>([^<]{1,100})<\/Code>/.exec(text)?.[1];
  if (code === undefined) return undefined;
  return { code, message: bounded(/<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? '') };
}

function bounded(text: string, max = 300): string {
  const flat = text.replace(/[\s\p{Cc}]+/gu, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** `with a body that is not an AWS answer (text/html: '<html>…')`, `with an empty body`. */
function foreignBody(body: string | undefined, contentType: string | undefined, sdkMessage: string): string {
  const snippet = body !== undefined ? body : snippetOfParseError(sdkMessage);
  if (snippet === undefined) return 'with an answer the AWS SDK could not read';
  const flat = snippet.replace(/>\s+</g, '><').replace(/[\s\p{Cc}]+/gu, ' ').trim();
  if (flat === '') return `with an empty body${contentType ? ` (${contentType})` : ''}`;
  const shown = flat.length > SNIPPET ? `${flat.slice(0, SNIPPET)}…` : flat;
  return `with a body that is not an AWS answer (${contentType ?? 'no content type'}: '${shown}')`;
}

/** A success answer in the service's format that the SDK could not read (a field of the wrong type, …). */
function unreadableAnswer(body: string | undefined, contentType: string | undefined, sdkMessage: string): string {
  const shown = body !== undefined ? ` (${contentType}: '${bounded(body, SNIPPET)}')` : '';
  return `with an answer the AWS SDK could not read: ${bounded(sdkMessage, 120) || 'no reason given'}${shown}`;
}

/** The start of the body that JSON.parse quoted: `Unexpected token '<', "<html><bod"... is not valid JSON`. */
function snippetOfParseError(message: string): string | undefined {
  const m = /"([\s\S]*)"(\.\.\.)? is not valid JSON/.exec(message);
  return m ? `${m[1]}${m[2] ? '…' : ''}` : undefined;
}

/**
 * The cause to attach to an ActionError made from an AWS failure: named by the AWS error code
 * (plain "Error" when there was none, never the SDK's SyntaxError or Unknown), with the facts
 * the retry classifier reads ($metadata, $response, the socket error code) and the SDK's own
 * error as its cause, for the debug stack trace.
 */
export function awsCause(error: unknown, f: AwsFailure): Error {
  const e = (error !== null && typeof error === 'object' ? error : {}) as SdkErrorShape & { retryAfterMs?: unknown };
  const cause = Object.assign(new Error(answerText(f), { cause: error }), {
    ...(e.$metadata !== undefined ? { $metadata: e.$metadata } : {}),
    ...(e.$fault !== undefined ? { $fault: e.$fault } : {}),
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.retryAfterMs === 'number' ? { retryAfterMs: e.retryAfterMs } : {}),
  });
  cause.name = f.code ?? (f.network && typeof e.name === 'string' && NETWORK_NAMES.has(e.name) ? e.name : 'Error');
  if (e.$response !== undefined) Object.defineProperty(cause, '$response', { value: e.$response, enumerable: false });
  return cause;
}
