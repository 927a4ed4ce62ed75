/**
 * HTTP to the Kubernetes API: one place for timeouts, retries, credential renewal and
 * error mapping. Requests use node:http(s) with the agent and headers the connection
 * (kubeconfig or EKS) provides, so every kubeconfig auth method works unchanged.
 */
import http from 'node:http';
import https from 'node:https';
import { ActionError } from '../errors.js';
import { sleep as clockSleep } from '../clock.js';
import { apiError, networkError, type ApiTarget, type Operation } from './status-errors.js';

/** What a connection provides for each request. */
export interface KubeAccess {
  /** Base URL of the API server, no trailing slash. */
  server: string;
  source: string;
  eks: boolean;
  /** Agent (TLS: CA, client certificate) and headers (Authorization) for the next request. */
  prepare(): Promise<{ agent?: http.Agent; headers: Record<string, string> }>;
  /** After a 401: get fresh credentials. Returns true when retrying may succeed. */
  renew?(): Promise<boolean>;
}

export interface KubeRequest {
  op: Operation;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  query?: Record<string, string>;
  body?: string;
  contentType?: string;
  /** Default 30 s per attempt. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Safe to resend after the server may have acted (GET, apply). Default true. */
  idempotent?: boolean;
  /** Statuses the caller handles itself (e.g. 404 on GET). */
  accept?: number[];
}

export interface KubeResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

export const MAX_ATTEMPTS = 4;

/** Back-off before attempt n+1 (n ≥ 1): 0.5 s, 1 s, 2 s, capped; Retry-After wins up to 5 s. */
export function retryDelayMs(attempt: number, retryAfter?: string): number {
  const seconds = retryAfter !== undefined ? Number(retryAfter) : NaN;
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 5000);
  return Math.min(500 * 2 ** (attempt - 1), 4000);
}

const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

export class CancelledError extends ActionError {
  constructor() {
    super('The job was cancelled.', { title: 'cancelled' });
  }
}

/** Sleeps, and throws CancelledError when the job is cancelled before or during the sleep. */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  await clockSleep(ms, signal);
  if (signal?.aborted) throw new CancelledError();
}

export class KubeClient {
  readonly access: KubeAccess;
  readonly target: ApiTarget;

  constructor(access: KubeAccess, target: ApiTarget) {
    this.access = access;
    this.target = target;
  }

  url(path: string, query?: Record<string, string>): URL {
    const u = new URL(this.access.server + path);
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
    return u;
  }

  /** Sends with retries; returns 2xx answers and the statuses in req.accept; throws ActionError otherwise. */
  async call(req: KubeRequest): Promise<KubeResponse> {
    let renewed = false;
    for (let attempt = 1; ; attempt++) {
      let res: KubeResponse;
      try {
        res = await this.once(req);
      } catch (e) {
        if (e instanceof ActionError) throw e;
        const code = (e as NodeJS.ErrnoException).code ?? '';
        const resend = req.idempotent !== false || NOT_SENT.has(code);
        if (!resend || attempt >= MAX_ATTEMPTS) throw networkError(e, req.op, this.target, attempt);
        await sleep(retryDelayMs(attempt), req.signal);
        continue;
      }
      if (res.status === 401 && !renewed && this.access.renew && (await this.access.renew())) {
        renewed = true;
        attempt--;
        continue;
      }
      if (res.status < 300 || req.accept?.includes(res.status)) return res;
      const transient = res.status === 429 || (res.status >= 500 && (req.idempotent !== false || res.status === 503));
      if (transient && attempt < MAX_ATTEMPTS) {
        const ra = res.headers['retry-after'];
        await sleep(retryDelayMs(attempt, Array.isArray(ra) ? ra[0] : ra), req.signal);
        continue;
      }
      throw apiError(res.status, res.body, req.op, this.target);
    }
  }

  async json<T>(req: KubeRequest): Promise<{ status: number; value: T }> {
    const res = await this.call(req);
    return { status: res.status, value: (res.body ? JSON.parse(res.body) : {}) as T };
  }

  /** One attempt. Rejects with CancelledError on cancel, a timeout error, or the socket error. */
  private async once(req: KubeRequest): Promise<KubeResponse> {
    const { agent, headers } = await this.access.prepare();
    const timeoutMs = req.timeoutMs ?? 30000;
    return new Promise<KubeResponse>((resolve, reject) => {
      if (req.signal?.aborted) return reject(new CancelledError());
      const u = this.url(req.path, req.query);
      const mod = u.protocol === 'http:' ? http : https;
      const r = mod.request(u, {
        method: req.method,
        agent,
        headers: {
          accept: 'application/json',
          'user-agent': 'aphex-pipeline-action',
          ...headers,
          ...(req.body !== undefined ? { 'content-type': req.contentType ?? 'application/json', 'content-length': Buffer.byteLength(req.body) } : {}),
        },
      });
      const timer = setTimeout(() => r.destroy(Object.assign(new Error(`no answer within ${timeoutMs / 1000} s`), { code: 'ETIMEDOUT' })), timeoutMs);
      const onAbort = (): void => {
        r.destroy(new CancelledError());
      };
      req.signal?.addEventListener('abort', onAbort, { once: true });
      const done = (): void => {
        clearTimeout(timer);
        req.signal?.removeEventListener('abort', onAbort);
      };
      r.on('error', (e) => (done(), reject(e)));
      r.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', (e) => (done(), reject(e)));
        res.on('end', () => {
          done();
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        });
      });
      r.end(req.body);
    });
  }

  /**
   * A watch: streams newline-delimited JSON events to onEvent until the server ends the
   * stream, the signal aborts, or idleMs pass without data. Returns the HTTP status
   * (non-2xx: the body is not streamed).
   */
  async watch(req: KubeRequest, onEvent: (event: unknown) => void, idleMs: number, onOpen?: (status: number) => void): Promise<number> {
    const { agent, headers } = await this.access.prepare();
    return new Promise<number>((resolve, reject) => {
      if (req.signal?.aborted) return resolve(0);
      const u = this.url(req.path, req.query);
      const mod = u.protocol === 'http:' ? http : https;
      const r = mod.request(u, { method: 'GET', agent, headers: { accept: 'application/json', 'user-agent': 'aphex-pipeline-action', ...headers } });
      let timer = setTimeout(() => r.destroy(), idleMs);
      const onAbort = (): void => {
        r.destroy();
      };
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
