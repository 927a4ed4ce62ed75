/**
 * HTTP to the Kubernetes API: one place for time limits, retries (the shared policy of
 * src/retry), credential renewal and error mapping. Requests use node:http(s) with the agent and
 * headers the connection (kubeconfig, in-cluster or EKS) provides.
 *
 * Bounds: each request gets REQUEST_TIMEOUT_MS to answer; a call with its retries ends within
 * CALL_DEADLINE_MS, so an endpoint that accepts connections and never answers fails in 45 s.
 */
import http from 'node:http';
import https from 'node:https';
import { realClock, type Clock } from '../clock.js';
import { ActionError } from '../errors.js';
import { classifyError, isRetryable, RetryExhausted, withRetry, type RetryPolicy } from '../retry/index.js';
import type { ApiTarget, Operation } from './status-errors.js';
import { answerError, failedCallError, notKubernetesError } from './transport-errors.js';
import { httpRequest } from '../util/http-request.js';

/** What a connection provides for each request. */
export interface KubeAccess {
  /** Base URL of the API server, no trailing slash. */
  server: string;
  source: string;
  eks: boolean;
  /** Agent (TLS: CA, client certificate, proxy) and headers (Authorization) for the next request. */
  prepare(): Promise<{ agent?: http.Agent; headers: Record<string, string> }>;
  /** After a 401: get fresh credentials. Returns true when retrying may succeed. */
  renew?(): Promise<boolean>;
}

export interface KubeRequest {
  op: Operation;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: string;
  contentType?: string;
  signal?: AbortSignal;
  /** Statuses the caller handles itself (e.g. 404 on GET). */
  accept?: number[];
  /** Attempts in all; 1 for a wait loop's look (the loop retries by looking again). Default: KUBE_RETRY. */
  attempts?: number;
  /** Overall bound of this call, retries included. Default CALL_DEADLINE_MS. */
  deadlineMs?: number;
  /** A success answers plain text (a pod's log), not JSON. */
  text?: boolean;
}

export interface KubeResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export const REQUEST_TIMEOUT_MS = 15_000;
export const CALL_DEADLINE_MS = 45_000;

/** Every request to the API server: resent on throttling, 5xx, dropped connections and time-outs. */
export const KUBE_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 4000, deadlineMs: CALL_DEADLINE_MS, attemptTimeoutMs: REQUEST_TIMEOUT_MS };

export class CancelledError extends ActionError {
  constructor() {
    super('The job was cancelled.', { title: 'cancelled' });
  }
}

/** An answer we did not accept; carries what the shared classifier reads (status, Retry-After). */
export class KubeHttpError extends Error {
  readonly status: number;
  readonly retryAfterMs: number | undefined;
  readonly response: KubeResponse;
  constructor(response: KubeResponse) {
    super(`HTTP ${response.status}`);
    this.name = 'KubeHttpError';
    this.status = response.status;
    this.response = response;
    const ra = Number(Array.isArray(response.headers['retry-after']) ? response.headers['retry-after'][0] : response.headers['retry-after']);
    this.retryAfterMs = Number.isFinite(ra) && ra >= 0 ? ra * 1000 : undefined;
  }
}

/**
 * True when an answer could come from a Kubernetes API server: never HTML or a redirect; a
 * success carries JSON (or nothing, or text when the caller asked for text: a pod's log). Error
 * statuses may be plain text (the server's own "404 page not found"); they are mapped by status.
 */
export function looksLikeKubernetes(res: KubeResponse, text = false): boolean {
  if (/html/i.test(String(res.headers['content-type'] ?? ''))) return false;
  if (res.status >= 300 && res.status < 400) return false;
  if (res.status >= 400 || res.body.trim() === '' || text) return true;
  try {
    JSON.parse(res.body);
    return true;
  } catch {
    return false;
  }
}

export interface KubeClientOptions {
  clock?: Clock;
}

export class KubeClient {
  readonly access: KubeAccess;
  readonly target: ApiTarget;
  readonly clock: Clock;

  constructor(access: KubeAccess, target: ApiTarget, opts: KubeClientOptions = {}) {
    this.access = access;
    this.target = target;
    this.clock = opts.clock ?? realClock;
  }

  url(path: string, query?: Record<string, string>): URL {
    const u = new URL(this.access.server + path);
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
    return u;
  }

  /** Sends with retries; returns 2xx answers and the statuses in req.accept; throws ActionError otherwise. */
  async call(req: KubeRequest): Promise<KubeResponse> {
    let renewed = false;
    const policy: RetryPolicy = { ...KUBE_RETRY, maxAttempts: req.attempts ?? KUBE_RETRY.maxAttempts, deadlineMs: req.deadlineMs ?? KUBE_RETRY.deadlineMs };
    const attempt = async (timeoutMs: number): Promise<KubeResponse> => {
      let res = await this.once(req, timeoutMs);
      // A 401 renews the credentials once and repeats the request: that is not a retry.
      if (res.status === 401 && !renewed && this.access.renew) {
        renewed = true;
        if (await this.access.renew()) res = await this.once(req, timeoutMs);
      }
      if (!looksLikeKubernetes(res, req.text)) throw notKubernetesError(this.url(req.path, req.query), res, req.op, this.target);
      if (res.status < 300 || req.accept?.includes(res.status)) return res;
      throw new KubeHttpError(res);
    };
    try {
      return await withRetry(({ timeoutMs }) => attempt(timeoutMs), { policy, signal: req.signal, clock: this.clock, isRetryable: (e) => !(e instanceof ActionError) && isRetryable(classifyError(e, req.signal)) });
    } catch (e) {
      const last = e instanceof RetryExhausted ? e.last : e;
      if (req.signal?.aborted || last instanceof CancelledError) throw new CancelledError();
      if (last instanceof ActionError) throw last;
      if (last instanceof KubeHttpError) throw answerError(last.response, req.op, this.target, e instanceof RetryExhausted ? e.outcome : undefined);
      throw failedCallError(last, req.op, this.target, e instanceof RetryExhausted ? e.outcome : undefined, policy);
    }
  }

  async json<T>(req: KubeRequest): Promise<{ status: number; value: T }> {
    const res = await this.call(req);
    return { status: res.status, value: (res.body.trim() ? JSON.parse(res.body) : {}) as T };
  }

  private headers(req: KubeRequest, auth: Record<string, string>): Record<string, string | number> {
    return {
      accept: req.text ? 'text/plain, application/json' : 'application/json',
      'user-agent': 'aphex-pipeline-action',
      ...auth,
      ...(req.body !== undefined ? { 'content-type': req.contentType ?? 'application/json', 'content-length': Buffer.byteLength(req.body) } : {}),
    };
  }

  /** A request whose answer is streamed (a watch). */
  private async open(req: KubeRequest, method: string): Promise<http.ClientRequest> {
    const { agent, headers } = await this.access.prepare();
    const u = this.url(req.path, req.query);
    const mod = u.protocol === 'http:' ? http : https;
    return mod.request(u, { method, agent, headers: this.headers(req, headers) });
  }

  /** One attempt. Rejects with CancelledError on cancel, NoAnswerError (ETIMEDOUT) after timeoutMs, or the socket error. */
  private async once(req: KubeRequest, timeoutMs: number): Promise<KubeResponse> {
    if (req.signal?.aborted) throw new CancelledError();
    const { agent, headers } = await this.access.prepare();
    return httpRequest(this.url(req.path, req.query), {
      method: req.method,
      agent,
      headers: this.headers(req, headers),
      body: req.body,
      timeoutMs,
      signal: req.signal,
      cancelled: () => new CancelledError(),
    });
  }

  /**
   * A watch: streams newline-delimited JSON events to onEvent until the server ends the
   * stream, the signal aborts, or idleMs pass without data. Returns the HTTP status
   * (non-2xx: the body is not streamed).
   */
  async watch(req: KubeRequest, onEvent: (event: unknown) => void, idleMs: number, onOpen?: (status: number) => void): Promise<number> {
    if (req.signal?.aborted) return 0;
    const r = await this.open(req, 'GET');
    // Closed while the credentials were being prepared: never send.
    if (req.signal?.aborted) {
      r.on('error', () => undefined).destroy();
      return 0;
    }
    return new Promise<number>((resolve, reject) => {
      let timer = setTimeout(() => r.destroy(), idleMs);
      const onAbort = (): void => void r.destroy();
      req.signal?.addEventListener('abort', onAbort, { once: true });
      const finish = (status: number): void => {
        clearTimeout(timer);
        req.signal?.removeEventListener('abort', onAbort);
        resolve(status);
      };
      r.on('error', (e) => (req.signal?.aborted ? finish(0) : (clearTimeout(timer), reject(e))));
      const deliver = (line: string): void => {
        try {
          onEvent(JSON.parse(line));
        } catch {
          r.destroy();
        }
      };
      r.on('response', (res) => {
        const status = res.statusCode ?? 0;
        onOpen?.(status);
        let buf = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          clearTimeout(timer);
          timer = setTimeout(() => r.destroy(), idleMs);
          if (status >= 300) return;
          buf += chunk;
          let nl: number;
          while ((nl = buf.indexOf('\n')) >= 0) {
            const line = buf.slice(0, nl).trim();
            buf = buf.slice(nl + 1);
            if (line) deliver(line);
          }
        });
        res.on('end', () => {
          if (status < 300 && buf.trim()) deliver(buf.trim());
          finish(status);
        });
        res.on('error', () => finish(status));
      });
      r.end();
    });
  }
}
